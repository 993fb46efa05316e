"""Quotes with their speakers: straight and curly quotes, speech verbs, scare quotes left out."""

from __future__ import annotations

import pytest

from annalyst.extract.quotes import find_quotes

from ._fictional import parse

pytestmark = pytest.mark.slow


def test_quotes_straight_quotes_after_said(base_nlp):
    quotes = find_quotes(parse(base_nlp, 'Elrond said: "We will never surrender to Mordor."'))
    assert [(q.speaker, q.text) for q in quotes] == [("ELR", "We will never surrender to Mordor")]


def test_quotes_curly_quotes_after_stated_that(base_nlp):
    text = "Elrond stated that Gondor is becoming “an objective ally of ours.”"
    quotes = find_quotes(parse(base_nlp, text))
    assert [(q.speaker, q.text) for q in quotes] == [("ELR", "an objective ally of ours")]
    q = quotes[0]
    assert text[q.start:q.end] == q.text


def test_quotes_scare_quotes_are_not_speech(base_nlp):
    assert find_quotes(parse(base_nlp, 'Arnor issued an "implicit" challenge to Gondor.')) == []


def test_quotes_unlinked_speaker_is_kept_as_text(base_nlp):
    quotes = find_quotes(parse(base_nlp, 'The farmer said: "the harvest failed."'))
    assert quotes and quotes[0].speaker == "farmer"


def test_quotes_event_inside_a_quote_carries_it(base_nlp):
    from annalyst.extract.events import EventCoder
    from annalyst.extract.quotes import find_quotes as fq

    doc = parse(base_nlp, 'Elrond said: "Gondor attacked Rohan."')
    doc._.quotes = fq(doc)
    events = EventCoder()(doc)
    assert events and events[0].quote == "Gondor attacked Rohan"
