"""Delegations at talks: a delegation led or headed with no journey told ("is leading the Irish delegation",
"their team is headed by X") names who speaks for a party, no act; one led "to" a party's country is a visit there
(CONSULT visit, 042), not a statement of intent (``verb_classes.json``). Sentences written for the project; the full
English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-10-04"


def _coded(found):
    return sorted((e.event_type, e.mode, tuple(sorted(a.name for a in e.recipient))) for e in found)


@pytest.mark.parametrize("text", [
    "Foreign Minister Simon Coveney is leading the Irish delegation at the Vienna conference.",
    "Norway's negotiating team is headed by a senior diplomat from Oslo.",
])
def test_nuc18_delegation_led_is_no_act(nlp, text):
    assert _coded(events(nlp, text, DAY)) == []


def test_nuc18_delegation_led_to_a_country_is_visit(nlp):
    found = _coded(events(nlp, "Chile's foreign minister led a trade delegation to Vietnam on Monday.", DAY))
    assert found == [("CONSULT", "visit", ("Vietnam",))]


def test_nuc18_attack_led_unchanged(nlp):
    found = events(nlp, "Kurdish commanders led an assault on Islamic State positions near Raqqa.", DAY)
    assert [e.event_type for e in found] == ["ASSAULT"]
