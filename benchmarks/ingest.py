"""Ingest throughput over generated HTML pages, as a ratio to trafilatura alone on the same pages, and peak memory.

    python -m benchmarks.ingest [--pages 2000]

Both runs happen in this process on the same files (read from disk each time); the ratio is what matters, not the
absolute figures (shared, noisy machines). Peak RSS is measured in child processes at two corpus sizes: flat
memory means the larger corpus needs about as much as the smaller one.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import write_pages


def trafilatura_alone(paths: list[Path]) -> float:
    import trafilatura

    start = time.perf_counter()
    for p in paths:
        trafilatura.extract(p.read_text(encoding="utf-8"))
    return time.perf_counter() - start


def annalyst_ingest(paths: list[Path], db: Path, expected: int | None = None) -> float:
    from annalyst import Annalyst

    start = time.perf_counter()
    with Annalyst(db=str(db)) as an:
        report = an.ingest([str(p) for p in paths] if expected else [str(paths[0].parent)])
    elapsed = time.perf_counter() - start
    assert len(report.stored) == (expected or len(paths)) and not report.failed, (len(report.stored), report.failed[:3])
    return elapsed


def peak_rss_child(n: int, workdir: Path) -> float:
    """Peak RSS (MB) of a child process that ingests ``n`` pages (its own ``VmHWM``: see benchmarks/memory.py)."""
    code = (
        "from pathlib import Path; from benchmarks.corpus import write_pages; from benchmarks.memory import peak_rss_mb; "
        "from annalyst import Annalyst; "
        f"paths = write_pages(Path({str(workdir / f'p{n}')!r}), {n}); "
        f"an = Annalyst(db={str(workdir / f'rss{n}.db')!r}); r = an.ingest([str(paths[0].parent)]); an.close(); "
        "print(peak_rss_mb())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parents[1])
    return float(out.stdout.strip().splitlines()[-1])


def interleaved(paths: list[Path], db: Path, chunk: int = 100) -> tuple[float, float]:
    """Both paths over the same chunks of pages, alternating, so that load from other processes on a shared machine
    falls on both alike. Returns the total seconds of (trafilatura alone, annalyst ingest)."""
    from annalyst import Annalyst

    base = ours = 0.0
    with Annalyst(db=str(db)) as an:
        _ = an.store  # open (and migrate) outside the timing: a one-off cost
        for i in range(0, len(paths), chunk):
            part = paths[i:i + chunk]
            base += trafilatura_alone(part)
            start = time.perf_counter()
            report = an.ingest([str(p) for p in part])
            ours += time.perf_counter() - start
            assert len(report.stored) == len(part) and not report.failed, report.failed[:3]
    return base, ours


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--memory", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        paths = write_pages(tmpdir / "pages", args.pages)
        # warm both paths once (imports, model loading) before timing
        trafilatura_alone(paths[:20])
        annalyst_ingest(paths[:20], tmpdir / "warm.db", expected=20)
        base, ours = interleaved(paths, tmpdir / "bench.db")
        result = {
            "pages": len(paths),
            "trafilatura_pages_per_s": round(len(paths) / base, 1),
            "annalyst_pages_per_s": round(len(paths) / ours, 1),
            "ratio": round(base / ours, 3),
        }
        if args.memory:
            small, large = peak_rss_child(500, tmpdir), peak_rss_child(args.pages, tmpdir)
            result.update({"peak_rss_mb_500": round(small, 1), f"peak_rss_mb_{args.pages}": round(large, 1),
                           "rss_ratio": round(large / small, 3)})
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
