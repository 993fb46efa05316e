"""Censures in nuclear diplomacy: a party faulted "for not cooperating" or accused "of not co-operating" refuses
(REJECT 120, the guideline's "failed to co-operate"; an accusation's act is the accuser's claim), not a joint act denied (``intent._faulted``); "the U.N.
nuclear watchdog" is the IAEA; "censure" is a condemnation whatever its subject's form. Cooperation merely denied
("do not cooperate") stays negated. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-10-04"


def _coded(found):
    return sorted((e.event_type, e.status, tuple(sorted(a.name for a in e.actor)),
                   tuple(sorted(a.name for a in e.recipient))) for e in found)


@pytest.mark.parametrize("text, coded", [
    ("Brazil criticised Paraguay for not cooperating with the river commission.",
     ("REJECT", "asserted", ("Paraguay",))),
    ("Seoul accused Pyongyang of not co-operating with the Red Cross.",
     ("REJECT", "attributed", ("North Korea",))),  # the accuser's claim
])
def test_nuc18_faulted_for_not_cooperating_is_refusal(nlp, text, coded):
    found = [c[:3] for c in _coded(events(nlp, text, DAY)) if c[0] != "ACCUSE"]
    assert found == [coded]


def test_nuc18_nuclear_watchdog_is_the_agency_and_censure_is_condemnation(nlp):
    found = _coded(events(nlp, "The U.N. atomic watchdog's board on Thursday censured Syria over the reactor.", DAY))
    assert found == [("ACCUSE", "asserted", ("International Atomic Energy Agency",), ("Syria",))]


def test_nuc18_cooperation_merely_denied_stays_negated(nlp):
    found = _coded(events(nlp, "Peru and Ecuador do not cooperate with each other on fisheries.", DAY))
    assert [c[:2] for c in found] == [("COOPERATE", "negated")]
