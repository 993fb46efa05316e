"""Acts of groups named by what they are (police, troops, gunmen, protesters, workers, villagers) kept with no named
party: the senses and statuses that are no act of such a group. Invented sentences; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"


@pytest.mark.parametrize("text", [
    "Hundreds of workers were fired after the factory closed.",
    "Some 300 miners were sacked when the pit shut down.",
    "Dozens of teachers were fired last month.",
    "Hundreds of workers were fired on Monday.",
])
def test_grp12_workers_fired_with_no_target_are_dismissed(nlp, text):
    """Workers "fired" or "sacked" with no "on", "upon", "at" or "into" phrase lost their jobs: a personnel act,
    no shooting and no event; people "fired upon" or "fired at" were shot at, whatever their trade."""
    assert not events(nlp, text, DAY)
    assert only(events(nlp, "Workers were fired upon by soldiers near the mine.", DAY), "ASSAULT").recipient
    assert only(events(nlp, "Nurses were fired at by gunmen outside the clinic.", DAY), "ASSAULT").recipient
    shot = only(events(nlp, "Police fired on striking workers outside the mine.", DAY), "ASSAULT")
    assert [a.text for a in shot.recipient] == ["striking workers"]


@pytest.mark.parametrize("text, victims", [
    ("Armed men seized five villagers from their homes.", "five villagers"),
    ("Gunmen snatched two engineers on the highway.", "two engineers"),
])
def test_grp12_armed_men_seizing_people_abduct_them(nlp, text, victims):
    """People seized or snatched by armed men are abducted (ASSAULT abduct), not a seizure of property; weapons
    seized stay a seizure (COERCE)."""
    found = events(nlp, text, DAY)
    act = only(found, "ASSAULT")
    assert act.mode == "abduct" and [a.text for a in act.recipient] == [victims]
    assert not [e for e in found if e.event_type == "COERCE"]
    assert only(events(nlp, "Police seized weapons and ammunition in the raid.", DAY), "COERCE").mode == "seize"


@pytest.mark.parametrize("text", [
    "Police sought to prevent looting in the market.",
    "Troops managed to prevent an attack on the convoy.",
    "Villagers feared being attacked by bandits.",
    "The soldiers were careful to avoid being ambushed on the road.",
])
def test_grp12_acts_prevented_avoided_or_feared_are_no_events(nlp, text):
    """An act prevented, avoided or only feared did not happen: no event of the group, and preventing it is no
    restriction placed on a party."""
    assert not events(nlp, text, DAY)


@pytest.mark.parametrize("text", [
    "Demonstrators broke through a barrier outside the ministry.",
    "Protesters forced their way into the parliament building.",
])
def test_grp12_protesters_breaking_through_protest(nlp, text):
    """Protesters breaking through a barrier or forcing their way in protest violently (PROTEST): no party is hurt
    or held, so no assault and no coercion."""
    found = events(nlp, text, DAY)
    assert only(found, "PROTEST").cameo == "145"
    assert not [e for e in found if e.event_type in ("ASSAULT", "COERCE")]


def test_grp12_pushing_people_down_is_an_assault(nlp):
    """People pushed to the ground are assaulted; a crowd pushing past gates hurts and holds no one (no assault)."""
    act = only(events(nlp, "Protesters pushed police officers to the ground.", DAY), "ASSAULT")
    assert [a.text for a in act.recipient] == ["police officers"]
    found = events(nlp, "Crowds pushed past the gates of the palace.", DAY)
    assert not [e for e in found if e.event_type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize("text", [
    "Supporters of the opposition were arrested in the capital.",
    "Opposition supporters were detained on Sunday.",
])
def test_grp12_supporters_arrested_are_the_recipient(nlp, text):
    """Supporters of a party arrested with no doer told: a group of people held, kept as the recipient."""
    act = only(events(nlp, text, DAY), "COERCE")
    assert [a.actor_id for a in act.recipient] == ["agent:CVL"]


def test_grp12_crowd_forcing_police_to_act_coerces_no_one(nlp):
    """"forcing police to drag them away": the crowd made the police act; no coercion of the police by the crowd
    (the police's own act, when it is one, is told by the infinitive: "forced police to retreat")."""
    found = events(nlp, "Protesters lay down on the road, forcing police to drag them away.", DAY)
    assert not [e for e in found if e.event_type == "COERCE"]
    act = only(events(nlp, "Protesters forced police to retreat from the square.", DAY), "RETREAT")
    assert [a.actor_id for a in act.actor] == ["agent:COP"]
