"""Drawdowns told by coalition and defence-ministry news: a base, camp, site or control of a place handed over or
transferred to a force is the force's withdrawal (RETREAT withdraw, CAMEO 0874), whatever the number of bases or the
adjective of the place, while goods so handed stay aid; the end of an operation or mission announced or declared is a
withdrawal, not its launch, and the named operation is no party; a withdrawal a government decides on is the
withdrawal, asserted, while one promised stays a statement of intent. Sentences written for the project; the full
English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-12-06"


def _coded(found):
    return sorted((e.event_type, e.status, tuple(sorted(a.name for a in e.actor)),
                   tuple(sorted(a.name for a in e.recipient))) for e in found)


@pytest.mark.parametrize("text, coded", [
    ("The Norwegian battalion handed over four bases to the Latvian army.",
     [("RETREAT", "asserted", ("Norway",), ("Latvia",))]),
    ("Estonian engineers transferred the control of a military airfield to Finnish troops.",
     [("RETREAT", "asserted", ("Estonia",), ("Finland",))]),
    ("The Swiss detachment was handing over the last site to Austrian forces.",
     [("RETREAT", "asserted", ("Switzerland",), ("Austria",))]),
    # the parser hangs the place on the particle ("handing [over the fourth site]"): still the verb's object
    ("The command said the Danish unit was handing over the fourth site this month to Latvian forces, as planned "
     "with the government.", [("RETREAT", "attributed", ("Denmark",), ("Latvia",))]),
])
def test_ctr18_place_handed_over_is_a_withdrawal(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded


@pytest.mark.parametrize("text, coded", [
    # negatives: goods handed over stay aid; papers handed over are no act between parties
    ("Portugal transferred 12 military trucks to the Angolan army.", [("AID", "asserted", ("Portugal",), ("Angola",))]),
    ("The ministry handed over the files to the prosecutor.", []),
])
def test_ctr18_goods_or_papers_handed_over_are_no_withdrawal(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded


@pytest.mark.parametrize("text, coded", [
    ("Madrid announced the end of Operation Sea Guard.", [("RETREAT", "asserted", ("Spain",), ())]),
    # negative: the launch stays the start of the operation
    ("Madrid announced the launch of Operation Sea Guard.", [("MOBILIZE", "asserted", ("Spain",), ())]),
])
def test_ctr18_end_or_launch_of_operation(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded


@pytest.mark.parametrize("text, coded", [
    ("Sweden decided to pull its troops out of the mission.", [("RETREAT", "asserted", ("Sweden",), ())]),
    # negative: a withdrawal promised stays the statement of intent
    ("Sweden promised to withdraw its troops.", [("AGREE", "asserted", ("Sweden",), ())]),
])
def test_ctr18_decided_withdrawal_is_the_withdrawal(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded
