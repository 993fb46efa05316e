"""Acts two parties aim at each other: "X and Y accused each other", "blamed one another", "each accused the other",
"traded charges" are one accusation of each party at the other (``readouts.mutual_act``), not one act with no one
accused. Acts done together ("met", "agreed") stay one event with no recipient. Sentences written for the project;
the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"


def _pairs(found, kind):
    return sorted((tuple(a.name for a in e.actor), tuple(r.name for r in e.recipient)) for e in found
                  if e.event_type == kind)


@pytest.mark.parametrize("text, kind, one, other", [
    ("Kosovo and Serbia accused each other of stoking tension in the north.", "ACCUSE", "Kosovo", "Serbia"),
    ("Somalia and Ethiopia each blamed the other for the failed talks in Ankara.", "ACCUSE", "Ethiopia", "Somalia"),
    ("Venezuela and Guyana traded accusations over the disputed region on Monday.", "ACCUSE", "Guyana",
     "Venezuela"),
    ("Chad and Sudan have blamed one another for the raids along their border.", "ACCUSE", "Chad", "Sudan"),
    ("Moscow and Kyiv traded threats over the dam.", "THREATEN", "Russia", "Ukraine"),
])
def test_cea16_each_party_aims_the_act_at_the_other(nlp, text, kind, one, other):
    """Each party of the subject is the actor of one event whose recipient is the other party."""
    pairs = _pairs(events(nlp, text, DAY), kind)
    assert len(pairs) == 2, pairs
    assert {p[0][0] for p in pairs} == {one, other} and all(len(p[1]) == 1 and p[1][0] != p[0][0] for p in pairs)


@pytest.mark.parametrize("text, kind, actors, recipients", [
    # negatives: an accusation of one party at another, and acts done together, keep one event
    ("Burundi accused Rwanda of backing the rebels.", "ACCUSE", ["Burundi"], ["Rwanda"]),
    ("Chad and Niger met in Niamey on Tuesday.", "CONSULT", ["Chad", "Niger"], []),
    ("Kenya and Uganda agreed to reopen the border crossing.", "AGREE", ["Kenya", "Uganda"], []),
    ("The two armies traded fire across the border overnight.", "ASSAULT", None, []),
])
def test_cea16_one_sided_and_joint_acts_stay_one_event(nlp, text, kind, actors, recipients):
    found = [e for e in events(nlp, text, DAY) if e.event_type == kind]
    assert len(found) == 1, [(e.event_type, [a.name for a in e.actor]) for e in found]
    if actors is not None:
        assert [a.name for a in found[0].actor] == actors
    assert [r.name for r in found[0].recipient] == recipients
