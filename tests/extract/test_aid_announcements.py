"""Aid, funding and training announcements as governments write them (issue 17, aid class; invented sentences,
fictional parties marked by hand): the recipient is the people the aid is for, not the host place of their phrase,
an agency it goes through or the currency the parser took for the object (``extract/beneficiaries``); an amount
announced, committed or contributed for or to someone is aid, and so is aid doubled or stepped up; a signed aid,
loan or financing agreement is an agreement (docs/annotation.md); relief goods distributed are aid; aid given to an agency for a party helps that party; trainers sent to a partner
and armoured vehicles received are military aid."""

from __future__ import annotations

import pytest

from spacy.tokens import Span

from ._fictional import code, ids, kinds, only, parse


def _aid(base_nlp, coder, text):
    return only(code(base_nlp, coder, text), "AID")


@pytest.mark.parametrize("text, people", [
    ("Gondor will provide GBP 30 million in humanitarian aid to Syrian refugees in Rohan.", "Syrian refugees"),
    ("Gondor has allocated 12 million euros to earthquake survivors in Rohan.", "earthquake survivors"),
    ("Gondor gave 15 million crowns to Arnor for children in Rohan.", "children"),
    ("Gondor donated 12 generators to hospitals in Rohan.", "hospitals"),
])
def test_recipient_of_aid_is_the_people_it_is_for(base_nlp, coder, text, people):
    aid = _aid(base_nlp, coder, text)
    assert ids(aid.actor) == ["GON"]
    assert [a.text for a in aid.recipient] == [people]


def test_currency_is_never_the_recipient(base_nlp, coder):
    aid = _aid(base_nlp, coder, "Gondor will provide GBP 30 million in humanitarian aid to Rohan.")
    assert ids(aid.recipient) == ["ROH"]
    assert aid.status == "predicted"


@pytest.mark.parametrize("text", [
    "Gondor gave 5 million euros to Rohan.",
    "Gondor announced $75 million in new assistance for the people of Rohan.",
])
def test_a_named_party_stays_the_recipient(base_nlp, coder, text):
    assert ids(_aid(base_nlp, coder, text).recipient) == ["ROH"]


@pytest.mark.parametrize("text, recipient", [
    ("Gondor announced an additional $45 million for displaced families in Rohan.", "displaced families"),
    ("Gondor has committed an extra 10 million euros to Rohan.", "ROH"),
    ("Gondor will contribute 5 million euros to a new fund for women in Rohan.", "women"),
])
def test_money_announced_for_someone_is_aid(base_nlp, coder, text, recipient):
    aid = _aid(base_nlp, coder, text)
    assert ids(aid.actor) == ["GON"]
    assert [a.actor_id if a.actor_id and ":" not in a.actor_id else a.text for a in aid.recipient] == [recipient]


@pytest.mark.parametrize("text", [
    "Gondor announced $2 billion in profits.",
    "Gondor announced a budget of $2 billion.",
])
def test_money_announced_for_no_one_is_no_aid(base_nlp, coder, text):
    found = code(base_nlp, coder, text)
    assert not [e for e in found if e.event_type == "AID"], kinds(found)


def test_aid_doubled_is_aid(base_nlp, coder):
    aid = _aid(base_nlp, coder, "Gondor will double its aid to Rohan next year.")
    assert ids(aid.recipient) == ["ROH"]
    assert aid.status == "predicted"


def test_relief_distributed_is_aid(base_nlp, coder):
    aid = _aid(base_nlp, coder, "Gondor distributed blankets to displaced families in Rohan.")
    assert [a.text for a in aid.recipient] == ["displaced families"]


@pytest.mark.parametrize("text", [
    "Gondor signed a loan guarantee agreement with Rohan.",
    "Gondor and Rohan signed a financing agreement worth 100 million euros.",
])
def test_signed_aid_agreement_is_an_agreement(base_nlp, coder, text):
    found = code(base_nlp, coder, text)
    only(found, "AGREE")
    assert not [e for e in found if e.event_type == "SUPPORT"], kinds(found)


def test_pledge_of_aid_names_the_people_it_is_for(base_nlp, coder):
    found = code(base_nlp, coder, "Gondor pledged to provide 2 million pounds to victims of the floods in Rohan.")
    pledge = only(found, "AGREE")
    assert [a.text for a in pledge.recipient] == ["victims"]


def test_aid_through_an_agency_helps_the_party_it_is_for(base_nlp, coder):
    doc = parse(base_nlp, "Gondor gave 15 million crowns to the World Food Programme for Rohan.")
    agency = Span(doc, 7, 10, label="organisation", kb_id="IGO-WFP")
    doc.spans["mentions"] = sorted([*doc.spans["mentions"], agency], key=lambda s: s.start)
    aid = only(coder(doc), "AID")
    assert ids(aid.recipient) == ["ROH"]


def test_aid_to_a_country_for_its_own_programme_stays_with_the_country(base_nlp, coder):
    aid = _aid(base_nlp, coder, "Gondor gave 15 million crowns to Arnor for Rohan.")
    assert ids(aid.recipient) == ["ARN"]


def test_trainers_sent_to_help_a_force_are_military_aid(base_nlp, coder):
    found = code(base_nlp, coder, "Gondor is deploying 50 military trainers to help the army of Rohan.")
    aid = only(found, "AID")
    assert aid.cameo == "072"
    assert not [e for e in found if e.event_type == "MOBILIZE"], kinds(found)


def test_armoured_vehicles_received_are_military_aid(base_nlp, coder):
    aid = _aid(base_nlp, coder, "Rohan received 200 armoured vehicles from Gondor.")
    assert ids(aid.actor) == ["GON"]
    assert ids(aid.recipient) == ["ROH"]


def test_money_in_support_for_a_party_is_aid_to_it(base_nlp, coder):
    aid = _aid(base_nlp, coder, "Gondor announced $50 million in support for Rohan's energy grid.")
    assert ids(aid.actor) == ["GON"]
    assert ids(aid.recipient) == ["ROH"]


def test_support_announced_without_money_is_no_aid(base_nlp, coder):
    found = code(base_nlp, coder, "Gondor announced its support for the peace plan.")
    assert not [e for e in found if e.event_type == "AID"], kinds(found)


def test_signed_loan_with_no_agreement_named_stays_aid(base_nlp, coder):
    found = code(base_nlp, coder, "Gondor signed a $200 million loan with Rohan.")
    assert ids(only(found, "AID").recipient) == ["ROH"]


@pytest.mark.parametrize("text", [
    "Gondor approved $3 billion for road building.",
    "Gondor committed $2 billion to share buybacks.",
])
def test_money_for_a_thing_is_no_aid(base_nlp, coder, text):
    found = code(base_nlp, coder, text)
    assert not [e for e in found if e.event_type == "AID"], kinds(found)


def test_armoured_vehicles_sent_are_no_aid(base_nlp, coder):
    found = code(base_nlp, coder, "Gondor sent armoured vehicles to the border with Rohan.")
    assert not [e for e in found if e.event_type == "AID"], kinds(found)


def test_support_boosted_is_no_aid(base_nlp, coder):
    found = code(base_nlp, coder, "The scandal boosted support for Gondor.")
    assert not [e for e in found if e.event_type == "AID"], kinds(found)
