"""The invented person-name set (tests/data/entities_persons.txt: news with datelines, encyclopedia biographies,
foreign-ministry releases), scored by the same rule and predictions as tests/extract/test_entities_genres.py. A role
alone predicted as a person ("president of Ghana", "the Foreign Secretary") is no named mention
(``evaluate.re3d.is_name``); the country inside it is an entity of its own. Floors below the measured figures (overall 0.959, person 0.983, place 0.952, organisation 0.885 when set; 0.787 /
0.816 / 0.795 / 0.679 before extract/personnames.py)."""

from __future__ import annotations

import pytest

from ._entity_sets import DATA, entity_f1, load

SET = DATA / "entities_persons.txt"


@pytest.fixture(scope="module")
def scores():
    return entity_f1(SET)


def test_the_set_is_what_the_floors_were_set_on():
    articles = load(SET)
    assert len(articles) == 18
    assert sum(len(g) for _, g in articles.values()) == 156


@pytest.mark.parametrize("kind, floor", [("overall", 0.93), ("Person", 0.95), ("Location", 0.90),
                                         ("Organisation", 0.82)])
def test_entity_f1_on_the_person_set_holds(scores, kind, floor):
    assert scores[kind] >= floor, f"{kind} F1 {scores[kind]:.3f} below {floor}"
