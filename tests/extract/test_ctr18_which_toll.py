"""A toll verb in a "which" clause the parser hangs inside the object of an attack verb ("rockets hit a base housing
troops on Saturday which injured four soldiers") is that attack's toll, not an attack by the troops: one event
(``frames.which_toll``). A "which" clause the parser already folds and a "who" clause stay as they were. Sentences
written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds

DAY = "2026-12-06"


def test_ctr18_which_clause_toll_is_the_hit(nlp):
    found = events(nlp, "Twenty rockets hit a Somali army base housing Kenyan troops on Saturday which injured four "
                        "soldiers.", DAY)
    assert kinds(found) == [("ASSAULT", "hit")]


@pytest.mark.parametrize("text, found", [
    # negatives: unchanged
    ("The army shelled the village, which killed three civilians.", [("ASSAULT", "shelled")]),
    ("Police arrested the men who killed two guards.", [("COERCE", "arrested")]),
])
def test_ctr18_other_clauses_unchanged(nlp, text, found):
    assert kinds(events(nlp, text, DAY)) == found
