"""Run the benchmarks and print one table: how close annalyst is to its physical floor, and how it scales.

    python -m benchmarks.run              # everything (about half an hour on 2 cores), writes benchmarks/RESULTS.md
    python -m benchmarks.run --quick      # small sizes (a smoke test), writes benchmarks/out/RESULTS-quick.md
    python -m benchmarks.run --only extract workers

Rows (measured, baseline, the ratio or value, the target, pass/fail):

* ingest: annalyst's ingest over trafilatura alone on the same generated pages (``benchmarks.ingest``);
* extraction: the full pipeline over raw ``nlp.pipe`` on the same texts with the same model, in one run, from CPU
  time (``benchmarks.extract``);
* workers: 2 worker processes over 1, and a Dask LocalCluster of 2 workers over 1 worker, steady-state articles/s,
  with the stored events compared byte for byte (``benchmarks.workers``);
* memory: peak RSS of ingest + extraction of 20,000 articles over 1,000, each in a child process
  (``benchmarks.memory``);
* long_article: peak RSS and time of one article of 50 KB, 0.5 MB and 5 MB, each in a child process; time per KB
  over the 50 KB row's (linear time) and peak RSS against the targets (``benchmarks.long_article``);
* queries: p95 of timeline, dyad series and full-text search at 10k / 100k / 1M events in SQLite and PostgreSQL
  (``benchmarks.queries``; PostgreSQL when ``--pg``, ``ANNALYST_BENCH_PG`` or ``ANNALYST_TEST_PG`` names a server);
* clustering: cost per added article in a store of 100k clustered events over one of 10k (``benchmarks.clustering``);
* watch: one watch pass over 10,000 stored articles with 20 new ones over ingest + extract of the 20 alone
  (``benchmarks.watch``).

The raw figures of every step are kept in ``benchmarks/out/run-<date>.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUT = ROOT / "benchmarks" / "out"
STEPS = ("ingest", "extract", "workers", "memory", "long_article", "queries", "clustering", "watch")


@dataclass
class Row:
    name: str
    measured: str
    baseline: str
    value: float | None
    target: str
    ok: bool | None  # None: reported, no target

    @property
    def verdict(self) -> str:
        return "info" if self.ok is None else ("pass" if self.ok else "FAIL")


def _quiet(fn: Callable[..., Any], *args: Any) -> Any:
    """Call a benchmark's ``main`` with its own printing captured (this runner prints the one table)."""
    with contextlib.redirect_stdout(io.StringIO()):
        return fn(*args)


def measure_ingest(quick: bool, pg: str | None) -> Any:
    from benchmarks import ingest

    return _quiet(ingest.main, ["--pages", "300" if quick else "2000", "--no-memory"])


def rows_ingest(r: Any) -> list[Row]:
    rows = [Row("ingest vs trafilatura alone", f"{r['annalyst_pages_per_s']} pages/s",
                f"{r['trafilatura_pages_per_s']} pages/s", r["ratio"], ">= 0.8", r["ratio"] >= 0.8)]
    large = next((k for k in r if k.startswith("peak_rss_mb_") and k != "peak_rss_mb_500"), None)
    if large and "rss_ratio" in r:
        rows.append(Row(f"ingest peak RSS {large.rsplit('_', 1)[1]} vs 500 pages", f"{r[large]} MB",
                        f"{r['peak_rss_mb_500']} MB", r["rss_ratio"], "(report)", None))
    return rows


def measure_extract(quick: bool, pg: str | None) -> Any:
    from benchmarks import extract

    return _quiet(extract.main, ["--articles", "30" if quick else "200"])


def rows_extract(r: Any) -> list[Row]:
    return [Row("extraction vs raw nlp.pipe (CPU)", f"{r['end_to_end_articles_per_s']} art/s",
                f"{r['raw_articles_per_s']} art/s", r["ratio"], ">= 0.8", r["ratio"] >= 0.8),
            Row("extraction vs raw nlp.pipe (wall)", f"{r['end_to_end_seconds']} s", f"{r['raw_seconds']} s",
                r["ratio_wall"], "(report)", None)]


def measure_workers(quick: bool, pg: str | None) -> Any:
    from benchmarks import workers

    return _quiet(workers.main, ["--quick"] if quick else [])


def rows_workers(r: Any) -> list[Row]:
    one, two = r["runs"][0], r["runs"][1]
    rows = [Row("workers: 2 vs 1", f"{two['articles_per_s']} art/s", f"{one['articles_per_s']} art/s",
                r["scaling_2_over_1"], ">= 1.7", (r["scaling_2_over_1"] or 0) >= 1.7)]
    by_name = {run["run"]: run for run in r["runs"]}
    if "dask2" in by_name:
        dask = by_name["dask2"]
        rows.append(Row("Dask LocalCluster 2 vs 1 worker", f"{dask['articles_per_s']} art/s",
                        f"{one['articles_per_s']} art/s", r.get("dask_2_over_1"), "(report)", None))
    if "in_process" in by_name:
        local = by_name["in_process"]
        rows.append(Row("1 worker vs in-process extraction", f"{one['articles_per_s']} art/s",
                        f"{local['articles_per_s']} art/s",
                        round(one["articles_per_s"] / local["articles_per_s"], 3) if local["articles_per_s"] else None,
                        "(report)", None))
    same = all(run["identical_events"] for run in r["runs"])
    rows.append(Row("events: workers, Dask = one process", "byte-identical" if same else "DIFFERENT", "",
                    None, "identical", same))
    return rows


def measure_memory(quick: bool, pg: str | None) -> Any:
    from benchmarks import memory

    return _quiet(memory.main, ["--quick"] if quick else [])


def rows_memory(r: Any) -> list[Row]:
    small, large = r["small"], r["large"]
    return [Row(f"peak RSS {large['articles']:,} vs {small['articles']:,} articles", f"{large['peak_rss_mb']} MB",
                f"{small['peak_rss_mb']} MB", r["rss_ratio"], "<= 1.2", r["rss_ratio"] <= 1.2)]


def measure_long_article(quick: bool, pg: str | None) -> Any:
    from benchmarks import long_article

    return long_article.measure([20, 200] if quick else [50, 500, 5000])


def rows_long_article(r: Any) -> list[Row]:
    rows = []
    for x in r:
        if "seconds" not in x:
            rows.append(Row(f"one article of {x['kb']:,} KB", "error", str(x.get("error"))[:60], None, "", False))
            continue
        target = x.get("target_mb")
        rows.append(Row(f"peak RSS, one article of {x['kb']:,} KB", f"{x['peak_mb']} MB",
                        f"model loaded {x['loaded_mb']} MB", x["peak_over_loaded"],
                        f"<= {target:,.0f} MB" if target else "(report)", x["ok"] if target else None))
        rows.append(Row(f"time per KB, {x['kb']:,} KB vs {r[0]['kb']:,} KB", f"{x['seconds']} s",
                        f"{r[0]['seconds']} s for {r[0]['kb']:,} KB", x["time_per_kb_ratio"],
                        "(report)" if x is r[0] else "<= 1.5", None if x is r[0] else x["time_per_kb_ratio"] <= 1.5))
    return rows


def measure_queries(quick: bool, pg: str | None) -> Any:
    from benchmarks import queries

    sizes = [2_000, 10_000] if quick else [10_000, 100_000, 1_000_000]
    with contextlib.redirect_stdout(io.StringIO()):
        return queries.run(sizes, 30 if quick else 200, pg)


def rows_queries(results: Any) -> list[Row]:
    from benchmarks.queries import TARGET_MS

    rows = []
    for r in results:
        gated = r["query"] in ("timeline", "timeline pair", "dyad")
        rows.append(Row(f"{r['query']} p95, {r['events']:,} events, {r['db']}", f"{r['p95_ms']} ms",
                        f"p50 {r['p50_ms']} ms, CPU p95 {r.get('cpu_p95_ms')} ms", r["p95_ms"],
                        "<= 50 ms" if gated else "(report)", r["p95_ms"] <= TARGET_MS if gated else None))
    return rows


def measure_clustering(quick: bool, pg: str | None) -> Any:
    from benchmarks import clustering

    sizes, added = ([2_000, 10_000], 100) if quick else ([10_000, 100_000], 1000)
    with tempfile.TemporaryDirectory() as tmp, contextlib.redirect_stdout(io.StringIO()):
        small, large = (clustering.measure(size, added, Path(tmp)) for size in sizes)
    return {"small": small, "large": large, "ratio": large["s_per_article"] / small["s_per_article"]}


def rows_clustering(r: Any) -> list[Row]:
    small, large, ratio = r["small"], r["large"], r["ratio"]
    return [Row(f"clustering per article, {large['size']:,} vs {small['size']:,} events",
                f"{large['s_per_article'] * 1000:.2f} ms", f"{small['s_per_article'] * 1000:.2f} ms",
                round(ratio, 3), "<= 1.5", ratio <= 1.5)]


def measure_watch(quick: bool, pg: str | None) -> Any:
    from benchmarks import watch

    return _quiet(watch.main, ["--stored", "2000" if quick else "10000"])


def rows_watch(r: Any) -> list[Row]:
    cluster = r["stages"].get("cluster", {}).get("wall", 0.0)
    return [Row(f"watch pass, {r['stored_articles']:,} stored + {r['new']} new, vs ingest+extract alone",
                f"{r['watch_pass_seconds']} s", f"{r['ingest_extract_alone_seconds']} s", r["ratio"], "<= 2",
                r["ratio"] <= 2),
            Row("  the same in CPU time", f"{r['watch_pass_cpu_seconds']} s", f"{r['ingest_extract_alone_cpu_seconds']} s",
                r["cpu_ratio"], "(report)", None),
            Row("  the same without its clustering stage", f"{round(r['watch_pass_seconds'] - cluster, 3)} s",
                f"{r['ingest_extract_alone_seconds']} s",
                round((r["watch_pass_seconds"] - cluster) / r["ingest_extract_alone_seconds"], 3), "(report)", None)]


def machine() -> dict[str, Any]:
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    with contextlib.suppress(ValueError, OSError, AttributeError):
        ram = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    return {"platform": platform.platform(), "python": platform.python_version(), "cpu": cpu,
            "cpus": os.cpu_count(), "ram_gib": ram, "load": [round(x, 2) for x in os.getloadavg()]}


def table(rows: list[Row]) -> str:
    head = ("benchmark", "measured", "baseline", "ratio/value", "target", "result")
    body = [(r.name, r.measured, r.baseline, "" if r.value is None else f"{r.value:g}", r.target, r.verdict)
            for r in rows]
    widths = [max(len(x[i]) for x in [head, *body]) for i in range(len(head))]
    line = lambda cells: "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    return "\n".join([line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *(line(b) for b in body)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke test of every benchmark")
    parser.add_argument("--only", nargs="+", choices=STEPS, help="run only these steps")
    parser.add_argument("--pg", default=os.environ.get("ANNALYST_BENCH_PG") or os.environ.get("ANNALYST_TEST_PG"),
                        help="PostgreSQL server for the query benchmark (postgresql://…)")
    parser.add_argument("--output", type=Path, default=None, help="the Markdown results file to write")
    parser.add_argument("--from-json", type=Path, nargs="+", default=None, metavar="RUN_JSON",
                        help="measure nothing: build the table from saved runs (benchmarks/out/run-*.json; a step "
                             "found in several is taken from the last)")
    args = parser.parse_args(argv)
    steps = list(args.only or STEPS)
    started = dt.datetime.now(dt.UTC)
    info = machine()
    raw: dict[str, Any] = {"machine": info, "started": started.isoformat(timespec="seconds"), "quick": args.quick}
    command = "python -m benchmarks.run" + (" --quick" if args.quick else "") + \
        (" --only " + " ".join(steps) if args.only else "")
    if args.from_json:
        runs = [json.loads(p.read_text(encoding="utf-8")) for p in args.from_json]
        for run in runs:
            raw.update({k: v for k, v in run.items() if k in STEPS})
        info = runs[0]["machine"]
        started = dt.datetime.fromisoformat(runs[0]["started"])
        steps = [s for s in STEPS if s in raw]
        command = "; ".join(f"{r['started']}: python -m benchmarks.run" + (" --quick" if r.get("quick") else "") +
                            " --only " + " ".join(s for s in STEPS if s in r) for r in runs)
    else:
        for step in steps:
            t0 = time.perf_counter()
            print(f"[{step}] ...", file=sys.stderr, flush=True)
            try:
                raw[step] = globals()[f"measure_{step}"](args.quick, args.pg)
            except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others
                traceback.print_exc()
                raw[step] = {"error": repr(exc)}
            print(f"[{step}] {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
        OUT.mkdir(parents=True, exist_ok=True)
        stamp = started.strftime("%Y%m%dT%H%M%S")
        (OUT / f"run-{stamp}.json").write_text(json.dumps(raw, indent=2, default=str), encoding="utf-8")
    rows: list[Row] = []
    for step in steps:
        data = raw[step]
        if isinstance(data, dict) and "error" in data:
            rows.append(Row(step, "error", data["error"][:60], None, "", False))
        else:
            rows.extend(globals()[f"rows_{step}"](data))
    text = table(rows)
    print(text)
    default = OUT / "RESULTS-quick.md" if args.quick or (args.only and not args.from_json) else \
        ROOT / "benchmarks" / "RESULTS.md"
    output = args.output or default
    output.parent.mkdir(parents=True, exist_ok=True)
    notes = ""
    if output.exists():  # a hand-written "## Notes" section (profiles, caveats) is kept below the new table
        old = "\n" + output.read_text(encoding="utf-8")
        if "\n## Notes" in old:
            notes = "\n" + old[old.index("\n## Notes") + 1:]
    output.write_text(
        f"# Benchmark results\n\n{started:%Y-%m-%d %H:%M} UTC, `{command}`\n\n"
        f"Machine: {info['platform']}, Python {info['python']}, {info['cpu']}, {info['cpus']} CPUs, "
        f"{info['ram_gib']} GiB RAM; load average at start {info['load'][0]} (a machine shared with other jobs: "
        "wall-time figures are noisy, ratios from one run are what to compare).\n\n" + text + "\n" + notes,
        encoding="utf-8")
    print(f"written: {output}", file=sys.stderr)
    return 0 if all(r.ok is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
