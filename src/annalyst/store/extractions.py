"""Storing and querying what extraction found in an article: mentions, time expressions, quotes, events.

``save_extractions`` replaces an article's previous extraction whole, in the same transaction that marks the
article extracted, so a rerun after a crash neither loses nor duplicates anything.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

import sqlalchemy as sa

from ..errors import NotFound
from ..models import Actor, Event, Mention, ParseResult, Quote, TimeExpr
from . import schema as t

__all__ = ["ExtractionStore", "actor_key"]


def actor_key(actor_id: str | None, name: str) -> str:
    """What ``event_actors.actor_key`` holds: the actor id, or ``text:<name>`` for an actor not in the dictionary."""
    return actor_id or f"text:{name.casefold()}"


class ExtractionStore:
    """Mixin of ``Store`` (uses its ``write``/``read``/``insert``)."""

    def save_extractions(self, results: Iterable[tuple[str, ParseResult]], extractor: str,
                         failures: Iterable[tuple[str, str]] = ()) -> int:
        """Store each article's extraction (replacing an earlier one) and mark it extracted, and mark each of
        ``failures`` (article id, reason) failed, which leaves it out of the extraction queue; one transaction."""
        from ..ingest.metadata import utc_now

        now = utc_now()
        n = 0
        with self.write() as conn:  # type: ignore[attr-defined]
            for article_id, result in results:
                self._delete_extraction(conn, article_id)
                self._insert_extraction(conn, article_id, result)
                conn.execute(
                    sa.update(t.articles).where(t.articles.c.id == article_id)
                    .values(extracted_at=now, extractor=extractor, clustered_at=None, extract_error=None,
                            extract_failed_at=None)
                )
                n += 1
            for article_id, reason in failures:
                conn.execute(sa.update(t.articles).where(t.articles.c.id == article_id)
                             .values(extract_error=reason[:2000], extract_failed_at=now))
        return n

    def extract_failures(self, limit: int | None = None) -> list[tuple[str, str | None, str, str]]:
        """Articles whose extraction failed, most recent first: ``(id, title, reason, when)``."""
        a = t.articles
        query = (sa.select(a.c.id, a.c.title, a.c.extract_error, a.c.extract_failed_at)
                 .where(a.c.extract_failed_at.is_not(None)).order_by(a.c.extract_failed_at.desc(), a.c.id))
        if limit is not None:
            query = query.limit(limit)
        with self.read() as conn:  # type: ignore[attr-defined]
            return [(r[0], r[1], r[2] or "", r[3]) for r in conn.execute(query)]

    def count_extract_failures(self) -> int:
        a = t.articles
        with self.read() as conn:  # type: ignore[attr-defined]
            return conn.execute(sa.select(sa.func.count()).where(a.c.extract_failed_at.is_not(None))).scalar_one()

    def clear_extract_failures(self) -> int:
        """Put every failed article back in the extraction queue; returns how many."""
        a = t.articles
        with self.write() as conn:  # type: ignore[attr-defined]
            return conn.execute(sa.update(a).where(a.c.extract_failed_at.is_not(None))
                                .values(extract_error=None, extract_failed_at=None)).rowcount

    def _delete_extraction(self, conn: sa.Connection, article_id: str) -> None:
        ids = sa.select(t.events.c.id).where(t.events.c.article_id == article_id).scalar_subquery()
        conn.execute(sa.delete(t.cluster_members).where(t.cluster_members.c.event_id.in_(ids)))
        conn.execute(sa.delete(t.event_actors).where(t.event_actors.c.event_id.in_(ids)))
        for table in (t.events, t.mentions, t.time_exprs, t.quotes):
            conn.execute(sa.delete(table).where(table.c.article_id == article_id))

    def _insert_extraction(self, conn: sa.Connection, article_id: str, result: ParseResult) -> None:
        if result.mentions:
            conn.execute(t.mentions.insert(), [
                {"article_id": article_id, "start": m.start, "end": m.end, "text": m.text, "actor_id": m.actor_id,
                 "score": float(m.score)} for m in result.mentions
            ])
        if result.time_expressions:
            conn.execute(t.time_exprs.insert(), [
                {"article_id": article_id, "start": x.start, "end": x.end, "text": x.text, "value_start": x.value_start,
                 "value_end": x.value_end, "granularity": x.granularity, "anchor": x.anchor}
                for x in result.time_expressions
            ])
        if result.quotes:
            conn.execute(t.quotes.insert(), [
                {"article_id": article_id, "start": q.start, "end": q.end, "speaker": q.speaker, "text": q.text}
                for q in result.quotes
            ])
        seen: set[str] = set()
        for event in result.events:
            if event.id in seen:
                continue
            seen.add(event.id)
            conn.execute(t.events.insert().values(**_event_row(event, article_id)))
            rows = _event_actor_rows(event)
            if rows:
                conn.execute(t.event_actors.insert(), rows)
        candidates = [a for a in result.actors.values() if a.id.startswith("new:")]
        for actor in candidates:
            self._upsert_actor(conn, actor, origin="candidate", replace=False)

    def _upsert_actor(self, conn: sa.Connection, actor: Actor, origin: str, replace: bool = True) -> None:
        from ..ingest.metadata import utc_now

        values = {"id": actor.id, "name": actor.name, "kind": actor.kind, "country": actor.country, "origin": origin,
                  "record": actor.to_dict(), "updated_at": utc_now()}
        stmt = self.insert(t.actors).values(**values)  # type: ignore[attr-defined]
        if replace:
            stmt = stmt.on_conflict_do_update(index_elements=["id"], set_={k: v for k, v in values.items() if k != "id"})
        else:
            stmt = stmt.on_conflict_do_nothing(index_elements=["id"])
        conn.execute(stmt)

    # ---------------------------------------------------------------------------------------------- queries

    def events(
        self,
        *,
        actor: str | None = None,
        recipient: str | None = None,
        party: str | None = None,
        event_type: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
        article_id: str | None = None,
        cluster_id: str | None = None,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[Event]:
        """Events matching every filter given; ``actor``/``recipient`` match an actor id or a name on that side,
        ``party`` either side. Ordered by date (undated last), then id."""
        e = t.events
        query = sa.select(e.c.record)
        for side, value in (("actor", actor), ("recipient", recipient), (None, party)):
            if value:
                ea = t.event_actors.alias()
                cond = sa.or_(ea.c.actor_id == value, sa.func.lower(ea.c.name) == value.casefold())
                if side:
                    cond = sa.and_(cond, ea.c.side == side)
                query = query.where(sa.exists().where(ea.c.event_id == e.c.id, cond))
        if event_type:
            query = query.where(e.c.event_type == event_type.upper())
        if status:
            query = query.where(e.c.status == status)
        if since:
            query = query.where(sa.func.coalesce(e.c.date_end, e.c.date_start) >= since)
        if until:
            query = query.where(e.c.date_start <= until)
        if article_id:
            query = query.where(e.c.article_id == article_id)
        if cluster_id:
            query = query.where(e.c.cluster_id == cluster_id)
        query = query.order_by(e.c.date_start.asc().nulls_last(), e.c.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.read() as conn:  # type: ignore[attr-defined]
            return [Event.from_dict(r[0]) for r in conn.execute(query)]

    def get_event(self, event_id: str) -> Event:
        with self.read() as conn:  # type: ignore[attr-defined]
            row = conn.execute(sa.select(t.events.c.record).where(t.events.c.id == event_id)).first()
        if row is None:
            raise NotFound(f"no event with id {event_id!r}")
        return Event.from_dict(row[0])

    def iter_events(self, *, batch: int = 1000, article_ids: Iterable[str] | None = None) -> Iterator[Event]:
        """Every event (or those of ``article_ids``), in id order, in bounded batches."""
        e = t.events
        if article_ids is not None:
            ids = list(article_ids)
            for i in range(0, len(ids), batch):
                with self.read() as conn:  # type: ignore[attr-defined]
                    rows = conn.execute(sa.select(e.c.record).where(e.c.article_id.in_(ids[i:i + batch])).order_by(e.c.id)).all()
                yield from (Event.from_dict(r[0]) for r in rows)
            return
        for row, _ in self.scan([e.c.id, e.c.record], e.c.id, batch=batch):  # type: ignore[attr-defined]
            yield Event.from_dict(row.record)

    def count_events(self) -> int:
        with self.read() as conn:  # type: ignore[attr-defined]
            return conn.execute(sa.select(sa.func.count()).select_from(t.events)).scalar_one()

    def extraction(self, article_id: str) -> ParseResult:
        """The stored analysis of one article (what ``annalyst parse --json`` would print for it)."""
        article = self.get_article(article_id)  # type: ignore[attr-defined]
        with self.read() as conn:  # type: ignore[attr-defined]
            mentions = [
                Mention(article_id=article.id, start=r.start, end=r.end, text=r.text, actor_id=r.actor_id, score=r.score)
                for r in conn.execute(sa.select(t.mentions).where(t.mentions.c.article_id == article.id).order_by(t.mentions.c.start))
            ]
            times = [
                TimeExpr(text=r.text, start=r.start, end=r.end, value_start=r.value_start, value_end=r.value_end,
                         granularity=r.granularity, anchor=r.anchor)
                for r in conn.execute(sa.select(t.time_exprs).where(t.time_exprs.c.article_id == article.id).order_by(t.time_exprs.c.start))
            ]
            quotes = [
                Quote(speaker=r.speaker, text=r.text, start=r.start, end=r.end)
                for r in conn.execute(sa.select(t.quotes).where(t.quotes.c.article_id == article.id).order_by(t.quotes.c.start))
            ]
        events = self.events(article_id=article.id, limit=None)
        return ParseResult(article=article, mentions=mentions, time_expressions=times, events=events, quotes=quotes)


def _event_row(event: Event, article_id: str) -> dict[str, Any]:
    return {
        "id": event.id,
        "article_id": article_id,
        "event_type": event.event_type,
        "mode": event.mode,
        "status": event.status,
        "date_start": event.date.start,
        "date_end": event.date.end,
        "granularity": event.date.granularity,
        "score": event.score,
        "quad_class": event.quad_class,
        "confidence": event.confidence,
        "cluster_id": event.cluster_id,
        "record": event.to_dict(),
    }


def _event_actor_rows(event: Event) -> list[dict[str, Any]]:
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for side, people in (("actor", event.actor), ("recipient", event.recipient)):
        for p in people:
            key = actor_key(p.actor_id, p.name)
            rows[(side, key)] = {"event_id": event.id, "side": side, "actor_key": key, "actor_id": p.actor_id,
                                 "name": p.name, "date_start": event.date.start}
    return list(rows.values())
