"""Backgrounders tell what a coalition or group was formed for: "forging a coalition of ten states to defend the
president", "built an alliance to back the government". The infinitive on a verb of forming is the aim, no act of
support or violence (``claims.is_purpose_clause``, ``forming_verbs`` of claims.json). Sentences written for the
project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds

DAY = "2026-06-02"


@pytest.mark.parametrize("text", [
    "Nigeria bombed the insurgents, forging a coalition of five states to defend President Buhari.",
    "Riyadh shelled the border, assembling an alliance of Gulf states to back President Hadi.",
])
def test_prf19_aim_of_a_coalition_is_no_support(nlp, text):
    assert "SUPPORT" not in [k for k, _ in kinds(events(nlp, text, DAY))]


def test_prf19_support_told_stays(nlp):
    # negative: support said outright is the act
    assert "SUPPORT" in [k for k, _ in kinds(events(nlp, "Nigeria voiced support for President Bazoum.", DAY))]
