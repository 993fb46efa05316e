"""``annalyst cluster --rebuild`` / ``Store.reset_clusters``: every cluster is forgotten in one transaction and the next
run clusters all articles again under the rules in force, in SQLite and PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa
from eventkit import affiliations, art, ev
from typer.testing import CliRunner

from annalyst.analyze.runner import cluster_pending
from annalyst.cli import app
from annalyst.models import ParseResult
from annalyst.store import schema as t
from annalyst.store.check import check_store


def _members(store) -> list[list[str]]:
    return sorted(sorted(c.members) for c in store.clusters(limit=None))


def _fill(store) -> None:
    articles = [
        (art("a1", published="2025-07-04"), [ev("e1", "a1", "SUPPORT", start="2025-07-03")]),
        (art("a2", published="2025-07-24"), [ev("e2", "a2", "SUPPORT")]),  # undated: assumed within the window
        (art("a3", published="2025-07-24"), [ev("e3", "a3", "ASSAULT", actor=["GON"], recipient=["ARN"],
                                                start="2025-07-20")]),
    ]
    for article, events in articles:
        store.add_articles([article])
        store.save_extractions([(article.id, ParseResult(article=article, events=events))], extractor="test")


def test_rebuild_applies_the_rules_in_force(store) -> None:
    _fill(store)
    cluster_pending(store, affiliations=affiliations)  # an undated report may be a year old: e2 joins e1
    assert _members(store) == [["e1", "e2"], ["e3"]]

    assert store.reset_clusters() == 2
    with store.read() as conn:
        for table in (t.clusters, t.cluster_actors, t.cluster_members, t.cluster_articles, t.cluster_pairs):
            assert conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one() == 0, table.name
        assert conn.execute(sa.select(sa.func.count()).select_from(t.events)
                            .where(t.events.c.cluster_id.is_not(None))).scalar_one() == 0
    assert store.count_pending_cluster() == 3
    assert check_store(store) == []  # a store waiting to be clustered is whole

    stats = cluster_pending(store, affiliations=affiliations, undated_days=10)  # rules changed: e2 is too far
    assert stats.articles == 3
    assert _members(store) == [["e1"], ["e2"], ["e3"]]
    assert check_store(store) == []
    with store.read() as conn:
        ids = dict(conn.execute(sa.select(t.events.c.id, t.events.c.cluster_id)).all())
    assert all(ids[m] == c.id for c in store.clusters(limit=None) for m in c.members)

    before = {c.id: sorted(c.members) for c in store.clusters(limit=None)}
    store.reset_clusters()  # the same rules again: the same clusters, the same ids
    cluster_pending(store, affiliations=affiliations, undated_days=10)
    assert before == {c.id: sorted(c.members) for c in store.clusters(limit=None)}


def test_rebuild_from_the_cli(store, store_url) -> None:
    _fill(store)
    cluster_pending(store, affiliations=affiliations)
    runner = CliRunner()
    result = runner.invoke(app, ["cluster", "--rebuild", "--db", store_url])
    assert result.exit_code == 0, result.output
    assert "forgot 2 clusters" in result.output
    assert "clustered 3 articles" in result.output
    assert store.count_pending_cluster() == 0 and len(store.clusters(limit=None)) == 2


def test_rebuild_from_the_python_api(store, store_url) -> None:
    from annalyst import Annalyst

    _fill(store)
    cluster_pending(store, affiliations=affiliations)
    with Annalyst(db=store_url) as an:
        stats = an.cluster(rebuild=True)
    assert stats.articles == 3 and stats.events == 3
    assert store.count_pending_cluster() == 0 and _members(store) == [["e1", "e2"], ["e3"]]
