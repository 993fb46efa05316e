"""What a government says it expects a party to do, when that is an act of compliance ("expects X to respect the
truce", "to release the detainees", "to withdraw"), is a demand of that party (REQUEST demand, CAMEO 100); the act
expected is what is asked, no act told. "expect" with an act a party might do against others ("expect X to attack")
is a forecast, and "is expected to" a forecast of the writer's sources: neither is a demand. Sentences written for
the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-30"


def _kinds(found):
    return sorted((e.event_type, e.mode) for e in found)


def _request(found):
    return [e for e in found if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text, asked", [
    ("Denmark expects Serbia to honour the commitments it made at the summit.", "Serbia"),
    ("Chile expects Bolivia to release the three detained truck drivers without delay.", "Bolivia"),
    ("The foreign minister said Estonia expected Belarus to respect the rights of the detained activists.",
     "Belarus"),
])
def test_gov17_expecting_compliance_is_a_demand(nlp, text, asked):
    found = events(nlp, text, DAY)
    requests = _request(found)
    assert [e.mode for e in requests] == ["demand"]
    assert asked in [a.name for a in requests[0].recipient]
    # the act expected is asked, not told as done or planned
    assert [e.event_type for e in found] == ["REQUEST"]


def test_gov17_expectation_of_a_party_noun_drops_the_act_asked(nlp):
    found = events(nlp, "Kenya expects all parties to observe the truce in the border districts.", DAY)
    assert _kinds(found) == [("REQUEST", "demand")]


@pytest.mark.parametrize("text, kinds", [
    # negatives: a forecast of an attack or of a deal, the writer's "is expected to", one's own plan
    ("Analysts expect Mordor to launch a new offensive in the spring.", [("MOBILIZE", "troops")]),
    ("Officials expect Peru and Ecuador to sign a border accord next month.", [("AGREE", None)]),
    ("Norway expects to open a consulate in Luanda next year.", []),
])
def test_gov17_forecasts_are_no_demand(nlp, text, kinds):
    found = events(nlp, text, DAY)
    assert "REQUEST" not in [e.event_type for e in found]
    assert _kinds(found) == kinds


@pytest.mark.parametrize("text", [
    "We expect both sides to observe the truce along the border.",
    "The Council called for both sides to exercise restraint.",
])
def test_gov17_the_sides_asked_are_the_recipients(nlp, text):
    requests = _request(events(nlp, text, DAY))
    assert [[a.text for a in e.recipient] for e in requests] == [["sides"]]


def test_gov17_a_side_of_a_border_is_no_party(nlp):
    # negative: the side of a border only says where
    found = events(nlp, "Troops massed on the other side of the border with Ruritania.", DAY)
    assert all("side" not in a.text for e in found for a in e.recipient)
