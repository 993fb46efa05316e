"""Mines and IEDs in incident reports: a vehicle or patrol that sets off a device is no attacker, the device's
planter is the attacker and those in the vehicle are hit; an aiming participle of the blast a killing is told in is
no second attack. Invented sentences with real names; the full English pipeline."""

from __future__ import annotations

from ._fictional import events

DAY = "2026-11-30"


def _sides(event) -> tuple[list[str], list[str]]:
    return [a.name for a in event.actor], [a.text for a in event.recipient]


def test_ter16_truck_hit_a_mine_planted_by_a_group(nlp):
    """"soldiers died after their truck hit a landmine planted by X": X bombed the soldiers."""
    found = events(nlp, "Three Nigerian soldiers died after their truck hit a landmine planted by Boko Haram near "
                   "Bama.", DAY)
    assert [e.event_type for e in found] == ["ASSAULT"]
    actors, recipients = _sides(found[0])
    assert actors == ["Boko Haram"] and recipients and "soldiers" in recipients[0]


def test_ter16_device_a_group_is_suspected_of_planting(nlp):
    found = events(nlp, "Three Nigerian soldiers died after their truck hit an explosive suspected to have been planted "
                   "by Boko Haram near Bama.", DAY)
    assert [_sides(e)[0] for e in found] == [["Boko Haram"]]


def test_ter16_patrol_struck_a_mine_killing_soldiers(nlp):
    """The vehicle is no recipient when the toll participle names the dead."""
    found = events(nlp, "A Nigerian army patrol vehicle struck a landmine near Bama on Monday, killing two soldiers.",
                   DAY)
    assert [_sides(e) for e in found] == [([], ["two soldiers"])]


def test_ter16_drove_over_a_device_injuring_soldiers_has_no_vehicle_actor(nlp):
    found = events(nlp, "An army patrol vehicle drove over a buried explosive device outside Bama on Monday, "
                   "injuring two soldiers.", DAY)
    assert [_sides(e) for e in found] == [([], ["two soldiers"])]


def test_ter16_army_hit_positions_stays_an_attack_by_the_army(nlp):
    """Negative: "hit" with a party's positions as object is the party's strike."""
    found = events(nlp, "The Nigerian army hit Boko Haram positions near Bama with artillery on Monday.", DAY)
    assert [(e.event_type, _sides(e)[0]) for e in found] == [("ASSAULT", ["Nigeria"])]


def test_ter16_blast_targeting_a_truck_is_the_attack_the_killing_is_told_in(nlp):
    """"killed in a roadside bomb blast targeting an army truck": one attack, the participle says what it aimed at."""
    found = events(nlp, "Four soldiers were killed on Monday in a roadside bomb blast targeting an army truck near "
                   "Bama.", DAY)
    assert [(e.event_type, _sides(e)[1]) for e in found] == [("ASSAULT", ["Four soldiers"])]


def test_ter16_attack_targeting_a_convoy_told_apart_stays(nlp):
    """Negative: an attack noun not the one the killing is told in keeps its participle's event."""
    found = events(nlp, "Four soldiers were killed on Monday near Bama, days after an attack targeting an army convoy "
                   "in Dikwa.", DAY)
    assert len(found) == 2
