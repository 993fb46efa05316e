"""Conflict and politics in Latin America and the Caribbean (wire reports of sanctions, expulsions and Security
Council decisions): sanctions warned of, measures toughened or introduced, travel bans, missions approved. Sentences
written for the project; the full English pipeline.

* Sanctions a party warns it would consider, weigh or prepare, that another party could face, or that it warns of,
  and measures promised with a punitive kind ("swift economic measures against X if ...") are a threat (THREATEN),
  aimed at the party they are against or the one that would face them; sanctions announced stay a sanction, and
  measures promised to revive the economy no threat (``demands._response``, ``demands._promised_response``).
* Punitive measures intensified, stepped up or introduced, and sanctions introduced, are a sanction
  (``triggers.json``: "punitive measure" nouns, "introduce" a light verb).
* A foreign party's people banned from the country are a travel ban (SANCTION), as "from entering" is
  (``demands._travel_ban``); residents banned from a club stay a restriction.
* A mission, its mandate or force approved, or its expansion approved, is a decision adopted (AGREE), not a
  concession; what the approval turns the mission into is no party; a green light given is the same approval.
* "reside" is never taken from the generated CAMEO layer (its default made living somewhere an occupation).
"""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds, only

DAY = "2026-12-01"


@pytest.mark.parametrize("text, aimed", [
    ("Brasilia warned on Friday that it would consider new sanctions against Asuncion.", "PRY"),
    ("Lima warned that it might weigh fresh penalties against the Bolivian government.", "BOL"),
    ("The president of Chile promised swift economic measures against Caracas if the talks collapse.", "VEN"),
])
def test_lat19_sanctions_warned_of_are_a_threat(nlp, text, aimed):
    event = only(events(nlp, text, DAY), "THREATEN")
    assert aimed in ids(event.recipient)
    assert not [e for e in events(nlp, text, DAY) if e.event_type in ("SANCTION", "AGREE")]


def test_lat19_party_that_could_face_sanctions_is_warned(nlp):
    event = only(events(nlp, "Peru warned that the smugglers could face penalties.", DAY), "THREATEN")
    assert [a.text for a in event.recipient] == ["smugglers"]


def test_lat19_warning_of_sanctions_on_a_condition(nlp):
    assert kinds(events(nlp, "Quito vowed tough punitive steps if the rebels attack again.", DAY)) == [
        ("THREATEN", "vowed")]
    assert [k for k, _ in kinds(events(nlp, "The OAS warned of sanctions if the vote was rigged.", DAY))] == [
        "THREATEN"]


@pytest.mark.parametrize("text", [
    "The president of Chile promised economic measures to revive the farms.",
    "The government of Peru promised swift action to help flood victims.",
    "Peru said the smugglers could face a long trip home.",
    "Bolivia said it would consider the request of the farmers.",
])
def test_lat19_no_threat_without_a_punitive_measure(nlp, text):
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "THREATEN"]


def test_lat19_sanctions_announced_stay_a_sanction(nlp):
    found = events(nlp, "The ministry of Panama announced new sanctions against Managua.", DAY)
    assert [k for k, _ in kinds(found)] == ["SANCTION"]


@pytest.mark.parametrize("text, aimed", [
    ("Peru introduced sanctions against four Bolivian ministers.", "BOL"),
    ("Washington stepped up punitive measures against the Managua government.", "NIC"),
    ("Lima intensified its punitive measures against the Cuban leadership last year.", "CUB"),
])
def test_lat19_punitive_measures_toughened_are_a_sanction(nlp, text, aimed):
    event = only(events(nlp, text, DAY), "SANCTION")
    assert aimed in ids(event.recipient) or any(aimed in (a.actor_id or "") for a in event.recipient)


@pytest.mark.parametrize("text", [
    "The school introduced a new curriculum.",
    "The army intensified its patrols near the village.",
])
def test_lat19_other_things_introduced_or_intensified_are_no_sanction(nlp, text):
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "SANCTION"]


def test_lat19_foreign_officials_banned_from_the_country(nlp):
    event = only(events(nlp, "Uruguay banned six Cuban officials from the country on Friday.", DAY), "SANCTION")
    assert [a.text for a in event.recipient] == ["six Cuban officials"]
    assert not [e for e in events(nlp, "Police banned residents from the country club.", DAY)
                if e.event_type == "SANCTION"]


@pytest.mark.parametrize("text", [
    "The Security Council approved expanding the mission in Haiti.",
    "The UN Security Council approved extending the mandate of the police mission for a year.",
    "The Security Council gave the green light to the deployment.",
])
def test_lat19_mission_approved_is_an_agreement(nlp, text):
    assert [k for k, _ in kinds(events(nlp, text, DAY))] == ["AGREE"]


def test_lat19_what_a_mission_is_turned_into_is_no_party(nlp):
    event = only(events(nlp, "The UN Security Council approved converting the support mission into a bigger "
                                  "policing brigade for Haiti.", DAY), "AGREE")
    assert not event.recipient


def test_lat19_lifting_approved_stays_a_concession(nlp):
    assert [k for k, _ in kinds(events(nlp, "The parliament of Peru approved the lifting of sanctions on Cuba.",
                                       DAY))] == ["CONCEDE"]


@pytest.mark.parametrize("text", [
    "Last month she swam the stream, and since then she resides in a tent camp.",
    "The former governor, who had been residing there since May, left for Lima.",
])
def test_lat19_residing_is_no_seizure(nlp, text):
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "COERCE"]
