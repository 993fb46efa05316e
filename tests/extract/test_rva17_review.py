"""Review of the seventeenth pass: rules that met after the merge. Sentences written for the project; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-12-06"


@pytest.mark.parametrize("text, partner", [
    # the partner of "fought alongside" is the recipient of the cooperation, also when the foe is named after it
    ("Kenyan troops fought alongside Somali soldiers against al-Shabaab near Kismayo.", "SOM"),
    ("Chadian units fought alongside the Malian army against jihadists around Gao.", "MLI"),
])
def test_rva17_alongside_partner_before_the_foe(nlp, text, partner):
    event = only(events(nlp, text, DAY), "COOPERATE")
    assert [a.actor_id for a in event.recipient] == [partner]


@pytest.mark.parametrize("text, partner", [
    # negatives: no foe named, the partner as before
    ("Kenyan troops fought alongside Somali soldiers near Kismayo.", "SOM"),
    ("Jordanian troops trained alongside the Iraqi army.", "IRQ"),
])
def test_rva17_alongside_partner_alone_unchanged(nlp, text, partner):
    event = only(events(nlp, text, DAY), "COOPERATE")
    assert [a.actor_id for a in event.recipient] == [partner]


@pytest.mark.parametrize("text, victim", [
    # a headline the parser reads as a noun with a past-tense clause: the verb made the root is still the headline's
    # passive (relatives.misread_main_verb, then headline_passive), and no clause hung on a noun lends it a subject
    ("Student leader abducted in Mogadishu", "Student leader"),
    ("Three fishermen abducted yesterday in Kabul", "Three fishermen"),
    ("Student leader stabbed overnight near Gao", "Student leader"),
])
def test_rva17_headline_victim_is_no_actor(nlp, text, victim):
    found = events(nlp, text, DAY)
    assert not any(a.name == victim or a.text == victim for e in found for a in e.actor)


@pytest.mark.parametrize("text, actor, event_type", [
    # negatives: a sentence-opening noun whose past-tense verb the parser hung on it still acts; active headlines
    ("The UN envoy called on both sides to free the hostages.", "UN envoy", "REQUEST"),
    ("Police arrested two reporters in Tallinn", "Police", "COERCE"),
])
def test_rva17_misread_main_verb_still_acts(nlp, text, actor, event_type):
    event = only(events(nlp, text, DAY), event_type)
    assert [a.text for a in event.actor] == [actor]


@pytest.mark.parametrize("text, types", [
    # a participle set off by a comma after a discussion is the talkers' own act, not what the talk weighs
    ("The foreign ministers of France and Germany discussed the crisis in Sudan, calling on the army to halt its "
     "attacks.", ["CONSULT", "REQUEST"]),
    ("Erdogan discussed regional security with Putin, condemning the attack on Turkish soldiers in Idlib.",
     ["ACCUSE", "ASSAULT", "CONSULT"]),
])
def test_rva17_participle_beside_a_discussion_stays(nlp, text, types):
    assert sorted(e.event_type for e in events(nlp, text, DAY)) == types


@pytest.mark.parametrize("text, types", [
    # negatives: what the talk weighs stays no event (background.weighed_act)
    ("Peru and Chile discussed joint efforts to help the Bolivian army deploy along the northern frontier.",
     ["CONSULT"]),
    ("Mali and Niger discussed the road ahead in fighting Boko Haram.", ["CONSULT"]),
])
def test_rva17_weighed_act_still_no_event(nlp, text, types):
    assert sorted(e.event_type for e in events(nlp, text, DAY)) == types


@pytest.mark.parametrize("text", [
    # a duty a law or a text lays down is its provision, no demand by the author (obligations._provision)
    "Under the new law, the police must obtain a warrant before searching a home.",
    "According to the constitution, parliament must approve the treaty.",
])
def test_rva17_duty_under_a_law_is_no_demand(nlp, text):
    assert not any(e.event_type == "REQUEST" for e in events(nlp, text, DAY))


@pytest.mark.parametrize("text, asked", [
    # negatives: a bare "must" on a party named by its power stays a demand of it
    ("The authorities must release the detained students.", "authorities"),
    ("The army must halt its shelling of Idlib.", "army"),
])
def test_rva17_bare_must_on_power_stays_a_demand(nlp, text, asked):
    event = only(events(nlp, text, DAY), "REQUEST")
    assert event.mode == "demand" and [a.text for a in event.recipient] == [asked]


@pytest.mark.parametrize("text, event_type", [
    # a verb other than giving or holding the briefing's business is an act done to it (nonevents.briefing_business)
    ("Police raided the press conference of the opposition leader in Harare.", "COERCE"),
    ("Protesters seized the podium and blocked the speaker of parliament.", "COERCE"),
])
def test_rva17_act_on_a_briefing_stays(nlp, text, event_type):
    assert any(e.event_type == event_type for e in events(nlp, text, DAY))


@pytest.mark.parametrize("text", [
    # negatives: the briefing's own business stays no event
    "The deputy spokesman gave the floor to a colleague from the defence ministry.",
    "The spokeswoman held the weekly press conference on Thursday.",
])
def test_rva17_briefing_business_still_no_event(nlp, text):
    assert events(nlp, text, DAY) == []
