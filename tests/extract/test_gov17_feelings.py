"""Feelings of the speaker are no act (docs/annotation.md, "Not events": "I am appalled"): two participles of a state
of mind joined ("were stunned and saddened by X") are one state, and the second is no criticism of
its own. A verb of asking joined to the state keeps the subject of the state as its actor. Sentences written for the
project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-30"


@pytest.mark.parametrize("text", [
    "Meeting in Oslo, Nordic envoys were shocked and saddened by the sinking of the ferry near Bergen.",
    "Ireland was stunned and deeply saddened by the loss of the two peacekeepers.",
])
def test_gov17_joined_feelings_are_no_criticism(nlp, text):
    assert [e.event_type for e in events(nlp, text, DAY)] == []


def test_gov17_an_appeal_joined_to_a_feeling_keeps_its_actor(nlp):
    # negative: the appeal after the feeling stands, by the one who feels
    found = events(nlp, "Ireland was shocked and saddened by the attack and urged Lebanon to find those "
                        "responsible.", DAY)
    assert [(e.event_type, [a.name for a in e.actor]) for e in found] == [("REQUEST", ["Ireland"])]
