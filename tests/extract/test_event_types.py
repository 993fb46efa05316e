"""Event type and detection classes found on the dev split of the own re3d gold, each tested on sentences written
for the project (invented places and people): scheduled acts vs stated intentions, territory taken, forces moving,
appeals with an infinitive, senses (release a text, offer condolences, demonstrate = show, instrument "using"),
coordinated verbs of one act, one meeting per sentence, trips made to meet, agreements between parties, pressure,
statements introduced by "X said:", trailing "X said" attribution; and the learned type model's plumbing."""

from __future__ import annotations

import pytest

from annalyst.extract.events import EventCoder
from annalyst.extract.typemodel import (
    NONE,
    TypeModel,
    fit_types,
    root_code,
    token_features,
)

from ._fictional import events, kinds, only

pytestmark = pytest.mark.slow


# scheduled acts keep their type; intentions said by someone are AGREE (CAMEO 03) ---------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Ruritanian Foreign Minister Anna Varga will travel to Molvania on 16 November.", "CONSULT"),
    ("The Ruritanian navy will join Molvania in a naval exercise next month.", "COOPERATE"),
])
def test_types_a_scheduled_act_keeps_its_type_with_status_predicted(nlp, text, kind):
    found = events(nlp, text)
    e = only(found, kind)
    assert e.status == "predicted" and not any(x.event_type == "AGREE" for x in found)


def test_types_a_meeting_said_for_later_is_the_meeting_planned(nlp):
    e = only(events(nlp, "Norway said it will meet Chilean leaders next week."), "CONSULT")
    assert e.status == "predicted"


def test_types_a_readiness_said_by_someone_stays_an_agreement(nlp):
    e = only(events(nlp, "Norway said it is prepared to meet Chilean leaders next week."), "AGREE")
    assert e.status == "attributed"


def test_types_a_trailing_source_attributes_the_clause(nlp):
    found = events(nlp, "Ruritania will provide 20,000 tons of food aid to refugees in Molvania, the Ruritanian "
                        "ministry said on Monday.")
    assert [e.status for e in found] == ["attributed"], kinds(found)


# territory, forces, force on armed targets, appeals ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Molvanian army retook more than 300 square kilometres of territory from the insurgents.",
    "Ruritanian forces have liberated dozens of villages north of the capital.",
])
def test_types_taking_ground_is_coerce_seize(nlp, text):
    e = only(events(nlp, text), "COERCE")
    assert e.mode == "seize" and e.cameo == "192"


def test_types_forces_moving_are_mobilize_and_a_minister_arriving_is_not(nlp):
    e = only(events(nlp, "Ruritanian troops advanced to within five kilometres of the Molvanian border on Monday."),
             "MOBILIZE")
    assert e.cameo == "154"
    assert not any(x.event_type == "MOBILIZE" for x in events(nlp, "The Molvanian president arrived in Zenda on Monday."))


def test_types_suppressing_an_armed_unit_is_assault(nlp):
    only(events(nlp, "Ruritanian aircraft suppressed two rebel mortar teams near the Molvanian border."), "ASSAULT")


def test_types_encouraging_someone_to_act_is_an_appeal(nlp):
    e = only(events(nlp, "The Molvanian foreign minister encouraged the Government of Ruritania to resume talks."),
             "REQUEST")
    assert e.mode == "appeal" and e.cameo.startswith("02")


def test_types_applying_pressure_is_coerce(nlp):
    only(events(nlp, "Ruritania is applying pressure on the Molvanian government over the border dispute."), "COERCE")


def test_types_chemical_weapons_use_is_unconventional_assault(nlp):
    e = only(events(nlp, "The rebels used chemical weapons against Molvanian troops near the border."), "ASSAULT")
    assert e.mode == "unconventional"


# senses ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ruritania released its annual report on Molvania on Monday.",
    "The Ruritanian president offered his condolences to the families of the victims in Molvania.",
    "The strikes demonstrate Ruritania's resolve, the Molvanian president said.",
])
def test_types_wrong_senses_give_no_event(nlp, text):
    assert not [e for e in events(nlp, text) if e.event_type in ("RETREAT", "AGREE", "PROTEST")], kinds(events(nlp, text))


def test_types_people_demonstrating_is_still_a_protest(nlp):
    only(events(nlp, "Thousands of Molvanian students demonstrated outside the Ruritanian embassy in Zenda."),
         "PROTEST")


def test_types_an_instrument_participle_is_no_event(nlp):
    found = events(nlp, "Ruritanian forces conducted ten strikes using bombers and drones against Molvanian rebels.")
    assert [e.event_type for e in found] == ["ASSAULT"], kinds(found)


# one act, one event ------------------------------------------------------------------------------------------------

def test_types_coordinated_verbs_of_one_strike_are_one_assault(nlp):
    found = events(nlp, "Ruritanian jets struck rebel positions near Zenda and destroyed two Molvanian tanks.")
    assert [e.event_type for e in found] == ["ASSAULT"], kinds(found)


def test_types_a_negated_finite_conjunct_is_its_own_act(nlp):
    found = events(nlp, "Ruritania did not attack Molvania and shelled Zenda.")
    assert any(e.evidence[0].trigger == "shelled" for e in found), kinds(found)


def test_types_meeting_and_discussing_is_one_consult(nlp):
    found = events(nlp, "The Ruritanian president met the Molvanian prime minister in Zenda, where the two leaders "
                        "discussed the border dispute.")
    assert [e.event_type for e in found] == ["CONSULT"], kinds(found)


def test_types_a_trip_made_to_meet_is_the_visit(nlp):
    e = only(events(nlp, "The Ruritanian defence minister flew to Zenda to visit the Molvanian president."),
             "CONSULT")
    assert e.evidence[0].trigger == "visit" and e.actor


def test_types_an_agreement_between_parties_is_agree(nlp):
    found = events(nlp, "Ruritania welcomed the agreement between Molvania and Zenda on oil exports.")
    agree = only(found, "AGREE")
    assert {a.text for a in agree.actor} >= {"Molvania", "Zenda"}
    only(found, "SUPPORT")


# statements introduced by "X said:" ------------------------------------------------------------------------------

def test_types_first_person_after_said_colon_is_the_speaker(nlp):
    text = ("Ruritanian Foreign Minister Anna Varga said:\n\nWe are concerned by reports of violations and call on "
            "all parties to respect the ceasefire.\n\nI encourage the Government of Molvania to find a solution.")
    found = events(nlp, text)
    requests = [e for e in found if e.event_type == "REQUEST"]
    assert len(requests) == 2, kinds(found)
    assert all(e.mode == "appeal" and [a.text for a in e.actor] == ["Anna Varga"] for e in requests)


# the learned type model: its plumbing (its use is decided on dev by annalyst train) ------------------------------

def _toy_model(nlp, propose=None, retype=None):
    """A model that learnt "blork" and "discuss" as ASSAULT and "say" as no event (absurd on purpose: the test
    is of the plumbing, not of the model)."""
    rows = []
    for text, lemma, label in [("Ruritania blorked Molvania.", "blork", "ASSAULT"),
                               ("Ruritania blorked Molvania again.", "blork", "ASSAULT"),
                               ("Ruritania discussed the border with Molvania.", "discuss", "ASSAULT"),
                               ("Ruritania discussed trade with Molvania.", "discuss", "ASSAULT"),
                               ("Ruritania condemned Molvania.", "condemn", "ASSAULT"),
                               ("Ruritania said nothing.", "say", NONE),
                               ("Ruritania said something.", "say", NONE)]:
        doc = nlp(text)
        tok = next(t for t in doc if t.lemma_.lower() == lemma or t.lower_.startswith(lemma))
        rows.append((token_features(tok), label))
    model = fit_types(rows, seed=17, min_count=1)
    model.propose, model.retype = propose, retype
    return model


def test_types_learned_model_proposes_an_event_for_a_verb_no_lexicon_lists(nlp):
    text = "Gondor blorked Rohan."
    coder = EventCoder()
    assert not coder(nlp(text))  # no lexicon knows "blork"
    coder.typer = _toy_model(nlp, propose=0.5)
    found = coder(nlp(text))
    assert [(e.event_type, e.cameo) for e in found] == [("ASSAULT", root_code("ASSAULT"))]
    coder.typer = _toy_model(nlp)  # both uses off: the rule coder alone
    assert not coder(nlp(text))


def test_types_learned_model_retypes_generated_candidates_and_trusts_curated_ones(nlp):
    coder = EventCoder()
    generated, curated = "Gondor discussed the border with Rohan.", "Gondor condemned Rohan."
    assert [e.event_type for e in coder(nlp(generated))] == ["CONSULT"]
    assert [e.event_type for e in coder(nlp(curated))] == ["ACCUSE"]
    coder.typer = _toy_model(nlp, retype=0.5)
    assert [e.event_type for e in coder(nlp(generated))] == ["ASSAULT"]
    assert [e.event_type for e in coder(nlp(curated))] == ["ACCUSE"]


def test_types_model_round_trips_and_scores_classes():
    model = TypeModel(["ASSAULT", NONE], {"lemma=blork": [2.0, -2.0]}, [0.0, 0.0], propose=0.7)
    again = TypeModel.from_dict(model.to_dict())
    p = again.probs(["lemma=blork"])
    assert p["ASSAULT"] > 0.95 and abs(sum(p.values()) - 1) < 1e-9 and again.enabled and again.propose == 0.7
    assert not TypeModel(["ASSAULT", NONE], {}, [0.0, 0.0]).enabled
