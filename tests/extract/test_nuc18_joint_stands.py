"""Verbal stands in diplomatic news: a party that "joined" another "in condemning" or "in endorsing" something does
that verbal act, coded on its own, with no meeting between the two (``verb_classes.json``, ``pcomp_act``); joining
a partner in fighting stays cooperation, joining talks a meeting. A government that "made a strong protest
against" another condemns it (ACCUSE), no demonstration; a protest staged or held stays one. Sentences written for
the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-10-04"


def _coded(found):
    return sorted((e.event_type, tuple(sorted(a.name for a in e.actor)), tuple(sorted(a.name for a in e.recipient)))
                  for e in found)


@pytest.mark.parametrize("text, coded", [
    ("Portugal joined Spain in denouncing the ballot in Caracas.", ["ACCUSE"]),
    ("Ghana joined its neighbours in backing the ECOWAS plan.", ["SUPPORT"]),
])
def test_nuc18_joined_in_verbal_act_is_that_act_alone(nlp, text, coded):
    assert [c[0] for c in _coded(events(nlp, text, DAY))] == coded


@pytest.mark.parametrize("text, coded", [
    # negatives: joining a partner in fighting is cooperation; joining it in talks a meeting
    ("Chad joined Nigerien troops in fighting near Diffa.", [("COOPERATE", ("Chad",), ("Niger",))]),
    ("Qatar joined Egypt in talks on Gaza.", [("CONSULT", ("Qatar",), ("Egypt",))]),
])
def test_nuc18_joined_in_fighting_or_talks_unchanged(nlp, text, coded):
    assert _coded(events(nlp, text, DAY)) == coded


def test_nuc18_diplomatic_protest_made_is_condemnation(nlp):
    found = _coded(events(nlp, "Manila made a strong protest against China over the water cannon incident.", DAY))
    assert [c[:3] for c in found] == [("ACCUSE", ("Philippines",), ("China",))]


@pytest.mark.parametrize("text", [
    "Nurses staged a protest outside the hospital in Nairobi.",
    "Students made a protest march to the ministry in Dhaka.",
])
def test_nuc18_protest_staged_or_marched_stays_protest(nlp, text):
    assert [e.event_type for e in events(nlp, text, DAY)] == ["PROTEST"]
