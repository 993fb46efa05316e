"""Reciprocal acts (talks, agreements, cooperation) told with a plural subject that names no party: "the
ministers", "they", "the two sides" after the parties were named, or a plural whose modifiers name them
("Egyptian and Sudanese military leaders"). Invented readout sentences with real names; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def _sides(event) -> set[str]:
    return {a.text for a in event.actor}


@pytest.mark.parametrize("text, event_type, sides", [
    ("Foreign Minister Penny Wong met Indonesian Foreign Minister Sugiono in Jakarta on Monday. Ms Wong praised "
     "Indonesia's role in the region. The ministers agreed to expand maritime cooperation.",
     "AGREE", {"Penny Wong", "Sugiono"}),
    ("Chancellor Karl Nehammer hosted Prime Minister Robert Fico in Vienna on Thursday. Fico thanked Austria for "
     "its support. Nehammer praised Slovakia's stance on energy. The leaders discussed gas supplies.",
     "CONSULT", {"Karl Nehammer", "Robert Fico"}),
])
def test_pl14_readout_subject_after_one_partys_act(nlp, text, event_type, sides):
    """A readout names the meeting's parties, tells what one of them did ("Ms Wong praised Indonesia's role"), then
    what they did together with "the ministers": the plural is still the meeting's two parties, since every act
    told in between is one of theirs. Each side once, no recipient."""
    last = text.rsplit(". ", 1)[-1]
    act = only([e for e in events(nlp, text, DAY) if e.evidence[0].sentence.startswith(last[:20])], event_type)
    assert _sides(act) == sides and not act.recipient


def test_pl14_readout_subject_after_another_partys_act_is_not_the_pair(nlp):
    """An act of a party outside the meeting told in between ("Protesters rallied outside") breaks the readout:
    "They" is no longer the two leaders."""
    found = events(nlp, "President Joe Biden met President Xi Jinping in California on Wednesday. Protesters "
                        "rallied outside the venue. They discussed tariffs with the police.", DAY)
    assert not [e for e in found if e.evidence[0].sentence.startswith("They") and len(e.actor) >= 2]


@pytest.mark.parametrize("text, sides", [
    ("Secretary of State Antony Blinken spoke with Foreign Minister Hakan Fidan on Tuesday, the State Department "
     "said. They discussed the situation in Gaza.", {"Antony Blinken", "Hakan Fidan"}),
    ("Prime Minister Narendra Modi held talks with President Cyril Ramaphosa in Delhi, the Press Trust of India "
     "reported. They exchanged views on the trade bloc.", {"Narendra Modi", "Cyril Ramaphosa"}),
])
def test_pl14_they_after_the_readouts_source_is_the_pair(nlp, text, sides):
    """"..., the State Department said. They discussed ...": the source a readout credits is one body named in the
    singular, never the "they" who talk; the plural stands for the two parties of the meeting just told."""
    found = [e for e in events(nlp, text, DAY) if e.evidence[0].sentence.startswith("They")]
    assert _sides(only(found, "CONSULT")) == sides


@pytest.mark.parametrize("text, event_type, countries", [
    ("Egyptian and Sudanese military leaders discussed joint patrols along the Nile.", "CONSULT", {"EGY", "SDN"}),
    ("The Moroccan and Mauritanian army chiefs agreed to hold joint exercises.", "AGREE", {"MAR", "MRT"}),
    ("Representatives of Serbia and Kosovo discussed vehicle licence plates in Brussels.", "CONSULT",
     {"SRB", "XKX"}),
])
def test_pl14_plural_subject_whose_modifiers_name_the_sides(nlp, text, event_type, countries):
    """A plural subject whose modifiers name both sides ("Egyptian and Sudanese military leaders", the second
    people's word parsed as a sibling modifier; "representatives of Serbia and Kosovo") is those two sides, each
    once, with no recipient."""
    act = only(events(nlp, text, DAY), event_type)
    assert {a.actor_id for a in act.actor} == countries and not act.recipient


@pytest.mark.parametrize("text", [
    "The ministers discussed peace and security in the region.",
    "They agreed on the need for further talks.",
    "The two sides agreed to coordinate closely on the issue.",
])
def test_pl14_plural_subject_with_no_sides_named_gets_no_parties(nlp, text):
    """A plural subject with no party named anywhere ("the ministers", "they", "the two sides" opening an
    article) names no one: no event with invented parties."""
    assert not [e for e in events(nlp, text, DAY) if e.actor]


def test_pl14_one_sides_ministers_are_that_side(nlp):
    """"The ministers of Japan discussed ..." are Japan's people: one actor, Japan, not a pair."""
    act = only(events(nlp, "The ministers of Japan discussed the budget for the coming year.", DAY), "CONSULT")
    assert [a.actor_id for a in act.actor] == ["JPN"]


def test_pl14_two_sides_never_stand_for_an_unresolved_plural_and_its_partner(nlp):
    """"The ministers agreed to work with the United States" (the ministers left unnamed): the United States is a
    partner of the act agreed on, not a side of the meeting, so a later "the two sides" does not become "the
    ministers and the United States"."""
    found = events(nlp, "The ministers agreed to work closely together with the United States. The two sides also "
                        "agreed to coordinate closely at the United Nations.", DAY)
    later = [e for e in found if e.evidence[0].sentence.startswith("The two sides")]
    assert not [e for e in later if "USA" in {a.actor_id for a in e.actor}]


@pytest.mark.parametrize("text, sides", [
    ("Speaker Alen Simonyan received a delegation of Iran led by Mehdi Farshadan. During the meeting, the parties "
     "also talked about regional stability.", {"Alen Simonyan", "Mehdi Farshadan"}),
    ("The Indian and Chinese ministers talked about the border on Monday.", {"Indian", "Chinese"}),
])
def test_pl14_parties_that_talked_consulted(nlp, text, sides):
    """"The parties talked about X": talk whose subject is two or more parties acting together is a consultation
    (CAMEO 040) between them, each side once, no recipient."""
    found = [e for e in events(nlp, text, DAY) if e.evidence[0].trigger == "talked"]
    assert _sides(only(found, "CONSULT")) == sides and not only(found, "CONSULT").recipient


@pytest.mark.parametrize("text", [
    "Prime Minister Narendra Modi talked about the economy at a rally in Delhi.",
    "Indian ministers talked about the economy at a rally.",
    "The ministers of Japan talked about the budget for the coming year.",
])
def test_pl14_one_party_talking_is_a_speech(nlp, text):
    """One party, or one side's people, talking about something give a speech: no consultation."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "CONSULT"]


@pytest.mark.parametrize("text, event_type, countries", [
    ("They discussed border security and defence cooperation between Pakistan and Iran.", "CONSULT", {"PAK", "IRN"}),
    ("The leaders agreed to strengthen ties between Kenya and Ethiopia.", "AGREE", {"KEN", "ETH"}),
])
def test_pl14_sides_of_the_relation_discussed(nlp, text, event_type, countries):
    """With no meeting told before it, talks or an agreement about the relation between two named sides ("defence
    cooperation between Pakistan and Iran", "ties between Kenya and Ethiopia") are those sides' own: they are the
    actors, each once, and no recipient."""
    act = only(events(nlp, text, DAY), event_type)
    assert {a.actor_id for a in act.actor} == countries and not act.recipient


@pytest.mark.parametrize("text", [
    "They agreed on the need to follow up a telephone conversation between Vladimir Putin and Donald Trump.",
    "The ministers discussed the conflict between Israel and Hamas.",
])
def test_pl14_other_pairs_between_are_not_the_talks_sides(nlp, text):
    """A conversation or a conflict between two parties is no relation of the talks' own sides: they stay
    unnamed."""
    assert not [e for e in events(nlp, text, DAY) if len(e.actor) >= 2]
