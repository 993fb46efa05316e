"""Peak memory of ingest + extraction at two corpus sizes (1,000 and 20,000 articles): it must stay flat.

    python -m benchmarks.memory [--sizes 1000 20000] [--quick]

Each size runs in a child process of its own (so the peak is that run's): it ingests generated one-paragraph news
pages (``benchmarks/corpus.py``; short so that 20,000 can be parsed in minutes) into a new SQLite store, then
extracts every article with the full pipeline in that process, and prints its peak RSS after ingest and at the end
(``VmHWM``). Streaming ingest and bounded extraction batches mean the larger corpus needs about what the smaller
one does: target peak(20k) <= 1.2 x peak(1k).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def write_short_pages(root: Path, n: int, seed: int = 3) -> Path:
    from benchmarks.corpus import ACTORS, paragraph

    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        title = f"Brief {i}: {rng.choice(ACTORS)}"
        (root / f"brief{i:06d}.html").write_text(
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="{day}T08:00:00Z"></head><body><article><h1>{title}</h1>'
            f"<p>{paragraph(rng)}</p><p>{paragraph(rng)}</p></article></body></html>", encoding="utf-8")
    return root


def peak_rss_mb() -> float:
    """This process's peak resident set (MB): ``VmHWM``, which starts afresh at ``exec`` (``ru_maxrss`` keeps the
    peak of the process that forked it, e.g. a benchmark runner that has loaded models)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(n: int, workdir: str) -> None:
    """In the child: ingest ``n`` pages and extract them; print the peak RSS (MB) after each stage as JSON."""
    from annalyst import Annalyst

    pages = write_short_pages(Path(workdir) / f"pages{n}", n)
    started = time.perf_counter()
    with Annalyst(db=str(Path(workdir) / f"mem{n}.db")) as an:
        report = an.ingest([str(pages)])
        after_ingest = peak_rss_mb()
        ingest_s = time.perf_counter() - started
        extracted = an.extract()
        events = an.store.count_events()
    print(json.dumps({"articles": len(report.stored), "extracted": extracted, "events": events,
                      "ingest_s": round(ingest_s, 1), "total_s": round(time.perf_counter() - started, 1),
                      "peak_rss_mb_ingest": round(after_ingest, 1),
                      "peak_rss_mb": round(peak_rss_mb(), 1)}))


def peak(n: int, workdir: Path) -> dict:
    out = subprocess.run([sys.executable, "-m", "benchmarks.memory", "--child", str(n), str(workdir)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[1000, 20000], metavar=("SMALL", "LARGE"))
    parser.add_argument("--quick", action="store_true", help="200 and 2,000 articles (a smoke test)")
    parser.add_argument("--child", nargs=2, metavar=("N", "WORKDIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(int(args.child[0]), args.child[1])
        return {}
    if args.quick:
        args.sizes = [200, 2000]
    small_n, large_n = args.sizes
    with tempfile.TemporaryDirectory() as tmp:
        small, large = peak(small_n, Path(tmp)), peak(large_n, Path(tmp))
    report = {"small": small, "large": large, "rss_ratio": round(large["peak_rss_mb"] / small["peak_rss_mb"], 3),
              "target": 1.2}
    print(json.dumps(report))
    return report


if __name__ == "__main__":
    main()
