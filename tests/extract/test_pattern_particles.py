"""A CAMEO pattern whose words after the verb open with a preposition or particle ("rip in", "order back") holds only
when that word hangs on the verb itself (``patterns.particle_held``): a place's "in" or a goal's "back to" further on
in the sentence chooses no other sense of the verb. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-12-06"


def _types(found):
    return sorted(e.event_type for e in found)


@pytest.mark.parametrize("text", [
    "A car bomb ripped through a crowded market in Kandahar on Friday, killing four shoppers.",
    "A suicide bomber tore through a queue of recruits in the port city, killing eleven of them.",
])
def test_place_phrase_in_does_not_make_a_blast_a_riot(nlp, text):
    found = _types(events(nlp, text, DAY))
    assert "PROTEST" not in found
    assert "ASSAULT" in found


def test_goal_phrase_back_does_not_make_an_order_a_consultation(nlp):
    found = events(nlp, "The African Union condemned the takeover and ordered the junta to hand power back to civilians.", DAY)
    assert "REQUEST" in _types(found)
    assert "CONSULT" not in _types(found)


@pytest.mark.parametrize("text, kind", [
    # negatives: the particle hangs on the verb, so the pattern still chooses its sense
    ("Police cracked down on the protesters in the capital.", "COERCE"),
    ("The opposition called for a general strike in the north.", "REQUEST"),
])
def test_particle_of_the_verb_still_chooses_the_pattern(nlp, text, kind):
    assert kind in _types(events(nlp, text, DAY))


@pytest.mark.parametrize("text, kind", [
    ("Protesters tore down the fence around the parliament on Sunday.", "PROTEST"),
    # negative: an armed force tearing down a camp is no riot
    ("Soldiers tore down the protest camp outside the ministry.", "ASSAULT"),
])
def test_a_crowd_tearing_down_barriers_riots(nlp, text, kind):
    assert kind in _types(events(nlp, text, DAY))
