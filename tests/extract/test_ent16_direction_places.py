"""A direction word that opens a place's name the gazetteer knows stays in it ("South Carolina", not the town
"Carolina"; extract/places.py). Invented sentences."""

from __future__ import annotations

import pytest

from ._fictional import place_at as place
from ._fictional import run as _run


@pytest.fixture(scope="module")
def nlp():
    from annalyst.extract.pipeline import build_pipeline

    return build_pipeline(components=("annalyst_actors", "annalyst_places"))


def run(nlp, text: str):
    return _run(nlp, text, "2026-03-02")


@pytest.mark.parametrize("text, name", [
    ("The senator had great sway in South Carolina for two decades.", "South Carolina"),
    ("She was later elected Governor of West Virginia.", "West Virginia"),
])
def test_a_direction_word_opening_a_known_name_stays(nlp, text, name):
    """"in South Carolina": the state, whole; the direction word is not cut off as a locative word."""
    doc = run(nlp, text)
    spans = [p.text for p in doc.spans["places"]]
    assert name in spans


def test_negative_a_lowercase_direction_before_a_country_is_cut(nlp):
    """Negative: "in south Lebanon" names Lebanon; the lowercase direction word is no part of the name."""
    doc = run(nlp, "Shelling went on in south Lebanon through the night.")
    assert [p.text for p in doc.spans["places"]] == ["Lebanon"]
    assert place(doc, "Lebanon") is not None
