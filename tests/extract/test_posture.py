"""Shows of force and moves of one's own forces. Weapons unveiled or paraded are a demonstration of military power
(MOBILIZE, CAMEO 150), a plan unveiled is no event and sanctions unveiled are imposed; the forces a party moves,
withdraws or alerts are its own, not a recipient. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Iran unveiled a new long-range drone at a military parade.",
    "North Korea paraded its newest missiles through Pyongyang.",
])
def test_weapons_shown_off_are_a_show_of_force(nlp, text: str) -> None:
    event = only(events(nlp, text), "MOBILIZE")
    assert event.cameo == "150"


def test_a_plan_unveiled_is_no_event_and_sanctions_unveiled_are_imposed(nlp) -> None:
    assert events(nlp, "Iran unveiled a plan to end the war.") == []
    event = only(events(nlp, "Britain unveiled new sanctions against Russia."), "SANCTION")
    assert ids(event.recipient) == ["RUS"]


@pytest.mark.parametrize("text, event_type", [
    ("Israel withdrew its troops from the refugee camp.", "RETREAT"),
    ("India put its air force on high alert after the attack.", "MOBILIZE"),
])
def test_ones_own_forces_are_no_recipient(nlp, text: str, event_type: str) -> None:
    found = events(nlp, text)
    assert only(found, event_type).recipient == [], kinds(found)
