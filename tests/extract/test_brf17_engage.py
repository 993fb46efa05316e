""""Engage" with a party of talks as its object is diplomacy, not force: "the envoy engaged Houthi officials in
Muscat", "has engaged both sides of the war" (``triggers.json``, "engage"); fighters, rebels and units engaged stay
attacks. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"


def _types(found):
    return sorted(e.event_type for e in found)


@pytest.mark.parametrize("text, types", [
    ("The UN mediator engaged Houthi officials in Muscat on a prisoner exchange.", ["CONSULT"]),
    ("Norway has engaged both sides of the conflict in Sudan.", ["CONSULT"]),
])
def test_brf17_engaging_parties_of_talks_is_no_attack(nlp, text, types):
    assert _types(events(nlp, text, DAY)) == types


@pytest.mark.parametrize("text, types", [
    # negatives: armed parties engaged are attacked
    ("Malian troops engaged jihadist fighters near Gao.", ["ASSAULT"]),
    ("French helicopters engaged a column of militants near Menaka.", ["ASSAULT"]),
])
def test_brf17_engaging_fighters_stays_an_attack(nlp, text, types):
    assert _types(events(nlp, text, DAY)) == types
