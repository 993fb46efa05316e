"""Units named by their sector sent somewhere in an agentless passive ("a police contingent was dispatched to X"):
the unit moves, as "troops were deployed" does. Invented sentences with real place names; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize("text, sector", [
    ("A police contingent was dispatched to the attack site.", "agent:COP"),
    ("An army contingent was dispatched to Kunduz on Monday.", "agent:MIL"),
])
def test_pas14_unit_of_a_sector_dispatched(nlp, text, sector):
    """A force noun whose sector word says whose it is ("police contingent", "army contingent"), moved with no
    mover named: the unit is the actor of the deployment, as an armed sector's own."""
    act = only(events(nlp, text, DAY), "MOBILIZE")
    assert [a.actor_id for a in act.actor] == [sector]


@pytest.mark.parametrize("text", [
    "A police van was sent to the scene.",  # a vehicle, no force
    "An aid convoy was dispatched to Gaza.",
])
def test_pas14_thing_dispatched_is_no_deployment(nlp, text):
    """A vehicle or an aid convoy sent somewhere is no force moved."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "MOBILIZE"]
