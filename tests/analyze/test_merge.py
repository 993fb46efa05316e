"""Merging the members of a cluster into one event."""

from __future__ import annotations

from eventkit import ev

from annalyst.analyze.merge import ArticleInfo, merge_cluster


def test_merge_party_on_both_sides_is_an_actor_only():
    """"Arnor hosts Gondor" and "Gondor met Arnor" report one meeting of both: no party is its own recipient."""
    infos = {"a1": ArticleInfo("a1", site="one.example", published="2025-03-02"),
             "a2": ArticleInfo("a2", site="two.example", published="2025-03-03")}
    hosted = ev("e1", "a1", "CONSULT", actor=["ARN"], recipient=["GON"], start="2025-03-01")
    met = ev("e2", "a2", "CONSULT", actor=["GON"], recipient=["ARN", "ROH"], start="2025-03-01")
    merged = merge_cluster("c1", [hosted, met], infos).event
    assert {p.actor_id for p in merged.actor} == {"ARN", "GON"}
    assert [p.actor_id for p in merged.recipient] == ["ROH"]
