"""Who a role names and which person a full name is, in biographies, histories and releases (extract/linkstate.py,
actors.ActorLinker): a role said of a person named before it is that person, not today's holder of the office; a
bare title after the article named someone with it is that someone; a full name with another given name is not the
person whose family name the article gave alone. Invented sentences, invented persons, real countries."""

from __future__ import annotations

import pytest

from ._fictional import mention_at
from ._fictional import run as _run


def run(names_nlp, text: str):
    return _run(names_nlp, text, "2026-03-02")


def same(doc, a: str, b: str, nth_a: int = 0, nth_b: int = 0) -> bool:
    ma, mb = mention_at(doc, a, nth_a), mention_at(doc, b, nth_b)
    return ma is not None and mb is not None and ma.kb_id_ == mb.kb_id_


@pytest.mark.parametrize("text, role, person", [
    ("Dario Valcourt, president of Chile from 1931 to 1932, later returned to teaching.",
     "president of Chile", "Dario Valcourt"),
    ("Imelda Rauch is now Prime Minister of the United Kingdom and leads the Liberal Party.",
     "Prime Minister of the United Kingdom", "Imelda Rauch"),
    ("Kofi Mensimah, a trader who was later president of Ghana, never left Accra.", "president of Ghana",
     "Kofi Mensimah"),
    ("Ottavio Brendel, a banker and economist who became vice president of the United States in 1921, died poor.",
     "vice president of the United States", "Ottavio Brendel"),
    ("Greta Solberg studied law in Oslo. In 1961 she was elected prime minister of Norway.",
     "prime minister of Norway", "Greta Solberg"),
    ("Halim Rostami, governor, senator, and secretary of state, grew up in Maine.", "secretary of state",
     "Halim Rostami"),
])
def test_a_role_said_of_a_named_person_is_that_person(names_nlp, text, role, person):
    """A role in apposition to a name, the complement of "is", "was elected", or of a relative "who was": the role
    describes the person named, whatever office holder the dictionary has for that country on the article's date."""
    doc = run(names_nlp, text)
    assert same(doc, role, person)


@pytest.mark.parametrize("text, role, person", [
    ("Prime Minister Arvo Kallas met traders in Riga. Later the Prime Minister visited the port.",
     "Prime Minister", "Arvo Kallas"),
    ("Polish Ambassador to Japan Tomasz Wierzbicki was summoned on Monday. The Polish Ambassador in Tokyo declined "
     "to comment.", "Polish Ambassador in Tokyo", "Tomasz Wierzbicki"),
])
def test_a_bare_title_is_the_person_the_article_named_with_it(names_nlp, text, role, person):
    """"Prime Minister Arvo Kallas ... the Prime Minister": the article named him with the title; a later bare title
    (or the same title of the same country) is he, not a new person called "Prime Minister"."""
    doc = run(names_nlp, text)
    nth = 1 if role == "Prime Minister" else 0
    assert same(doc, role, person, nth_a=nth)


@pytest.mark.parametrize("text, later, first", [
    ("Walter Brennan Hollis founded the paper in 1890. Hollis was a critic of the railways. His brother, Edgar "
     "Hollis, ran the press.", "Edgar Hollis", "Walter Brennan Hollis"),
    ("Anatole Ferrand led the party until 1920. Ferrand then retired, and his son Lucien Ferrand took over.",
     "Lucien Ferrand", "Anatole Ferrand"),
    ("Ngozi Adebayo chaired the panel. Adebayo then handed over to Chinedu Adebayo, her deputy.",
     "Chinedu Adebayo", "Ngozi Adebayo"),
])
def test_a_full_name_with_another_given_name_is_another_person(names_nlp, text, later, first):
    """"Hollis" alone after "Walter Brennan Hollis" is Walter; "Edgar Hollis" is his brother: a name with its given
    names is compared with the full names the article gave, not with the family name it gave alone."""
    doc = run(names_nlp, text)
    assert mention_at(doc, later) is not None
    assert not same(doc, later, first)


def test_negative_the_family_name_alone_still_chains(names_nlp):
    """Negative: the family name alone after the full name is still that person."""
    doc = run(names_nlp, "Patrick Oduya chaired the committee. Oduya said later that the report was ready.")
    assert same(doc, "Oduya", "Patrick Oduya", nth_a=1)


def test_negative_a_role_coordinated_with_a_person_is_another_party(names_nlp):
    """Negative: "X and the president of Y met": two parties, the role is not X."""
    doc = run(names_nlp, "Ramon Estigarribia and the president of Paraguay met in Asuncion on Friday.")
    assert not same(doc, "president of Paraguay", "Ramon Estigarribia")


@pytest.mark.parametrize("text, role", [
    ("Lars Mikkelsen was summoned on Monday. In such cases a country's ambassador usually hears a protest.",
     "ambassador"),
    ("Prime Minister Laisenia Tuilagi was deposed. Colonel Ratu Naiqama seized the post of Prime Minister.",
     "Prime Minister"),
])
def test_negative_a_role_of_no_one_links_to_no_holder(names_nlp, text, role):
    """Negative: a role said of anyone ("a country's ambassador") or an office named as such ("the post of Prime
    Minister") is no mention of the person named earlier."""
    doc = run(names_nlp, text)
    nth = 1 if role == "Prime Minister" else 0
    m = mention_at(doc, role, nth)
    first = doc.spans["mentions"][0]
    assert m is None or m.kb_id_ != first.kb_id_
