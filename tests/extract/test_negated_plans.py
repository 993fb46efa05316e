"""A plan denied is no threat: "has no plans to invade X", "is not planning to send troops", "has no intention of"
state that the act is not intended, so the act is coded negated (never the threat "plans to invade X" makes).
Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events


@pytest.mark.parametrize("sentence", [
    "China has no plans to invade Taiwan, its defence minister said.",
    "India is not planning to send troops to the Maldives.",
    "Moscow has no plans to deploy nuclear weapons in Belarus.",
])
def test_a_plan_denied_is_no_threat(nlp, sentence) -> None:
    found = events(nlp, sentence)
    assert [e for e in found if e.event_type == "THREATEN"] == []
    assert found and all(e.status == "negated" for e in found)


def test_a_plan_stated_is_still_a_threat(nlp) -> None:
    assert [e.event_type for e in events(nlp, "Moscow plans to deploy nuclear weapons in Belarus.")] == ["THREATEN"]
