"""Cost of one watch pass over a large store: ``annalyst watch`` over a folder with 20 new articles, in a store
holding 10,000 stored articles, against ingesting and extracting the same 20 alone into an empty store.

The 10,000 stored articles are generated cheaply (``corpus.paragraph`` text, stored with ``Store.add_articles`` and
marked extracted and clustered), plus 40 real ones ingested, extracted and clustered so the new articles meet
clusters of the same actors, three saved alerts and a journal already written. The pass then ingests, extracts and
clusters the 20 new pages, journals the changes, evaluates the alerts and delivers the matches. Both sides run in one
process with the English pipeline loaded beforehand; the figure is the ratio of wall times, with the ratio of CPU
times beside it (steadier on a shared machine) and each stage's wall and CPU seconds.

    python benchmarks/watch.py                    # 10,000 stored, 20 new
    python benchmarks/watch.py --stored 2000      # smaller

Target: ratio <= 2.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import corpus  # noqa: E402

import sqlalchemy as sa  # noqa: E402

from annalyst import Annalyst  # noqa: E402
from annalyst.models import Article, Published, stable_id  # noqa: E402
from annalyst.store import schema as t  # noqa: E402


def fill(an: Annalyst, n: int, seed: int = 11) -> None:
    """``n`` generated articles, stored and marked extracted and clustered."""
    rng = random.Random(seed)
    batch = []
    for i in range(n):
        text = "\n\n".join(corpus.paragraph(rng) for _ in range(rng.randint(4, 8)))
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        batch.append(Article(id=stable_id("bench-stored", str(i)), text=text, title=f"Stored report {i}",
                             site="Bench Archive", published=Published(date=day, source="given"), language="en"))
        if len(batch) == 1000:
            an.store.add_articles(batch)
            batch = []
    if batch:
        an.store.add_articles(batch)
    with an.store.write() as conn:
        conn.execute(sa.update(t.articles).where(t.articles.c.extracted_at.is_(None))
                     .values(extracted_at="2024-12-31T00:00:00+00:00", extractor="bench",
                             clustered_at="2024-12-31T00:00:00+00:00"))


def main(argv: list[str] | None = None) -> dict:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--stored", type=int, default=10_000)
    p.add_argument("--new", type=int, default=20)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        new = corpus.write_pages(root / "new", args.new, seed=101)
        older = corpus.write_pages(root / "older", 40, seed=202)
        warm = corpus.write_pages(root / "warm", 5, seed=303)

        # baseline: ingest and extract the new pages alone, into an empty store (pipeline warmed on other pages)
        with Annalyst(db=str(root / "alone.db")) as alone:
            alone.ingest([str(p) for p in warm])
            alone.extract()
            gc.collect()  # both sides start from a collected heap (a full collection here costs up to a second)
            started, cpu = time.perf_counter(), time.process_time()
            alone.ingest([str(p) for p in new])
            extracted = alone.extract()
            baseline = time.perf_counter() - started
            baseline_cpu = time.process_time() - cpu
        assert extracted == args.new

        with Annalyst(db=str(root / "big.db"), watch_host_interval=0) as an:
            fill(an, args.stored)
            an.run([str(p) for p in older])
            for name, actor, recipient in (("ru-tb", "Russia", "Taliban"), ("pk", "Pakistan", None),
                                           ("cn-pk", "China", "Pakistan")):
                an.add_alert(name, actor=actor, recipient=recipient)
            an.pipeline()
            folder = root / "inbox"
            folder.mkdir()
            for p in new:
                (folder / p.name).write_bytes(p.read_bytes())
            stages: dict[str, tuple[float, float]] = {}
            gc.collect()
            started, cpu = time.perf_counter(), time.process_time()
            summary = an.watch_pass([str(folder)], on_stage=lambda name: stages.setdefault(
                name, (time.perf_counter(), time.process_time())))
            measured = time.perf_counter() - started
            measured_cpu = time.process_time() - cpu
            ends = [*list(stages.values())[1:], (started + measured, cpu + measured_cpu)]
            stage_seconds = {k: {"wall": round(end[0] - v[0], 3), "cpu": round(end[1] - v[1], 3)}
                             for (k, v), end in zip(stages.items(), ends)}
            stored = an.store.count_articles()
        assert summary.stored == args.new and summary.extracted == args.new
    result = {"stored_articles": stored - args.new, "new": args.new, "watch_pass_seconds": round(measured, 3),
              "ingest_extract_alone_seconds": round(baseline, 3), "ratio": round(measured / baseline, 3),
              "watch_pass_cpu_seconds": round(measured_cpu, 3), "ingest_extract_alone_cpu_seconds": round(baseline_cpu, 3),
              "cpu_ratio": round(measured_cpu / baseline_cpu, 3),
              "changes": summary.changes, "matches": summary.matches, "stages": stage_seconds}
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
