"""Profiles and explainers split into sections by a heading line ending with a colon ("Belarus:", "North Korea:")
and a blank line: the heading is a section's name, no party of the paragraph under it, and the paragraph starts a
sentence of its own (``document.mark_paragraphs``). A paragraph ending with a colon after a clause ("The minister
said:") still runs on into the quote it opens. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

from annalyst.extract.document import mark_paragraphs

from ._fictional import events, ids

DAY = "2026-06-02"


def test_prf19_two_word_heading_is_no_actor(nlp):
    text = "South Sudan:\n\nUgandan troops crossed into Juba in 2013 to back the government."
    found = events(nlp, text, DAY)
    assert all("SSD" not in ids(e.actor) for e in found) and any("UGA" in ids(e.actor) for e in found)


def test_prf19_heading_starts_a_sentence(base_nlp):
    doc = base_nlp.make_doc("North Korea:\n\nPyongyang fired two missiles.")
    mark_paragraphs(doc)
    assert [t.text for t in doc if t.is_sent_start and t.i > 0] == ["Pyongyang"]


def test_prf19_speech_colon_runs_on(base_nlp):
    # negative: a clause before the colon opens the quote under it, as before
    doc = base_nlp.make_doc("The minister said:\n\nWe condemn the attack.")
    mark_paragraphs(doc)
    assert not any(t.is_sent_start for t in doc[1:] if t.text == "We")
