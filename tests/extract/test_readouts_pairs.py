"""Readouts of calls and meetings. A readout names the two parties once and tells what they did together with a
plural subject that names no one ("They discussed ...", "The leaders agreed to ...", "Both reaffirmed ..."): that
subject is both parties of the meeting just told; a "they" with its own antecedent, or an event the two do not do
together, keeps its own reading. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds

pytestmark = pytest.mark.slow


def _of(found, event_type: str, trigger: str):
    hits = [e for e in found if e.event_type == event_type and e.evidence[0].trigger.startswith(trigger)]
    assert len(hits) == 1, kinds(found)
    return hits[0]


@pytest.mark.parametrize("text, event_type, trigger", [
    ("Prime Minister Sunak spoke with President Biden by phone today. They discussed the situation in Gaza.",
     "CONSULT", "discussed"),
    ("Prime Minister Sunak met President Biden at the White House. The leaders exchanged views on trade.",
     "CONSULT", "exchanged"),
    ("Prime Minister Sunak held talks with President Biden on Monday. They agreed to share intelligence on "
     "terrorist financing.", "AGREE", "agreed"),
    ("Prime Minister Sunak met President Biden in Washington. The leaders discussed Ukraine and pledged to deepen "
     "economic ties.", "AGREE", "pledged"),
])
def test_a_plural_subject_of_a_readout_is_both_parties_of_the_meeting(nlp, text: str, event_type: str,
                                                                      trigger: str) -> None:
    event = _of(events(nlp, text), event_type, trigger)
    assert sorted(ids(event.actor)) == ["P-JOE-BIDEN", "new:sunak"]
    assert event.recipient == []


def test_they_with_its_own_antecedent_keeps_it(nlp) -> None:
    found = events(nlp, "Prime Minister Sunak met President Biden in Washington. Egyptian and Jordanian officials "
                        "were not invited. They discussed the situation in Gaza in Cairo.")
    assert all(sorted(ids(e.actor)) != ["P-JOE-BIDEN", "new:sunak"] for e in found
               if e.evidence[0].trigger.startswith("discussed")), kinds(found)


def test_an_act_not_done_together_takes_no_pair(nlp) -> None:
    found = events(nlp, "Prime Minister Sunak met President Biden in Washington. They condemned the attack on "
                        "shipping in the Red Sea.")
    assert all(sorted(ids(e.actor)) != ["P-JOE-BIDEN", "new:sunak"] for e in found if e.event_type == "ACCUSE")


def test_a_meeting_far_before_is_no_antecedent(nlp) -> None:
    found = events(nlp, "Prime Minister Sunak met President Biden in Washington. The weather was cold. Prices rose. "
                        "Markets fell. Schools closed. They discussed the situation in Gaza.")
    assert all(sorted(ids(e.actor)) != ["P-JOE-BIDEN", "new:sunak"] for e in found
               if e.evidence[0].trigger.startswith("discussed")), kinds(found)


def test_they_after_another_event_is_not_the_meetings_pair(nlp) -> None:
    """The meeting must be the latest event: "... Hundreds of protesters rallied outside. They supported a
    ceasefire." is the protesters' act, never the two leaders'."""
    found = events(nlp, "Prime Minister Sunak met President Biden at the White House. Hundreds of protesters rallied "
                        "outside. They supported a ceasefire.")
    assert not [e for e in found if e.event_type == "SUPPORT" and len(e.actor) >= 2], kinds(found)
