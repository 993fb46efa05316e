"""Latency of the REST API over a store of a million events: /api/v1/events with filters, and the dyad series.

    python -m benchmarks.api_latency [--events 1000000] [--requests 300] [--store PATH] [--seed 11]

The store is generated once (seeded, reproducible; reused while its parameters match) with bulk inserts into the
schema tables: articles, events with their actor rows, and clusters with theirs, where actors follow a Zipf law
over 400 dictionary actors (Russia and the Taliban among the busiest). The server is the real app under uvicorn on
loopback; requests are sequential from one client, bounded in number, and the figures are client-side wall times
(p50, p95, max). The target is p95 <= 100 ms for both.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import sqlalchemy as sa

from annalyst.extract.eventlex import plover_table

_PLOVER = plover_table()["types"]
#: how often each PLOVER type occurs; its base score and quad class come from the package's table
WEIGHTS = {"CONSULT": 18, "AGREE": 6, "SUPPORT": 8, "CONCEDE": 1, "COOPERATE": 7, "AID": 4, "RETREAT": 1, "REQUEST": 6,
           "ACCUSE": 10, "REJECT": 4, "THREATEN": 3, "PROTEST": 4, "SANCTION": 2, "MOBILIZE": 2, "COERCE": 5, "ASSAULT": 9}
TYPES = {name: (weight, float(_PLOVER[name]["score"]), _PLOVER[name]["quad_class"]) for name, weight in WEIGHTS.items()}
STATUSES = {"asserted": 70, "attributed": 14, "alleged": 5, "denied": 2, "proposed": 2, "predicted": 5, "hypothetical": 1, "negated": 1}
LANGS = {"en": 60, "ru": 12, "ur": 6, "fa": 6, "ps": 4, "zh": 8, "ar": 4}
N_ACTORS = 400
START = dt.date(2015, 1, 1)
DAYS = (dt.date(2025, 7, 31) - START).days


def _hex(rng: random.Random) -> str:
    return f"{rng.getrandbits(64):016x}"


def _actors(rng: random.Random) -> list[tuple[str, str]]:
    from annalyst.actors.dictionary import default_dictionary

    pool = sorted((a.id, a.name) for a in default_dictionary() if not a.id.startswith("new:"))
    rng.shuffle(pool)
    chosen = [p for p in pool if p[0] not in ("RUS", "AFG-TALIBAN")][: N_ACTORS - 2]
    # Russia and the Taliban among the busiest, as in the region this tool is built for
    return chosen[:2] + [("RUS", "Russia"), ("AFG-TALIBAN", "Taliban")] + chosen[2:]


def _pick(rng: random.Random, table: dict[str, Any]) -> str:
    keys = list(table)
    weights = [v[0] if isinstance(v, tuple) else v for v in table.values()]
    return rng.choices(keys, weights)[0]


def generate(path: Path, n_events: int, seed: int, log: Any = print) -> None:
    """Write the benchmark store at ``path`` (removed first)."""
    from annalyst.store import Store
    from annalyst.store import schema as t

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(seed)
    store = Store(f"sqlite:///{path}")
    actors = _actors(rng)
    zipf = [1.0 / (i + 1) ** 1.05 for i in range(len(actors))]
    sites = [f"site{i:02d}.example" for i in range(40)]
    type_keys = list(TYPES)
    type_w = [TYPES[k][0] for k in type_keys]
    status_keys, status_w = list(STATUSES), list(STATUSES.values())
    lang_keys, lang_w = list(LANGS), list(LANGS.values())
    now = "2025-08-01T00:00:00Z"
    n_articles = max(1, n_events // 8)
    open_clusters: dict[tuple[str, str, str], tuple[str, int]] = {}
    t0 = time.perf_counter()
    made = 0
    batch_articles = 5000
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA synchronous=OFF")
        cur.close()
    finally:
        raw.close()
    for first in range(0, 4 * n_articles, batch_articles):
        arts, evs, eas, cls, cms, cas = [], [], [], [], [], []
        for i in range(first, first + batch_articles):
            if made >= n_events:
                break
            aid = _hex(rng)
            pub = rng.randrange(DAYS)
            pub_iso = (START + dt.timedelta(days=pub)).isoformat()
            site = rng.choice(sites)
            arts.append({
                "id": aid, "url": f"https://{site}/a/{i}", "site": site, "title": f"Synthetic report {i}", "subtitle": None,
                "authors": [], "published_date": pub_iso, "published_source": "meta", "published_detail": None,
                "language": rng.choices(lang_keys, lang_w)[0], "translated": False, "original_url": None,
                "text": f"Synthetic report {i} from {site}.", "furniture": [], "fetched_at": now, "content_hash": aid,
                "source": None, "section": None, "ingested_at": now, "extracted_at": now, "extractor": "bench",
                "clustered_at": now,
            })
            for _ in range(rng.randint(4, 12)):
                if made >= n_events:
                    break
                made += 1
                eid = _hex(rng)
                etype = rng.choices(type_keys, type_w)[0]
                score, quad = TYPES[etype][1], TYPES[etype][2]
                status = rng.choices(status_keys, status_w)[0]
                day = max(0, pub - rng.randint(0, 30))
                day_iso = (START + dt.timedelta(days=day)).isoformat()
                a, b = rng.choices(range(len(actors)), zipf, k=2)
                if a == b:
                    b = (b + 1 + rng.randrange(len(actors) - 1)) % len(actors)
                sides = [("actor", actors[a])]
                if rng.random() < 0.85:
                    sides.append(("recipient", actors[b]))
                if rng.random() < 0.1:
                    sides.append(("actor", actors[rng.choices(range(len(actors)), zipf)[0]]))
                people = {"actor": [], "recipient": []}
                for side, (act_id, name) in sides:
                    if any(p["actor_id"] == act_id for p in people[side]):
                        continue
                    people[side].append({"actor_id": act_id, "name": name, "text": name})
                sentence = f"{people['actor'][0]['name']} event {etype.lower()} reported in report {i}."
                key = (etype, people["actor"][0]["actor_id"], people["recipient"][0]["actor_id"] if people["recipient"] else "")
                hit = open_clusters.get(key)
                if hit is not None and abs(hit[1] - day) <= 10 and rng.random() < 0.5:
                    cid = hit[0]
                else:
                    cid = _hex(rng)
                    open_clusters[key] = (cid, day)
                    record = {"id": cid, "event": None, "members": [], "n_articles": 1, "n_sources": 1,
                              "first_reported": pub_iso, "contradictions": [], "resolution": None}
                    cls.append({"id": cid, "event_type": etype, "status": status, "date_start": day_iso, "date_end": day_iso,
                                "granularity": "day", "score": score, "quad_class": quad, "n_articles": 1, "n_sources": 1,
                                "first_reported": pub_iso, "resolution": "open" if status == "predicted" else None,
                                "has_contradictions": False, "record": record, "updated_at": now, "horizon": None})
                    for side in ("actor", "recipient"):
                        for p in people[side]:
                            cas.append({"cluster_id": cid, "side": side, "actor_key": p["actor_id"], "actor_id": p["actor_id"],
                                        "date_start": day_iso, "name": p["name"], "via": None, "status_group": None,
                                        "span_class": None, "win_start": None, "win_end": None})
                event = {
                    "id": eid, "article_id": aid, "event_type": etype, "mode": None, "context": [],
                    "actor": people["actor"], "recipient": people["recipient"],
                    "date": {"start": day_iso, "end": day_iso, "granularity": "day", "text": None, "anchor": "published"},
                    "location": None, "counts": {"killed": None, "injured": None, "arrested": None}, "status": status,
                    "attributed_to": None, "denied_by": [], "quote": None, "score": score, "quad_class": quad, "cameo": None,
                    "confidence": round(rng.random(), 3),
                    "evidence": [{"article_id": aid, "start": 0, "end": len(sentence), "sentence": sentence, "trigger": "event"}],
                    "cluster_id": cid,
                }
                evs.append({"id": eid, "article_id": aid, "event_type": etype, "mode": None, "status": status,
                            "date_start": day_iso, "date_end": day_iso, "granularity": "day", "score": score,
                            "quad_class": quad, "confidence": event["confidence"], "cluster_id": cid, "record": event})
                cms.append({"cluster_id": cid, "event_id": eid})
                for side in ("actor", "recipient"):
                    for p in people[side]:
                        eas.append({"event_id": eid, "side": side, "actor_key": p["actor_id"], "actor_id": p["actor_id"],
                                    "name": p["name"], "date_start": day_iso})
        with store.write() as conn:
            conn.execute(t.articles.insert(), arts)
            conn.execute(t.events.insert(), evs)
            conn.execute(t.event_actors.insert(), eas)
            if cls:
                conn.execute(t.clusters.insert(), cls)
            if cas:
                conn.execute(t.cluster_actors.insert(), cas)
            conn.execute(t.cluster_members.insert(), cms)
        if len(open_clusters) > 200_000:
            open_clusters.clear()
        if (first // batch_articles) % 20 == 0:
            log(f"  {made:,} events, {time.perf_counter() - t0:.0f} s")
        if made >= n_events:
            break
    _fill_cluster_records(store)
    with store.write() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS bench_params (k TEXT PRIMARY KEY, v TEXT)")
        conn.exec_driver_sql("INSERT OR REPLACE INTO bench_params VALUES ('params', ?)", (json.dumps({"events": n_events, "seed": seed}),))
    store.close()
    log(f"generated {made:,} events in {time.perf_counter() - t0:.0f} s")


def _fill_cluster_records(store: Any) -> None:
    """Each cluster's record gets its merged event (its first member's record) and its member list."""
    with store.write() as conn:
        conn.exec_driver_sql(
            """
            UPDATE clusters SET record = json_set(record,
                '$.event', json((SELECT e.record FROM cluster_members m JOIN events e ON e.id = m.event_id
                                 WHERE m.cluster_id = clusters.id ORDER BY e.id LIMIT 1)),
                '$.members', (SELECT json_group_array(m.event_id) FROM cluster_members m WHERE m.cluster_id = clusters.id)),
                n_articles = (SELECT count(*) FROM cluster_members m WHERE m.cluster_id = clusters.id)
            """
        )


def _params(path: Path) -> dict[str, Any] | None:
    if not path.exists():
        return None
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT v FROM bench_params WHERE k = 'params'").first()
            return json.loads(row[0]) if row else None
    except sa.exc.SQLAlchemyError:
        return None
    finally:
        engine.dispose()


def _queries(rng: random.Random, actors: list[str], n: int) -> Iterator[str]:
    top, mid, rare = actors[:10], actors[10:80], actors[80:]
    types = list(TYPES)
    for _ in range(n):
        kind = rng.randrange(7)
        year = rng.randint(2015, 2024)
        since, until = f"{year}-01-01", f"{min(year + rng.randint(0, 3), 2025)}-12-31"
        if kind == 0:
            yield f"/api/v1/events?actor={rng.choice(top)}&event_type={rng.choice(types)}&since={since}&until={until}"
        elif kind == 1:
            yield f"/api/v1/events?recipient={rng.choice(mid)}&status=asserted"
        elif kind == 2:
            yield f"/api/v1/events?event_type={rng.choice(types)}&since={since}&until={until}"
        elif kind == 3:
            yield f"/api/v1/events?party={rng.choice(rare)}&since={since}"
        elif kind == 4:
            yield f"/api/v1/events?actor={rng.choice(top + mid)}&language={rng.choice(list(LANGS))}&limit=20"
        elif kind == 5:
            yield f"/api/v1/events?actor={rng.choice(top)}&recipient={rng.choice(top)}&since={since}"
        else:
            yield f"/api/v1/events?source=site{rng.randrange(40):02d}.example&status={rng.choice(list(STATUSES))}"


def _dyads(rng: random.Random, actors: list[str], n: int) -> Iterator[str]:
    yield "/api/v1/dyads/RUS/AFG-TALIBAN"
    for _ in range(n - 1):
        pool = actors[:10] if rng.random() < 0.5 else actors[:100]
        a, b = rng.sample(pool, 2)
        yield f"/api/v1/dyads/{a}/{b}"


def measure(base: str, paths: list[str]) -> tuple[list[float], list[int]]:
    import httpx

    times, statuses = [], []
    with httpx.Client(base_url=base, timeout=60) as client:
        client.get("/api/v1/health")
        for p in paths:
            t0 = time.perf_counter()
            r = client.get(p)
            r.read()
            times.append((time.perf_counter() - t0) * 1000)
            statuses.append(r.status_code)
    return times, statuses


def summary(name: str, times: list[float], statuses: list[int]) -> dict[str, Any]:
    ordered = sorted(times)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
    return {"name": name, "requests": len(times), "errors": sum(s >= 400 for s in statuses),
            "p50_ms": round(statistics.median(ordered), 1), "p95_ms": round(p95, 1), "max_ms": round(ordered[-1], 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=300, help="requests per endpoint (bounded)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--store", type=Path, default=Path("/tmp/annalyst-bench/api-latency.db"))
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args(argv)
    args.requests = max(1, min(args.requests, 5000))
    args.store.parent.mkdir(parents=True, exist_ok=True)
    if args.regenerate or _params(args.store) != {"events": args.events, "seed": args.seed}:
        print(f"generating a store of {args.events:,} events at {args.store} ...", file=sys.stderr)
        generate(args.store, args.events, args.seed, log=lambda m: print(m, file=sys.stderr))
    from annalyst.serve import create_app

    rng = random.Random(args.seed)
    actors = [a for a, _ in _actors(random.Random(args.seed))]
    app = create_app(str(args.store))
    server = _Server(app)
    with server:
        event_paths = list(_queries(rng, actors, args.requests))
        dyad_paths = list(_dyads(rng, actors, args.requests))
        measure(server.url, event_paths[:10] + dyad_paths[:10])  # warm the page cache
        results = [summary("/api/v1/events with filters", *measure(server.url, event_paths)),
                   summary("/api/v1/dyads/{a}/{b}", *measure(server.url, dyad_paths))]
    for r in results:
        ok = "ok" if r["p95_ms"] <= 100 and not r["errors"] else "OVER"
        print(f"{r['name']:<32} n={r['requests']:<5} p50 {r['p50_ms']:>7.1f} ms   p95 {r['p95_ms']:>7.1f} ms   "
              f"max {r['max_ms']:>7.1f} ms   errors {r['errors']}   [{ok} vs 100 ms]")
    print(json.dumps({"events": args.events, "results": results}))
    return 0 if all(r["p95_ms"] <= 100 and not r["errors"] for r in results) else 1


class _Server:
    """uvicorn on a free loopback port in a thread."""

    def __init__(self, app: Any) -> None:
        import socket
        import threading

        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> _Server:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
