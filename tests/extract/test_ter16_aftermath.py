"""The aftermath and circumstances of an attack in incident reports: the dead and wounded sent to a hospital are no
deployment, a patrol the people hit were on is no patrol of its own, and a place recaptured "from" a group has that
group as recipient in the passive as in the active. Invented sentences with real names; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-30"


@pytest.mark.parametrize("text", [
    "The bodies of the slain policemen were sent to a hospital in Quetta.",
    "The injured soldiers were shifted to a military hospital in Peshawar.",
])
def test_ter16_casualties_sent_to_hospital_are_no_deployment(nlp, text):
    assert "MOBILIZE" not in {e.event_type for e in events(nlp, text, DAY)}


def test_ter16_troops_sent_to_a_town_stay_a_deployment(nlp):
    """Negative: troops sent to a town are deployed."""
    assert [e.event_type for e in events(nlp, "Pakistani troops were sent to Quetta after the attack.", DAY)] == \
        ["MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on Nigerian police officers patrolling the highway near Zaria.",
    "Gunmen opened fire on National Guard troops patrolling a road near Zamora.",
])
def test_ter16_patrol_of_the_people_fired_on_is_no_event(nlp, text):
    assert [e.event_type for e in events(nlp, text, DAY)] == ["ASSAULT"]


def test_ter16_patrol_told_as_the_act_stays(nlp):
    """Negative: a patrol told as the sentence's act is a deployment."""
    found = events(nlp, "Nigerian police officers patrolled the highway near Zaria on Monday.", DAY)
    assert [e.event_type for e in found] == ["MOBILIZE"]


def test_ter16_recaptured_from_a_group_in_the_passive(nlp):
    found = events(nlp, "The base had been recaptured from al-Shabaab by Somali troops in October.", DAY)
    assert [(e.event_type, [a.name for a in e.recipient]) for e in found] == [("COERCE", ["Al-Shabaab"])]


def test_ter16_leaving_guards_wounded_is_the_toll(nlp):
    """"attacked X, leaving at least two guards wounded": the toll of the attack, no second attack by the soldier."""
    found = events(nlp, "Islamic State militants raided an Iraqi army post in Khanaqin, leaving at least two guards "
                   "wounded, officials said.", DAY)
    assert [(e.event_type, [a.name for a in e.actor]) for e in found] == [("ASSAULT", ["Islamic State"])]


def test_ter16_witnesses_recount_is_an_attributed_account(nlp):
    """"Eyewitnesses recount that X ambushed Y": the witnesses' account, attributed."""
    found = events(nlp, "Eyewitnesses recount that Boko Haram fighters ambushed the convoy near Bama.", DAY)
    assert [(e.event_type, e.status) for e in found] == [("ASSAULT", "attributed")]
