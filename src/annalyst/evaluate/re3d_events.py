"""Score event coding against the project's own event gold on re3d sentences (``gold/re3d_events.jsonl``).

The gold (written for this project by the guideline in ``docs/annotation.md``) holds, per annotated sentence of the
re3d documents, the document id, the sentence's character offsets, its fixed ``split`` (``dev`` or ``test``) and
its events: PLOVER type, mode, status and character offsets of the trigger, actors and recipients. No text of the
documents is stored: the texts are read in place from ``../shared/data/re3d``.

Each document runs once through the pipeline (publication date given); a predicted event belongs to the annotated
sentence holding the start of its evidence; events in sentences that were not annotated are not scored.

**Matching rule** (per sentence, one to one): a predicted event pairs with a gold event, same type first, then the
one whose trigger overlaps. Then, per split:

* **event precision / recall**: paired predictions / predictions, paired gold events / gold events (type ignored:
  did the coder see that something happened here);
* **type macro-F1**: per PLOVER type, a true positive is a pair of that type on both sides; the F1 of each type
  present in the gold, averaged;
* **actor F1 / recipient F1**: over the pairs, a predicted actor matches a gold actor when they share a content
  word (``plover_gsr.content_words``); gold actors that are bare pronouns ("we", "I", "they") are left out, with
  the predicted actors of that side of that pair (the coder resolves them to names the sentence does not hold);
* **request mode accuracy**: pairs whose gold is REQUEST, the share whose predicted mode is the gold mode;
* **group macro-F1**: as type macro-F1 over five coarse CAMEO groups (``GROUPS``: appeals; intent, consult and
  support; material cooperation; demands, accusations, rejections, threats and sanctions; protest, posture,
  coercion and assault), the grain at which coders are often compared on wire reports.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Article, Event, Published
from .plover_gsr import content_words
from .report import Report

__all__ = ["GOLD_PATH", "GROUPS", "INVENTED_PATH", "SPLITS", "group_of", "load_gold", "score_split",
           "evaluate_re3d_events"]

GOLD_PATH = Path(__file__).with_name("gold") / "re3d_events.jsonl"
#: sentences invented for the project, annotated the same way (each its own document, ``split`` ``train``): training
#: data of the learned type model, read by ``load_gold`` too
INVENTED_PATH = Path(__file__).parents[1] / "extract" / "resources" / "events" / "invented_events.jsonl"
SPLITS = ("dev", "test")
#: the day the documents are read as published (the releases are from 2014-2016; the date only anchors times)
_PUBLISHED = "2016-12-31"
#: the issue's targets on this gold (shown as floors in ``annalyst evaluate``; the tests pin the measured figures)
TARGETS = {"type_macro_f1": (">=", 0.75), "event_precision": (">=", 0.75), "event_recall": (">=", 0.65),
           "actor_f1": (">=", 0.85), "recipient_f1": (">=", 0.75)}
#: PLOVER type -> coarse CAMEO group (01-02, 03-05, 06-08, 09-13 and 16, 14-15 and 17-20); a REQUEST goes by its mode
GROUPS = {"REQUEST": "01-02", "AGREE": "03-05", "CONSULT": "03-05", "SUPPORT": "03-05", "COOPERATE": "06-08",
          "AID": "06-08", "CONCEDE": "06-08", "RETREAT": "06-08", "ACCUSE": "09-16", "REJECT": "09-16",
          "THREATEN": "09-16", "SANCTION": "09-16", "PROTEST": "14-20", "MOBILIZE": "14-20", "COERCE": "14-20",
          "ASSAULT": "14-20"}


def group_of(event_type: str | None, mode: str | None) -> str:
    """The coarse CAMEO group of a PLOVER type (a demand is in 09-16 with accusations and threats)."""
    if event_type == "REQUEST" and mode == "demand":
        return "09-16"
    return GROUPS.get(event_type or "", "-")


_PRONOUNS = frozenset("i we you he she it they me us him her them who which this that".split())


def load_gold(path: Path = GOLD_PATH) -> list[dict[str, Any]]:
    """The annotated sentences, one dict each (``id, doc, start, end, split, events``; ``text`` too in the invented
    corpus, ``INVENTED_PATH``). A line with no ``id`` (the invented corpus' ``_source`` header) is skipped."""
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    for lineno, line in enumerate(lines, 1):
        if line.strip():
            try:
                row = json.loads(line)
            except ValueError as exc:
                raise InputError(f"{path}:{lineno}", f"not JSON: {exc}") from exc
            if isinstance(row, dict) and "id" in row:
                out.append(row)
    return out


def _pair(gold: list[dict[str, Any]], pred: list[Event]) -> list[tuple[int, int]]:
    cands = []
    for i, g in enumerate(gold):
        gb, ge = g["trigger"]
        for j, p in enumerate(pred):
            ev = p.evidence[0] if p.evidence else None
            overlap = 0
            if ev is not None and ev.trigger:
                # the trigger's offsets are not stored on the record: find its first word in the evidence sentence
                first = ev.trigger.split()[0]
                at = ev.sentence.find(first)
                if at >= 0 and ev.start + at < ge and ev.start + at + len(first) > gb:
                    overlap = 1
            cands.append((g["type"] == p.event_type, overlap, -i, -j, i, j))
    cands.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for *_, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def _prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_split(sentences: list[dict[str, Any]], texts: dict[str, str], predicted: dict[str, list[Event]],
                name: str) -> Report:
    """The report of one split: ``predicted`` maps a sentence id to the events whose evidence starts in it."""
    n_pred = n_gold = paired = 0
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, pred, gold
    per_group: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    sides = {"actor": [0, 0, 0, 0], "recipient": [0, 0, 0, 0]}
    modes = [0, 0]
    rows = []
    for s in sentences:
        gold = s["events"]
        pred = predicted.get(s["id"], [])
        n_pred += len(pred)
        n_gold += len(gold)
        for g in gold:
            per_type[g["type"]][2] += 1
            per_group[group_of(g["type"], g.get("mode"))][2] += 1
        for p in pred:
            per_type[p.event_type][1] += 1
            per_group[group_of(p.event_type, p.mode)][1] += 1
        pairs = _pair(gold, pred)
        paired += len(pairs)
        text = texts[s["doc"]]
        for i, j in pairs:
            g, p = gold[i], pred[j]
            if g["type"] == p.event_type:
                per_type[g["type"]][0] += 1
            if group_of(g["type"], g.get("mode")) == group_of(p.event_type, p.mode):
                per_group[group_of(g["type"], g.get("mode"))][0] += 1
            if g["type"] == "REQUEST":
                modes[1] += 1
                modes[0] += p.mode == g.get("mode")
            for side in sides:
                gold_texts = [text[b:e] for b, e in g[side]]
                if any(t.strip().lower() in _PRONOUNS for t in gold_texts):
                    continue
                pw = [content_words(a.text) for a in getattr(p, side)]
                gw = [content_words(t) for t in gold_texts]
                c = sides[side]
                c[0] += sum(1 for x in pw if any(x & y for y in gw))
                c[1] += len(pw)
                c[2] += sum(1 for y in gw if any(x & y for x in pw))
                c[3] += len(gw)
        rows.append({"sentence": s["id"], "gold": " ".join(g["type"] for g in gold) or "-",
                     "got": " ".join(p.event_type for p in pred) or "-"})
    f1s = []
    for _t, (tp, npred, ngold) in sorted(per_type.items()):
        if ngold:
            f1s.append(_prf(tp, npred, tp, ngold)[2])
    group_f1s = [_prf(tp, npred, tp, ngold)[2] for tp, npred, ngold in per_group.values() if ngold]
    ep, er, ef = _prf(paired, n_pred, paired, n_gold)
    metrics: dict[str, float | int | None] = {
        "type_macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else 0.0,
        "group_macro_f1": round(sum(group_f1s) / len(group_f1s), 4) if group_f1s else 0.0,
        "event_precision": round(ep, 4), "event_recall": round(er, 4), "event_f1": round(ef, 4),
        "actor_f1": round(_prf(*sides["actor"])[2], 4), "recipient_f1": round(_prf(*sides["recipient"])[2], 4),
        "request_mode_accuracy": round(modes[0] / modes[1], 4) if modes[1] else None,
        "sentences": len(sentences), "sentences_without_event": sum(1 for s in sentences if not s["events"]),
        "gold_events": n_gold, "predicted_events": n_pred,
    }
    return Report(name=name, metrics=metrics, rows=rows, group="unseen", floors=dict(TARGETS),
                  notes=["Own gold on re3d sentences (docs/annotation.md); matching rule in "
                         "annalyst.evaluate.re3d_events. Tune on dev only; test is never tuned on."])


def evaluate_re3d_events(root: Path, nlp: Any, gold_path: Path = GOLD_PATH) -> list[Report]:
    """Run the annotated re3d documents (``root`` = the re3d folder) through ``nlp``: one report per split."""
    from ..extract.document import analyze_many
    from .re3d import load_re3d

    texts, _ = load_re3d(root)
    sentences = load_gold(gold_path)
    missing = sorted({s["doc"] for s in sentences} - set(texts))
    if missing:
        raise InputError(str(root), f"{len(missing)} annotated document(s) not found, e.g. {missing[0]}")
    ids = sorted({s["doc"] for s in sentences})
    articles = [Article(id=i, text=texts[i], language="en", published=Published(date=_PUBLISHED, source="given"))
                for i in ids]
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in sentences:
        by_doc[s["doc"]].append(s)
    predicted: dict[str, list[Event]] = defaultdict(list)
    for doc_id, result in analyze_many(articles, nlp):
        for event in getattr(result, "events", []):  # a failed article predicts nothing
            if not event.evidence:
                continue
            start = event.evidence[0].start
            for s in by_doc[doc_id]:
                if s["start"] <= start < s["end"]:
                    predicted[s["id"]].append(event)
                    break
    return [score_split([s for s in sentences if s["split"] == split], texts, predicted, f"re3d-events-{split}")
            for split in SPLITS]
