"""A reporter's question told by a bare participle of asking (nineteenth pass, invented sentences): the lobby
briefing's "Asked if X would ..., the spokesman said ..." asks, it tells no act, and the asking is no appeal
(docs/annotation.md, briefing transcripts: "A reporter's question is no event"); an act the question tells as fact
stays, and a finite "asked" is an appeal."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds, only


@pytest.mark.parametrize("text", [
    "Asked if the Foreign Secretary had been signalling her intention to resign, the spokesman said she had not.",
    "Asked about a newspaper report that the Chancellor would announce new aid to Kenya next month, the spokesman "
    "declined to comment.",
    "Asked to clarify the timetable, the PMS said that the minister had set it out yesterday.",
])
def test_a_reported_question_tells_no_act(nlp, text):
    assert kinds(events(nlp, text)) == []


def test_negative_an_act_the_question_tells_as_fact_stays(nlp):
    found = events(nlp, "Asked to comment on reports that Gondor had shelled the border town, the spokeswoman said "
                        "she had nothing to add.")
    assert only(found, "ASSAULT").status == "attributed"


@pytest.mark.parametrize("text", [
    "The minister asked Iran to release the detained sailors.",
    "Britain asked France to extradite the suspect.",
])
def test_negative_a_finite_ask_is_an_appeal(nlp, text):
    assert only(events(nlp, text), "REQUEST").recipient
