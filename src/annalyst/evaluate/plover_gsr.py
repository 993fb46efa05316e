"""Score event coding against PLOVER's gold records (``shared/data/plover/PLOVER_GSR_CAMEO.json``).

Each record has a sentence (``text``), a date, the gold event (PLOVER 0.5b1 category in ``event``, mapped to 1.0 as
in docs/plover.md: DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT) and the gold actors
(``source``) and recipients (``target``) with their text (``actorText``). The ``DOCUMENT`` record is skipped.

Each sentence runs through the pipeline with the record's date as publication date. Among the events extracted
from it, the **best-matching** one is the event whose trigger word appears in the gold ``eventText``, the earliest there
(the main verb comes first: "demonstrated calling for independence"); then the one with the most gold actors and
recipients matched; then the first.

* **type accuracy** = records whose best event has the gold type / all records (a record with no event is wrong);
* **actor F1**: a predicted actor (of the best event) matches a gold actor when they share a content word
  (case-insensitive, leaving out articles, prepositions and other stop words; "U.S." = "US"); precision = matched
  predicted actors / predicted actors, recall = matched gold actors / gold actors, micro-averaged over records;
  records with no event contribute their gold actors to recall only. **recipient F1** likewise.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError
from ..models import Article, Event, Published
from .report import Report

__all__ = ["load_records", "evaluate_plover", "content_words", "score_records"]

FLOORS = {"type_accuracy": (">=", 0.75), "actor_f1": (">=", 0.75)}
_STOP = frozenset("""a an the of in on at to for from with by and or its their his her
    s 's some several two three four five many thousands hundreds dozens""".split())


def content_words(text: str) -> set[str]:
    words = re.findall(r"[\w.\-']+", text.casefold())
    out = set()
    for w in words:
        w = w.strip(".-'").replace(".", "")
        if w and w not in _STOP:
            out.add(w)
            if w.endswith("s") and len(w) > 3:
                out.add(w[:-1])
    return out


def load_records(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"cannot read the PLOVER gold: {exc}") from None
    return [r for r in data if r.get("event") and r.get("event") != "DOCUMENT" and r.get("text")]


def actor_texts(record: dict[str, Any], key: str) -> list[str]:
    """The gold ``actorText`` values of ``source`` or ``target`` (a list of objects, an object or plain text)."""
    value = record.get(key) or []
    if isinstance(value, (str, dict)):
        value = [value]
    out = []
    for item in value:
        text = item.get("actorText", "") if isinstance(item, dict) else str(item)
        if text.strip():
            out.append(text.strip())
    return out


def _gold_type(record: dict[str, Any]) -> str:
    from ..extract.eventlex import normalise_type

    return normalise_type(record["event"], record.get("mode"))[0]


def _matches(pred: Iterable[str], gold: Iterable[str]) -> tuple[int, int]:
    pred_words = [content_words(p) for p in pred]
    gold_words = [content_words(g) for g in gold]
    matched_pred = sum(1 for p in pred_words if any(p & g for g in gold_words))
    matched_gold = sum(1 for g in gold_words if any(p & g for p in pred_words))
    return matched_pred, matched_gold


def best_event(events: list[Event], record: dict[str, Any]) -> Event | None:
    if not events:
        return None
    gold_actors = actor_texts(record, "source")
    gold_recips = actor_texts(record, "target")
    evt_order = [w for w in (content_words(x) for x in record.get("eventText", "").split())]
    evt_words = set().union(*evt_order) if evt_order else set()

    def key(event: Event) -> tuple[int, int, int]:
        a = _matches([x.text for x in event.actor], gold_actors)[1]
        r = _matches([x.text for x in event.recipient], gold_recips)[1]
        trig = content_words(event.evidence[0].trigger if event.evidence else "")
        position = next((i for i, w in enumerate(evt_order) if w & trig), len(evt_order))
        return (1 if trig & evt_words else 0, -position, a + r)

    return max(events, key=key)


def _f1(p_num: int, p_den: int, r_num: int, r_den: int) -> tuple[float, float, float]:
    p = p_num / p_den if p_den else 0.0
    r = r_num / r_den if r_den else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_records(records: list[dict[str, Any]], events_per_record: list[list[Event]]) -> Report:
    right = 0
    counts = {"actor": [0, 0, 0, 0], "recipient": [0, 0, 0, 0]}  # matched pred, pred, matched gold, gold
    rows = []
    for record, events in zip(records, events_per_record):
        gold_type = _gold_type(record)
        best = best_event(events, record)
        ok = best is not None and best.event_type == gold_type
        right += ok
        for side, key in (("actor", "source"), ("recipient", "target")):
            gold = actor_texts(record, key)
            pred = [x.text for x in getattr(best, side)] if best is not None else []
            mp, mg = _matches(pred, gold)
            c = counts[side]
            c[0] += mp
            c[1] += len(pred)
            c[2] += mg
            c[3] += len(gold)
        rows.append({"id": record["id"], "gold": gold_type, "got": best.event_type if best else "-",
                     "ok": ok, "actor": ", ".join(x.text for x in best.actor) if best else "",
                     "gold_actor": ", ".join(actor_texts(record, "source")),
                     "recipient": ", ".join(x.text for x in best.recipient) if best else "",
                     "gold_recipient": ", ".join(actor_texts(record, "target")),
                     "text": record["text"][:90]})
    n = len(records)
    ap, ar, af = _f1(counts["actor"][0], counts["actor"][1], counts["actor"][2], counts["actor"][3])
    rp, rr, rf = _f1(*counts["recipient"])
    return Report(
        name="plover-gsr",
        metrics={"type_accuracy": round(right / n, 4) if n else 0.0, "actor_f1": round(af, 4),
                 "actor_precision": round(ap, 4), "actor_recall": round(ar, 4), "recipient_f1": round(rf, 4),
                 "records": n, "records_with_event": sum(1 for e in events_per_record if e)},
        floors=dict(FLOORS),
        rows=rows,
        notes=["Best-matching event per record; actors match on a shared content word (see the module docstring)."],
    )


def evaluate_plover(data_dir: Path, nlp: Any, limit: int | None = None) -> Report:
    """Run the records through ``nlp`` and score them. Every gold record states an event and many gold actors are
    common nouns ("Doctors from two American aid groups"), so the events component is switched to keep events
    whose actors are all unknown entities (``require_mention=False``) for the duration of the run."""
    from ..extract.document import analyze_many

    records = load_records(data_dir / "plover" / "PLOVER_GSR_CAMEO.json")[:limit]
    articles = []
    for n, record in enumerate(records):
        day = str(record.get("date") or "")[:10] or None
        articles.append(Article(id=f"gsr-{n}", text=record["text"], language="en",
                                published=Published(date=day, source="given")))
    component = nlp.get_pipe("annalyst_events") if "annalyst_events" in nlp.pipe_names else None
    before = component is not None and getattr(component, "coder", None) and component.coder.require_mention
    try:
        if component is not None:
            component.coder.require_mention = False
        results = {aid: getattr(r, "events", []) for aid, r in analyze_many(articles, nlp)}  # a failure: none
    finally:
        if component is not None:
            component.coder.require_mention = bool(before)
    return score_records(records, [results[a.id] for a in articles])
