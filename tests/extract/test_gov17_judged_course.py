"""A judgement of the course of an act ("condemns the resumption of airstrikes in X's Y region", "a spate of attacks")
judges the act of its "of" phrase: the party whose attacks they are is the recipient, and a country named only as the
owner of the region where they fell ("in Ukraine's Kherson region") says where, it is no party condemned. Sentences
written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-30"


def _accused(found):
    return [[a.name for a in e.recipient] for e in found if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text, accused", [
    ("Italy condemns the resumption of missile strikes in Ukraine's Kherson region.", [[]]),
    ("Norway condemns the renewal of airstrikes in Yemen's Saada province.", [[]]),
    # negatives: the attacker named by "by" or as owner of the course is condemned
    ("Italy condemns the resumption of missile strikes by Russia in the Kherson region.", [["Russia"]]),
    ("Norway condemns Israel's resumption of airstrikes on Gaza.", [["Israel"]]),
])
def test_gov17_course_of_an_attack_judges_the_attacker(nlp, text, accused):
    assert _accused(events(nlp, text, DAY)) == accused


def test_gov17_an_owner_of_no_place_stays_a_party(nlp):
    # negative: a country's embassy is no region of it; the attack on it is aimed at that country
    found = events(nlp, "Chile condemned the attack on Peru's embassy in Quito.", DAY)
    assert [[a.name for a in e.recipient] for e in found if e.event_type == "ASSAULT"] == [["Peru"]]
