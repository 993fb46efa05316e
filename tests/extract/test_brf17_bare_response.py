"""A state's future response told with no verb of saying is its warning: "Chile will retaliate against any seizure
of its trawlers", "Hanoi will respond firmly to any provocation by Chinese ships" are THREATEN (130), made now
(asserted), aimed at the party answered (``demands._bare_response``, ``intent.as_intent``). A response to no party
("will respond to the letter") and a retaliation told as done stay what they were. Sentences written for the
project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"


def _coded(found):
    return sorted((e.event_type, e.status, tuple(sorted(a.name for a in e.recipient))) for e in found)


@pytest.mark.parametrize("text, coded", [
    ("Chile will retaliate against any seizure of its trawlers by the Peruvian navy.",
     [("THREATEN", "asserted", ("Peru",))]),
    ("Hanoi will respond firmly to any provocation by Chinese ships near the Paracels.",
     [("THREATEN", "asserted", ("China",))]),
])
def test_brf17_future_response_is_a_warning(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded


@pytest.mark.parametrize("text, coded", [
    # negatives: a reply to a letter is no threat; a retaliation told as done is the attack
    ("The ministry will respond to the Danish letter next week.", []),
    ("Kenyan troops retaliated against al-Shabaab positions near Kolbio.", [("ASSAULT", "asserted", ("Al-Shabaab",))]),
])
def test_brf17_reply_or_done_retaliation_is_no_warning(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded
