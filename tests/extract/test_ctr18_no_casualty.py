"""A sentence that says nobody of a side was hit in the attack told just before it ("No Kenyan troops were hurt or
killed during the raid") tells no act of its own and no toll: it is dropped, as a toll told again is
(``tolls.fold_tolls``); one told of another incident stays. Sentences written for the project; the full English
pipeline."""

from __future__ import annotations

from ._fictional import events, kinds

DAY = "2026-12-06"
STRIKE = "Kenyan forces conducted an air strike against al-Shabaab near Kolbio on Monday. "


def test_ctr18_nobody_hurt_in_the_attack_is_no_event(nlp):
    found = events(nlp, STRIKE + "No Kenyan troops were hurt or killed during the raid, an officer told reporters.",
                   DAY)
    assert kinds(found) == [("ASSAULT", "conducted … strike")]


def test_ctr18_nobody_hurt_in_another_incident_stays(nlp):
    # negative: "a separate attack" is another incident, not the strike told before
    found = events(nlp, STRIKE + "Militants attacked a police post in Garissa on Tuesday. No officers were injured "
                   "in a separate attack in Lamu.", DAY)
    assert [e.status for e in found if e.evidence[0].trigger == "injured"] == ["negated"]
