"""A phrase put beside an arrival ("X arrived in Port Sudan, its first visit since 2019") tells the arriving party's
visit: its "its" is the subject, not the place just named (``eventargs.Args.pronoun``: a place where someone is, is no
party). Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"


@pytest.mark.parametrize("text, visitor, place", [
    ("A Ugandan delegation arrived in Port Sudan on Friday, its first visit in five years.", "Uganda", "Sudan"),
    ("An Ethiopian team landed in Port Sudan on Sunday, its second visit this year.", "Ethiopia", "Sudan"),
])
def test_cea16_visit_beside_arrival_is_the_visitors(nlp, text, visitor, place):
    found = events(nlp, text, DAY)
    assert found and all(place not in [a.name for a in e.actor] for e in found), \
        [(e.event_type, [a.name for a in e.actor]) for e in found]
    assert any(visitor in [a.name for a in e.actor] for e in found)


def test_cea16_its_after_a_place_in_a_clause_still_reads_the_place(nlp):
    """Negative: a possessive inside a clause of its own still refers to the place named before it."""
    found = [e for e in events(nlp, "Fighting raged in Sudan, and its army shelled the market.", DAY)
             if e.event_type == "ASSAULT"]
    assert [a.name for a in found[0].actor] == ["Sudan"]
