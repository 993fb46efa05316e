"""Peak memory and time of extracting one long article (50 KB, 0.5 MB, 5 MB): both must grow no faster than length.

    python -m benchmarks.long_article [--sizes 50 500 5000] [--shape prose|sentence]

Each size runs in a child process of its own (so the peak is that article's): it loads the pipeline, notes the RSS
(the baseline: the model), then extracts one generated article of that many KB (``benchmarks/corpus.py``
paragraphs, separated by blank lines; ``--shape sentence`` makes it one run of words without a full stop) with
``analyze`` and prints peak RSS (``VmHWM``) and wall time. Rows are compared with the smallest size of the same run:
time per KB over the smallest's (linear time: about 1), and peak RSS over the loaded model's (bounded memory).
Targets (SECURITY.md): peak <= 1.2 GB at 0.5 MB, <= 1.5 GB at 5 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: peak RSS targets in MB by article size in KB (SECURITY.md, "Extraction bounds")
TARGETS = {500: 1200.0, 5000: 1500.0}


def article_text(kb: int, shape: str = "prose", seed: int = 11) -> str:
    """A generated article of about ``kb`` kilobytes: news paragraphs, or one sentence without a full stop."""
    from benchmarks.corpus import paragraph

    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < kb * 1000:
        p = paragraph(rng)
        if shape == "sentence":
            p = p.replace(".", " and")
        parts.append(p)
        size += len(p) + 2
    return ("\n\n" if shape == "prose" else " ").join(parts)[: kb * 1000]


def _vm(key: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def child(kb: int, shape: str) -> dict:
    from annalyst.extract.document import analyze
    from annalyst.extract.pipeline import build_pipeline
    from annalyst.models import Article, Published

    nlp = build_pipeline()
    analyze(Article(id="warm", text="Russia met Iran in Doha on Monday."), nlp)
    loaded = _vm("VmRSS")
    text = article_text(kb, shape)
    article = Article(id=f"long{kb}", text=text, language="en", published=Published(date="2025-06-01"))
    start = time.perf_counter()
    result = analyze(article, nlp)
    seconds = time.perf_counter() - start
    return {"kb": kb, "shape": shape, "chars": len(text), "seconds": round(seconds, 2),
            "loaded_mb": round(loaded, 1), "peak_mb": round(_vm("VmHWM"), 1), "events": len(result.events)}


def measure(sizes: list[int], shape: str = "prose") -> list[dict]:
    rows = []
    for kb in sizes:
        proc = subprocess.run([sys.executable, "-m", "benchmarks.long_article", "--child", str(kb), "--shape", shape],
                              cwd=ROOT, capture_output=True, text=True)
        if proc.returncode != 0:
            rows.append({"kb": kb, "shape": shape, "error": proc.stderr.strip().splitlines()[-1:]})
            continue
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    base = next((r for r in rows if "seconds" in r), None)
    for r in rows:
        if "seconds" in r and base is not None:
            r["time_per_kb_ratio"] = round((r["seconds"] / r["kb"]) / max(base["seconds"] / base["kb"], 1e-9), 2)
            r["peak_over_loaded"] = round(r["peak_mb"] / r["loaded_mb"], 2)
            target = TARGETS.get(r["kb"])
            r["target_mb"] = target
            r["ok"] = target is None or r["peak_mb"] <= target
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500, 5000])
    parser.add_argument("--shape", choices=["prose", "sentence"], default="prose")
    parser.add_argument("--child", type=int)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.shape)))
        return
    for row in measure(args.sizes, args.shape):
        print(json.dumps(row))


if __name__ == "__main__":
    main()
