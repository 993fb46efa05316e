"""A state's rulers named bare ("the government", "the authorities") stand for the government of the country the
act takes place in, or the country its actor is told in; a generic agent capitalised as a sentence's first word
("Rebels in Sudan ...") is still that agent. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only

pytestmark = pytest.mark.slow


def test_the_government_protested_against_is_the_government_of_the_place(nlp) -> None:
    event = only(events(nlp, "Thousands marched in Belgrade against the government."), "PROTEST")
    assert ids(event.recipient) == ["SRB"]


def test_the_authorities_acting_in_a_place_are_its_government(nlp) -> None:
    event = only(events(nlp, "The authorities arrested 40 opposition activists in Minsk."), "COERCE")
    assert ids(event.actor) == ["BLR"]


def test_the_government_accused_by_a_party_told_in_a_country_is_that_countrys(nlp) -> None:
    event = only(events(nlp, "Rebels in Sudan accused the government of bombing villages."), "ACCUSE")
    assert (ids(event.actor), ids(event.recipient)) == (["agent:REB"], ["SDN"])


def test_the_government_of_no_known_place_stays_unnamed(nlp) -> None:
    for event in events(nlp, "Rebels accused the government of bombing villages."):
        assert not any((a.actor_id or "").isupper() and len(a.actor_id or "") == 3 for a in event.recipient)
