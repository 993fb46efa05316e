"""Parties a sanctions measure is aimed at, told by a participle on the clause of the measure ("imposed sanctions on
Monday, targeting three officials", "the sanctions were enacted last week, targeting X"), are the measure's
recipients (docs/annotation.md: a sanctions action that targets people is SANCTION against them): one SANCTION, no
attack and no criticism. "Targeting" after an attack stays the attack's aim. Sentences written for the project; the
full English pipeline."""

from __future__ import annotations

from ._fictional import events

DAY = "2026-11-30"


def _kinds(found):
    return sorted(e.event_type for e in found)


def test_gov17_participle_of_a_measure_names_its_targets(nlp):
    found = events(nlp, "Australia imposed sanctions on Tuesday, targeting two Russian generals.", DAY)
    assert _kinds(found) == ["SANCTION"]
    assert [a.actor_id for a in found[0].recipient] == ["RUS"]  # (named as the generals or as their country)


def test_gov17_measure_told_as_subject_with_participle(nlp):
    found = events(nlp, "The sanctions were adopted on Tuesday, targeting two Russian generals.", DAY)
    assert _kinds(found) == ["SANCTION"]
    assert [a.actor_id for a in found[0].recipient] == ["RUS"]


def test_gov17_targeting_after_an_attack_stays_the_attack(nlp):
    # negative: a participle on a clause of force is the attack's aim
    found = events(nlp, "Gunmen opened fire on a convoy near Kandahar, targeting two Afghan officials.", DAY)
    assert _kinds(found) == ["ASSAULT"]
