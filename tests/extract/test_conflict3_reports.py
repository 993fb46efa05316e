"""Conflict reports as news agencies and security portals write them: arson told by "set fire to" and crowds
charged with batons ("lathi-charged"). Invented sentences with real place names; the full English pipeline."""

from __future__ import annotations

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def test_conflict3_setting_fire_to_a_building_is_destroying_property(nlp):
    """"set fire to a school" is arson (CAMEO 1712 destroy property, an ASSAULT), as "torched" and "set ablaze"
    are, not a seizure of property."""
    found = events(nlp, "Unknown persons set fire to a girls school in North Waziristan on Thursday night.", DAY)
    assault = only(found, "ASSAULT")
    assert (assault.cameo, assault.mode) == ("1712", "destroy")
    assert not [e for e in found if e.event_type == "COERCE"]
    found = events(nlp, "Armed men set fire to two oil tankers near Turbat on Monday.", DAY)
    assert only(found, "ASSAULT").cameo == "1712"


def test_conflict3_protesters_setting_fire_stay_a_riot(nlp):
    """Protesters setting fire to tyres riot (CAMEO 145): the arson reading is not the crowd's."""
    found = events(nlp, "Protesters set fire to tyres on the main road in Quetta.", DAY)
    assert only(found, "PROTEST").cameo == "145"
    assert not [e for e in found if e.event_type == "ASSAULT"]


def test_conflict3_crowd_charged_with_batons_is_crowd_repression(nlp):
    """"lathi-charged", "baton-charged" protesters: crowd repression (CAMEO 175, ASSAULT crowd-control) by the
    police against the crowd, also when the parser reads the hyphened noun as the subject."""
    found = events(nlp, "Police lathi-charged the protesting students in Patna on Monday.", DAY)
    act = only(found, "ASSAULT")
    assert (act.cameo, act.mode) == ("175", "crowd-control")
    assert [a.actor_id for a in act.actor] == ["agent:COP"]
    assert [a.text for a in act.recipient] == ["protesting students"]
    assert not [e for e in found if e.event_type == "ACCUSE"]
    found = events(nlp, "Police baton-charged protesters in Hyderabad on Friday.", DAY)  # read as one noun phrase
    act = only(found, "ASSAULT")
    assert act.cameo == "175" and [a.actor_id for a in act.actor] == ["agent:COP"]
    assert [a.actor_id for a in act.recipient] == ["agent:OPP"]
    found = events(nlp, "Protesters were baton-charged by police in Lahore on Friday.", DAY)
    act = only(found, "ASSAULT")
    assert act.cameo == "175" and [a.actor_id for a in act.actor] == ["agent:COP"]
    assert [a.actor_id for a in act.recipient] == ["agent:OPP"]


def test_conflict3_charging_suspects_with_a_crime_stays_an_accusation(nlp):
    """Charging people with a crime (no baton) is still an accusation."""
    found = events(nlp, "Police charged the two suspects with murder in Karachi on Tuesday.", DAY)
    assert only(found, "ACCUSE").cameo.startswith("112")
    assert not [e for e in found if e.event_type == "ASSAULT"]


def test_conflict3_casualties_in_the_next_sentence_are_the_attacks_toll(nlp):
    """"X attacked a post. Two soldiers were killed (in the attack).": one attack, whose toll and victims the second
    sentence tells, not a second attack with no attacker."""
    found = events(nlp, "Militants attacked a check post in Tank on Monday. Two soldiers were martyred in the "
                        "attack.", DAY)
    attack = only(found, "ASSAULT")
    assert [a.actor_id for a in attack.actor] == ["agent:REB"]
    assert "agent:MIL" in [r.actor_id for r in attack.recipient]
    found = events(nlp, "Terrorists attacked a police station in Bannu with rockets. Two policemen were killed "
                        "and three injured.", DAY)
    attack = only(found, "ASSAULT")
    assert (attack.counts.killed, attack.counts.injured) == (2, 3)
    found = events(nlp, "A bomb exploded near a police van in Quetta on Sunday. Three policemen were injured in "
                        "the blast.", DAY)
    assert only(found, "ASSAULT").counts.injured == 3


def test_conflict3_another_incident_or_the_attackers_side_is_no_toll(nlp):
    """Casualties told as another incident, or of the attacker's own side, stay events of their own."""
    found = events(nlp, "Terrorists attacked a police station in Bannu. Two policemen were killed in a separate "
                        "attack in Kohat.", DAY)
    assert len([e for e in found if e.event_type == "ASSAULT"]) == 2
    found = events(nlp, "Security forces killed three terrorists in Kech. A soldier was injured.", DAY)
    attacks = [e for e in found if e.event_type == "ASSAULT"]
    assert len(attacks) == 2
    assert all("agent:MIL" not in [r.actor_id for r in e.recipient] for e in attacks if e.actor)


def test_conflict3_toll_referring_to_the_attack_or_told_by_a_source_is_that_attacks(nlp):
    """"A second policeman was killed in the attack" names the attack just told (a word like "second" tells no
    other incident when the attack is named), and "Two policemen were killed, police said" is its toll though
    attributed: one attack each, with its dead."""
    found = events(nlp, "Gunmen attacked a police convoy in Tank. A second policeman was killed in the attack.", DAY)
    assert [a.actor_id for a in only(found, "ASSAULT").actor] == ["agent:UAF"]  # one attack, no agentless second
    found = events(nlp, "Gunmen attacked a police convoy in Tank. Two policemen were killed, police said.", DAY)
    assert only(found, "ASSAULT").counts.killed == 2


def test_conflict3_dead_of_the_attackers_own_country_are_no_victims_of_its_attack(nlp):
    """"Hamas fired rockets at southern Israel. Ten Palestinians were killed.": the dead are of the attacker's own
    country (PSE of PSE-HAMAS), hit by someone else: not added to the rocket attack."""
    found = events(nlp, "Hamas fired rockets at southern Israel. Ten Palestinians were killed.", DAY)
    rockets = [e for e in found if e.event_type == "ASSAULT" and e.actor]
    assert len(rockets) == 1 and "PSE" not in {r.actor_id for r in rockets[0].recipient}
    assert not rockets[0].counts.killed
