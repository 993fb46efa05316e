"""Arrests told in agentless passives of people named only by their count or listed after the act: "five were
arrested in X", "six were killed and 125 arrested", "among those arrested were X". Invented sentences with real
place names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"  # a Wednesday


def _arrests(found: list) -> list:
    return [e for e in found if e.event_type == "COERCE"]


@pytest.mark.parametrize("text, country, patient", [
    ("At least five of them were arrested in Lagos on Friday.", "NGA", "five"),
    ("Twelve were arrested in Caracas for looting.", "VEN", "Twelve"),
    ("Thirty were detained in Minsk after the march.", "BLR", "Thirty"),
])
def test_pas14_counted_patient_of_agentless_arrest(nlp, text, country, patient):
    """An agentless arrest whose patient is told only by a count ("five were arrested", "at least five of them"):
    the count is who was arrested, and the authorities of the place the sentence tells are its actor."""
    act, = _arrests(events(nlp, text, DAY))
    assert [a.actor_id for a in act.actor] == [country]
    assert patient in " ".join(a.text for a in act.recipient)


@pytest.mark.parametrize("text, country, patient", [
    ("Six protesters were killed and 125 arrested in Cairo on Friday.", "EGY", "125"),
    ("Two policemen were shot dead and six others detained in Quetta on Sunday.", "PAK", "six others"),
    ("Six protesters were killed and 125 arrested in cities around Egypt on Friday.", "EGY", "125"),
])
def test_pas14_arrest_joined_to_a_passive_without_its_auxiliary(nlp, text, country, patient):
    """"six were killed and 125 arrested": the participle after "and" shares the passive's auxiliary, so its subject
    is the people arrested, not an arrester; the killing stays an attack of its own. The authorities are those of
    the place the arrest is told in, also through a place noun's phrase ("in cities around Egypt")."""
    found = events(nlp, text, DAY)
    act, = _arrests(found)
    assert [a.actor_id for a in act.actor] == [country]
    assert patient in " ".join(a.text for a in act.recipient)
    assert [e for e in found if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, country, patient", [
    ("Among those arrested in Khartoum were two opposition lawmakers.", "SDN", "lawmakers"),
    ("Among those detained in Baku was a prominent blogger.", "AZE", "blogger"),
    ("Those arrested in Dhaka included two opposition lawmakers.", "BGD", "lawmakers"),
])
def test_pas14_people_listed_after_an_arrest(nlp, text, country, patient):
    """"among those arrested were X", "those arrested included X": the list names who underwent the arrest."""
    act, = _arrests(events(nlp, text, DAY))
    assert [a.actor_id for a in act.actor] == [country]
    assert patient in " ".join(a.text for a in act.recipient)


def test_pas14_place_told_in_an_earlier_sentence(nlp):
    """A count arrested with its place told only in an earlier sentence of the article: the event stands there, and
    no actor is copied from that sentence (the guideline leaves an agentless passive's actor empty)."""
    found = events(nlp, "Riots broke out in Lahore on Monday. Forty were arrested.", DAY)
    act, = _arrests(found)
    assert act.actor == []
    assert "Forty" in " ".join(a.text for a in act.recipient)


@pytest.mark.parametrize("text", [
    "At least five were arrested for suspected links to the rebels.",  # no place told: no party, no event
    "Among those arrested were two opposition lawmakers.",
    "Those arrested in Dhaka were freed on bail on Monday.",  # the participle only describes them
    "Those held in Tbilisi were freed on Monday.",
    "The arrested men were later freed in Lagos.",  # an adjective: no new arrest
    "An arrested suspect told reporters in Dhaka that he was beaten.",
    "Police in Dhaka said the five arrested men would appear in court.",
    "Among those killed in Kabul were two aid workers.",  # a list after a killing is its toll, no arrest
])
def test_pas14_no_arrest_without_place_or_from_a_describing_participle(nlp, text):
    """No arrest when nothing places an agentless arrest of unnamed people (no party and no place: no news of whom),
    and none from a participle that only describes people ("the arrested men were freed", "those arrested were
    freed"): no new arrest is told."""
    assert not _arrests(events(nlp, text, DAY))
