"""``annalyst train``: fit the learned check on the rule coder's candidates (``extract/learned.py``).

Training data, seen data only: the ``dev`` split of the project's re3d event gold (a candidate in an annotated
sentence is right when it pairs with a gold event of the same type, by ``re3d_events``' pairing) and PLOVER's gold
records (the best-matching candidate of a record is right when its type is the gold type). The ``test`` split is
never read here. The type model (``train_types``) also learns from the invented event corpus
(``re3d_events.INVENTED_PATH``), which is never scored against.

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

from ..extract import learned, typemodel

__all__ = ["collect", "train_model", "train_types", "invented_rows", "reliability", "MIN_GAIN"]

#: the cross-fitted dev event F1 gain the layer must bring to be switched on (smaller gains are within the noise
#: of ~180 candidates)
MIN_GAIN = 0.01


#: thresholds tried for the type model's two uses (None: that use off)
_GRID = (None, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def _type_rows_re3d(docs: dict[str, Any], sentences: list[dict[str, Any]]) -> list[tuple[str, list[str], str]]:
    """``(doc id, features, label)`` of the words of annotated sentences: the first content word of a gold trigger
    has the gold type, every verb outside the triggers ``NONE`` (the other words of a multi-word trigger, "boarded
    and seized", are neither)."""
    out = []
    for s in sentences:
        doc = docs[s["doc"]]
        labels: dict[int, str] = {}
        inside: set[int] = set()
        for g in s["events"]:
            b, e = g["trigger"]
            words = [t for t in doc if b <= t.idx < e]
            inside.update(t.i for t in words)
            tok = next((t for t in words if t.pos_ in ("VERB", "NOUN", "ADJ", "PROPN")), None)
            if tok is not None:
                labels.setdefault(tok.i, g["type"])
        for tok in doc:
            if tok.i in inside and tok.i not in labels:
                continue
            if s["start"] <= tok.idx < s["end"] and (tok.i in labels or tok.pos_ == "VERB"):
                out.append((s["doc"], typemodel.token_features(tok), labels.get(tok.i, typemodel.NONE)))
    return out


def _type_rows_plover(records: list[dict[str, Any]], docs: list[Any]) -> list[tuple[str, list[str], str]]:
    """The same from PLOVER's gold records: the first word of ``eventText`` has the record's type; verbs that are
    not in ``eventText`` are ``NONE``."""
    from .plover_gsr import _gold_type

    out = []
    for record, doc in zip(records, docs):
        words = {w.lower() for w in (record.get("eventText") or "").split()}
        first = next((t for t in doc if t.lower_ in words and t.pos_ in ("VERB", "NOUN", "ADJ")), None)
        for tok in doc:
            if first is not None and tok.i == first.i:
                out.append(("plover", typemodel.token_features(tok), _gold_type(record)))
            elif tok.pos_ == "VERB" and tok.lower_ not in words:
                out.append(("plover", typemodel.token_features(tok), typemodel.NONE))
    return out


def _dev_score(coder: Any, docs: dict[str, Any], sentences: list[dict[str, Any]], texts: dict[str, str],
               model: typemodel.TypeModel | None) -> tuple[float, float]:
    """``(type macro-F1, event F1)`` of the coder with ``model`` on the given dev sentences."""
    from .re3d_events import score_split

    before = coder.typer
    coder.typer = model
    predicted: dict[str, list] = defaultdict(list)
    try:
        for doc_id in sorted({s["doc"] for s in sentences}):
            mine = [s for s in sentences if s["doc"] == doc_id]
            for event in coder(docs[doc_id]):
                start = event.evidence[0].start if event.evidence else -1
                hit = next((s for s in mine if s["start"] <= start < s["end"]), None)
                if hit is not None:
                    predicted[hit["id"]].append(event)
    finally:
        coder.typer = before
    m = score_split(sentences, texts, predicted, "dev").metrics
    return float(m["type_macro_f1"] or 0.0), float(m["event_f1"] or 0.0)


def _trigger_hits(model: typemodel.TypeModel, rows: list[tuple[str, list[str], str]]) -> tuple[int, int]:
    """``(right, total)`` over the gold trigger words (rows not ``NONE``): right when the most probable class is
    the gold type."""
    right = total = 0
    for _, names, label in rows:
        if label != typemodel.NONE:
            p = model.probs(names)
            right += max(p, key=lambda c: p[c]) == label
            total += 1
    return right, total


def _share(hits: tuple[int, int]) -> float | None:
    return round(hits[0] / hits[1], 4) if hits[1] else None


def invented_rows(nlp: Any, path: Path | None = None) -> list[tuple[str, list[str], str]]:
    """The rows of the invented corpus (``re3d_events.INVENTED_PATH``: sentences written for the project, each its
    own document)."""
    from .re3d_events import INVENTED_PATH, load_gold

    sentences = load_gold(path or INVENTED_PATH)
    docs = dict(zip([s["doc"] for s in sentences], nlp.pipe(s["text"] for s in sentences)))
    return _type_rows_re3d(docs, sentences)


def train_types(data_dir: Path, nlp: Any, seed: int = 17) -> tuple[typemodel.TypeModel, dict[str, Any]]:
    """Fit the type model on dev + PLOVER + the invented corpus and choose its thresholds on cross-fitted dev
    (``typemodel``); also give the held-out accuracy on dev's gold trigger words of the cross-fitted models."""
    from .plover_gsr import load_records
    from .re3d import load_re3d
    from .re3d_events import load_gold

    texts, _ = load_re3d(data_dir / "re3d")
    sentences = [s for s in load_gold() if s["split"] == "dev"]
    ids = sorted({s["doc"] for s in sentences})
    docs = dict(zip(ids, nlp.pipe(texts[i] for i in ids)))
    records = load_records(data_dir / "plover" / "PLOVER_GSR_CAMEO.json")
    plover = _type_rows_plover(records, list(nlp.pipe(r["text"] for r in records)))
    invented = invented_rows(nlp)
    dev = _type_rows_re3d(docs, sentences)
    coder = nlp.get_pipe("annalyst_events").coder
    order = list(ids)
    random.Random(seed).shuffle(order)
    halves = [set(order[::2]), set(order[1::2])]
    scores: dict[tuple, list[float]] = defaultdict(lambda: [0.0, 0.0])
    seen = [(f, y) for _, f, y in plover + invented]
    hits = (0, 0)
    for held in halves:
        model = typemodel.fit_types(seen + [(f, y) for d, f, y in dev if d not in held], seed=seed)
        right, total = _trigger_hits(model, [r for r in dev if r[0] in held])
        hits = (hits[0] + right, hits[1] + total)
        part = [s for s in sentences if s["doc"] in held]
        for propose in _GRID:
            for retype in _GRID:
                model.propose, model.retype = propose, retype
                f1, ef1 = _dev_score(coder, docs, part, texts, model if model.enabled else None)
                scores[(propose, retype)][0] += f1 / 2
                scores[(propose, retype)][1] += ef1 / 2
    base = scores[(None, None)]
    best = max(scores, key=lambda k: (round(sum(scores[k]), 4), k == (None, None)))
    if sum(scores[best]) < sum(base) + MIN_GAIN:
        best = (None, None)
    final = typemodel.fit_types(seen + [(f, y) for _, f, y in dev], seed=seed)
    final.propose, final.retype = best
    final.meta = {"source": "written by `annalyst train` from the project's re3d event gold (dev split only), "
                            "PLOVER's gold records (openeventdata/PLOVER, CC BY-SA 4.0) and the project's invented "
                            "event corpus (resources/events/invented_events.jsonl)",
                  "seed": seed, "trained_on": {"re3d_dev_words": len(dev), "plover_words": len(plover),
                                               "invented_words": len(invented)},
                  "features": len(final.weights), "classes": len(final.classes),
                  "dev_crossfit_trigger_accuracy": _share(hits),
                  "dev_crossfit": {"type_macro_f1_before": round(base[0], 4), "event_f1_before": round(base[1], 4),
                                   "type_macro_f1_after": round(scores[best][0], 4),
                                   "event_f1_after": round(scores[best][1], 4),
                                   "propose": best[0], "retype": best[1],
                                   "grid": {f"{k[0]}/{k[1]}": [round(v[0], 4), round(v[1], 4)]
                                            for k, v in sorted(scores.items(), key=str)}}}
    return final, final.meta


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
    """Fit the type model (``train_types``) and the calibration, decide their switches on cross-fitted dev, write
    both model files (``out`` and, beside it, ``<out stem>.types.json``; by default the packaged ones); returns a
    summary."""
    types, types_meta = train_types(data_dir, nlp, seed)
    coder = nlp.get_pipe("annalyst_events").coder
    coder.typer = types if types.enabled else None  # the calibration is fitted on the candidates it will see
    types_path = Path(out).with_name(Path(out).stem + ".types.json") if out else typemodel.MODEL_PATH
    types_path.write_text(json.dumps(types.to_dict(), sort_keys=True) + "\n", encoding="utf-8")
    typemodel.load_type_model.cache_clear()
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
            **final.meta, "types": {"path": str(types_path), "bytes": types_path.stat().st_size, **types_meta}}
