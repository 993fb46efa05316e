"""Contested and conflict regions that news names every day (extract/resources/places/region.jsonl): Crimea, the
Donbas, Nagorno-Karabakh, the Golan Heights, the West Bank and the Gaza Strip, Abkhazia, South Ossetia,
Transnistria, Tigray, Amhara, Darfur, Iraq's Kurdistan Region, Sinai, the two Kivus. Each is a place of the country
it belongs to in international law; unknown to the gazetteer, each was read as a party of its own ("new:crimea")
and given as the recipient of the act done there or to it. Invented sentences.
"""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only
from ._fictional import place_at as place
from ._fictional import run


@pytest.mark.parametrize("text, name, country", [
    ("Fighting resumed in Tigray on Sunday, aid workers said.", "Tigray", "ETH"),
    ("Drones struck a fuel depot in Crimea overnight.", "Crimea", "UKR"),
    ("Shelling continued across the Donbas on Friday.", "Donbas", "UKR"),
    ("Two villages in South Ossetia lost power after the storm.", "South Ossetia", "GEO"),
    ("Aid convoys reached northern Darfur on Tuesday.", "Darfur", "SDN"),
    ("Troops were sent to the Golan Heights last week.", "Golan Heights", "SYR"),
])
def test_a_contested_region_is_a_place_of_its_country(nlp, text, name, country):
    doc = run(nlp, text)
    assert place(doc, name) is not None
    found = next(p for p in doc.spans["places"] if name in p.text)
    assert found._.location.country == country


@pytest.mark.parametrize("text, event_type", [
    ("Moscow annexed Crimea after a disputed vote.", "COERCE"),
    ("Government troops retook Tigray's main towns in a week.", "COERCE"),
])
def test_a_region_taken_is_no_party_of_its_own(nlp, text, event_type):
    event = only(events(nlp, text), event_type)
    assert not any(i.startswith("new:") for i in ids(event.recipient)), ids(event.recipient)


def test_negative_a_region_that_speaks_is_still_a_party(nlp):
    """Negative: "Abkhazia's de facto leader said ..." names the breakaway authority, which speaks; the region as
    the owner of a speaker is not a place mention."""
    doc = run(nlp, "Abkhazia's de facto leader accused Tbilisi of blocking the talks.")
    event = only(doc._.events, "ACCUSE")
    assert ids(event.recipient) == ["GEO"]
