"""What a talk weighs is no act told (docs/annotation.md): an infinitive, gerund or bare verb under the object of a
verb of discussion ("discussed joint steps to let X secure its border", "talked over the job of shielding convoys
from raids") is the topic; the talk is the event (``background.weighed_act``). An act told with a tense of its own
in the same sentence stays. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"


def _types(found):
    return sorted(e.event_type for e in found)


@pytest.mark.parametrize("text, types", [
    ("Norway and Chad discussed a joint drive to see that governments swiftly repatriate nationals held in camps.",
     ["CONSULT"]),
    ("Peru and Chile discussed joint efforts to help the Bolivian army deploy along the northern frontier.",
     ["CONSULT"]),
    ("Ghana and Togo discussed the task of shielding fishing boats from Somali pirate attacks.", ["CONSULT"]),
    ("Mali and Niger discussed the road ahead in fighting Boko Haram.", ["CONSULT"]),
])
def test_brf17_act_a_discussion_weighs_is_no_event(nlp, text, types):
    assert _types(events(nlp, text, DAY)) == types


@pytest.mark.parametrize("text, types", [
    # negatives: an act told with a tense of its own, and an appeal beside the talk, stay
    ("Peru and Chile discussed the ambush in which rebels killed nine soldiers.", ["ASSAULT", "CONSULT"]),
    ("Peru and Chile discussed the crisis and urged Bolivia to release the detained miners.", ["CONSULT", "REQUEST"]),
    ("Ghana and Togo discussed the border after Burkinabe troops shelled a village.", ["ASSAULT", "CONSULT"]),
])
def test_brf17_act_told_beside_a_discussion_stays(nlp, text, types):
    assert _types(events(nlp, text, DAY)) == types
