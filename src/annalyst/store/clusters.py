"""Storing and querying clusters (one row per real-world event), near-duplicate signatures and the clustering queue.

Write methods take the connection of an open ``Store.write()`` transaction, so one article's clustering is stored
whole or not at all. Every look-up clustering makes is an indexed query whose cost depends on the article, not on
the size of the store: candidate clusters by (actor key, status group, window size class, window start)
(``ix_cluster_actors_match``), LSH bands by (band, key), republications by URL. The statements clustering runs for
every event are built once per dialect (``_statements``): for such small statements SQLAlchemy's building and cache
key computation cost more than SQLite's execution.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

import sqlalchemy as sa

from ..errors import NotFound
from ..models import Cluster, Event
from . import schema as t

if TYPE_CHECKING:  # pragma: no cover
    from ..analyze.merge import ArticleInfo

__all__ = ["ClusterStore", "ClusterRow", "KeyRow"]


@dataclass
class KeyRow:
    """One ``cluster_actors`` row as clustering writes it."""

    side: str
    actor_key: str
    actor_id: str | None
    name: str | None
    via: str | None = None


@dataclass
class ClusterRow:
    """A stored cluster with its matching window (as clustering reads it back)."""

    cluster: Cluster
    window: tuple[dt.date, dt.date] | None
    group: str | None


#: the most parts of one candidate statement (SQLite allows 500 in a compound SELECT); more keys take more statements
CANDIDATE_PARTS = 432


@lru_cache(maxsize=256)
def _candidate_sql(n_keys: int, n_groups: int) -> sa.TextClause:
    """The candidate look-up for ``n_keys`` actor keys and ``n_groups`` status groups as one prepared statement: a
    UNION of one index range per (key, group, window size class), each with plain parameters (``:k0``, ``:g0`` ...).
    Not ``IN`` lists: SQLite runs ``actor_key IN (?, ?) AND status_group = ?`` over two groups about twenty times
    slower than these parts, and SQLAlchemy re-renders an expanding ``IN`` at every execution."""
    from ..analyze.compat import SPAN_BOUNDS

    parts = []
    for g in range(n_groups):
        for k in range(n_keys):
            for cls, bound in enumerate(SPAN_BOUNDS):
                lower = f" AND win_start >= :lo{cls}" if bound is not None else ""
                parts.append(
                    f"SELECT cluster_id FROM cluster_actors WHERE actor_key = :k{k} AND status_group = :g{g} "
                    f"AND span_class = {cls}{lower} AND win_start <= :e AND win_end >= :s"
                )
    return sa.text(" UNION ALL ".join(parts))


@lru_cache(maxsize=4)
def _statements(dialect: str) -> dict[str, Any]:
    """The per-event statements of clustering, prebuilt for ``dialect`` (``"sqlite"`` or ``"postgresql"``); a
    prebuilt statement keeps its cache key, so executing it again skips building and keying it."""
    from sqlalchemy.dialects import postgresql, sqlite

    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    a, c, ca, e, m, lk, cart = (t.articles, t.clusters, t.cluster_actors, t.events, t.cluster_members,
                                t.article_links, t.cluster_articles)
    ids: Any = sa.bindparam("ids", expanding=True)
    upsert = insert(c)
    return {
        "upsert_cluster": upsert.on_conflict_do_update(
            index_elements=["id"], set_={col.name: upsert.excluded[col.name] for col in c.c if col.name != "id"}),
        "insert_members": insert(m).on_conflict_do_nothing(),
        "insert_articles": insert(cart).on_conflict_do_nothing(),
        "insert_actors": ca.insert(),
        "delete_actors": sa.delete(ca).where(ca.c.cluster_id == sa.bindparam("b_cluster")),
        "update_event": sa.update(e).where(e.c.id == sa.bindparam("b_event")).values(
            cluster_id=sa.bindparam("b_cluster", type_=e.c.cluster_id.type),
            record=sa.bindparam("b_record", type_=e.c.record.type)),
        "article_infos": sa.select(a.c.id, a.c.site, a.c.published_date, a.c.url, a.c.original_url, a.c.translated,
                                   a.c.language).where(a.c.id.in_(ids)),
        "article_events": sa.select(e.c.record).where(e.c.article_id == sa.bindparam("b_article")),
        "member_events": sa.select(e.c.record).select_from(m.join(e, e.c.id == m.c.event_id))
        .where(m.c.cluster_id == sa.bindparam("b_cluster")),
        "links_among": sa.select(lk.c.article_id, lk.c.other_id).where(lk.c.article_id.in_(ids)),
        "article_clusters": sa.select(cart.c.cluster_id).where(cart.c.article_id == sa.bindparam("b_article")),
        "cluster_windows": sa.select(ca.c.cluster_id, sa.func.min(ca.c.win_start), sa.func.max(ca.c.win_end),
                                     sa.func.max(ca.c.status_group)).where(ca.c.cluster_id.in_(ids))
        .group_by(ca.c.cluster_id),
        "cluster_records": sa.select(c.c.id, c.c.record).where(c.c.id.in_(ids)),
    }


def _keys(value: str | Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    out = list(dict.fromkeys(value))
    return out or None


def pair_conditions(p: Any, a_keys: list[str], b_keys: list[str], directed: bool) -> list[Any]:
    """Conditions on ``cluster_pairs`` rows ``p`` of the dyad A-B: A acting on B (directed); or A and B on opposite
    sides, or both acting in a cluster with no recipient."""
    cond = [p.c.a_key.in_(a_keys), p.c.b_key.in_(b_keys)]
    if directed:
        return [*cond, p.c.side_a == "actor", p.c.side_b == "recipient"]
    r = t.cluster_actors.alias("pr")
    no_recipient = ~sa.exists().where(r.c.cluster_id == p.c.cluster_id, r.c.side == "recipient")
    return [*cond, sa.or_(p.c.side_a != p.c.side_b, sa.and_(p.c.side_a == "actor", p.c.side_b == "actor", no_recipient))]


class ClusterStore:
    """Mixin of ``Store`` (uses its ``write``/``read``/``insert``/``dialect``)."""

    # ------------------------------------------------------------------------------------------- the queue

    def pending_cluster_articles(self, *, after_seq: int = 0, limit: int = 200) -> list[tuple[int, str]]:
        """``(seq, id)`` of extracted articles not yet clustered, in storage order (``ix_articles_clustered``)."""
        a = t.articles
        query = (
            sa.select(a.c.seq, a.c.id)
            .where(a.c.clustered_at.is_(None), a.c.seq > after_seq, a.c.extracted_at.is_not(None))
            .order_by(a.c.seq)
            .limit(limit)
        )
        with self.read() as conn:  # type: ignore[attr-defined]
            return [(r[0], r[1]) for r in conn.execute(query)]

    def count_pending_cluster(self) -> int:
        a = t.articles
        with self.read() as conn:  # type: ignore[attr-defined]
            return conn.execute(
                sa.select(sa.func.count()).where(a.c.clustered_at.is_(None), a.c.extracted_at.is_not(None))
            ).scalar_one()

    def mark_clustered(self, conn: sa.Connection, article_id: str, when: str) -> None:
        conn.execute(sa.update(t.articles).where(t.articles.c.id == article_id).values(clustered_at=when))

    def latest_published(self) -> str | None:
        """The latest publication date in the store: the corpus's "now" for expiring forecasts."""
        with self.read() as conn:  # type: ignore[attr-defined]
            return conn.execute(sa.select(sa.func.max(t.articles.c.published_date))).scalar()

    # ------------------------------------------------------------------------------------ articles, events

    def article_infos(self, conn: sa.Connection, ids: Iterable[str]) -> dict[str, ArticleInfo]:
        from ..analyze.merge import ArticleInfo

        out: dict[str, ArticleInfo] = {}
        wanted = list(dict.fromkeys(ids))
        query = _statements(conn.dialect.name)["article_infos"]
        for i in range(0, len(wanted), 500):
            for r in conn.execute(query, {"ids": wanted[i:i + 500]}):
                out[r[0]] = ArticleInfo(id=r[0], site=r[1], published=r[2], url=r[3], original_url=r[4],
                                        translated=bool(r[5]), language=r[6])
        return out

    def article_events(self, conn: sa.Connection, article_id: str) -> list[Event]:
        """The events of one article, in text order (the first evidence offset), then id."""
        rows = conn.execute(_statements(conn.dialect.name)["article_events"], {"b_article": article_id})
        events = [Event.from_dict(r[0]) for r in rows]
        events.sort(key=lambda e: (min((ev.start for ev in e.evidence), default=10**9), e.id))
        return events

    def member_events(self, conn: sa.Connection, cluster_id: str) -> list[Event]:
        rows = conn.execute(_statements(conn.dialect.name)["member_events"], {"b_cluster": cluster_id})
        return [Event.from_dict(r[0]) for r in rows]

    def links_among(self, conn: sa.Connection, ids: Sequence[str]) -> list[tuple[str, str]]:
        """Article links (near-duplicates, republications, translations) with both ends in ``ids``."""
        if len(ids) < 2:
            return []
        out: list[tuple[str, str]] = []
        wanted = list(dict.fromkeys(ids))
        members = set(wanted)
        query = _statements(conn.dialect.name)["links_among"]
        for i in range(0, len(wanted), 500):
            rows = conn.execute(query, {"ids": wanted[i:i + 500]})
            out.extend((r[0], r[1]) for r in rows if r[1] in members)
        return out

    # ----------------------------------------------------------------------------------- candidate lookups

    def cluster_candidates(self, conn: sa.Connection, keys: Iterable[str], group: str | Sequence[str],
                           window: tuple[dt.date, dt.date]) -> list[str]:
        """Ids of clusters of ``group`` (a status group, or several) having one of ``keys`` whose matching window
        overlaps ``window``.

        One index range per key, group and window size class: a cluster whose window is at most B days long and
        overlaps [s, e] starts in [s - B + 1, e]; so the look-up reads only clusters near the date, however large the
        store.
        """
        from ..analyze.compat import SPAN_BOUNDS, shift

        wanted = sorted(set(keys))
        if not wanted:
            return []
        start, end = window
        groups = [group] if isinstance(group, str) else list(dict.fromkeys(group))
        params: dict[str, Any] = {"s": start.isoformat(), "e": end.isoformat()}
        params.update((f"g{i}", g) for i, g in enumerate(groups))
        for cls, bound in enumerate(SPAN_BOUNDS):
            if bound is not None:
                params[f"lo{cls}"] = shift(start, -(bound - 1)).isoformat()
        found: set[str] = set()
        size = max(1, CANDIDATE_PARTS // (len(groups) * len(SPAN_BOUNDS)))
        for i in range(0, len(wanted), size):
            chunk = wanted[i:i + size]
            values = {**params, **{f"k{j}": key for j, key in enumerate(chunk)}}
            found.update(r[0] for r in conn.execute(_candidate_sql(len(chunk), len(groups)), values))
        return sorted(found)

    def article_clusters(self, conn: sa.Connection, article_id: str) -> list[str]:
        rows = conn.execute(_statements(conn.dialect.name)["article_clusters"], {"b_article": article_id})
        return sorted(r[0] for r in rows)

    def load_cluster_rows(self, conn: sa.Connection, ids: Iterable[str]) -> dict[str, ClusterRow]:
        wanted = sorted(set(ids))
        out: dict[str, ClusterRow] = {}
        if not wanted:
            return out
        statements = _statements(conn.dialect.name)
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            windows = {r[0]: (r[1], r[2], r[3]) for r in conn.execute(statements["cluster_windows"], {"ids": chunk})}
            for cid, record in conn.execute(statements["cluster_records"], {"ids": chunk}):
                cluster = Cluster.from_dict(record)
                w = windows.get(cid)
                window = None
                if w and w[0] and w[1]:
                    window = (dt.date.fromisoformat(w[0]), dt.date.fromisoformat(w[1]))
                out[cid] = ClusterRow(cluster=cluster, window=window, group=w[2] if w else None)
        return out

    # ------------------------------------------------------------------------------------------- writing

    def save_cluster(
        self,
        conn: sa.Connection,
        cluster: Cluster,
        *,
        key_rows: list[KeyRow],
        group: str,
        window: tuple[dt.date, dt.date] | None,
        horizon: str | None,
        article_ids: Iterable[str],
        changed_members: Iterable[Event] = (),
        now: str,
    ) -> None:
        """Write ``cluster`` whole: its row, actor rows, members, articles, and ``cluster_id`` of changed members."""
        from ..analyze.compat import span_class

        ev = cluster.event
        row = {
            "event_type": ev.event_type, "status": ev.status, "date_start": ev.date.start, "date_end": ev.date.end,
            "granularity": ev.date.granularity, "score": ev.score, "quad_class": ev.quad_class,
            "n_articles": cluster.n_articles, "n_sources": cluster.n_sources, "first_reported": cluster.first_reported,
            "resolution": cluster.resolution, "has_contradictions": bool(cluster.contradictions),
            "record": cluster.to_dict(), "updated_at": now, "horizon": horizon,
        }
        statements = _statements(conn.dialect.name)
        conn.execute(statements["upsert_cluster"], {"id": cluster.id, **row})
        conn.execute(statements["delete_actors"], {"b_cluster": cluster.id})
        if key_rows:
            w_start = window[0].isoformat() if window else None
            w_end = window[1].isoformat() if window else None
            cls = span_class(*window) if window else None
            day = ev.date.start or cluster.first_reported
            conn.execute(statements["insert_actors"], [
                {"cluster_id": cluster.id, "side": k.side, "actor_key": k.actor_key, "actor_id": k.actor_id,
                 "date_start": day, "name": k.name, "via": k.via, "status_group": group, "span_class": cls,
                 "win_start": w_start, "win_end": w_end}
                for k in key_rows
            ])
        if cluster.members:
            conn.execute(statements["insert_members"],
                         [{"cluster_id": cluster.id, "event_id": m} for m in cluster.members])
        arts = sorted(set(article_ids))
        if arts:
            conn.execute(statements["insert_articles"], [{"cluster_id": cluster.id, "article_id": a} for a in arts])
        updates = []
        for event in changed_members:
            event.cluster_id = cluster.id
            updates.append({"b_event": event.id, "b_cluster": cluster.id, "b_record": event.to_dict()})
        if updates:
            conn.execute(statements["update_event"], updates)

    def remove_members(self, conn: sa.Connection, cluster_id: str, event_ids: Iterable[str]) -> None:
        ids = list(event_ids)
        if ids:
            m = t.cluster_members
            conn.execute(sa.delete(m).where(m.c.cluster_id == cluster_id, m.c.event_id.in_(ids)))

    def drop_article_from_cluster(self, conn: sa.Connection, cluster_id: str, article_id: str) -> None:
        ca = t.cluster_articles
        conn.execute(sa.delete(ca).where(ca.c.cluster_id == cluster_id, ca.c.article_id == article_id))

    def reset_clusters(self) -> int:
        """Forget every cluster, in one transaction, and queue every extracted article for clustering again: the next
        clustering run rebuilds all clusters under the rules and dictionary of the running version (after an upgrade
        changed them). Article links and signatures are kept (they depend on the text only; the run re-checks them).
        Returns how many clusters were removed."""
        with self.write() as conn:  # type: ignore[attr-defined]
            n = conn.execute(sa.select(sa.func.count()).select_from(t.clusters)).scalar_one()
            conn.execute(sa.update(t.events).where(t.events.c.cluster_id.is_not(None)).values(cluster_id=None))
            # the pairs first, in bulk: deleting actor rows then finds nothing left for its trigger to delete
            for table in (t.cluster_pairs, t.cluster_actors, t.cluster_members, t.cluster_articles, t.clusters):
                conn.execute(sa.delete(table))
            conn.execute(sa.update(t.articles).where(t.articles.c.clustered_at.is_not(None)).values(clustered_at=None))
        return n

    def delete_cluster(self, conn: sa.Connection, cluster_id: str) -> None:
        for table in (t.cluster_actors, t.cluster_members, t.cluster_articles):
            conn.execute(sa.delete(table).where(table.c.cluster_id == cluster_id))
        conn.execute(sa.delete(t.clusters).where(t.clusters.c.id == cluster_id))
        conn.execute(sa.update(t.events).where(t.events.c.cluster_id == cluster_id).values(cluster_id=None))

    def set_resolution(self, conn: sa.Connection, cluster: Cluster, now: str) -> None:
        """Store a forecast's ``resolution``/``resolved_by`` (record and column)."""
        conn.execute(
            sa.update(t.clusters).where(t.clusters.c.id == cluster.id)
            .values(resolution=cluster.resolution, record=cluster.to_dict(), updated_at=now)
        )

    def open_forecasts_due(self, conn: sa.Connection, as_of: str, limit: int = 1000) -> list[Cluster]:
        """Open forecasts whose horizon lies before ``as_of`` (``ix_clusters_open``)."""
        c = t.clusters
        rows = conn.execute(
            sa.select(c.c.record).where(c.c.resolution == "open", c.c.horizon < as_of).order_by(c.c.horizon).limit(limit)
        )
        return [Cluster.from_dict(r[0]) for r in rows]

    # -------------------------------------------------------------------------------------------- queries

    def get_cluster(self, cluster_id: str) -> Cluster:
        """The cluster with this id (or a unique prefix of at least 6 characters)."""
        c = t.clusters
        with self.read() as conn:  # type: ignore[attr-defined]
            row = conn.execute(sa.select(c.c.record).where(c.c.id == cluster_id)).first()
            if row is None and len(cluster_id) >= 6:
                rows = conn.execute(
                    sa.select(c.c.record).where(c.c.id.startswith(cluster_id, autoescape=True)).limit(2)
                ).all()
                if len(rows) > 1:
                    raise NotFound(f"cluster id prefix {cluster_id!r} is ambiguous")
                row = rows[0] if rows else None
        if row is None:
            raise NotFound(f"no cluster with id {cluster_id!r}")
        return Cluster.from_dict(row[0])

    def count_clusters(self) -> int:
        with self.read() as conn:  # type: ignore[attr-defined]
            return conn.execute(sa.select(sa.func.count()).select_from(t.clusters)).scalar_one()

    def _side_ids(self, keys: list[str], side: str | None, literal: bool) -> sa.Select:
        ca = t.cluster_actors.alias()
        cond: list[Any] = [ca.c.actor_key.in_(keys)]
        if side:
            cond.append(ca.c.side == side)
        if literal:
            cond.append(ca.c.via.is_(None))
        return sa.select(ca.c.cluster_id).where(*cond)

    def _pair_ids(self, a_keys: list[str], b_keys: list[str], *, directed: bool, literal: bool) -> sa.Select:
        """Clusters where A acts on B (directed), or A and B are on opposite sides, or both act with no recipient.

        Read from ``cluster_pairs`` (one row per pair of a cluster's actor rows, kept by triggers): one index range
        over the dyad's own rows, however busy each actor is. ``literal`` needs ``via`` of both rows, which only
        ``cluster_actors`` has: that case joins it with itself."""
        if not literal:
            p = t.cluster_pairs.alias("pp")
            return sa.select(p.c.cluster_id).where(*pair_conditions(p, a_keys, b_keys, directed))
        a, b, r = t.cluster_actors.alias("pa"), t.cluster_actors.alias("pb"), t.cluster_actors.alias("pr")
        cond = [a.c.actor_key.in_(a_keys), b.c.actor_key.in_(b_keys), a.c.actor_key != b.c.actor_key]
        if literal:
            cond += [a.c.via.is_(None), b.c.via.is_(None)]
        if directed:
            cond += [a.c.side == "actor", b.c.side == "recipient"]
        else:
            no_recipient = ~sa.exists().where(r.c.cluster_id == a.c.cluster_id, r.c.side == "recipient")
            cond.append(sa.or_(a.c.side != b.c.side, sa.and_(a.c.side == "actor", b.c.side == "actor", no_recipient)))
        return sa.select(a.c.cluster_id).select_from(a.join(b, b.c.cluster_id == a.c.cluster_id)).where(*cond)

    def _cluster_query(
        self, columns: Sequence[Any], *, actor=None, recipient=None, party=None, between=None, directed=False,
        event_type=None, status=None, resolution=None, since=None, until=None, literal=False,
        contradictions=None,
    ) -> sa.Select:
        c = t.clusters
        query = sa.select(*columns)
        for side, value in (("actor", actor), ("recipient", recipient), (None, party)):
            keys = _keys(value)
            if keys:
                query = query.where(c.c.id.in_(self._side_ids(keys, side, literal)))
        if between:
            a_keys, b_keys = _keys(between[0]) or [], _keys(between[1]) or []
            query = query.where(c.c.id.in_(self._pair_ids(a_keys, b_keys, directed=directed, literal=literal)))
        types = _keys(event_type)
        if types:
            query = query.where(c.c.event_type.in_([x.upper() for x in types]))
        statuses = _keys(status)
        if statuses:
            query = query.where(c.c.status.in_(statuses))
        if resolution:
            query = query.where(c.c.resolution == resolution)
        day = sa.func.coalesce(c.c.date_start, c.c.first_reported)
        if since:
            query = query.where(sa.func.coalesce(c.c.date_end, c.c.date_start, c.c.first_reported) >= since)
        if until:
            query = query.where(day <= until)
        if contradictions is not None:
            query = query.where(c.c.has_contradictions.is_(bool(contradictions)))
        return query

    def clusters(
        self,
        *,
        actor: str | Iterable[str] | None = None,
        recipient: str | Iterable[str] | None = None,
        party: str | Iterable[str] | None = None,
        between: tuple[str | Iterable[str], str | Iterable[str]] | None = None,
        directed: bool = False,
        event_type: str | Iterable[str] | None = None,
        status: str | Iterable[str] | None = None,
        resolution: str | None = None,
        since: str | None = None,
        until: str | None = None,
        literal: bool = False,
        contradictions: bool | None = None,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[Cluster]:
        """Clusters matching every filter, in date order (the merged date; undated ones at their first report).

        ``actor``/``recipient``/``party`` take actor keys (ids, or ``text:<name>``); ``between=(A, B)`` the pairs
        where A and B are on opposite sides (or both act with no recipient), ``directed`` only A acting on B.
        An actor also matches the events of those acting for it (officials, ministries) unless ``literal``.
        """
        c = t.clusters
        sided = [(side, _keys(value)) for side, value in (("actor", actor), ("recipient", recipient), (None, party))
                 if _keys(value)]
        if limit is not None and not between and len(sided) == 1:
            # one actor's page: walk its rows in date order instead of sorting all of its clusters
            filters = dict(event_type=event_type, status=status, resolution=resolution, since=since, until=until,
                           contradictions=contradictions)
            return self._actor_page(sided[0][1] or [], sided[0][0], literal, limit, offset, filters)
        query = self._cluster_query(
            [c.c.record], actor=actor, recipient=recipient, party=party, between=between, directed=directed,
            event_type=event_type, status=status, resolution=resolution, since=since, until=until, literal=literal,
            contradictions=contradictions,
        )
        query = query.order_by(sa.func.coalesce(c.c.date_start, c.c.first_reported).asc().nulls_last(), c.c.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.read() as conn:  # type: ignore[attr-defined]
            return [Cluster.from_dict(r[0]) for r in conn.execute(query)]

    def _actor_page(self, keys: list[str], side: str | None, literal: bool, limit: int, offset: int,
                    filters: dict[str, Any]) -> list[Cluster]:
        """``clusters(actor|recipient|party=keys, limit=…)`` in time proportional to the page, not to the actor.

        The actor's ``cluster_actors`` rows are read in date order from ``ix_cluster_actors_key_date`` in growing
        chunks (each row's date is its cluster's merged date, or its first report: the order ``clusters`` sorts
        by), and the other filters are applied to each chunk of candidate clusters by primary key, until the page is
        full. A busy actor's page reads a few hundred rows instead of sorting hundreds of thousands."""
        import heapq

        c = t.clusters
        wanted = offset + limit
        found: list[str] = []
        seen: set[str] = set()
        with self.read() as conn:  # type: ignore[attr-defined]
            first = wanted + 16
            dated = heapq.merge(*(self._walk_key(conn, k, side, literal, dated=True, size=first) for k in keys))
            undated = heapq.merge(*(self._walk_key(conn, k, side, literal, dated=False, size=first) for k in keys))
            stream = (cid for _day, cid in dated)
            chunk_size = wanted if not any(v is not None for v in filters.values()) else max(64, 2 * wanted)
            for part in (stream, (cid for _day, cid in undated)):
                while len(found) < wanted:
                    chunk: list[str] = []
                    for cid in part:
                        if cid not in seen:
                            seen.add(cid)
                            chunk.append(cid)
                            if len(chunk) >= chunk_size:
                                break
                    if not chunk:
                        break
                    if not any(v is not None for v in filters.values()):
                        found.extend(chunk)  # no other filter: every cluster of the actor is on the page
                        continue
                    query = self._cluster_query([c.c.id], **filters).where(c.c.id.in_(chunk))
                    matched = {r[0] for r in conn.execute(query)}
                    found.extend(cid for cid in chunk if cid in matched)
                    chunk_size = min(chunk_size * 4, 20_000)
            page = found[offset:wanted]
            records = dict(conn.execute(sa.select(c.c.id, c.c.record).where(c.c.id.in_(page))).all()) if page else {}
        return [Cluster.from_dict(records[cid]) for cid in page]

    def _walk_key(self, conn: sa.Connection, key: str, side: str | None, literal: bool, *,
                  dated: bool, size: int = 256) -> Iterator[tuple[str, str]]:
        """``(date, cluster id)`` of the clusters ``key`` is in (dated ones, or the undated ones), in that order,
        read in chunks from the (actor key, date) index; a chunk resumes at the last date read (rows of that date
        already given are skipped, so only the index range is read, never the actor's earlier rows)."""
        ca = t.cluster_actors
        cond = [ca.c.actor_key == key]
        if side:
            cond.append(ca.c.side == side)
        if literal:
            cond.append(ca.c.via.is_(None))
        cond.append(ca.c.date_start.is_not(None) if dated else ca.c.date_start.is_(None))
        last: tuple[str, str] | None = None
        at_last = 0  # rows already given whose date is last[0]
        while True:
            query = sa.select(ca.c.date_start, ca.c.cluster_id).where(*cond)
            if last is not None:
                query = query.where(ca.c.date_start >= last[0]) if dated else query.where(ca.c.cluster_id > last[1])
            rows = conn.execute(query.order_by(ca.c.date_start, ca.c.cluster_id).limit(size + at_last)).all()
            fresh = [(r[0] or "", r[1]) for r in rows if last is None or (r[0] or "", r[1]) > last]
            yield from fresh
            if len(rows) < size + at_last or not fresh:
                return
            last = fresh[-1]
            at_last = sum(1 for r in rows if (r[0] or "") == last[0]) if dated else 0
            size = min(size * 4, 8192)

    def dyad_rows(
        self, a_keys: Iterable[str], b_keys: Iterable[str], *, directed: bool = True, literal: bool = False,
        status: Iterable[str] | None = None, since: str | None = None, until: str | None = None,
    ) -> list[tuple[str, str | None, str | None, str | None, float | None]]:
        """``(cluster id, date_start, date_end, quad_class, score)`` of the clusters of a dyad (see ``clusters``)."""
        a_keys, b_keys = _keys(list(a_keys)) or [], _keys(list(b_keys)) or []
        statuses = _keys(list(status) if status else None)
        if literal:  # ``via`` is only in cluster_actors: the general query
            c = t.clusters
            query = self._cluster_query([c.c.id, c.c.date_start, c.c.date_end, c.c.quad_class, c.c.score],
                                        between=(a_keys, b_keys), directed=directed, status=statuses, since=since,
                                        until=until, literal=True).order_by(c.c.date_start, c.c.id)
        else:  # one range of the covering index of cluster_pairs, which holds every column returned (0005)
            p = t.cluster_pairs
            cond = pair_conditions(p, a_keys, b_keys, directed)
            if statuses:
                cond.append(p.c.status.in_(statuses))
            if since:
                cond.append(sa.func.coalesce(p.c.date_end, p.c.date_start) >= since)
            if until:
                cond.append(p.c.date_start <= until)
            # a pair's date falls back to its cluster's first report; the cluster's own date is None then
            start = sa.case((p.c.dated.is_(True), p.c.date_start), else_=None)
            query = (sa.select(p.c.cluster_id, start, p.c.date_end, p.c.quad_class, p.c.score).distinct().where(*cond)
                     .order_by(start, p.c.cluster_id))
        with self.read() as conn:  # type: ignore[attr-defined]
            return [tuple(r) for r in conn.execute(query)]

    def iter_clusters(self, *, batch: int = 1000) -> Iterator[Cluster]:
        """Every cluster, in id order, in bounded batches."""
        c = t.clusters
        for row, _ in self.scan([c.c.id, c.c.record], c.c.id, batch=batch):  # type: ignore[attr-defined]
            yield Cluster.from_dict(row.record)

    def dyad_counts(self, *, limit: int = 10, literal: bool = True) -> list[tuple[str, str, int]]:
        """The actor pairs (actor key, recipient key) with the most clusters, most first."""
        a, b = t.cluster_actors.alias("da"), t.cluster_actors.alias("db")
        n = sa.func.count(sa.distinct(a.c.cluster_id))
        cond = [a.c.side == "actor", b.c.side == "recipient"]
        if literal:
            cond += [a.c.via.is_(None), b.c.via.is_(None)]
        query = (
            sa.select(a.c.actor_key, b.c.actor_key, n)
            .select_from(a.join(b, b.c.cluster_id == a.c.cluster_id)).where(*cond)
            .group_by(a.c.actor_key, b.c.actor_key).order_by(n.desc(), a.c.actor_key, b.c.actor_key).limit(limit)
        )
        with self.read() as conn:  # type: ignore[attr-defined]
            return [(r[0], r[1], r[2]) for r in conn.execute(query)]

    def actor_names(self, keys: Iterable[str]) -> dict[str, str]:
        """A display name for each actor key found among clusters."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return {}
        ca = t.cluster_actors
        with self.read() as conn:  # type: ignore[attr-defined]
            rows = conn.execute(sa.select(ca.c.actor_key, sa.func.max(ca.c.name)).where(ca.c.actor_key.in_(wanted))
                                .group_by(ca.c.actor_key))
            return {r[0]: r[1] for r in rows if r[1]}
