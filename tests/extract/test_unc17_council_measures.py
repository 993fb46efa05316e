"""What a council does with a text or a measure is typed by the act, not by the verb's first sense
(docs/annotation.md, types and sanctions notices): a vote against a draft is its rejection (REJECT), not a
criticism; sanctions ended or terminated, and a suspension or waiver of them extended, are a concession (CONCEDE); a
resolution approved is adopted (AGREE). Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-12-06"


def _types(found):
    return sorted(e.event_type for e in found)


@pytest.mark.parametrize("text, kind", [
    ("Venezuela and Cuba voted against the draft submitted by Canada.", "REJECT"),
    ("Pakistan voted against the motion on the Kashmir inquiry.", "REJECT"),
    ("Belarus voted against the resolution on Tuesday.", "REJECT"),
])
def test_unc17_vote_against_a_text_is_a_rejection(nlp, text, kind):
    found = events(nlp, text, DAY)
    assert kind in _types(found)
    assert "ACCUSE" not in _types(found)


@pytest.mark.parametrize("text", [
    # negatives: other votes keep their coding
    "The Security Council voted to renew the arms embargo on Somalia.",
    "Parliament voted to dissolve itself.",
])
def test_unc17_other_votes_are_no_rejection(nlp, text):
    assert "REJECT" not in _types(events(nlp, text, DAY))


@pytest.mark.parametrize("text", [
    "The Security Council ended the arms embargo on Eritrea.",
    "The Security Council ended its sanctions against Liberia.",
    "The European Union terminated the asset freeze on Zimbabwe.",
])
def test_unc17_sanctions_ended_are_a_concession(nlp, text):
    assert _types(events(nlp, text, DAY)) == ["CONCEDE"]


def test_unc17_suspension_extended_is_a_concession(nlp):
    found = events(nlp, "The Security Council extended its suspension of the travel restrictions on Angola.", DAY)
    assert _types(found) == ["CONCEDE"]


@pytest.mark.parametrize("text, kinds", [
    # negatives: a measure itself extended, and an agreement terminated, keep their types
    ("The Security Council extended the sanctions on Eritrea.", ["SANCTION"]),
    ("Niger terminated its military agreement with France.", ["SANCTION"]),
])
def test_unc17_measures_extended_or_pacts_ended_keep_their_types(nlp, text, kinds):
    assert _types(events(nlp, text, DAY)) == kinds


def test_unc17_resolution_approved_is_adopted(nlp):
    found = events(nlp, "The Security Council approved a resolution on Friday extending the sanctions on Mali.", DAY)
    assert _types(found) == ["AGREE", "SANCTION"]
