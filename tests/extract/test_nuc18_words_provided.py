"""Words handed over are no aid: assurances, answers, explanations or a report "provided" or "given" ("could not
provide assurance that ...", "to provide a report on its stockpile") are no material help (``verb_classes.json``);
aid, weapons or intelligence provided with them keep their coding. Sentences written for the project; the full
English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-10-04"


@pytest.mark.parametrize("text", [
    "Lebanon provided a report to the Cypriot authorities on Monday.",
    "Damascus provided answers to the agency on Monday.",
])
def test_nuc18_words_provided_are_no_aid(nlp, text):
    assert [e.event_type for e in events(nlp, text, DAY)] == []


@pytest.mark.parametrize("text, types", [
    ("Italy gave Tunisia written assurances and two patrol boats.", ["AID"]),
    ("Canada provided emergency food aid to Haiti.", ["AID"]),
])
def test_nuc18_aid_given_with_words_stays_aid(nlp, text, types):
    assert [e.event_type for e in events(nlp, text, DAY)] == types
