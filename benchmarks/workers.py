"""Extraction throughput on 1 and 2 worker processes, and on a Dask LocalCluster of 2 workers, over the same corpus.

    python -m benchmarks.workers [--articles 400] [--batch-size 16] [--no-dask] [--quick]

The corpus is ``benchmarks.extract.texts`` (synthetic news articles of about 400 words, seeded, plus the two seed
articles when ``../shared/data`` is beside the project), stored once in a SQLite file and copied for each run, so
every run extracts the same pending articles through ``extract_parallel(workers=…, dask=…)`` (and once in this
process, for reference): the parent reads
bounded batches, the workers parse, the parent writes. Articles/s is measured in the steady state, from the moment
the first batch is written to the last (each worker loads the model once before that; that start-up is reported
apart). The scaling figure is 2 workers over 1 worker (target >= 1.7 on a machine with 2 free cores); the stored
events of every run are compared to the first run's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def make_store(path: Path, n: int, seed: int = 7) -> int:
    from annalyst.models import Article, Published, stable_id
    from annalyst.store import Store
    from benchmarks.extract import texts

    with Store(f"sqlite:///{path}") as store:
        articles = [Article(id=stable_id("bench", str(seed), str(i)), text=t, title=f"Bench {i}", language="en",
                            published=Published(date="2025-07-12", source="given"), content_hash=stable_id(t))
                    for i, t in enumerate(texts(n, seed))]
        store.add_articles(articles)
        return store.count_articles()


def run_once(template: Path, workdir: Path, name: str, *, workers: int = 1, dask: str | None = None,
             batch_size: int = 16, pool: bool = True) -> dict[str, Any]:
    """One extraction of the template's pending articles: on ``workers`` pool processes (``pool``; 1 included, so
    that 1 and 2 workers pay the same hand-over costs), on Dask, or in this process (``pool=False``)."""
    from annalyst import Annalyst
    from annalyst.jobs.parallel import extract_parallel

    db = workdir / f"{name}.db"
    shutil.copy(template, db)
    stamps: list[tuple[float, int]] = []
    started = time.perf_counter()
    cpu0 = os.times()
    with Annalyst(db=str(db)) as an:
        progress = lambda k, _note: stamps.append((time.perf_counter(), k))  # noqa: E731
        if pool or dask:
            n = extract_parallel(an.store, an.settings, workers=workers, dask=dask, batch_size=batch_size,
                                 progress=progress)
        else:
            n = an.extract(batch_size=batch_size, progress=progress)
        export = workdir / f"{name}.jsonl"
        an.export_events("jsonl", export)
    total = time.perf_counter() - started
    cpu1 = os.times()
    first_t, first_k = stamps[0]
    steady_n = n - first_k
    steady_s = stamps[-1][0] - first_t
    return {
        "run": name, "workers": workers, "dask": dask, "articles": n, "total_s": round(total, 2),
        "startup_s": round(first_t - started, 2), "steady_articles": steady_n, "steady_s": round(steady_s, 2),
        "articles_per_s": round(steady_n / steady_s, 2) if steady_s > 0 else None,
        "children_cpu_s": round((cpu1.children_user + cpu1.children_system) - (cpu0.children_user + cpu0.children_system), 1),
        "parent_cpu_s": round((cpu1.user + cpu1.system) - (cpu0.user + cpu0.system), 1),
        "export": export.read_bytes(),
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dask", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--quick", action="store_true", help="60 articles, batches of 6 (a smoke test)")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.batch_size = 60, 6
    load_before = [round(x, 2) for x in os.getloadavg()]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        template = workdir / "template.db"
        make_store(template, args.articles, args.seed)
        runs = [run_once(template, workdir, "workers1", workers=1, batch_size=args.batch_size),
                run_once(template, workdir, "workers2", workers=2, batch_size=args.batch_size)]
        if args.dask:
            runs.append(run_once(template, workdir, "dask2", workers=2, dask="local", batch_size=args.batch_size))
        runs.append(run_once(template, workdir, "in_process", batch_size=args.batch_size, pool=False))
    reference = runs[0]["export"]
    for r in runs:
        r["identical_events"] = r.pop("export") == reference
    one, two = runs[0]["articles_per_s"], runs[1]["articles_per_s"]
    report = {
        "articles": args.articles, "batch_size": args.batch_size, "cpus": os.cpu_count(),
        "load_before": load_before, "runs": runs,
        "scaling_2_over_1": round(two / one, 3) if one and two else None, "target": 1.7,
    }
    report["load_after"] = [round(x, 2) for x in os.getloadavg()]
    if args.dask:
        report["dask_2_over_1"] = round(runs[2]["articles_per_s"] / one, 3) if one and runs[2]["articles_per_s"] else None
    print(json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main()
