"""A state's demonym on an armed party the state does not field ("Syrian rebels", "Iraqi militiamen", "Libyan
opposition fighters") makes that armed group the party, not the state (``agents.nonstate_demonym``); the state's own
forces ("Syrian troops", "the Iraqi army") stay the state. Sentences written for the project; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-30"


def _names(side) -> list[str]:
    return [a.text for a in side]


@pytest.mark.parametrize("text, kind, actor", [
    ("Syrian rebels pulled out of the hamlet of Qasr Tala on Friday.", "RETREAT", "Syrian rebels"),
    ("Iraqi militiamen ambushed a fuel convoy near the border post.", "ASSAULT", "Iraqi militiamen"),
    ("Libyan insurgents shelled the coastal road overnight.", "ASSAULT", "Libyan insurgents"),
])
def test_syr17_demonym_on_an_armed_group_is_not_the_state(nlp, text, kind, actor):
    found = [e for e in events(nlp, text, DAY) if e.event_type == kind]
    assert found, text
    assert _names(found[0].actor) == [actor] and found[0].actor[0].actor_id.startswith("agent:")


def test_syr17_demonym_on_opposition_fighters(nlp):
    found = [e for e in events(nlp, "Libyan opposition fighters shelled the coastal road overnight.", DAY)
             if e.event_type == "ASSAULT"]
    assert found and found[0].actor[0].actor_id == "agent:UAF"


def test_syr17_demonym_on_an_armed_group_as_recipient(nlp):
    found = events(nlp, "Turkish drones struck Syrian rebels near Azaz on Sunday.", DAY)
    assault = [e for e in found if e.event_type == "ASSAULT"]
    assert assault and [a.actor_id for a in assault[0].recipient] == ["agent:REB"]


@pytest.mark.parametrize("text, kind", [
    # negatives: a state's own forces are the state
    ("Syrian troops pulled out of the hamlet of Qasr Tala on Friday.", "RETREAT"),
    ("The Iraqi army ambushed a fuel convoy near the border post.", "ASSAULT"),
    ("Syrian government forces shelled the coastal road overnight.", "ASSAULT"),
])
def test_syr17_demonym_on_state_forces_stays_the_state(nlp, text, kind):
    found = [e for e in events(nlp, text, DAY) if e.event_type == kind]
    assert found and found[0].actor[0].actor_id in ("SYR", "IRQ"), [(e.event_type, _names(e.actor)) for e in found]
