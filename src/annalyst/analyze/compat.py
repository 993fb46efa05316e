"""When two reports are the same real event: dates as intervals, type families, status groups, actor keys, and the
compatibility score that event coreference (``clusters.py``) and forecast resolution (``forecasts.py``) share.

Rules (each one a hard condition; the score only ranks the clusters that pass them all):

* **Status group.** ``asserted``, ``attributed``, ``alleged``, ``denied`` and ``negated`` are claims about something
  that happened: they merge with each other (an assertion and a denial of one event are one cluster with a
  contradiction). ``predicted``, ``proposed`` and ``hypothetical`` each form their own group: a forecast never merges
  with a report of what happened; it is resolved by it instead (``forecasts.py``).
* **Type.** Equal, or listed together in a family of ``resources/analyze/type_families.json`` (coders read "recognised"
  as SUPPORT, AGREE or COOPERATE). Two different types whose contexts are both given and disjoint do not merge;
  two forecasts of different types merge only when they share a context (their windows are long, so the type and
  its context must carry the match).
* **Actors.** The actor sides share an actor and so do the recipient sides (an empty side matches anything, but at
  least one side must share an actor). An actor also stands for the organisation it acts for on the event's date
  (a minister for the government, a ministry or court for its state: ``Affiliations``), so "Kabulov proposed" and
  "Russia proposed" agree. For symmetric types (a meeting) the sides may be swapped.
* **Date.** The intervals overlap: a day inside a decade is compatible, two different days are not. Exception: two
  day-precise dates at most ``date_slack_days`` apart merge *with a date contradiction* when the reports also share a
  place or a casualty figure (the same attack dated a day apart by two outlets).
* **Place.** Two locations in different countries are different events.
* **Assertions and allegations need dates.** When either date is assumed (the report gives none), a report of fact
  (``asserted``, or ``attributed`` to a source) and an allegation (``alleged``) do not merge: "Russia handed over
  two helicopters" (undated) is not the event of "the US accused Russia of supplying small arms, which Moscow
  denied" just because both are Russian aid to the Taliban within a year, and merging them would present the
  accusation as fact. With both dates given they may merge (one event reported as fact by one outlet, as an
  accusation by another); a denial still joins the assertion it denies (a contradiction).

An event without a date is assumed to have happened within ``undated_days`` (365) before its article's publication;
such an assumed window finds a cluster but never supplies the cluster's date.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from functools import lru_cache, cache
from typing import Callable, Iterable

from ..models import Event
from ..resources import load_json

__all__ = [
    "FACT_STATUSES",
    "FORECAST_STATUSES",
    "STATUS_PRECEDENCE",
    "SPAN_BOUNDS",
    "Affiliations",
    "Profile",
    "Match",
    "parse_day",
    "day_str",
    "span_days",
    "span_class",
    "status_group",
    "compatible_types",
    "type_families",
    "event_window",
    "event_keys",
    "make_profile",
    "match",
    "no_affiliations",
]

#: claims about something that happened, most confident first (the precedence of a merged event's status)
FACT_STATUSES = ("asserted", "attributed", "alleged", "denied", "negated")
#: claims about what may happen
FORECAST_STATUSES = ("predicted", "proposed", "hypothetical")
STATUS_PRECEDENCE = {s: i for i, s in enumerate(FACT_STATUSES + FORECAST_STATUSES)}
#: statuses that say the event happened, and those that say it did not (both present: a contradiction)
POSITIVE = frozenset({"asserted", "attributed", "alleged"})
NEGATIVE = frozenset({"denied", "negated"})

#: size classes of a matching window, in days: class i holds windows of at most SPAN_BOUNDS[i] days (the last: any)
SPAN_BOUNDS = (1, 7, 31, 92, 366, 1096, 3653, 36525, None)

_MIN = dt.date(1, 1, 1)
_MAX = dt.date(9999, 12, 31)

#: ``affiliations(actor_id, day) -> ids of the organisations the actor acts for on that day``
Affiliations = Callable[[str, "str | None"], "frozenset[str]"]


def no_affiliations(actor_id: str, day: str | None) -> frozenset[str]:
    return frozenset()


# ------------------------------------------------------------------------------------------------------ dates


def parse_day(text: str | None, *, end: bool = False) -> dt.date | None:
    """An ISO day; ``YYYY-MM`` and ``YYYY`` become their first (or with ``end``, last) day. None if unreadable."""
    if not text:
        return None
    text = text.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            if end:
                nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
                return nxt - dt.timedelta(days=1)
            return dt.date(year, month, 1)
        if len(text) == 4:
            return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
    except ValueError:
        return None
    return None


def day_str(day: dt.date) -> str:
    return day.isoformat()


def span_days(start: dt.date, end: dt.date) -> int:
    return (end - start).days + 1


def span_class(start: dt.date, end: dt.date) -> int:
    n = span_days(start, end)
    for i, bound in enumerate(SPAN_BOUNDS):
        if bound is None or n <= bound:
            return i
    return len(SPAN_BOUNDS) - 1  # pragma: no cover


def shift(day: dt.date, days: int) -> dt.date:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return _MAX if days > 0 else _MIN


# ----------------------------------------------------------------------------------------- types and statuses


@lru_cache(maxsize=1)
def type_families() -> dict[str, frozenset[str]]:
    """Family name -> the event types it groups (from ``resources/analyze/type_families.json``)."""
    data = load_json("analyze", "type_families.json")
    return {name: frozenset(f["types"]) for name, f in data["families"].items()}


@cache
def compatible_types(event_type: str) -> frozenset[str]:
    """Every type that may be coded for the same real event as ``event_type`` (itself included)."""
    out = {event_type}
    for types in type_families().values():
        if event_type in types:
            out |= types
    return frozenset(out)


@lru_cache(maxsize=1)
def symmetric_types() -> frozenset[str]:
    return frozenset(load_json("analyze", "type_families.json").get("symmetric", []))


def status_group(status: str) -> str:
    """``fact`` for every claim about what happened, else the forecast status itself."""
    return status if status in FORECAST_STATUSES else "fact"


# ------------------------------------------------------------------------------------------------ profiles


@dataclass
class Profile:
    """What matching looks at, for one event or one cluster's merged event."""

    event_type: str
    group: str
    actors: frozenset[str] = frozenset()
    recipients: frozenset[str] = frozenset()
    actors_via: frozenset[str] = frozenset()
    recipients_via: frozenset[str] = frozenset()
    window: tuple[dt.date, dt.date] | None = None
    exact: bool = False  # the window comes from a date the text gives (not assumed)
    location: str | None = None
    country: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    contexts: frozenset[str] = frozenset()
    mode: str | None = None
    status: str = "asserted"
    made: dt.date | None = None  # forecasts: when the forecast was made

    @property
    def keys(self) -> frozenset[str]:
        """Every actor key, literal or through affiliation: what candidate retrieval looks up."""
        return self.actors | self.recipients | self.actors_via | self.recipients_via


@dataclass
class Match:
    score: float
    date_conflict: bool = False


def event_window(
    event: Event, published: str | None, *, undated_days: int = 365, horizon_days: int = 365,
) -> tuple[tuple[dt.date, dt.date] | None, bool, dt.date | None]:
    """``(window, exact, made)`` of an event.

    Facts: the date interval (exact); a half-open or missing date is assumed to lie within ``undated_days`` before its
    end or the publication date (not exact); None when nothing is known. Forecasts (predicted, proposed,
    hypothetical): the window runs from when the forecast was made (the proposal's own date, else publication) to
    its horizon: the end of the predicted date when that lies after it, else ``horizon_days`` later.
    """
    start, end = parse_day(event.date.start), parse_day(event.date.end, end=True)
    pub = parse_day(published)
    if start and end and end < start:
        start, end = end, start
    if status_group(event.status) != "fact":
        if event.status == "proposed" and start:
            made = min(start, pub) if pub else start
        else:
            made = pub or start  # type: ignore[assignment]
        if made is None:
            return None, False, None
        if event.status == "predicted" and end and end > made:
            horizon = end
        else:
            horizon = shift(made, horizon_days)
        return (made, horizon), bool(start), made
    if start and end:
        return (start, end), True, None
    if end:
        return (shift(end, -undated_days), end), False, None
    if start:
        stop = pub if pub and pub >= start else shift(start, undated_days)
        return (start, stop), False, None
    if pub:
        return (shift(pub, -undated_days), pub), False, None
    return None, False, None


def event_keys(people: Iterable, day: str | None, affiliations: Affiliations) -> tuple[frozenset[str], frozenset[str]]:
    """``(literal keys, affiliation keys)`` of a list of ``EventActor``."""
    from ..store.extractions import actor_key

    literal = {actor_key(p.actor_id, p.name) for p in people}
    via: set[str] = set()
    for p in people:
        if p.actor_id:
            via |= affiliations(p.actor_id, day)
    return frozenset(literal), frozenset(via - literal)


def make_profile(
    event: Event, published: str | None, affiliations: Affiliations = no_affiliations, *,
    undated_days: int = 365, horizon_days: int = 365,
) -> Profile:
    window, exact, made = event_window(event, published, undated_days=undated_days, horizon_days=horizon_days)
    day = event.date.start or event.date.end or published
    actors, actors_via = event_keys(event.actor, day, affiliations)
    recipients, recipients_via = event_keys(event.recipient, day, affiliations)
    counts = {k: v for k, v in event.counts.to_dict().items() if v is not None} if event.counts else {}
    loc = event.location
    return Profile(
        event_type=event.event_type, group=status_group(event.status), actors=actors, recipients=recipients,
        actors_via=actors_via, recipients_via=recipients_via, window=window, exact=exact,
        location=(loc.name.casefold() if loc and loc.name else None), country=(loc.country if loc else None),
        counts=counts, contexts=frozenset(event.context or ()), mode=event.mode, status=event.status, made=made,
    )


# ------------------------------------------------------------------------------------------------- matching


def _side_overlap(a: frozenset[str], av: frozenset[str], b: frozenset[str], bv: frozenset[str]) -> bool:
    return bool(a & b or a & bv or av & b)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def _actors_agree(a: Profile, b: Profile) -> bool:
    sides: list[bool | None] = []
    for x, xv, y, yv in ((a.actors, a.actors_via, b.actors, b.actors_via),
                         (a.recipients, a.recipients_via, b.recipients, b.recipients_via)):
        if not x or not y:
            sides.append(None)  # an empty side matches anything
        else:
            sides.append(_side_overlap(x, xv, y, yv))
    if False not in sides and True in sides:
        return True
    if a.event_type in symmetric_types() and b.event_type in symmetric_types():
        pa, pb = a.actors | a.recipients, b.actors | b.recipients
        pav, pbv = a.actors_via | a.recipients_via, b.actors_via | b.recipients_via
        shared = len(pa & pb) + len((pa & pbv) - pb) + len((pav & pb) - pa)
        return shared >= min(2, len(pa), len(pb))
    return False


def _assertion_and_allegation(one: str, other: str) -> bool:
    """A report of fact (``asserted``, or ``attributed`` to a source) and an accusation (``alleged``)."""
    return "alleged" in (one, other) and ({one, other} & {"asserted", "attributed"}) != set()


def match(a: Profile, b: Profile, *, date_slack_days: int = 1, same_group: bool = True) -> Match | None:
    """Whether ``a`` and ``b`` may be one real event, and how well they agree (higher is better); None if not."""
    if same_group and a.group != b.group:
        return None
    if b.event_type not in compatible_types(a.event_type):
        return None
    if a.event_type != b.event_type:
        if a.contexts and b.contexts and not (a.contexts & b.contexts):
            return None
        if a.group != "fact" and not (a.contexts & b.contexts):
            return None  # forecasts span months: a different type must share a context to be the same forecast
    if a.country and b.country and a.country != b.country:
        return None
    if not _actors_agree(a, b):
        return None
    if a.group == b.group == "fact" and not (a.exact and b.exact) and _assertion_and_allegation(a.status, b.status):
        return None
    conflict = False
    date_fit = 0.0
    if a.window and b.window:
        (s1, e1), (s2, e2) = a.window, b.window
        overlap = (min(e1, e2) - max(s1, s2)).days + 1
        if overlap > 0:
            date_fit = overlap / min(span_days(s1, e1), span_days(s2, e2))
            # a finer match is a better one: nested in a day beats nested in a decade
            date_fit += 1.0 / (1.0 + math.log2(max(span_days(s1, e1), span_days(s2, e2))))
        else:
            gap = -overlap + 1
            near = (a.exact and b.exact and span_days(s1, e1) == 1 and span_days(s2, e2) == 1
                    and gap <= date_slack_days)
            shared_detail = (a.location and a.location == b.location) or any(
                b.counts.get(k) == v for k, v in a.counts.items())
            if not (near and shared_detail):
                return None
            conflict = True
    score = (3.0 if a.event_type == b.event_type else 2.0)
    score += _jaccard(a.actors | a.actors_via, b.actors | b.actors_via)
    score += _jaccard(a.recipients | a.recipients_via, b.recipients | b.recipients_via)
    score += date_fit
    if a.location and a.location == b.location:
        score += 1.0
    if a.mode and a.mode == b.mode:
        score += 0.5
    if a.contexts & b.contexts:
        score += 0.5
    score += 0.5 * sum(1 for k, v in a.counts.items() if b.counts.get(k) == v)
    if conflict:
        score -= 2.0
    return Match(score=round(score, 6), date_conflict=conflict)
