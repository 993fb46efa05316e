"""Military releases: aid a speaker says will go on ("said he will continue to provide training and equipment to X",
"will keep training X") is the aid, AID predicted (the guideline's "will provide"), not a new statement of intent
(AGREE), as verbal support said to go on stays SUPPORT (``intent.as_intent``). Sentences written for the project;
the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events


@pytest.mark.parametrize("text", [
    "Brigadier Hamid Qasimi said he will continue to provide weapons and training to the Iraqi border guards.",
    "Turkish instructors will continue to train Somali recruits in Mogadishu, Ankara said.",
])
def test_mil17_aid_said_to_go_on_is_aid_predicted(nlp, text):
    found = events(nlp, text)
    assert [(e.event_type, e.status) for e in found] == [("AID", "predicted")]
    assert found[0].recipient


@pytest.mark.parametrize("text, expected", [
    # negatives: aid pledged anew stays a statement of intent; support said to go on stays support
    ("Japan said it will provide medical supplies to the Chadian army.", [("AGREE", "attributed")]),
    ("The Dutch government said it will continue to support Mali.", [("SUPPORT", "attributed")]),
])
def test_mil17_new_pledges_and_support_unchanged(nlp, text, expected):
    assert [(e.event_type, e.status) for e in events(nlp, text)] == expected
