"""Obituaries of commanders tell a death by the operation it happened in: "was shot in an Ethiopian army raid",
"in a joint operation of X and Y forces". The country named before the operation noun, or the forces of its "of"
phrase, did it: the actor, never the recipient (``parties.hidden_agent``). A city before an attack noun ("a Kabul
attack") and an operation with no party stay agentless. Sentences written for the project; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only

DAY = "2026-06-02"


@pytest.mark.parametrize("text, actor, victim", [
    ("The commander was shot dead in a U.S. special forces operation near Kismayo.", "USA", "commander"),
    ("Omar Hassan, the group's deputy, was killed in a French military operation near Gao.", "FRA", "Omar Hassan"),
    ("Ahmed Nur was shot dead in a joint operation of Kenyan and Somali troops.", "KEN", "Ahmed Nur"),
])
def test_prf19_operation_party_is_the_actor(nlp, text, actor, victim):
    event = only(events(nlp, text, DAY), "ASSAULT")
    assert actor in ids(event.actor)
    assert actor not in ids(event.recipient) and any(victim in r.name for r in event.recipient)


@pytest.mark.parametrize("text", [
    # negatives: a city before the attack noun, and an operation with no party, name no actor
    "The commander was killed in a Kabul attack.",
    "The commander was killed in an operation near Kabul.",
])
def test_prf19_no_party_of_the_operation(nlp, text):
    assert only(events(nlp, text, DAY), "ASSAULT").actor == []
