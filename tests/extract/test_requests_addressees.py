"""Whom an appeal is addressed to (issue 17): people named by a common noun ("appealed to donors", "urged both
sides"), the subject of a "for X to ..." clause the parser did not attach as the verb's phrase ("called for Israel
to withdraw"), and the subject of "asked that X ...". Every sentence was written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, only

pytestmark = pytest.mark.slow


def ids(side):
    return [a.actor_id for a in side]


@pytest.mark.parametrize("text, actor, addressed", [
    ("Malawi appealed to donors for more maize.", "MWI", "donors"),
    ("Austria appealed to both sides to exercise restraint.", "AUT", "sides"),
    ("The United Nations is urging donors to fund the refugee camps in Chad.", "IGO-UN", "donors"),
])
def test_people_addressed_by_a_common_noun_are_the_recipient(nlp, text, actor, addressed):
    e = only(events(nlp, text), "REQUEST")
    assert e.mode == "appeal" and ids(e.actor) == [actor]
    assert [a.text for a in e.recipient] == [addressed]  # not Chad, the place of what they are asked to fund


def test_a_named_addressee_is_left_to_the_resolver(nlp):
    e = only(events(nlp, "Portugal urged Angola to release the journalists."), "REQUEST")
    assert ids(e.recipient) == ["AGO"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Jordan called for Israel to withdraw from the Jordan Valley.", "JOR", "ISR"),
    ("Senegal called for Mali to release the detained soldiers.", "SEN", "MLI"),
])
def test_a_call_for_a_party_to_act_is_an_appeal_to_it(nlp, text, actor, recipient):
    e = only(events(nlp, text), "REQUEST")
    assert e.mode == "appeal" and ids(e.actor) == [actor] and ids(e.recipient) == [recipient]


def test_asking_that_a_party_act_is_an_appeal_to_it(nlp):
    e = only(events(nlp, "Finland asked that Estonia share the radar data."), "REQUEST")
    assert e.mode == "appeal" and ids(e.actor) == ["FIN"] and ids(e.recipient) == ["EST"]


@pytest.mark.parametrize("text", [
    "Journalists asked whether Iran would retaliate.",
    "The minister asked that his name not be published.",
])
def test_a_question_or_a_wish_of_no_party_is_no_appeal(nlp, text):
    assert [e for e in events(nlp, text) if e.event_type == "REQUEST"] == []


@pytest.mark.parametrize("text", [
    "The Estonian navy declined a request for comment.",
    "Belgium's defence ministry refused requests for an interview.",
    "The Danish foreign ministry did not immediately respond to Reuters' request for comment.",
])
def test_a_reporters_request_for_comment_is_no_event(nlp, text):
    assert [e for e in events(nlp, text) if e.event_type in ("REQUEST", "REJECT")] == []


def test_a_request_between_parties_declined_stays_a_rejection(nlp):
    e = only(events(nlp, "Estonia declined a request from Latvia for more troops."), "REJECT")
    assert ids(e.actor) == ["EST"]
