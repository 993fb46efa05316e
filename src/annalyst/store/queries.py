"""The read queries of lists and exports (events, clusters, articles) behind ``Annalyst``'s read methods, which the
CLI, the web pages and the REST API call: SQLAlchemy Core over ``store/schema.py``, one ``models.Filters``.

Every value reaches SQL as a bound parameter. Lists are keyset- or offset-paginated and never unbounded: a page
asks for ``limit + 1`` rows to know whether another page follows, so no query counts a million rows.

The *unit* of the timelines, dyads and networks is the cluster (one real-world event, however many articles
report it) once the store has been clustered, and the extracted event before that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

import sqlalchemy as sa

from ..errors import ConfigError
from ..models import Event, Filters, Page
from . import schema as t

if TYPE_CHECKING:  # pragma: no cover
    from .core import Store

__all__ = [
    "has_clusters",
    "list_events",
    "event_record",
    "articles_summary",
    "article_list",
    "actor_ids_for",
    "search_events",
    "search_clusters",
    "iter_events",
    "iter_clusters",
    "search_articles",
    "article_list",
    "event_records",
]


# ----------------------------------------------------------------------------------------------- helpers


def has_clusters(store: Store) -> bool:
    """True once the store holds at least one cluster."""
    with store.read() as conn:
        return conn.execute(sa.select(t.clusters.c.id).limit(1)).first() is not None


def actor_ids_for(store: Store, value: str) -> list[str]:
    """The actor keys a filter value stands for (``directory.ActorDirectory.resolve``: an id, an exact name or alias,
    or ``text:<name>``); an unknown name raises ``UnknownActor`` with suggestions."""
    from .directory import directory

    if not value.strip():
        return []
    return directory(store).resolve(value)[1]


MAX_COUNT = 20_000


def _drive_first(store: Store, table: sa.Table, sides: list[tuple[str | None, list[str]]], since: str | None,
                 until: str | None) -> list[tuple[str | None, list[str]]]:
    """The actor filters, the one with the fewest rows first (counted on the key index, at most ``MAX_COUNT``
    each): the query then walks the smallest list and probes the others."""
    if len(sides) < 2:
        return sides
    counts = []
    with store.read() as conn:
        for side, keys in sides:
            cond = [_key_match(table.c.actor_key, keys)]
            if side:
                cond.append(table.c.side == side)
            if until:
                cond.append(table.c.date_start <= until)
            inner = sa.select(sa.literal(1)).select_from(table).where(*cond).limit(MAX_COUNT).subquery()
            counts.append(conn.execute(sa.select(sa.func.count()).select_from(inner)).scalar_one())
    order = sorted(range(len(sides)), key=lambda i: counts[i])
    return [sides[i] for i in order]


def _key_match(column_key: sa.ColumnElement, keys: list[str]) -> sa.ColumnElement:
    """A condition on the actor key alone: inside EXISTS sub-queries this lets SQLite probe the primary key
    (unit id, side, actor key) instead of walking an actor's whole index for every candidate row."""
    if not keys:
        return sa.false()
    return column_key.in_(keys) if len(keys) > 1 else column_key == keys[0]


def _fts_article_ids(store: Store, q: str) -> sa.Select:
    """A subquery of the ids of articles whose text matches ``q`` (FTS5 on SQLite, tsvector on PostgreSQL)."""
    return store.search_ids(q)


def _desc(store: Store, column: sa.ColumnElement) -> sa.ColumnElement:
    # SQLite sorts NULL first ascending and last descending, and then can walk the date index backwards;
    # PostgreSQL needs NULLS LAST said.
    return column.desc() if store.dialect == "sqlite" else column.desc().nulls_last()


def _ordered(store: Store, query: sa.Select, sort: str, date_col: sa.ColumnElement, id_col: sa.ColumnElement) -> sa.Select:
    """Sort by date (ties in index order on SQLite, which is stable; by id on PostgreSQL) or by id."""
    tie = [] if store.dialect == "sqlite" else [id_col]
    if sort == "date":  # oldest first, undated last (as ``Store.events`` and ``Store.clusters`` order)
        return query.order_by(date_col.asc().nulls_last(), id_col)
    if sort == "-date":
        return query.order_by(_desc(store, date_col), *tie)
    if sort == "id":
        return query.order_by(id_col)
    raise ConfigError(f"unknown sort {sort!r}: date, -date or id")


# ------------------------------------------------------------------------------------------------ events


def _unit_query(store: Store, f: Filters, cols: list[Any], unit: sa.Table, actor_rows: sa.Table,
                link: str) -> tuple[sa.Select, sa.ColumnElement]:
    """What event and cluster lists share: the actor filters, type, status and dates of ``f`` over ``unit`` (events or
    clusters) and its actor rows (joined on their column ``link``). With an actor filter the query walks that
    actor's (actor key, date) index, so a page of a busy actor's units costs what the page costs. Returns the query
    and the date column to order by."""
    sides = [(s, actor_ids_for(store, v)) for s, v in (("actor", f.actor), ("recipient", f.recipient), (None, f.party)) if v]
    sides = _drive_first(store, actor_rows, sides, f.since, f.until)
    query: sa.Select
    date_col: sa.ColumnElement
    if sides:
        side, keys = sides[0]
        drive = actor_rows.alias("drive")
        query = sa.select(*cols).select_from(drive.join(unit, unit.c.id == drive.c[link]))
        query = query.where(_key_match(drive.c.actor_key, keys))
        if side:
            query = query.where(drive.c.side == side)
        else:
            # an actor on both sides of one unit would list it twice: keep the actor-side row
            other = actor_rows.alias("other")
            query = query.where(sa.or_(
                drive.c.side == "actor",
                ~sa.exists().where(other.c[link] == drive.c[link], other.c.side == "actor",
                                   _key_match(other.c.actor_key, keys)),
            ))
        date_col = drive.c.date_start
        for side, keys in sides[1:]:
            x = actor_rows.alias()
            cond = _key_match(x.c.actor_key, keys)
            if side:
                cond = sa.and_(cond, x.c.side == side)
            # correlated with the driving row, not the unit: checked before the unit's row is read
            query = query.where(sa.exists().where(x.c[link] == drive.c[link], cond))
    else:
        query = sa.select(*cols).select_from(unit)
        date_col = unit.c.date_start
    if f.event_type:
        query = query.where(unit.c.event_type == f.event_type)
    if f.status:
        query = query.where(unit.c.status == f.status)
    if f.quad_class:
        query = query.where(unit.c.quad_class == f.quad_class)
    if f.min_sources:
        if "n_sources" in unit.c:
            query = query.where(unit.c.n_sources >= f.min_sources)
        else:  # an event counts the sources of its cluster
            c = t.clusters
            query = query.where(sa.exists().where(c.c.id == unit.c.cluster_id, c.c.n_sources >= f.min_sources))
    # the store's meaning (store.extractions / store.clusters): a unit is kept when its interval ends on or after
    # ``since`` and starts on or before ``until``; an undated cluster falls back on when it was first reported
    reported = [unit.c.first_reported] if "first_reported" in unit.c else []
    if f.since:
        query = query.where(sa.func.coalesce(unit.c.date_end, unit.c.date_start, *reported) >= f.since)
    if f.until:
        query = query.where((sa.func.coalesce(unit.c.date_start, *reported) if reported else unit.c.date_start) <= f.until)
    return query, date_col


def _events_select(store: Store, f: Filters, cols: list[Any], *, sort: str = "-date") -> sa.Select:
    """Events matching ``f`` (see ``_unit_query``); without an actor filter the query walks the (type, date) index."""
    e = t.events
    query, order_col = _unit_query(store, f, cols, e, t.event_actors, "event_id")
    if f.article_id:
        query = query.where(e.c.article_id == f.article_id)
    if f.cluster_id:
        query = query.where(e.c.cluster_id == f.cluster_id)
    if f.language or f.source:
        a = t.articles
        cond = [a.c.id == e.c.article_id]
        if f.language:
            cond.append(a.c.language == f.language)
        if f.source:
            cond.append(a.c.site == f.source)
        query = query.where(sa.exists().where(*cond))
    if f.q:
        query = query.where(e.c.article_id.in_(_fts_article_ids(store, f.q)))
    return _ordered(store, query, sort, order_col, e.c.id)


def event_records(rows: Any) -> list[dict[str, Any]]:
    """Event records (the architecture.md record) from (record, cluster_id) rows; the column is the truth for the
    cluster (a record may predate clustering)."""
    out = []
    for record, cluster_id in rows:
        record = dict(record)
        record["cluster_id"] = cluster_id
        out.append(record)
    return out


def search_events(store: Store, f: Filters, *, limit: int = 50, offset: int = 0, sort: str = "-date") -> Page:
    e = t.events
    query = _events_select(store, f, [e.c.record, e.c.cluster_id], sort=sort).limit(limit + 1).offset(offset)
    with store.read() as conn:
        rows = conn.execute(query).all()
    return Page.probed(event_records(rows), limit, offset)


def list_events(store: Store, f: Filters, *, limit: int | None = 100, offset: int = 0) -> list[Event]:
    """Events matching ``f`` as ``Event`` records, oldest first (undated last): ``annalyst events`` and
    ``Annalyst.events``. ``limit=None``: all of them."""
    e = t.events
    query = _events_select(store, f, [e.c.record, e.c.cluster_id], sort="date").offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with store.read() as conn:
        rows = conn.execute(query).all()
    return [Event.from_dict(r) for r in event_records(rows)]


def event_record(store: Store, event_id: str) -> dict[str, Any]:
    """One event's record with its ``cluster_id`` (the column is the truth: a record may predate clustering)."""
    from ..errors import NotFound

    e = t.events
    with store.read() as conn:
        row = conn.execute(sa.select(e.c.record, e.c.cluster_id).where(e.c.id == event_id)).first()
    if row is None:
        raise NotFound(f"no event with id {event_id!r}")
    return event_records([row])[0]


def iter_events(store: Store, f: Filters, *, batch: int = 1000, max_rows: int | None = None) -> Iterator[dict[str, Any]]:
    """Every event matching ``f``, in id order, read in bounded batches (keyset on the id). The filters are checked
    now (an unknown actor raises here), not when the first row is read: a download never starts and then breaks."""
    _events_select(store, f, [t.events.c.id])
    return _iter_events(store, f, batch, max_rows)


def _iter_events(store: Store, f: Filters, batch: int, max_rows: int | None) -> Iterator[dict[str, Any]]:
    e = t.events
    select = _events_select(store, f, [e.c.id, e.c.record, e.c.cluster_id], sort="id")
    return _by_id(store, lambda last: select.where(e.c.id > last).limit(batch),
                  lambda rows: event_records((r[1], r[2]) for r in rows), max_rows)


def _by_id(store: Store, query_after: Callable[[str], sa.Select], records: Callable[[Sequence[Any]], Iterable[dict[str, Any]]],
           max_rows: int | None) -> Iterator[dict[str, Any]]:
    """Records read in batches by keyset on the id (``query_after(last_id)`` gives the next batch's rows, id first),
    at most ``max_rows``."""
    last = ""
    n = 0
    while True:
        with store.read() as conn:
            rows = conn.execute(query_after(last)).all()
        if not rows:
            return
        for record in records(rows):
            yield record
            n += 1
            if max_rows is not None and n >= max_rows:
                return
        last = rows[-1][0]


# ---------------------------------------------------------------------------------------------- clusters


def _clusters_select(store: Store, f: Filters, cols: list[Any], *, sort: str = "-date") -> sa.Select:
    """Clusters matching ``f`` (see ``_unit_query``); article filters look through the clusters' member events."""
    c = t.clusters
    query, order_col = _unit_query(store, f, cols, c, t.cluster_actors, "cluster_id")
    if f.cluster_id:
        query = query.where(c.c.id == f.cluster_id)
    if f.article_id or f.language or f.source or f.q:
        m, e, a = t.cluster_members, t.events, t.articles
        cond = [m.c.cluster_id == c.c.id, e.c.id == m.c.event_id]
        if f.article_id:
            cond.append(e.c.article_id == f.article_id)
        if f.language or f.source:
            cond.append(a.c.id == e.c.article_id)
            if f.language:
                cond.append(a.c.language == f.language)
            if f.source:
                cond.append(a.c.site == f.source)
        if f.q:
            cond.append(e.c.article_id.in_(_fts_article_ids(store, f.q)))
        query = query.where(sa.exists().where(*cond))
    return _ordered(store, query, sort, order_col, c.c.id)


def cluster_record(record: dict[str, Any], row: Any | None = None) -> dict[str, Any]:
    record = dict(record)
    if row is not None:
        record["id"] = row.id
    return record


def search_clusters(store: Store, f: Filters, *, limit: int = 50, offset: int = 0, sort: str = "-date") -> Page:
    c = t.clusters
    query = _clusters_select(store, f, [c.c.id, c.c.record], sort=sort).limit(limit + 1).offset(offset)
    with store.read() as conn:
        rows = conn.execute(query).all()
    return Page.probed([cluster_record(r.record, r) for r in rows], limit, offset)


def iter_clusters(store: Store, f: Filters, *, batch: int = 1000, max_rows: int | None = None) -> Iterator[dict[str, Any]]:
    """Every cluster matching ``f``, in id order, in bounded batches; the filters are checked now (see
    ``iter_events``)."""
    _clusters_select(store, f, [t.clusters.c.id])
    return _iter_clusters(store, f, batch, max_rows)


def _iter_clusters(store: Store, f: Filters, batch: int, max_rows: int | None) -> Iterator[dict[str, Any]]:
    c = t.clusters
    select = _clusters_select(store, f, [c.c.id, c.c.record], sort="id")
    return _by_id(store, lambda last: select.where(c.c.id > last).limit(batch),
                  lambda rows: (cluster_record(r.record, r) for r in rows), max_rows)


# ---------------------------------------------------------------------------------------------- articles


def search_articles(store: Store, f: Filters, *, limit: int = 50, offset: int = 0) -> Page:
    """Articles matching the article-level filters (q, language, source, since/until on publication)."""
    rows = store.list_articles(search=f.q, language=f.language, site=f.source, since=f.since, until=f.until,
                               limit=limit + 1, offset=offset)
    return Page.probed([vars(r).copy() for r in rows], limit, offset)


def articles_summary(store: Store, article_ids: list[str], *, max_clusters: int = 500) -> dict[str, Any]:
    """What an upload or extraction job made of these articles: ``{"articles": [{id, title}], "events": n,
    "clusters": [{id, record}]}`` (the latest ``max_clusters`` clusters their events are in)."""
    a, e, c = t.articles, t.events, t.clusters
    with store.read() as conn:
        rows = conn.execute(sa.select(a.c.id, a.c.title).where(a.c.id.in_(article_ids))).all()
        articles = [{"id": r.id, "title": r.title} for r in rows]
        n_events = conn.execute(sa.select(sa.func.count()).select_from(e).where(e.c.article_id.in_(article_ids))).scalar_one()
        ids = sa.select(e.c.cluster_id).where(e.c.article_id.in_(article_ids), e.c.cluster_id.is_not(None))
        rows = conn.execute(sa.select(c.c.id, c.c.record).where(c.c.id.in_(ids))
                            .order_by(c.c.date_start.desc(), c.c.id).limit(max_clusters)).all()
    return {"articles": articles, "events": n_events, "clusters": [{"id": r.id, "record": r.record} for r in rows]}


def article_list(store: Store, *, language: str | None = None, source: str | None = None, limit: int = 50,
                 offset: int = 0) -> dict[str, Any]:
    """A page of stored articles, newest published first (``store.list_articles``), each with the number of events
    extracted from it (``n_events``) and without the path it was read from, and ``total``: how many articles match
    ``language`` and ``source`` (a site)."""
    rows = store.list_articles(language=language, site=source, limit=limit + 1, offset=offset)
    items = [vars(r).copy() for r in rows[:limit]]
    a, e = t.articles, t.events
    count = sa.select(sa.func.count()).select_from(a)
    if language:
        count = count.where(a.c.language == language)
    if source:
        count = count.where(a.c.site == source)
    ids = [x["id"] for x in items]
    with store.read() as conn:
        total = conn.execute(count).scalar_one()
        n_events: dict[str, int] = dict(conn.execute(sa.select(e.c.article_id, sa.func.count()).where(e.c.article_id.in_(ids))
                                     .group_by(e.c.article_id)).all()) if ids else {}
    for x in items:
        x.pop("snippet", None)
        x.pop("source", None)  # where the server read it (a file path) is not for every viewer
        x["n_events"] = n_events.get(x["id"], 0)
    return {"items": items, "total": total, "limit": limit, "offset": offset, "has_more": len(rows) > limit}
