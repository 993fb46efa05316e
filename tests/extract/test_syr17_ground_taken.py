"""Ground taken or taken back is COERCE seize (docs/annotation.md: "retook", "regained"), never an assault: "retake"
and "recapture" whatever the parse makes of their object, and "overtake" with ground or buildings as object (the
verb class of taking territory). Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds

DAY = "2026-11-30"


@pytest.mark.parametrize("text", [
    # the parser reads "hamlet" as the subject of "agreed": the object is lost
    "Iraqi soldiers recaptured the hamlet and militants agreed to go.",
    "Kurdish fighters retook the grain silos and the insurgents fled south.",
    "The jihadists have overtaken a dozen buildings on the northern edge of Tel Sahra.",
    "Islamist fighters overtook the village of Umm Hajar after two days of fighting.",
])
def test_syr17_ground_taken_is_seizure(nlp, text):
    found = events(nlp, text, DAY)
    assert any(e.event_type == "COERCE" and e.mode == "seize" for e in found), kinds(found)
    assert not any(e.event_type == "ASSAULT" and e.evidence[0].trigger in ("recaptured", "retook", "overtaken",
                                                                           "overtook") for e in found), kinds(found)


@pytest.mark.parametrize("text", [
    # negatives: other senses of "overtake"
    "The cyclist overtook her rival on the final climb.",
    "Events have overtaken the negotiations in Geneva.",
])
def test_syr17_overtake_in_other_senses_is_no_event(nlp, text):
    assert not events(nlp, text, DAY)
