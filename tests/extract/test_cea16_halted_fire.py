"""A party that halts its own attacks or fire declares a ceasefire (RETREAT ceasefire, CAMEO 0871): "halted its
airstrikes", "ceased hostilities", "stopped shooting at dawn" are no attacks told negated (verb_classes.json).
Stopping other things stays as it was. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"


@pytest.mark.parametrize("text, actor", [
    ("Azerbaijan halted its airstrikes on the enclave on Tuesday.", "Azerbaijan"),
    ("The Sudanese army ceased hostilities in El Fasher for three days.", "Sudan"),
    ("Ethiopian troops stopped shooting at dawn, a spokesman said.", "Ethiopia"),
    ("Myanmar's junta paused its bombardment of the northern towns.", "Myanmar"),
])
def test_cea16_halting_own_fire_is_a_ceasefire(nlp, text, actor):
    found = events(nlp, text, DAY)
    assert [(e.event_type, e.mode) for e in found] == [("RETREAT", "ceasefire")], \
        [(e.event_type, e.mode, e.status) for e in found]
    assert actor in [a.name for a in found[0].actor]


@pytest.mark.parametrize("text, expected", [
    # negatives: talks or mediation halted, work stopped, a person stopped are no ceasefire
    ("Qatar suspended its mediation between the two sides.", ("SANCTION", "165")),
    ("Kenya halted the talks with the rebels.", ("SANCTION", "164")),
])
def test_cea16_other_halts_keep_their_type(nlp, text, expected):
    found = events(nlp, text, DAY)
    assert [(e.event_type, e.cameo) for e in found] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("A truce brokered by Egypt and Qatar halted the fighting for a week.", []),
    ("Sudan and the rebels agreed to a truce brokered by Egypt and Qatar.", [("AGREE", ["Sudan", "rebels"], [])]),
])
def test_cea16_brokers_of_a_truce_neither_halt_nor_receive_it(nlp, text, expected):
    """A truce that halts the fighting is no party's act; its brokers (all of "X and Y") are neither its actors nor
    the recipients of the sides' agreement (``directed.brokered``)."""
    found = events(nlp, text, DAY)
    assert [(e.event_type, [a.name for a in e.actor], [r.name for r in e.recipient]) for e in found] == expected
