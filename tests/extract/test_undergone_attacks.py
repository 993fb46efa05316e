"""An attack its target underwent, with no attacker told ("a convoy came under fire near X"), is kept like an
agentless passive: the target is the recipient and no actor is invented; with "from X" the attacker is X; criticism
or pressure one "comes under" is no attack. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only


@pytest.mark.parametrize("sentence, target", [
    ("UNIFIL peacekeepers came under fire near the Blue Line.", "IGO-UNIFIL"),
    ("A Turkish army convoy came under attack in Idlib province on Tuesday.", "TUR"),
    ("Ukrainian positions near Kupiansk came under heavy shelling overnight.", "UKR"),
])
def test_an_attack_undergone_with_no_attacker_is_kept(nlp, sentence, target) -> None:
    event = only(events(nlp, sentence), "ASSAULT")
    assert event.actor == [] and ids(event.recipient) == [target]


def test_an_attack_undergone_from_a_party_is_that_partys(nlp) -> None:
    event = only(events(nlp, "An Indian patrol came under fire from Pakistani positions along the border."),
                 "ASSAULT")
    assert ids(event.actor) == ["PAK"] and ids(event.recipient) == ["IND"]


@pytest.mark.parametrize("sentence", [
    "The minister came under criticism from opposition parties for the deal.",
    "Pakistan's government came under pressure from the IMF to raise taxes.",
])
def test_criticism_and_pressure_undergone_are_no_attack(nlp, sentence) -> None:
    assert [e for e in events(nlp, sentence) if e.event_type == "ASSAULT"] == []
