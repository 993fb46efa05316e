"""Type boundaries of found events: the neighbouring PLOVER type a release or wire sentence must not be given.
Minimal pairs of invented sentences (real names, invented events) through the full English pipeline, each side of a
boundary by docs/annotation.md."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-03-18"


@pytest.mark.parametrize("text", [
    "Egypt and Sudan signed an agreement on water sharing in Cairo on Sunday.",
    "Vietnam and South Korea signed a memorandum on cooperation in the energy sector.",
    "Chile and Peru concluded a free trade pact on Thursday.",
    "Kenya and Uganda finalised a treaty on the shared border last week.",
])
def test_bounds_an_agreement_signed_or_concluded_is_agree(nlp, text):
    """An agreement, memorandum, pact or treaty signed or concluded is AGREE (the guideline: "agreements reached
    or signed"; CAMEO 057 kept as the code), not verbal SUPPORT: the parties bind themselves, they do not approve
    of someone. A memorandum "on cooperation" is the agreement, not the cooperation it is about."""
    found = events(nlp, text, DAY)
    assert only(found, "AGREE").cameo == "057"
    assert not [e for e in found if e.event_type in ("SUPPORT", "COOPERATE")]


def test_bounds_talks_on_cooperation_stay_a_meeting(nlp):
    """The other side of the pair: talks held on cooperation are the meeting (CONSULT), no agreement and no
    cooperation in practice."""
    found = events(nlp, "Vietnam and South Korea held talks on cooperation in the energy sector.", DAY)
    only(found, "CONSULT")
    assert not [e for e in found if e.event_type in ("AGREE", "COOPERATE", "SUPPORT")]


@pytest.mark.parametrize("text", [
    "Ukrainian forces launched an offensive near Zaporizhzhia on Monday.",
    "The Ukrainian army launched a counteroffensive against Russian forces in the south.",
    "Sudan's army began a major offensive to retake Khartoum.",
])
def test_bounds_an_offensive_launched_is_the_start_of_an_operation(nlp, text):
    """An offensive launched or begun is the start of an operation (MOBILIZE, CAMEO 154, as "launched an
    operation"): the sentence tells forces set in motion, not yet force used on anyone."""
    found = events(nlp, text, DAY)
    assert only(found, "MOBILIZE").cameo == "154"
    assert not [e for e in found if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Ukrainian forces launched strikes on Russian positions near Zaporizhzhia on Monday.",
    "Russia launched a wave of drone strikes on Kyiv overnight.",
])
def test_bounds_strikes_launched_stay_an_assault(nlp, text):
    """The other side: strikes launched (also "a wave of strikes") are force used on their target (ASSAULT),
    no mobilisation."""
    found = events(nlp, text, DAY)
    only(found, "ASSAULT")
    assert not [e for e in found if e.event_type == "MOBILIZE"]


def test_bounds_days_of_war_games_launched_together_are_cooperation(nlp):
    """"launched ten days of war games": a stretch of time is no event, its "of" phrase is (the exercise), held
    by two navies together: joint exercises are COOPERATE by the guideline."""
    found = events(nlp, "French and Egyptian warships on Monday launched ten days of war games in the "
                        "Mediterranean.", DAY)
    act = only(found, "COOPERATE")
    assert {a.text for a in act.actor} == {"French", "Egyptian"}


@pytest.mark.parametrize("text", [
    "The United States announced it would prohibit all aid to the rebels.",
    "The European Union said it will freeze the assets of five Russian oligarchs.",
])
def test_bounds_a_sanction_announced_is_the_measure(nlp, text):
    """A sanctions measure announced for the future ("announced it would prohibit aid", "said it will freeze the
    assets of X") is the measure itself, status predicted (docs/annotation.md, sanctions notices: "will impose" is
    the measure), not a threat."""
    found = events(nlp, text, DAY)
    assert only(found, "SANCTION").status == "predicted"
    assert not [e for e in found if e.event_type == "THREATEN"]


def test_bounds_a_sanction_warned_of_stays_a_threat(nlp):
    """The other side: a measure the speaker warns it could take is THREATEN (1312)."""
    found = events(nlp, "The European Union warned it could freeze the assets of five Russian oligarchs.", DAY)
    assert only(found, "THREATEN").cameo == "1312"
    assert not [e for e in found if e.event_type == "SANCTION"]


def test_bounds_sabotage_is_destruction_of_property(nlp):
    """Sabotage of a facility is property destroyed by force (ASSAULT destroy, CAMEO 1712), alleged when an
    accusation tells it; it is no sanction (the generated dictionary's reading). Sabotage of talks or a process is
    no act of force and no event of its own."""
    found = events(nlp, "Iran accused Israel of sabotaging its nuclear facility.", DAY)
    act = only(found, "ASSAULT")
    assert (act.mode, act.cameo, act.status) == ("destroy", "1712", "alleged")
    assert not [e for e in found if e.event_type == "SANCTION"]
    found = events(nlp, "The opposition accused the government of sabotaging the peace talks.", DAY)
    assert [e.event_type for e in found] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "The United States ended its combat mission in Iraq.",
    "France wound down its military presence in the Sahel.",
])
def test_bounds_a_combat_mission_ended_is_a_withdrawal(nlp, text):
    """A combat mission or military presence of one's own forces ended or wound down is their withdrawal (RETREAT
    withdraw), not a sanction and not an injury ("wound" of "wound down" is the past of "wind")."""
    found = events(nlp, text, DAY)
    assert only(found, "RETREAT").mode == "withdraw"
    assert not [e for e in found if e.event_type in ("SANCTION", "ASSAULT")]


@pytest.mark.parametrize("text, kind", [
    ("The United Nations ended its peacekeeping mission in Mali.", "SANCTION"),
    ("Egypt ended its mediation mission.", "SANCTION"),
    ("Gunmen wounded three soldiers in Kunar.", "ASSAULT"),
])
def test_bounds_other_missions_ended_and_wounds_keep_their_type(nlp, text, kind):
    """The other side: a peacekeeping or mediation mission pulled out is the measure it was (SANCTION), and
    wounding people stays an assault."""
    found = events(nlp, text, DAY)
    only(found, kind)
    assert not [e for e in found if e.event_type == "RETREAT"]


@pytest.mark.parametrize("text", [
    "The European Union banned Russian airlines from its airspace.",
    "Turkey barred Israeli ships from its ports.",
])
def test_bounds_a_partys_carriers_barred_from_airspace_or_ports_is_a_sanction(nlp, text):
    """A party's airlines or ships banned from the country's airspace or ports is a ban imposed on that party
    (SANCTION 163 by the guideline's sanctions notices), not a domestic restriction (COERCE)."""
    found = events(nlp, text, DAY)
    assert only(found, "SANCTION").cameo == "163"
    assert not [e for e in found if e.event_type == "COERCE"]


def test_bounds_internet_restored_is_a_concession(nlp):
    """Internet access restored by the government that cut it is a restriction eased (CONCEDE); power restored
    after a storm is no event."""
    found = events(nlp, "Ethiopia restored internet access in the Tigray region.", DAY)
    assert only(found, "CONCEDE").cameo == "0811"
    assert events(nlp, "Authorities restored power to the city after the storm.", DAY) == []


@pytest.mark.parametrize("text, kind", [
    ("The coalition has supported the Iraqi Security Forces in their fight against ISIL.", "AID"),
    ("Britain has supported the Nigerian Armed Forces in their campaign against Boko Haram.", "AID"),
    ("We support the Iraqi Security Forces' efforts to protect civilians.", "SUPPORT"),
    ("Canada expressed strong support for Moldova's path toward European Union membership.", "SUPPORT"),
])
def test_bounds_forces_supported_are_aided(nlp, text, kind):
    """Forces supported by a partner are given military help (AID 072, as "supports the Malian army"), also when
    the force is named with capitals ("the Iraqi Security Forces"); support voiced for a party's efforts or path
    stays verbal SUPPORT."""
    found = events(nlp, text, DAY)
    only(found, kind)
    assert not [e for e in found if e.event_type in {"AID", "SUPPORT"} - {kind}]


@pytest.mark.parametrize("text", [
    "Germany delivered air defence systems to Lithuania on Monday.",
    "Spain shipped two anti-aircraft systems to Estonia.",
])
def test_bounds_weapon_systems_delivered_are_military_aid(nlp, text):
    """Weapon systems named by what they defend against or fire ("air defence systems") delivered to a party are
    military aid (AID 072), as weapons are; a "system" with no such word is no weapon."""
    assert only(events(nlp, text, DAY), "AID").cameo == "072"
    assert events(nlp, "The ministry provided a new accounting system to the schools.", DAY) == []
