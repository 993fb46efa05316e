"""Security news from Asia: a statement relayed by state media "citing" its author. Sentences written for the
project; the full English pipeline.

* "Japan will face consequences, state media said on Friday, citing Kim Yo Jong": the warning is the cited
  author's, not the outlet's (``quotespeakers.cited_source``).
* An act told inside the relayed clause keeps its own doer ("North Korea condemned the drills, KCNA said, citing a
  spokesman"), and a statement with no source cited keeps its subject.
"""

from __future__ import annotations

from ._fictional import events, ids, only

DAY = "2026-12-01"


def test_asi19_warning_relayed_citing_its_author_is_the_authors(nlp):
    text = "Japan will face grave consequences for the drills, state media said on Friday, citing Kim Yo Jong."
    event = only(events(nlp, text, DAY), "THREATEN")
    assert [a.text for a in event.actor] == ["Kim Yo Jong"]
    assert ids(event.recipient) == ["JPN"]


def test_asi19_act_in_relayed_clause_keeps_its_doer(nlp):
    event = only(events(nlp, "North Korea condemned the drills, KCNA said, citing a foreign ministry spokesman.", DAY),
                 "ACCUSE")
    assert ids(event.actor) == ["PRK"]


def test_asi19_warning_with_no_source_cited_keeps_its_speaker(nlp):
    event = only(events(nlp, "Japan will face grave consequences for the drills, KCNA said on Friday.", DAY),
                 "THREATEN")
    assert [a.text for a in event.actor] == ["KCNA"]
