"""Native-language coding (Russian, Urdu, Persian/Dari, Pashto, Chinese, Arabic) against the project's own news-style
set ``tests/data/multilingual/news`` (42 sentences a language, fixed ``dev`` and ``test`` halves).

Matching rule, as in the multilingual tests (per sentence, each gold event used once): the PLOVER type is equal,
the actor sets overlap after resolution to dictionary ids (an empty gold actor needs an empty predicted actor), and
when the gold event has a recipient the recipient sets overlap too. ``wrong_asserted`` counts events emitted as
``asserted`` that match a gold event whose status is ``negated``, ``hypothetical`` or ``predicted`` (meaning
reversed; the target is 0). ``status_agreement`` is the share of matched events whose status equals the gold one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .report import Report

__all__ = ["LANGS", "NEWS_DIR", "canonical_actor", "evaluate_native", "event_matches", "score_native"]

#: the news-style gold set (in the source checkout; absent from an installed package)
NEWS_DIR = Path(__file__).resolve().parents[3] / "tests" / "data" / "multilingual" / "news"
LANGS = ("ru", "ur", "fa", "ps", "zh", "ar")
#: statuses that an ``asserted`` event must never stand for
_UNREAL = frozenset({"negated", "hypothetical", "predicted"})


def _items(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _ids(side: Any) -> set[str]:
    return {a.actor_id or a.name for a in side}


def canonical_actor(name: str) -> str:
    """A gold actor name as the id the dictionary gives it (exact look-up), else the name itself."""
    from ..actors.dictionary import default_dictionary

    hits = default_dictionary().lookup_exact(name)
    return hits[0].id if hits else name


def event_matches(gold: dict[str, Any], event: Any) -> bool:
    """Whether ``event`` is the gold event: same type, and its actor and recipient among the gold ones (an empty gold
    side matches anything on the recipient side, and only an empty actor side on the actor side)."""
    if gold["type"] != event.event_type:
        return False
    actors = {canonical_actor(n) for n in gold["actor"]}
    if actors and not actors & _ids(event.actor):
        return False
    if not actors and event.actor:
        return False
    recipients = {canonical_actor(n) for n in gold["recipient"]}
    return not recipients or bool(recipients & _ids(event.recipient))


def score_native(lang: str, split: str | None = None, folder: Path | None = None,
                 misses: list[dict[str, Any]] | None = None) -> dict[str, float | int]:
    """Precision, recall (events found), status agreement and the wrong-asserted count for one language and split
    (``dev``, ``test`` or None for both). ``misses``, if given, receives one row per missed or spurious event."""
    from ..actors.dictionary import default_dictionary
    from ..extract.native import analyze_native
    from ..models import Article, Published

    dictionary = default_dictionary()
    tp = fp = fn = same = wrong = 0
    for item in _items((folder or NEWS_DIR) / f"{lang}.jsonl"):
        if split and item.get("split") != split:
            continue
        article = Article(id=item["id"], text=item["text"], language=item["lang"],
                          published=Published(item["published"], "given"))
        result = analyze_native(article, dictionary)
        used: set[int] = set()
        for event in result.events:
            hit = next((i for i, g in enumerate(item["events"]) if i not in used and event_matches(g, event)), None)
            if hit is None:
                fp += 1
                if misses is not None:
                    misses.append({"id": item["id"], "kind": "spurious", "type": event.event_type,
                                   "actor": ",".join(sorted(_ids(event.actor))),
                                   "recipient": ",".join(sorted(_ids(event.recipient))), "status": event.status})
                continue
            used.add(hit)
            tp += 1
            gold_status = item["events"][hit]["status"]
            same += gold_status == event.status
            if event.status == "asserted" and gold_status in _UNREAL:
                wrong += 1
                if misses is not None:
                    misses.append({"id": item["id"], "kind": "asserted:" + gold_status, "type": event.event_type,
                                   "actor": "", "recipient": "", "status": event.status})
        for i, g in enumerate(item["events"]):
            if i not in used:
                fn += 1
                if misses is not None:
                    misses.append({"id": item["id"], "kind": "missed", "type": g["type"], "actor": ",".join(g["actor"]),
                                   "recipient": ",".join(g["recipient"]), "status": g["status"]})
    return {
        "precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
        "recall": round(tp / (tp + fn), 3) if tp + fn else 0.0,
        "status_agreement": round(same / tp, 3) if tp else 0.0,
        "wrong_asserted": wrong,
        "gold": tp + fn,
    }


def evaluate_native(folder: Path | None = None) -> Report:
    """One report with dev and test figures per language; the floors (on test) are the issue's: events found >= 0.7,
    precision >= 0.7, no asserted event whose gold status is negated, hypothetical or predicted."""
    folder = folder or NEWS_DIR
    if not (folder / "ru.jsonl").is_file():
        return Report(name="native", notes=[(f"native news set not found at {folder} (it ships with the source "
                                             "checkout, not the installed package)")])
    metrics: dict[str, float | int | None] = {}
    floors: dict[str, tuple[str, float]] = {}
    rows: list[dict[str, Any]] = []
    for lang in LANGS:
        for split in ("dev", "test"):
            got = score_native(lang, split, folder)
            for key in ("precision", "recall", "wrong_asserted"):
                metrics[f"{lang}_{split}_{key}"] = got[key]
            rows.append({"lang": lang, "split": split, **got})
        floors[f"{lang}_test_recall"] = (">=", 0.7)
        floors[f"{lang}_test_precision"] = (">=", 0.7)
        floors[f"{lang}_test_wrong_asserted"] = ("<=", 0)
    return Report(name="native", group="unseen", metrics=metrics, floors=floors, rows=rows,
                  notes=[__doc__.split("\n\n")[1].replace("\n", " ")])
