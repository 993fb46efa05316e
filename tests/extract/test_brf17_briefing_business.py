"""The business of a briefing is no act between parties: a spokesperson who "provided a readout", "gives the
floor" to a colleague, "hosted the weekly press conference" or will organise a memorial lecture
(``nonevents.briefing_business``). A conference of states hosted, and aid provided, stay. Sentences written for the
project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"


def _types(found):
    return sorted(e.event_type for e in found)


@pytest.mark.parametrize("text, types", [
    ("Deputy spokesperson Hana Ruiz provided a short readout of the call.", []),
    ("I am happy to give the floor now to Rohan Mehta.", []),
    ("Spokesperson Lin Qiao hosted the weekly press conference on Tuesday.", []),
    ("The Foreign Office will be organizing the annual Kofi Annan Memorial Lecture next month.", []),
])
def test_brf17_briefing_business_is_no_event(nlp, text, types):
    assert _types(events(nlp, text, DAY)) == types


@pytest.mark.parametrize("text, types", [
    # negatives: a conference of states hosted and aid provided are acts
    ("Egypt hosted a conference on Gaza reconstruction.", ["CONSULT"]),
    ("Lula held a joint press conference with Boric in Santiago.", ["CONSULT"]),
    ("Japan provided ten million dollars to the World Food Programme.", ["AID"]),
])
def test_brf17_acts_beside_briefing_words_stay(nlp, text, types):
    assert _types(events(nlp, text, DAY)) == types
