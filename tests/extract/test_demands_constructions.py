"""Diplomatic disputes told by construction rather than by a verb of their own (issue: event coding that holds on
unseen text; ``extract/demands.py``): summoning an envoy is an official protest to the envoy's state; a measure
taken through an envoy is directed at the envoy's state; a deadline given to a party is an ultimatum; a judgement
given of another's words is a criticism, of a charge a rejection; a denial of a role or a charge is a rejection by
the denier; a rejected proposal is directed at its author, never its topic. Look-alikes with no such event stay
without one. Every sentence was written for the project (real state names, invented events)."""

from __future__ import annotations

import pytest

from ._fictional import events, only

pytestmark = pytest.mark.slow


def ids(side):
    return [a.actor_id for a in side]


@pytest.mark.parametrize("text, actor, state", [
    ("Poland summoned Russia's ambassador over the drone incursion.", "POL", "RUS"),
    ("Germany summoned the Iranian ambassador after the execution of a German citizen.", "DEU", "IRN"),
    ("The Dutch foreign ministry called in the Chinese ambassador to protest against the sanctions.", "NLD", "CHN"),
])
def test_summoning_an_envoy_is_an_official_protest_to_the_envoys_state(nlp, text, actor, state):
    found = events(nlp, text)
    assert not [e for e in found if e.event_type == "CONSULT"]
    e = only(found, "ACCUSE")
    assert e.cameo == "114" and actor in ids(e.actor) and ids(e.recipient) == [state]


def test_a_summons_to_court_is_no_protest(nlp):
    assert not [e for e in events(nlp, "A Kenyan court summoned the former minister to testify.")
                if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text, actor, state", [
    ("Algeria recalled its ambassador to France for consultations.", "DZA", "FRA"),
    ("Mali ordered the French ambassador to leave within 72 hours.", "MLI", "FRA"),
])
def test_a_measure_through_an_envoy_is_directed_at_the_envoys_state(nlp, text, actor, state):
    e = only(events(nlp, text), "SANCTION")
    assert ids(e.actor) == [actor] and ids(e.recipient) == [state]


@pytest.mark.parametrize("text, given", [
    ("The militants gave the government 48 hours to release their commander.", "government"),
    ("Russia gave Ukraine until Friday to withdraw its forces from the region.", "Ukraine"),
])
def test_a_deadline_given_to_a_party_is_an_ultimatum(nlp, text, given):
    e = only(events(nlp, text), "THREATEN")
    assert e.cameo == "139" and [a.text for a in e.recipient] == [given]


def test_a_span_of_days_with_nothing_to_do_by_then_is_no_ultimatum(nlp):
    assert not [e for e in events(nlp, "The festival gave visitors in Nairobi three days of music.")
                if e.event_type == "THREATEN"]


@pytest.mark.parametrize("text, actor, judged", [
    ("Beijing called Tokyo's remarks unacceptable.", "CHN", "JPN"),
    ("Turkey described the French vote as a provocation.", "TUR", "FRA"),
])
def test_a_judgement_of_anothers_words_or_act_is_a_criticism_of_its_author(nlp, text, actor, judged):
    e = only(events(nlp, text), "ACCUSE")
    assert e.cameo == "111" and ids(e.actor) == [actor] and ids(e.recipient) == [judged]


def test_a_judgement_of_a_charge_as_false_rejects_it_and_is_directed_at_the_accuser(nlp):
    found = events(nlp, "Venezuela called Guyana's accusations baseless.")
    assert not [e for e in found if e.event_type == "ACCUSE"]
    e = only(found, "REJECT")
    assert ids(e.actor) == ["VEN"] and ids(e.recipient) == ["GUY"]


@pytest.mark.parametrize("text", [
    "Analysts in Kenya called the situation dangerous.",
    "The president of Ghana called the election result a victory for democracy.",
])
def test_a_judgement_of_no_partys_words_is_no_criticism(nlp, text):
    assert not [e for e in events(nlp, text) if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text, actor", [
    ("China denied any role in the cyberattack on the Czech foreign ministry.", "CHN"),
    ("Rwanda denied involvement in the fighting near Goma.", "RWA"),
])
def test_a_denial_of_a_role_is_a_rejection_by_the_denier(nlp, text, actor):
    e = only(events(nlp, text), "REJECT")
    assert ids(e.actor) == [actor] and e.recipient == []


def test_a_denial_of_a_charge_is_directed_at_the_accuser(nlp):
    e = only(events(nlp, "Iran denied Israel's accusations."), "REJECT")
    assert ids(e.actor) == ["IRN"] and ids(e.recipient) == ["ISR"]


def test_a_denied_act_coded_on_its_own_takes_the_denial_as_its_status(nlp):
    found = events(nlp, "Iran denied supplying drones to Russia.")
    assert not [e for e in found if e.event_type == "REJECT"]
    assert only(found, "AID").status == "denied"


def test_a_rejected_proposal_is_directed_at_its_author(nlp):
    e = only(events(nlp, "Moscow rejected Kyiv's peace proposal as unrealistic."), "REJECT")
    assert ids(e.actor) == ["RUS"] and ids(e.recipient) == ["UKR"]


def test_a_vetoed_resolution_is_not_directed_at_its_topic(nlp):
    e = only(events(nlp, "Russia vetoed a draft resolution on Syria."), "REJECT")
    assert "SYR" not in ids(e.recipient)


@pytest.mark.parametrize("text, actor", [
    ("Beijing called the senator's visit a serious provocation.", "CHN"),
    ("Tehran called the IAEA resolution politically motivated.", "IRN"),
])
def test_a_judgement_parsed_inside_the_object_or_told_in_two_words_is_a_criticism(nlp, text, actor):
    found = events(nlp, text)
    assert not [e for e in found if e.event_type == "CONSULT"]
    e = only(found, "ACCUSE")
    assert e.cameo == "111" and ids(e.actor) == [actor]


def test_a_charge_said_to_be_false_is_rejected_by_the_speaker(nlp):
    e = only(events(nlp, "Moscow said the allegations were baseless."), "REJECT")
    assert ids(e.actor) == ["RUS"]


def test_a_warning_to_a_states_own_citizens_is_no_threat(nlp):
    assert not [e for e in events(nlp, "France warned its citizens against travelling to Lebanon.")
                if e.event_type == "THREATEN"]


def test_a_warning_to_another_state_stays_a_threat(nlp):
    e = only(events(nlp, "The United States warned Iran against retaliating for the strike."), "THREATEN")
    assert ids(e.recipient) == ["IRN"]


def test_a_rejected_request_is_not_a_request_of_its_own(nlp):
    found = events(nlp, "Saudi Arabia rejected Iran's request for talks.")
    assert not [e for e in found if e.event_type == "REQUEST"]
    e = only(found, "REJECT")
    assert ids(e.actor) == ["SAU"] and ids(e.recipient) == ["IRN"]


@pytest.mark.parametrize("text, actor, state, event_type", [
    ("Seoul handed a protest note to Japan's ambassador over the textbooks.", "KOR", "JPN", "ACCUSE"),
    ("Canada closed its embassy in Tehran.", "CAN", "IRN", "SANCTION"),
    ("Nigeria withdrew its high commissioner from Accra.", "NGA", "GHA", "SANCTION"),
])
def test_an_envoy_told_to_or_a_mission_closed_stands_for_its_state(nlp, text, actor, state, event_type):
    e = only(events(nlp, text), event_type)
    assert ids(e.actor) == [actor] and ids(e.recipient) == [state]


def test_a_judgement_given_by_a_verb_of_attack_in_words_is_a_criticism(nlp):
    e = only(events(nlp, "Hanoi blasted Beijing's new map as a violation of its sovereignty."), "ACCUSE")
    assert ids(e.actor) == ["VNM"] and ids(e.recipient) == ["CHN"]


@pytest.mark.parametrize("text, actor, accuser", [
    ("Pakistan said it rejected India's claims as propaganda.", "PAK", "IND"),
    ("Iran categorically rejects the baseless accusations made by the United States, the foreign ministry said.",
     "IRN", "USA"),
])
def test_a_rejection_of_claims_told_by_a_speaker_is_not_consumed_as_a_denial_of_itself(nlp, text, actor, accuser):
    e = only(events(nlp, text), "REJECT")
    assert ids(e.actor) == [actor] and ids(e.recipient) == [accuser]


def test_expelling_a_charge_daffaires_is_a_diplomatic_expulsion(nlp):
    e = only(events(nlp, "Lithuania expelled the Russian charge d'affaires."), "SANCTION")
    assert e.cameo == "166" and ids(e.recipient) == ["RUS"]


def test_an_accusation_followed_by_a_charge_denied_stays_asserted_and_its_act_is_denied(nlp):
    found = events(nlp, "Kinshasa accused Kigali of backing the M23 rebels, a charge Rwanda denied.")
    accusation = only(found, "ACCUSE")
    assert accusation.status == "asserted" and ids(accusation.recipient) == ["RWA"]
    backing = only(found, "SUPPORT")
    assert backing.status == "alleged" and backing.denied_by == ["Rwanda"]


@pytest.mark.parametrize("text, summoner, state", [
    ("Russia's ambassador was summoned to the foreign ministry in Warsaw on Tuesday.", "POL", "RUS"),
    ("The Iranian charge d'affaires was summoned to the German foreign ministry.", "DEU", "IRN"),
])
def test_an_envoy_summoned_in_the_passive_is_protested_to_by_the_ministry_named(nlp, text, summoner, state):
    e = only(events(nlp, text), "ACCUSE")
    assert e.cameo == "114" and ids(e.actor) == [summoner] and ids(e.recipient) == [state]


@pytest.mark.parametrize("text", [
    "The ambassador was summoned.",
    "The witness was summoned to the court in Lahore.",
])
def test_a_summons_with_no_summoner_or_no_envoy_is_no_protest(nlp, text):
    assert not [e for e in events(nlp, text) if e.event_type == "ACCUSE"]


def test_a_threat_to_cut_supplies_to_a_party_is_directed_at_it(nlp):
    e = only(events(nlp, "Russia threatened to cut gas supplies to Moldova."), "THREATEN")
    assert ids(e.actor) == ["RUS"] and ids(e.recipient) == ["MDA"]


@pytest.mark.parametrize("text, actor, state", [
    ("Japan said it would lodge a protest with China over the buoy.", "JPN", "CHN"),
    ("Poland said it would summon the Russian ambassador.", "POL", "RUS"),
])
def test_an_announced_complaint_is_a_complaint_to_come_not_a_threat(nlp, text, actor, state):
    found = events(nlp, text)
    assert not [e for e in found if e.event_type == "THREATEN"]
    e = only(found, "ACCUSE")
    assert e.status == "predicted" and ids(e.actor) == [actor] and ids(e.recipient) == [state]


@pytest.mark.parametrize("text", [
    "Kenya's election board gave candidates until Friday to submit their papers.",
    "The court gave the defence two weeks to file its appeal.",
])
def test_a_deadline_given_to_no_party_is_no_ultimatum(nlp, text):
    assert not [e for e in events(nlp, text) if e.event_type == "THREATEN"]


def test_summoning_ones_own_ambassadors_is_no_protest(nlp):
    assert not [e for e in events(nlp, "Germany summoned all its ambassadors to Berlin for a conference.")
                if e.event_type == "ACCUSE"]
