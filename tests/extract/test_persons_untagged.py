"""Person names the English model leaves untagged, cuts short or types as a place (extract/personnames.py and the
actor linker's town check, on invented text): names after a dateline or apposed to a person noun, given names left
before a surname, names ended on a particle, family names spelt like towns in a person's context, the source after
"according to", and the words of Arabic groups' names. Negatives keep streets, towns and countries what they are."""

from __future__ import annotations

import pytest

from ._fictional import run as _run


@pytest.fixture(scope="module")
def nlp(names_nlp):
    """The names-and-places pipeline (tests/extract/conftest.py) under this module's name for it."""
    return names_nlp


def typed(nlp, text: str) -> dict[str, str]:
    """``{text: re3d type}`` of the names-only predictions the entity scores read."""
    from annalyst.evaluate.re3d import is_name, predictions

    doc = _run(nlp, text, "2026-03-02")
    return {doc.text[b:e]: t for b, e, t in predictions(doc) if is_name(doc.text[b:e], t)}


@pytest.mark.parametrize("text, name, label", [
    ("Nairobi - William Ruto hosted Tanzanian President Samia Suluhu Hassan on Monday.", "William Ruto", "Person"),
    ("Mexico City - Andres Manuel Lopez Obrador handed power to his successor in October.",
     "Andres Manuel Lopez Obrador", "Person"),
    ("Hasina's son, Sajeeb Wazed Joy, said she would return to Dhaka.", "Sajeeb Wazed Joy", "Person"),
    ("Hope Uzodimma, the governor of Imo State, denied the report on Friday.", "Hope Uzodimma", "Person"),
    ("Mahamat Idriss Deby met Sudanese army chief Abdel Fattah al-Burhan on Sunday.", "Mahamat Idriss Deby", "Person"),
])
def test_an_untagged_or_cut_name_is_one_person(nlp, text, name, label):
    """A run of capitalised proper nouns the model left untagged is a person's name when it opens with a common
    given name and is a party of its clause (the name right after a dateline, the object of "handed ... to"), or when
    a person or kin noun stands in apposition to it; untagged given names before a tagged surname belong to it. News
    names a person in full at first mention in these positions; a street or a building would carry its head noun."""
    assert typed(nlp, text).get(name) == label


@pytest.mark.parametrize("text, name, label", [
    ("Ursula von der Leyen met the Dutch prime minister in Brussels. Von der Leyen said the plan was ready.",
     "Von der Leyen", "Person"),
    ("Pieter de Groot, the Dutch envoy, arrived in Kabul. De Groot said the embassy would reopen.", "De Groot",
     "Person"),
])
def test_a_name_particle_belongs_to_the_name_around_it(nlp, text, name, label):
    """A particle ("von der", "de la", "bin") never ends a name: a name the model ended on one goes on to the next
    name word, and the surname given again with its particles capitalised at the start of a sentence is the same
    person, not an organisation."""
    assert typed(nlp, text).get(name) == label


@pytest.mark.parametrize("text, name, label", [
    ("Traffic was diverted along William Avenue after the blast, police said.", "William Avenue", "Location"),
    ("Thousands marched to Azadi Square on Friday.", "Azadi Square", "Location"),
])
def test_a_name_ending_in_a_street_or_building_is_no_person(nlp, text, name, label):
    """A name that opens with a given name but ends in a head no family name is ("Avenue", "Bridge", "Stadium") names
    a thoroughfare or a building (many are named after persons): a place, not a person, though the model tags it
    one."""
    assert typed(nlp, text).get(name) == label


@pytest.mark.parametrize("text, name, label", [
    ("\"We will not accept foreign troops,\" said Ahmadi, a spokesman for the provincial governor.", "Ahmadi", "Person"),
    ("The talks failed, Ahmadi said on Tuesday.", "Ahmadi", "Person"),
    ("According to Ahmadi, the talks were postponed.", "Ahmadi", "Person"),
    ("According to Haqqani, the talks were postponed.", "Haqqani", "Person"),
    ("Officials in Ahmadi said the refinery was closed.", "Ahmadi", "Location"),
    ("According to Pakistan, the talks were postponed.", "Pakistan", "Location"),
])
def test_a_source_or_speaker_spelt_like_a_town_is_a_person(nlp, text, name, label):
    """Many family names are also towns ("Ahmadi" is a Kuwaiti town): the subject of a verb of saying, a name with a
    person noun apposed to it and the source after "according to" are persons, whatever the gazetteer knows; after
    "in" the town stays a place, and a country after "according to" stays the country."""
    assert typed(nlp, text).get(name) == label


def test_an_arabic_group_name_is_no_person(nlp):
    """"Asaib Ahl al-Haq" (League of the People of Truth) is built of words only groups' names have ("asaib",
    "ahl"), like "Jaish" and "Lashkar": an organisation, though the model types it a person."""
    got = typed(nlp, "Qais al-Khazali, the leader of Asaib Ahl al-Haq, warned the government on Sunday.")
    assert got.get("Asaib Ahl al-Haq") == "Organisation"
    assert got.get("Qais al-Khazali") == "Person"


@pytest.mark.parametrize("text, title, name", [
    ("Begum Nusrat Bhutto died in Dubai in 2011.", "Begum", "Nusrat Bhutto"),
    ("Amb. Masood Khalid presented his credentials on Tuesday.", "Amb", "Masood Khalid"),
])
def test_a_title_before_a_name_is_no_entity_of_its_own(nlp, text, title, name):
    """Honorifics and abbreviated titles of South Asian and diplomatic usage ("Begum", "Amb.") open a person's name
    like "Mr" and "Sheikh"; the honorific the model typed an organisation of its own names no one, and the person
    after it is the entity."""
    got = typed(nlp, text)
    assert got.get(name) == "Person"
    assert title not in got
