"""Parties a sanctions measure lists by their country's word (nineteenth pass, invented sentences): people counted
by a demonym ("five Eritreans") and one person or firm named by a country adjective are named as written, by the
country's code (docs/annotation.md: the recipient is the party designated or listed, not its country); the list a
party is put on is never the party."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only


@pytest.mark.parametrize("text, name, code", [
    ("The Treasury designated five Eritreans accused of trafficking arms.", "five Eritreans", "ERI"),
    ("Ottawa sanctioned three North Koreans over a string of cyber thefts.", "three North Koreans", "PRK"),
    ("Washington sanctioned a Venezuelan businessman for paying bribes.", "Venezuelan businessman", "VEN"),
])
def test_people_listed_by_a_country_word_are_named_as_written(nlp, text, name, code):
    measure = only(events(nlp, text), "SANCTION")
    assert [(r.name, r.actor_id) for r in measure.recipient] == [(name, code)]


def test_the_list_a_party_is_put_on_is_no_party(nlp):
    measure = only(events(nlp, "The ministry placed two Iranian shipping firms on its sanctions list."), "SANCTION")
    assert [r.name for r in measure.recipient] == ["two Iranian shipping firms"]


@pytest.mark.parametrize("text, name", [
    ("The United States sanctioned Iran over its missile programme.", "Iran"),
    ("Canada expelled a Russian diplomat on Tuesday.", "Russia"),
])
def test_negative_a_state_or_its_organ_stays_the_state(nlp, text, name):
    measure = only(events(nlp, text), "SANCTION")
    assert [r.name for r in measure.recipient] == [name]


def test_negative_a_count_of_people_attacked_keeps_its_code(nlp):
    attack = only(events(nlp, "Gunmen killed four Kenyans near the border town."), "ASSAULT")
    assert ids(attack.recipient) == ["KEN"]


def test_a_list_of_nationals_keeps_every_party(nlp):
    measure = only(events(nlp, "The Treasury designated a Bahraini financier, an Omani trader and a Qatari charity."),
                   "SANCTION")
    assert ids(measure.recipient) == ["BHR", "OMN", "QAT"]


def test_negative_an_apposition_stays_one_party(nlp):
    measure = only(events(nlp, "Britain sanctioned Gordon Vale, a Belarusian banker, over the crackdown."), "SANCTION")
    assert len(measure.recipient) == 1


def test_negative_a_count_of_a_states_troops_stays_the_state(nlp):
    attack = only(events(nlp, "Suspected jihadists killed four Nigerien troops early on Monday."), "ASSAULT")
    assert [r.name for r in attack.recipient] == ["Niger"]
