"""Aid, agreements, visits and support as government releases and news tell them: aid a government decided to
give, whom aid is for when only its purpose names them, agreements named as the basis of another act, visits
after a fronted invitation and support renewed. Invented sentences with real names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def _texts(side) -> list[str]:
    return [a.text for a in side]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The Government of Japan decided on Monday to extend a grant of 4 million dollars to Mozambique after the "
     "cyclone.", "Government of Japan", "Mozambique"),
    ("Norway has decided to grant NOK 50 million in humanitarian assistance to Sudan.", "Norway", "Sudan"),
    ("Australia decided to donate 500,000 vaccine doses to Fiji.", "Australia", "Fiji"),
])
def test_aid14_aid_decided_is_the_aid(nlp, text, actor, recipient):
    """A government that "decided to extend grant aid to X" has made the grant: the decision gives the aid (AID,
    asserted), as an announced grant does and as a decided sanction is the sanction (docs/annotation.md), not a
    statement of intent to give (AGREE)."""
    found = events(nlp, text, DAY)
    aid = only(found, "AID")
    assert aid.status == "asserted"
    assert _texts(aid.actor) == [actor] and _texts(aid.recipient) == [recipient]
    assert not [e for e in found if e.event_type == "AGREE"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Japan pledged to provide 5 million dollars to Somalia.", "AGREE"),  # a pledge stays intent (CAMEO 033)
    ("Seoul decided to impose sanctions on three North Korean banks.", "SANCTION"),
    ("Japan decided to recall its ambassador to Russia.", "SANCTION"),
])
def test_aid14_pledges_and_other_decisions_keep_their_type(nlp, text, kind):
    """A pledge of aid stays the statement of intent PLOVER codes it as (CAMEO 033, AGREE), and a decided measure
    of another type keeps that type: only the aid a decision gives becomes AID."""
    found = events(nlp, text, DAY)
    only(found, kind)
    assert not [e for e in found if e.event_type == "AID"]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Denmark announced a $90 million package to reinforce Ukraine's air defences.", "Denmark", "Ukraine"),
    ("The United States announced a $400 million package to arm Ukraine against Russian missile strikes.",
     "United States", "Ukraine"),
    ("Britain delivered 40 tonnes of equipment to boost the capabilities of the Moldovan armed forces.",
     "Britain", "Moldovan armed forces"),
    ("Today the US Embassy delivered military equipment worth $5 million to enhance the defensive capabilities "
     "of the Estonian Defence Forces.", "US Embassy", "Estonian Defence Forces"),
])
def test_aid14_aid_recipient_from_its_purpose(nlp, text, actor, recipient):
    """Aid whose "to" phrase names no party is for the party its purpose infinitive helps ("a package to arm X"),
    or whose capabilities, defences or efforts it builds up ("to enhance the capabilities of X", "to strengthen
    X's air defences"): the party helped is the recipient of AID (docs/annotation.md), not nobody."""
    aid = only(events(nlp, text, DAY), "AID")
    assert _texts(aid.actor) == [actor] and _texts(aid.recipient) == [recipient]


@pytest.mark.parametrize(("text", "recipient"), [
    ("The United States provided $20 million to help the economy recover.", []),  # a thing helped, no party
    ("Canada gave $5 million to UNICEF to help children in Gaza.", ["UNICEF"]),  # a party named on its own stands
])
def test_aid14_purpose_without_a_party_adds_none(nlp, text, recipient):
    """A purpose that helps a thing with no owner named adds no recipient, and a party the "to" phrase names
    stays the recipient."""
    aid = only(events(nlp, text, DAY), "AID")
    assert _texts(aid.recipient) == recipient


@pytest.mark.parametrize("text", [
    "The refugees returned under a repatriation agreement between Iran and Afghanistan.",
    "Exports resumed pursuant to the trade agreement between Kenya and Uganda.",
])
def test_aid14_agreement_named_as_basis_is_no_agreement(nlp, text):
    """An agreement another act is done under, in accordance with or based on is the accord in force, named as
    the basis of that act: no agreement is reached in the sentence (no AGREE)."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "AGREE"]


@pytest.mark.parametrize(("text", "parties"), [
    ("Ghana and Togo signed a border security agreement on Friday.", ["Ghana", "Togo"]),
    ("India and Japan reached an agreement on the bullet train project.", ["India", "Japan"]),
])
def test_aid14_agreement_reached_stays(nlp, text, parties):
    """An agreement signed or reached is the AGREE event of its parties."""
    agree = only(events(nlp, text, DAY), "AGREE")
    assert _texts(agree.actor) == parties


@pytest.mark.parametrize(("text", "visitor", "host"), [
    ("At the invitation of President Ruto, German Chancellor Olaf Scholz visited Nairobi on Monday.",
     "Olaf Scholz", "Nairobi"),
    ("On the invitation of Prime Minister Shehbaz Sharif, Russian Defence Minister Sergei Shoigu visited "
     "Islamabad.", "Sergei Shoigu", "Islamabad"),
])
def test_aid14_visit_after_a_fronted_invitation(nlp, text, visitor, host):
    """"At the invitation of X, Y visited Z": the parser reads Y as a second name for X and leaves the verb with
    no subject; Y, standing right before the verb after the comma, is the visitor (CONSULT visit), not lost."""
    visit = only(events(nlp, text, DAY), "CONSULT")
    assert visit.mode == "visit"
    assert _texts(visit.actor) == [visitor] and _texts(visit.recipient) == [host]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("We renew our support to Georgia's sovereignty.", "We", "Georgia"),
    ("Turkey renewed its support for the sovereignty of Azerbaijan.", "Turkey", "Azerbaijan"),
])
def test_aid14_renewed_support_is_support(nlp, text, actor, recipient):
    """Support renewed, like support reiterated or reaffirmed, is an explicit statement of support: the act of
    SUPPORT (docs/annotation.md)."""
    support = only(events(nlp, text, DAY), "SUPPORT")
    assert _texts(support.actor) == [actor] and _texts(support.recipient) == [recipient]


@pytest.mark.parametrize("text", [
    "The council renewed the mandate of the mission for a year.",
    "The invitation of the opposition leader to the palace angered the ruling party.",
])
def test_aid14_renewed_and_invited_in_no_such_act(nlp, text):
    """"renewed" with no support and an invitation with no visit after it tell no support or visit."""
    found = events(nlp, text, DAY)
    assert not [e for e in found if e.event_type in ("SUPPORT", "CONSULT")]


@pytest.mark.parametrize("text", [
    "Japan donated masks to support Laos.",
    "Japan gave blankets to support Laos.",
])
def test_aid14_purpose_of_a_gift_is_no_verbal_support(nlp, text):
    """"donated masks to support Laos": the infinitive says what the gift is for, also when the parser reads it as
    the giving verb's complement; the material help is the one event (AID), no statement of support (SUPPORT).
    Things given with such a purpose ("gave blankets to support X") are aid whatever the thing."""
    found = events(nlp, text, DAY)
    only(found, "AID")
    assert not [e for e in found if e.event_type == "SUPPORT"]


def test_aid14_support_said_stays_support(nlp):
    """Support said in words stays the act of SUPPORT."""
    found = events(nlp, "Japan reiterated its support for Laos.", DAY)
    assert _texts(only(found, "SUPPORT").recipient) == ["Laos"]


@pytest.mark.parametrize("text", [
    "Japan donated bed nets to support Laos in its fight against malaria.",
    "Vietnam gave Laos 5,000 test kits for its fight against the COVID-19 pandemic.",
])
def test_aid14_fight_against_a_disease_is_no_attack(nlp, text):
    """A fight against a disease or a pandemic is aimed at an ill, no party (docs/annotation.md: "in their fight
    against terrorism" is no event), also when the recogniser takes the disease's name for an organisation."""
    found = events(nlp, text, DAY)
    only(found, "AID")
    assert not [e for e in found if e.event_type == "ASSAULT"]


def test_aid14_fight_against_a_group_stays_an_attack(nlp):
    """A fight against a named armed group stays the use of force against it."""
    found = events(nlp, "Nigeria stepped up its fight against Boko Haram.", DAY)
    assert _texts(only(found, "ASSAULT").recipient) == ["Boko Haram"]


@pytest.mark.parametrize(("text", "parties"), [
    ("Six agreements were signed between Maldives and Pakistan during the official visit.", ["Maldives", "Pakistan"]),
    ("An agreement on trade was signed between Kenya and Uganda in Kampala.", ["Kenya", "Uganda"]),
])
def test_aid14_agreement_signed_between_parties_in_the_passive(nlp, text, parties):
    """"Agreements were signed between X and Y": the agentless passive names the signing parties in its "between"
    phrase; both are the actors of the AGREE (PLOVER lists the parties of an agreement among equals as actors),
    as "were signed by X and Y" has them."""
    agree = only(events(nlp, text, DAY), "AGREE")
    assert _texts(agree.actor) == parties and not agree.recipient


def test_aid14_between_in_a_passive_of_force_names_no_actor(nlp):
    """A "between" phrase of a passive act that is no joint act (a border drawn between two states) gives no
    party to an event."""
    found = events(nlp, "The border was drawn between Kenya and Uganda in 1926.", DAY)
    assert not [e for e in found if e.event_type in ("AGREE", "CONSULT", "COOPERATE")]
