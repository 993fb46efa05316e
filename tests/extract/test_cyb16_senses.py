"""'Offered' with a word of scorn as its object ("offered only contempt for the request") is a manner of answering, no
offer (AGREE); an offer of help or to act stays one (sixteenth pass; ``triggers.json`` 'offer'). Sentences written for
the project."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Minsk offered open contempt for the Lithuanian note.",
    "Caracas offered defiance to the Guyanese government.",
])
def test_cyb16_scorn_offered_is_no_offer(nlp, text):
    found = events(nlp, text)
    assert not [e for e in found if e.event_type == "AGREE"], kinds(found)


def test_cyb16_an_offer_to_act_stays(nlp):
    assert only(events(nlp, "Oman offered to host talks between Tehran and Washington."), "AGREE")
