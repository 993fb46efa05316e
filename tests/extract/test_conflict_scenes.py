"""Daily conflict-report items told in several acts (the style of a regional terrorism portal), judged as whole
events: the other side of a fight or a retaliation as the attacker of its toll, a claim of responsibility as the
attacker of the attack told before it, injuries sustained in a fight, a device that went off, arms recovered at the
scene of an encounter, the place shared by coordinated acts. Sentences written for the project (real district
names, invented events)."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only

DAY = "2026-11-25"  # a Wednesday


def _attacks(found):
    return [e for e in found if e.event_type == "ASSAULT"]


@pytest.mark.parametrize(("text", "attacker"), [
    # a force the dictionary does not know, named by its acronym: the CRPF fired back
    ("The Maoists killed a CRPF jawan in an ambush in Sukma District on Monday. Two Maoists were also killed in "
     "the retaliatory fire.", "CRPF"),
    # a retaliation named by its modifier, not a fight noun
    ("Two soldiers were killed when militants raided an Army camp in Kurram on Monday. Four militants were killed "
     "in the retaliatory action.", "agent:MIL"),
])
def test_a_toll_of_the_retaliation_is_by_the_side_first_attacked(nlp, text, attacker):
    found = _attacks(events(nlp, text, DAY))
    back = next(e for e in found if ids(e.recipient) in (["agent:REB"],) and e.evidence[0].sentence.startswith(
        ("Two Maoists", "Four militants")))
    assert attacker in ids(back.actor) or attacker in [a.text for a in back.actor]


def test_injuries_sustained_in_the_fight_are_the_other_sides_attack(nlp):
    found = _attacks(events(nlp, "Two militants were killed in a gunfight with SFs in Kulgam on Monday. A "
                                 "policeman sustained injuries in the exchange of fire.", DAY))
    hurt = next(e for e in found if ids(e.recipient) == ["agent:COP"])
    assert ids(hurt.actor) == ["agent:REB"] and hurt.date.start == "2026-11-23"


def test_injuries_in_an_accident_are_no_attack(nlp):
    assert _attacks(events(nlp, "The goalkeeper suffered injuries in a car crash in Lahore on Monday.", DAY)) == []


def test_a_claim_of_the_attack_told_before_names_its_attacker(nlp):
    """"The BLA claimed responsibility for the attack": the ambush told before is the BLA's, attributed to it; the
    claim is no second attack."""
    found = _attacks(events(nlp, "Terrorists ambushed a Levies patrol in Kech District on Monday, killing two "
                                 "personnel. The Balochistan Liberation Army claimed responsibility for the attack.",
                            DAY))
    assert len(found) == 1
    assert ids(found[0].actor) == ["PAK-BLA"] and found[0].status == "attributed"
    assert found[0].date.start == "2026-11-23"


def test_a_claim_does_not_replace_a_named_attacker(nlp):
    found = _attacks(events(nlp, "The TTP attacked a police post in Bannu on Monday. A little-known group claimed "
                                 "responsibility for the attack.", DAY))
    assert ids(found[0].actor) == ["PAK-TTP"] and found[0].status == "asserted"


def test_an_ambush_told_with_two_verbs_of_harm_is_one_attack(nlp):
    found = _attacks(events(nlp, "Maoists killed a policeman and injured two others in an ambush in Gumla District "
                                 "on Monday.", DAY))
    assert len(found) == 1 and ids(found[0].actor) == ["agent:REB"]


def test_a_device_that_went_off_with_a_toll_is_a_bombing_of_the_victims(nlp):
    event = only(events(nlp, "A landmine went off near a bus stand in Kohlu on Sunday, killing two villagers.", DAY),
                 "ASSAULT")
    assert event.mode == "explosives" and [r.text for r in event.recipient] == ["two villagers"] and event.actor == []
    assert _attacks(events(nlp, "A fire alarm went off at the hotel in Lahore on Sunday.", DAY)) == []


def test_arms_recovered_at_the_scene_are_taken_by_its_force(nlp):
    found = events(nlp, "SFs killed two militants in an encounter in Kupwara District on Monday. An AK-47 rifle and "
                        "two magazines were recovered from the site.", DAY)
    seized = next(e for e in found if e.event_type == "COERCE" and e.mode == "seize")
    assert ids(seized.actor) == ["agent:MIL"] and seized.recipient == []
    assert seized.location is not None and seized.location.name.startswith("Kupwara")


def test_arms_recovered_with_no_scene_and_no_place_are_no_event(nlp):
    assert not [e for e in events(nlp, "Two rifles were recovered.", DAY) if e.event_type == "COERCE"]


def test_a_coordinated_recovery_shares_the_place_and_takes_no_pronoun_as_party(nlp):
    found = events(nlp, "The Police arrested two Maoists in Gaya District on Monday and recovered a pistol from "
                        "them.", DAY)
    seized = next(e for e in found if e.event_type == "COERCE" and e.mode == "seize")
    assert ids(seized.actor) == ["agent:COP"] and seized.recipient == []
    assert seized.location is not None and seized.location.name.startswith("Gaya")


def test_an_attack_that_left_people_hurt_has_them_as_victims(nlp):
    event = only(events(nlp, "A grenade attack on a Rangers patrol in Karachi left three personnel wounded on "
                             "Sunday.", DAY), "ASSAULT")
    assert [r.text for r in event.recipient] == ["three personnel"] and event.date.start == "2026-11-22"
    assert not [e for e in events(nlp, "The floods left thousands homeless in Sindh on Sunday.", DAY)
                if e.event_type == "ASSAULT"]


def test_a_death_days_after_a_blast_names_the_blasts_victim(nlp):
    event = only(events(nlp, "A wounded constable died in hospital three days after the grenade blast in Sopore.",
                        DAY), "ASSAULT")
    assert ids(event.recipient) == ["agent:COP"]
    assert not [e for e in events(nlp, "The poet died in Karachi two days after his birthday.", DAY)
                if e.event_type == "ASSAULT"]


def test_a_device_named_by_two_nouns_the_parser_splits_is_set_off_by_its_attackers(nlp):
    """"triggered a pressure IED": the parser reads "IED" as an apposition of "pressure"; the device is still the
    object, the Maoists its attackers."""
    event = only(events(nlp, "Three villagers were killed when Maoists triggered a pressure IED in Bijapur District "
                             "on Sunday.", DAY), "ASSAULT")
    assert ids(event.actor) == ["agent:REB"] and event.mode == "explosives"


def test_a_town_the_model_splits_into_a_word_and_a_person_is_one_place(nlp):
    """"Dera Ismail Khan": the model reads "Ismail Khan" as a person; the gazetteer knows the whole name."""
    event = only(events(nlp, "Unidentified gunmen opened fire on a Police van in Dera Ismail Khan on Sunday, "
                             "injuring a constable.", DAY), "ASSAULT")
    assert event.location.name == "Dera Ismail Khan" and event.location.country == "PAK"


def test_a_division_owned_by_its_state_is_the_place(nlp):
    """"in Manipur's Churachandpur District": both are first-level places; the district the state owns is the more
    precise."""
    event = only(events(nlp, "Militants ambushed a police team in Manipur's Churachandpur District on Sunday, "
                             "injuring two constables.", DAY), "ASSAULT")
    assert event.location.name == "Churachandpur" and event.location.country == "IND"


def test_an_abduction_and_the_later_killing_of_the_abducted_are_two_acts(nlp):
    found = _attacks(events(nlp, "Militants abducted a trader in Kurram on Sunday and later shot him dead.", DAY))
    assert sorted(str(e.mode) for e in found) == ["abduct", "firearms"]
    assert all([r.text for r in e.recipient] == ["trader"] for e in found)


@pytest.mark.parametrize("text", [
    "A bomb went off near a bus stand in Khuzdar on Sunday.",
    "An IED exploded near a bus stand in Khuzdar on Sunday.",
])
def test_a_device_that_went_off_with_no_toll_is_a_bombing_with_no_attacker(nlp, text):
    """The device is the subject, not the attacker; it is no suicide attack unless the item says so."""
    event = only(events(nlp, text, DAY), "ASSAULT")
    assert event.actor == [] and event.mode == "explosives" and event.date.start == "2026-11-22"


def test_a_statement_joined_by_and_keeps_no_place_of_the_first_act(nlp):
    found = events(nlp, "Germany hosted talks with France in Berlin and later criticised Russia.", DAY)
    criticism = next(e for e in found if e.event_type == "ACCUSE")
    assert criticism.location is None


def test_arms_seized_after_a_countrys_forces_acted_are_theirs(nlp):
    found = events(nlp, "Pakistani forces killed three militants in Waziristan on Monday. Two rifles were seized.", DAY)
    seized = next(e for e in found if e.event_type == "COERCE")
    assert ids(seized.actor) == ["PAK"] and seized.location is not None


def test_arms_recovered_with_no_force_at_the_scene_are_no_event(nlp):
    found = events(nlp, "Rebels attacked a checkpoint in Kandahar on Monday. Weapons were recovered from the spot.",
                   DAY)
    assert not [e for e in found if e.event_type == "COERCE"], [(e.event_type, ids(e.actor)) for e in found]


@pytest.mark.parametrize("text", [
    "Three workers suffered injuries in a fire at a textile factory in Lahore on Monday.",
    "Five people sustained injuries in a fire that broke out in a market in Quetta on Monday.",
])
def test_injuries_in_a_fire_are_no_attack(nlp, text):
    assert not _attacks(events(nlp, text, DAY))


@pytest.mark.parametrize(("text", "victims"), [
    # the group the dictionary knows (role PAKREB) was attacked first: the soldiers' toll is its fire
    ("Security forces attacked TTP militants in Bannu on Monday. Two soldiers were killed in the exchange of fire.",
     "agent:MIL"),
    # the group attacked first, its own toll in the retaliation is the police's fire
    ("The TTP ambushed a Police patrol in Bannu on Monday. Two TTP militants were killed in the retaliatory fire.",
     "PAK-TTP"),
])
def test_a_group_the_dictionary_knows_is_on_the_armed_side(nlp, text, victims):
    """The side of a named group comes from its role code in the actor dictionary ("PAKREB": armed); its name
    holds no word of either side."""
    found = _attacks(events(nlp, text, DAY))
    toll = next(e for e in found if e.evidence[0].trigger == "killed")
    assert ids(toll.recipient) == [victims]
    assert ids(toll.actor) == (["PAK-TTP"] if victims == "agent:MIL" else ["agent:COP"])
