"""Security news from Asia: an attack "blamed on" a party. Sentences written for the project; the full English
pipeline.

* "Police blamed the bombing on southern insurgents": the accusation is aimed at the party the act is blamed on,
  though the parser reads "the bombing on X" as the bombing's target (``directed.blamed_on``); "blamed X for the
  attack" keeps X, as before, and a cause that is no party ("blamed the floods on heavy rain") is no recipient.
"""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only

DAY = "2026-12-01"


@pytest.mark.parametrize("text, blamed", [
    ("Thai police blamed the bombing on southern insurgents.", "agent:REB"),
    ("The Bangladeshi government blamed the arson on opposition activists.", "agent:OPP"),
])
def test_asi19_act_blamed_on_a_party_accuses_it(nlp, text, blamed):
    assert ids(only(events(nlp, text, DAY), "ACCUSE").recipient) == [blamed]


def test_asi19_party_blamed_for_an_act_is_still_accused(nlp):
    assert ids(only(events(nlp, "India blamed Pakistan for the ambush.", DAY), "ACCUSE").recipient) == ["PAK"]


def test_asi19_cause_that_is_no_party_is_no_recipient(nlp):
    found = events(nlp, "Officials blamed the floods on heavy rain.", DAY)
    assert not [e for e in found if e.event_type == "ACCUSE" and e.recipient]
