"""A clause of result ("..., leaving dozens injured", "leaving soldiers on both sides injured") tells the toll of
the act before it: "leaving" is no departure and the state is no second attack; forces leaving a place still
withdraw. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds


@pytest.mark.parametrize("sentence, event_type", [
    ("Indian and Chinese troops clashed along the border last week, leaving soldiers on both sides injured.",
     "ASSAULT"),
    ("Tribesmen clashed with police in Kurram district on Sunday, leaving dozens injured.", "ASSAULT"),
    # protesters clashing with police riot (CAMEO 145, PLOVER PROTEST riot: tests/extract/test_coercion_events.py)
    ("Protesters clashed with riot police in Tbilisi, leaving 30 people hurt.", "PROTEST"),
])
def test_a_clause_of_result_is_the_toll_of_the_act_before_it(nlp, sentence, event_type) -> None:
    assert [t for t, _ in kinds(events(nlp, sentence))] == [event_type]


def test_forces_leaving_a_place_still_withdraw(nlp) -> None:
    assert [t for t, _ in kinds(events(nlp, "Russian troops began leaving the town of Kherson on Friday."))] == \
        ["RETREAT"]
