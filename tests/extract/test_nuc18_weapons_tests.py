"""Weapons tests: a missile, rocket or warhead "tested" or "flight-tested", and missiles fired or launched "off" a
coast with no target, are a show of military power (CAMEO 150, PLOVER MOBILIZE), not an attack on anyone
(``verb_classes.json``). Missiles fired at a party stay an attack; a drug or a vaccine tested is no event.
Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-10-04"


def _coded(found):
    return sorted((e.event_type, tuple(sorted(a.name for a in e.actor)), tuple(sorted(a.name for a in e.recipient)))
                  for e in found)


@pytest.mark.parametrize("text, coded", [
    ("Pakistan tested a medium-range missile over the Arabian Sea on Monday.", [("MOBILIZE", ("Pakistan",), ())]),
    ("India flight-tested a new hypersonic glide vehicle last week.", [("MOBILIZE", ("India",), ())]),
    ("Iran launched three cruise missiles off its southern coast on Friday.", [("MOBILIZE", ("Iran",), ())]),
])
def test_nuc18_weapons_test_is_show_of_power(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded


@pytest.mark.parametrize("text, types", [
    # negatives: missiles fired at a party stay an attack; a vaccine tested is no event
    ("Syrian forces fired missiles at Turkish positions near Idlib.", ["ASSAULT"]),
    ("Brazil tested a new dengue vaccine on volunteers.", []),
])
def test_nuc18_attacks_and_other_tests_unchanged(nlp, text, types):
    assert [e.event_type for e in events(nlp, text, DAY)] == types


@pytest.mark.parametrize("text, coded", [
    # a test carried out with a light verb is the show of power; a test only condemned is the condemnation alone
    ("Pakistan carried out an underground nuclear test near Chagai.", [("MOBILIZE", ("Pakistan",), ())]),
    ("India conducted a flight test of its new cruise missile on Thursday.", [("MOBILIZE", ("India",), ())]),
    ("Seoul condemned Pyongyang's latest missile test.", [("ACCUSE", ("South Korea",), ("North Korea",))]),
    ("The navy conducted a test of its new radar system.", []),
    ("Turkey conducted another test of the Tarkan on Friday.", []),  # no weapon named: no other act either
])
def test_nuc18_weapons_test_noun_with_light_verb(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded
