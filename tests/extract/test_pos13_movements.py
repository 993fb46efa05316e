"""Military posture and movement as defence news tells it: warplanes and warships flown, sailed or passed over,
through or near a place (a show of military power, MOBILIZE), forces gathering (MOBILIZE, no rally), and forces that
pull back, are pushed back or are moved out of a place (RETREAT withdraw). The same verbs in a civilian sense stay
no event. Invented sentences with real place names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize("text, actor", [
    ("Two Russian Tu-95 bombers flew over the Sea of Japan for eight hours on Tuesday.", "Russian"),
    ("A Russian spy plane flew over the Black Sea near Crimea on Tuesday.", "Russian"),
    ("A Canadian frigate sailed through the Taiwan Strait on Sunday.", "Canadian"),
    ("A U.S. Navy destroyer transited the Taiwan Strait on Wednesday, the Seventh Fleet said.", "U.S."),
    ("Eleven Chinese fighter jets crossed the strait's median line late on Tuesday.", "Chinese"),
    ("Chinese coast guard ships patrolled the waters around the Senkaku Islands on Monday.", "Chinese"),
])
def test_pos13_warplanes_and_warships_passing_show_force(nlp, text, actor):
    """A warplane or warship that flies, sails, transits, crosses or patrols over, through or near a place shows
    military power (CAMEO 150, PLOVER MOBILIZE): the subject names a military craft, or a plane or ship made
    military by its modifier ("spy plane", "coast guard ships"); the sea or strait passed is no recipient."""
    found = events(nlp, text, DAY)
    act = only(found, "MOBILIZE")
    assert act.cameo == "150"
    assert actor in " ".join(a.text for a in act.actor)
    assert not act.recipient


@pytest.mark.parametrize("text, actor", [
    ("On Monday the U.S. Air Force flew a pair of B-52 bombers over the Yellow Sea.", "U.S. Air Force"),
    ("The British Royal Navy sailed the destroyer HMS Duncan through the Taiwan Strait on Friday.", "Royal Navy"),
    ("The United States sent two B-1B bombers over the Korean Peninsula after the launch.", "United States"),
])
def test_pos13_a_state_flying_or_sending_warplanes_over_a_place_shows_force(nlp, text, actor):
    """Warplanes or warships flown, sailed or sent over or through a place by a state: the state shows military
    power (CAMEO 150, MOBILIZE), no agreement and no aid; the peninsula overflown is no recipient."""
    act = only(events(nlp, text, DAY), "MOBILIZE")
    assert act.cameo == "150" and actor in " ".join(a.text for a in act.actor)
    assert not act.recipient


def test_pos13_a_transit_conducted_is_a_show_of_force(nlp):
    """"conducted a transit of the strait": the transit noun under a light verb is the passage itself (MOBILIZE)."""
    for text in ("USS Dewey conducted a transit of the Taiwan Strait on Thursday.",
                 "The Japanese destroyer JS Akizuki made a routine transit of the Taiwan Strait on Monday."):
        act = only(events(nlp, text, DAY), "MOBILIZE")
        assert act.cameo == "150" and not act.recipient


def test_pos13_troops_gathering_near_a_border_mobilise(nlp):
    """Thousands of troops gathering near a border are a build-up of forces (CAMEO 154, MOBILIZE), not a rally:
    the crowd size names soldiers, not protesters; protesters gathering stay a demonstration."""
    found = events(nlp, "Thousands of Azerbaijani troops gathered near the border with Armenia on Monday.", DAY)
    act = only(found, "MOBILIZE")
    assert "Azerbaijani" in " ".join(a.text for a in act.actor)
    assert not [e for e in found if e.event_type == "PROTEST"]
    found = events(nlp, "Thousands of protesters gathered outside parliament in Yerevan on Monday.", DAY)
    assert only(found, "PROTEST")
    assert not [e for e in found if e.event_type == "MOBILIZE"]


@pytest.mark.parametrize("text, actor", [
    ("Russian forces pulled back from positions on the western bank of the Dnipro.", "Russian forces"),
    ("Ukrainian troops were pushed back from the village on Sunday.", "Ukrainian troops"),
    ("The United States began moving troops out of Syria on Tuesday.", "United States"),
    ("Russia moved its warships out of Sevastopol in the spring.", "Russia"),
    ("Germany reduced its force levels in Lithuania last year.", "Germany"),
])
def test_pos13_forces_pulled_pushed_or_moved_back_withdraw(nlp, text, actor):
    """Forces that pull back (the parser hangs "back" as an adverb), are pushed back, or are moved out of a place
    withdraw, and force levels cut are a partial withdrawal (CAMEO 0874, PLOVER RETREAT withdraw): not a
    demobilisation, not a deployment, not an appeal, not an agreement."""
    found = events(nlp, text, DAY)
    act = only(found, "RETREAT")
    assert act.mode == "withdraw"
    assert actor in " ".join(a.text for a in act.actor)
    assert not [e for e in found if e.event_type in ("MOBILIZE", "REQUEST", "AGREE")]


@pytest.mark.parametrize("text", [
    "The yacht sailed for home after the regatta ended.",
    "Parliament pushed back the vote on the budget until next week.",
    "The airline flew more passengers over the Atlantic than ever before.",
    "The ferry passed through the strait in calm weather.",
    "The central bank pulled back from a planned rate rise.",
    "The plane passed over the city before landing in Madrid.",
    "The squadron will fly strike missions as part of the air group.",
    "The hospital cut staff numbers by a third.",
])
def test_pos13_civilian_senses_of_the_verbs_are_no_movement(nlp, text):
    """The same verbs with no military craft or force ("the ferry passed through", "pushed back the vote", a bank
    "pulled back"), or a mission flown rather than a place passed, are no show of force and no withdrawal."""
    found = events(nlp, text, DAY)
    assert not [e for e in found if e.event_type in ("MOBILIZE", "RETREAT")]


def test_pos13_warships_joining_partners_for_training_cooperate(nlp):
    """Ships joining a partner's ships "for two days of training" or "for drills" hold a joint exercise (CAMEO 062,
    COOPERATE) with the partner as recipient, not a meeting; a minister joining a counterpart for talks still
    consults."""
    found = events(nlp, "The Indian frigate INS Tabar joined the FS Languedoc for three days of drills in the Red "
                        "Sea.", DAY)
    act = only(found, "COOPERATE")
    assert "Languedoc" in " ".join(a.text for a in act.recipient)
    assert not [e for e in found if e.event_type == "CONSULT"]
    found = events(nlp, "The foreign minister joined his Saudi counterpart for talks in Riyadh.", DAY)
    assert only(found, "CONSULT")
