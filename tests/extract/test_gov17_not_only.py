""""Not only X but also Y" tells X and Y both: the "not" of "not only" denies nothing (``claims._not_only``); a plain
"did not" still negates. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-30"


@pytest.mark.parametrize("text, kind, status", [
    ("Azerbaijan not only shelled the villages but also cut the road to the valley.", "ASSAULT", "asserted"),
    ("Serbia not only violated the accord but also expelled the monitors.", "REJECT", "asserted"),
    # negative: a denial stays negated
    ("Azerbaijan did not shell the villages.", "ASSAULT", "negated"),
])
def test_gov17_not_only_tells_the_act(nlp, text, kind, status):
    assert [e.status for e in events(nlp, text, DAY) if e.event_type == kind] == [status]
