"""Who an act of coercion is done to: the people held, moved or expelled, not where they were sent or caught; a place
taken from a party leaves that party the recipient; a vessel seized is a thing, not a party; a capital an envoy is
recalled from is its government. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only

pytestmark = pytest.mark.slow


def recipient(nlp, text: str, event_type: str = "COERCE") -> list[tuple[str, str | None]]:
    return [(a.text, a.actor_id) for a in only(events(nlp, text), event_type).recipient]


@pytest.mark.parametrize("text, expected", [
    ("Thailand deported 40 migrants to Myanmar.", [("40 migrants", "agent:REF")]),  # people on the move (agents.txt)
    ("Iran deported 300 Afghans to Herat on Monday.", [("300 Afghans", "AFG")]),  # counted, as "two Afghan nationals"
    ("Iran deported two Afghan nationals to Pakistan.", [("two Afghan nationals", "AFG")]),
    ("Police arrested three men in Lahore on Sunday.", [("three men", None)]),
])
def test_the_people_held_or_moved_are_the_recipient(nlp, text: str, expected) -> None:
    assert recipient(nlp, text) == expected


def test_a_place_taken_from_a_party_leaves_the_party_the_recipient(nlp) -> None:
    assert ids(only(events(nlp, "Italy seized weapons from smugglers."), "COERCE").recipient) == ["agent:CRM"]


def test_a_seized_vessel_is_no_party(nlp) -> None:
    assert only(events(nlp, "Iran seized a tanker in the Gulf of Oman."), "COERCE").recipient == []


def test_an_envoy_recalled_from_a_capital_is_recalled_from_its_government(nlp) -> None:
    event = only(events(nlp, "Armenia recalled its ambassador from Moscow."), "SANCTION")
    assert ids(event.recipient) == ["RUS"]


def test_an_act_punished_is_the_punished_partys_and_misuse_of_office_no_assault(nlp) -> None:
    """"fined X for abusing its dominance": abuse of a position is misconduct, no assault, and whatever act a
    punishment is "for" is the punished party's, not the punisher's."""
    assert not [e for e in events(nlp, "The European Commission fined Google 2.4 billion euros for abusing its "
                                       "dominance.") if e.event_type == "ASSAULT"]
    for event in events(nlp, "Iran jailed a French tourist for spying on military sites."):
        if event.evidence[0].trigger == "spying":
            assert ids(event.actor) != ["IRN"]
