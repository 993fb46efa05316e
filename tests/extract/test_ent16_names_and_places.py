"""Names and places on biographies and histories (extract/entities.py, extract/places.py; invented sentences):

A direction word that opens a place's name the gazetteer knows stays in it ("South Carolina", not the town
"Carolina"; extract/places.py). Invented sentences.

Persons of naming traditions the given-name list lacked, read as places or organisations (extract/entities.py,
resources/actors/given_names.txt): a name of two words opening with a common given name is a person, even listed
after a place ("born in X County, Y, the son of A and Nancy B"). Invented sentences and persons.

An institution the model typed a place ("Tarrow Academy" GPE after "entered") is an organisation when its name
ends in a word only an institution's own name ends in (extract/entities.py, ``lexicon.json: own_name_words``).
Invented sentences and institutions.
"""

from __future__ import annotations

import pytest

from ._fictional import kind_at as kind
from ._fictional import place_at as place
from ._fictional import run as _run


def run(names_nlp, text: str):
    return _run(names_nlp, text, "2026-03-02")


@pytest.mark.parametrize("text, name", [
    ("The senator had great sway in South Carolina for two decades.", "South Carolina"),
    ("She was later elected Governor of West Virginia.", "West Virginia"),
])
def test_a_direction_word_opening_a_known_name_stays(names_nlp, text, name):
    """"in South Carolina": the state, whole; the direction word is not cut off as a locative word."""
    doc = run(names_nlp, text)
    spans = [p.text for p in doc.spans["places"]]
    assert name in spans


def test_negative_a_lowercase_direction_before_a_country_is_cut(names_nlp):
    """Negative: "in south Lebanon" names Lebanon; the lowercase direction word is no part of the name."""
    doc = run(names_nlp, "Shelling went on in south Lebanon through the night.")
    assert [p.text for p in doc.spans["places"]] == ["Lebanon"]
    assert place(doc, "Lebanon") is not None


@pytest.mark.parametrize("text, name", [
    ("The mission in Vienna was then led by Klaus Obermaier.", "Klaus Obermaier"),
    ("This was confirmed by the attache of the Polish Embassy in Prague, Tomasz Wrobel.", "Tomasz Wrobel"),
    ("He was born in Ashe County, Virginia, the son of Silas Whitby, a tanner, and Nancy Thurlow.", "Nancy Thurlow"),
])
def test_a_name_opening_with_a_common_given_name_is_a_person(names_nlp, text, name):
    """"Klaus Obermaier" typed an organisation, "Nancy Thurlow" listed after a county and a state: a name of two
    words that opens with a common given name is a person, not a place or an organisation."""
    doc = run(names_nlp, text)
    assert kind(doc, name) == "person"
    assert place(doc, name) is None


@pytest.mark.parametrize("text, name", [
    ("Fighting spread to Kafrum, Tallun and Sarmadin on Monday.", "Sarmadin"),
    ("The envoys met in Nancy and Metz last year.", "Nancy"),
])
def test_negative_places_listed_with_places_stay_places(names_nlp, text, name):
    """Negative: a one-word name listed with places (a town spelt as a given name too) stays a place."""
    assert place(run(names_nlp, text), name) is not None


@pytest.mark.parametrize("text, name", [
    ("Gaspard Lemoine, planter and merchant, was born near Charleston.", "Gaspard Lemoine"),
])
def test_a_name_apposed_to_a_biography_noun_is_a_person(names_nlp, text, name):
    """"X, planter and merchant, was born": a noun of a person's calling in apposition says person (the person
    nouns of ``lexicon.json`` now hold the callings biographies give: statesman, theologian, planter ...)."""
    doc = run(names_nlp, text)
    assert kind(doc, name) == "person"


@pytest.mark.parametrize("text, name", [
    ("At twelve he entered Tolland Academy near Harwick.", "Tolland Academy"),
])
def test_an_institution_typed_a_place_is_an_organisation(names_nlp, text, name):
    """"entered Tolland Academy": a school entered is no town; the name ends in "Academy"."""
    doc = run(names_nlp, text)
    assert place(doc, name) is None
    assert kind(doc, name) is not None


@pytest.mark.parametrize("text, name", [
    ("Settlers built new homes in the West Bank last year.", "West Bank"),
    ("At twelve he entered Tolland Academy near Harwick.", "Harwick"),
])
def test_negative_places_stay_places(names_nlp, text, name):
    """Negative: a place whose name ends in such a word ("the West Bank") and the town near the school stay places."""
    assert place(run(names_nlp, text), name) is not None
