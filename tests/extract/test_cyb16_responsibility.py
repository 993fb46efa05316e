"""An act named by a noun whose doer blame or responsibility names (sixteenth pass, news of hacks, killings and
plots blamed on states): the act is coded, done by the party blamed, ``alleged`` by the blamer; a party said or
believed to be behind it is charged with it; a party that ordered an attack did it (``extract/responsibility``).
Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds, only

pytestmark = pytest.mark.slow


def names(values):
    return [v.name for v in values]


@pytest.mark.parametrize("text, event_type, doer, source", [
    ("Norway blamed Russian military hackers for the cyberattack on its parliament.", "COERCE", "Russia", "Norway"),
    ("The Dutch government blamed Moscow for the hack of the chemical weapons watchdog.", "COERCE", "Moscow",
     "Netherlands"),
    ("Washington accused Pyongyang of the hacking of a Japanese bank.", "COERCE", "Pyongyang", "United States"),
    ("Denmark held Iran responsible for the killing of an exiled activist in Copenhagen.", "ASSAULT", "Iran",
     "Denmark"),
])
def test_cyb16_blamed_party_does_the_act_the_noun_names(nlp, text, event_type, doer, source):
    act = only(events(nlp, text), event_type)
    assert doer in names(act.actor)[0] and act.status == "alleged" and act.attributed_to == source


def test_cyb16_act_blamed_on_a_party(nlp):
    act = only(events(nlp, "The bombing of the border post was blamed on Kurdish militants."), "ASSAULT")
    assert names(act.actor) == ["Kurdish militants"] and act.status == "alleged"
    found = events(nlp, "Poland blamed the poisoning of the defector on Belarus.")
    act, charge = only(found, "ASSAULT"), only(found, "ACCUSE")
    assert names(act.actor) == ["Belarus"] and act.attributed_to == "Poland"
    assert names(charge.recipient) == ["Belarus"]  # the accusation is aimed at the party blamed


@pytest.mark.parametrize("text, doer", [
    ("Finnish officials said Russian intelligence was likely behind a hack of the foreign ministry.", "Russia"),
    ("Hackers working for Beijing are believed to be behind the hacking of the defence ministry's servers.",
     "Hackers"),
    ("The hack of the electoral commission was widely thought to be the work of Iranian hackers.", "Iran"),
])
def test_cyb16_party_said_or_believed_to_be_behind_a_hack_is_charged(nlp, text, doer):
    act = only(events(nlp, text), "COERCE")
    assert act.mode == "cyber" and names(act.actor) == [doer] and act.status == "alleged"


def test_cyb16_denial_in_the_next_sentence_answers_the_charge(nlp):
    found = events(nlp, "Polish officials said Belarus was behind the hack of the ministry. Minsk denied any "
                        "involvement in the hack.")
    act = only(found, "COERCE")
    assert act.status == "alleged" and act.denied_by == ["Belarus"]
    assert not [e for e in found if e.event_type == "REJECT"], kinds(found)


def test_cyb16_attack_ordered_by_a_party_is_its_attack(nlp):
    found = events(nlp, "A Swedish court ruled that Tehran had ordered the murder of a dissident in Stockholm.")
    act = only(found, "ASSAULT")
    assert names(act.actor) == ["Iran"] and not [e for e in found if e.event_type == "REQUEST"], kinds(found)


@pytest.mark.parametrize("text", [
    "Economists blamed the drought for the high prices.",
    "The delays were blamed on a shortage of staff.",
    "Poland blamed the attack on the embassy.",  # no one blamed: the attack's target is no doer
    "He has long been seen as a party hack.",
    "Dozens of guests fell ill with food poisoning in Kraków.",
    "Hackers gathered in Berlin for a hacking conference.",
])
def test_cyb16_no_doer_named_no_act_of_a_party(nlp, text):
    found = events(nlp, text)
    assert not [e for e in found if e.event_type in ("COERCE", "ASSAULT") and e.actor], kinds(found)
