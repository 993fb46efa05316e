"""Throughput of native-language extraction (``annalyst.extract.native``) on the multilingual gold paragraphs.

Prints paragraphs and characters per second per language (CPU time of three passes after one warm-up pass).
Run: ``python benchmarks/native.py``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from annalyst.extract.native import LANGUAGES, analyze_native
from annalyst.models import Article, Published

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "multilingual"


def main() -> None:
    for lang in LANGUAGES:
        rows = [json.loads(line) for line in (CORPUS / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines() if line]
        articles = [Article(id=r["id"], text=r["text"], language=lang, published=Published(r["published"], "given"))
                    for r in rows]
        for a in articles:
            analyze_native(a)
        start = time.process_time()
        for _ in range(3):
            for a in articles:
                analyze_native(a)
        spent = max(time.process_time() - start, 1e-9)
        chars = 3 * sum(len(a.text) for a in articles)
        print(f"{lang}: {3 * len(articles) / spent:8.1f} paragraphs/s {chars / spent:10.0f} chars/s")


if __name__ == "__main__":
    main()
