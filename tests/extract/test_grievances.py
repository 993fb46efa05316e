"""Whom a protest or a threat is aimed at when no object of its verb names it (``extract/grievances.py``): the party
of a protest's purpose clause or phrase of protest, the party a threat's condition names. Invented sentences; the full
English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"  # a Wednesday


def _recipients(nlp, text: str, kind: str) -> list[str]:
    found = [e for e in events(nlp, text, DAY) if e.event_type == kind]
    assert len(found) == 1, [(e.event_type, e.trigger) for e in events(nlp, text, DAY)]
    return [a.text for a in found[0].recipient]


@pytest.mark.parametrize(("text", "recipient"), [
    ("Hundreds of traders staged a sit-in in Moyale to protest Ethiopia's decision to close the border.", "Ethiopia"),
    ("Students at Nairobi University began a hunger strike to demand the resignation of President Ruto.", "Ruto"),
    ("Farmers blocked highways in Punjab to show their anger at the central government's price policy.",
     "central government"),
    ("Dock workers in Mombasa went on strike in protest against the dismissal of union leaders by the port "
     "authority.", "port authority"),
])
def test_grievances_a_protest_is_aimed_at_the_party_of_its_grievance(nlp, text, recipient):
    """A protest told by what the crowd did is aimed at the party its purpose clause or phrase of protest names: the
    owner of the decision protested, the official whose resignation is demanded, the doer of the act protested."""
    assert recipient in _recipients(nlp, text, "PROTEST")


@pytest.mark.parametrize(("text", "recipient"), [
    ("The rebels threatened to attack the capital unless the government released their leader.", "government"),
    ("Hamas threatened to halt the exchange of hostages if Israel kept up its strikes on Gaza.", "Israel"),
])
def test_grievances_a_threat_is_aimed_at_the_party_its_condition_names(nlp, text, recipient):
    """"threatened to X unless Y did Z": Y is threatened, when the act threatened names no party of its own."""
    assert _recipients(nlp, text, "THREATEN") == [recipient]


def test_grievances_a_party_the_threatened_act_names_comes_first(nlp):
    """When the act threatened names its party ("to cut gas supplies to Moldova"), the condition is not read."""
    assert _recipients(nlp, "Moscow threatened to cut gas supplies to Moldova unless Chisinau paid its debts.",
                       "THREATEN") == ["Moldova"]


@pytest.mark.parametrize("text", [
    "Thousands of women marched in Kampala to mark International Women's Day.",
    "Residents blocked a highway on Monday to demand repairs after the floods.",
])
def test_grievances_no_party_no_recipient(nlp, text):
    """A purpose with no party in it (a day marked, repairs demanded) gives the protest no recipient."""
    assert _recipients(nlp, text, "PROTEST") == []


def test_grievances_the_party_protested_comes_before_the_place_of_the_protest(nlp):
    """"blocked streets in Hong Kong in defiance of the Chinese authorities": the protest is against the
    authorities; Hong Kong is where it was held (a place is a recipient only when it is the target itself)."""
    assert _recipients(nlp, "Thousands of people blocked streets in Hong Kong in defiance of the Chinese "
                            "authorities on Sunday.", "PROTEST") == ["Chinese authorities"]
