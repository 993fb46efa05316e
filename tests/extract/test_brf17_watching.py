"""A government that watches a state of affairs investigates no one: "our embassy keeps monitoring the situation with X",
"staff are monitoring the situation of our nationals" are no act (``othersenses.watching_a_state``); watching a
party's movements stays an investigation of that party. Sentences written for the project; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"


def _types(found):
    return sorted(e.event_type for e in found)


@pytest.mark.parametrize("text, types", [
    ("Our embassy keeps monitoring the situation with the Chilean sailor seized by gunmen off Haiti.", ["COERCE"]),
    ("Embassy staff are monitoring the situation of Peruvian nationals in Haifa.", []),
    ("Consular officers are watching the situation of Nepali workers in Doha closely.", []),
])
def test_brf17_watching_a_situation_is_no_investigation(nlp, text, types):
    assert _types(events(nlp, text, DAY)) == types


@pytest.mark.parametrize("text, types", [
    # negative: the movements of a named group watched stay an investigation of the group
    ("Kenyan police are monitoring the movements of al-Shabaab militants near Lamu.", ["ACCUSE"]),
])
def test_brf17_watching_a_party_stays(nlp, text, types):
    assert _types(events(nlp, text, DAY)) == types
