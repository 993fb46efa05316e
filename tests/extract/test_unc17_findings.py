"""An act told in the "that" clause of what a body found, concluded or established ("the commission found that
soldiers had tortured detainees") is its finding: attributed to the body, as a report's findings are
(docs/annotation.md, status; ``claims``, finding verbs). Sentences written for the project; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-12-06"


def _statuses(found, kind):
    return [e.status for e in found if e.event_type == kind]


@pytest.mark.parametrize("text", [
    "The commission of inquiry found that Eritrean troops had shelled the camp at Hitsats.",
    "The panel of experts concluded that Houthi forces had attacked two tankers in the Red Sea.",
    "The fact-finding mission established that the militia had bombed the market in Kadugli.",
])
def test_unc17_an_act_a_body_found_is_attributed(nlp, text):
    assert _statuses(events(nlp, text, DAY), "ASSAULT") == ["attributed"]


@pytest.mark.parametrize("text", [
    # negatives: the writer's own account, and a finding of things with no clause
    "Eritrean troops shelled the camp at Hitsats on Monday.",
])
def test_unc17_the_writers_own_account_stays_asserted(nlp, text):
    assert _statuses(events(nlp, text, DAY), "ASSAULT") == ["asserted"]


def test_unc17_things_found_are_no_finding(nlp):
    found = events(nlp, "Investigators found the wreckage of the drone near the camp.", DAY)
    assert not any(e.status == "attributed" for e in found)
