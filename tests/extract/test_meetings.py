"""Meetings told in passing. A clause set "after a meeting with X" or "during talks with X" tells that its subject
met X; a meeting already told ("Following the visit, ...") is not told again; the counterparts "from X, Y and Z"
are all three; an officer "in" a city is there, not posted there, and the city is no part of the title. Sentences
written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds, only

pytestmark = pytest.mark.slow


def test_a_clause_set_after_a_meeting_tells_its_subject_met_the_partners(nlp) -> None:
    event = only(events(nlp, "The Spanish foreign minister said after a meeting with his counterparts from Morocco, "
                             "Algeria and Tunisia that migration talks would continue."), "CONSULT")
    assert ids(event.recipient) == ["MAR", "DZA", "TUN"]
    assert event.actor[0].text == "Spanish foreign minister"


def test_talks_that_set_a_clause_are_a_consultation(nlp) -> None:
    event = only(events(nlp, "During talks with Chinese officials in Beijing, Blinken raised concerns about "
                             "fentanyl."), "CONSULT")
    assert (ids(event.actor), ids(event.recipient)) == (["P-ANTONY-BLINKEN"], ["CHN"])


def test_a_visit_already_told_is_not_told_again(nlp) -> None:
    assert [e for e in events(nlp, "Following the visit, the Minister said the talks went well.")
            if e.event_type == "CONSULT"] == []


def test_an_officer_in_a_city_is_not_posted_there(nlp) -> None:
    found = events(nlp, "Sudan's army chief held talks with the UAE president in Abu Dhabi.", "2024-05-01")
    event = only(found, "CONSULT")
    assert [(r.text, r.actor_id) for r in event.recipient] == [("UAE president", "P-MOHAMED-BIN-ZAYED")], kinds(found)


@pytest.mark.parametrize("text, hosted", [
    ("Qatar hosted a Hamas delegation in Doha.", True),
    ("Brazil's president hosted his Argentine counterpart for talks on trade.", True),
    ("Companies in Germany were hosting Syrian government websites.", False),
])
def test_a_host_receives_a_party_not_a_thing(nlp, text: str, hosted: bool) -> None:
    assert bool([e for e in events(nlp, text) if e.event_type == "CONSULT"]) == hosted
