"""Material help told by its goods or its receiver, and sanctions told by listing: the rarer types AID and SANCTION
in the words donor releases, defence ministries and sanctions notices use. Invented sentences with real country
names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"


def _texts(side) -> str:
    return " / ".join(a.text for a in side)


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("Japan delivered 40 armoured vehicles to the Ukrainian army on Tuesday.", "Japan", "Ukrainian"),
    ("Germany shipped 200,000 test kits to Namibia last week.", "Germany", "Namibia"),
    ("Turkey shipped generators and water pumps to Syria after the earthquake.", "Turkey", "Syria"),
    ("Canada committed 300 million dollars in assistance to Jordan.", "Canada", "Jordan"),
    ("Norway has committed more than $2 billion in security assistance to Ukraine since 2022.", "Norway", "Ukraine"),
])
def test_sct14_goods_handed_to_a_party_are_aid(nlp, text, giver, receiver):
    """A verb of transfer whose object is counted or plural goods, or an amount of help, and whose "to" phrase names
    a party is AID whatever the goods' noun (CAMEO 070): the giver is the subject, the party of "to" the recipient.
    Money "committed" to a party is money set aside and given, not a promise."""
    aid = only(events(nlp, text, DAY), "AID")
    assert giver in _texts(aid.actor) and receiver in _texts(aid.recipient)


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("Belgium shares 150,000 vaccine doses with Kenya through COVAX.", "Belgium", "Kenya"),
    ("Maize donated by Zambia to Malawi reached Lilongwe on Friday.", "Zambia", "Malawi"),
    ("Ecuador received 20 ambulances from South Korea.", "South Korea", "Ecuador"),
    ("Kenya received 3 million dollars in assistance from Japan.", "Japan", "Kenya"),
])
def test_sct14_goods_shared_donated_or_received_are_aid(nlp, text, giver, receiver):
    """Goods shared "with" a party, goods whose participle names the giver ("wheat donated by X to Y"), and goods a
    party received "from" a named giver are the same help told from another side: the giver is the actor, the party
    helped the recipient."""
    aid = only(events(nlp, text, DAY), "AID")
    assert giver in _texts(aid.actor) and receiver in _texts(aid.recipient)


@pytest.mark.parametrize("text", [
    "The president sent a message to the people of Ghana.",
    "The minister delivered a speech to the parliament of Kenya on Monday.",
    "Samsung shipped two million phones to Vodafone last quarter.",
    "Boeing supplied engines to the airline.",
    "She shared her views with reporters from Nigeria.",
    "The company received 300 complaints from China.",
    "We are grateful for the support provided by our partners, especially Jordan.",
    "These doses donated by Belgium were produced in India.",
])
def test_sct14_words_and_trade_carried_are_no_aid(nlp, text):
    """The same verbs carrying words, views or complaints ("delivered a speech", "sent a message") carry no goods,
    goods a firm ships to a customer are trade, "the support provided by X" praises help without handing goods,
    and "these doses donated by X" names the goods of a gift told before: no AID."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "AID"]


@pytest.mark.parametrize(("text", "listed"), [
    ("The EU listed 20 entities and 15 individuals on Friday.", "entities"),
    ("The Council is adding 12 individuals to the list.", "individuals"),
    ("Britain is also adding further individuals involved in the war.", "individuals"),
    ("The latest measures target two Belarusian banks.", "banks"),
])
def test_sct14_parties_listed_added_or_targeted_are_sanctioned(nlp, text, listed):
    """A party listed, individuals or entities added, or parties a sanctions measure targets are the recipient of a
    SANCTION (CAMEO 163; the guideline's sanctions notices: listings are SANCTION, the party listed the recipient),
    also when the measure, not its author, is the subject."""
    act = only(events(nlp, text, DAY), "SANCTION")
    assert listed in _texts(act.recipient)


@pytest.mark.parametrize("text", [
    "The company is listed on the London Stock Exchange.",
    "The hotel was listed as a heritage site in 2010.",
    "The minister listed three priorities for the summit.",
    "The club added two strikers to its squad.",
])
def test_sct14_other_senses_of_listing_are_no_sanction(nlp, text):
    """"listed" on an exchange or as a heritage site, a speaker listing priorities and a club adding players are
    the words in their other senses: no SANCTION."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "SANCTION"]


@pytest.mark.parametrize(("text", "aid_told"), [
    ("Ethiopia will receive a USD 5 million assistance.", True),
    ("Sudan will receive 3 million dollars in assistance.", True),
    ("The team received 3 million dollars in prize money.", False),
    ("The ministry received 40 million dollars from the budget.", False),
])
def test_sct14_help_received_with_no_giver_told(nlp, text, aid_told):
    """Help received ("will receive a $5 million assistance", the donor named in an earlier sentence) is AID to the
    receiver with no actor, as an attack undergone with no attacker told is; money of other kinds received from
    no one, or from a budget, is no aid."""
    found = [e for e in events(nlp, text, DAY) if e.event_type == "AID"]
    if aid_told:
        assert len(found) == 1 and not found[0].actor and found[0].recipient
    else:
        assert not found


@pytest.mark.parametrize(("text", "aid"), [
    ("Beijing sent dozens of warplanes to the Taiwan Air Defense Identification Zone on Tuesday.", False),
    ("Russia sent two bombers to the airspace near Alaska on Friday.", False),
    ("Iran sent four surveillance planes into the Iraqi airspace on Sunday.", False),
    ("Japan shipped 200 generators to the Gaza Strip on Sunday.", True),
    ("Germany sent 40 armoured vehicles to Ukraine on Monday.", True),
])
def test_sct14_craft_sent_to_a_zone_are_no_aid(nlp, text, aid):
    """Goods sent "to" or "into" a sea, an airspace or a zone go where a force goes (an incursion, a show of force),
    no party is helped: no AID, whatever party's name the zone carries. Goods sent to a country or a territory stay
    aid."""
    assert any(e.event_type == "AID" for e in events(nlp, text, DAY)) == aid


@pytest.mark.parametrize("text", [
    "The designations freeze any Kenyan assets of the two traders and bar Kenyans from dealing with them.",
    "The listings block any property of the four officers and bar residents from trading with them.",
])
def test_sct14_a_measure_that_freezes_or_bars_names_no_party_aimed_at(nlp, text):
    """A sanctions measure is the author of its aim only with a verb of aim ("the new sanctions target X"); with
    any other verb ("the designations freeze the assets of X and bar citizens from dealing with them") the parser's
    object is no party aimed at, and the people barred are no sanctioned party: no SANCTION on them."""
    for e in events(nlp, text, DAY):
        assert not (e.event_type == "SANCTION" and any(w in _texts(e.recipient) for w in ("Kenyans", "residents")))
