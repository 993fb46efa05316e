"""The user's side of the actor dictionary: actors added, corrected or imported, candidate actors found in text, and
merges. The packaged dictionary lives in ``extract/resources/actors``; the store holds what users changed, and the
two are overlaid by ``Annalyst.dictionary()``.

A merge is applied to stored data at once (mentions, event and cluster actor rows, event and cluster records); a
new alias marks the articles whose text contains it for re-extraction, so the next ``annalyst extract`` links it.
"""

from __future__ import annotations

from typing import Any, Iterable

import sqlalchemy as sa

from ..models import Actor
from . import schema as t
from .extractions import actor_key

__all__ = ["ActorStore"]


class ActorStore:
    """Mixin of ``Store``."""

    def save_actors(self, actors: Iterable[Actor], origin: str = "user") -> int:
        n = 0
        with self.write() as conn:  # type: ignore[attr-defined]
            for actor in actors:
                self._upsert_actor(conn, actor, origin=origin, replace=True)  # type: ignore[attr-defined]
                n += 1
        return n

    def stored_actors(self, origins: Iterable[str] = ("user", "import")) -> list[Actor]:
        with self.read() as conn:  # type: ignore[attr-defined]
            rows = conn.execute(sa.select(t.actors.c.record).where(t.actors.c.origin.in_(list(origins)))).all()
        return [Actor.from_dict(r[0]) for r in rows]

    def stored_actor(self, actor_id: str) -> Actor | None:
        with self.read() as conn:  # type: ignore[attr-defined]
            row = conn.execute(sa.select(t.actors.c.record).where(t.actors.c.id == actor_id)).first()
        return Actor.from_dict(row[0]) if row else None

    def candidate_actors(self, name: str | None = None, limit: int = 50) -> list[Actor]:
        """Actors found in text that are not in the dictionary (ids ``new:…``), optionally matching ``name``."""
        query = sa.select(t.actors.c.record).where(t.actors.c.origin == "candidate")
        if name:
            query = query.where(sa.func.lower(t.actors.c.name).contains(name.casefold(), autoescape=True))
        with self.read() as conn:  # type: ignore[attr-defined]
            return [Actor.from_dict(r[0]) for r in conn.execute(query.order_by(t.actors.c.name).limit(limit))]

    def actor_redirects(self) -> dict[str, str]:
        with self.read() as conn:  # type: ignore[attr-defined]
            return {r.drop_id: r.keep_id for r in conn.execute(sa.select(t.actor_merges))}

    def mention_count(self, actor_id: str) -> int:
        with self.read() as conn:  # type: ignore[attr-defined]
            return conn.execute(
                sa.select(sa.func.count()).select_from(t.mentions).where(t.mentions.c.actor_id == actor_id)
            ).scalar_one()

    def merge_actors(self, keep: Actor, drop_id: str) -> dict[str, int]:
        """Record that ``drop_id`` is ``keep`` and rewrite every stored reference, in one transaction."""
        from ..ingest.metadata import utc_now

        counts: dict[str, int] = {}
        with self.write() as conn:  # type: ignore[attr-defined]
            self._upsert_actor(conn, keep, origin="user", replace=True)  # type: ignore[attr-defined]
            conn.execute(sa.delete(t.actors).where(t.actors.c.id == drop_id))
            stmt = self.insert(t.actor_merges).values(drop_id=drop_id, keep_id=keep.id, merged_at=utc_now())  # type: ignore[attr-defined]
            conn.execute(stmt.on_conflict_do_update(index_elements=["drop_id"], set_={"keep_id": keep.id}))
            # earlier merges into the dropped actor now point at the kept one
            conn.execute(sa.update(t.actor_merges).where(t.actor_merges.c.keep_id == drop_id).values(keep_id=keep.id))
            counts["mentions"] = conn.execute(
                sa.update(t.mentions).where(t.mentions.c.actor_id == drop_id).values(actor_id=keep.id)
            ).rowcount
            counts["events"] = _rewrite_records(conn, t.events, t.event_actors, "event_id", drop_id, keep)
            counts["clusters"] = _rewrite_records(conn, t.clusters, t.cluster_actors, "cluster_id", drop_id, keep)
        return counts

    def mark_for_extraction(self, texts: Iterable[str]) -> int:
        """Mark the articles whose title or text contains one of ``texts`` for re-extraction; returns how many."""
        ids: set[str] = set()
        for text in texts:
            if text.strip():
                ids.update(row.id for row in self.list_articles(search=f'"{text}"', limit=100_000))  # type: ignore[attr-defined]
        if not ids:
            return 0
        with self.write() as conn:  # type: ignore[attr-defined]
            for chunk in _chunks(sorted(ids), 500):
                conn.execute(sa.update(t.articles).where(t.articles.c.id.in_(chunk)).values(extracted_at=None))
        return len(ids)


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _rewrite_records(conn: sa.Connection, table: sa.Table, link: sa.Table, fk: str, drop_id: str, keep: Actor) -> int:
    """Replace ``drop_id`` by ``keep`` in the actor lists of the records that name it, and in their link rows."""
    ids = [r[0] for r in conn.execute(sa.select(link.c[fk]).where(link.c.actor_id == drop_id).distinct())]
    for owner in ids:
        record = conn.execute(sa.select(table.c.record).where(table.c.id == owner)).scalar_one()
        conn.execute(sa.update(table).where(table.c.id == owner).values(record=_replace_actor(record, drop_id, keep)))
        rows = conn.execute(sa.select(link).where(link.c[fk] == owner, link.c.actor_id == drop_id)).mappings().all()
        conn.execute(sa.delete(link).where(link.c[fk] == owner, link.c.actor_id == drop_id))
        for row in rows:
            new = {**row, "actor_id": keep.id, "actor_key": actor_key(keep.id, keep.name)}
            if "name" in new:
                new["name"] = keep.name
            exists = conn.execute(sa.select(sa.func.count()).select_from(link).where(
                link.c[fk] == owner, link.c.side == new["side"], link.c.actor_key == new["actor_key"])).scalar_one()
            if not exists:
                conn.execute(link.insert().values(**new))
    return len(ids)


def _replace_actor(record: Any, drop_id: str, keep: Actor) -> Any:
    if isinstance(record, dict):
        if record.get("actor_id") == drop_id:
            return {**record, "actor_id": keep.id, "name": keep.name}
        return {k: _replace_actor(v, drop_id, keep) for k, v in record.items()}
    if isinstance(record, list):
        return [_replace_actor(v, drop_id, keep) for v in record]
    return record
