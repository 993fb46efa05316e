"""Cluster persistence and queries (``store/clusters.py``) on real backends."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "analyze"))

from eventkit import affiliations, art, ev  # noqa: E402

from annalyst.analyze.runner import cluster_pending  # noqa: E402
from annalyst.errors import NotFound  # noqa: E402
from annalyst.models import ParseResult  # noqa: E402


def _add(store, article, *events):
    store.add_articles([article])
    store.save_extractions([(article.id, ParseResult(article=article, events=list(events)))], extractor="test")


@pytest.fixture
def filled(store):
    _add(store, art("a1", published="2025-07-12"),
         ev("e1", "a1", "SUPPORT", start="2025-07-03", context=["diplomatic"]),
         ev("e2", "a1", "SANCTION", start="2000-01-01", end="2004-12-31", gran="part_of_decade", at=100),
         ev("e3", "a1", "AID", start="2025-07-12", end="2026-07-12", gran="interval", status="predicted", at=200),
         ev("e4", "a1", "ACCUSE", actor=["GON"], recipient=["ARN"], start="2025-07-05", at=300))
    _add(store, art("a2", published="2025-07-24"),
         ev("f1", "a2", "SUPPORT", start="2025-07-01", end="2025-07-31", gran="month"),
         ev("f2", "a2", "COERCE", actor=["ARN-COURT"], start="2003-02-14", at=100),
         ev("f3", "a2", "ASSAULT", actor=["ROH"], recipient=["HAR"], start="2025-06-01", killed=3, at=200))
    stats = cluster_pending(store, affiliations=affiliations)
    assert stats.articles == 2
    return store


def test_clusters_store_get_and_prefix(filled):
    (c,) = [c for c in filled.clusters(limit=None) if "e1" in c.members]
    assert filled.get_cluster(c.id).to_dict() == c.to_dict()
    assert filled.get_cluster(c.id[:8]).id == c.id
    with pytest.raises(NotFound):
        filled.get_cluster("nope")


def test_clusters_store_filters_and_date_order(filled):
    between = filled.clusters(between=(["ARN"], ["GON"]), limit=None)
    days = [c.event.date.start for c in between]
    assert days == sorted(days)
    assert days[0] == "2003-02-14"
    assert {c.event.event_type for c in between} >= {"SUPPORT", "COERCE", "AID", "ACCUSE"}
    assert all("ROH" not in {a.actor_id for a in c.event.actor} for c in between)
    directed = filled.clusters(between=(["GON"], ["ARN"]), directed=True, limit=None)
    assert [c.event.event_type for c in directed] == ["ACCUSE"]
    assert [c.event.event_type for c in filled.clusters(actor="ROH", limit=None)] == ["ASSAULT"]
    assert [c.event.event_type for c in filled.clusters(recipient=["HAR"], limit=None)] == ["ASSAULT"]
    assert [c.event.status for c in filled.clusters(resolution="open", limit=None)] == ["predicted"]
    assert len(filled.clusters(event_type="support", limit=None)) == 1
    assert [c.event.event_type for c in filled.clusters(since="2025-07-04", until="2025-07-06", limit=None)] == ["ACCUSE"]
    first_two = filled.clusters(limit=2)
    assert [c.id for c in filled.clusters(limit=1, offset=1)] == [first_two[1].id]


def test_clusters_store_affiliated_actor_needs_literal_off(filled):
    court = filled.clusters(actor="ARN", event_type="COERCE", limit=None)
    assert len(court) == 1 and len(court[0].members) == 2
    assert filled.clusters(actor="ARN-COURT", literal=True, limit=None)


def test_clusters_store_candidates_are_found_by_date_window(filled):
    with filled.read() as conn:
        near = filled.cluster_candidates(conn, ["ARN"], "fact", (dt.date(2025, 7, 3), dt.date(2025, 7, 3)))
        far = filled.cluster_candidates(conn, ["ARN"], "fact", (dt.date(2012, 1, 1), dt.date(2012, 1, 31)))
        old = filled.cluster_candidates(conn, ["ARN"], "fact", (dt.date(2003, 2, 1), dt.date(2003, 2, 28)))
        rows = filled.load_cluster_rows(conn, near)
    assert {r.cluster.event.event_type for r in rows.values()} == {"SUPPORT"}
    assert far == []
    assert len(old) == 1


def test_clusters_store_candidates_of_many_keys_and_groups(filled):
    """More keys than one statement holds are looked up in several; several status groups in one look-up."""
    from annalyst.store.clusters import CANDIDATE_PARTS

    whole = (dt.date(2000, 1, 1), dt.date(2030, 12, 31))
    many = [f"text:nobody {i}" for i in range(CANDIDATE_PARTS // 9 + 5)] + ["ROH", "GON"]
    with filled.read() as conn:
        one_by_one = {cid for key in ("ROH", "GON") for g in ("fact", "predicted")
                      for cid in filled.cluster_candidates(conn, [key], g, whole)}
        assert len(one_by_one) >= 3
        assert set(filled.cluster_candidates(conn, many, ("fact", "predicted"), whole)) == one_by_one
        forecasts = filled.cluster_candidates(conn, ["ARN"], ("predicted", "proposed"), whole)
        rows = filled.load_cluster_rows(conn, forecasts)
    assert [r.cluster.event.status for r in rows.values()] == ["predicted"]


def test_clusters_store_dyad_counts_and_names(filled):
    top = filled.dyad_counts(limit=3)
    assert top[0] == ("ARN", "GON", 3)
    assert filled.actor_names(["ARN", "ROH"]) == {"ARN": "ARN", "ROH": "ROH"}


def test_clusters_store_iter_and_count(filled):
    ids = [c.id for c in filled.iter_clusters(batch=2)]
    assert len(ids) == len(set(ids)) == filled.count_clusters()
    assert filled.count_pending_cluster() == 0


def test_clusters_store_candidate_query_uses_the_match_index(filled):
    if filled.dialect != "sqlite":
        pytest.skip("query plans are checked on SQLite")
    with filled.read() as conn:
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT cluster_id FROM cluster_actors WHERE actor_key IN ('ARN') AND "
            "status_group = 'fact' AND span_class = 0 AND win_start >= '2025-07-01' AND win_start <= '2025-07-02' "
            "AND win_end >= '2025-07-01'").all()
    assert any("ix_cluster_actors_match" in str(row[-1]) for row in plan), plan
