"""Sentences of releases, fact sheets and backgrounders that tell no act, beside the close sentences that do: the
title of a linked release, force used in an exercise, a standing state or a programme's work, a law's provision, a
way to an end, a line of a biography, acts told over decades. Invented sentences with real names; the full English
pipeline (docs/annotation.md, "What is an event")."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-03-18"


def _types(nlp, text: str) -> list[str]:
    return sorted(e.event_type for e in events(nlp, text, DAY))


@pytest.mark.parametrize("text, expected", [
    ("Read more: Minister visits troops in Estonia", []),
    ("More news: Foreign Secretary meets Gulf counterparts", []),
    ("Related: UK announces new sanctions on Russian oligarchs", []),
    ("The Defence Secretary visited British troops in Estonia on Monday.", ["CONSULT"]),
    ("The UK announced new sanctions on Russian oligarchs on Monday.", ["SANCTION"]),
])
def test_quiet2_title_after_a_link_label_is_no_act(nlp, text, expected):
    """A line opened by "Read more:", "Related:" or "More news:" is the title of another release, linked from this
    one: its act is told there, not here. The same words as the text's own sentence stay events."""
    assert _types(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Marines fired artillery rounds during a live-fire exercise at Camp Lejeune on Tuesday.", []),
    ("Soldiers from 1st Battalion attack a mock village during a training exercise at Fort Irwin.", []),
    ("Russian jets struck Ukrainian positions during a military exercise near the border.", ["ASSAULT"]),
])
def test_quiet2_force_in_an_exercise_is_no_attack(nlp, text, expected):
    """Fire in a live-fire exercise or an assault on a mock village rehearses force on no party: no ASSAULT. A strike
    on a party's positions during an exercise is an attack all the same."""
    assert _types(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hamas controls the Gaza Strip.", []),
    ("The mission supports the Somali government in building its security institutions.", []),
    ("The Taliban seized Kabul on Sunday.", ["COERCE"]),
    ("The EU mission delivered medical supplies to the hospital in Kidal on Monday.", ["AID"]),
])
def test_quiet2_standing_state_or_programme_work_is_no_act(nlp, text, expected):
    """The present simple of holding a place ("controls") is a state, and a mission's present-simple help with no date
    is the description of its standing work, as a fact sheet gives it; a seizure and a dated delivery are acts."""
    assert _types(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The Geneva Conventions protect prisoners of war.",
    "Dialogue, not violence, is the way to resolve disputes.",
])
def test_quiet2_provision_or_principle_is_no_act(nlp, text):
    """What a treaty provides ("the Geneva Conventions protect prisoners of war") and the infinitive of a way or means
    ("the way to resolve disputes") state a rule or a principle: no party acts."""
    assert _types(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Ambassador Carter joined the Foreign Service in 1998 and has served in Baghdad, Kabul and Islamabad.", []),
    ("Sweden joined NATO on 7 March 2024.", ["COOPERATE"]),
])
def test_quiet2_person_joining_a_service_is_a_biography(nlp, text, expected):
    """A person joining a service, ministry or firm is a line of a career, no cooperation; a country joining an
    alliance is."""
    assert _types(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In Darfur, militias have burned villages and killed civilians for two decades.", []),
    ("Militias burned three villages in Darfur on Monday.", ["ASSAULT"]),
])
def test_quiet2_acts_told_over_decades_are_history(nlp, text, expected):
    """An active present perfect over counted decades, the period closing a coordination of verbs, tells the
    background of a conflict, no act the release reports; a dated act stays one."""
    assert _types(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Wagner Group is a Russian private military company that has deployed fighters to Libya, Syria and Mali.",
     []),
    ("Al-Shabaab, an al-Qaeda affiliate that has carried out attacks in Kenya and Uganda, controls large parts of "
     "rural Somalia.", []),
    ("Hezbollah, a group that has fired rockets at Israel this week, said it would continue.", ["ASSAULT"]),
])
def test_quiet2_record_in_a_party_description_is_background(nlp, text, expected):
    """An undated present perfect in a relative clause on the noun that says who a party is ("a company that has
    deployed fighters to Libya") is the party's record, told to introduce it; the same clause dated this week tells
    the act."""
    assert _types(nlp, text) == expected
