"""A charge in its legal sense told by an agentless passive ("two men were charged with espionage") is a charge
brought (ACCUSE, CAMEO 115) with no prosecutor named, kept as an indictment so told is; "charged with" a task is no
charge (sixteenth pass, news of spies; ``verdicts.legal_charge``). Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds, only

pytestmark = pytest.mark.slow


def names(values):
    return [v.name for v in values]


@pytest.mark.parametrize("text, charged", [
    ("Marek Nowak was charged with treason on Friday.", "Marek Nowak"),
    ("Tomas Varga was charged with passing secrets to Beijing.", "Tomas Varga"),
    ("Olga Ivanova has been charged with two counts of espionage.", "Olga Ivanova"),
])
def test_cyb16_charged_by_no_one_named_is_a_charge_brought(nlp, text, charged):
    act = only(events(nlp, text), "ACCUSE")
    assert not act.actor and names(act.recipient) == [charged] and act.mode == "allege"
    assert act.status == "asserted"


def test_cyb16_people_named_by_their_country_charged_are_that_countrys_people(nlp):
    act = only(events(nlp, "Two Belarusian citizens were charged with sabotage in Vilnius."), "ACCUSE")
    assert not act.actor and act.mode == "allege" and act.status == "asserted"
    assert [(a.name, a.actor_id) for a in act.recipient] == [("Two Belarusian citizens", "BLR")]


def test_cyb16_a_named_prosecutor_charges(nlp):
    act = only(events(nlp, "Latvian prosecutors charged Pavel Orlov with murder."), "ACCUSE")
    assert names(act.recipient) == ["Pavel Orlov"] and act.mode == "allege"


@pytest.mark.parametrize("text", [
    "The commission was charged with overseeing the inquiry into the flooding.",
    "Karl Weber was charged with the reform of the tax office.",
    "Customers were charged twice for the same ticket.",
    "Anna Berg was accused of spying.",  # an accusation by no one named stays unkept
])
def test_cyb16_no_legal_charge_no_event(nlp, text):
    found = events(nlp, text)
    assert not [e for e in found if e.event_type == "ACCUSE"], kinds(found)
