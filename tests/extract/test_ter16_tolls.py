"""A toll given again later in an incident report by another source ("a second officer said two soldiers were
killed") is the dead already counted, no new act. Invented sentences with real names; the full English pipeline."""

from __future__ import annotations

from ._fictional import events

DAY = "2026-11-30"
LEAD = ("Two Malian soldiers were killed when armed men raided a checkpoint near Gao on Saturday, the army said. "
        "The region has seen many attacks. ")


def test_ter16_same_toll_told_again_is_no_new_attack(nlp):
    found = events(nlp, LEAD + "A second army officer told reporters two soldiers were killed and one more was hurt.",
                   DAY)
    assert [e.event_type for e in found] == ["ASSAULT"]


def test_ter16_same_count_in_another_attack_stays(nlp):
    """Negative: "in another attack" tells a second act, whatever its count."""
    found = events(nlp, LEAD + "In another attack, two soldiers were killed near Menaka.", DAY)
    assert [e.event_type for e in found] == ["ASSAULT", "ASSAULT"]


def test_ter16_other_count_stays(nlp):
    """Negative: another count is no toll told again."""
    found = events(nlp, LEAD + "Three soldiers were killed in Menaka.", DAY)
    assert [e.event_type for e in found] == ["ASSAULT", "ASSAULT"]
