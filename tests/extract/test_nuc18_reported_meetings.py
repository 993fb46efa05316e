"""A meeting a news report places in the future ("will reportedly meet", "will hold talks, a newspaper reported")
is the meeting scheduled (CONSULT, predicted; ``intent.as_intent``), not a statement of intent to meet (AGREE
036); so is a party's own word that it will meet ("X said it will meet Y"); its readiness stays its intent. Sentences written for the
project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-10-04"


def _coded(found):
    return sorted((e.event_type, e.status) for e in found)


@pytest.mark.parametrize("text, coded", [
    ("Chilean and Argentine negotiators will reportedly meet in Lima on Tuesday.", [("CONSULT", "predicted")]),
    ("Kenya will hold an urgent cabinet meeting over the floods on Friday, the Daily Nation reported.",
     [("CONSULT", "predicted")]),
])
def test_nuc18_reported_future_meeting_is_scheduled_meeting(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded


@pytest.mark.parametrize("text, coded", [
    # negatives: the party's readiness is its intent; a meeting scheduled by the text stays a meeting
    ("Peru said it is ready to meet Bolivian officials in La Paz next month.", [("AGREE", "attributed")]),
    ("Norway's foreign minister will meet her Danish counterpart in Oslo on Monday.", [("CONSULT", "predicted")]),
])
def test_nuc18_own_intent_and_scheduled_meeting_unchanged(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded
