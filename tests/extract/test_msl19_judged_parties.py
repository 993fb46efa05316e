"""Whom a threat, a condemnation or a demand about a show of force is aimed at: a threat told by a clause of the
threatener's own act ("threatened it would start a war against X") is aimed at X; a condemnation of exercises held
"between X and Y" at X and Y; a regret or deploring "that X is doing ..." at X; a demand noun "that X end ..." at X.
An agreement or talks "between X and Y" a speaker welcomes stay their own event, and a forecast of another party's
act ("warned that X could ...") is no threat by the speaker. Sentences written for the project; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only

DAY = "2026-10-04"


@pytest.mark.parametrize("text, target", [
    ("Caracas threatened on Tuesday it would begin a sacred war against Colombia.", "COL"),
    ("Belgrade threatened that it will launch a punitive campaign against Kosovo.", "XKX"),
])
def test_msl19_threat_told_by_own_clause_is_aimed_at_its_target(nlp, text, target):
    event = only(events(nlp, text, DAY), "THREATEN")
    assert ids(event.recipient) == [target]


@pytest.mark.parametrize("text, held", [
    ("Beijing condemned the joint naval drills between Japan and India.", ["JPN", "IND"]),
    ("Iran denounced the upcoming air exercises between Israel and Greece as a provocation.", ["ISR", "GRC"]),
])
def test_msl19_condemned_exercises_between_parties_are_theirs(nlp, text, held):
    event = only(events(nlp, text, DAY), "ACCUSE")
    assert ids(event.recipient) == held


@pytest.mark.parametrize("text, doer", [
    ("The Security Council deplored that Syria is diverting aid to its army.", "SYR"),
    ("The ministers regretted that Eritrea was ignoring the ruling of the commission.", "ERI"),
])
def test_msl19_conduct_judged_by_its_clause_is_its_doer_s(nlp, text, doer):
    event = only(events(nlp, text, DAY), "ACCUSE")
    assert ids(event.recipient) == [doer]


def test_msl19_demand_noun_with_clause_is_aimed_at_its_subject(nlp):
    event = only(events(nlp, "The Security Council restated its demand that Sudan end the blockade of the city.",
                        DAY), "REQUEST")
    assert ids(event.recipient) == ["SDN"]


def test_msl19_welcomed_agreement_between_parties_unchanged(nlp):
    found = events(nlp, "Norway welcomed the agreement between Chad and Niger on border trade.", DAY)
    assert only(found, "SUPPORT").recipient == []


def test_msl19_condemned_what_it_called_keeps_its_event(nlp):
    found = events(nlp, "Canada condemned what it called a reckless breach of the ceasefire.", DAY)
    assert only(found, "ACCUSE").actor


def test_msl19_forecast_of_another_party_is_no_threat(nlp):
    found = events(nlp, "Oslo warned that Russia could stage a nuclear test soon.", DAY)
    assert not [e for e in found if e.event_type == "THREATEN"]


@pytest.mark.parametrize("text, target", [
    ("Ankara warned that any further Greek militarisation of the islands would have consequences.", "GRC"),
    ("Beijing warned that any expansion of the Quad would bring serious consequences.", "Quad"),
])
def test_msl19_warned_that_an_act_would_have_consequences_is_threat_to_its_author(nlp, text, target):
    event = only(events(nlp, text, DAY), "THREATEN")
    assert len(event.recipient) == 1 and target in (ids(event.recipient)[0], event.recipient[0].text)


def test_msl19_consequences_of_no_party_s_act_are_no_threat(nlp):
    assert not [e for e in events(nlp, "The minister warned that the drought would have consequences for farmers.",
                                  DAY) if e.event_type == "THREATEN"]
