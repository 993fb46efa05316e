"""Diplomatic and cooperative events told as wire reports write them (issue: event coding that holds on unseen text):
aid named by what is sent, people and property handed back, appeals told by a noun or with no addressee, trade
resumed, proposals ruled out, telephone calls received, the parties of a stated intention, the host of an arrival,
and the senses of "host" and "head" that are no event. Every sentence was written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, only

pytestmark = pytest.mark.slow


def names(side):
    return [a.name for a in side]


def ids(side):
    return [a.actor_id for a in side]


@pytest.mark.parametrize("text, actor", [
    ("Spain delivered fuel to Tunisia on Friday.", "Spain"),
    ("Italy dispatched search and rescue teams to Albania after the earthquake.", "Italy"),
    ("Kuwait deposited $2 billion in Egypt's central bank.", "Kuwait"),
])
def test_relief_goods_or_money_sent_are_aid(nlp, text, actor):
    e = only(events(nlp, text), "AID")
    assert names(e.actor) == [actor] and e.cameo.startswith("07")


def test_people_set_free_without_a_named_party_are_a_release(nlp):
    e = only(events(nlp, "Iran freed the crew of a Swiss cargo ship on Sunday."), "RETREAT")
    assert e.cameo == "0841" and names(e.actor) == ["Iran"]


def test_seized_property_returned_is_a_retreat(nlp):
    e = only(events(nlp, "Russia returned the seized vessel to Estonia."), "RETREAT")
    assert e.cameo == "0842" and ids(e.recipient) == ["EST"]


def test_an_appeal_told_by_a_noun_is_an_appeal(nlp):
    e = only(events(nlp, "Ghana renewed its call for Togo to release the opposition leader."), "REQUEST")
    assert e.mode == "appeal" and e.cameo.startswith("02") and ids(e.recipient) == ["TGO"]


def test_an_appeal_for_help_with_no_addressee_is_an_appeal(nlp):
    e = only(events(nlp, "Malawi appealed for international help after the cyclone."), "REQUEST")
    assert e.mode == "appeal" and e.cameo.startswith("02") and names(e.actor) == ["Malawi"]


def test_trade_resumed_with_a_party_is_economic_cooperation(nlp):
    e = only(events(nlp, "Uzbekistan resumed trade with Turkmenistan through the border post."), "COOPERATE")
    assert e.cameo == "061" and ids(e.recipient) == ["TKM"]


def test_a_joint_patrol_launched_is_cooperation(nlp):
    e = only(events(nlp, "Thailand and Malaysia launched joint patrols along their border."), "COOPERATE")
    assert e.cameo.startswith("06") and sorted(names(e.actor)) == ["Malaysia", "Thailand"]


def test_ruling_out_is_a_rejection_not_the_bare_verb(nlp):
    found = events(nlp, "Armenia ruled out a land corridor through its territory.")
    e = only(found, "REJECT")
    assert e.cameo.startswith("12") and names(e.actor) == ["Armenia"]


def test_a_phone_call_received_is_a_telephone_consultation(nlp):
    e = only(events(nlp, "The emir of Qatar received a phone call from the president of Kenya."), "CONSULT")
    assert e.mode == "phone" and e.cameo == "041"


@pytest.mark.parametrize("text, recipients", [
    ("Vietnam pledged to work with Laos on flood control.", ["LAO"]),
    ("Oman offered to host talks between Iran and Egypt.", ["IRN", "EGY"]),
    ("Kuwait called for dialogue between Iran and Bahrain.", ["IRN", "BHR"]),
])
def test_the_parties_of_an_intention_or_appeal_are_told_in_its_infinitive(nlp, text, recipients):
    found = [e for e in events(nlp, text) if e.event_type in ("AGREE", "REQUEST")]
    assert len(found) == 1 and ids(found[0].recipient) == recipients


def test_the_place_of_an_arrival_hosts_the_visit(nlp):
    e = only(events(nlp, "The Nigerian president arrived in Ghana on Monday for a state visit."), "CONSULT")
    assert e.mode == "visit" and ids(e.recipient) == ["GHA"]


@pytest.mark.parametrize("text", [
    "Jordan hosts more than 600,000 Syrian refugees.",
    "Thousands of Afghan migrants are heading to Iran.",
])
def test_hosting_refugees_and_heading_somewhere_are_no_diplomacy(nlp, text):
    assert not [e for e in events(nlp, text) if e.event_type in ("CONSULT", "AGREE")]


def test_an_appeal_echoed_is_made_by_the_owner_of_the_call(nlp):
    e = only(events(nlp, "Canada echoed Germany's call that Serbia and Kosovo respect the ceasefire."), "REQUEST")
    assert names(e.actor) == ["Germany"] and e.mode == "appeal"


@pytest.mark.parametrize("text, kind, cameo", [
    ("The Arab League voiced solidarity with Jordan after the floods.", "SUPPORT", "051"),
    ("Seoul expressed gratitude to Canberra for evacuating Korean nationals.", "SUPPORT", "051"),
    ("Ankara expressed strong dissatisfaction with Athens' decision to extend its waters.", "ACCUSE", "111"),
])
def test_support_or_disapproval_voiced_to_a_party(nlp, text, kind, cameo):
    e = only(events(nlp, text), kind)
    assert e.cameo == cameo and len(e.recipient) == 1


def test_money_in_aid_announced_is_aid(nlp):
    e = only(events(nlp, "Ireland announced an extra 10 million euros in humanitarian aid for Yemen."), "AID")
    assert names(e.actor) == ["Ireland"] and ids(e.recipient) == ["YEM"]


def test_a_call_with_a_counterpart_named_by_country_is_a_consultation(nlp):
    e = only(events(nlp, "Finland's foreign minister spoke with his Estonian counterpart by phone."), "CONSULT")
    assert e.cameo.startswith("04")


def test_the_owner_of_the_party_urged_is_no_actor(nlp):
    e = only(events(nlp, "Sweden's foreign minister urged Bolivia's government to release the detained activists."),
             "REQUEST")
    assert "Bolivia" not in " ".join(names(e.actor)) and "BOL" in ids(e.recipient)


def test_aid_carried_by_the_vehicle_sent_is_aid(nlp):
    e = only(events(nlp, "Oman sent two planes carrying medical supplies to Yemen."), "AID")
    assert names(e.actor) == ["Oman"] and ids(e.recipient) == ["YEM"]


def test_sitting_down_with_a_party_is_a_consultation(nlp):
    e = only(events(nlp, "Serbia's president sat down with Croatia's prime minister in Zagreb."), "CONSULT")
    assert e.cameo.startswith("04")


def test_the_place_reached_for_talks_is_the_host(nlp):
    e = only(events(nlp, "A Sudanese delegation arrived in Egypt for talks with Libyan officials."), "CONSULT")
    assert ids(e.recipient) == ["EGY"]


@pytest.mark.parametrize("text, kind, cameo", [
    ("Kuwait expressed readiness to host a conference on Yemen.", "AGREE", "030"),
    ("The Chilean president paid tribute to Peru's rescue teams.", "SUPPORT", "051"),
    ("Ireland granted the Syrian refugees temporary protection.", "AID", "075"),
    ("Seoul declined Tokyo's invitation to the ceremony.", "REJECT", "120"),
    ("Putin and Erdogan spoke by telephone on Tuesday.", "CONSULT", "041"),
])
def test_statements_of_readiness_tribute_protection_refusal_and_calls(nlp, text, kind, cameo):
    assert only(events(nlp, text), kind).cameo == cameo


def test_the_party_refused_in_an_infinitive_is_the_recipient(nlp):
    e = only(events(nlp, "Mali refused to receive the French ambassador."), "REJECT")
    assert names(e.actor) == ["Mali"] and e.recipient


@pytest.mark.parametrize("text", [
    "Turkey insisted that Greece remove its troops from the islands.",
    "China insisted that Japan should withdraw the statement.",
])
def test_insisting_that_a_party_act_is_a_demand(nlp, text):
    e = only(events(nlp, text), "REQUEST")
    assert e.mode == "demand" and e.cameo.startswith("10") and len(e.recipient) == 1


def test_insisting_on_a_fact_is_no_demand(nlp):
    assert not [e for e in events(nlp, "Iran insisted that its nuclear programme is peaceful.")
                if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Talks between Egypt and Ethiopia were held in Cairo on Friday.",
    "Talks were held between Egypt and Ethiopia on the dam.",
    "A meeting between Egypt and Ethiopia took place in Addis Ababa.",
    "Talks between Egypt and Ethiopia ended without agreement.",
])
def test_talks_told_as_the_subject_of_their_verb_are_a_consultation(nlp, text):
    e = only(events(nlp, text), "CONSULT")
    assert sorted(ids(e.actor) + ids(e.recipient)) == ["EGY", "ETH"]


def test_talks_held_with_no_party_named_are_no_event(nlp):
    assert not events(nlp, "The talks were held in Geneva on Friday.")


def test_a_leader_on_a_visit_visits(nlp):
    e = only(events(nlp, "The Emir of Kuwait is on a three-day visit to Oman."), "CONSULT")
    assert e.mode == "visit" and ids(e.recipient) == ["OMN"]


@pytest.mark.parametrize("text, kind, cameo", [
    ("Chile lodged a request with Peru for the extradition of the former minister.", "REQUEST", "020"),
    ("Laos sent a message of congratulations to the new Cambodian prime minister.", "SUPPORT", "051"),
    ("Russian peacekeepers left Transnistria ahead of schedule.", "RETREAT", "0874"),
    ("The rebels handed over four hostages to the Red Cross.", "RETREAT", "0841"),
])
def test_requests_lodged_congratulations_sent_forces_leaving_hostages_handed_over(nlp, text, kind, cameo):
    assert only(events(nlp, text), kind).cameo == cameo


@pytest.mark.parametrize("text, kind, cameo", [
    ("Secretary-General Antonio Guterres called upon Israel to allow access for aid convoys.", "REQUEST", "020"),
    ("Hungary lifted its veto on Finland's membership of the alliance.", "CONCEDE", "081"),
    ("The Asian Development Bank signed a $200 million loan with Nepal for clean energy.", "AID", "070"),
    ("Qatar extended a $1 billion financing facility to Egypt.", "AID", "070"),
    ("Prime Minister Shehbaz Sharif left for Riyadh on Wednesday for an official visit.", "CONSULT", "042"),
])
def test_appeals_upon_vetoes_lifted_loans_signed_and_departures(nlp, text, kind, cameo):
    assert only(events(nlp, text), kind).cameo == cameo

