"""What each page shows, as plain data (the JSON twin of the page is exactly this): the overview, a clustered
event with its sources, an article with what was found in it, an actor, a dyad's series, the network, the map.

Aggregates over many units (counterparts, activity, network, map) read a bounded window of the most recent
units matching the filters (``window``), so a page over a million events costs what the window costs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from ..errors import NotFound
from ..store import Store
from ..store import schema as t
from ..store.clusters import pair_conditions
from ..store.extractions import actor_key
from .actors import aliases_by_script, directory
from .queries import (
    Filters,
    _clusters_select,
    _events_select,
    _desc,
    _key_match,
    actor_ids_for,
    event_records,
    has_clusters,
)

__all__ = [
    "Unit", "unit_for", "units_page", "summaries", "overview", "event_view", "article_view", "actor_profile", "dyad_series", "network", "located",
    "CONTEXT_CHARS",
]

#: characters of article text shown on each side of an evidence sentence
CONTEXT_CHARS = 280
#: most recent units an aggregate reads (counterparts, activity, network), and the map (which reads whole records)
WINDOW = 10_000
MAP_WINDOW = 5_000


@dataclass(frozen=True)
class Unit:
    """Clusters (``kind="cluster"``) once the store is clustered, extracted events before that."""

    kind: str
    table: sa.Table
    actors: sa.Table
    key: str  # the id column of ``actors`` that points at the unit

    def select(self, store: Store, f: Filters, cols: list[Any], sort: str = "-date") -> sa.Select:
        fn = _clusters_select if self.kind == "cluster" else _events_select
        return fn(store, f, cols, sort=sort)


CLUSTER_UNIT = Unit("cluster", t.clusters, t.cluster_actors, "cluster_id")
EVENT_UNIT = Unit("event", t.events, t.event_actors, "event_id")


def unit_for(store: Store) -> Unit:
    return CLUSTER_UNIT if has_clusters(store) else EVENT_UNIT


def _period(day: str | None) -> str | None:
    return day[:7] if day else None


def _unit_summary(row: Any, unit: Unit) -> dict[str, Any]:
    record = row.record if isinstance(row.record, dict) else {}
    event = record.get("event", record) if unit.kind == "cluster" else record
    if not isinstance(event, dict):
        event = {}
    out = {
        "id": row.id,
        "unit": unit.kind,
        "event_type": event.get("event_type"),
        "mode": event.get("mode"),
        "status": event.get("status"),
        "attributed_to": event.get("attributed_to"),
        "denied_by": event.get("denied_by") or [],
        "date": (event.get("date") or {}).get("start"),
        "date_start": (event.get("date") or {}).get("start"),
        "date_end": (event.get("date") or {}).get("end"),
        "granularity": (event.get("date") or {}).get("granularity"),
        "date_text": (event.get("date") or {}).get("text"),
        "score": event.get("score"),
        "actor": [a.get("name") for a in event.get("actor") or []],
        "recipient": [a.get("name") for a in event.get("recipient") or []],
        # the actor page of each name, in the same order (the store's actor key: id, or text:<name>)
        "actor_keys": [actor_key(a.get("actor_id"), a.get("name") or "") for a in event.get("actor") or []],
        "recipient_keys": [actor_key(a.get("actor_id"), a.get("name") or "") for a in event.get("recipient") or []],
        "sentence": next((ev.get("sentence") for ev in event.get("evidence") or []), None),
    }
    if unit.kind == "cluster":
        out.update(n_articles=record.get("n_articles"), n_sources=record.get("n_sources"), resolution=record.get("resolution"),
                   first_reported=record.get("first_reported"))
    return out


def units_page(store: Store, f: Filters, *, limit: int = 50, offset: int = 0, sort: str = "-date",
               unit: Unit | None = None) -> tuple[list[dict[str, Any]], bool]:
    """A page of unit summaries (for lists in pages)."""
    unit = unit or unit_for(store)
    query = unit.select(store, f, [unit.table.c.id, unit.table.c.record], sort=sort).limit(limit + 1).offset(offset)
    with store.read() as conn:
        rows = conn.execute(query).all()
    return [_unit_summary(r, unit) for r in rows[:limit]], len(rows) > limit


def summaries(store: Store, ids: list[str], unit: Unit | None = None) -> dict[str, dict[str, Any]]:
    """Unit summaries by id (for timelines built from a series)."""
    unit = unit or unit_for(store)
    out: dict[str, dict[str, Any]] = {}
    with store.read() as conn:
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            for row in conn.execute(sa.select(unit.table.c.id, unit.table.c.record).where(unit.table.c.id.in_(part))):
                out[row.id] = _unit_summary(row, unit)
    return out


# --------------------------------------------------------------------------------------------- overview


def overview(store: Store) -> dict[str, Any]:
    unit = unit_for(store)
    with store.read() as conn:
        counts = {
            name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            for name, table in (("articles", t.articles), ("events", t.events), ("clusters", t.clusters))
        }
    recent, _ = units_page(store, Filters(), limit=15, unit=unit)
    net = network(store, Filters(), max_nodes=15, max_edges=40, window=2000, unit=unit)
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for e in net["edges"]:
        # a relation in either direction is one dyad; the busier direction names it
        key = tuple(sorted((e["source"], e["target"])))
        slot = merged.get(key)
        if slot is None:
            merged[key] = {"a": e["source"], "b": e["target"], "a_name": net["names"].get(e["source"]),
                           "b_name": net["names"].get(e["target"]), "n": e["weight"],
                           "_sum": (e["mean_score"] or 0) * e["weight"], "_scored": e["weight"] if e["mean_score"] is not None else 0}
        else:
            slot["n"] += e["weight"]
            if e["mean_score"] is not None:
                slot["_sum"] += e["mean_score"] * e["weight"]
                slot["_scored"] += e["weight"]
    dyads = sorted(merged.values(), key=lambda d: (-d["n"], d["a"], d["b"]))[:10]
    for d in dyads:
        scored = d.pop("_scored")
        total = d.pop("_sum")
        d["mean_score"] = round(total / scored, 3) if scored else None
    actors = [{"id": n["id"], "name": n["name"], "n": n["weight"]} for n in net["nodes"][:12]]
    return {"unit": unit.kind, "counts": counts, "recent": recent, "top_dyads": dyads, "top_actors": actors}


# --------------------------------------------------------------------------------------- event (cluster)


def _article_meta(conn: sa.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    a = t.articles
    if not ids:
        return {}
    rows = conn.execute(sa.select(a.c.id, a.c.title, a.c.site, a.c.url, a.c.published_date, a.c.published_source,
                                  a.c.language, a.c.text).where(a.c.id.in_(ids))).all()
    return {r.id: {"id": r.id, "title": r.title, "site": r.site, "url": r.url, "published": r.published_date,
                   "published_source": r.published_source, "language": r.language, "_text": r.text} for r in rows}


def _evidence_context(text: str, ev: dict[str, Any]) -> dict[str, Any]:
    start, end = int(ev.get("start") or 0), int(ev.get("end") or 0)
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    lo = max(0, start - CONTEXT_CHARS)
    hi = min(len(text), end + CONTEXT_CHARS)
    # snap to whitespace so the context does not start or end mid-word
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    trigger = ev.get("trigger") or ""
    t_start = t_end = None
    if trigger:
        pos = text.lower().find(trigger.lower(), start, end)
        if pos >= 0:
            t_start, t_end = pos, pos + len(trigger)
    return {
        "sentence": ev.get("sentence"), "start": start, "end": end, "trigger": trigger or None,
        "trigger_start": t_start, "trigger_end": t_end,
        "context": {"start": lo, "end": hi, "text": text[lo:hi], "leading": lo > 0, "trailing": hi < len(text)},
    }


def event_view(store: Store, unit_id: str) -> dict[str, Any]:
    """A cluster with every member event and the sentence each source states it in; an event id that belongs
    to a cluster gives ``{"redirect": cluster_id}``; an unclustered event is shown as a cluster of one."""
    c, m, e = t.clusters, t.cluster_members, t.events
    with store.read() as conn:
        crow = conn.execute(sa.select(c.c.id, c.c.record).where(c.c.id == unit_id)).first()
        if crow is not None:
            rows = conn.execute(
                sa.select(e.c.record, e.c.cluster_id).select_from(m.join(e, e.c.id == m.c.event_id))
                .where(m.c.cluster_id == unit_id).order_by(e.c.date_start, e.c.id)
            ).all()
            members = event_records(rows)
            cluster = dict(crow.record)
            cluster["id"] = crow.id
            kind = "cluster"
        else:
            erow = conn.execute(sa.select(e.c.record, e.c.cluster_id).where(e.c.id == unit_id)).first()
            if erow is None:
                raise NotFound(f"no event or cluster with id {unit_id!r}")
            if erow.cluster_id and conn.execute(sa.select(c.c.id).where(c.c.id == erow.cluster_id)).first():
                return {"redirect": erow.cluster_id}
            members = event_records([erow])
            cluster = {"id": unit_id, "event": members[0], "members": [unit_id], "n_articles": 1,
                       "n_sources": 1, "first_reported": None, "contradictions": [], "resolution": None}
            kind = "event"
        meta = _article_meta(conn, sorted({ev["article_id"] for ev in members if ev.get("article_id")}))
        resolved = None
        if cluster.get("resolved_by"):
            r = conn.execute(sa.select(c.c.id, c.c.record).where(c.c.id == cluster["resolved_by"])).first()
            if r is not None:
                resolved = {"id": r.id, "event_type": r.record.get("event", {}).get("event_type"),
                            "date": (r.record.get("event", {}).get("date") or {}).get("start")}
    sources = []
    for ev in members:
        art = meta.get(ev.get("article_id") or "")
        text = art["_text"] if art else ""
        evidence = [_evidence_context(text, x) for x in ev.get("evidence") or [] if x.get("article_id") in (None, ev.get("article_id"))]
        sources.append({
            "event": ev,
            "article": {k: v for k, v in art.items() if k != "_text"} if art else None,
            "evidence": evidence,
        })
    sources.sort(key=lambda s: ((s["article"] or {}).get("published") or "9999", s["event"]["id"]))  # type: ignore[call-overload, index, union-attr]
    return {"unit": kind, "cluster": cluster, "sources": sources, "resolved_by": resolved}


# ---------------------------------------------------------------------------------------------- article


def article_view(store: Store, article_id: str) -> dict[str, Any]:
    """An article with its metadata, furniture, and what extraction found (mentions, times, quotes, events)."""
    result = store.extraction(article_id)
    article = result.article
    a = t.article_links
    with store.read() as conn:
        links = [
            {"article_id": r.other_id if r.article_id == article.id else r.article_id, "kind": r.kind,
             "similarity": r.similarity, "direction": "original" if r.article_id == article.id else "copy"}
            for r in conn.execute(sa.select(a).where(sa.or_(a.c.article_id == article.id, a.c.other_id == article.id)))
        ]
        titles = _article_meta(conn, [x["article_id"] for x in links])
    for link in links:
        link["title"] = (titles.get(link["article_id"]) or {}).get("title")
    names = directory(store).names(sorted({m.actor_id for m in result.mentions if m.actor_id}))
    mentions = [dict(m.to_dict(), name=names.get(m.actor_id or "")) for m in result.mentions]
    return {
        "article": article.to_dict(),
        "source": public_source(article.source),
        "section": article.section,
        "mentions": mentions,
        "time_expressions": [x.to_dict() for x in result.time_expressions],
        "quotes": [q.to_dict() for q in result.quotes],
        "events": [e.to_dict() for e in result.events],
        "links": links,
    }


def public_source(source: str | None) -> str | None:
    """Where an article was read from, as a viewer may see it: a URL as it is, a file by its name only (never the
    server's folders), a JSON Lines line as ``name.jsonl:3``."""
    if not source:
        return None
    if "://" in source and not source.startswith("file:"):
        return source
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or None


# ------------------------------------------------------------------------------------------------ actor


def _unit_actor_rows(conn: sa.Connection, unit: Unit, ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    """(side, actor_key) rows of each unit id."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    col = unit.actors.c[unit.key]
    for i in range(0, len(ids), 900):
        part = ids[i:i + 900]
        for r in conn.execute(sa.select(col, unit.actors.c.side, unit.actors.c.actor_key).where(col.in_(part))):
            out[r[0]].append((r[1], r[2]))
    return out


def _pairs(rows: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(a, b, kind) pairs of a unit: actor -> recipient, and actor <-> actor when the unit has no recipient."""
    actors = sorted({k for s, k in rows if s == "actor"})
    recipients = sorted({k for s, k in rows if s == "recipient"})
    if recipients:
        return [(a, b, "directed") for a in actors for b in recipients if a != b]
    return [(a, b, "mutual") for i, a in enumerate(actors) for b in actors[i + 1:]]


def actor_profile(store: Store, key: str, f: Filters | None = None, *, window: int = WINDOW) -> dict[str, Any]:
    """An actor: record (aliases by script, dated roles), how often it acts and is acted on, its top counterparts
    and its activity by month, over the ``window`` most recent units it takes part in."""
    f = f or Filters()
    names = directory(store)
    actor = names.get(key)
    unit = unit_for(store)
    scoped = Filters(**{**f.given(), "party": key, "actor": None, "recipient": None})
    keys = set(actor_ids_for(store, key))
    query = unit.select(store, scoped, [unit.table.c.id, unit.table.c.date_start, unit.table.c.score]).limit(window)
    with store.read() as conn:
        rows = conn.execute(query).all()
        sides = _unit_actor_rows(conn, unit, [r.id for r in rows])
        seen_name = None
        if actor is None:
            x = t.event_actors
            hit = conn.execute(sa.select(x.c.name).where(sa.or_(x.c.actor_id == key, x.c.actor_key == key)).limit(1)).first()
            seen_name = hit[0] if hit else None
    if actor is None and not rows and seen_name is None:
        raise NotFound(f"no actor {key!r}")
    as_actor = as_recipient = 0
    counter: dict[str, dict[str, Any]] = {}
    activity: dict[str, dict[str, Any]] = {}
    for r in rows:
        mine = {s for s, k in sides.get(r.id, []) if k in keys}
        as_actor += "actor" in mine
        as_recipient += "recipient" in mine
        period = _period(r.date_start)
        if period:
            slot = activity.setdefault(period, {"period": period, "n": 0, "as_actor": 0, "as_recipient": 0, "_scores": []})
            slot["n"] += 1
            slot["as_actor"] += "actor" in mine
            slot["as_recipient"] += "recipient" in mine
            if r.score is not None:
                slot["_scores"].append(r.score)
        for a, b, _kind in _pairs(sides.get(r.id, [])):
            other = b if a in keys else a if b in keys else None
            if other is None or other in keys:
                continue
            slot = counter.setdefault(other, {"id": other, "n": 0, "_scores": []})
            slot["n"] += 1
            if r.score is not None:
                slot["_scores"].append(r.score)
    top = sorted(counter.values(), key=lambda x: (-x["n"], x["id"]))[:20]
    display = names.names([x["id"] for x in top])
    for x in top:  # type: ignore[assignment]
        x["name"] = display.get(x["id"], x["id"])  # type: ignore[index]
        x["mean_score"] = _mean(x.pop("_scores"))  # type: ignore[attr-defined, index]
    series = [dict(v, mean_score=_mean(v.pop("_scores"))) for _, v in sorted(activity.items())]
    recent, _ = units_page(store, scoped, limit=30, unit=unit)
    return {
        "id": key,
        "name": actor.name if actor else (seen_name or names.name(key)),
        "actor": actor.to_dict() if actor else None,
        "aliases_by_script": aliases_by_script(actor) if actor else [],
        "roles": [r.to_dict() for r in actor.roles] if actor else [],
        "unit": unit.kind,
        "window": {"units": len(rows), "limit": window, "truncated": len(rows) >= window},
        "counts": {"units": len(rows), "as_actor": as_actor, "as_recipient": as_recipient},
        "counterparts": top,
        "activity": series,
        "recent": recent,
        "filters": f.given(),
    }


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


# ------------------------------------------------------------------------------------------------- dyad


def dyad_series(store: Store, a: str, b: str, f: Filters | None = None, *, limit: int = 500) -> dict[str, Any]:
    """The PLOVER-score series of the relation between ``a`` and ``b``: one point per unit (cluster or event)
    with ``a`` and ``b`` on opposite sides, or both acting together with no recipient. ``points`` holds the latest
    ``limit`` of them, oldest first; ``periods`` (count and mean score of realised events by month) covers all."""
    f = f or Filters()
    unit = unit_for(store)
    keys_a, keys_b = actor_ids_for(store, a), actor_ids_for(store, b)
    with store.read() as conn:  # one transaction: the points and the periods see the same store
        if unit.kind == "cluster":
            rows, periods = _cluster_dyad(store, conn, keys_a, keys_b, f, limit)
        else:
            rows, periods = _event_dyad(store, conn, keys_a, keys_b, f, limit)
    truncated = len(rows) > limit
    points: list[dict[str, Any]] = []
    seen: set[str] = set()
    for r in rows[:limit]:
        if r.id in seen:
            continue
        seen.add(r.id)
        direction = "mutual" if r.side_a == r.side_b else ("a->b" if r.side_a == "actor" else "b->a")
        point = {"id": r.id, "date": r.date_start, "date_start": r.date_start, "date_end": r.date_end, "granularity": r.granularity,
                 "score": r.score, "event_type": r.event_type, "status": r.status, "direction": direction}
        if unit.kind == "cluster":
            point.update(n_articles=r.n_articles, n_sources=r.n_sources, resolution=r.resolution)
        points.append(point)
    points.reverse()  # read newest first (so a limit keeps the latest); shown oldest first
    names = directory(store)
    return {
        "a": {"id": a, "name": names.name(keys_a[0] if keys_a else a, a)},
        "b": {"id": b, "name": names.name(keys_b[0] if keys_b else b, b)},
        "unit": unit.kind,
        "points": points,
        "periods": periods,
        "truncated": truncated,
        "filters": f.given(),
    }


#: statuses whose score enters the monthly mean (allegations, denials, forecasts, proposals and what did not happen
#: do not: the line shows what sources tell as having happened)
_REALISED = ("asserted", "attributed")


def _periods(conn: sa.Connection, inner: sa.Select) -> list[dict[str, Any]]:
    """Units and mean realised score by month over ``inner`` (rows: id, date_start, score, status), in SQL. (A unit
    with two rows for the dyad, e.g. an actor on both sides, counts once but weighs twice in the mean.)"""
    d = inner.subquery()
    month = sa.func.substr(d.c.date_start, 1, 7)
    realised = sa.case((d.c.status.in_(_REALISED), d.c.score), else_=None)
    query = (sa.select(month, sa.func.count(sa.distinct(d.c.id)), sa.func.avg(realised)).where(d.c.date_start.is_not(None))
             .group_by(month).order_by(month))
    return [{"period": r[0], "n": r[1], "mean_score": None if r[2] is None else round(float(r[2]), 3)}
            for r in conn.execute(query)]


def _cluster_dyad(store: Store, conn: sa.Connection, keys_a: list[str], keys_b: list[str], f: Filters,
                  limit: int) -> tuple[list[Any], list[dict[str, Any]]]:
    """Through ``cluster_pairs``: one range of its covering index over the dyad's own rows, however busy each actor
    is; the clusters table is read only for the points returned."""
    p, c = t.cluster_pairs, t.clusters
    cond = pair_conditions(p, keys_a, keys_b, directed=False)
    if f.event_type:
        cond.append(p.c.event_type == f.event_type)
    if f.status:
        cond.append(p.c.status == f.status)
    if f.since:  # the store's meaning: the interval ends on or after since
        cond.append(sa.func.coalesce(p.c.date_end, p.c.date_start) >= f.since)
    if f.until:
        cond.append(p.c.date_start <= f.until)
    # newest first, ties by id (the same order on every backend)
    latest = (sa.select(p.c.cluster_id, p.c.date_start, p.c.side_a, p.c.side_b).where(*cond)
              .order_by(_desc(store, p.c.date_start), p.c.cluster_id.desc()).limit(limit + 1).subquery())
    query = (
        sa.select(c.c.id, latest.c.date_start, c.c.date_end, c.c.granularity, c.c.score, c.c.event_type, c.c.status,
                  latest.c.side_a, latest.c.side_b, c.c.n_articles, c.c.n_sources, c.c.resolution)
        .select_from(latest.join(c, c.c.id == latest.c.cluster_id))
        .order_by(_desc(store, latest.c.date_start), latest.c.cluster_id.desc())
    )
    rows = conn.execute(query).all()
    periods = _periods(conn, sa.select(p.c.cluster_id.label("id"), p.c.date_start, p.c.score, p.c.status).where(*cond))
    return rows, periods  # type: ignore[return-value]


def _event_dyad(store: Store, conn: sa.Connection, keys_a: list[str], keys_b: list[str], f: Filters,
                limit: int) -> tuple[list[Any], list[dict[str, Any]]]:
    """Before clustering: a join of the events' actor rows (walks the first actor's rows)."""
    e, ea = t.events, t.event_actors
    one, two, rec = ea.alias("one"), ea.alias("two"), ea.alias("rec")
    cond = [
        _key_match(one.c.actor_key, keys_a), _key_match(two.c.actor_key, keys_b),
        one.c.actor_key != two.c.actor_key,
        sa.or_(one.c.side != two.c.side,
               sa.and_(one.c.side == "actor", two.c.side == "actor",
                       ~sa.exists().where(rec.c.event_id == one.c.event_id, rec.c.side == "recipient"))),
    ]
    if f.event_type:
        cond.append(e.c.event_type == f.event_type)
    if f.status:
        cond.append(e.c.status == f.status)
    if f.since:  # the store's meaning: the interval ends on or after since
        cond.append(sa.func.coalesce(e.c.date_end, one.c.date_start) >= f.since)
    if f.until:
        cond.append(one.c.date_start <= f.until)
    joined = one.join(two, two.c.event_id == one.c.event_id).join(e, e.c.id == one.c.event_id)
    query = (
        sa.select(e.c.id, one.c.date_start, e.c.date_end, e.c.granularity, e.c.score, e.c.event_type, e.c.status,
                  one.c.side.label("side_a"), two.c.side.label("side_b"))
        .select_from(joined).where(*cond).order_by(_desc(store, one.c.date_start), e.c.id.desc()).limit(limit + 1)
    )
    rows = conn.execute(query).all()
    periods = _periods(conn, sa.select(e.c.id, one.c.date_start, e.c.score, e.c.status).select_from(joined).where(*cond))
    return rows, periods  # type: ignore[return-value]


# ---------------------------------------------------------------------------------------------- network


def network(store: Store, f: Filters | None = None, *, max_nodes: int = 60, max_edges: int = 300,
            window: int = WINDOW, unit: Unit | None = None) -> dict[str, Any]:
    """Actors as nodes, edges weighted by the units between them (over the ``window`` most recent units
    matching ``f``): ``{"nodes": [{id, name, weight}], "edges": [{source, target, weight, mean_score, kind, types}]}``
    (``types``: the edge's units by event type, which the page filters on)."""
    f = f or Filters()
    unit = unit or unit_for(store)
    query = unit.select(store, f, [unit.table.c.id, unit.table.c.score, unit.table.c.event_type]).limit(window)
    with store.read() as conn:
        rows = conn.execute(query).all()
        sides = _unit_actor_rows(conn, unit, [r.id for r in rows])
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        for a, b, kind in _pairs(sides.get(r.id, [])):
            key = (a, b) if kind == "directed" else tuple(sorted((a, b)))
            slot = edges.setdefault(key, {"source": key[0], "target": key[1], "weight": 0, "kind": kind, "_scores": [],  # type: ignore[arg-type]
                                          "types": {}})
            slot["weight"] += 1
            slot["types"][r.event_type or "?"] = slot["types"].get(r.event_type or "?", 0) + 1
            if r.score is not None:
                slot["_scores"].append(r.score)
    degree: dict[str, int] = defaultdict(int)
    for e in edges.values():
        degree[e["source"]] += e["weight"]
        degree[e["target"]] += e["weight"]
    keep = {k for k, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:max_nodes]}
    chosen = sorted((e for e in edges.values() if e["source"] in keep and e["target"] in keep),
                    key=lambda e: (-e["weight"], e["source"], e["target"]))[:max_edges]
    for e in chosen:
        e["mean_score"] = _mean(e.pop("_scores"))
    used = {e["source"] for e in chosen} | {e["target"] for e in chosen}
    names = directory(store).names(sorted(used))
    nodes = sorted(({"id": k, "name": names.get(k, k), "weight": degree[k]} for k in used), key=lambda n: (-n["weight"], n["id"]))
    return {"unit": unit.kind, "nodes": nodes, "edges": chosen, "names": names,
            "window": {"units": len(rows), "limit": window, "truncated": len(rows) >= window}, "filters": f.given()}


# -------------------------------------------------------------------------------------------------- map


def located(store: Store, f: Filters | None = None, *, window: int = MAP_WINDOW, max_places: int = 2000) -> dict[str, Any]:
    """Places where the ``window`` most recent matching units happened: ``{"places": [{name, country, lat, lon,
    precision, n, mean_score, units: [ids]}]}``; places known only by country carry ``lat``/``lon`` = None (the
    map puts them at the country's centroid)."""
    f = f or Filters()
    unit = unit_for(store)
    query = unit.select(store, f, [unit.table.c.id, unit.table.c.record, unit.table.c.score]).limit(window)
    with store.read() as conn:
        rows = conn.execute(query).all()
    places: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in rows:
        event = r.record.get("event", r.record) if unit.kind == "cluster" else r.record
        loc = event.get("location")
        if not loc or not (loc.get("lat") is not None or loc.get("country")):
            continue
        lat, lon = loc.get("lat"), loc.get("lon")
        key = (loc.get("name"), loc.get("country"), lat, lon)
        slot = places.setdefault(key, {"name": loc.get("name"), "country": loc.get("country"), "lat": lat, "lon": lon,
                                       "precision": loc.get("precision"), "n": 0, "_scores": [], "units": []})
        slot["n"] += 1
        if len(slot["units"]) < 20:
            slot["units"].append(r.id)
        if r.score is not None:
            slot["_scores"].append(r.score)
    out = sorted(places.values(), key=lambda p: (-p["n"], p["name"] or ""))[:max_places]
    for p in out:
        p["mean_score"] = _mean(p.pop("_scores"))
    return {"unit": unit.kind, "places": out, "window": {"units": len(rows), "limit": window,
                                                         "truncated": len(rows) >= window}, "filters": f.given()}
