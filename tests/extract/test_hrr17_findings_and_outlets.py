"""A watchdog's or an inquiry's findings ("found that", "concluded that", "documented that") are told acts, attributed
to the finder (docs/annotation.md, "Status"; ``claims.json`` ``report_verbs``). A news outlet a statement is told to
("told Reuters that its forces ...") is never what a pronoun of the statement stands for; a spokesperson's "its" is
the group spoken for (``quotespeakers.told_outlet``, ``spokesperson_group``). Sentences written for the project; the
full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events


def _one(found, kind):
    hits = [e for e in found if e.event_type == kind]
    assert len(hits) == 1, [(e.event_type, e.status) for e in found]
    return hits[0]


@pytest.mark.parametrize("text", [
    "The monitors have found that the Chadian air force carried out air strikes on the villages.",
    "The inquiry concluded that Serbian police beat the detained students in Novi Sad.",
    "The watchdog documented that Houthi gunmen abducted two teachers in Ibb.",
])
def test_hrr17_findings_are_attributed(nlp, text):
    found = events(nlp, text)
    hit = next(e for e in found if e.event_type in ("ASSAULT", "COERCE"))
    assert hit.status == "attributed"


@pytest.mark.parametrize("text", [
    # negatives: "found" of a thing or a body found is no report
    "Police found the bodies of two reporters near the river.",
    "Troops found weapons in the house.",
])
def test_hrr17_found_without_clause_is_no_report(nlp, text):
    assert not any(e.status == "attributed" for e in events(nlp, text))


def test_hrr17_outlet_told_is_not_the_possessor(nlp):
    hit = _one(events(nlp, "A police spokesman told Reuters that its officers had arrested two suspects in Lagos."),
               "COERCE")
    assert not any("Reuters" in a.text for a in hit.actor)


def test_hrr17_spokesperson_group_owns_its_forces(nlp):
    hit = _one(events(nlp, "A spokesman for the Arab coalition fighting the rebels told AFP that its forces had "
                           "conducted raids near Marib on Monday."), "ASSAULT")
    assert hit.actor and not any("AFP" in a.text or "rebels" in a.text for a in hit.actor)


def test_hrr17_own_possessive_after_said_stays(nlp):
    # negative: "Iran said its forces ..." keeps Iran
    hit = _one(events(nlp, "Iran said its forces had seized a tanker in the Gulf."), "COERCE")
    assert [a.name for a in hit.actor] == ["Iran"]
