"""A country hyphened to where a party sits or to who brokered a deal names no party of the act: "Libya-based armed
groups" are the groups, not Libya; "a Saudi-brokered accord" is the signers' deal, its broker no recipient (as "a
truce brokered by X" is not: ``directed.brokered``). Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"


def _sides(found, kind):
    return [([a.name for a in e.actor], [r.name for r in e.recipient]) for e in found if e.event_type == kind]


@pytest.mark.parametrize("text, kind, not_party", [
    ("Three Libya-based armed groups signed a truce with Niger on Friday.", "AGREE", "Libya"),
    ("Chad-based fighters attacked an army post near Agadez in Niger.", "ASSAULT", "Chad"),
    ("Ethiopia and Eritrea signed a Saudi-brokered accord in Jeddah.", "AGREE", "Saudi Arabia"),
    ("Armenia and Azerbaijan agreed to a US-mediated framework for the border.", "AGREE", "United States"),
])
def test_cea16_seat_or_broker_is_no_party(nlp, text, kind, not_party):
    sides = _sides(events(nlp, text, DAY), kind)
    assert len(sides) == 1, sides
    assert not_party not in sides[0][0] + sides[0][1]


@pytest.mark.parametrize("text, kind, actors, recipients", [
    # negatives: a sponsor still names the force, an act with a named other side keeps it
    ("Kenya signed a security accord with Somalia on Monday.", "AGREE", ["Kenya"], ["Somalia"]),
    ("Three Libya-based armed groups signed a truce with Niger on Friday.", "AGREE", None, ["Niger"]),
    ("Ethiopia and Eritrea signed a Saudi-brokered accord in Jeddah.", "AGREE", ["Ethiopia", "Eritrea"], []),
])
def test_cea16_other_sides_stay(nlp, text, kind, actors, recipients):
    sides = _sides(events(nlp, text, DAY), kind)
    assert len(sides) == 1, sides
    if actors is not None:
        assert sides[0][0] == actors
    assert sides[0][1] == recipients
