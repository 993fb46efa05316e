"""Security news from Asia: blame told as where "the responsibility lies". Sentences written for the project; the
full English pipeline.

* "Beijing said the responsibility lies entirely with Hanoi", "the blame rests with X": the speaker accuses
  (ACCUSE 112) the party the responsibility lies with, as "said X bears responsibility" does (``demands``); a
  decision or a problem that lies with someone is no blame.
"""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds, only

DAY = "2026-12-01"


@pytest.mark.parametrize("text, speaker, blamed", [
    ("Beijing said the responsibility lies entirely with Hanoi.", "CHN", "VNM"),
    ("Tokyo said the blame rests with Pyongyang.", "JPN", "PRK"),
])
def test_asi19_responsibility_lying_with_a_party_accuses_it(nlp, text, speaker, blamed):
    event = only(events(nlp, text, DAY), "ACCUSE")
    assert ids(event.actor) == [speaker]
    assert ids(event.recipient) == [blamed]


@pytest.mark.parametrize("text", [
    "The minister said the decision lies with parliament.",
    "Seoul said the problem lies with the weather.",
])
def test_asi19_other_things_lying_with_someone_are_no_blame(nlp, text):
    assert not [k for k in kinds(events(nlp, text, DAY)) if k[0] == "ACCUSE"]
