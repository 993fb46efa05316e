"""Training of a partner's forces halted, suspended or frozen stops aid (SANCTION, CAMEO 162), as aid suspended
does: the guideline's AID covers training and advising forces. A list of modifiers before the object ("army and
navy training programmes") is read whole. Training a sports team stops is no act between parties. Sentences written
for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-12-06"


def _coded(found):
    return sorted((e.event_type, e.status, tuple(sorted(a.name for a in e.actor)),
                   tuple(sorted(a.name for a in e.recipient))) for e in found)


@pytest.mark.parametrize("text, coded", [
    ("Portugal suspended its training mission in Mozambique.",
     [("SANCTION", "asserted", ("Portugal",), ("Mozambique",))]),
    ("Portugal halted the army and navy training programmes in Mozambique.",
     [("SANCTION", "asserted", ("Portugal",), ("Mozambique",))]),
])
def test_ctr18_training_halted_stops_aid(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded


@pytest.mark.parametrize("text, coded", [
    # negatives: a team's own training; aid suspended stays as it was
    ("The team suspended training because of the heat.", []),
    ("Portugal suspended aid to Mozambique.", [("SANCTION", "asserted", ("Portugal",), ("Mozambique",))]),
])
def test_ctr18_other_suspensions_unchanged(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded
