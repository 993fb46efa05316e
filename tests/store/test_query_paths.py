"""The fast query paths return what the general queries return, in the same order, in SQLite and PostgreSQL.

* an actor's page (``clusters(party|actor|recipient=…, limit=…)``) walks the (actor key, date) index instead of
  sorting all of the actor's clusters: compared with the full ordered list (``limit=None``) sliced;
* a dyad (``between=``, ``dyad_rows``) is read from ``cluster_pairs``; the generated store names every actor itself
  (no ``via`` rows), so the ``literal`` join over ``cluster_actors`` must find exactly the same clusters.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

N_EVENTS = 3000


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    from benchmarks import api_latency
    from benchmarks.queries import _parse_cluster_events

    path = tmp_path_factory.mktemp("gen") / "gen.db"
    api_latency.generate(path, N_EVENTS, 3, log=lambda _m: None)
    _parse_cluster_events(path)
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, generated, pg_database):
    from annalyst.store import Store

    if request.param == "sqlite":
        s = Store(f"sqlite:///{generated}")
        yield s
        s.close()
        return
    from benchmarks.queries import _copy_sqlite_to_pg

    with pg_database("annalyst_paths") as url:
        _copy_sqlite_to_pg(generated, url, log=lambda _m: None)
        s = Store(url)
        yield s
        s.close()


def _busy(store, n=40):
    from benchmarks.queries import _busiest

    return _busiest(store, n)


def _ids(clusters):
    return [c.id for c in clusters]


def test_query_paths_actor_page_is_the_full_list_sliced(store):
    rng = random.Random(5)
    actors = _busy(store)
    assert len(actors) >= 20
    cases = 0
    for i in range(40):
        key = rng.choice(actors)
        side = rng.choice(["party", "actor", "recipient"])
        filters = rng.choice([{}, {"status": "asserted"}, {"since": "2019-01-01"}, {"until": "2017-06-30"},
                              {"event_type": ["ASSAULT", "ACCUSE"]}, {"status": ["predicted"], "since": "2016-01-01"}])
        keys = [key, rng.choice(actors)] if i % 5 == 0 else key
        full = _ids(store.clusters(**{side: keys}, **filters, limit=None))
        limit, offset = rng.choice([(1, 0), (10, 0), (100, 0), (7, 3), (25, 40)])
        page = _ids(store.clusters(**{side: keys}, **filters, limit=limit, offset=offset))
        assert page == full[offset:offset + limit], (side, keys, filters, limit, offset)
        cases += bool(page)
    assert cases > 25


def test_query_paths_dyad_from_cluster_pairs_matches_the_join(store):
    rng = random.Random(9)
    actors = _busy(store)
    nonempty = 0
    for _ in range(40):
        a, b = rng.sample(actors, 2)
        for directed in (False, True):
            fast = _ids(store.clusters(between=([a], [b]), directed=directed, limit=None))
            join = _ids(store.clusters(between=([a], [b]), directed=directed, literal=True, limit=None))
            assert fast == join, (a, b, directed)
            rows = store.dyad_rows([a], [b], directed=directed)
            assert rows == store.dyad_rows([a], [b], directed=directed, literal=True)
            nonempty += bool(fast)
    assert nonempty > 10
