"""A minority an attack falls on is its recipient ("attacks on religious minorities by X": the minorities are hit).
Sentences written for the project; the full English pipeline."""

from __future__ import annotations

from ._fictional import events

DAY = "2026-11-30"


def test_gov17_a_minority_attacked_is_the_recipient(nlp):
    found = [e for e in events(nlp, "Gunmen of the Islamic State attacked the Yazidi minority near Sinjar.", DAY)
             if e.event_type == "ASSAULT"]
    assert [[a.text for a in e.recipient] for e in found] == [["Yazidi minority"]]


def test_gov17_minorities_in_a_condemned_attack_are_hit(nlp):
    found = [e for e in events(nlp, "Belgium condemned raids on Christian minorities by al-Shabaab.", DAY)
             if e.event_type == "ASSAULT"]
    assert [[a.text for a in e.recipient] for e in found] == [["Christian minorities"]]


def test_gov17_minority_rights_name_no_party(nlp):
    # negative: no act on a minority, no event
    assert events(nlp, "The new constitution protects the rights of minorities.", DAY) == []
