"""Defence and coalition press releases: strike reports, operations, advise-and-assist and training, exercises and
task forces, deployments, casualty notices, change of command (docs/annotation.md). Invented sentences with real
names of forces and places; the full English pipeline."""

from __future__ import annotations

from ._fictional import events, ids, kinds, only


def test_military_advising_and_assisting_is_aid_not_an_appeal(nlp):
    """"advising and assisting X" is military help to X (AID, CAMEO 072), not an appeal, even when another clause
    of the sentence could pass for what is asked."""
    found = events(nlp, "To be precise: American troops are advising and assisting the Syrian Democratic Forces "
                        "near Tabqa.")
    assert [e.event_type for e in found] == ["AID"]
    assert found[0].cameo == "072" and ids(found[0].recipient) == ["SYR-SDF"]
    found = events(nlp, "Sergeant Bell was advising and assisting our Iraqi partners in Anbar.")
    assert [e.event_type for e in found] == ["AID"]
    # an appeal with its clause is still an appeal
    assert only(events(nlp, "Britain advised Iraq to delay the vote."), "REQUEST").cameo.startswith("02")


def test_military_training_forces_is_aid_training_with_a_partner_cooperates(nlp):
    """Training a party's forces named by a common noun is AID; training with a named partner is COOPERATE."""
    found = events(nlp, "Norwegian instructors have trained 3,000 Iraqi soldiers since March.")
    event = only(found, "AID")
    assert event.cameo == "072" and ids(event.recipient) == ["IRQ"]
    found = events(nlp, "U.S. Army soldiers have trained with the Jordanian army near Zarqa since May.")
    event = only(found, "COOPERATE")
    assert ids(event.recipient) == ["JOR"]


def test_military_serving_in_a_named_operation_is_no_support(nlp):
    """"supporting Operation Inherent Resolve", "supporting the training mission": serving in it, no SUPPORT; being
    assigned to a unit is no event either."""
    assert events(nlp, "Airmen assigned to the 380th Wing are supporting Operation Inherent Resolve.") == []
    assert events(nlp, "The Spanish contingent is supporting the training mission in Besmaya.") == []
    # support of a party stays
    assert only(events(nlp, "Germany supports the Iraqi government."), "SUPPORT")


def test_military_change_of_command_is_no_event(nlp):
    """Relinquishing or assuming command of a unit is no concession."""
    assert events(nlp, "Colonel Ward relinquished command of the brigade at a ceremony in Fort Hood.") == []
    assert events(nlp, "Commodore Singh assumed command of Combined Task Force 151 on Monday.") == []


def test_military_start_of_an_operation_is_mobilize_with_its_target(nlp):
    """Launching an operation or its phase is MOBILIZE; the party its purpose names is the recipient, a place is
    not."""
    found = events(nlp, "The Syrian Democratic Forces began the third phase of their operation to isolate "
                        "ISIL's stronghold of Raqqa.")
    event = only(found, "MOBILIZE")
    assert ids(event.actor) == ["SYR-SDF"] and ids(event.recipient) == ["X-ISIL"]
    found = events(nlp, "Iraqi troops launched an operation to clear the city of Hawija.")
    event = only(found, "MOBILIZE")
    assert event.recipient == [] and not [e for e in found if e.event_type == "ASSAULT"]


def test_military_weapons_gifted_are_aid(nlp):
    """Weapons gifted or donated to a party are military aid."""
    found = events(nlp, "Britain gifted 40 heavy machine guns to the Kurdish Peshmerga.")
    event = only(found, "AID")
    assert event.cameo == "072" and ids(event.actor) == ["GBR"]


def test_military_joining_a_naval_group_is_cooperate(nlp):
    """A warship joining a carrier strike group or a flotilla cooperates, it does not consult."""
    found = events(nlp, "HMS Diamond joined the Italian carrier strike group in the Ionian Sea.")
    assert [e.event_type for e in found] == ["COOPERATE"]


def test_military_purpose_of_an_arrival_is_no_act(nlp):
    """"arrived to join the fight against X": the arrival is the event, its purpose no act of support or attack."""
    found = events(nlp, "Air Force A-10 Thunderbolts from the Indiana Air National Guard arrived here Dec. 2, 2016, "
                        "to join the fight against the Islamic State of Iraq and the Levant in support of Operation "
                        "Inherent Resolve.")
    assert [e.event_type for e in found] == ["MOBILIZE"]
    # aircraft named by their type are forces that move
    found = events(nlp, "Australian Super Hornets arrived at Al Minhad Air Base to join the fight against the "
                        "Islamic State.")
    assert [e.event_type for e in found] == ["MOBILIZE"]


def test_military_casualty_notice_is_an_attack_on_the_dead(nlp):
    """"died ... of wounds sustained in an IED blast", "died in a rocket attack": an ASSAULT with no attacker whose
    recipient is the one who died; a death in an accident is no event."""
    found = events(nlp, "Sgt. Paul Adams, 33, died Oct. 9 in northern Iraq, of wounds sustained in an improvised "
                        "explosive device blast.")
    event = only(found, "ASSAULT")
    assert event.actor == [] and [r.text for r in event.recipient] == ["Paul Adams"]
    found = events(nlp, "Cpl. Ian Moss died Oct. 9 in Helmand province of injuries sustained in a rocket attack.")
    assert [r.text for r in only(found, "ASSAULT").recipient] == ["Ian Moss"]
    assert events(nlp, "Spc. Dana Ruiz died Oct. 9 in Kuwait of injuries sustained in a vehicle rollover.") == []


def test_military_attack_noun_under_a_verb_of_harm_is_one_attack(nlp):
    """"were wounded in an IED blast": the verb tells the attack, the noun does not add a second one."""
    found = events(nlp, "Three Coalition soldiers were wounded in an IED blast near Tal Afar.")
    assert kinds(found) == [("ASSAULT", "wounded")]


def test_military_fire_received_is_an_attack_by_its_source(nlp):
    """"received fire from X", "came under fire from X": X attacks the subject."""
    found = events(nlp, "Iraqi soldiers received heavy mortar fire from ISIL fighters south of Mosul.")
    event = only(found, "ASSAULT")
    assert ids(event.actor) == ["X-ISIL"] and ids(event.recipient) == ["IRQ"]
    found = events(nlp, "Afghan commandos came under fire from Taliban fighters near Kunduz.")
    assert ids(only(found, "ASSAULT").actor) == ["AFG-TALIBAN"]


def test_military_attack_driven_off_hits_its_attacker(nlp):
    """"repelled an ISIL counterattack west of X": the attacker is the recipient, not the place."""
    found = events(nlp, "Kurdish fighters repelled an ISIL counterattack west of Kirkuk.")
    assert ids(only(found, "ASSAULT").recipient) == ["X-ISIL"]


def test_military_troops_deployed_are_no_recipient(nlp):
    """"the army deployed 300 troops": the actor's own forces are moved, not acted on."""
    found = events(nlp, "The Spanish army deployed 300 troops to guard the Besmaya base.")
    event = only(found, "MOBILIZE")
    assert event.recipient == []


def test_military_participle_describing_a_purpose_target_is_no_act(nlp):
    """"conducted a strike to target enemy fighters firing on Iraqi soldiers": the participle says who the target
    is; the strike is the one event."""
    found = events(nlp, "Coalition aircraft conducted a strike to target enemy fighters firing on Iraqi soldiers.")
    assert [e.event_type for e in found] == ["ASSAULT"]
    assert ids(found[0].actor) == ["X-ANTI-ISIL-COALITION"]


def test_military_death_in_an_accident_is_no_attack(nlp):
    """"killed in a helicopter crash": an accident, no ASSAULT; "killed in an attack" stays one."""
    assert events(nlp, "Four French soldiers were killed in a helicopter crash in northern Mali.") == []
    assert only(events(nlp, "Four French soldiers were killed in a jihadist attack in northern Mali."), "ASSAULT")


def test_military_executing_people_is_an_assault_executing_an_attack_stays_light(nlp):
    """"executed 12 prisoners" kills them; "executed an attack" is the attack."""
    event = only(events(nlp, "Al-Shabaab militants executed 12 prisoners in Baidoa."), "ASSAULT")
    assert ids(event.actor) and event.recipient
    assert kinds(events(nlp, "Al-Shabaab militants executed a suicide attack in Baidoa.")) == \
        [("ASSAULT", "executed … attack")]


def test_military_vessel_intercepted_is_seized(nlp):
    """A dhow or a shipment intercepted at sea is seized (COERCE)."""
    event = only(events(nlp, "The Canadian frigate HMCS Regina intercepted a dhow carrying 400 rifles in the "
                             "Arabian Sea."), "COERCE")
    assert event.mode == "seize"


def test_military_kicking_off_an_offensive_is_the_offensive(nlp):
    """"kicked off an offensive against X" is the start of the offensive (MOBILIZE, as the start of an operation
    by the guideline), not a consultation."""
    found = events(nlp, "Afghan forces kicked off an offensive against the Taliban in Kunduz.")
    assert [e.event_type for e in found] == ["MOBILIZE"]


def test_military_attack_driven_off_is_one_attack(nlp):
    """"fended off an ISIS attack": one ASSAULT by the defenders, not a second one by the attackers."""
    found = events(nlp, "Kurdish fighters fended off an ISIS attack on their positions near Sinjar.")
    assert kinds(found) == [("ASSAULT", "fended")]


def test_military_support_through_training_and_strikes_is_aid(nlp):
    """"supports X through training, equipment and air strikes": military help to X (AID), not verbal support."""
    found = events(nlp, "The Coalition supports the YPG through training, equipment and air strikes.")
    event = only(found, "AID")
    assert ids(event.recipient) == ["SYR-YPG"] and not [e for e in found if e.event_type == "SUPPORT"]


def test_military_acting_together_is_cooperation(nlp):
    """"X and Y trained together", "nations have joined together to counter X": COOPERATE among the actors."""
    event = only(events(nlp, "Egyptian and Greek marines trained together on amphibious landings near Crete."),
                 "COOPERATE")
    assert len(event.actor) == 2
    assert only(events(nlp, "The Italian and Spanish navies are working together to protect shipping in the "
                            "Gulf of Guinea."), "COOPERATE")


def test_military_handing_over_command_is_no_aid(nlp):
    """"handed over command of the battalion to X": a change of command, no aid given to X."""
    assert events(nlp, "Lt. Col. Amy Chen handed over command of the 1st Battalion to Lt. Col. Raj Patel.") == []


def test_military_taken_back_from_a_party_is_seized_from_it(nlp):
    """"retook the museum from ISIS": COERCE/seize with ISIS as recipient, whatever was taken."""
    event = only(events(nlp, "Iraqi federal police retook the Mosul museum from ISIS on Sunday."), "COERCE")
    assert event.mode == "seize" and ids(event.recipient) == ["X-ISIL"]


def test_military_counterattack_launched_is_an_attack(nlp):
    """"launched a counterattack on X" is an ASSAULT like "launched an attack on X"."""
    event = only(events(nlp, "ISIS fighters launched a counterattack on Iraqi positions near Baiji."), "ASSAULT")
    assert ids(event.actor) == ["X-ISIL"]


def test_military_participle_aiming_a_strike_is_the_same_strike(nlp):
    """"conducted an airstrike near X targeting Y": one ASSAULT on Y, the participle is no second attack."""
    found = events(nlp, "U.S. Africa Command conducted an airstrike near Jilib targeting al-Shabaab fighters.")
    assert kinds(found) == [("ASSAULT", "conducted … airstrike")]
