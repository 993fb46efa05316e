"""Cooperation told as wire reports write it (issue 17, CAMEO 03-08): a telephone call or conversation held, made or
had with a party, or one that sets a clause; a courtesy call ("called on the minister") that is a visit, not an
appeal; a body joined (cooperation), talks joined (consultation), a treaty joined, and fighters joining a militia
(no event). Every sentence was written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds, only

pytestmark = pytest.mark.slow


def ids(side):
    return [a.actor_id for a in side]


@pytest.mark.parametrize("text", [
    "Norway's foreign minister held a phone call with his Chilean counterpart on Wednesday.",
    "Peru's president had a telephone conversation with the Chilean president on Friday.",
    "The Norwegian prime minister made a telephone call to the Chilean president.",
])
def test_a_call_held_or_had_with_a_party_is_a_telephone_consultation(nlp, text):
    e = only(events(nlp, text), "CONSULT")
    assert e.cameo == "041" and e.mode == "phone" and e.recipient and "Chile" in e.recipient[0].text


def test_a_telephone_conversation_that_sets_the_clause_names_both_parties(nlp):
    e = only(events(nlp, "In a telephone conversation with the Chilean president, Peru's president discussed "
                         "the fishing dispute."), "CONSULT")
    assert e.cameo == "041" and e.actor and e.recipient and "Chile" in e.recipient[0].text


def test_an_agreement_had_with_a_party_is_no_meeting(nlp):
    assert not [e for e in events(nlp, "Peru has an agreement with Chile on fishing rights.")
                if e.event_type == "CONSULT"]


def test_a_courtesy_call_on_an_official_is_a_visit(nlp):
    e = only(events(nlp, "General Ahmed Fathi, the Egyptian army chief, called on the Jordanian defence minister in Amman "
                         "on Monday."),
             "CONSULT")
    assert e.cameo == "042" and e.mode == "visit" and e.recipient


@pytest.mark.parametrize("text", [
    "Ghana called on Togo to release the opposition leader.",
    "Ghana called on Togo for restraint.",
])
def test_a_call_on_a_party_that_asks_something_stays_an_appeal(nlp, text):
    e = only(events(nlp, text), "REQUEST")
    assert e.mode == "appeal" and ids(e.recipient) == ["TGO"]


@pytest.mark.parametrize("text, body", [
    ("Sweden joined NATO on Thursday.", "IGO-NATO"),
    ("Egypt joined the Shanghai Cooperation Organisation as a dialogue partner.", "IGO-SCO"),
])
def test_a_body_joined_is_cooperation(nlp, text, body):
    e = only(events(nlp, text), "COOPERATE")
    assert e.cameo == "060" and ids(e.recipient) == [body]


def test_talks_joined_are_a_consultation(nlp):
    e = only(events(nlp, "Egypt joined the talks on the Nile dam in Kampala on Monday."), "CONSULT")
    assert e.cameo == "040" and ids(e.actor) == ["EGY"]


def test_fighters_joining_a_militia_is_no_event(nlp):
    assert kinds(events(nlp, "Young fighters from the villages continue to join the Kataib Hezbollah militia.")) == []


def test_a_mediator_told_in_the_progressive_is_the_actor(nlp):
    e = only(events(nlp, "Kenya is mediating between Sudan's warring parties."), "CONSULT")
    assert e.cameo == "045" and ids(e.actor) == ["KEN"] and ids(e.recipient) == ["SDN"]


def test_an_arrival_on_a_visit_is_a_visit(nlp):
    e = only(events(nlp, "The Spanish prime minister arrived in Rabat on a two-day visit on Monday."), "CONSULT")
    assert e.cameo == "042" and e.mode == "visit" and ids(e.recipient) == ["MAR"]


@pytest.mark.parametrize("text", [
    "The Spanish prime minister postponed his visit to Morocco.",
    "A planned visit by the Spanish prime minister to Morocco was cancelled.",
])
def test_a_visit_or_meeting_that_did_not_take_place_is_no_consultation(nlp, text):
    assert not [e for e in events(nlp, text) if e.event_type == "CONSULT"]


def test_the_named_owner_of_what_is_backed_is_the_recipient(nlp):
    e = only(events(nlp, "Spain backed Morocco's autonomy plan for Western Sahara."), "SUPPORT")
    assert ids(e.recipient) == ["MAR"]


def test_talks_restarted_are_the_talks(nlp):
    found = events(nlp, "Serbia and Kosovo decided to restart normalisation talks.")
    assert [e for e in found if e.event_type in ("CONSULT", "AGREE") and "talks" in e.evidence[0].trigger]


def test_foreign_troops_hosted_are_military_cooperation(nlp):
    e = only(events(nlp, "Romania hosts 3,000 American troops at the Kogalniceanu base."), "COOPERATE")
    assert e.cameo == "062" and ids(e.actor) == ["ROU"]


def test_an_official_welcomed_to_a_place_is_a_hosted_visit(nlp):
    e = only(events(nlp, "The Ghanaian president welcomed the Nigerian foreign minister to Accra on Sunday."),
             "CONSULT")
    assert e.cameo == "043"


def test_people_welcomed_to_a_place_are_no_visit(nlp):
    assert not [e for e in events(nlp, "Germany welcomed refugees to Berlin.") if e.event_type == "CONSULT"]


@pytest.mark.parametrize("text, kind, code, recipient", [
    ("Japan wrote off $300 million of Ghana's debt.", "AID", "071", "GHA"),
    ("Nepal deployed 800 peacekeepers to Lebanon.", "AID", "074", "LBN"),
    ("Bangladesh handed over three suspects to Indian authorities.", "COOPERATE", "063", "IND"),
    ("Ghana coordinated with Togo on border patrols.", "COOPERATE", "060", "TGO"),
])
def test_material_cooperation_told_by_its_object(nlp, text, kind, code, recipient):
    e = only(events(nlp, text), kind)
    assert e.cameo == code and [a.actor_id for a in e.recipient][:1] == [recipient]


def test_a_courtesy_call_paid_on_an_official_is_a_visit(nlp):
    e = only(events(nlp, "The Malaysian envoy paid a courtesy call on the Thai prime minister."), "CONSULT")
    assert e.cameo == "042" and e.mode == "visit"


def test_parties_that_team_up_cooperate(nlp):
    e = only(events(nlp, "Chile and Argentina teamed up to fight forest fires."), "COOPERATE")
    assert sorted(ids(e.actor)) == ["ARG", "CHL"]


def test_a_commitment_underlined_is_support_for_the_party_it_is_to(nlp):
    e = only(events(nlp, "The Finnish foreign minister underlined Finland's commitment to supporting the government "
                         "of Estonia."), "SUPPORT")
    assert "EST" in ids(e.recipient) and "FIN" not in ids(e.recipient)


def test_a_call_that_sets_a_verb_of_telling_is_a_call_to_its_object(nlp):
    found = events(nlp, "Lula told Milei in a phone call that Brazil was ready to expand trade.")
    e = only(found, "CONSULT")
    assert e.cameo == "041" and e.actor and e.recipient and e.actor[0].text == "Lula" and \
        e.recipient[0].text == "Milei"


def test_no_meeting_had_is_no_consultation(nlp):
    assert not [e for e in events(nlp, "The Chilean president had no meeting with the Peruvian delegation.")
                if e.event_type == "CONSULT"]


def test_a_states_independence_recognised_is_recognition_of_that_state(nlp):
    e = only(events(nlp, "Peru recognised Namibia's independence in 1990."), "SUPPORT")
    assert e.cameo == "054" and ids(e.actor) == ["PER"] and [a.text for a in e.recipient] == ["Namibia"]


def test_money_granted_to_a_party_is_aid(nlp):
    e = only(events(nlp, "The World Bank granted Kenya $500 million for drought relief."), "AID")
    assert ids(e.recipient) == ["KEN"]


def test_what_is_discussed_in_a_call_is_its_topic_not_the_party_called(nlp):
    found = events(nlp, "During a phone conversation on Friday, the Chilean and Peruvian presidents discussed "
                        "Bolivia.")
    assert found and not [e for e in found if "BOL" in ids(e.recipient)]


def test_a_trip_made_for_talks_is_a_visit(nlp):
    e = only(events(nlp, "The Malian president flew to Algiers for talks with his Algerian counterpart."), "CONSULT")
    assert e.cameo == "042" and e.status == "asserted"


def test_goods_gifted_to_a_party_are_aid(nlp):
    e = only(events(nlp, "Tunisia gifted a consignment of tents and blankets to Libya on Saturday."), "AID")
    assert ids(e.actor) == ["TUN"] and ids(e.recipient) == ["LBY"]

