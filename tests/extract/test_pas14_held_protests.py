"""Protests told in an agentless passive of holding ("protests were staged across X", "rallies have been held in
Y"): the protest happened, done by the crowd it implies, as when it "erupted". Invented sentences with real place
names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize("text", [
    "Widespread protests were staged across eastern Turkey against the new dam.",
    "Rallies have been held in several cities of Kenya since Monday.",
])
def test_pas14_protest_held_with_no_organiser_named(nlp, text):
    """A protest noun told as staged or held, with no "by" phrase: a demonstration by the protesters it implies."""
    act = only(events(nlp, text, DAY), "PROTEST")
    assert act.mode == "demo"
    assert [a.actor_id for a in act.actor] == ["agent:OPP"]


@pytest.mark.parametrize("text", [
    "Protests will be held in Nairobi on Friday.",  # announced, not told as held
    "No protests were held in Minsk this year.",
    "Talks were held in Doha on Monday.",  # no protest noun
])
def test_pas14_no_protest_held(nlp, text):
    """A protest only announced, one told as not held, and a meeting held are no protest that happened."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "PROTEST" and e.status == "asserted"]
