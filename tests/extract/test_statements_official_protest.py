"""A protest lodged by a state is a complaint, not a demonstration (issue: event coding that holds on unseen text):
"Poland formally protested against the violation of its airspace" is an official complaint (CAMEO 114, PLOVER
ACCUSE); "Thousands of Kenyans protested in Nairobi" stays a demonstration. Every sentence was written for the
project."""

from __future__ import annotations

import pytest

from ._fictional import events, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Poland formally protested against the violation of its airspace.",
    "The Ministry of Foreign Affairs strongly protests against the detention of its citizens.",
    "Lithuania protested against the expulsion of its consul.",
])
def test_a_protest_by_a_state_or_its_ministry_is_a_complaint(nlp, text):
    found = events(nlp, text)
    assert not [e for e in found if e.event_type == "PROTEST"]
    e = only(found, "ACCUSE")
    assert e.cameo == "114"


@pytest.mark.parametrize("text", [
    "Thousands of Kenyans protested in Nairobi against the tax increases.",
    "Iranian women protested against the hijab law.",
    "Thousands of students protested against the new law in Dhaka.",
])
def test_a_protest_by_people_stays_a_demonstration(nlp, text):
    e = only(events(nlp, text), "PROTEST")
    assert e.mode == "demo"
