#!/usr/bin/env python
"""Load test on loopback: ``annalyst serve`` answering many concurrent clients while ``annalyst ingest`` writes to
the same store from another process. Reports requests served, errors, latency percentiles (overall and per
endpoint), and checks that no write was lost: every article of every ingested folder is in the store exactly once,
and the store passes ``check_store``.

Usage::

    python scripts/load_test.py                          # 50 clients for 60 s
    python scripts/load_test.py --clients 10 --seconds 5 --json out.json

Steps: a generated corpus is ingested, extracted and clustered (so pages have events and clusters to show); the
server starts (read-only, as by default); an ingest loop starts in its own process, ingesting one new folder of
articles after another until the clients stop; the clients (asyncio, one httpx connection each) request a mix of
API calls and pages as fast as they are answered. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _crash_trials():  # noqa: ANN202 - the corpus generator lives in the kill -9 script
    if "crash_trials" in sys.modules:
        return sys.modules["crash_trials"]
    spec = importlib.util.spec_from_file_location("crash_trials", HERE / "crash_trials.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_trials"] = module
    spec.loader.exec_module(module)
    return module


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(batch_size: int = 16) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANNALYST_")}
    env.update(ANNALYST_BATCH_SIZE=str(batch_size), ANNALYST_CONFIG=os.devnull)
    return env


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "annalyst.cli", *args]


def prepare_store(work: Path, articles: int, seed: int) -> dict[str, Any]:
    """A store with ``articles`` generated reports, extracted and clustered; returns ids the clients will ask for."""
    from annalyst.store import Store

    corpus = work / "base"
    _crash_trials().make_corpus(corpus, articles, seed)
    db = work / "store.db"
    for args in (("ingest", str(corpus)), ("extract",), ("cluster",)):
        result = subprocess.run(_cli(*args, "--db", str(db)), env=_env(), capture_output=True, text=True, timeout=1800)
        if result.returncode != 0:
            raise RuntimeError(f"annalyst {args[0]} failed: {result.stderr[-500:]}")
    store = Store(f"sqlite:///{db}")
    try:
        ids = {
            "db": db,
            "articles": [r.id for r in store.list_articles(limit=200)],
            "clusters": [c.id for c in store.clusters(limit=200)],
            "events": [e.id for e in store.events(limit=200)],
        }
    finally:
        store.close()
    if not ids["clusters"]:
        raise RuntimeError("the prepared store has no clusters: extraction found no events")
    return ids


def requests_mix(ids: dict[str, Any], rng: random.Random) -> list[tuple[str, str]]:
    """``(endpoint name, path)`` pairs the clients cycle through: API lists with filters, full-text search, records,
    and the HTML pages with their JSON twins."""
    words = ["helicopters", "border", "railway", "sanctions", "water", "militants", "delegation", "agreement"]
    out: list[tuple[str, str]] = []
    for _ in range(400):
        a, c, e = rng.choice(ids["articles"]), rng.choice(ids["clusters"]), rng.choice(ids["events"])
        w = rng.choice(words)
        out += [
            ("api events", f"/api/v1/events?limit=20&offset={rng.randint(0, 40)}"),
            ("api events filtered", "/api/v1/events?party=RUS&since=2025-01-01&limit=20"),
            ("api clusters", "/api/v1/clusters?limit=20&sort=-date"),
            ("api articles search", f"/api/v1/articles?q={w}&limit=10"),
            ("api article", f"/api/v1/articles/{a}"),
            ("api cluster", f"/api/v1/clusters/{c}"),
            ("api event", f"/api/v1/events/{e}"),
            ("api dyad", "/api/v1/dyads/RUS/AFG-TALIBAN"),
            ("api network", "/api/v1/network?max_nodes=30"),
            ("api health", "/api/v1/health"),
            ("page index", "/"),
            ("page search", f"/search?q={w}"),
            ("page article", f"/articles/{a}"),
            ("page event", f"/events/{c}"),
            ("page actor", "/actors/RUS"),
        ]
    rng.shuffle(out)
    return out


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)

    def add(self, name: str, seconds: float, status: int | None, error: str | None = None) -> None:
        self.latencies.setdefault(name, []).append(seconds)
        if status is not None:
            self.statuses[status] = self.statuses.get(status, 0) + 1
        if error or status is None or status >= 400:
            self.errors.append(f"{name}: {error or status}")


def _pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def _client(base: str, mix: list[tuple[str, str]], offset: int, stop: float, stats: Stats) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        i = offset
        while time.monotonic() < stop:
            name, path = mix[i % len(mix)]
            i += 1
            started = time.perf_counter()
            try:
                r = await http.get(path)
                await r.aread()
                stats.add(name, time.perf_counter() - started, r.status_code)
            except httpx.HTTPError as exc:
                stats.add(name, time.perf_counter() - started, None, f"{type(exc).__name__}: {exc}")


async def _load(base: str, mix: list[tuple[str, str]], clients: int, seconds: float) -> Stats:
    stats = Stats()
    stop = time.monotonic() + seconds
    await asyncio.gather(*(_client(base, mix, i * 37, stop, stats) for i in range(clients)))
    return stats


class IngestLoop:
    """Ingests folder after folder of new articles in child processes until stopped; knows which folders it
    ingested completely."""

    def __init__(self, db: Path, work: Path, per_folder: int, seed: int) -> None:
        self.db, self.work, self.per_folder, self.seed = db, work, per_folder, seed
        self.done: list[Path] = []
        self.failed: list[str] = []
        self._proc: subprocess.Popen | None = None
        self._folder: Path | None = None
        self._n = 0
        self._gen = _crash_trials()

    def _next(self) -> None:
        self._n += 1
        folder = self.work / f"live{self._n:03d}"
        self._gen.make_corpus(folder, self.per_folder, self.seed * 1000 + self._n)
        for path in folder.iterdir():  # make every article new: a folder-specific word and URL in each
            text = path.read_text(encoding="utf-8").replace("This is report", f"Batch {self._n}: report")
            path.write_text(text.replace("/news/r", f"/news/b{self._n}-r"), encoding="utf-8")
        self._folder = folder
        self._log = open(self.work / f"ingest{self._n:03d}.log", "w+")
        self._proc = subprocess.Popen(_cli("ingest", str(folder), "--db", str(self.db)), env=_env(8),
                                      stdout=subprocess.DEVNULL, stderr=self._log)

    def poll(self) -> None:
        if self._proc is None:
            self._next()
            return
        if self._proc.poll() is None:
            return
        if self._proc.returncode == 0:
            self.done.append(self._folder)
        else:
            self._log.seek(0)
            self.failed.append(f"{self._folder.name}: exit {self._proc.returncode}: {self._log.read()[-300:]}")
        self._next()

    def finish(self) -> None:
        if self._proc is not None:
            self._proc.wait(timeout=600)
            if self._proc.returncode == 0:
                self.done.append(self._folder)
            else:
                self.failed.append(f"{self._folder.name}: exit {self._proc.returncode}")


async def _ingest_while(loop: IngestLoop, stop: float) -> None:
    while time.monotonic() < stop:
        loop.poll()
        await asyncio.sleep(0.1)


def verify_writes(db: Path, folders: list[Path]) -> dict[str, Any]:
    """Every article of every folder ingested is stored exactly once, and the store is whole."""
    from annalyst.errors import InputError
    from annalyst.ingest import read
    from annalyst.store import Store
    from annalyst.store.check import check_store

    expected: set[str] = set()
    for folder in folders:
        expected |= {r.id for r in read([str(folder)]) if not isinstance(r, InputError)}
    store = Store(f"sqlite:///{db}")
    try:
        import sqlalchemy as sa

        from annalyst.store import schema as t

        with store.read() as conn:
            stored = [r[0] for r in conn.execute(sa.select(t.articles.c.id))]
        problems = [str(p) for p in check_store(store)]
    finally:
        store.close()
    missing = expected - set(stored)
    return {"ingested_articles": len(expected), "missing": len(missing), "stored_total": len(stored),
            "duplicates": len(stored) - len(set(stored)), "check_problems": problems}


def run(clients: int = 50, seconds: float = 60.0, articles: int = 60, per_folder: int = 40, seed: int = 3,
        workdir: Path | None = None, log=print) -> dict[str, Any]:  # noqa: ANN001
    own = workdir is None
    work = Path(workdir or tempfile.mkdtemp(prefix="annalyst-load-"))
    work.mkdir(parents=True, exist_ok=True)
    server = None
    try:
        started = time.monotonic()
        ids = prepare_store(work, articles, seed)
        log(f"store ready in {time.monotonic() - started:.0f} s: {len(ids['articles'])} articles, "
            f"{len(ids['clusters'])} clusters")
        port = _free_port()
        server_log = open(work / "server.log", "w")  # a file, not a pipe: a full pipe would stall the server
        server = subprocess.Popen(_cli("serve", "--db", str(ids["db"]), "--port", str(port)), env=_env(),
                                  stdout=server_log, stderr=server_log)
        base = f"http://127.0.0.1:{port}"
        _wait_up(base, server, work / "server.log")
        mix = requests_mix(ids, random.Random(seed))
        ingest = IngestLoop(ids["db"], work, per_folder, seed)

        async def main() -> Stats:
            stop = time.monotonic() + seconds
            writer = asyncio.create_task(_ingest_while(ingest, stop))
            stats = await _load(base, mix, clients, seconds)
            await writer
            return stats

        t0 = time.monotonic()
        stats = asyncio.run(main())
        elapsed = time.monotonic() - t0
        ingest.finish()
        writes = verify_writes(ids["db"], ingest.done)
        all_lat = [x for v in stats.latencies.values() for x in v]
        report = {
            "clients": clients, "seconds": round(elapsed, 1),
            "requests": len(all_lat), "errors": len(stats.errors),
            "errors_by_kind": dict(sorted(Counter(stats.errors).items(), key=lambda kv: -kv[1])[:10]),
            "statuses": {str(k): v for k, v in sorted(stats.statuses.items())},
            "requests_per_second": round(len(all_lat) / elapsed, 1),
            "latency_ms": {p: round(1000 * _pct(all_lat, q), 1) for p, q in (("p50", 50), ("p95", 95), ("p99", 99), ("max", 100))},
            "mean_ms": round(1000 * statistics.fmean(all_lat), 1) if all_lat else 0.0,
            "per_endpoint_p95_ms": {k: round(1000 * _pct(v, 95), 1) for k, v in sorted(stats.latencies.items())},
            "ingest_folders": len(ingest.done), "ingest_failures": ingest.failed,
            **writes,
        }
        report["server_log_tail"] = (work / "server.log").read_text(errors="replace")[-2000:]
        report["ok"] = (report["errors"] == 0 and not ingest.failed and writes["missing"] == 0
                        and writes["duplicates"] == 0 and not writes["check_problems"] and report["requests"] > 0)
        return report
    finally:
        if server is not None:
            server.terminate()
            server_log.close()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        if own:
            shutil.rmtree(work, ignore_errors=True)


def _wait_up(base: str, proc: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"annalyst serve exited {proc.returncode}: {log.read_text()[-500:]}")
        try:
            if httpx.get(f"{base}/api/v1/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("annalyst serve did not come up")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--articles", type=int, default=60, help="articles extracted before the load starts")
    parser.add_argument("--per-folder", type=int, default=40, help="articles per folder the ingest loop writes")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--json", type=Path, help="write the report here too")
    args = parser.parse_args(argv)
    report = run(args.clients, args.seconds, args.articles, args.per_folder, args.seed, args.workdir,
                 log=lambda m: print(m, file=sys.stderr, flush=True))
    text = json.dumps(report, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text)
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
