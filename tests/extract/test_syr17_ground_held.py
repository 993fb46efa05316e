"""Who holds a place is a state, no act: "X is controlled by Y", "Y controls X" tell no event (docs/annotation.md:
general states and background), whatever the learned model would propose for the verb; taking control stays a
seizure. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds

DAY = "2026-11-30"


@pytest.mark.parametrize("text", [
    "Tal Abyad is controlled by a Kurdish militia allied with Washington.",
    "Artillery fire struck Maarrat Misrin, which is controlled by government forces, before dawn.",
])
def test_syr17_control_of_a_place_is_no_event(nlp, text):
    found = events(nlp, text, DAY)
    assert not any(e.evidence[0].trigger == "controlled" for e in found), kinds(found)


@pytest.mark.parametrize("text", [
    # negatives: control taken is a seizure
    "Islamist fighters seized control of the airport at Abu al-Duhur.",
])
def test_syr17_control_taken_stays_a_seizure(nlp, text):
    assert any(e.event_type == "COERCE" and e.mode == "seize" for e in events(nlp, text, DAY))
