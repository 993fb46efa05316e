"""Query latency of the store at 10k, 100k and 1M events, in SQLite and in PostgreSQL: timeline, dyad series, search.

    python -m benchmarks.queries [--sizes 10000 100000 1000000] [--queries 200] [--pg postgresql://…] [--quick]

Stores are made by ``benchmarks.api_latency.generate`` (seeded: articles, events with their actor rows, clusters
with theirs; actors follow a Zipf law over 400 dictionary actors) and cached under ``benchmarks/out/`` while the
size, the seed and the migrations are the same. The PostgreSQL store is the same rows copied from the SQLite file
(``COPY``, triggers and foreign-key checks off for the copy, then ``ANALYZE``) into a database
``annalyst_bench_<size>`` of the server named by ``--pg`` (default: ``ANNALYST_BENCH_PG`` or ``ANNALYST_TEST_PG``);
without a server only SQLite is measured.

What is timed, per query, from the Python API the CLI and the web pages use (wall time, in this process, after
one warm-up round):

* ``timeline``: ``Store.clusters(party=A, limit=100)``, the first page of an actor's timeline, A drawn from the 100
  busiest actors (Russia and the Taliban among them);
* ``timeline pair``: ``Store.clusters(between=(A, B), limit=100)`` for a random pair of those actors;
* ``dyad``: ``dyad_series(store, A, B)``, the whole monthly series of the pair;
* ``search``: ``Store.list_articles(search=…, limit=50)``, full text, best first, words drawn from the corpus.

Each kind runs ``--queries`` times (bounded), and p50 / p95 / max are reported. Target: timeline and dyad p95 <=
50 ms at 1M events in both databases.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUT = ROOT / "benchmarks" / "out"
TARGET_MS = 50.0
#: copied in this order (parents before children); ``tsv`` (PostgreSQL) is a generated column
TABLES = ("articles", "actors", "actor_merges", "events", "event_actors", "clusters", "cluster_members",
          "cluster_actors", "cluster_articles", "cluster_pairs", "mentions", "time_exprs", "quotes",
          "article_links", "article_minhash", "article_bands")


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def schema_digest() -> str:
    """A digest of the migrations: a cached store is rebuilt when the schema it was made with changed."""
    from annalyst.store.engine import MIGRATIONS

    h = hashlib.sha256()
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def sqlite_store(n_events: int, seed: int = 11, out: Path = OUT) -> Path:
    """The generated SQLite store of ``n_events`` events (made once, then reused)."""
    from benchmarks import api_latency

    out.mkdir(parents=True, exist_ok=True)
    path = out / f"queries-{n_events}-{seed}-{schema_digest()}.db"
    if api_latency._params(path) != {"events": n_events, "seed": seed}:
        for old in out.glob(f"queries-{n_events}-{seed}-*.db*"):
            old.unlink()
        _log(f"generating a SQLite store of {n_events:,} events at {path} ...")
        api_latency.generate(path, n_events, seed, log=_log)
        _parse_cluster_events(path)
    return path


def _parse_cluster_events(path: Path) -> None:
    """The generator sets each cluster record's ``event`` through a subquery, where SQLite drops the JSON subtype:
    the event lands as a string. Make it the object a ``Cluster`` record holds."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE clusters SET record = json_set(record, '$.event', json(json_extract(record, '$.event'))) "
                     "WHERE json_type(record, '$.event') = 'text'")


def pg_store(source: Path, admin_url: str) -> str:
    """A PostgreSQL database holding the same rows as the SQLite store ``source`` (made once, then reused)."""
    import sqlalchemy as sa

    from annalyst.settings import Settings

    n_events, seed = int(source.name.split("-")[1]), int(source.name.split("-")[2])
    admin = Settings(db=admin_url).db_url
    name = f"annalyst_bench_{n_events}_{seed}"
    url = sa.engine.make_url(admin).set(database=name).render_as_string(hide_password=False)
    stamp = json.dumps({"source": source.name, "copy": 2})
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            exists = conn.exec_driver_sql("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).first()
        if exists:
            db = sa.create_engine(url)
            try:
                with db.connect() as conn:
                    row = conn.exec_driver_sql("SELECT v FROM bench_params WHERE k = 'params'").first()
                if row and row[0] == stamp:
                    return url
            except sa.exc.SQLAlchemyError:
                pass
            finally:
                db.dispose()
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    finally:
        engine.dispose()
    _log(f"copying {source.name} into PostgreSQL database {name} ...")
    _copy_sqlite_to_pg(source, url)
    db = sa.create_engine(url)
    with db.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS bench_params (k TEXT PRIMARY KEY, v TEXT)")
        conn.exec_driver_sql("INSERT INTO bench_params VALUES ('params', %s) ON CONFLICT (k) DO UPDATE SET v = excluded.v",
                             (stamp,))
    db.dispose()
    return url


def _copy_sqlite_to_pg(source: Path, url: str, log: Callable[[str], None] = _log) -> None:
    import sqlite3

    import psycopg

    from annalyst.store import Store
    from annalyst.store import schema as t

    Store(url).close()  # the schema, by the migrations
    started = time.perf_counter()
    lite = sqlite3.connect(source)
    dsn = url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(dsn) as pg:
        with pg.cursor() as cur:
            cur.execute("SET session_replication_role = replica")  # no triggers, no FK checks: rows are consistent
            for name in TABLES:
                table = t.metadata.tables[name]
                columns = [c.name for c in table.columns]
                bools = {i for i, c in enumerate(table.columns) if c.type.python_type is bool}
                quoted = ", ".join(f'"{c}"' for c in columns)
                rows = lite.execute(f"SELECT {quoted} FROM {name}")
                n = 0
                with cur.copy(f"COPY {name} ({quoted}) FROM STDIN") as copy:
                    for row in rows:
                        if bools:
                            row = tuple(bool(v) if i in bools and v is not None else v for i, v in enumerate(row))
                        copy.write_row(row)
                        n += 1
                log(f"  {name}: {n:,} rows, {time.perf_counter() - started:.0f} s")
            cur.execute("SELECT setval(pg_get_serial_sequence('articles', 'seq'), coalesce(max(seq), 1)) FROM articles")
            cur.execute("SET session_replication_role = DEFAULT")
        pg.commit()
        pg.autocommit = True
        pg.execute("VACUUM ANALYZE")
    lite.close()


# ---------------------------------------------------------------------------------------------- measuring


def _busiest(store: Any, n: int = 100) -> list[str]:
    import sqlalchemy as sa

    with store.read() as conn:
        rows = conn.execute(sa.text(
            "SELECT actor_key FROM cluster_actors GROUP BY actor_key ORDER BY count(*) DESC, actor_key LIMIT :n"), {"n": n})
        return [r[0] for r in rows]


def _words(store: Any) -> list[str]:
    import sqlalchemy as sa

    with store.read() as conn:
        rows = conn.execute(sa.text("SELECT title, site FROM articles ORDER BY seq LIMIT 200")).all()
    words = set()
    for title, site in rows:
        words.update(w for w in (title or "").split() if w.isalpha())
        if site:
            words.add(site.split(".")[0])
    return sorted(words)


def timed(fn: Callable[[], Any], n: int) -> dict[str, float]:
    """Wall time per call, and this process's CPU time (on a machine shared with other jobs the wall time also
    holds the waits for a core; the CPU time does not, but misses the PostgreSQL server's own work)."""
    times, cpu = [], []
    for _ in range(n):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    out = summarize(times)
    out["cpu_p95_ms"] = _p95(sorted(cpu))
    return out


def _p95(ordered: list[float]) -> float:
    return round(ordered[max(0, int(round(0.95 * len(ordered))) - 1)], 2)


def summarize(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"n": len(ordered), "p50_ms": round(statistics.median(ordered), 2), "p95_ms": _p95(ordered),
            "max_ms": round(ordered[-1], 2)}


def measure(url: str, n_queries: int, seed: int = 5) -> dict[str, dict[str, float]]:
    """p50/p95/max of each query kind over the store at ``url``."""
    from annalyst.analyze.dyads import dyad_series
    from annalyst.store import Store

    store = Store(url)
    try:
        actors = _busiest(store)
        words = _words(store)
        rng = random.Random(seed)

        def cycle(make: Callable[[random.Random], Callable[[], Any]]) -> Callable[[], Any]:
            calls = [make(rng) for _ in range(n_queries)]
            it = iter(calls * 2)
            return lambda: next(it)()

        def timeline(r: random.Random) -> Callable[[], Any]:
            a = r.choice(actors)
            return lambda: store.clusters(party=[a], limit=100)

        def pair(r: random.Random) -> Callable[[], Any]:
            a, b = r.sample(actors, 2)
            return lambda: store.clusters(between=([a], [b]), limit=100)

        def dyad(r: random.Random) -> Callable[[], Any]:
            a, b = r.sample(actors[:10] if r.random() < 0.5 else actors, 2)
            return lambda: dyad_series(store, [a], [b])

        def search(r: random.Random) -> Callable[[], Any]:
            text = " ".join(r.sample(words, r.choice((1, 1, 2))))
            return lambda: store.list_articles(search=text, limit=50)

        results = {}
        for name, make in (("timeline", timeline), ("timeline pair", pair), ("dyad", dyad), ("search", search)):
            fn = cycle(make)
            for _ in range(min(10, n_queries)):  # warm the caches
                fn()
            results[name] = timed(cycle(make), n_queries)
        return results
    finally:
        store.close()


def run(sizes: list[int], n_queries: int, pg: str | None, seed: int = 11) -> list[dict[str, Any]]:
    rows = []
    for size in sizes:
        source = sqlite_store(size, seed)
        targets = [("sqlite", f"sqlite:///{source}")]
        if pg:
            targets.append(("postgresql", pg_store(source, pg)))
        for db, url in targets:
            for kind, stats in measure(url, n_queries).items():
                rows.append({"events": size, "db": db, "query": kind, **stats})
                _log(f"{db:<10} {size:>9,} events  {kind:<14} p50 {stats['p50_ms']:>7.2f} ms  "
                     f"p95 {stats['p95_ms']:>7.2f} ms  max {stats['max_ms']:>7.2f} ms  (CPU p95 {stats['cpu_p95_ms']:.2f} ms)")
    return rows


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=200, help="queries per kind (at most 2000)")
    parser.add_argument("--pg", default=os.environ.get("ANNALYST_BENCH_PG") or os.environ.get("ANNALYST_TEST_PG"))
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--quick", action="store_true", help="2k and 10k events, 30 queries (a smoke test)")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.queries = [2_000, 10_000], 30
    rows = run(args.sizes, max(1, min(args.queries, 2000)), args.pg, args.seed)
    print(json.dumps(rows))
    return rows


if __name__ == "__main__":
    main()
