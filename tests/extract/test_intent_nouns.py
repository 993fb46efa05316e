"""Intentions told by nouns (invented wire sentences, full pipeline): a conflict act named by the object of a verb of
intending is a threat ("plans an offensive", "vowed a crackdown", "promised retaliation"), a cooperative one stays
the pledge; "failed to X" is a refusal only for a cooperative act, any other act is that act, not done."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Gondor plans an offensive against Mordor next month.",
    "The army of Rohan is planning a major offensive against Mordor.",
    "Gondor vowed a crackdown on Mordor militants.",
    "Mordor promised retaliation against Rohan for the raid.",
    "Rohan vowed revenge against Mordor after the bombing.",
])
def test_intent_noun_of_a_conflict_act_is_a_threat(nlp, text):
    found = events(nlp, text)
    threat = only(found, "THREATEN")
    assert threat.status == "asserted"
    assert not [e for e in found if e.event_type in ("ASSAULT", "AGREE")], kinds(found)


def test_intent_noun_told_by_another_is_attributed(nlp):
    found = events(nlp, "Gondor is planning an offensive against Mordor, officials said.")
    assert only(found, "THREATEN").status == "attributed"
    assert not [e for e in found if e.event_type == "ASSAULT"], kinds(found)


def test_intent_noun_negated_is_no_assault_done(nlp):
    found = events(nlp, "Gondor is not planning an offensive against Mordor.")
    assert found and all(e.status == "negated" for e in found), kinds(found)


@pytest.mark.parametrize("text", [
    "Gondor pledged aid to Rohan after the floods.",
    "Rohan pledged military support for Gondor.",
])
def test_intent_noun_of_a_cooperative_act_stays_a_pledge(nlp, text):
    """Aid or material support pledged is a promise of a later act (AGREE, CAMEO 03x); support pledged with no
    material kind is the statement of support itself (SUPPORT: tests/extract/test_typ13_diplomatic_types.py)."""
    found = events(nlp, text)
    assert only(found, "AGREE").status == "asserted"


@pytest.mark.parametrize("text", [
    "Rohan's mayor unveiled plans for a new bridge.",
    "Gondor's team plans a new stadium.",
])
def test_intent_noun_of_no_act_is_no_event(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize("text,event_type", [
    ("Gondor failed to attack Mordor.", "ASSAULT"),
    ("Mordor failed to kill the leader of Rohan.", "ASSAULT"),
])
def test_failed_conflict_act_is_negated_not_a_refusal(nlp, text, event_type):
    found = events(nlp, text)
    assert only(found, event_type).status == "negated"
    assert not [e for e in found if e.event_type == "REJECT"], kinds(found)


@pytest.mark.parametrize("text", [
    "Gondor failed to cooperate with Rohan.",
    "Arnor failed to provide aid to Rohan.",
])
def test_failed_cooperative_act_is_a_refusal(nlp, text):
    found = events(nlp, text)
    assert only(found, "REJECT").status == "asserted"


@pytest.mark.parametrize("text,event_type,actor", [
    ("Mordor announced plans to attack Gondor.", "THREATEN", "Mordor"),
    ("Rohan announced a plan to impose sanctions on Mordor.", "THREATEN", "Rohan"),
    ("Gondor has drawn up plans to invade Mordor.", "THREATEN", "Gondor"),
    ("Gondor unveiled a plan to provide aid to Rohan.", "AGREE", "Gondor"),
    ("Arnor announced its intention to withdraw from Rohan.", "AGREE", "Arnor"),
])
def test_plan_noun_infinitive_is_the_intended_act(nlp, text, event_type, actor):
    found = events(nlp, text)
    intent = only(found, event_type)
    assert intent.status == "asserted" and [a.name for a in intent.actor] == [actor]
    done = {"ASSAULT", "SANCTION", "AID", "CONSULT", "RETREAT"}
    assert not [e for e in found if e.event_type in done and e.status == "asserted"], kinds(found)


def test_plan_noun_of_talks_is_the_meeting_planned(nlp):
    # talks planned and told are the meeting, predicted (docs/annotation.md: "announced as planned"), no intent
    found = events(nlp, "Arnor revealed plans to hold talks with Gondor.")
    e = only(found, "CONSULT")
    assert e.status == "predicted" and [a.name for a in e.actor] == ["Arnor"] and \
        not any(x.event_type == "AGREE" for x in found)


def test_plan_noun_told_by_another_is_attributed(nlp):
    found = events(nlp, "Mordor has plans to attack Gondor, Arnor said.")
    assert only(found, "THREATEN").status == "attributed"


@pytest.mark.parametrize("text", [
    "Mordor will step up its attacks on Rohan.",
    "Rohan will widen its offensive against Mordor next week.",
])
def test_event_noun_under_a_future_verb_is_predicted(nlp, text):
    assert only(events(nlp, text), "ASSAULT").status == "predicted"


def test_another_partys_plan_judged_is_no_intent_of_the_judge(nlp):
    found = events(nlp, "Rohan's king condemned Gondor's decision to close the border with Mordor.")
    assert not [e for e in found if e.event_type in ("THREATEN", "AGREE", "COERCE")], kinds(found)


@pytest.mark.parametrize("text", [
    "Gondor pledged to attack Mordor.",
    "Gondor intends to launch an offensive against Mordor.",
    "Gondor signalled its intention to attack Mordor.",
])
def test_pledge_or_intent_of_a_conflict_act_is_a_threat_not_an_agreement(nlp, text):
    found = events(nlp, text)
    assert only(found, "THREATEN").status == "asserted"
    assert not [e for e in found if e.event_type == "AGREE"], kinds(found)


def test_pledge_of_a_cooperative_act_stays_an_agreement(nlp):
    found = events(nlp, "Gondor pledged to send aid to Rohan.")
    assert only(found, "AGREE").status == "asserted"


def test_preparing_an_offensive_is_a_threat(nlp):
    found = events(nlp, "Rohan's government is preparing a fresh offensive against Mordor.")
    assert only(found, "THREATEN").status == "asserted"
