"""An institution the model typed a place ("Tarrow Academy" GPE after "entered") is an organisation when its name
ends in a word only an institution's own name ends in (extract/entities.py, ``lexicon.json: own_name_words``).
Invented sentences and institutions."""

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
    ("At twelve he entered Tolland Academy near Harwick.", "Tolland Academy"),
])
def test_an_institution_typed_a_place_is_an_organisation(nlp, text, name):
    """"entered Tolland Academy": a school entered is no town; the name ends in "Academy"."""
    doc = run(nlp, text)
    assert place(doc, name) is None
    assert kind(doc, name) is not None


@pytest.mark.parametrize("text, name", [
    ("Settlers built new homes in the West Bank last year.", "West Bank"),
    ("At twelve he entered Tolland Academy near Harwick.", "Harwick"),
])
def test_negative_places_stay_places(nlp, text, name):
    """Negative: a place whose name ends in such a word ("the West Bank") and the town near the school stay places."""
    assert place(run(nlp, text), name) is not None
