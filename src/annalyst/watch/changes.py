"""The journal of what changed in clusters (``cluster_changes``), written after each clustering.

Clusters updated since the last look (their ``updated_at`` at or after the watermark in ``watch_state``) are compared
with the state last seen (``cluster_snapshots``): a cluster not seen before is ``new``; one that reaches two
independent sources is ``corroborated``; a changed status is ``status_changed`` (detail ``old->new``); a forecast
that is confirmed, refuted or expires is ``forecast_resolved`` (detail: the resolution); a cluster with more
contradictions than before is ``contradicted``. Snapshots, journal and watermark are written in one transaction, and
watchers sharing a store take turns (a row lock on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), so each change is
journaled once.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from ..ingest.metadata import utc_now
from ..models import Cluster
from ..store import schema as t

__all__ = ["journal_changes", "last_change_seq", "RESOLVED"]

RESOLVED = ("confirmed", "refuted", "expired")
WATERMARK = "cluster_watermark"
#: seconds before the watermark that are read again: a cluster written by another process with an earlier time
#: stamp but committed later is still seen (the snapshots keep such rereads from journaling anything twice)
MARGIN = 300


def _before(stamp: str, seconds: float) -> str:
    import datetime as dt

    when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")) - dt.timedelta(seconds=seconds)
    return when.isoformat().replace("+00:00", "Z") if stamp.endswith("Z") else when.isoformat()


def _lock_state(store: Any, conn: sa.Connection, key: str) -> str | None:
    """The value of ``watch_state[key]``, locked for this transaction."""
    w = t.watch_state
    conn.execute(store.insert(w).values(key=key, value=None).on_conflict_do_nothing())
    query = sa.select(w.c.value).where(w.c.key == key)
    if store.dialect == "postgresql":
        query = query.with_for_update()
    return conn.execute(query).scalar()


def _changes(cluster: Cluster, snap: Any) -> list[tuple[str, str]]:
    status, resolution = cluster.event.status, cluster.resolution
    found: list[tuple[str, str]] = []
    if snap is None:
        found.append(("new", ""))
        if resolution in RESOLVED:
            found.append(("forecast_resolved", resolution))
        return found
    if snap.n_sources < 2 <= cluster.n_sources:
        found.append(("corroborated", ""))
    if status != snap.status:
        found.append(("status_changed", f"{snap.status}->{status}"))
    if resolution != snap.resolution and resolution in RESOLVED:
        found.append(("forecast_resolved", resolution))
    if len(cluster.contradictions) > snap.contradictions:
        found.append(("contradicted", str(len(cluster.contradictions))))
    return found


def journal_changes(store: Any, *, batch: int = 500) -> int:
    """Journal what changed in clusters since the last call; returns how many changes were journaled."""
    c, s, j = t.clusters, t.cluster_snapshots, t.cluster_changes
    written = 0
    with store.write() as conn:
        newest = _lock_state(store, conn, WATERMARK) or ""
        mark = _before(newest, MARGIN) if newest else ""
        now = utc_now()
        after_id = ""
        entries: list[tuple[str, str, dict[str, Any]]] = []
        while True:
            rows = conn.execute(
                sa.select(c.c.id, c.c.updated_at, c.c.record)
                .where(c.c.updated_at >= mark, c.c.id > after_id).order_by(c.c.id).limit(batch)
            ).all()
            if not rows:
                break
            after_id = rows[-1].id
            snaps = {r.cluster_id: r for r in conn.execute(sa.select(s).where(s.c.cluster_id.in_([r.id for r in rows])))}
            upserts = []
            for row in rows:
                newest = max(newest, row.updated_at)
                cluster = Cluster.from_dict(row.record)
                day = cluster.event.date.start or cluster.first_reported or "9999"
                for kind, detail in _changes(cluster, snaps.get(row.id)):
                    entries.append((day, row.id, {"at": now, "cluster_id": row.id, "kind": kind, "detail": detail}))
                upserts.append({"cluster_id": row.id, "n_sources": cluster.n_sources, "status": cluster.event.status,
                                "resolution": cluster.resolution, "contradictions": len(cluster.contradictions),
                                "seen_at": now})
            upsert = store.insert(s)
            upsert = upsert.on_conflict_do_update(
                index_elements=["cluster_id"],
                set_={k: upsert.excluded[k] for k in ("n_sources", "status", "resolution", "contradictions", "seen_at")},
            )
            conn.execute(upsert, upserts)
        # journaled in the order of the events' dates, so alerts and digests read in time order
        for _, _, entry in sorted(entries, key=lambda e: (e[0], e[1])):
            stmt = store.insert(j).values(**entry).on_conflict_do_nothing().returning(j.c.seq)
            written += conn.execute(stmt).first() is not None
        conn.execute(sa.update(t.watch_state).where(t.watch_state.c.key == WATERMARK).values(value=newest))
    return written


def last_change_seq(store: Any, conn: sa.Connection | None = None) -> int:
    query = sa.select(sa.func.coalesce(sa.func.max(t.cluster_changes.c.seq), 0))
    if conn is not None:
        return conn.execute(query).scalar_one()
    with store.read() as c:
        return c.execute(query).scalar_one()
