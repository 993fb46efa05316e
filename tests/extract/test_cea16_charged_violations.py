"""A bare participle that says what an alleged act was is part of the charge: "X claimed Y's troops shelled a village,
violating the truce" alleges the violation as it alleges the shelling (``claims._charge_participle``); told by the
writer as fact, both stay asserted. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"


def _status(found, kind):
    return [e.status for e in found if e.event_type == kind]


@pytest.mark.parametrize("text, statuses", [
    ("Azerbaijan claimed Armenian troops shelled a village overnight, violating the truce.", ["alleged"]),
    ("Israel alleged that Hezbollah fired rockets at a border town, violating the ceasefire.", ["alleged"]),
    # negative: the writer's own account keeps the violation asserted
    ("Armenian troops shelled a village overnight, violating the truce.", ["asserted"]),
])
def test_cea16_violation_spelled_out_after_a_charge_is_alleged(nlp, text, statuses):
    assert _status(events(nlp, text, DAY), "REJECT") == statuses
