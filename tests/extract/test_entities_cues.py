"""Names whose type the words around them tell (extract/namecues.py and the passes that read it, on invented text):
a place described in apposition, the two ends of a route after "between", an institution named "of" a country,
an outlet named after its kind, a place named before its kind ("X island"), two-letter name words in chained
names; and the negatives that must stay as they are."""

from __future__ import annotations

import pytest

from ._fictional import kind_at as kind
from ._fictional import mention_at
from ._fictional import place_at as place
from ._fictional import run as _run


@pytest.fixture(scope="module")
def nlp(names_nlp):
    """The names-and-places pipeline (tests/extract/conftest.py) under this module's name for it."""
    return names_nlp


def run(nlp, text: str):
    return _run(nlp, text, "2026-04-11")


# ------------------------------------------------------------------------------------ a description in apposition

def test_a_name_described_as_a_village_is_a_place(nlp):
    doc = run(nlp, "The rebels said they had taken Tumbaro, a small farming village near the river, on Sunday.")
    assert place(doc, "Tumbaro") == "Tumbaro"
    assert kind(doc, "Tumbaro") is None


def test_a_name_described_as_the_main_town_of_a_district_is_a_place(nlp):
    doc = run(nlp, "Soldiers reached Ekwendi, the main town of the district, after two days of fighting.")
    assert place(doc, "Ekwendi") == "Ekwendi"


def test_a_person_described_by_an_office_with_a_place_noun_stays_a_person(nlp):
    doc = run(nlp, "Wekesa Barasa, a former district commissioner, was shot dead on Monday.")
    assert kind(doc, "Wekesa Barasa") == "person"
    assert place(doc, "Wekesa Barasa") is None


# ------------------------------------------------------------------------------------------- the ends of a route

def test_the_ends_of_a_road_between_two_towns_are_places(nlp):
    doc = run(nlp, "Gunmen blocked the highway between Gombe and Potiskum for six hours.")
    assert place(doc, "Gombe") == "Gombe"
    assert place(doc, "Potiskum") == "Potiskum"


def test_parties_between_two_capitals_are_no_places(nlp):
    doc = run(nlp, "Talks between Moscow and Kyiv resumed on Tuesday.")
    assert place(doc, "Moscow") is None
    assert kind(doc, "Kyiv") is not None


# -------------------------------------------------------------------------------- an institution of a country

def test_an_institution_of_a_country_is_the_country_by_its_whole_name(nlp):
    doc = run(nlp, "The Electoral Commission of Ghana annulled the vote in two constituencies.")
    m = mention_at(doc, "Commission")
    assert m is not None and m.text == "Electoral Commission of Ghana"
    assert doc._.actors[m.kb_id_].kind == "country"


def test_a_liberation_movement_named_after_a_country_is_not_the_country(nlp):
    doc = run(nlp, "The Army for the Liberation of Rwanda accused the government of looting.")
    m = mention_at(doc, "Army")
    assert m is not None and m.text == "Army for the Liberation of Rwanda"
    assert doc._.actors[m.kb_id_].kind != "country"


# ---------------------------------------------------------------------------------------------------- outlets

def test_a_newspaper_named_after_its_kind_is_the_outlet_not_a_town(nlp):
    doc = run(nlp, "The commission rejected the papers of three candidates, the daily Dawn reported.")
    assert kind(doc, "Dawn") == "media"
    assert place(doc, "Dawn") is None


def test_an_unknown_broadcaster_after_its_kind_is_an_organisation(nlp):
    doc = run(nlp, "The minister told state television Kalemba that the border would stay closed.")
    assert kind(doc, "Kalemba") not in (None, "person")


def test_a_weekday_after_weekly_is_no_outlet(nlp):
    doc = run(nlp, "Thousands attended the weekly Friday prayers in the capital.")
    assert mention_at(doc, "Friday") is None


# ------------------------------------------------------------------------------------- a place before its kind

def test_a_name_before_island_or_river_is_a_place(nlp):
    doc = run(nlp, "The prisoner has been held on Okondja island since 2019. Families fled across the Mbari river.")
    assert place(doc, "Okondja") == "Okondja"
    assert kind(doc, "Okondja") is None
    assert place(doc, "Mbari") == "Mbari"


# ----------------------------------------------------------------------------------- two-letter name words

def test_a_family_name_alone_after_a_name_with_a_two_letter_word_is_the_person(nlp):
    doc = run(nlp, "Wang Bo met the visiting delegation in Nanning on Monday. Wang will travel to Hanoi next week.")
    assert kind(doc, "Wang", 1) == "person"


# ------------------------------------------------------------------------------------------- linked place names

def test_a_linked_name_after_in_is_one_place(nlp):
    doc = run(nlp, "Police said the cell had planned attacks in Qala-i-Naw and Deh-e-Sabz before the holiday.")
    assert place(doc, "Qala-i-Naw") == "Qala-i-Naw"
    assert place(doc, "Deh-e-Sabz") == "Deh-e-Sabz"
    assert kind(doc, "Deh-e-Sabz") is None


def test_a_linked_name_after_the_town_of_is_a_place_not_an_organisation(nlp):
    doc = run(nlp, "Gunmen stormed a school in the town of Kalay-e-Naw on Tuesday.")
    assert place(doc, "Kalay-e-Naw") == "Kalay-e-Naw"
    assert kind(doc, "Kalay-e-Naw") is None


def test_a_linked_movement_name_stays_an_organisation(nlp):
    doc = run(nlp, "Leaders of the Jamaat-e-Islami met in Lahore on Sunday.")
    assert kind(doc, "Jamaat-e-Islami") not in (None, "person")
    assert place(doc, "Jamaat-e-Islami") is None


def test_residents_of_a_name_opening_a_sentence_make_it_a_place(nlp):
    doc = run(nlp, "Villagers of Mwangi Hill fled after the shooting.")
    assert kind(doc, "Mwangi Hill") is None
    assert place(doc, "Mwangi Hill") == "Mwangi Hill"


# ------------------------------------------------------------------------------------------ Title Case headlines

def test_a_headline_phrase_the_body_never_names_is_no_organisation(nlp):
    doc = run(nlp, "Farmers Protest Outside Parliament Over Seed Prices\n"
                   "Hundreds of farmers protested outside parliament in Nairobi on Monday.")
    assert mention_at(doc, "Farmers Protest") is None
    assert kind(doc, "Seed Prices") is None


def test_headline_names_run_together_are_cut_into_the_names_the_body_gives(nlp):
    doc = run(nlp, "Ochieng Meets Wanjiku Over Fuel Prices\n"
                   "Energy minister Daniel Ochieng met opposition leader Grace Wanjiku on Monday.")
    m = mention_at(doc, "Ochieng")
    assert m is not None and m.text == "Ochieng" and doc._.actors[m.kb_id_].kind == "person"
    assert kind(doc, "Wanjiku") == "person"


def test_a_sentence_case_first_line_is_left_as_the_model_read_it(nlp):
    doc = run(nlp, "Opposition leader Grace Wanjiku met the energy minister on Monday\n"
                   "The two discussed fuel prices.")
    assert kind(doc, "Grace Wanjiku") == "person"


# ------------------------------------------------------------------------------------------ acronyms, initials

def test_an_acronym_typed_a_person_is_an_organisation(nlp):
    doc = run(nlp, "ZANU-PF rejects the report of the election observers.")
    assert kind(doc, "ZANU-PF") not in (None, "person")


def test_a_speaker_in_capitals_before_a_colon_stays_a_person(nlp):
    doc = run(nlp, "Press briefing by spokesman Tom Halvard.\nHALVARD: Good afternoon. We have two announcements.")
    assert kind(doc, "HALVARD") in (None, "person")


def test_initials_open_a_persons_name_after_a_person_noun(nlp):
    doc = run(nlp, "Police chief R.R. Talwar said the attackers fled.")
    assert kind(doc, "R.R. Talwar") == "person"


# ------------------------------------------------------------------------------------ more descriptions and nouns

def test_a_hyphenated_name_before_region_is_a_place_not_an_organisation(nlp):
    doc = run(nlp, "Fighters crossed into Anseba-Keren region overnight, the ministry said.")
    assert place(doc, "Anseba-Keren") is not None
    assert kind(doc, "Anseba-Keren") is None


def test_a_name_described_as_a_district_headquarters_is_a_place(nlp):
    doc = run(nlp, "The army retook Ceel Waaq Dheer, a district headquarters near the river, on Sunday.")
    assert place(doc, "Ceel Waaq Dheer") is not None
    assert kind(doc, "Ceel Waaq Dheer") is None


def test_a_name_after_chief_executive_is_a_person(nlp):
    doc = run(nlp, "Deliveries stopped on Wednesday. Moldovagaz chief executive Vadim Ceban said reserves would last.")
    assert kind(doc, "Vadim Ceban") == "person"


def test_an_institution_cut_before_its_country_is_one_name_linked_to_the_country(nlp):
    doc = run(nlp, "The Ministry of Foreign Affairs of the Republic of Kazakhstan reports that talks were held.")
    m = mention_at(doc, "Ministry")
    assert m is not None and m.text == "Ministry of Foreign Affairs of the Republic of Kazakhstan"
    assert doc._.actors[m.kb_id_].kind == "country"


def test_a_name_told_to_an_outlet_opening_the_clause_told_is_no_outlet(nlp):
    doc = run(nlp, "The official told the paper Mwangi Kamau had resigned on Friday.")
    assert kind(doc, "Mwangi Kamau") == "person"


@pytest.mark.parametrize("text, name", [
    ("The Exxon settlement was approved by the court on Monday.", "Exxon"),
    ("The Shell port was closed on Monday.", "Shell"),
])
def test_a_firm_before_a_port_or_settlement_is_no_place(nlp, text, name):
    assert place(run(nlp, text), name) is None


def test_a_speaker_before_a_colon_the_article_names_nowhere_else_stays_a_person(nlp):
    """"KIRBY:" opening a transcript line is a speaker, not an organisation's acronym, even when the article never
    writes the name otherwise."""
    doc = run(nlp, "KIRBY: Good afternoon. We have two announcements.")
    assert kind(doc, "KIRBY") == "person"


@pytest.mark.parametrize(("text", "name"), [
    ("Officials told state radio Pakistan that the road was closed.", "Pakistan"),
    ("The minister told the daily Kenya that the border would stay closed.", "Kenya"),
])
def test_a_country_after_an_outlet_noun_is_no_outlet(nlp, text, name):
    """A country's name right after an outlet noun is the country, still a place, not the outlet's name."""
    doc = run(nlp, text)
    assert kind(doc, name) == "country" and place(doc, name) == name


def test_a_name_in_capitals_the_article_writes_otherwise_stays_a_persons_entity(nlp):
    """"TOM HALVARD" after "Tom Halvard": the same person's name written in capitals, no organisation's acronym."""
    doc = run(nlp, "Spokesman Tom Halvard took questions. TOM HALVARD said the envoy would travel on Monday.")
    assert [e.label_ for e in doc.ents if e.text == "TOM HALVARD"] == ["PERSON"]
