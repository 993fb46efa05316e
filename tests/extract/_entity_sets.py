"""Invented entity sets (tests/data/entities_*.txt) and their scoring, shared by the tests of each set.

Markup: ``### <article id>`` opens an article; ``[[P:...]]``, ``[[L:...]]``, ``[[O:...]]``, ``[[G:...]]`` mark a
person, place, organisation and country; lines starting with ``# `` are comments. Scored by the same rule and the
same predictions as the re3d entity evaluation (``evaluate.re3d.predictions``, named mentions only, overlap one to
one, largest overlaps first). A country in the gold may be predicted as a place or an organisation."""

from __future__ import annotations

import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
_TYPES = {"P": "Person", "L": "Location", "O": "Organisation", "G": "Country"}


def load(path: Path) -> dict[str, tuple[str, list[tuple[int, int, str]]]]:
    """``{article id: (text, [(begin, end, type)])}`` from the markup."""
    body = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("# "))
    out = {}
    for block in body.split("### ")[1:]:
        name, raw = block.split("\n", 1)
        raw = raw.strip()
        text, gold, pos = "", [], 0
        for m in re.finditer(r"\[\[([PLOG]):(.+?)\]\]", raw):
            text += raw[pos:m.start()]
            gold.append((len(text), len(text) + len(m.group(2)), _TYPES[m.group(1)]))
            text += m.group(2)
            pos = m.end()
        out[name.strip()] = (text + raw[pos:], gold)
    return out


def _matches(pred: str, gold: str) -> bool:
    return pred == gold or gold == "Country" and pred in ("Location", "Organisation")


def entity_f1(path: Path) -> dict[str, float]:
    """F1 by type (Person, Location, Organisation) and ``overall`` (micro) of the full pipeline on the set."""
    from annalyst.evaluate.re3d import is_name, predictions
    from annalyst.extract.pipeline import build_pipeline

    nlp = build_pipeline()
    articles = load(path)
    counts = {t: [0, 0, 0] for t in ("Person", "Location", "Organisation")}  # tp, fp, fn
    for (text, gold), doc in zip(articles.values(), nlp.pipe(t for t, _ in articles.values())):
        preds = [(b, e, t) for b, e, t in predictions(doc) if t in counts and is_name(text[b:e], t)]
        pairs = sorted(((min(pe, ge) - max(pb, gb), i, j) for i, (pb, pe, pt) in enumerate(preds)
                        for j, (gb, ge, gt) in enumerate(gold) if min(pe, ge) > max(pb, gb) and _matches(pt, gt)),
                       reverse=True)
        used_p: set[int] = set()
        used_g: set[int] = set()
        for _, i, j in pairs:
            if i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
        for i, (_, _, t) in enumerate(preds):
            counts[t][0 if i in used_p else 1] += 1
        for j, (_, _, t) in enumerate(gold):
            if j not in used_g:
                counts["Location" if t == "Country" else t][2] += 1
    counts["overall"] = [sum(c[k] for c in counts.values()) for k in range(3)]
    return {t: 2 * tp / (2 * tp + fp + fn) for t, (tp, fp, fn) in counts.items()}
