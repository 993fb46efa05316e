"""What the search page reads beyond a page of units: the total count, the facets with counts, the results by month,
and every row of the result for its downloads, in one of ``models.SEARCH_SORTS``. The one place of this SQL (it reads
the same filtered query as the page, ``Unit.select``); the rows on screen and the rows downloaded come from one query in
one order, so a download is the screen's pages end to end. Reached through ``Annalyst`` (``search_page``,
``search_summary``, ``count_units``, ``count_articles``, ``iter_search_records``, ``unit_records``).

The total counts at most ``COUNT_CAP`` rows (past that it is a lower bound and says so: ``total_capped``); the facets
and the month counts read at most ``FACET_WINDOW`` results (the first ones in the page's order, as the network and
actor aggregates read a window), so a page over a million events costs a bounded read, never a scan of the whole store.
"""

from __future__ import annotations

from typing import Any, Iterator

import sqlalchemy as sa

from ..models import SEARCH_SORTS, Filters
from .core import Store
from .queries import cluster_record, event_records
from .views import Unit, _unit_summary

__all__ = [
    "COUNT_CAP", "FACET_WINDOW", "DOWNLOAD_ROWS", "ordered_select", "page", "count", "summary", "iter_records",
    "records", "count_articles",
]

#: rows a count reads at most
COUNT_CAP = 100_000
#: results the facets and the month counts read at most (the first ones in the page's order past that)
FACET_WINDOW = 10_000
#: rows a page download holds at most (the API's export endpoints have no such cap)
DOWNLOAD_ROWS = 100_000
#: actors listed in the actor facet
TOP_ACTORS = 10


def ordered_select(store: Store, f: Filters, unit: Unit, cols: list[Any], sort: str = "-date") -> sa.Select:
    """The units matching ``f`` in the order ``sort`` (one of ``models.SEARCH_SORTS``), ties by id: one total order,
    so offset pages never repeat or skip a row and a download has the screen's order."""
    if sort not in SEARCH_SORTS:
        from ..errors import ConfigError

        raise ConfigError(f"unknown sort {sort!r}: one of {', '.join(SEARCH_SORTS)}")
    table = unit.table
    if sort in ("date", "-date"):
        return unit.select(store, f, cols, sort=sort).order_by(table.c.id)
    query = unit.select(store, f, cols, sort="id").order_by(None)
    newest = table.c.date_start.desc() if store.dialect == "sqlite" else table.c.date_start.desc().nulls_last()
    if sort == "-sources" and unit.kind == "cluster":
        return query.order_by(table.c.n_sources.desc(), table.c.n_articles.desc(), newest, table.c.id)
    if sort == "-sources":  # an extracted event has one source: newest first
        return query.order_by(newest, table.c.id)
    # unscored units last in both directions
    score = table.c.score.desc() if sort == "-score" else table.c.score.asc()
    return query.order_by(table.c.score.is_(None), score, newest, table.c.id)


def page(store: Store, f: Filters, unit: Unit, *, sort: str = "-date", limit: int = 50,
         offset: int = 0) -> tuple[list[dict[str, Any]], bool]:
    """One page of unit summaries in ``sort`` order, and whether more follow."""
    query = ordered_select(store, f, unit, [unit.table.c.id, unit.table.c.record], sort).limit(limit + 1).offset(offset)
    with store.read() as conn:
        rows = conn.execute(query).all()
    return [_unit_summary(r, unit) for r in rows[:limit]], len(rows) > limit


def iter_records(store: Store, f: Filters, unit: Unit, *, sort: str = "-date", batch: int = 1000,
                 max_rows: int = DOWNLOAD_ROWS) -> Iterator[dict[str, Any]]:
    """Every unit on the search's pages, as records (the Cluster record, or the Event record before clustering), in
    the page's order: the same query as ``page``, read ``batch`` rows at a time."""
    cols = [unit.table.c.id, unit.table.c.record] + ([unit.table.c.cluster_id] if unit.kind == "event" else [])
    query = ordered_select(store, f, unit, cols, sort)
    n = 0
    while n < max_rows:
        with store.read() as conn:
            rows = conn.execute(query.limit(min(batch, max_rows - n)).offset(n)).all()
        if not rows:
            return
        if unit.kind == "cluster":
            records = [cluster_record(r.record, r) for r in rows]
        else:
            records = event_records((r.record, r.cluster_id) for r in rows)
        yield from records
        n += len(rows)
        if len(rows) < batch:
            return


def records(store: Store, unit: Unit, ids: list[str]) -> Iterator[dict[str, Any]]:
    """The records of the units ``ids`` (a timeline's rows), in that order."""
    cols = [unit.table.c.id, unit.table.c.record] + ([unit.table.c.cluster_id] if unit.kind == "event" else [])
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        with store.read() as conn:
            rows = {r.id: r for r in conn.execute(sa.select(*cols).where(unit.table.c.id.in_(part)))}
        for uid in part:
            r = rows.get(uid)
            if r is None:
                continue
            yield cluster_record(r.record, r) if unit.kind == "cluster" else event_records([(r.record, r.cluster_id)])[0]


def _filtered(store: Store, f: Filters, unit: Unit, cols: list[Any]) -> sa.Select:
    """The units matching ``f``, in no particular order (for counting)."""
    return unit.select(store, f, cols, sort="id").order_by(None)


def count(store: Store, f: Filters, unit: Unit) -> tuple[int, bool]:
    """``(total, capped)``: how many units match ``f`` (at most ``COUNT_CAP``; ``capped`` when more do)."""
    inner = _filtered(store, f, unit, [unit.table.c.id]).limit(COUNT_CAP + 1).subquery()
    with store.read() as conn:
        n = conn.execute(sa.select(sa.func.count()).select_from(inner)).scalar_one()
    return min(n, COUNT_CAP), n > COUNT_CAP


def summary(store: Store, f: Filters, unit: Unit, sort: str = "-date") -> dict[str, Any]:
    """The total, the facets (type, quad class, status, busiest actors: value, count) and the results by month
    (``months``: ``"2025-07"`` -> n, ``None`` for undated).
    The facets and the histogram read every result when there are at most ``FACET_WINDOW``, else the first
    ``FACET_WINDOW`` in the page's order (``facets_window`` says which). Type, quad class and status counts each add
    up to the rows read; a unit counts once for each actor it names."""
    from .directory import directory

    total, capped = count(store, f, unit)
    t = unit.table
    cols = [t.c.id, t.c.event_type, t.c.status, t.c.quad_class, t.c.date_start]
    windowed = total > FACET_WINDOW
    query = ordered_select(store, f, unit, cols, sort).limit(FACET_WINDOW) if windowed else _filtered(store, f, unit, cols)
    w = query.subquery("w")
    month = sa.func.substr(w.c.date_start, 1, 7)
    grouped = sa.select(w.c.event_type, w.c.quad_class, w.c.status, month, sa.func.count()).group_by(
        w.c.event_type, w.c.quad_class, w.c.status, month)
    a = unit.actors
    key = a.c[unit.key]
    busiest = (sa.select(a.c.actor_key, sa.func.count(sa.distinct(key)).label("n"))
               .where(key.in_(sa.select(w.c.id))).group_by(a.c.actor_key)
               .order_by(sa.desc("n"), a.c.actor_key).limit(TOP_ACTORS))
    with store.read() as conn:
        rows = conn.execute(grouped).all()
        actor_rows = conn.execute(busiest).all()
    facets: dict[str, dict[Any, int]] = {"event_type": {}, "quad_class": {}, "status": {}}
    months: dict[str | None, int] = {}
    read = 0
    for event_type, quad, status, m, n in rows:
        read += n
        for name, value in (("event_type", event_type), ("quad_class", quad), ("status", status)):
            facets[name][value] = facets[name].get(value, 0) + n
        months[m] = months.get(m, 0) + n
    names = directory(store).names([r.actor_key for r in actor_rows])
    out = {name: [{"value": v, "n": n} for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))]
           for name, counts in facets.items()}
    out["party"] = [{"value": r.actor_key, "name": names.get(r.actor_key, r.actor_key), "n": r.n} for r in actor_rows]
    return {"total": total, "total_capped": capped, "facets": out, "months": months,
            "facets_window": {"rows": read, "limit": FACET_WINDOW, "truncated": windowed}}


# -------------------------------------------------------------------------------------------- articles


def count_articles(store: Store, f: Filters) -> tuple[int, bool]:
    """How many articles match the article filters of ``f`` (q, language, source, since/until on publication), as
    ``store.list_articles`` reads them; at most ``COUNT_CAP`` (``capped`` when more do)."""
    from . import schema as t

    a = t.articles
    query = sa.select(a.c.id)
    if f.q:
        query = query.where(a.c.id.in_(store.search_ids(f.q)))
    if f.language:
        query = query.where(a.c.language == f.language)
    if f.source:
        query = query.where(a.c.site == f.source)
    if f.since:
        query = query.where(a.c.published_date >= f.since)
    if f.until:
        query = query.where(a.c.published_date <= f.until)
    inner = query.limit(COUNT_CAP + 1).subquery()
    with store.read() as conn:
        n = conn.execute(sa.select(sa.func.count()).select_from(inner)).scalar_one()
    return min(n, COUNT_CAP), n > COUNT_CAP
