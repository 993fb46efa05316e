"""Group-level coding of held-out wire sentences (``benchmarks/data/wire_groups.tsv``), the measure outside
evaluators use on real wire reports: each sentence's gold CAMEO group (01-02, 03-05, 06-08, 09-13+16, 14-15+17-20,
or none) against the groups of the events coded in it.

    python -m benchmarks.wire_groups [--show]

A sentence's gold group counts as found when any event coded in it falls in that group; every other group coded in
it is a false positive (a sentence of group 0 has no event). Prints precision, recall and F1 per group and their
macro-F1, per set (``plain``, ``wire``). The sentences are invented for the project and held out: no lexicon or rule
is fitted to them (``--show`` lists the sentences coded wrong, to report classes, not to fix single sentences).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "benchmarks" / "data" / "wire_groups.tsv"


def group(cameo: str | None) -> int | None:
    """The five-group number of a CAMEO code (None when there is no code)."""
    if not cameo:
        return None
    n = int(cameo[:2])
    return 1 if n <= 2 else 2 if n <= 5 else 3 if n <= 8 else 4 if n <= 13 or n == 16 else 5


def score(rows: list[tuple[int, set[int]]]) -> tuple[dict[int, tuple[float, float, float]], float]:
    """Per-group (precision, recall, F1) and macro-F1 of (gold group, coded groups) pairs."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for gold, coded in rows:
        if gold:
            (tp if gold in coded else fn)[gold] += 1
        for g in coded - {gold}:
            fp[g] += 1
    out = {}
    for g in range(1, 6):
        p = tp[g] / (tp[g] + fp[g]) if tp[g] + fp[g] else 0.0
        r = tp[g] / (tp[g] + fn[g]) if tp[g] + fn[g] else 0.0
        out[g] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out, sum(f for _, _, f in out.values()) / 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list the sentences coded wrong")
    args = parser.parse_args()
    from annalyst.extract.document import analyze_many
    from annalyst.extract.pipeline import build_pipeline
    from annalyst.models import Article, Published

    lines = [line.rstrip("\n").split("\t") for line in DATA.read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    nlp = build_pipeline()
    articles = [Article(id=f"w{i}", text=text, language="en", published=Published(date="2025-03-05", source="given"))
                for i, (_, _, text) in enumerate(lines)]
    by_set: dict[str, list[tuple[int, set[int]]]] = {}
    for (_, result), (name, gold, text) in zip(analyze_many(articles, nlp), lines):
        coded = {g for e in getattr(result, "events", []) for g in [group(e.cameo)] if g is not None}
        by_set.setdefault(name, []).append((int(gold), coded))
        if args.show and coded != ({int(gold)} if int(gold) else set()):
            print(f"{name}\tgold {gold}\tcoded {sorted(coded)}\t{text}")
    for name, rows in by_set.items():
        per, macro = score(rows)
        cells = "  ".join(f"g{g} P {p:.2f} R {r:.2f} F1 {f:.2f}" for g, (p, r, f) in per.items())
        print(f"{name} ({len(rows)} sentences): macro-F1 {macro:.3f}  |  {cells}")


if __name__ == "__main__":
    main()
