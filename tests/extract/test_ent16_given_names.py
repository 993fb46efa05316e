"""Persons of naming traditions the given-name list lacked, read as places or organisations (extract/entities.py,
resources/actors/given_names.txt): a name of two words opening with a common given name is a person, even listed
after a place ("born in X County, Y, the son of A and Nancy B"). Invented sentences and persons."""

from __future__ import annotations

import pytest

from ._fictional import kind_at as kind
from ._fictional import place_at as place
from ._fictional import run as _run


@pytest.fixture(scope="module")
def nlp():
    from annalyst.extract.pipeline import build_pipeline

    return build_pipeline(components=("annalyst_actors", "annalyst_places"))


def run(nlp, text: str):
    return _run(nlp, text, "2026-03-02")


@pytest.mark.parametrize("text, name", [
    ("The mission in Vienna was then led by Klaus Obermaier.", "Klaus Obermaier"),
    ("This was confirmed by the attache of the Polish Embassy in Prague, Tomasz Wrobel.", "Tomasz Wrobel"),
    ("He was born in Ashe County, Virginia, the son of Silas Whitby, a tanner, and Nancy Thurlow.", "Nancy Thurlow"),
])
def test_a_name_opening_with_a_common_given_name_is_a_person(nlp, text, name):
    """"Klaus Obermaier" typed an organisation, "Nancy Thurlow" listed after a county and a state: a name of two
    words that opens with a common given name is a person, not a place or an organisation."""
    doc = run(nlp, text)
    assert kind(doc, name) == "person"
    assert place(doc, name) is None


@pytest.mark.parametrize("text, name", [
    ("Fighting spread to Kafrum, Tallun and Sarmadin on Monday.", "Sarmadin"),
    ("The envoys met in Nancy and Metz last year.", "Nancy"),
])
def test_negative_places_listed_with_places_stay_places(nlp, text, name):
    """Negative: a one-word name listed with places (a town spelt as a given name too) stays a place."""
    assert place(run(nlp, text), name) is not None


@pytest.mark.parametrize("text, name", [
    ("Gaspard Lemoine, planter and merchant, was born near Charleston.", "Gaspard Lemoine"),
])
def test_a_name_apposed_to_a_biography_noun_is_a_person(nlp, text, name):
    """"X, planter and merchant, was born": a noun of a person's calling in apposition says person (the person
    nouns of ``lexicon.json`` now hold the callings biographies give: statesman, theologian, planter ...)."""
    doc = run(nlp, text)
    assert kind(doc, name) == "person"
