"""An act on a proposal or plan whose relative clause names its author is aimed at that author: "rejected the plan
that X put forward" is a rejection of X, as "rejected X's plan" is (``directed.paper_authors``); a clause that tells
what the proposal says ("the proposal that X would withdraw") names no author. Sentences written for the project;
the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"


@pytest.mark.parametrize("text, kind, actor, recipients", [
    ("Venezuela rejected the proposal that Guyana submitted to the court.", "REJECT", "Venezuela", ["Guyana"]),
    ("Kyiv dismissed the plan Moscow unveiled on Friday.", "REJECT", "Ukraine", ["Russia"]),
    ("Armenia welcomed the draft that Russia circulated among the members.", "SUPPORT", "Armenia", ["Russia"]),
    # negatives: a clause of content names no author; an author named before the noun stays
    ("Hamas rejected the proposal that Israel would pull out of Rafah.", "REJECT", "Hamas", []),
    ("Kenya rejected the Somali proposal on Monday.", "REJECT", "Kenya", ["Somalia"]),
])
def test_cea16_act_on_a_proposal_is_aimed_at_its_author(nlp, text, kind, actor, recipients):
    found = [e for e in events(nlp, text, DAY) if e.event_type == kind]
    assert len(found) == 1, [(e.event_type, [a.name for a in e.actor]) for e in events(nlp, text, DAY)]
    assert actor in [a.name for a in found[0].actor]
    assert [r.name for r in found[0].recipient] == recipients
