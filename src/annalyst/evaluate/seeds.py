"""Score events against the seed gold (``shared/data/seeds``: ``gold_events.jsonl``, ``gold_articles.json``).

The two seed articles go through the real ingest (``annalyst.ingest.read``: the ``.txt`` files, or the HTML pages
of ``shared/data/pages``) and ``analyze()``. Matching follows the seeds README, per article:

1. the event's type is one of the gold ``types``;
2. its actor list shares an actor with the gold ``actor`` list, and likewise the recipient (an empty gold recipient
   matches anything). Names are compared after actor resolution: an extracted actor matches a gold actor when its
   canonical name equals the gold name, or its name or text (without a leading article, quotes or the Russian-press
   asterisk) is one of that actor's spellings in ``gold_articles.json``;
3. its date interval overlaps the article window and lies inside it widened by max(31 days, 10 % of its length)
   on each side; not checked where the window is null (an undated event never matches a dated window);
4. its status equals the gold status;
5. its evidence lies in that article.

Recall = required gold events matched in at least one article / required gold events; precision = extracted events
matching some gold event (required or optional) / extracted events. ``status_accuracy`` = among required gold events
matched on criteria 1-3 and 5 by an event whose sentence states the gold evidence, the share also matched with the
gold status. ``score_events`` takes
``(article file or None, Event)`` pairs: with ``merged=True`` it scores merged (cluster) events against
``date_window`` without the per-article criterion, for the timeline scoring that comes with clustering.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError
from ..models import Article, Event
from .report import Report

__all__ = ["Gold", "load_gold", "read_seed_articles", "match_reason", "score_events", "evaluate_seeds", "SEED_FILES"]

SEED_FILES = ("000_aa07555c92a9a70e.txt", "001_6076a8fbbe9d5b38.txt")
FLOORS = {"recall": (">=", 0.90), "precision": (">=", 0.80), "status_accuracy": (">=", 1.0)}


@dataclass
class Gold:
    events: list[dict[str, Any]]
    spellings: dict[str, set[str]]  # gold actor name -> normalised spellings (the name included)
    codes: dict[str, set[str]] = field(default_factory=dict)  # gold actor name -> CAMEO country/actor codes
    titles: dict[str, str] = field(default_factory=dict)  # article file -> title


def _norm(text: str) -> str:
    t = text.replace("“", '"').replace("”", '"').replace("’", "'").replace("*", " ").replace('"', " ")
    t = " ".join(t.split()).strip(" .,'").casefold()
    for article in ("the ", "a "):
        if t.startswith(article):
            t = t[len(article):]
    return t


def load_gold(seeds_dir: Path) -> Gold:
    try:
        events = [json.loads(line) for line in (seeds_dir / "gold_events.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
        articles = json.loads((seeds_dir / "gold_articles.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(seeds_dir), f"cannot read the seed gold: {exc}") from None
    spellings: dict[str, set[str]] = {}
    codes: dict[str, set[str]] = {}
    for name, info in articles.get("actors", {}).items():
        spellings[name] = {_norm(name)} | {_norm(m) for m in info.get("mentions", [])}
        codes[name] = {v for k, v in info.items() if k.startswith("code") and isinstance(v, str)}
    for event in events:
        for name in event["actor"] + event["recipient"]:
            spellings.setdefault(name, {_norm(name)})
    titles = {f: a.get("title", "") for f, a in articles.get("articles", {}).items()}
    return Gold(events=events, spellings=spellings, titles=titles, codes=codes)


def read_seed_articles(data_dir: Path, html: bool = False) -> list[tuple[str, Article]]:
    """``(gold file name, Article)`` for the two seed articles, read through the real ingest."""
    from ..ingest import read

    gold = load_gold(data_dir / "seeds")
    if html:
        sources = sorted(str(p) for p in (data_dir / "pages").glob("*.html"))
    else:
        sources = [str(data_dir / "seeds" / f) for f in SEED_FILES]
    out: list[tuple[str, Article]] = []
    for item in read(sources):
        if isinstance(item, InputError):
            raise item
        name = Path(item.source or "").name
        if name not in gold.titles:
            name = next((f for f, t in gold.titles.items() if t and item.title and _norm(t) == _norm(item.title)), name)
        out.append((name, item))
    return out


#: CAMEO sectors of a state: an institution or office holder of a country acts for it ("Supreme Court of Russia",
#: RUSJUD -> Russia; Zamir Kabulov, RUSGOV -> Russia)
STATE_SECTORS = ("", "GOV", "MIL", "JUD", "LEG", "SPY", "COP", "MED")


def _role_codes(actor_id: str | None, day: str | None, actors: dict[str, Any]) -> set[str]:
    if not actor_id:
        return set()
    record = actors.get(actor_id)
    if record is None:
        from ..actors.dictionary import default_dictionary

        record = default_dictionary().find(actor_id)
    if record is None:
        return set()
    role = record.role_on(day)
    return {role.code} if role is not None else set()


def _side_matches(extracted: list, gold_names: list[str], gold: Gold, day: str | None = None,
                  actors: dict[str, Any] | None = None) -> bool:
    if not gold_names:
        return True
    for actor in extracted:
        forms = {_norm(actor.name), _norm(actor.text)}
        roles = _role_codes(actor.actor_id, day, actors or {})
        for name in gold_names:
            if _norm(actor.name) == _norm(name) or forms & gold.spellings.get(name, {_norm(name)}):
                return True
            for code in gold.codes.get(name, ()):
                base = code[:3]
                if code in roles or any(r == base + sector for r in roles for sector in STATE_SECTORS):
                    return True
    return False


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _date_ok(event: Event, window: list[str] | None) -> bool:
    if window is None:
        return True
    start, end = _day(event.date.start), _day(event.date.end or event.date.start)
    w0, w1 = _day(window[0]), _day(window[1])
    if start is None or end is None or w0 is None or w1 is None:
        return False
    pad = max(timedelta(days=31), (w1 - w0) * 0.1)
    return start <= w1 and end >= w0 and start >= w0 - pad and end <= w1 + pad


def match_reason(event: Event, gold_event: dict[str, Any], gold: Gold, article_file: str | None,
                 merged: bool = False, actors: dict[str, Any] | None = None) -> str | None:
    """None when ``event`` matches ``gold_event``; else the first criterion it fails."""
    if event.event_type not in gold_event["types"]:
        return "type"
    day = event.date.start
    if not _side_matches(event.actor, gold_event["actor"], gold, day, actors):
        return "actor"
    if not _side_matches(event.recipient, gold_event["recipient"], gold, day, actors):
        return "recipient"
    if merged:
        window = gold_event.get("date_window")
    else:
        windows = gold_event.get("article_windows") or {}
        if article_file not in windows and article_file not in (gold_event.get("evidence") or {}):
            if article_file not in windows:
                window = None
            else:
                window = windows[article_file]
        else:
            window = windows.get(article_file)
    if not _date_ok(event, window):
        return "date"
    if event.status != gold_event["status"]:
        return "status"
    return None


def _states(event: Event, gold_event: dict[str, Any], article_file: str | None) -> bool:
    """The event's sentence overlaps one of the gold event's evidence strings for that article."""
    texts = (gold_event.get("evidence") or {}).get(article_file or "", [])
    sentence = _norm(event.evidence[0].sentence) if event.evidence else ""
    for text in texts:
        t = _norm(text)
        if t in sentence or sentence in t or t[:40] in sentence:
            return True
    return False


_ORDER = ("type", "actor", "recipient", "date", "status")


def score_events(pairs: Iterable[tuple[str | None, Event]], gold: Gold, merged: bool = False,
                 actors: dict[str, Any] | None = None) -> Report:
    """Score ``(article file, Event)`` pairs (see the module docstring)."""
    pairs = list(pairs)
    matched_by: dict[str, list[str]] = {g["id"]: [] for g in gold.events}
    near: dict[str, tuple[int, str, str]] = {}  # gold id -> (depth reached, reason, trigger)
    status_ok: dict[str, bool] = {}
    good = 0
    rows_events: list[dict[str, Any]] = []
    for article_file, event in pairs:
        hit = None
        for g in gold.events:
            reason = match_reason(event, g, gold, article_file, merged=merged, actors=actors)
            trigger = event.evidence[0].trigger if event.evidence else ""
            if reason is None:
                matched_by[g["id"]].append(f"{article_file or ''}:{trigger}")
                status_ok[g["id"]] = True
                hit = hit or g["id"]
                continue
            depth = _ORDER.index(reason)
            if reason == "status" and _states(event, g, article_file):
                status_ok.setdefault(g["id"], False)
            if depth > near.get(g["id"], (-1, "", ""))[0]:
                near[g["id"]] = (depth, reason, f"{trigger} ({event.status})")
        good += hit is not None
        rows_events.append({"event": event.id, "article": article_file, "type": event.event_type,
                            "actor": ", ".join(a.name for a in event.actor),
                            "recipient": ", ".join(a.name for a in event.recipient), "status": event.status,
                            "trigger": event.evidence[0].trigger if event.evidence else "", "gold": hit or "-"})
    required = [g for g in gold.events if g["required"]]
    recall = sum(1 for g in required if matched_by[g["id"]]) / len(required) if required else 0.0
    precision = good / len(pairs) if pairs else 0.0
    judged = [g for g in required if g["id"] in status_ok]
    status_accuracy = sum(status_ok[g["id"]] for g in judged) / len(judged) if judged else None
    rows = []
    for g in gold.events:
        why = ""
        if not matched_by[g["id"]]:
            n = near.get(g["id"])
            why = "no event of these types" if n is None else f"closest: {n[2]} failed on {n[1]}"
        rows.append({"gold": g["id"], "required": g["required"], "types": "/".join(g["types"]),
                     "matched": "; ".join(matched_by[g["id"]]) or "-", "why_not": why})
    report = Report(
        name="seeds" + (" (merged)" if merged else ""),
        metrics={"recall": round(recall, 4), "precision": round(precision, 4),
                 "status_accuracy": None if status_accuracy is None else round(status_accuracy, 4),
                 "required_matched": sum(1 for g in required if matched_by[g["id"]]), "required": len(required),
                 "events": len(pairs), "events_matching_gold": good},
        floors=dict(FLOORS),
        rows=rows,
        notes=["Matching per shared/data/seeds/README.md; precision over every event extracted from the seed articles."],
    )
    report.__dict__["events_table"] = rows_events
    return report


def evaluate_seeds(data_dir: Path, nlp: Any, html: bool = False) -> Report:
    """Ingest the two seed articles, analyse them and score their events."""
    from ..extract.document import ExtractFailure, analyze_many

    gold = load_gold(data_dir / "seeds")
    articles = read_seed_articles(data_dir, html=html)
    files = {a.id: f for f, a in articles}
    pairs: list[tuple[str | None, Event]] = []
    actors: dict[str, Any] = {}
    for article_id, result in analyze_many([a for _, a in articles], nlp):
        if isinstance(result, ExtractFailure):  # scored as an article with no events
            continue
        pairs.extend((files[article_id], e) for e in result.events)
        actors.update(result.actors)
    report = score_events(pairs, gold, actors=actors)
    report.name = "seeds" + (" (html)" if html else "")
    return report
