"""Stated intents of cooperation take the CAMEO code of the act intended (CAMEO 03x, PLOVER AGREE): aid pledged or
promised is 033 (not the bare 030), an offer to mediate 039 with the parties to be mediated, a future visit 036.
Every sentence was written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, only

pytestmark = pytest.mark.slow


def ids(side):
    return [a.actor_id for a in side]


@pytest.mark.parametrize("text", [
    "Kuwait pledged $300 million in aid to Jordan on Thursday.",
    "Kuwait pledged to provide emergency assistance to Jordan after the floods.",
    "Kuwait promised relief supplies to Jordan.",
])
def test_aid_pledged_is_an_intent_to_provide_aid(nlp, text):
    e = only(events(nlp, text), "AGREE")
    assert e.cameo == "033" and ids(e.actor) == ["KWT"] and ids(e.recipient) == ["JOR"]


def test_aid_a_party_says_it_will_provide_is_an_intent_to_provide_aid(nlp):
    e = only(events(nlp, "Canada will provide $40 million in military aid to Ukraine, the defence minister said."),
             "AGREE")
    assert e.cameo.startswith("033") and ids(e.recipient) == ["UKR"]


def test_an_offer_to_mediate_names_the_parties_to_be_mediated(nlp):
    e = only(events(nlp, "Oman offered to mediate between Iran and Bahrain."), "AGREE")
    assert e.cameo == "039" and sorted(ids(e.recipient)) == ["BHR", "IRN"]


def test_a_visit_a_party_says_it_will_make_is_the_visit_planned(nlp):
    # a visit announced for later is the visit, predicted (docs/annotation.md "will travel"), not an intent
    e = only(events(nlp, "The Ghanaian president will visit Senegal next week, his office said."), "CONSULT")
    assert e.status == "predicted" and ids(e.recipient) == ["SEN"]


def test_a_readiness_to_meet_is_an_intent_to_meet(nlp):
    e = only(events(nlp, "The Ghanaian president is ready to visit Senegal, his office said."), "AGREE")
    assert e.cameo == "036" and ids(e.recipient) == ["SEN"]


@pytest.mark.parametrize("text, code", [
    ("Tanzania and Zambia agreed to share intelligence on smuggling networks.", "0314"),
    ("Tanzania and Zambia agreed to hold joint naval exercises.", "0312"),
])
def test_an_agreement_to_act_takes_the_code_of_the_act(nlp, text, code):
    e = only(events(nlp, text), "AGREE")
    assert e.cameo == code and sorted(ids(e.actor)) == ["TZA", "ZMB"]
