"""Other senses of verbs of harm and of giving in war reports: relations or trust harmed are no attack, details or
evidence given or withheld are no aid (verb classes with no event); weapons given and targets destroyed keep their
events. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds

DAY = "2026-11-30"


@pytest.mark.parametrize("text, trigger", [
    ("Ankara said the raid had badly damaged ties between Turkey and Iran.", "damaged"),
    ("The Kremlin said the cruise missile attack destroys relations between Moscow and Washington.", "destroys"),
    ("The Jordanian army said it had struck 30 smuggling convoys, without providing details.", "providing"),
    ("Moscow offered no evidence that the Syrian rebels had used chlorine.", "offered"),
])
def test_syr17_other_senses_are_no_event(nlp, text, trigger):
    found = events(nlp, text, DAY)
    assert not any(e.evidence[0].trigger == trigger for e in found), kinds(found)


@pytest.mark.parametrize("text, kind", [
    # negatives: things destroyed and weapons given keep their events
    ("Turkish drones destroyed two Kurdish ammunition depots near Qamishli.", "ASSAULT"),
    ("Washington provided anti-tank missiles to the Kurdish militia.", "AID"),
])
def test_syr17_harm_and_help_keep_their_events(nlp, text, kind):
    assert any(e.event_type == kind for e in events(nlp, text, DAY))
