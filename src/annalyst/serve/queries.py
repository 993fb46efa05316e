"""Read queries behind the web pages and the REST API, in SQLAlchemy Core over ``store/schema.py``.

Every value reaches SQL as a bound parameter. Lists are keyset- or offset-paginated and never unbounded: a page
asks for ``limit + 1`` rows to know whether another page follows, so no query counts a million rows.

The *unit* of the timelines, dyads and networks is the cluster (one real-world event, however many articles
report it) once the store has been clustered, and the extracted event before that.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, Iterator

import sqlalchemy as sa

from ..errors import ConfigError
from ..models import EVENT_TYPES, STATUSES
from ..store import Store
from ..store import schema as t

__all__ = [
    "Filters",
    "Page",
    "has_clusters",
    "actor_ids_for",
    "search_events",
    "search_clusters",
    "iter_events",
    "iter_clusters",
    "search_articles",
    "article_list",
    "event_records",
]



@dataclass
class Filters:
    """What a search, an event list, an export or a chart is restricted to (every field optional).

    ``actor``/``recipient`` match that side of an event, ``party`` either side; each takes an actor id
    (``RUS``), a name or alias (``Russia``, ``Moscow``), or ``text:<name>`` for an actor not in the dictionary.
    ``since``/``until`` (ISO days) keep what the store keeps: a date interval ending on or after ``since`` and
    starting on or before ``until``. ``language`` and ``source`` (a site)
    are properties of the reporting article; ``q`` is a full-text query over article bodies.
    """

    q: str | None = None
    actor: str | None = None
    recipient: str | None = None
    party: str | None = None
    event_type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    language: str | None = None
    source: str | None = None
    article_id: str | None = None
    cluster_id: str | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                value = value.strip() or None
                setattr(self, f.name, value)
        if self.event_type:
            self.event_type = self.event_type.upper()
            if self.event_type not in EVENT_TYPES:
                raise ConfigError(f"unknown event type {self.event_type!r}: one of {', '.join(EVENT_TYPES)}")
        if self.status and self.status not in STATUSES:
            raise ConfigError(f"unknown status {self.status!r}: one of {', '.join(STATUSES)}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not _is_iso_day(value):
                raise ConfigError(f"{name} takes a date as YYYY-MM-DD, not {value!r}")

    def given(self) -> dict[str, str]:
        """The filters that are set, e.g. for links and for the JSON twin of a page."""
        return {k: v for k, v in asdict(self).items() if v}


def _is_iso_day(text: str) -> bool:
    import datetime as dt

    if len(text) != 10:
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


@dataclass
class Page:
    """One page of results: ``items`` plus whether more follow."""

    items: list[dict[str, Any]]
    limit: int
    offset: int
    has_more: bool

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "limit": self.limit, "offset": self.offset, "has_more": self.has_more}


# ----------------------------------------------------------------------------------------------- helpers


def has_clusters(store: Store) -> bool:
    """True once the store holds at least one cluster."""
    with store.read() as conn:
        return conn.execute(sa.select(t.clusters.c.id).limit(1)).first() is not None


def actor_ids_for(store: Store, value: str) -> list[str]:
    """The actor keys a filter value stands for: the value itself when it is a stored actor key, a dictionary id or
    a ``text:`` key, else the ids of the actors with that name or alias, else ``text:<name>``."""
    value = value.strip()
    if not value:
        return []
    if value.startswith("text:"):
        return [value]
    with store.read() as conn:
        for column in (t.event_actors.c.actor_key, t.cluster_actors.c.actor_key, t.actors.c.id):
            if conn.execute(sa.select(column).where(column == value).limit(1)).first() is not None:
                return [value]
    from .actors import directory

    names = directory(store)
    if names.get(value) is not None:
        return [value]
    ids = names.lookup(value)
    return ids or [f"text:{value.casefold()}"]


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
    if sort == "date":
        return query.order_by(date_col.asc(), *tie)
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
    return Page(event_records(rows[:limit]), limit, offset, len(rows) > limit)


def iter_events(store: Store, f: Filters, *, batch: int = 1000, max_rows: int | None = None) -> Iterator[dict[str, Any]]:
    """Every event matching ``f``, in id order, read in bounded batches (keyset on the id)."""
    e = t.events
    last = ""
    n = 0
    while True:
        query = _events_select(store, f, [e.c.id, e.c.record, e.c.cluster_id], sort="id").where(e.c.id > last).limit(batch)
        with store.read() as conn:
            rows = conn.execute(query).all()
        if not rows:
            return
        for record in event_records((r[1], r[2]) for r in rows):
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
    return Page([cluster_record(r.record, r) for r in rows[:limit]], limit, offset, len(rows) > limit)


def iter_clusters(store: Store, f: Filters, *, batch: int = 1000, max_rows: int | None = None) -> Iterator[dict[str, Any]]:
    c = t.clusters
    last = ""
    n = 0
    while True:
        query = _clusters_select(store, f, [c.c.id, c.c.record], sort="id").where(c.c.id > last).limit(batch)
        with store.read() as conn:
            rows = conn.execute(query).all()
        if not rows:
            return
        for row in rows:
            yield cluster_record(row.record, row)
            n += 1
            if max_rows is not None and n >= max_rows:
                return
        last = rows[-1].id


# ---------------------------------------------------------------------------------------------- articles


def search_articles(store: Store, f: Filters, *, limit: int = 50, offset: int = 0) -> Page:
    """Articles matching the article-level filters (q, language, source, since/until on publication)."""
    rows = store.list_articles(search=f.q, language=f.language, site=f.source, since=f.since, until=f.until,
                               limit=limit + 1, offset=offset)
    items = [vars(r).copy() for r in rows[:limit]]
    return Page(items, limit, offset, len(rows) > limit)


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
