"""Places the model leaves bare after "near", and invisible marks pasted around names (extract/places.py,
extract/document.py; invented sentences and invented places):

A name the model gives no label is a place when "near" or "outside" governs it ("near Qasr Dulaim"), and when a
strike summary opens with "Near X," (the parser reads "Near X" as one name of two words, so the preposition is
found by its place at the sentence start and the comma after the name). Not a capitalised "Near" inside a name
("the Near East"), and not a lowercase common noun after "near".

A left-to-right mark, right-to-left mark or zero-width space pasted after a name ("Mosul" + U+200E) is invisible
to a reader; the parser sees a space there, so the name is still a name.

re3d nests a nationality adjective that opens a person's title ("the Iraqi Prime Minister X"): the scorer reads it
as it does inside an organisation's name (evaluate/re3d.py).
"""

from __future__ import annotations

import pytest

from annalyst.evaluate.re3d import predictions

from ._fictional import place_at as place
from ._fictional import run as _run


def run(names_nlp, text: str):
    return _run(names_nlp, text, "2026-03-02")


@pytest.mark.parametrize("text, name", [
    ("Syria. Near Rawah, three strikes destroyed two fighting positions and a tunnel.", "Rawah"),
    ("Near Sabkhat Umran, two strikes hit a depot and a vehicle.", "Sabkhat Umran"),
    ("Near Hamam Tellal, one strike engaged a tactical unit and destroyed a vehicle.", "Hamam Tellal"),
    ("The convoy was ambushed near Sabkhat Umran on Sunday, the ministry said.", "Sabkhat Umran"),
])
def test_a_bare_name_after_near_is_a_place(names_nlp, text, name):
    doc = run(names_nlp, text)
    assert place(doc, name) == name


@pytest.mark.parametrize("text, word", [
    ("Near East policy was the topic of the lecture.", "East"),
    ("Near the border, two strikes destroyed a bridge.", "border"),
    ("The talks came near collapse on Tuesday.", "collapse"),
])
def test_negative_no_place_without_a_name_after_near(names_nlp, text, word):
    doc = run(names_nlp, text)
    assert place(doc, word) is None


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u200b"])
def test_an_invisible_mark_after_a_name_keeps_it_a_place(names_nlp, mark):
    """As the product reads an article (``document.prepare``): the mark is blanked for the parser."""
    from annalyst.extract.document import prepare
    from annalyst.models import Article

    text = f"The minister spoke of the work left after the liberation of Mosul{mark}, and of the aid."
    doc = prepare(names_nlp, Article(id="a1", text=text, language="en"), 0, text)
    for _, proc in names_nlp.pipeline:
        doc = proc(doc)
    assert place(doc, "Mosul") == "Mosul"


def test_negative_the_persian_non_joiner_stays_in_the_text(names_nlp):
    """The zero-width non-joiner is spelling, not a gap: the doc's text keeps it and no word is split there."""
    from annalyst.extract.document import parse_text

    assert parse_text("a\u200cb c\u200ed") == "a\u200cb c d"


def test_a_nationality_opening_a_persons_title_is_its_own_entity(names_nlp):
    """A person's mention that holds the title ("Iraqi Prime Minister Karim Dawud", as a known person's role is
    found) yields the person and, nested, the nationality adjective."""
    from spacy.tokens import Span

    text = "The Iraqi Prime Minister Karim Dawud met the envoy in Basra on Monday."
    doc = run(names_nlp, text)
    name = next(m for m in doc.spans["mentions"] if m.text == "Karim Dawud")
    assert doc._.actors[name.kb_id_].kind == "person"
    doc.spans["mentions"] = [Span(doc, 1, name.end, label=name.label_, kb_id=name.kb_id_)]
    found = {(text[b:e], t) for b, e, t in predictions(doc)}
    assert ("Iraqi Prime Minister Karim Dawud", "Person") in found
    assert ("Iraqi", "Nationality") in found
