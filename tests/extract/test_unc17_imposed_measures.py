"""A measure extended, eased or lifted is aimed at the party a relative clause says it was imposed on ("lifted the
sanctions it had imposed on X", "extended its suspension of the restrictions it imposed against officials of Y")
(``tradebans.imposed_on``; docs/annotation.md: the recipient of a sanction is the party designated). Sentences
written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-12-06"


def _sides(found, kind):
    return [sorted(r.name for r in e.recipient) for e in found if e.event_type == kind]


@pytest.mark.parametrize("text, kind, recipients", [
    ("The European Union lifted the sanctions it had imposed on Belarus in 2020.", "CONCEDE", ["Belarus"]),
    ("Canada eased the restrictions it placed on Venezuela last year.", "CONCEDE", ["Venezuela"]),
    ("Britain extended the sanctions it imposed on Iran in 2019.", "SANCTION", ["Iran"]),
    ("The Security Council extended its suspension of the travel restrictions it had imposed in 1998 against the "
     "leaders of UNITA.", "CONCEDE", ["UNITA"]),
])
def test_unc17_measure_aimed_at_whom_it_was_imposed_on(nlp, text, kind, recipients):
    assert _sides(events(nlp, text, DAY), kind) == [recipients]


def test_unc17_other_relative_clauses_name_no_target(nlp):
    # negative: a clause that does not impose the measure names no target of it
    found = events(nlp, "The European Union lifted the sanctions it had discussed with Belarus.", DAY)
    assert _sides(found, "CONCEDE") == [[]]
