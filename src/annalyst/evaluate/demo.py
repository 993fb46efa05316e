"""Score the whole pipeline on the bundled demo corpus (``annalyst/data/demo``: fictional articles written for
annalyst, with their gold in ``manifest.json``).

The corpus goes through what ``annalyst demo`` runs: ingest (every file, the feed and the JSONL), extraction
(English parser; native extraction for the other languages), clustering, in a temporary SQLite store. Each stored
article is tied to its manifest entry by its source file (``articles.jsonl:<line>`` for JSONL), else its URL, else its
title.

An extracted event of article ``dNN`` matches a timeline event that ``dNN`` reports (``reported_by``) when

1. its type is one of the gold ``types``;
2. its actor list shares an actor with the gold ``actor`` list, and likewise the recipient (an empty gold recipient
   matches anything). Gold names are resolved through the actor dictionary (``analyze.actors.resolve_actor``); an
   extracted actor matches a gold actor when it is that actor, when one acts for the other on the event's day (a
   minister for his state, the Taliban for Afghanistan after 2021: ``dictionary_affiliations``), or when its name or
   text equals the gold name (case-insensitive);
3. its date interval overlaps the gold date and lies inside it widened by max(31 days, 10 % of its length) on each
   side (``seeds._date_ok``; an undated event never matches);
4. its status is in the gold status's group: every claim about what happened (asserted, attributed, alleged, denied,
   negated) is one group, and predicted, proposed and hypothetical are one each (``analyze.compat.status_group``).
   ``status_accuracy`` is the share of matched gold events also matched with their exact status.

Figures (overall, and per storyline as ``<storyline>.<figure>``):

* ``recall``: timeline events matched in at least one reporting article / timeline events; ``key_recall`` the same
  over ``key`` events (those the demo timeline must show); ``report_recall``: (article, timeline event) pairs of
  ``reported_by`` matched by an event of that article / such pairs;
* ``precision``: extracted events that match a timeline event their article reports / extracted events. The timeline
  is not exhaustive (manifest README: background sentences may hold further correct events), so this is a lower
  bound;
* ``one_cluster``: among timeline events matched in two or more articles, the share whose matching events all sit in
  one cluster (the same real-world event merged across its reports); ``extra_clusters`` counts the surplus clusters.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError
from ..models import Cluster, Event, EventActor
from .report import Report
from .seeds import _date_ok

__all__ = ["DemoGold", "load_manifest", "gold_window", "match_reason", "score_demo", "run_demo", "evaluate_demo"]

#: gold windows use ISO days; "YYYY-MM" and "YYYY" stand for their first and last day, "A/B" for an interval
_FACT = "fact"


@dataclass
class DemoGold:
    """The manifest: timeline events by id, articles by id (file, url, title, storyline, events)."""

    events: dict[str, dict[str, Any]]
    articles: dict[str, dict[str, Any]]
    storylines: dict[str, str] = field(default_factory=dict)


def load_manifest(corpus: Path) -> DemoGold:
    try:
        data = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(corpus), f"cannot read the demo manifest: {exc}") from None
    return DemoGold(events={e["id"]: e for e in data.get("timeline", [])},
                    articles={a["id"]: a for a in data.get("articles", [])}, storylines=data.get("storylines", {}))


def _bound(text: str, end: bool) -> str:
    from ..analyze.compat import parse_day

    day = parse_day(text.strip(), end=end)
    if day is None:
        raise InputError("manifest.json", f"unreadable gold date {text!r}")
    return day.isoformat()


def gold_window(date_text: str | None) -> list[str] | None:
    """``[first day, last day]`` of a manifest date (``2025-03-03``, ``2024-05``, ``2026``, ``2025-09/2025-12``)."""
    if not date_text:
        return None
    first, _, last = date_text.partition("/")
    return [_bound(first, False), _bound(last or first, True)]


# ------------------------------------------------------------------------------------------------- actors


@lru_cache(maxsize=256)
def _gold_keys(name: str) -> frozenset[str]:
    from ..analyze.actors import resolve_actor

    ref = resolve_actor(name)
    return frozenset(k for k in ref.keys if not k.startswith("text:")) | {name.casefold()}


@lru_cache(maxsize=1)
def _affiliations() -> Any:
    from ..analyze.actors import dictionary_affiliations

    return dictionary_affiliations()


def _actor_matches(actor: EventActor, gold_name: str, day: str | None) -> bool:
    keys = _gold_keys(gold_name)
    if actor.name.casefold() in keys or (actor.text or "").casefold() in keys:
        return True
    if not actor.actor_id:
        return False
    if actor.actor_id in keys:
        return True
    acts_for = _affiliations()
    if keys & acts_for(actor.actor_id, day):
        return True
    return any(actor.actor_id in acts_for(k, day) for k in keys)


def _side_matches(extracted: list[EventActor], gold_names: list[str], day: str | None) -> bool:
    if not gold_names:
        return True
    return any(_actor_matches(a, g, day) for a in extracted for g in gold_names)


def match_reason(event: Event, gold_event: dict[str, Any]) -> str | None:
    """None when ``event`` matches ``gold_event`` (module docstring); else the first criterion it fails."""
    from ..analyze.compat import status_group

    if event.event_type not in gold_event["types"]:
        return "type"
    day = event.date.start
    if not _side_matches(event.actor, gold_event["actor"], day):
        return "actor"
    if not _side_matches(event.recipient, gold_event["recipient"], day):
        return "recipient"
    if not _date_ok(event, gold_window(gold_event.get("date"))):
        return "date"
    if status_group(event.status) != status_group(gold_event["status"]):
        return "status"
    return None


# -------------------------------------------------------------------------------------------------- scoring

_ORDER = ("type", "actor", "recipient", "date", "status")


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def score_demo(pairs: Iterable[tuple[str, Event]], gold: DemoGold, clusters: Iterable[Cluster] = ()) -> Report:
    """Score ``(manifest article id, Event)`` pairs, and with ``clusters`` how the matches were merged."""
    pairs = list(pairs)
    cluster_of = {m: c.id for c in clusters for m in c.members}
    matched: dict[str, dict[str, list[Event]]] = {g: {} for g in gold.events}  # gold id -> article -> events
    exact: dict[str, bool] = {}
    near: dict[str, tuple[int, str]] = {}
    good: dict[str, list[bool]] = {}
    table: list[dict[str, Any]] = []
    for article, event in pairs:
        info = gold.articles.get(article, {})
        storyline = info.get("storyline", "?")
        hit = None
        for gid, g in gold.events.items():
            if article not in g.get("reported_by", {}):
                continue
            reason = match_reason(event, g)
            trigger = event.evidence[0].trigger if event.evidence else ""
            if reason is None:
                matched[gid].setdefault(article, []).append(event)
                exact[gid] = exact.get(gid, False) or event.status == g["status"]
                hit = hit or gid
            elif _ORDER.index(reason) > near.get(gid, (-1, ""))[0]:
                near[gid] = (_ORDER.index(reason), f"{article}:{trigger} {event.event_type} failed on {reason}")
        good.setdefault(storyline, []).append(hit is not None)
        table.append({"article": article, "type": event.event_type, "actor": ", ".join(a.name for a in event.actor),
                      "recipient": ", ".join(a.name for a in event.recipient), "date": event.date.start or "",
                      "status": event.status, "trigger": event.evidence[0].trigger if event.evidence else "",
                      "gold": hit or "-"})
    metrics: dict[str, float | int | None] = {}
    rows: list[dict[str, Any]] = []
    storylines = list(gold.storylines) or sorted({g["storyline"] for g in gold.events.values()})
    for scope in [None, *storylines]:
        events = [g for g in gold.events.values() if scope is None or g["storyline"] == scope]
        keys = [g for g in events if g.get("key")]
        reports = [(a, g["id"]) for g in events for a in g.get("reported_by", {})]
        found = [g for g in events if matched[g["id"]]]
        multi = [g for g in found if len(matched[g["id"]]) >= 2]
        split = {g["id"]: len({cluster_of.get(e.id) for evs in matched[g["id"]].values() for e in evs}) for g in multi}
        flags = [f for s, fl in good.items() if scope is None or s == scope for f in fl]
        prefix = "" if scope is None else f"{scope}."
        metrics[prefix + "recall"] = _ratio(len(found), len(events))
        metrics[prefix + "key_recall"] = _ratio(sum(1 for g in keys if matched[g["id"]]), len(keys))
        metrics[prefix + "report_recall"] = _ratio(sum(1 for a, gid in reports if a in matched[gid]), len(reports))
        metrics[prefix + "precision"] = _ratio(sum(flags), len(flags))
        if scope is None:
            metrics["status_accuracy"] = _ratio(sum(1 for g in found if exact.get(g["id"])), len(found))
            metrics["events"] = len(pairs)
            metrics["events_matching_gold"] = sum(flags)
        if clusters:
            metrics[prefix + "one_cluster"] = _ratio(sum(1 for n in split.values() if n == 1), len(split))
            metrics[prefix + "extra_clusters"] = sum(n - 1 for n in split.values())
    for gid, g in gold.events.items():
        got = matched[gid]
        why = ""
        if not got:
            why = near[gid][1] if gid in near else "no event of these types in its articles"
        rows.append({"gold": gid, "storyline": g["storyline"], "key": bool(g.get("key")), "types": "/".join(g["types"]),
                     "matched": ", ".join(sorted(got)) or "-",
                     "of": ", ".join(sorted(g.get("reported_by", {}))),
                     "clusters": len({cluster_of.get(e.id) for evs in got.values() for e in evs}) if clusters else "",
                     "why_not": why})
    report = Report(name="demo", metrics=metrics, rows=rows, notes=[
        "Timeline events of src/annalyst/data/demo/manifest.json; precision is a lower bound (the timeline is not "
        "exhaustive). See annalyst.evaluate.demo for the matching rules."])
    report.__dict__["events_table"] = table
    return report


# -------------------------------------------------------------------------------------------------- running


def _manifest_id(article: Any, gold: DemoGold, corpus: Path) -> str | None:
    source = (article.source or "").replace("\\", "/")
    for gid, info in gold.articles.items():
        wanted = info["file"] + (f":{info['line']}" if info.get("format") == "jsonl" and info.get("line") else "")
        if source.endswith("/" + wanted) or source == wanted:
            return gid
    for gid, info in gold.articles.items():
        if info.get("url") and article.url and info["url"].rstrip("/") == article.url.rstrip("/"):
            return gid
    for gid, info in gold.articles.items():
        if info.get("title") and article.title and info["title"].strip() == article.title.strip():
            return gid
    return None


def run_demo(nlp: Any = None, corpus: Path | None = None,
             db: str | None = None) -> tuple[list[tuple[str, Event]], list[Cluster], DemoGold]:
    """Ingest, extract and cluster the demo corpus in a store (a temporary SQLite file unless ``db`` is given);
    returns the ``(manifest article id, Event)`` pairs, the clusters and the manifest."""
    from ..api import Annalyst, demo_corpus_path

    corpus = corpus or demo_corpus_path()
    gold = load_manifest(corpus)
    with tempfile.TemporaryDirectory(prefix="annalyst-demo-") as tmp:
        with Annalyst(db=db or str(Path(tmp) / "demo.db")) as an:
            if nlp is not None:
                an._nlp = nlp  # the caller's pipeline (same packaged dictionary as a fresh workspace)
            report = an.ingest([str(corpus)])
            if report.failed:
                raise report.failed[0]
            an.extract()
            an.cluster()
            ids = {a.id: _manifest_id(a, gold, corpus) for a in an.iter_articles()}
            pairs = [(ids.get(e.article_id or "") or "?", e) for e in an.events(limit=None)]
            clusters = an.clusters(limit=None)
    return pairs, clusters, gold


def evaluate_demo(nlp: Any = None, corpus: Path | None = None) -> Report:
    """Run the demo corpus through the pipeline and score it (module docstring)."""
    pairs, clusters, gold = run_demo(nlp, corpus)
    return score_demo(pairs, gold, clusters)
