"""Military releases: an act told with "be to" and its infinitive ("the envoy is to visit X", "the battalions are
to withdraw from Y") is scheduled, status predicted, as "is set to" is (``claims``); "X is to blame" is no
schedule. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only


@pytest.mark.parametrize("text, kind", [
    ("The Italian defence minister is to visit Niamey on Thursday.", "CONSULT"),
    ("Two Ghanaian battalions are to withdraw from Mali by the end of the year.", "RETREAT"),
])
def test_mil17_be_to_infinitive_is_predicted(nlp, text, kind):
    assert only(events(nlp, text), kind).status == "predicted"


@pytest.mark.parametrize("text, kind", [
    # negatives: the act done, and one set to happen, keep their status
    ("The Italian defence minister visited Niamey on Thursday.", "CONSULT"),
    ("Two Ghanaian battalions withdrew from Mali at the end of the year.", "RETREAT"),
])
def test_mil17_done_acts_unchanged(nlp, text, kind):
    assert only(events(nlp, text), kind).status == "asserted"
