"""Security news from Asia: fire answered or begun by a force, and the paramilitary rangers of insurgency reports.
Sentences written for the project; the full English pipeline.

* A force that "initiated fire" attacks, as one that opened or returned fire does (``verb_classes.json``).
* A force that "responded to" or "reacted to" the shelling, firing or an attack answers it with fire of its own
  (CAMEO 190); a ministry or medics who respond to an attack, an answer told by its means ("responded by sealing off
  the district") and a reaction to words are no attack.
* "Rangers" ("paramilitary rangers", "army rangers", bare "rangers") and a military or army helicopter are forces
  (``actors/agents.txt``), so that their fire is told with no name of their state.
"""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds, only

DAY = "2026-12-01"


def test_asi19_initiated_fire_is_an_attack(nlp):
    event = only(events(nlp, "Afghan border guards initiated fire on a Pakistani outpost before dawn.", DAY), "ASSAULT")
    assert "AFG" in ids(event.actor)


@pytest.mark.parametrize("text, actor", [
    ("Indian soldiers responded to the shelling from across the frontier.", "IND"),
    ("Nepalese troops reacted to the firing near the checkpoint.", "NPL"),
])
def test_asi19_force_answering_fire_attacks(nlp, text, actor):
    event = only(events(nlp, text, DAY), "ASSAULT")
    assert actor in ids(event.actor)


def test_asi19_answer_reported_is_attributed(nlp):
    text = "Thai troops responded to the gunfire, the regional army commander said."
    assert only(events(nlp, text, DAY), "ASSAULT").status == "attributed"


@pytest.mark.parametrize("text", [
    "The interior ministry responded to the attack with a short statement.",
    "Medics responded to the shooting at the market.",
    "Police responded to the attack by sealing off the district.",
    "The army reacted angrily to the accusations.",
])
def test_asi19_other_responses_are_no_attack(nlp, text):
    assert not [k for k in kinds(events(nlp, text, DAY)) if k == ("ASSAULT", "responded") or k == ("ASSAULT", "reacted")]


@pytest.mark.parametrize("text", [
    "Paramilitary rangers returned fire.",
    "The rangers returned fire after the ambush.",
])
def test_asi19_rangers_are_a_force(nlp, text):
    event = only(events(nlp, text, DAY), "ASSAULT")
    assert ids(event.actor) == ["agent:MIL"]


def test_asi19_ranger_patrol_hit_is_a_force_hit(nlp):
    event = only(events(nlp, "Insurgents ambushed a ranger patrol outside the village.", DAY), "ASSAULT")
    assert ids(event.recipient) == ["agent:MIL"]


def test_asi19_army_helicopter_strikes(nlp):
    event = only(events(nlp, "Army helicopters shot at two hamlets near the river.", DAY), "ASSAULT")
    assert ids(event.actor) == ["agent:MIL"]
