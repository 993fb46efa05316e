"""A meeting told by its noun as the subject of a verb of happening ("the meeting lasted two hours", "talks focused
on X", "the summit was held in Y", "the meeting produced an agreement") is a consultation of the parties its noun
names: a hyphenated pair ("the Erdogan-Aliyev meeting"), an "of" or "between" phrase, or the body before it ("the
Arab League summit"). A verb whose object is a thing done to something else ("the talks ended the dispute") tells
no happening. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only


@pytest.mark.parametrize("sentence, parties", [
    ("The Erdogan-Putin meeting in Sochi lasted more than three hours, the Kremlin said.",
     ["P-RECEP-TAYYIP-ERDOGAN", "P-VLADIMIR-PUTIN"]),
    ("The summit between the leaders of Japan and South Korea was held in Tokyo on Thursday.", ["JPN", "KOR"]),
    ("Friday's meeting of the Kenyan and Ethiopian foreign ministers produced an agreement on border trade.",
     ["KEN", "ETH"]),
    ("The Arab League summit in Jeddah ended with a call for a ceasefire in Sudan.", ["IGO-ARAB-LEAGUE"]),
])
def test_a_meeting_told_by_its_noun_is_a_consultation_of_its_parties(nlp, sentence, parties) -> None:
    event = only(events(nlp, sentence), "CONSULT")
    assert sorted(ids(event.actor)) == sorted(parties) and event.recipient == []


def test_a_meeting_with_no_party_named_is_no_event(nlp) -> None:
    assert [e for e in events(nlp, "The summit will take place in Brussels next month.")
            if e.event_type == "CONSULT"] == []


def test_a_verb_with_an_object_tells_no_happening(nlp) -> None:
    assert [e for e in events(nlp, "The Lima talks ended the border dispute between Peru and Ecuador.")
            if e.event_type == "CONSULT"] == []
