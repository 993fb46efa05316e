"""Profiles of armed groups tell who founded a group and when: a group, party or movement founded is no act between
parties (the generated CAMEO default 060 coded it as cooperation, with any party of the sentence as its actor); a
joint body, alliance or coalition founded by parties stays their cooperation (``triggers.json``, verb "found").
Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds

DAY = "2026-06-02"


@pytest.mark.parametrize("text", [
    "The movement was founded in 1994 by two Somali clerics.",
    "Al-Ittihad was founded in Mogadishu and later fought Ethiopia.",
    "A Yemeni preacher founded the militia in the mountains of Saada.",
])
def test_prf19_group_founded_is_no_cooperation(nlp, text):
    assert "COOPERATE" not in [k for k, _ in kinds(events(nlp, text, DAY))]


@pytest.mark.parametrize("text", [
    # negatives: a joint body or an alliance founded by parties is their cooperation
    "Chad and Niger founded a joint force to patrol Lake Chad.",
    "Kenya and Uganda founded an alliance against the rebels.",
])
def test_prf19_joint_body_founded_is_cooperation(nlp, text):
    assert "COOPERATE" in [k for k, _ in kinds(events(nlp, text, DAY))]
