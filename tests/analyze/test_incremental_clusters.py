"""Incremental clustering gives the clusters a full rebuild gives: on a generated store (``benchmarks/synth.py``), the
newest articles clustered pass by pass, as ``annalyst watch`` does, end in exactly the clusters, members, matching
rows and event links of ``annalyst cluster --rebuild`` over the whole store."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from annalyst.analyze.runner import cluster_pending
from annalyst.store import schema as t
from annalyst.store.check import check_store


def _synth():
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "synth.py"
    spec = importlib.util.spec_from_file_location("annalyst_bench_synth_incremental", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _state(store) -> dict[str, Any]:
    """Everything clustering writes, in a comparable form."""
    with store.read() as conn:
        actors = sorted(tuple(str(v) for v in r) for r in conn.execute(
            sa.select(*[c for c in t.cluster_actors.c if c.name != "id"])))
        pairs = sorted(tuple(str(v) for v in r) for r in conn.execute(
            sa.select(*[c for c in t.cluster_pairs.c if c.name != "id"])))
        links = dict(conn.execute(sa.select(t.events.c.id, t.events.c.cluster_id)).all())
        arts = sorted(conn.execute(sa.select(t.cluster_articles.c.cluster_id, t.cluster_articles.c.article_id)).all())
    return {"clusters": {c.id: c.to_dict() for c in store.clusters(limit=None)}, "actors": actors, "pairs": pairs,
            "event_clusters": links, "cluster_articles": arts}


@pytest.mark.parametrize("passes", [1, 4])
def test_incremental_clustering_of_new_articles_equals_a_rebuild(world, passes) -> None:
    synth = _synth()
    corpus = synth.generate(n_events=60, seed=5, start_year=2023)
    articles = corpus.articles
    old, new = articles[:-20 * passes], articles[-20 * passes:]
    synth.load_into(world.store, corpus, old)
    cluster_pending(world.store, affiliations=corpus.affiliations)
    for i in range(passes):  # each pass: 20 new articles stored, extracted, then clustered incrementally
        synth.load_into(world.store, corpus, new[20 * i:20 * (i + 1)])
        stats = cluster_pending(world.store, affiliations=corpus.affiliations)
        assert stats.articles == 20
    incremental = _state(world.store)
    assert len(incremental["clusters"]) > 40
    assert any(len(c["members"]) > 1 for c in incremental["clusters"].values())
    assert check_store(world.store) == []

    world.store.reset_clusters()
    cluster_pending(world.store, affiliations=corpus.affiliations)
    rebuilt = _state(world.store)
    assert incremental["event_clusters"] == rebuilt["event_clusters"]
    assert incremental["clusters"] == rebuilt["clusters"]
    assert incremental["actors"] == rebuilt["actors"]
    assert incremental["pairs"] == rebuilt["pairs"]
    assert incremental["cluster_articles"] == rebuilt["cluster_articles"]
