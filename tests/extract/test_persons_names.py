"""Person names in news, encyclopedia and foreign-ministry English (extract/personnames.py, on invented text): names
listed or cut by the model, a holder's name after a portfolio, nicknames, places and bodies named after a person,
a group's name before its fighters, and a role alone or a country inside a role in the names-only entity scoring."""

from __future__ import annotations

import pytest

from ._fictional import kind_at as kind
from ._fictional import mention_at
from ._fictional import run as _run


@pytest.fixture(scope="module")
def nlp(names_nlp):
    """The names-and-places pipeline (tests/extract/conftest.py) under this module's name for it."""
    return names_nlp


def run(nlp, text: str):
    return _run(nlp, text, "2026-03-02")


def typed(doc) -> dict[str, str]:
    """``{text: re3d type}`` of the names-only predictions the entity scores read."""
    from annalyst.evaluate.re3d import is_name, predictions

    return {doc.text[b:e]: t for b, e, t in predictions(doc) if is_name(doc.text[b:e], t)}


# ------------------------------------------------------------------------------------------------- lists and cuts

def test_two_names_listed_with_a_comma_in_one_entity_are_two_persons(nlp):
    doc = run(nlp, "Juba - South Sudan's President Salva Kiir sacked his deputy Riek Machar's ally, Oil Minister Puot "
                   "Kang Chol, on Monday. Kiir gave no reason. A spokesman for Machar, Pal Mai Deng, said the decree "
                   "violated the peace deal signed in Addis Ababa.")
    assert kind(doc, "Machar", 1) == "person"
    assert kind(doc, "Pal Mai Deng") == "person"


def test_a_name_cut_into_one_word_places_and_listed_with_a_person_is_a_person(nlp):
    doc = run(nlp, "Mbaruku was jailed in 1953 with Bildad Kaggia and Paul Ngei.")
    assert kind(doc, "Bildad Kaggia") == "person"
    assert mention_at(doc, "Bildad Kaggia").text == "Bildad Kaggia"


def test_a_name_cut_short_before_untagged_name_words_is_one_person(nlp):
    doc = run(nlp, "Min Aung Hlaing said jailed leader Aung San Suu Kyi was in good health.")
    assert mention_at(doc, "Suu Kyi") is not None and mention_at(doc, "Suu Kyi").text == "Aung San Suu Kyi"


def test_two_touching_person_entities_are_one_name(nlp):
    doc = run(nlp, "Mogadishu - Somali President Hassan Sheikh Mohamud sacked police chief Gen. Abdi Hassan Hijar on "
                   "Sunday. Hassan Sheikh named Asad Osman Abdullahi as the new commander.")
    assert mention_at(doc, "Mohamud").text == "Hassan Sheikh Mohamud"


def test_abbreviated_excellency_opens_a_person_name(nlp):
    doc = run(nlp, "H.E. Khalifa Shaheen Almarar and H.E. Lana Nusseibeh also attended the meeting.")
    assert kind(doc, "Khalifa Shaheen Almarar") == "person"
    assert kind(doc, "Lana Nusseibeh") == "person"


def test_a_holders_name_after_a_long_portfolio_is_a_person(nlp):
    doc = run(nlp, "The ambassador met Minister of International Relations and Cooperation Ronald Lamola in Pretoria.")
    assert kind(doc, "Ronald Lamola") == "person"
    assert mention_at(doc, "Ronald Lamola").text == "Ronald Lamola"


# ------------------------------------------------------------------------------------------------------ nicknames

def test_a_quoted_nickname_after_a_persons_name_is_that_person(nlp):
    doc = run(nlp, 'Ahmad Shah Kohistani (1951–2003), called the "Lion of Tagab", was an Afghan commander.')
    assert kind(doc, "Lion of Tagab") == "person"


def test_a_name_known_as_after_a_person_is_a_person(nlp):
    doc = run(nlp, "Muhammad Karim Sahibzada (1880–1951), known as Quaid-e-Millat, founded the party.")
    assert typed(doc).get("Quaid-e-Millat") == "Person"


def test_a_group_known_as_and_a_country_called_stay_what_they_are(nlp):
    doc = run(nlp, "Barzani led the group known as Daesh in Iraq. Rahimov called Tajikistan a friend.")
    assert kind(doc, "Daesh") != "person"
    assert kind(doc, "Tajikistan") == "country"


# ------------------------------------------------------------------------------------------- named after a person

def test_an_airport_named_after_a_person_is_no_person(nlp):
    doc = run(nlp, "Benazir Bhutto was killed in Rawalpindi. Benazir Bhutto International Airport was named after her.")
    assert kind(doc, "Benazir Bhutto", 1) != "person"
    assert typed(doc).get("Benazir Bhutto International Airport") == "Organisation"


def test_a_hospital_named_after_an_earlier_person_is_an_organisation(nlp):
    doc = run(nlp, "Muhammad Ali Jinnah was the founder of Pakistan. Jinnah Hospital and Jinnah International Airport "
                   "bear his name.")
    assert kind(doc, "Jinnah Hospital") != "person"
    assert typed(doc).get("Jinnah International Airport") == "Organisation"


def test_a_groups_name_before_its_fighters_is_no_person(nlp):
    doc = run(nlp, "The governor said that Boko Haram fighters had killed 12 farmers near Dikwa.")
    assert kind(doc, "Boko Haram") != "person"


def test_a_persons_name_before_his_loyalists_stays_a_person_when_named_elsewhere(nlp):
    doc = run(nlp, "Commander Tamba Kollie Sesay fled. Sesay loyalists seized the town of Kenema.")
    assert kind(doc, "Tamba Kollie Sesay") == "person"


# --------------------------------------------------------------------------------------------- names-only scoring

def test_a_role_alone_is_no_named_person():
    from annalyst.evaluate.re3d import is_name

    for role in ("the Foreign Secretary", "president of Ghana", "Nigeria's President", "the Emir of Qatar",
                 "Crown Prince", "the Minister of Foreign Affairs of the Kingdom of Saudi Arabia"):
        assert not is_name(role, "Person"), role
    for name in ("President Obama", "Prime Minister Abadi", "King Abdullah", "Sheikh Tamim", "Ghana"):
        assert is_name(name, "Person"), name
    assert is_name("the Foreign Secretary", "Organisation")


def test_the_country_inside_a_role_is_scored_as_its_own_entity(nlp):
    doc = run(nlp, "Kofi Asante Mensah was president of Ghana from 2001 to 2009.")
    assert typed(doc).get("Ghana") == "Location"


# ------------------------------------------------------------------------------------ datelines and biographies

def test_the_datelines_town_is_a_place_and_ends_an_entity_run_across_the_dash(nlp):
    doc = run(nlp, "Harare - Zimbabwean President Emmerson Mnangagwa sacked his deputy on Tuesday.")
    assert typed(doc).get("Harare") == "Location"
    assert typed(doc).get("Zimbabwean") == "Nationality"


def test_a_person_cut_short_before_his_surname_is_chained_later(nlp):
    doc = run(nlp, "Harare - Zimbabwean President Emmerson Mnangagwa sacked his deputy Constantino Chiwenga on "
                   "Tuesday. Chiwenga had led the 2017 coup. Mnangagwa, Chiwenga and Grace Mugabe attended the funeral.")
    assert mention_at(doc, "Constantino").text == "Constantino Chiwenga"
    assert kind(doc, "Chiwenga", 1) == "person"
    assert kind(doc, "Chiwenga", 2) == "person"


def test_a_quoted_nickname_opening_with_the_is_the_person(nlp):
    doc = run(nlp, 'Zimbabwean President Emmerson Mnangagwa, nicknamed "the Crocodile", sacked his deputy.')
    assert typed(doc).get("Crocodile") == "Person"


def test_a_name_after_a_kin_noun_and_of_is_a_person(nlp):
    doc = run(nlp, "Aung San (1915–1947) was a Burmese politician and the father of Aung San Suu Kyi. He founded the "
                   "Communist Party of Burma.")
    assert typed(doc).get("Aung San Suu Kyi") == "Person"
