"""Aid, funding and training announcements as governments write them (issue 17, aid class; invented sentences,
fictional parties marked by hand): the recipient is the people the aid is for, not the host place of their phrase,
an agency it goes through or the currency the parser took for the object (``extract/beneficiaries``); an amount
announced, committed or contributed for or to someone is aid, and so is aid doubled or stepped up; a signed aid,
loan or financing agreement is an agreement (docs/annotation.md); relief goods distributed are aid."""

from __future__ import annotations

import pytest

from ._fictional import code, ids, kinds, only


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
