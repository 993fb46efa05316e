"""Entity corrections read from the form of a name (extract/nameforms.py and the chaining of titled one-word names in
extract/entities.py), on invented encyclopedia, foreign-ministry and regional-news sentences: movement names joined by
linking particles, untagged names headed by an organisation word, names the model cut in two, honorifics opening a
name, and the negatives that must stay as they are."""

from __future__ import annotations

import pytest

from ._fictional import kind_at as kind
from ._fictional import mention_at, span_of
from ._fictional import place_at as place
from ._fictional import run as _run


@pytest.fixture(scope="module")
def nlp(names_nlp):
    """The names-and-places pipeline (tests/extract/conftest.py) under this module's name for it."""
    return names_nlp


def run(nlp, text: str):
    return _run(nlp, text, "2026-03-02")


# ----------------------------------------------------------------------------------- linked movement names

def test_untagged_movement_name_with_a_linking_particle_is_one_organisation(nlp):
    doc = run(nlp, "The Jamaat-ul-Furqan split from the movement in 2014 and moved its fighters to Kunar.")
    m = mention_at(doc, "Jamaat-ul-Furqan")
    assert m is not None and m.text == "Jamaat-ul-Furqan" and kind(doc, "Jamaat-ul-Furqan") not in (None, "person")


def test_movement_name_ending_in_a_country_is_the_movement_not_the_country(nlp):
    doc = run(nlp, "Jamaat-e-Islami Bangladesh joined the strike in Chittagong on Sunday.")
    m = mention_at(doc, "Jamaat-e-Islami Bangladesh")
    assert m is not None and "Jamaat" in m.text and "Bangladesh" in m.text
    assert kind(doc, "Jamaat-e-Islami Bangladesh") not in ("country", "person")


def test_linked_name_after_a_movement_word_is_one_organisation(nlp):
    doc = run(nlp, "Talks with the Tanzeem Ahl-e-Nazar had failed, the district officer said.")
    m = mention_at(doc, "Ahl-e-Nazar")
    assert m is not None and m.text == "Tanzeem Ahl-e-Nazar" and kind(doc, "Ahl-e-Nazar") not in (None, "person")


def test_linked_name_written_with_a_space_is_one_organisation(nlp):
    doc = run(nlp, "He joined the Jamiat-e Nijat in 1975 and fought in the valley.")
    m = mention_at(doc, "Jamiat-e Nijat")
    assert m is not None and m.text == "Jamiat-e Nijat"


def test_person_name_joined_by_a_linking_particle_stays_a_person(nlp):
    doc = run(nlp, "Maulana Fazl-ur-Rehman addressed the rally. General Zia-ul-Haq seized power in 1977.")
    assert kind(doc, "Fazl-ur-Rehman") == "person"
    assert kind(doc, "Zia-ul-Haq") == "person"


# --------------------------------------------------------------------------------------- organisation heads

def test_untagged_name_headed_by_movement_with_of_is_one_organisation(nlp):
    doc = run(nlp, "The Movement for the Salvation of Azawad was founded in 2016 by a former rebel commander.")
    m = mention_at(doc, "Movement for the Salvation of Azawad")
    assert m is not None and m.text.startswith("Movement") and m.text.endswith("Azawad")
    assert place(doc, "Azawad") is None


def test_self_defense_group_and_allies_is_one_organisation(nlp):
    doc = run(nlp, "The rebels fought alongside the Imghad Tuareg Self-Defense Group and Allies near the border.")
    m = mention_at(doc, "Self-Defense Group")
    assert m is not None and "Imghad" in m.text and "Allies" in m.text


def test_nationality_entity_ending_in_community_is_an_organisation(nlp):
    from annalyst.evaluate.re3d import predictions

    doc = run(nlp, "Dr. Tax thanked the East African Community secretariat for its support.")
    start, end = span_of(doc, "East African Community")
    assert (start, end, "Organisation") in predictions(doc)


def test_government_of_a_country_is_not_made_an_organisation_of_its_own(nlp):
    doc = run(nlp, "The Government of Pakistan and the Ministry of Defence rejected the report.")
    m = mention_at(doc, "Government of Pakistan")
    assert m is not None and (m.kb_id_ == "PAK" or doc._.actors[m.kb_id_].country == "PAK")


def test_title_of_a_party_named_after_a_country_leaves_the_party(nlp):
    doc = run(nlp, "Police arrested the secretary general of the Bangladesh Nationalist Party after the clashes.")
    m = mention_at(doc, "Bangladesh Nationalist Party")
    assert m is not None and "Party" in m.text and kind(doc, "Bangladesh Nationalist Party") != "country"


# ------------------------------------------------------------------------------------------------ persons

def test_name_cut_into_two_touching_entities_is_one_person_and_chains(nlp):
    doc = run(nlp, "Police arrested Mirza Fakhrul Islam Alamgir after clashes in Motijheel on Saturday. Fakhrul was "
                   "taken to the Detective Branch office.")
    full = mention_at(doc, "Mirza Fakhrul Islam Alamgir")
    assert full is not None and full.text == "Mirza Fakhrul Islam Alamgir"
    assert kind(doc, "Mirza Fakhrul Islam Alamgir") == "person"
    assert kind(doc, "Fakhrul", 1) == "person"


def test_country_before_a_person_is_not_merged_into_the_name(nlp):
    doc = run(nlp, "In a message to Pakistan Imran Khan said the talks would go on.")
    assert kind(doc, "Imran Khan") == "person"
    m = mention_at(doc, "Imran Khan")
    assert m is not None and "Pakistan" not in m.text


def test_honorific_opening_an_organisation_entity_leaves_the_person_and_chains(nlp):
    doc = run(nlp, "The militia is led by El Hadj Ag Gamou, a general. Gamou said his men would stay in Menaka.")
    m = mention_at(doc, "Ag Gamou")
    assert m is not None and kind(doc, "Ag Gamou") == "person"
    assert kind(doc, "Gamou", 1) == "person"


def test_titled_one_word_name_chains_to_a_later_mention(nlp):
    doc = run(nlp, "His successor, Mullah Fazlullah, came from Swat. Fazlullah had headed the movement with his "
                   "father-in-law.")
    assert kind(doc, "Fazlullah", 1) == "person"
    first, later = mention_at(doc, "Mullah Fazlullah"), mention_at(doc, "Fazlullah", 1)
    assert first is not None and later is not None and later.kb_id_ == first.kb_id_


def test_article_opening_a_name_is_no_honorific(nlp):
    from annalyst.evaluate.re3d import predictions

    doc = run(nlp, "Visitors came to see the Tamarisk Gate. The Tamarisk Gate was rebuilt in 1990.")
    start, end = span_of(doc, "Tamarisk Gate", 1)
    assert not any(t == "Person" and b < end and start < e for b, e, t in predictions(doc))


def test_name_joined_by_bint_is_one_person(nlp):
    doc = run(nlp, "The emir married Haya bint Hussein, a daughter of the late king, in 2004.")
    m = mention_at(doc, "Haya bint Hussein")
    assert m is not None and m.text == "Haya bint Hussein" and kind(doc, "Haya bint Hussein") == "person"


def test_hyphenated_surname_alone_and_untagged_is_one_chained_person(nlp):
    doc = run(nlp, "Patrice Lumumba clashed with Joseph Kasa-Vubu and with Moise Tshombe, who led the secession of "
                   "Katanga. He was arrested by troops loyal to Joseph-Désiré Mobutu and killed near Élisabethville. "
                   "Kasa-Vubu remained president until 1965.")
    m = mention_at(doc, "Kasa-Vubu", 1)
    assert m is not None and m.text == "Kasa-Vubu"
    assert m.kb_id_ == mention_at(doc, "Joseph Kasa-Vubu").kb_id_


# ------------------------------------------------------------------------------------------------- places

def test_two_known_towns_typed_one_organisation_are_two_places(nlp):
    doc = run(nlp, "His spokesman said the president would visit Mthatha and Gqeberha next week.")
    assert place(doc, "Mthatha") == "Mthatha"
    assert place(doc, "Gqeberha") == "Gqeberha"


def test_untagged_known_town_after_to_is_a_place(nlp):
    doc = run(nlp, "Sosa invited Vieira to La Paz.")
    assert place(doc, "La Paz") == "La Paz"


def test_untagged_known_town_joined_by_a_hyphen_to_a_place_is_a_place(nlp):
    doc = run(nlp, "The two sides reviewed progress on the Termez-Peshawar railway.")
    assert place(doc, "Termez") is not None


def test_given_name_after_to_is_not_made_a_place(nlp):
    doc = run(nlp, "The minister handed the letter to Paz, who thanked him.")
    assert place(doc, "Paz") is None


def test_two_known_towns_joined_by_a_hyphen_in_one_organisation_are_two_places(nlp):
    doc = run(nlp, "Gunmen abducted 14 passengers on the Abuja-Kaduna highway on Friday.")
    assert place(doc, "Abuja") == "Abuja"
    assert place(doc, "Kaduna") == "Kaduna"


# ---------------------------------------------------------------------------------------- titles of office

def test_untagged_name_after_an_office_and_its_portfolio_is_a_person(nlp):
    doc = run(nlp, "State Minister for Foreign Affairs Shahriar Alamgirov met the visiting delegation.")
    m = mention_at(doc, "Shahriar Alamgirov")
    assert m is not None and m.text == "Shahriar Alamgirov" and kind(doc, "Shahriar Alamgirov") == "person"


def test_portfolio_organisation_before_a_name_is_not_merged_into_the_person(nlp):
    doc = run(nlp, "The minister met the Secretary of Homeland Security Kristi Noem on Monday.")
    m = mention_at(doc, "Kristi Noem")
    assert m is not None and "Homeland" not in m.text and kind(doc, "Kristi Noem") == "person"
