"""Military operations as coalition commands, defence ministries and wire reports write them: areas, camps and
hideouts cleared, clearing operations begun, advisers and trainers sent, warships named by their navy's prefix
sailing or departing (docs/annotation.md: COERCE/seize for what is cleared, MOBILIZE for deployments and the start of
an operation). Invented sentences with real names of forces and places; the full English pipeline."""

from __future__ import annotations

from ._fictional import events, ids, only


def test_military_camps_and_hideouts_cleared_are_seized_from_their_owner(nlp):
    """Camps, hideouts or positions of a group cleared by a force are COERCE/seize with the group as recipient, not
    a concession (the generated layer's default for 'clear')."""
    found = events(nlp, "Nigerian troops cleared several Boko Haram camps in the Sambisa forest.")
    event = only(found, "COERCE")
    assert event.cameo == "192" and ids(event.actor) == ["NGA"] and ids(event.recipient) == ["NGA-BOKO-HARAM"]
    assert not [e for e in found if e.event_type == "CONCEDE"]
    event = only(events(nlp, "Afghan commandos cleared Taliban hideouts in Kunar on Thursday."), "COERCE")
    assert ids(event.recipient) == ["AFG-TALIBAN"]
    # other senses of 'clear' are no seizure
    assert not [e for e in events(nlp, "The court cleared the minister of all charges.") if e.event_type == "COERCE"]
    assert not [e for e in events(nlp, "Regulators in Brussels cleared the merger on Monday.")
                if e.event_type == "COERCE"]


def test_military_clearing_operations_begun_are_no_concession(nlp):
    """"began clearing operations in X" is the start of an operation (MOBILIZE), not a concession; the participle
    of the kind of an operation under a light verb is no act of its own ("conducted clearing operations": one
    event)."""
    found = events(nlp, "Iraqi forces began clearing operations in western Mosul on Sunday.")
    assert [e.event_type for e in found] == ["MOBILIZE"] and ids(found[0].actor) == ["IRQ"]
    found = events(nlp, "Iraqi forces conducted clearing operations in western Mosul.")
    assert len(found) == 1 and found[0].event_type != "CONCEDE"


def test_military_contingents_and_squadrons_sent_are_forces_moved(nlp):
    """Squadrons, contingents or commandos sent somewhere are a deployment (MOBILIZE); trainers or advisers sent to
    a partner are military aid (the aid announcements' class)."""
    event = only(events(nlp, "Italy sent a squadron to Iceland for air policing."), "MOBILIZE")
    assert ids(event.actor) == ["ITA"]
    event = only(events(nlp, "Spain sent a contingent of 300 to Latvia last week."), "MOBILIZE")
    assert ids(event.actor) == ["ESP"]
    assert only(events(nlp, "Britain sent 60 more advisers to Nigeria in May."), "AID").cameo == "072"


def test_military_named_warships_sailing_are_deployments(nlp):
    """A warship named by its navy's prefix that sails, steams or departs is a movement of forces."""
    found = events(nlp, "HMS Montrose sailed into the Gulf of Oman on Tuesday.")
    assert [e.event_type for e in found] == ["MOBILIZE"]
    found = events(nlp, "HMAS Toowoomba departed Darwin for the Middle East.")
    assert [e.event_type for e in found] == ["MOBILIZE"]
    # a ship that is no warship named by a prefix stays no event
    assert events(nlp, "The ferry sailed into the harbour at dawn.") == []


def test_military_strikes_owned_by_an_unnamed_pronoun_are_the_actor(nlp):
    """"its strikes killed X" with no party of the text for "its": the strikes are the actor (docs/annotation.md),
    the attack is not dropped for want of its owner."""
    event = only(events(nlp, "Its strikes killed 50 ISIS fighters near Mosul on Monday."), "ASSAULT")
    assert "strikes" in event.actor[0].text and ids(event.recipient) == ["X-ISIL"]
    # a named owner stays the actor
    event = only(events(nlp, "Turkey said its strikes killed 20 PKK fighters in northern Iraq."), "ASSAULT")
    assert ids(event.actor) == ["TUR"]


def test_military_killed_during_an_operation_against_a_group_is_hit_not_the_group(nlp):
    """"a soldier was killed during an operation against X": the soldier is the recipient, X the side his own
    operation fought; an attack against X told actively keeps X."""
    event = only(events(nlp, "A U.S. soldier was killed on Tuesday during a combat operation against the Taliban "
                             "in Helmand."), "ASSAULT")
    assert ids(event.recipient) == ["USA"]
    event = only(events(nlp, "Afghan troops conducted a raid against the Taliban in Kunduz."), "ASSAULT")
    assert ids(event.recipient) == ["AFG-TALIBAN"]


def test_military_joint_drills_told_with_a_modifier_cooperate(nlp):
    """"joint military drills" (joint on 'military' as parsed) have a partner: COOPERATE, not a show of force."""
    found = events(nlp, "U.S. and South Korean forces began their annual joint military drills on Monday.")
    assert [e.event_type for e in found] == ["COOPERATE"]
    found = events(nlp, "Chinese warships conducted live-fire drills near Taiwan.")
    assert [e.event_type for e in found] == ["MOBILIZE"]


def test_military_missiles_test_fired_are_a_show_of_force(nlp):
    """A missile test-fired or test-launched is a show of military power (MOBILIZE, CAMEO 150), no attack; fired at
    someone it stays an attack."""
    event = only(events(nlp, "North Korea test-fired two ballistic missiles into the sea."), "MOBILIZE")
    assert event.cameo == "150" and ids(event.actor) == ["PRK"]
    assert [e.event_type for e in events(nlp, "Iran test-launched a new cruise missile on Friday.")] == ["MOBILIZE"]
    assert only(events(nlp, "The Houthis fired a ballistic missile at Saudi Arabia."), "ASSAULT")


def test_military_group_driven_out_of_a_place_is_seized_from(nlp):
    """A party pushed or driven out of a place is COERCE/seize with that party as recipient, not a deployment."""
    found = events(nlp, "Afghan forces pushed the Taliban out of the district centre.")
    event = only(found, "COERCE")
    assert event.cameo == "192" and ids(event.recipient) == ["AFG-TALIBAN"]
    assert not [e for e in found if e.event_type == "MOBILIZE"]
    event = only(events(nlp, "Kurdish fighters drove ISIS out of Kobani after weeks of fighting."), "COERCE")
    assert ids(event.recipient) == ["X-ISIL"]


def test_military_place_a_force_departs_is_no_recipient(nlp):
    """A force that departs or leaves a place moves (MOBILIZE); the place it left is not the party its move is aimed
    at. A force entering a country keeps that country."""
    event = only(events(nlp, "HMS Montrose departed Bahrain for a patrol of the Strait of Hormuz."), "MOBILIZE")
    assert event.recipient == []
    event = only(events(nlp, "Two Dutch frigates departed Den Helder for the Baltic Sea on Monday."), "MOBILIZE")
    assert event.recipient == []
    event = only(events(nlp, "Russian troops entered Ukraine on Thursday."), "MOBILIZE")
    assert ids(event.recipient) == ["UKR"]


def test_military_partner_of_a_joint_raid_is_not_its_target(nlp):
    """"a partnered raid with X", "a joint operation with X": X took part, the target is told elsewhere; an
    exchange of fire or a clash with X keeps X as the other side."""
    found = events(nlp, "Coalition forces conducted a partnered raid with Iraqi forces that killed an ISIS commander "
                        "near Kirkuk.")
    raid = [e for e in found if e.evidence[0].trigger.endswith("raid")]
    assert len(raid) == 1 and ids(raid[0].actor) == ["X-ANTI-ISIL-COALITION"]
    assert "IRQ" not in ids(raid[0].recipient)
    event = only(events(nlp, "Iraqi troops exchanged fire with ISIS militants near Tikrit."), "ASSAULT")
    assert ids(event.recipient) == ["X-ISIL"]


def test_military_drills_of_two_parties_named_in_the_subject_cooperate(nlp):
    """"American and Filipino marines conducted drills": two parties in the subject's modifiers hold them together
    (COOPERATE), not a show of force of one."""
    found = events(nlp, "American and Filipino marines conducted amphibious landing drills on Monday.")
    event = only(found, "COOPERATE")
    assert sorted(ids(event.actor)) == ["PHL", "USA"]
    assert not [e for e in found if e.event_type == "MOBILIZE"]


def test_military_strike_report_line_with_a_fronted_place(nlp):
    """A strike-report line "Near <place>, <n> strikes destroyed ...": the strikes are the actor, never the place
    the parser may read as the subject, and the line stands as an attack even when the place is unknown and no
    party is hit; a sentence of another shape with no party stays no event."""
    event = only(events(nlp, "Near Abu Kamal, a strike destroyed an oil wellhead."), "ASSAULT")
    assert "strike" in event.actor[0].text and "Near" not in event.actor[0].text
    event = only(events(nlp, "Near Kisik, two strikes destroyed a weapons cache and a bulldozer."), "ASSAULT")
    assert event.actor[0].text.endswith("strikes") and event.recipient == []
    assert events(nlp, "Near the river, two old barns collapsed in the storm.") == []


def test_military_things_struck_take_the_party_that_uses_them(nlp):
    """Objects struck or seized are no recipients, but the party told using or holding them is ("tunnels used by
    militants", "a base held by ISIS")."""
    event = only(events(nlp, "The Egyptian army destroyed 12 tunnels used by militants in Rafah."), "ASSAULT")
    assert ids(event.recipient) == ["agent:REB"]
    event = only(events(nlp, "Coalition aircraft struck a bridge used by ISIS fighters near Mosul."), "ASSAULT")
    assert ids(event.recipient) == ["X-ISIL"]


def test_military_attack_told_in_a_casualty_notice_when_clause(nlp):
    """"died of wounds sustained when insurgents attacked his unit": the clause under the wounds tells the attack
    (ASSAULT by the insurgents), it does not describe a party."""
    found = events(nlp, "Corporal Smith died of wounds sustained when insurgents attacked his unit with small-arms "
                        "fire in Helmand.")
    event = only(found, "ASSAULT")
    assert ids(event.actor) == ["agent:REB"]
    found = events(nlp, "A Marine died Sunday of wounds sustained when his patrol came under fire from Taliban "
                        "fighters in Helmand.")
    assert ids(only(found, "ASSAULT").actor) == ["AFG-TALIBAN"]
    # a participle describing a party stays no act
    assert events(nlp, "Analysts studying the attacks in Mali said little.") == []
