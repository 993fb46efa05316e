"""The Islamic State named with "in Iraq and Syria" or "in Iraq and the Levant" is one party, not the group and a
country or region; a minority an attack falls on is its recipient. Sentences written for the project; the full
English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-30"


@pytest.mark.parametrize("text", [
    "Belgium condemned the raids by the Islamic State in Iraq and Syria on villages near Sinjar.",
    "Belgium condemned the raids by the Islamic State in Iraq and the Levant on villages near Sinjar.",
])
def test_gov17_the_long_name_is_one_party(nlp, text):
    found = [e for e in events(nlp, text, DAY) if e.event_type == "ACCUSE"]
    assert [[a.name for a in e.recipient] for e in found] == [["Islamic State"]]


def test_gov17_a_minority_attacked_is_the_recipient(nlp):
    found = [e for e in events(nlp, "Gunmen of the Islamic State attacked the Yazidi minority near Sinjar.", DAY)
             if e.event_type == "ASSAULT"]
    assert [[a.text for a in e.recipient] for e in found] == [["Yazidi minority"]]


def test_gov17_a_country_after_of_stays_in_the_name(nlp):
    # negative: the name with "of" was already one party
    found = [e for e in events(nlp, "Belgium condemned the raids by the Islamic State of Iraq and the Levant.", DAY)
             if e.event_type == "ACCUSE"]
    assert [[a.name for a in e.recipient] for e in found] == [["Islamic State"]]
