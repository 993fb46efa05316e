"""``annalyst train``: fit the learned check on the rule coder's candidates (``extract/learned.py``).

Training data, seen data only: the ``dev`` split of the project's re3d event gold (a candidate in an annotated
sentence is right when it pairs with a gold event of the same type, by ``re3d_events``' pairing) and PLOVER's gold
records (the best-matching candidate of a record is right when its type is the gold type). The ``test`` split is
never read here.

Whether the model is switched on is decided on ``dev`` alone, cross-fitted: the dev documents are split in two
halves (seeded, by document); a model trained on PLOVER plus one half scores the other half's candidates. Those
probabilities give the reliability table and expected calibration error (ECE): the model sets ``confidence``
(``enabled``) when its ECE is lower than that of the rule coder's own confidence on the same candidates; it also
drops candidates below the threshold (``reject``) when that raises the type-matched event F1 over both halves by
at least ``MIN_GAIN``.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..extract import learned

__all__ = ["collect", "train_model", "reliability", "MIN_GAIN"]

#: the cross-fitted dev event F1 gain the layer must bring to be switched on (smaller gains are within the noise
#: of ~180 candidates)
MIN_GAIN = 0.01


def _candidates_re3d(root: Path, nlp: Any, split: str = "dev") -> list[tuple[str, list[str], int, float]]:
    from .re3d import load_re3d
    from .re3d_events import _pair, load_gold

    texts, _ = load_re3d(root)
    sentences = [s for s in load_gold() if s["split"] == split]
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in sentences:
        by_doc[s["doc"]].append(s)
    ids = sorted(by_doc)
    out = []
    for doc_id, doc in zip(ids, nlp.pipe(texts[i] for i in ids)):
        for s in by_doc[doc_id]:
            cands = [e for e in doc._.events or [] if e.evidence and s["start"] <= e.evidence[0].start < s["end"]]
            paired = {j: s["events"][i]["type"] == cands[j].event_type for i, j in _pair(s["events"], cands)}
            for j, e in enumerate(cands):
                out.append((doc_id, learned.features(doc, e), int(paired.get(j, False)), e.confidence))
    return out


def _candidates_plover(data_dir: Path, nlp: Any) -> list[tuple[str, list[str], int, float]]:
    from .plover_gsr import _gold_type, best_event, load_records

    records = load_records(data_dir / "plover" / "PLOVER_GSR_CAMEO.json")
    coder = nlp.get_pipe("annalyst_events").coder
    before = coder.require_mention
    coder.require_mention = False
    out = []
    try:
        for record, doc in zip(records, nlp.pipe(r["text"] for r in records)):
            best = best_event(list(doc._.events or []), record)
            if best is not None:
                out.append(("plover", learned.features(doc, best), int(best.event_type == _gold_type(record)),
                            best.confidence))
    finally:
        coder.require_mention = before
    return out


def collect(data_dir: Path, nlp: Any) -> tuple[list, list, dict[str, int]]:
    """``(dev rows, plover rows, gold event count per dev document)``; the layer is off while candidates are made."""
    from .re3d_events import load_gold

    component = nlp.get_pipe("annalyst_events")
    before = getattr(component, "learned", True)
    component.learned = False
    try:
        dev = _candidates_re3d(data_dir / "re3d", nlp)
        plover = _candidates_plover(data_dir, nlp)
    finally:
        component.learned = before
    gold_count: dict[str, int] = defaultdict(int)
    for s in load_gold():
        if s["split"] == "dev":
            gold_count[s["doc"]] += len(s["events"])
    return dev, plover, dict(gold_count)


def reliability(probs: list[float], labels: list[int], bins: int = 10) -> tuple[list[dict[str, Any]], float]:
    """Rows ``{bin, n, mean_p, accuracy}`` and the expected calibration error."""
    rows, ece, n = [], 0.0, len(probs)
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, p in enumerate(probs) if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if not idx:
            continue
        mp = sum(probs[i] for i in idx) / len(idx)
        acc = sum(labels[i] for i in idx) / len(idx)
        ece += len(idx) / n * abs(mp - acc)
        rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(idx), "mean_p": round(mp, 3), "accuracy": round(acc, 3)})
    return rows, round(ece, 4)


def _f1(kept_right: int, kept: int, gold: int) -> float:
    p = kept_right / kept if kept else 0.0
    r = kept_right / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def train_model(data_dir: Path, nlp: Any, seed: int = 17, out: Path | None = None,
                threshold: float = 0.5, l2: float = 1.0) -> dict[str, Any]:
    """Fit, decide ``enabled`` on cross-fitted dev, write the model file; returns a summary."""
    dev, plover, gold_count = collect(data_dir, nlp)
    docs = sorted({row[0] for row in dev})
    rng = random.Random(seed)
    rng.shuffle(docs)
    halves = [set(docs[::2]), set(docs[1::2])]
    probs, labels, before_right, after_right, after_kept = [], [], 0, 0, 0
    for held in halves:
        train = [(f, y) for _, f, y, _c in plover] + [(f, y) for d, f, y, _c in dev if d not in held]
        model = learned.fit(train, seed=seed, l2=l2)
        for d, f, y, _c in dev:
            if d in held:
                p = model.prob(f)
                probs.append(p)
                labels.append(y)
                before_right += y
                if p >= threshold:
                    after_kept += 1
                    after_right += y
    gold = sum(gold_count.values())
    f1_before, f1_after = _f1(before_right, len(labels), gold), _f1(after_right, after_kept, gold)
    table, ece = reliability(probs, labels)
    rule_table, rule_ece = reliability([row[3] for row in dev], [row[2] for row in dev])
    final = learned.fit([(f, y) for _, f, y, _c in plover] + [(f, y) for _, f, y, _c in dev], seed=seed, l2=l2)
    final.threshold = threshold
    final.enabled = ece < rule_ece
    final.reject = final.enabled and f1_after >= f1_before + MIN_GAIN
    final.meta = {"source": "written by `annalyst train` from the project's re3d event gold (dev split only) and "
                            "PLOVER's gold records (openeventdata/PLOVER, CC BY-SA 4.0)", "seed": seed, "l2": l2, "threshold": threshold, "trained_on": {"re3d_dev_candidates": len(dev), "plover_candidates": len(plover)},
                  "dev_crossfit": {"f1_before": round(f1_before, 4), "f1_after": round(f1_after, 4),
                                   "ece": ece, "reliability": table, "rule_confidence_ece": rule_ece,
                                   "rule_confidence_reliability": rule_table}}
    path = Path(out) if out else learned.MODEL_PATH
    path.write_text(json.dumps(final.to_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    learned.load_model.cache_clear()
    return {"path": str(path), "bytes": path.stat().st_size, "enabled": final.enabled, "reject": final.reject,
            **final.meta}
