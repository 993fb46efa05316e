"""A visitor who "met with X, and held talks with Y" had two meetings, each directed at its own party
(``oneact.same_meeting``); a meeting and the talk it held ("met X, where the two discussed trade") and a visit to a
place with the meeting held there stay one event. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"


def _consults(found):
    return sorted(tuple(sorted(a.name for a in e.recipient)) for e in found if e.event_type == "CONSULT")


@pytest.mark.parametrize("text, met", [
    ("On the trip, Foreign Minister Lea Kovac met with President Samia Hassan, and held talks with Foreign Minister "
     "January Makamba.", [("January Makamba",), ("Samia Hassan",)]),
])
def test_brf17_meetings_with_other_parties_are_two(nlp, text, met):
    assert _consults(events(nlp, text, DAY)) == met


@pytest.mark.parametrize("text, met", [
    # negatives: one meeting told twice, and a visit with the meeting held on it
    ("Foreign Minister Lea Kovac met President Samia Hassan in Dodoma, where the two leaders discussed trade.",
     [("Samia Hassan",)]),
    ("Foreign Minister Lea Kovac travelled to Tanzania, where she met President Samia Hassan.", [("Samia Hassan",)]),
])
def test_brf17_one_meeting_stays_one(nlp, text, met):
    assert _consults(events(nlp, text, DAY)) == met
