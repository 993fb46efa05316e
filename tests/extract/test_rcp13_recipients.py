"""Recipients of diplomatic acts as news reports and official releases tell them: the partner of talks named only by
the meeting the clause is set in, the partner of an agreement against a place the parser hung on the verb, and a
name deep inside what an agreement is about. Invented sentences with real country names; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def _texts(side) -> list[str]:
    return [a.text for a in side]


@pytest.mark.parametrize(("text", "partner"), [
    ("In talks with his Kenyan counterpart, the Ethiopian foreign minister discussed border security.",
     "Kenyan"),
    ("The Turkish minister will discuss regional issues in talks with his Iraqi counterpart.", "Iraqi"),
    ("During a meeting with President Ruto, the British envoy reviewed the trade agreement.", "Ruto"),
    ("Over dinner with the Greek prime minister, the Cypriot president discussed the maritime dispute.",
     "Greek"),
])
def test_rcp13_talk_partner_named_by_the_meeting_of_the_clause(nlp, text, partner):
    """A verb of talk whose object is its topic ("discussed border security") names its partner only in the
    meeting the clause is set in ("in talks with X", "during a meeting with X", "over dinner with X"): the talk is
    with X, as "discussed it with X" is."""
    talk = only(events(nlp, text, DAY), "CONSULT")
    assert any(partner in r for r in _texts(talk.recipient)), _texts(talk.recipient)


@pytest.mark.parametrize("text", [
    "In a statement with no date, the Ethiopian foreign minister discussed border security.",
    "In the war with Eritrea, the Ethiopian government discussed new taxes.",
])
def test_rcp13_a_phrase_that_is_no_meeting_names_no_partner(nlp, text):
    """A "with" phrase of a noun that is no meeting (a statement, a war) sets no talk: the talk has no partner."""
    for event in events(nlp, text, DAY):
        if event.event_type == "CONSULT":
            assert not [r for r in _texts(event.recipient) if "Eritrea" in r or "date" in r]


@pytest.mark.parametrize(("text", "partner", "not_recipient"), [
    ("Serbia signed an accord with Hungary on rail links to Greece.", "Hungary", "Greece"),
    ("Kenya signed a defence pact with Somalia on patrols near the border with Ethiopia.", "Somalia", "Ethiopia"),
])
def test_rcp13_agreement_is_directed_at_its_with_partner(nlp, text, partner, not_recipient):
    """An agreement signed "with X" is directed at X, its partner, also when the parser hangs a place phrase of the
    topic ("rail links to Greece") on the verb, where it would come first."""
    deal = only(events(nlp, text, DAY), "AGREE")
    texts = _texts(deal.recipient)
    assert any(partner in r for r in texts) and not any(not_recipient in r for r in texts), texts


def test_rcp13_a_name_deep_in_what_is_agreed_is_no_side(nlp):
    """A name inside what an agreement is about, however deep ("an agreement on visas issued for entry to Russia"),
    is the topic, not a side the agreement is directed at."""
    deal = only(events(nlp, "Kazakhstan and Uzbekistan will sign an agreement on the recognition of visas issued "
                            "to students for entry to Russia.", DAY), "AGREE")
    assert not [r for r in _texts(deal.recipient) if "Russia" in r]


def test_rcp13_a_measure_agreed_on_keeps_its_party(nlp):
    """Agreeing to lift a measure "on sales to X" is directed at X: the topic rule is for talks and signed texts
    only, not the phrase of a measure an infinitive names."""
    act = only(events(nlp, "The Congress agreed to lift embargoes on medicine sales to Iran.", DAY), "AGREE")
    assert any("Iran" in r for r in _texts(act.recipient)), _texts(act.recipient)


@pytest.mark.parametrize(("text", "met"), [
    ("Putin met the visiting Indian delegation at the Kremlin.", "Indian"),
    ("Putin met the prime minister at the Kremlin on Monday.", "prime minister"),
    ("Prime Minister Modi received the visiting delegation at his residence.", "delegation"),
])
def test_rcp13_people_met_before_the_site_of_the_meeting(nlp, text, met):
    """The people a meeting is with, named by their office or as a delegation, are whom it is directed at; the "at"
    phrase only tells where they were met (a place is a recipient only when it is the target itself)."""
    talk = only(events(nlp, text, DAY), "CONSULT")
    texts = _texts(talk.recipient)
    assert any(met in r for r in texts) and not any("Kremlin" in r or "residence" in r for r in texts), texts


@pytest.mark.parametrize("text", [
    "The Egyptian president received the US secretary of state in Cairo on Sunday.",
    "Sultan Haitham received his Qatari counterpart at Al Alam Palace.",
])
def test_rcp13_receiving_a_visiting_office_holder_is_a_visit(nlp, text):
    """Receiving a secretary of state, a counterpart, a king or an emir is hosting a visit (CAMEO 043), as
    receiving an envoy or a minister is."""
    assert only(events(nlp, text, DAY), "CONSULT").recipient


@pytest.mark.parametrize("text", [
    "The court received the appeal at its registry on Monday.",
    "Ukraine received the missiles at an airbase in Poland.",
])
def test_rcp13_things_received_at_a_place_stay_no_visit(nlp, text):
    """A thing received at a place is no meeting: the rule that puts people met before the site does not make a
    visit of it."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "The UN sanctioned Ruto, accused of arming the militia.",
    "Hillary Clinton warned North Korea, accused of sinking a South Korean warship, that provocations have "
    "consequences.",
    "The US sanctioned General Dagalo, blamed for the massacre, on Friday.",
])
def test_rcp13_participle_set_off_after_the_object_describes_it(nlp, text):
    """A participle set off by a comma after the object ("sanctioned X, accused of arming the militia") describes
    the object, as a reduced relative clause does; the subject of the verb did not accuse or blame anyone."""
    found = events(nlp, text, DAY)
    assert not [e for e in found if e.event_type == "ACCUSE" and e.actor]
    main = [e for e in found if e.event_type in ("SANCTION", "THREATEN")]
    assert main and main[0].recipient


def test_rcp13_accusing_in_the_verb_keeps_its_accuser(nlp):
    """An accusation told by the verb itself keeps its accuser and the accused."""
    act = only(events(nlp, "The UN accused Ruto of arming the militia.", DAY), "ACCUSE")
    assert _texts(act.actor) and any("Ruto" in r for r in _texts(act.recipient))


@pytest.mark.parametrize("text", [
    "The foreign ministry stressed upon India to respect the ceasefire.",
    "Pakistan impressed upon India to halt the firing along the border.",
])
def test_rcp13_stressing_upon_a_party_to_act_is_an_appeal(nlp, text):
    """"stressed upon X to do Y", "impressed upon X to do Y" (as South Asian releases write) ask X to act: an
    appeal directed at X, not the act Y asks for."""
    appeal = only(events(nlp, text, DAY), "REQUEST")
    assert any("India" in r for r in _texts(appeal.recipient))


def test_rcp13_stressing_a_need_is_no_appeal(nlp):
    """Stressing upon a need with no party asked to act is no appeal."""
    assert not [e for e in events(nlp, "The minister stressed upon the need for dialogue.", DAY)
                if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Xi paid a visit to the Spanish-style resort of the president in Florida.",
    "Erdogan made a two-day visit to the French-built presidential complex in Dakar.",
])
def test_rcp13_a_nationality_of_style_or_make_is_no_party(nlp, text):
    """A nationality hyphened to a word of style or make ("a Spanish-style resort", "a French-built palace") tells
    how a thing is made, not a party the act is directed at."""
    for event in events(nlp, text, DAY):
        assert not [r for r in _texts(event.recipient) if r in ("Spanish", "French")]


def test_rcp13_a_nationality_of_a_body_stays_its_party(nlp):
    """A nationality that names whose a body is ("the French embassy") still names the party visited."""
    visit = only(events(nlp, "Erdogan made a two-day visit to the French embassy in Dakar.", DAY), "CONSULT")
    assert any("French" in r for r in _texts(visit.recipient))


@pytest.mark.parametrize(("text", "target"), [
    ("The United States condemned Russia's attack on the Ukrainian port of Odesa.", "Odesa"),
    ("The ministry condemned Russia's attack on the city of Kharkiv on Sunday.", "Kharkiv"),
])
def test_rcp13_attack_noun_on_a_named_place_is_aimed_at_it(nlp, text, target):
    """An attack noun aimed "on" a place named by its "of" phrase ("the port of Odesa") is aimed at that place,
    the target itself, as "attacked the port of Odesa" is."""
    attack = only(events(nlp, text, DAY), "ASSAULT")
    assert any(target in r for r in _texts(attack.recipient)), _texts(attack.recipient)


def test_rcp13_a_place_near_the_target_is_no_target(nlp):
    """Strikes "on the outskirts of" a town fell near it: the town is not named as the target."""
    for event in events(nlp, "The ministry condemned Russia's strikes on the outskirts of Kharkiv.", DAY):
        if event.event_type == "ASSAULT":
            assert not [r for r in _texts(event.recipient) if "Kharkiv" in r]


@pytest.mark.parametrize(("text", "author"), [
    ("India rejected the remarks of Pakistan's foreign minister.", "foreign minister"),
    ("India rejected the remarks of Shehbaz Sharif on Kashmir.", "Sharif"),
    ("China dismissed the claims of the Philippine coast guard.", "Philippine"),
])
def test_rcp13_rejected_words_of_a_party_are_directed_at_it(nlp, text, author):
    """Rejecting "the remarks of X", "the claims of X" is directed at X, whoever made them, as "X's remarks" is."""
    act = only(events(nlp, text, DAY), "REJECT")
    assert any(author in r for r in _texts(act.recipient)), _texts(act.recipient)


def test_rcp13_what_claims_are_about_stays_no_recipient(nlp):
    """The "of" phrase of claims that tells what they are about ("the claims of Russian interference") names no
    party the rejection is directed at."""
    act = only(events(nlp, "Moldova rejected the claims of Russian interference in the elections.", DAY), "REJECT")
    assert not act.recipient
