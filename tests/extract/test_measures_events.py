"""Government measures and the concessions that undo them, told as sanctions notices and wire reports write them
(issue: event coding that holds on unseen text): designations under a sanctions authority, listings onto sanctions
lists, bans of trade, travel or entry, revoked visas, prohibitions on dealing with a party, diplomats declared
persona non grata and rewards for information on a party are SANCTION with the party as recipient; pardons,
hand-overs of hostages, granted access, hand-overs of control, arms laid down and truces are RETREAT. Every
sentence was written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, only

pytestmark = pytest.mark.slow


def ids(side):
    return [a.actor_id for a in side]


@pytest.mark.parametrize("text, actor, target", [
    ("The European Union imposed an asset freeze on three Serbian businessmen.", "IGO-EU", "SRB"),
    ("Japan imposed a travel ban on two Iranian generals on Tuesday.", "JPN", "IRN"),
    ("Canada imposed export controls on Belarus over the crackdown.", "CAN", "BLR"),
])
def test_a_measure_imposed_on_a_party_is_a_sanction(nlp, text, actor, target):
    e = only(events(nlp, text), "SANCTION")
    assert e.cameo == "163" and ids(e.actor) == [actor] and target in ids(e.recipient)


def test_a_ban_at_home_stays_coercion(nlp):
    found = events(nlp, "Nigeria imposed a ban on street protests in Lagos.")
    assert not [e for e in found if e.event_type == "SANCTION"]


@pytest.mark.parametrize("text, actor, target", [
    ("Australia added four Russian oligarchs to its sanctions list.", "AUS", "RUS"),
    # the militia leader listed, not Somalia (the list is no party: "its" is the Council's)
    ("The United Nations Security Council placed the Somali militia leader on its sanctions list.", "IGO-UNSC",
     "agent:UAF"),
    ("Washington designated the Houthis as a Specially Designated Global Terrorist group.", "USA", "YEM-HOUTHIS"),
])
def test_a_listing_under_a_sanctions_authority_is_a_sanction(nlp, text, actor, target):
    e = only(events(nlp, text), "SANCTION")
    assert e.cameo == "163" and ids(e.actor) == [actor] and target in ids(e.recipient)


def test_a_ban_of_trade_or_entry_is_a_sanction(nlp):
    e = only(events(nlp, "The Kremlin banned entry to 300 Canadian citizens."), "SANCTION")
    assert e.cameo == "163" and ids(e.recipient) == ["CAN"]


def test_revoked_visas_are_a_sanction(nlp):
    e = only(events(nlp, "Washington revoked the visas of twelve Guatemalan judges."), "SANCTION")
    assert ids(e.actor) == ["USA"] and ids(e.recipient) == ["GTM"]


def test_a_prohibition_on_dealing_with_a_party_is_one_sanction(nlp):
    found = events(nlp, "British banks are prohibited from providing loans to the Belarusian government.")
    e = only(found, "SANCTION")
    assert e.cameo == "163"
    assert not [x for x in found if x.event_type == "COERCE"]


def test_diplomats_declared_persona_non_grata_are_expelled(nlp):
    e = only(events(nlp, "Lithuania declared two Russian diplomats persona non grata on Friday."), "SANCTION")
    assert e.mode == "expel" and e.cameo == "161" and ids(e.actor) == ["LTU"] and ids(e.recipient) == ["RUS"]


def test_a_reward_for_information_on_a_party_is_a_sanction_against_it(nlp):
    e = only(events(nlp, "The State Department offered a reward of $7 million for information on the leaders of "
                         "Hezbollah."), "SANCTION")
    assert ids(e.actor) == ["USA-STATE-DEPT"] and ids(e.recipient) == ["LBN-HEZBOLLAH"]


def test_a_reward_that_seeks_no_party_is_no_event(nlp):
    found = events(nlp, "The State Department authorized a reward of $2 million for information that would "
                        "disrupt the smuggling of fuel.")
    assert not [e for e in found if e.event_type in ("SANCTION", "CONCEDE", "AID")]


@pytest.mark.parametrize("text, cameo, mode", [
    ("President Ruto pardoned 40 political prisoners on Monday.", "0841", "release"),
    ("Hamas handed over four hostages to the Red Cross in Gaza.", "0841", "release"),
    ("Syria granted UN inspectors access to the airbase.", "086", "access"),
    ("Ethiopia handed over control of Shire to the Tigrayan authorities.", "0874", "withdraw"),
    ("Boko Haram fighters laid down their weapons near Maiduguri.", "0873", "disarm"),
    ("Israel and Hezbollah declared a three-day truce.", "0871", "ceasefire"),
])
def test_concessions_and_retreats(nlp, text, cameo, mode):
    e = only(events(nlp, text), "RETREAT")
    assert e.cameo == cameo and e.mode == mode


@pytest.mark.parametrize("text, cameo, mode", [
    ("Turkey threatened to impose sanctions on Sweden.", "1312", "restrict"),
    ("Algeria threatened to expel the French ambassador.", "136", "expel"),
    ("Azerbaijan threatened to attack Armenia.", "1384", "violence"),
    ("Beijing warned it would cut ties with Lithuania.", "1313", "relations"),
])
def test_a_threat_is_coded_by_the_act_threatened(nlp, text, cameo, mode):
    e = only(events(nlp, text), "THREATEN")
    assert e.cameo == cameo and e.mode == mode


def test_a_threat_of_no_known_act_stays_generic(nlp):
    e = only(events(nlp, "Venezuela threatened Guyana with serious consequences over the oil block."), "THREATEN")
    assert e.cameo == "130"


def test_people_released_in_an_agentless_passive_are_a_release_with_no_actor(nlp):
    e = only(events(nlp, "Two Swiss nationals held in Iran were released on Friday."), "RETREAT")
    assert e.cameo == "0841" and e.actor == [] and ids(e.recipient) == ["CHE"]


def test_troops_withdrawn_in_an_agentless_passive_are_the_actor(nlp):
    e = only(events(nlp, "Ugandan troops were withdrawn from the Congolese border on Sunday."), "RETREAT")
    assert ids(e.actor) == ["UGA"] and e.recipient == []


def test_pressure_a_sanction_applies_is_the_sanction(nlp):
    found = events(nlp, "The new EU listings apply further pressure on the Belarusian government.")
    e = only(found, "SANCTION")
    assert ids(e.recipient) == ["BLR"] and not [x for x in found if x.event_type == "COERCE"]


def test_pressure_a_government_applies_stays_coercion(nlp):
    found = events(nlp, "Washington applied pressure on Caracas over the vote.")
    assert [x.event_type for x in found] == ["COERCE"]


def test_a_measure_agreed_on_is_the_measure_not_an_agreement(nlp):
    found = events(nlp, "The G7 agreed to target individuals shipping fuel to the Syrian regime.")
    e = only(found, "SANCTION")
    assert ids(e.actor) == ["IGO-G7"] and not [x for x in found if x.event_type == "AGREE"]


def test_firms_targeted_by_a_measure_are_sanctioned_but_fighters_are_attacked(nlp):
    assert only(events(nlp, "Japan is targeting Russian financiers and oligarchs."), "SANCTION").cameo == "163"
    found = events(nlp, "Israeli jets targeted a company of Hezbollah fighters.")
    assert not [x for x in found if x.event_type == "SANCTION"]


def test_peacekeepers_ordered_to_leave_are_expelled_and_have_not_left(nlp):
    found = events(nlp, "Mali ordered the UN peacekeepers to leave the country.")
    e = only(found, "SANCTION")
    assert e.cameo == "166" and e.mode == "expel" and ids(e.actor) == ["MLI"] and ids(e.recipient) == ["IGO-UN"]
    assert not [x for x in found if x.event_type == "RETREAT"]


@pytest.mark.parametrize("text, actor, target", [
    ("The European Union slapped sanctions on Eritrean army officers.", "IGO-EU", "ERI"),
    ("Washington hit Venezuelan banks with new sanctions on Thursday.", "USA", "VEN"),
    ("The EU extended its sanctions on Belarus until March.", "IGO-EU", "BLR"),
    ("The United States tightened its embargo on Cuba.", "USA", "CUB"),
])
def test_sanctions_imposed_anew_by_any_verb_are_a_sanction(nlp, text, actor, target):
    e = only(events(nlp, text), "SANCTION")
    assert e.cameo == "163" and ids(e.actor) == [actor] and target in ids(e.recipient)


def test_a_curfew_extended_stays_coercion(nlp):
    found = events(nlp, "Bangladesh extended the curfew in Dhaka by two days.")
    assert not [e for e in found if e.event_type == "SANCTION"]


@pytest.mark.parametrize("text, cameo", [
    ("ECOWAS suspended Guinea's membership after the coup.", "160"),
    ("Latvia closed its embassy in Minsk.", "161"),
])
def test_relations_reduced(nlp, text, cameo):
    assert only(events(nlp, text), "SANCTION").cameo == cameo


def test_prisoners_swapped_are_released_and_forces_retreating_withdraw(nlp):
    assert only(events(nlp, "Armenia and Azerbaijan swapped 32 prisoners on Sunday."), "RETREAT").cameo == "0841"
    assert only(events(nlp, "Sudanese troops retreated from El Fasher."), "RETREAT").mode == "withdraw"
    assert not events(nlp, "Gold prices retreated from their record highs.")


@pytest.mark.parametrize("text, cameo", [
    ("Ankara threatened sanctions against Stockholm over the burning.", "1312"),
    ("Washington threatened Pretoria with sanctions over the arms deal.", "1312"),
    ("China threatened Taiwan with a naval blockade.", "1381"),
])
def test_a_threatened_measure_named_by_a_noun_codes_the_threat(nlp, text, cameo):
    found = events(nlp, text)
    assert only(found, "THREATEN").cameo == cameo and not [e for e in found if e.event_type == "SANCTION"]


def test_a_blockade_eased_is_a_retreat_not_a_new_blockade(nlp):
    found = events(nlp, "Saudi Arabia eased its blockade of Yemen's ports.")
    assert only(found, "RETREAT").cameo == "0872" and not [e for e in found if e.event_type == "COERCE"]
