"""Attacks told from the side that underwent them ("an army convoy came under attack", "a police patrol came under
fire"): the unit named by its sector is hit, not the place the sentence names. Invented sentences with real place
names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize("text, sector, attacker", [
    ("An army convoy came under fire near Bannu on Wednesday.", "agent:MIL", []),
    ("A police patrol came under attack in Kandahar.", "agent:COP", []),
    ("A police checkpoint came under attack by militants in Peshawar.", "agent:COP", ["militants"]),
])
def test_pas14_unit_that_came_under_attack_is_hit(nlp, text, sector, attacker):
    """"X came under attack/fire": the subject undergoes the attack. A unit or post named by its sector ("army
    convoy", "police checkpoint") is that sector's party, as an attack's object is; the place is only where it
    happened, and one attack stays one event."""
    act = only(events(nlp, text, DAY), "ASSAULT")
    assert [a.actor_id for a in act.recipient] == [sector]
    assert [a.text for a in act.actor] == attacker


def test_pas14_toll_told_with_an_attack_undergone(nlp):
    """"six were killed when an army contingent came under attack on X Road": the attack on the army is told
    though the road is no known place."""
    found = events(nlp, "At least six security officials were killed when an army contingent came under attack on "
                        "Kohat Road on Wednesday night.", DAY)
    assert any([a.actor_id for a in e.recipient] == ["agent:MIL"] for e in found if e.event_type == "ASSAULT")


@pytest.mark.parametrize("text", [
    "The plan came under attack from opposition parties in Lagos.",
    "The village came under heavy shelling in Donetsk.",
])
def test_pas14_thing_that_came_under_attack_names_no_sector(nlp, text):
    """A plan or a village that "came under attack" names no sector: no party is made of it."""
    for e in events(nlp, text, DAY):
        assert not any((a.actor_id or "").startswith("agent:") for a in e.recipient)
