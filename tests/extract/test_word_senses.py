"""Words of news that name no act of force: a deal struck is an agreement, a party blasted or slammed over or for
something is criticised, a disease or a social ill battled is no enemy, water or footage released is neither aid nor
people set free; the act a party is slammed "for" is that party's. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds, only

pytestmark = pytest.mark.slow


def test_a_deal_struck_is_an_agreement(nlp) -> None:
    event = only(events(nlp, "Greece and Turkey struck a deal on migration."), "AGREE")
    assert ids(event.actor) == ["GRC", "TUR"]


@pytest.mark.parametrize("text, recipient", [
    ("Colombia's president blasted the United States over deportation flights.", "USA"),
    ("China slammed Japan for releasing treated water.", "JPN"),
])
def test_words_of_attack_at_a_party_are_criticism(nlp, text: str, recipient: str) -> None:
    found = events(nlp, text)
    assert [e.event_type for e in found] == ["ACCUSE"], kinds(found)
    assert ids(found[0].recipient) == [recipient]


def test_shells_blasting_positions_are_still_an_attack(nlp) -> None:
    assert ids(only(events(nlp, "The Ukrainian army blasted Russian positions over the weekend."),
                    "ASSAULT").recipient) == ["RUS"]


@pytest.mark.parametrize("text", [
    "Brazil is battling a dengue outbreak.",
    "Japan began releasing treated radioactive water from the Fukushima plant.",
])
def test_no_enemy_and_no_one_set_free(nlp, text: str) -> None:
    assert events(nlp, text) == []


def test_money_released_to_a_party_is_still_aid(nlp) -> None:
    assert ids(only(events(nlp, "Norway released 20 million dollars in aid to Sudan."), "AID").recipient) == ["SDN"]
