"""Person names as real news and foreign-ministry English writes them (invented sentences): a group's or a
country's name the model typed a person, a minister's surname alone typed an organisation or a country, the names
a report gives after "identified as", and a rank written without a full stop that the model ran into a name."""

from __future__ import annotations

import pytest

from ._fictional import run as _run


@pytest.fixture(scope="module")
def nlp(names_nlp):
    """The names-and-places pipeline (tests/extract/conftest.py) under this module's name for it."""
    return names_nlp


def labels(nlp, text: str) -> dict[str, str]:
    doc = _run(nlp, text, "2026-03-02")
    return {e.text: e.label_ for e in doc.ents}


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Al Shabaab said it had killed four soldiers near Baidoa on Tuesday.", "Al Shabaab", "ORG"),
    ("The army said al Shabaab's commander in the region had been captured.", "al Shabaab", "ORG"),
    ("Analysts said Niger had closed its border with Benin.", "Niger", "GPE"),
    # negatives: a given name that is also a country's stays the person the article names
    ("Chad Ellis, a lawyer for the family, said the ruling was unfair. Chad said he would appeal.", "Chad", "PERSON"),
])
def test_a_name_the_dictionary_knows_as_a_group_or_country_is_no_person(nlp, text, name, label):
    """An armed group's name opening with the Arabic article, or a country alone before a verb, looks like a
    person's name to the model; the actor dictionary knows the whole name as a group or a country and no person,
    so it is an organisation or a place. A country that is also a common given name ("Chad") is left as typed."""
    assert labels(nlp, text).get(name) == label


@pytest.mark.parametrize(("text", "name"), [
    ("Lavrov and his counterpart discussed grain exports and the prisoner exchange.", "Lavrov"),
    ("His US counterpart Blinken arrived in Cairo late on Sunday.", "Blinken"),
])
def test_a_surname_the_dictionary_knows_only_as_a_person_is_that_person(nlp, text, name):
    """A minister's surname alone ("Lavrov and ...", "counterpart Blinken") is typed an organisation or a country by
    the model; the dictionary holds it as one person's strong alias and no other actor's, so it is a person."""
    assert labels(nlp, text).get(name) == "PERSON"


def test_a_known_person_surname_in_a_place_position_is_left_alone(nlp):
    """Negative: a country's name in a place's position stays a place; the person rule needs a person-only name."""
    assert labels(nlp, "Talks were held in Jordan on Monday.").get("Jordan") == "GPE"


@pytest.mark.parametrize(("text", "names", "label"), [
    ("Police said the two gunmen, who were identified as Tariq and Khalil, fled on a motorcycle.", ("Khalil",),
     "PERSON"),
    ("The two militants killed in the raid were identified as Hassan and Khalil, officials said.",
     ("Hassan", "Khalil"), "PERSON"),
    # negatives: what is identified is no person
    ("Officials identified the venue as Doha, where the talks will resume next week.", ("Doha",), "GPE"),
    ("The ship was identified as Ocean Pearl by the coast guard.", ("Ocean Pearl",), "LOC"),
])
def test_names_after_identified_as_of_persons_are_persons(nlp, text, names, label):
    """Crime and conflict reports name the persons they spoke of with "identified as" or "named as"; a given name
    that is also a town's (so the gazetteer cannot decide) is a person's when what is identified is a person noun
    ("gunmen", "militants", "victim"), and is left alone when it is a venue or a ship."""
    got = labels(nlp, text)
    assert all(got.get(n) == label for n in names), got


@pytest.mark.parametrize(("text", "name"), [
    ("Force commander Gen Nathan Okello, from Kenya, was lightly wounded in the blast.", "Nathan Okello"),
    ("Group spokesman Sheikh Ali Mohamud Warsame said the fighters had withdrawn.", "Ali Mohamud Warsame"),
    # negative: an honorific and one name word may be the name itself
    ("Prime Minister Sheikh Hasina opened the bridge on Saturday.", "Sheikh Hasina"),
])
def test_a_rank_without_a_full_stop_is_cut_from_the_name(nlp, text, name):
    """A rank or honorific written without a full stop ("Gen", "Sheikh") that the model ran into a person's name of
    two or more words is left out of it, as "Gen." and "President" are; with one name word after it the honorific
    may be part of the name and stays."""
    assert labels(nlp, text).get(name) == "PERSON"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Minister of Foreign Affairs of the Russian Federation Vasily Orlov met his Kenyan counterpart in Nairobi.",
     "Vasily Orlov", "Russian Federation"),
    ("Foreign Minister Vasily Orlov Meets with Minister of Foreign Affairs of Austria Karl-Heinz Brandt\nPRESS "
     "RELEASE\nOn May 3, the ministers discussed trade.", "Karl-Heinz Brandt", "Austria"),
])
def test_a_country_run_into_the_holders_name_is_cut_off(nlp, text, name, country):
    """Press releases write an office, its country and the holder in one run ("Minister of Foreign Affairs of the
    Russian Federation X Y"); the model runs the country's last word into the person, or a one-word country after
    the office's "of". The country is a place and the holder a person, and a name never runs over a line break
    into the next line ("PRESS RELEASE")."""
    got = labels(nlp, text)
    assert got.get(name) == "PERSON" and got.get(country) == "GPE", got


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Franz-Josef Keller, the foreign minister, met his Polish counterpart on Friday.", "Franz-Josef Keller",
     "PERSON"),
    ("Mr Brandt\nBERLIN, May 4 - Karl Brandt said on Monday that the talks had failed.", "Brandt", "PERSON"),
])
def test_a_name_cut_at_its_hyphen_or_run_over_a_line_is_one_person(nlp, text, name, label):
    """A double given name the model cut at its hyphen ("Franz" ORG + "Josef Keller" PERSON) is one person; a name
    at the end of a line ends there (the dateline on the next line is no part of it)."""
    assert labels(nlp, text).get(name) == label


@pytest.mark.parametrize(("text", "name", "label"), [
    ("The minister was born in Soudoure, west of the capital, Niamey.", "Niamey", "GPE"),
    ("They met in the port city, Kismayo, where the ship had docked.", "Kismayo", "GPE"),
    # negatives: a person named after a fronted place, or apposed to an office
    ("In the village, Ahmed Khan said he heard shots.", "Ahmed Khan", "PERSON"),
    ("The governor of the province, Ali Sharif, resigned on Monday.", "Ali Sharif", "PERSON"),
])
def test_a_name_apposed_to_a_place_noun_is_that_place(nlp, text, name, label):
    """"The capital, X" and "the port city, X" name the place the noun speaks of; the model often types a town it
    does not know a person there. A person named after a place put first ("In the village, Ahmed Khan said") or
    apposed to an office ("the governor of the province, Ali Sharif,") is left a person."""
    assert labels(nlp, text).get(name) == label
