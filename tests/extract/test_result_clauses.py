"""A clause of result ("..., leaving dozens injured", "leaving soldiers on both sides injured") tells the toll of
the act before it: "leaving" is no departure and the state is no second attack; forces leaving a place still
withdraw. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds


@pytest.mark.parametrize("sentence", [
    "Indian and Chinese troops clashed along the border last week, leaving soldiers on both sides injured.",
    "Tribesmen clashed with police in Kurram district on Sunday, leaving dozens injured.",
    "Protesters clashed with riot police in Tbilisi, leaving 30 people hurt.",
])
def test_a_clause_of_result_is_the_toll_of_the_act_before_it(nlp, sentence) -> None:
    assert [t for t, _ in kinds(events(nlp, sentence))] == ["ASSAULT"]


def test_forces_leaving_a_place_still_withdraw(nlp) -> None:
    assert [t for t, _ in kinds(events(nlp, "Russian troops began leaving the town of Kherson on Friday."))] == \
        ["RETREAT"]
