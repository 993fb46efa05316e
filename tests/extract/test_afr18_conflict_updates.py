"""Conflict updates (wire reports and situation reports on wars in Africa, Yemen and Afghanistan): whom an attack or a
seizure is aimed at when a place is named, who "we" is in a spokesman's quote, a source named at the end of the
sentence, and forces pulling back. Sentences written for the project; the full English pipeline.

* A place held by a party ("the Taliban-controlled district", "Yemen's Houthi rebel-held city") gives that party as
  the recipient, not the country the place is in; the place an attack was fired from ("rounds fired from
  Taliban-held ridges") is where from, not at whom (``parties.holding_party``, ``parties.fired_from``).
* The country or people's word on a place that only says where a seizure or an arrest happened ("a hamlet in the
  southern Sudanese state of X") is no recipient (``parties.held_in_place``), nor is a place an attack was done
  outside of ("raided a post outside X"); a place or a party seized itself keeps its owner.
* "..., a military source reported on Sunday" hung by the parser on the last noun, and "According to X, ..." before a
  clause whose act is in a phrase ("before attacking the convoy"), attribute the act (``claims``).
* A spokesman's "we" in a quote is the force he speaks for when it is named by what it is ("army spokesman X",
  "the police spokesman"), and "we had to withdraw" (a past necessity) tells the withdrawal.
"""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds, only

DAY = "2026-11-30"


@pytest.mark.parametrize("text, holder", [
    ("Afghan jets pounded the Taliban-controlled district of Chahar Dara.", "AFG-TALIBAN"),
    ("Artillery shelled positions in the Taliban-held valley of Tagab.", "AFG-TALIBAN"),
])
def test_afr18_place_held_by_a_party_gives_the_party(nlp, text, holder):
    assert ids(only(events(nlp, text, DAY), "ASSAULT").recipient) == [holder]


def test_afr18_named_rebels_holding_a_place_before_its_country(nlp):
    event = only(events(nlp, "Coalition aircraft hit Yemen's Houthi rebel-held city of Saada.", DAY), "ASSAULT")
    assert event.recipient and "YEM" not in ids(event.recipient)


def test_afr18_place_fired_from_is_no_target(nlp):
    found = events(nlp, "Mortar rounds fired from Taliban-held ridges hit the market.", DAY)
    assert all("AFG-TALIBAN" not in ids(e.recipient) for e in found)


@pytest.mark.parametrize("text, recipient", [
    # negatives: a country's own place struck, and land of a country seized, keep the country
    ("Warplanes struck Yemen's capital on Sunday.", ["YEM"]),
    ("Russian troops seized Ukrainian farmland near the border.", ["UKR"]),
    ("Police arrested three Pakistani nationals in the Indian state of Punjab.", ["PAK"]),
])
def test_afr18_place_or_party_as_target_kept(nlp, text, recipient):
    found = events(nlp, text, DAY)
    assert len(found) == 1 and ids(found[0].recipient) == recipient


def test_afr18_setting_of_a_seizure_is_no_recipient(nlp):
    event = only(events(nlp, "Rebels captured a hamlet in the southern Sudanese state of Sennar.", DAY), "COERCE")
    assert event.recipient == []


def test_afr18_trailing_source_read_as_apposition_attributes(nlp):
    event = only(events(nlp, "Insurgents raided a police post outside Kidal, a military source reported on Sunday.",
                        DAY), "ASSAULT")
    assert event.status == "attributed"
    assert "MLI" not in ids(event.recipient)


def test_afr18_according_to_covers_an_act_in_a_phrase(nlp):
    found = events(nlp, "According to witnesses, the fighters blocked the road before attacking the convoy.", DAY)
    assert only(found, "ASSAULT").status == "attributed"


@pytest.mark.parametrize("text, force", [
    ('"We pulled back to protect civilians," said army spokesman Idris Kamal.', "agent:MIL"),
    ('"We had to withdraw from the hills," the police spokesman said.', "agent:COP"),
])
def test_afr18_spokesmans_we_is_his_force(nlp, text, force):
    event = only(events(nlp, text, DAY), "RETREAT")
    assert ids(event.actor) == [force]
    assert event.status == "attributed"


def test_afr18_own_duty_still_no_event(nlp):
    # negative: a present duty of the speaker's side is no act
    assert kinds(events(nlp, '"We have to defend the town," the police spokesman said.', DAY)) == []


@pytest.mark.parametrize("text, force", [
    ("Soldiers abandoned the district centre after a week of fighting.", "agent:MIL"),
    ("Police abandoned their post on the highway.", "agent:COP"),
])
def test_afr18_district_centre_or_post_abandoned_is_a_withdrawal(nlp, text, force):
    assert ids(only(events(nlp, text, DAY), "RETREAT").actor) == [force]


@pytest.mark.parametrize("text, giver", [
    ("A WFP convoy carrying food aid arrived in Kadugli on Monday.", "IGO-WFP"),
    ("A UN convoy carrying medical supplies reached the besieged town on Friday.", "IGO-UN"),
])
def test_afr18_convoy_told_by_its_load_of_aid_gives_aid(nlp, text, giver):
    found = events(nlp, text, DAY)
    assert ids(only(found, "AID").actor) == [giver]
    assert not any(e.event_type == "MOBILIZE" for e in found)


def test_afr18_convoy_of_troops_is_no_aid(nlp):
    # negative: a convoy told by another load is no aid
    assert not any(e.event_type == "AID" for e in events(nlp, "Trucks carrying Russian troops arrived in the town.",
                                                          DAY))


@pytest.mark.parametrize("text, victims", [
    ("Four border guards lost their lives in a raid by smugglers near the crossing.", "Four border guards"),
    ("Two watchmen died in an assault by bandits on the mine.", "Two watchmen"),
])
def test_afr18_those_who_died_in_an_attack_are_hit(nlp, text, victims):
    assert [a.text for a in only(events(nlp, text, DAY), "ASSAULT").recipient] == [victims]


def test_afr18_deaths_in_a_disaster_are_no_attack(nlp):
    # negative: lives lost in floods tell no act of a party
    assert kinds(events(nlp, "Dozens of villagers lost their lives in the floods last week.", DAY)) == []


@pytest.mark.parametrize("text, target", [
    ("Rebel fighters launched three armed drones toward Saudi Arabia overnight.", "SAU"),
    ("The militia fired rockets towards Israel on Sunday.", "ISR"),
])
def test_afr18_weapons_launched_toward_a_target_attack_it(nlp, text, target):
    event = only(events(nlp, text, DAY), "ASSAULT")
    assert target in ids(event.recipient)


def test_afr18_drones_launched_by_a_firm_are_no_attack(nlp):
    # negative: no military context, no attack
    assert kinds(events(nlp, "The start-up launched two delivery drones toward the farm.", DAY)) == []


@pytest.mark.parametrize("text, actor", [
    ("Burundi, whose soldiers shelled the rebel camp at dawn, has not commented.", "BDI"),
    ("Eritrea, whose troops fought alongside the federal army, was not named in the accord.", "ERI"),
])
def test_afr18_whose_forces_are_the_antecedents(nlp, text, actor):
    # the act of "whose soldiers" is the antecedent's (its type is read as before)
    found = events(nlp, text, DAY)
    assert found and all(ids(e.actor) == [actor] for e in found if e.evidence[0].trigger in ("shelled", "fought"))
