"""Military commands' and defence ministries' releases: bases handed over, the last troops leaving, capabilities and
aims told beside acts, and the toll a strike "resulted in". Invented sentences with real place and force names; the
full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize("text, actor, recipient", [
    ("Dutch forces handed over Camp Holland to Afghan security forces on Monday.", "Dutch forces",
     "Afghan security forces"),
    ("Italian troops handed the outpost over to the Lebanese Armed Forces.", "Italian troops",
     "Lebanese Armed Forces"),
    ("The 10th Mountain Division transferred the airfield to the Iraqi army in a ceremony on Sunday.",
     "Mountain Division", "Iraqi army"),
    ("Spanish troops turned the garrison over to Afghan soldiers on Friday.", "Spanish troops", "Afghan soldiers"),
])
def test_mil15_base_handed_to_partner_is_a_withdrawal(nlp, text, actor, recipient):
    """A base, camp, outpost or airfield handed over, turned over or transferred to a partner force is the end of a
    presence there (PLOVER RETREAT withdraw, CAMEO 0874), as "handed over the base" already was; not aid, which
    goods are."""
    found = events(nlp, text, DAY)
    act = only(found, "RETREAT")
    assert act.mode == "withdraw"
    assert actor in " ".join(a.text for a in act.actor)
    assert recipient in " ".join(a.text for a in act.recipient)
    assert not [e for e in found if e.event_type == "AID"]


def test_mil15_base_left_then_handed_over_as_it(nlp):
    """"left the K1 base and handed it over to X": the pronoun stands for the base the first verb acted on, so the
    handover is a withdrawal too, not aid."""
    found = events(nlp, "Coalition troops left the Qaim base and handed it over to the Iraqi army.", DAY)
    assert {e.event_type for e in found} == {"RETREAT"}


@pytest.mark.parametrize("text", [
    "The Pentagon handed over 40 armored vehicles to the Somali National Army.",
    "The coalition handed over equipment and ammunition worth 20 million dollars to the Iraqi army.",
])
def test_mil15_goods_handed_over_stay_aid(nlp, text):
    """Negative: vehicles, equipment and ammunition handed over are still material help (AID)."""
    found = events(nlp, text, DAY)
    assert {e.event_type for e in found} == {"AID"}


@pytest.mark.parametrize("text, kind", [
    ("The remaining coalition troops will depart in the coming days.", "RETREAT"),
    ("The last British soldiers will depart Basra at the end of the month.", "RETREAT"),
    ("The remaining troops departed for Kuwait on Monday.", "MOBILIZE"),
])
def test_mil15_remaining_troops_leaving_end_a_withdrawal(nlp, text, kind):
    """The remaining or last troops of a contingent departing or leaving end a withdrawal (RETREAT), not a new
    deployment; a departure "for" a destination stays a movement (MOBILIZE)."""
    found = events(nlp, text, DAY)
    assert {e.event_type for e in found} == {kind}


@pytest.mark.parametrize("text", [
    "The strike was aimed at degrading the group's ability to plan attacks that threaten U.S. forces.",
    "ISIS remains able to conduct attacks across the region, the command said.",
    "The brigade has the capability to strike targets up to 300 kilometres away.",
    "The task force exists to deter Houthi attacks on merchant shipping.",
    "The coalition continues its mission to defeat ISIS remnants in Iraq.",
])
def test_mil15_capability_or_aim_is_no_act(nlp, text):
    """A capability ("the ability to plan attacks", "remains able to conduct attacks"), the menace of attacks
    ("attacks that threaten U.S. forces": 'threaten' as 'endanger', no party's warning), an act a force exists to
    deter and a mission's aim ("its mission to defeat ISIS") are no acts (docs/annotation.md, 'Not events')."""
    assert events(nlp, text, DAY) == []


def test_mil15_past_ability_is_the_act_done(nlp):
    """Negative: "was able to retake the town" tells the retaking done."""
    found = events(nlp, "The Iraqi army was able to retake the town of Hit from ISIS on Friday.", DAY)
    assert only(found, "COERCE").mode == "seize"


def test_mil15_supported_partner_operations_with_an_aim(nlp):
    """"supported Iraqi army operations to defeat Daesh by conducting 45 strikes": the infinitive is the
    operations' aim, no attack of its own; the support is military aid to the army and the strikes one attack."""
    found = events(nlp, "Coalition forces supported Iraqi army operations to defeat Daesh in Anbar by conducting 45 "
                        "strikes.", DAY)
    aid = only(found, "AID")
    assert "Iraqi" in " ".join(a.text for a in aid.recipient)
    assert len([e for e in found if e.event_type == "ASSAULT"]) == 1


@pytest.mark.parametrize("text, recipient", [
    ("The airstrike resulted in the death of Abu Khalid, an al-Qaeda facilitator.", "Abu Khalid"),
    ("On July 7, U.S. Central Command conducted a strike in Syria that resulted in the death of Abu Bakr "
     "al-Shami, an ISIS leader.", "Abu Bakr al-Shami"),
])
def test_mil15_strike_resulting_in_death_hits_the_dead(nlp, text, recipient):
    """A strike that "resulted in the death of X" hit X: one attack whose recipient is X (docs/annotation.md: a toll
    belongs to the attack it results from)."""
    act = only(events(nlp, text, DAY), "ASSAULT")
    assert recipient in " ".join(a.text for a in act.recipient)


@pytest.mark.parametrize("text", [
    "The accident resulted in the death of a Turkish soldier.",
    "The floods resulted in the death of 40 people.",
])
def test_mil15_death_from_no_attack_is_no_attack(nlp, text):
    """Negative: a death that an accident or a flood resulted in is no attack."""
    assert events(nlp, text, DAY) == []


@pytest.mark.parametrize("text, actor", [
    ("US-led coalition troops detained a senior ISIS leader overnight inside Syria.", "US-led coalition troops"),
    ("United States-led international coalition troops withdrew from the Taji base on Sunday.",
     "United States-led international coalition troops"),
    ("Turkish-backed fighters clashed with Kurdish forces near Manbij.", "Turkish-backed fighters"),
    ("Iran-backed militias fired rockets at a base hosting American troops in western Iraq.",
     "Iran-backed militias"),
])
def test_mil15_led_or_backed_force_is_the_actor(nlp, text, actor):
    """A force named by its sponsor hyphened to "led" or "backed" ("US-led coalition troops", "Iran-backed
    militias") is the party that acts (docs/annotation.md: common-noun and non-state actors are actors); the
    sponsor's name is no actor of the force's act."""
    found = events(nlp, text, DAY)
    assert found
    assert all(actor in [a.text for a in e.actor] for e in found)


def test_mil15_nationality_of_a_force_stays_its_party(nlp):
    """Negative: "Russian troops shelled X" is still Russia's act; only a hyphened sponsor is set aside."""
    act = only(events(nlp, "Russian troops shelled Kharkiv overnight.", DAY), "ASSAULT")
    assert [a.actor_id for a in act.actor] == ["RUS"]
