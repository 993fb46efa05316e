"""One merged event from the reports of a cluster, with who supplied each field and where the reports disagree.

How the merged event is made (``merge_cluster``):

* **Independent sources.** Member articles linked as near-duplicates, republications or translations
  (``article_links``), or published by the same site, form one source; ``n_sources`` counts these groups,
  ``n_articles`` the distinct articles.
* **Date**: the most precise date any member gives (the smallest interval; ties: the date more sources give, then
  the earliest report). Members whose date was only assumed (no date in the text) never supply it.
* **Type**: the type most independent sources give (ties: the best member's); mode, score, quad class and CAMEO code
  come with it.
* **Status**: by precedence asserted > attributed > alleged > denied > negated (an event any source asserts is
  asserted); ``denied_by`` is the union of the members' deniers; a forecast keeps its status.
* **Counts**: from the best member among those that give any count: highest confidence, then the latest report
  (casualty figures are revised upwards as days pass), then the earliest event id.
* **Place**: the most precise location (site > city > admin1 > country).
* **Actors, recipients, contexts, evidence**: the union over members. **Confidence**: 1 - prod(1 - c) over
  independent sources (the best member of each), at most 0.99.
* **Contradictions**: two or more distinct values of a count; dates that do not overlap; a status saying the event
  happened next to one saying it did not (asserted vs denied or negated); two different cities or sites.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

from ..models import Cluster, Counts, Event, EventActor, EventDate
from ..store.extractions import actor_key
from .compat import FACT_STATUSES, NEGATIVE, POSITIVE, STATUS_PRECEDENCE, parse_day, span_days

__all__ = ["ArticleInfo", "merge_cluster", "source_groups"]

_PRECISION = {"site": 0, "city": 1, "admin1": 2, "country": 3}


@dataclass
class ArticleInfo:
    """What merging needs to know about a member's article."""

    id: str
    site: str | None = None
    published: str | None = None
    url: str | None = None
    original_url: str | None = None
    translated: bool = False
    language: str | None = None


def source_groups(article_ids: Iterable[str], infos: dict[str, ArticleInfo],
                  links: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Article id -> id of its independent-source group (linked articles and articles of one site are one source)."""
    ids = sorted(set(article_ids))
    parent = {a: a for a in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for a, b in links:
        if a in parent and b in parent:
            union(a, b)
    by_site: dict[str, str] = {}
    for a in ids:
        info = infos.get(a)
        site = (info.site or "").strip().casefold() if info else ""
        if site:
            if site in by_site:
                union(a, by_site[site])
            else:
                by_site[site] = a
    return {a: find(a) for a in ids}


def _span(event: Event) -> int | None:
    start, end = parse_day(event.date.start), parse_day(event.date.end, end=True)
    if start and end:
        return span_days(min(start, end), max(start, end))
    return None


def merge_cluster(
    cluster_id: str,
    members: list[Event],
    infos: dict[str, ArticleInfo],
    links: Iterable[tuple[str, str]] = (),
    *,
    previous: Cluster | None = None,
) -> Cluster:
    """The cluster of ``members`` (at least one), merged as the module docstring says."""
    if not members:
        raise ValueError("a cluster needs at least one member")
    members = sorted({e.id: e for e in members}.values(), key=lambda e: e.id)
    published = {e.id: (infos[e.article_id].published if e.article_id in infos else None) for e in members}
    groups = source_groups([e.article_id for e in members if e.article_id], infos, links)
    group_of = {e.id: groups.get(e.article_id or "", f"event:{e.id}") for e in members}

    def best_key(e: Event) -> tuple:
        span = _span(e)
        return (STATUS_PRECEDENCE.get(e.status, 99), -float(e.confidence or 0), span if span else 10**9,
                published[e.id] or "9999", e.id)

    ranked = sorted(members, key=best_key)
    supplied: dict[str, str] = {}

    # type: most independent sources, then the best member's
    votes: dict[str, set[str]] = defaultdict(set)
    for e in members:
        votes[e.event_type].add(group_of[e.id])
    top = max(len(v) for v in votes.values())
    tied = {t for t, v in votes.items() if len(v) == top}
    type_member = next(e for e in ranked if e.event_type in tied)
    supplied["event_type"] = type_member.id
    mode = type_member.mode
    if mode is None:
        modes = Counter(e.mode for e in members if e.event_type == type_member.event_type and e.mode)
        mode = modes.most_common(1)[0][0] if modes else None

    # date: the smallest interval a member states
    dated = [e for e in members if _span(e) is not None]
    date = EventDate()
    if dated:
        agree = Counter((e.date.start, e.date.end) for e in dated)
        chosen = min(dated, key=lambda e: (_span(e), -agree[(e.date.start, e.date.end)], published[e.id] or "9999", e.id))
        date = EventDate.from_dict(chosen.date.to_dict())
        supplied["date"] = chosen.id

    # status
    status_member = ranked[0]
    supplied["status"] = status_member.id
    status = status_member.status
    denied_by: list[str] = []
    for e in ranked:
        for who in e.denied_by:
            if who not in denied_by:
                denied_by.append(who)
        if e.status in NEGATIVE and e.attributed_to and e.attributed_to not in denied_by and status in POSITIVE:
            denied_by.append(e.attributed_to)
    attributed_to = status_member.attributed_to

    # counts
    counted = [e for e in members if e.counts and any(v is not None for v in e.counts.to_dict().values())]
    counts = Counts()
    if counted:
        order = sorted(counted, key=lambda e: e.id)
        order.sort(key=lambda e: published[e.id] or "", reverse=True)  # the latest report first, undated last
        order.sort(key=lambda e: -float(e.confidence or 0))  # stable: confidence first
        chosen = order[0]
        counts = Counts.from_dict(chosen.counts.to_dict())
        supplied["counts"] = chosen.id

    # place
    located = [e for e in ranked if e.location and e.location.name]
    location = None
    if located:
        chosen = min(located, key=lambda e: (_PRECISION.get((e.location.precision if e.location else None) or "", 4), ranked.index(e)))
        location = chosen.location
        supplied["location"] = chosen.id

    # unions
    actors = _union_people(e.actor for e in ranked)
    # reports that put one party on opposite sides ("A hosts B", "B met A") describe a meeting of both: the party
    # stays an actor and is no recipient of its own event
    acting = {actor_key(p.actor_id, p.name) for p in actors}
    recipients = [p for p in _union_people(e.recipient for e in ranked) if actor_key(p.actor_id, p.name) not in acting]
    context: list[str] = []
    for e in ranked:
        for c in e.context or []:
            if c not in context:
                context.append(c)
    evidence = []
    seen_ev: set[tuple] = set()
    for e in sorted(members, key=lambda e: (published[e.id] or "9999", e.id)):
        for ev in e.evidence:
            key = (ev.article_id, ev.start, ev.end)
            if key not in seen_ev:
                seen_ev.add(key)
                evidence.append(ev)
    best_per_group: dict[str, float] = {}
    for e in members:
        g = group_of[e.id]
        best_per_group[g] = max(best_per_group.get(g, 0.0), float(e.confidence or 0))
    miss = 1.0
    for best in best_per_group.values():
        miss *= 1.0 - min(max(best, 0.0), 1.0)
    confidence = round(min(0.99, 1.0 - miss), 4)

    quote = status_member.quote or next((e.quote for e in ranked if e.quote), None)
    merged = Event(
        id=cluster_id, article_id=None, event_type=type_member.event_type, mode=mode, context=context,
        actor=actors, recipient=recipients, date=date, location=location, counts=counts, status=status,
        attributed_to=attributed_to, denied_by=denied_by, quote=quote, score=type_member.score,
        quad_class=type_member.quad_class, cameo=type_member.cameo, confidence=confidence, evidence=evidence,
        cluster_id=cluster_id,
    )
    article_ids = sorted({e.article_id for e in members if e.article_id})
    dates = sorted(d for d in (infos[a].published for a in article_ids if a in infos) if d)
    return Cluster(
        id=cluster_id,
        event=merged,
        members=[e.id for e in sorted(members, key=lambda e: (published[e.id] or "9999", e.id))],
        n_articles=len(article_ids),
        n_sources=len(set(group_of.values())),
        first_reported=dates[0] if dates else None,
        contradictions=_contradictions(members, date, published),
        resolution=previous.resolution if previous else None,
        resolved_by=previous.resolved_by if previous else None,
        supplied_by=supplied,
    )


def _union_people(sides: Iterable[list[EventActor]]) -> list[EventActor]:
    seen: dict[str, EventActor] = {}
    freq: Counter[str] = Counter()
    order: list[str] = []
    for people in sides:
        for p in people:
            key = actor_key(p.actor_id, p.name)
            freq[key] += 1
            if key not in seen:
                seen[key] = EventActor(actor_id=p.actor_id, name=p.name, text=p.text)
                order.append(key)
    first = {k: i for i, k in enumerate(order)}
    return [seen[k] for k in sorted(order, key=lambda k: (-freq[k], first[k]))]


def _value_entries(pairs: list[tuple[Any, Event]]) -> list[dict[str, Any]]:
    by_value: dict[Any, list[Event]] = defaultdict(list)
    for value, e in pairs:
        by_value[value].append(e)
    return [
        {"value": value, "event_ids": [e.id for e in evs], "article_ids": sorted({e.article_id for e in evs if e.article_id})}
        for value, evs in sorted(by_value.items(), key=lambda kv: str(kv[0]))
    ]


def _contradictions(members: list[Event], merged_date: EventDate, published: dict[str, str | None]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for name in ("killed", "injured", "arrested"):
        pairs = [(getattr(e.counts, name), e) for e in members if e.counts and getattr(e.counts, name) is not None]
        if len({v for v, _ in pairs}) > 1:
            out.append({"field": f"counts.{name}", "values": _value_entries(pairs)})
    m_start, m_end = parse_day(merged_date.start), parse_day(merged_date.end, end=True)
    if m_start and m_end:
        clash = []
        for e in members:
            s, t = parse_day(e.date.start), parse_day(e.date.end, end=True)
            if s and t and (t < m_start or s > m_end):
                clash.append(e)
        if clash:
            agreeing = [e for e in members if e not in clash and e.date.start and e.date.end]
            pairs = [(f"{e.date.start}..{e.date.end}" if e.date.start != e.date.end else e.date.start, e)
                     for e in agreeing + clash]
            out.append({"field": "date", "values": _value_entries(pairs)})
    statuses = {e.status for e in members}
    if statuses & POSITIVE and statuses & NEGATIVE:
        pairs = [(e.status, e) for e in members if e.status in FACT_STATUSES]
        out.append({"field": "status", "values": _value_entries(pairs)})
    places = [(e.location.name, e) for e in members
              if e.location and e.location.name and (e.location.precision or "") in ("city", "site")]
    names = {n.casefold() for n, _ in places}
    if len(names) > 1 and not any(a != b and a in b for a in names for b in names):
        out.append({"field": "location", "values": _value_entries(places)})
    return out
