"""Military releases: injuries told in a sentence of their own as "sustained in these attacks" (or "in the raids")
are the toll of the attacks told before, not an attack of their own (``tolls.fold_tolls``), as "were wounded in the
attack" is. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

from ._fictional import events


def test_mil17_injuries_sustained_in_these_attacks_are_a_toll(nlp):
    found = events(nlp, "Rebels shelled three army camps near Goma on Sunday. Seven soldiers sustained injuries in "
                        "these attacks.")
    assert [e.evidence[0].trigger for e in found if e.event_type == "ASSAULT"] == ["shelled"]


def test_mil17_injuries_in_the_raids_are_a_toll(nlp):
    found = events(nlp, "Gunmen raided two police stations in Zamfara on Friday. Residents fled to nearby villages. "
                        "Four officers were wounded in the raids.")
    assert len([e for e in found if e.event_type == "ASSAULT"]) == 1


def test_mil17_injuries_of_another_incident_unchanged(nlp):
    # negative: injuries in an attack told as another one stay their own event
    found = events(nlp, "Rebels shelled three army camps near Goma on Sunday. In a separate attack near Beni, seven "
                        "soldiers sustained injuries when gunmen ambushed their convoy.")
    assert len([e for e in found if e.event_type == "ASSAULT"]) >= 2
