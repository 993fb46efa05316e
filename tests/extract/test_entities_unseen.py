"""Entity corrections for text unlike the gold sets (extract/entities.py, on invented text): administrative units,
encyclopedia sentences ("X is a tehsil of Y"), lists of towns, names of many naming traditions in wire and
foreign-ministry style, organisations whose names hold a country; and the negatives that must stay as they are."""

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
    return _run(nlp, text, "2026-03-02")


# ------------------------------------------------------------------------------------------ administrative units

def test_name_ending_in_an_administrative_unit_is_a_place_even_when_it_opens_with_a_given_name(nlp):
    doc = run(nlp, "Irina Volkova, governor of Vladimir Oblast, resigned on Friday.")
    assert place(doc, "Vladimir Oblast") == "Vladimir Oblast"
    assert kind(doc, "Vladimir Oblast") is None


def test_unit_names_are_places_as_subjects_too(nlp):
    doc = run(nlp, "Dhanusha District borders India. Zhytomyr Oblast lies west of the capital.")
    assert place(doc, "Dhanusha District") == "Dhanusha District"
    assert place(doc, "Zhytomyr Oblast") == "Zhytomyr Oblast"


def test_a_known_organisation_ending_in_state_stays_an_organisation(nlp):
    doc = run(nlp, "Fighters of the Islamic State attacked a checkpoint, the Secretary of State said.")
    assert kind(doc, "Islamic State") not in (None, "person")
    assert place(doc, "Islamic State") is None


# ------------------------------------------------------------------------------------------- encyclopedia places

def test_subject_of_is_a_tehsil_is_a_place(nlp):
    doc = run(nlp, "Gwarkop is a tehsil of Kalat District in Balochistan. It lies on a river.")
    assert place(doc, "Gwarkop") == "Gwarkop"
    assert kind(doc, "Gwarkop") is None


def test_subject_of_is_one_of_its_districts_is_a_place(nlp):
    doc = run(nlp, "Bamyan Province is in central Afghanistan; Yakawlang is one of its districts.")
    assert place(doc, "Yakawlang") == "Yakawlang"


def test_towns_listed_after_include_are_places(nlp):
    doc = run(nlp, "Its headquarters is the town of Dera Bugti; other towns include Sui, Pir Koh and Phelawagh.")
    assert place(doc, "Phelawagh") == "Phelawagh"
    assert kind(doc, "Phelawagh") is None


def test_name_listed_with_a_known_town_is_a_place(nlp):
    doc = run(nlp, "Officials reported drone strikes on Rylsk and Sudzha overnight.")
    assert place(doc, "Sudzha") == "Sudzha"
    assert kind(doc, "Sudzha") is None


def test_residents_of_a_name_make_it_a_place(nlp):
    doc = run(nlp, "Provincial lawmaker Iqbal Wazir said residents of Eidak had fled.")
    assert place(doc, "Eidak") == "Eidak"
    assert kind(doc, "Iqbal Wazir") == "person"


def test_place_noun_inside_a_person_entity_makes_a_place(nlp):
    doc = run(nlp, "Militants attacked a police post in Mir Ali tehsil of North Waziristan overnight.")
    assert place(doc, "Mir Ali") == "Mir Ali"
    assert kind(doc, "Mir Ali") is None


def test_name_the_model_tags_as_a_date_is_a_place_after_near(nlp):
    doc = run(nlp, "Workers were building a road near Turbat when gunmen opened fire.")
    assert place(doc, "Turbat") == "Turbat"


def test_month_after_a_preposition_stays_a_date(nlp):
    doc = run(nlp, "The talks resumed in March after a long pause.")
    assert place(doc, "March") is None


def test_persons_listed_together_stay_persons(nlp):
    doc = run(nlp, "He advised Jiang Zemin, Hu Jintao and Xi Jinping in Beijing.")
    for name in ("Jiang Zemin", "Hu Jintao", "Xi Jinping"):
        assert kind(doc, name) == "person"
        assert place(doc, name) is None


# -------------------------------------------------------------------------------------------------- persons

def test_given_name_alone_is_the_person_even_when_a_town_has_that_name(nlp):
    doc = run(nlp, "In Ethiopia, Abiy Ahmed named a new intelligence chief. Abiy also dismissed two ministers.")
    full, alone = mention_at(doc, "Abiy Ahmed"), mention_at(doc, "Abiy", 1)
    assert full is not None and alone is not None and alone.kb_id_ == full.kb_id_


def test_two_words_of_a_double_surname_chain_to_the_full_name(nlp):
    doc = run(nlp, "Minister Acosta received Vice Minister Francisco José Coy Granados. Coy Granados thanked the "
                   "minister for the support.")
    assert kind(doc, "Coy Granados", 1) == "person"


def test_person_noun_opening_an_organisation_entity_leaves_the_person(nlp):
    doc = run(nlp, "A court sentenced the former lawmaker. Lawyer Mehmet Emin Aktar said they would appeal.")
    m = mention_at(doc, "Mehmet Emin Aktar")
    assert m is not None and kind(doc, "Mehmet Emin Aktar") == "person" and "Lawyer" not in m.text


def test_two_names_joined_by_and_in_one_entity_are_two_persons(nlp):
    doc = run(nlp, "Akpabio spoke after a meeting with Babajide Sanwo-Olu and Umaru Fintiri on Sunday.")
    first, second = mention_at(doc, "Babajide Sanwo-Olu"), mention_at(doc, "Umaru Fintiri")
    assert first is not None and second is not None and first.kb_id_ != second.kb_id_
    assert kind(doc, "Babajide Sanwo-Olu") == "person" and kind(doc, "Umaru Fintiri") == "person"


def test_given_name_before_an_untagged_surname_is_one_person(nlp):
    doc = run(nlp, "The Indian delegation included Vikram Misri, Foreign Secretary, and the High Commissioner.")
    m = mention_at(doc, "Vikram Misri")
    assert m is not None and m.text == "Vikram Misri" and kind(doc, "Vikram Misri") == "person"


def test_unknown_name_listed_with_persons_is_a_person(nlp):
    doc = run(nlp, "The delegation also included Ibrahim Abu Bakr Hassan, adviser to the regional government, "
                   "and Olumide Adeyemi-Bankole of the regional bloc.")
    assert kind(doc, "Olumide Adeyemi-Bankole") == "person"
    assert place(doc, "Olumide Adeyemi-Bankole") is None


def test_ships_listed_together_are_not_persons(nlp):
    doc = run(nlp, "Forbin is joining U.K. ships HMS Ocean (L 12) and HMS Daring (D 32).")
    assert kind(doc, "HMS Daring") != "person"


# --------------------------------------------------------------------------------------------- organisations

def test_person_entity_holding_an_organisation_word_is_an_organisation(nlp):
    doc = run(nlp, "Abiy Ahmed dismissed Getachew Reda, who leads the Tigray People's Liberation Front faction.")
    assert kind(doc, "Tigray People's Liberation Front") not in (None, "person")


def test_organisation_named_after_a_country_is_the_organisation(nlp):
    doc = run(nlp, "Fashola studied law at the University of Benin. He later joined the Communist Party of "
                   "Vietnam's youth wing.")
    m = mention_at(doc, "University of Benin")
    assert m is not None and "University" in m.text and kind(doc, "University of Benin") != "country"
    assert place(doc, "Benin") is None
    v = mention_at(doc, "Communist Party of Vietnam")
    assert v is not None and "Party" in v.text and "Vietnam" in v.text


def test_government_of_a_country_is_still_the_country(nlp):
    doc = run(nlp, "The Government of Pakistan rejected the claim on Monday.")
    m = mention_at(doc, "Government of Pakistan")
    assert m is not None and (m.kb_id_ == "PAK" or doc._.actors[m.kb_id_].country == "PAK")


# ------------------------------------------------------------------------------------- foreign-ministry style

def test_titled_name_with_a_hyphenated_surname_is_one_person(nlp):
    doc = run(nlp, "The Minister of Foreign Affairs and International Cooperation, Ms Akosua Serwaa Nkansah-Tetteh, "
                   "received the new envoy at the Ministry.")
    m = mention_at(doc, "Akosua Serwaa Nkansah-Tetteh")
    assert m is not None and "Tetteh" in m.text and kind(doc, "Akosua Serwaa Nkansah-Tetteh") == "person"


def test_name_right_after_a_person_noun_is_a_person_not_a_listed_place(nlp):
    # negative of the list rule: the parser puts the name in one coordination with the dateline's place
    doc = run(nlp, "NAIROBI, Oct 4 - Kenyan opposition leader Kalonzo Musyoka and former chief justice David Maraga "
                   "addressed supporters in Machakos.")
    assert kind(doc, "Kalonzo Musyoka") == "person"
    assert place(doc, "Kalonzo Musyoka") is None


def test_surname_typed_organisation_before_the_full_name_is_the_person(nlp):
    doc = run(nlp, "Musyoka accused Kindiki of intimidating voters. Kithure Kindiki, the deputy president, denied "
                   "the claim in Meru.")
    assert kind(doc, "Kindiki") == "person"


def test_organisation_entity_ending_in_a_town_is_split_at_in(nlp):
    doc = run(nlp, "The envoy presented his credentials at the Ministry in Accra on Tuesday.")
    assert place(doc, "Accra") == "Accra"
    m = mention_at(doc, "Ministry")
    assert m is None or "Accra" not in m.text


def test_subject_of_is_the_capital_of_is_a_place(nlp):
    doc = run(nlp, "Gilgit is the capital of Gilgit-Baltistan. Nakhchivan is an exclave of Azerbaijan.")
    assert place(doc, "Gilgit") == "Gilgit"
    assert place(doc, "Nakhchivan") == "Nakhchivan"


def test_owner_of_a_relative_is_a_person_and_chains(nlp):
    doc = run(nlp, "Separately, the judiciary said Narges Rostami had been moved from Evin prison. Rostami's husband, "
                   "Taghi Rahmani, spoke from Paris.")
    assert kind(doc, "Narges Rostami") == "person"
    assert mention_at(doc, "Rostami", 1).kb_id_ == mention_at(doc, "Narges Rostami").kb_id_


def test_urdu_group_name_typed_person_is_an_organisation(nlp):
    doc = run(nlp, "Afridi's family denied he had links to Lashkar-e-Islam.")
    assert kind(doc, "Lashkar-e-Islam") not in (None, "person")


def test_untagged_name_listed_with_a_person_is_a_person(nlp):
    doc = run(nlp, "She shared the prize with Leymah Gbowee and Tawakkol Karman in 2011.")
    assert kind(doc, "Tawakkol Karman") == "person"


def test_hyphenated_name_before_a_unit_is_one_place(nlp):
    doc = run(nlp, "Jalal-Abad Region lies in western Kyrgyzstan; its towns include Kara-Kul and Toktogul.")
    assert place(doc, "Jalal-Abad Region") == "Jalal-Abad Region"
    assert kind(doc, "Jalal-Abad Region") is None


def test_two_towns_in_one_entity_of_a_town_list_are_two_places(nlp):
    doc = run(nlp, "Its tehsils include Drosh, Mastuj and Torkhow.")
    assert place(doc, "Mastuj") == "Mastuj"
    assert place(doc, "Torkhow") == "Torkhow"


def test_river_named_as_a_subject_is_a_place(nlp):
    doc = run(nlp, "Chitral is a district of the province. The Kunar River flows through it.")
    assert place(doc, "Kunar River") is not None


def test_surname_with_its_particle_alone_links_to_the_full_name(nlp):
    doc = run(nlp, "Prime Minister Kadhim Rashid al-Fayyadi met the envoy. Al-Fayyadi said the talks were useful.")
    full, alone = mention_at(doc, "Kadhim Rashid al-Fayyadi"), mention_at(doc, "Al-Fayyadi")
    assert full is not None and alone is not None and alone.kb_id_ == full.kb_id_


def test_hyphenated_surname_alone_is_the_person_named_in_full(nlp):
    doc = run(nlp, "Ms. Nomvula Khumalo-Dube met Ambassador Wu Peng in Pretoria. Khumalo-Dube thanked Wu for the "
                   "support.")
    full, alone = mention_at(doc, "Nomvula Khumalo-Dube"), mention_at(doc, "Khumalo-Dube", 1)
    assert full is not None and alone is not None and alone.kb_id_ == full.kb_id_
