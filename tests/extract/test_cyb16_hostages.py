"""Hostage news (sixteenth pass): people told as held with the bare word "hostage" or "captive" ("nine sailors held
hostage by pirates off Somalia") are the ones held, never the holders, and the word is no party (``argwords.
held_captive``); a ransom demanded "for" the hostages asks no one by that phrase (``argwords.PAYMENT_NOUNS``).
Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, only

pytestmark = pytest.mark.slow


def names(values):
    return [v.name for v in values]


def test_cyb16_people_held_hostage_by_a_party_are_held(nlp):
    act = only(events(nlp, "Nine sailors held hostage by pirates off Somalia were released on Monday."), "ASSAULT")
    assert names(act.actor) == ["pirates"] and names(act.recipient) == ["Nine sailors"]


@pytest.mark.parametrize("text, holder, held", [
    ("Pirates held nine sailors hostage off Somalia.", "Pirates", "nine sailors"),
    ("Abu Sayyaf is holding a Dutch birdwatcher hostage.", "Abu Sayyaf", "Netherlands"),
    ("Rebels held a hostage in the village of Kidal for six days.", "Rebels", "hostage"),
])
def test_cyb16_holders_keep_their_hostages(nlp, text, holder, held):
    act = only(events(nlp, text), "ASSAULT")
    assert holder in names(act.actor)[0] and names(act.recipient) == [held]


@pytest.mark.parametrize("text", [
    "The pirates demanded a ransom for the nine sailors.",
    "The kidnappers are demanding more money for the two engineers.",
])
def test_cyb16_what_a_ransom_is_for_is_no_party_asked(nlp, text):
    assert only(events(nlp, text), "REQUEST").recipient == []


def test_cyb16_a_demand_made_of_a_party_keeps_it(nlp):
    act = only(events(nlp, "The kidnappers demanded a ransom from the shipping company."), "REQUEST")
    assert names(act.recipient) == ["shipping company"]
