"""``check_store``: is a store whole? What ``annalyst check`` runs after a crash, a restore or a manual edit.

Checks, each giving zero or more ``Problem``:

* **integrity** (SQLite): ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check``.
* **schema**: the store is at the newest migration.
* **orphan**: every foreign key of the schema, checked as a query (so PostgreSQL and a SQLite file written with
  foreign keys off are checked alike): mentions, time expressions, quotes and events without their article,
  event actors without their event, cluster members pointing to missing clusters or events ...; and
  ``events.cluster_id`` naming a missing cluster.
* **cluster**: clusters with no members; an event in two clusters; ``events.cluster_id`` disagreeing with
  ``cluster_members``; ``n_articles`` differing from the distinct articles of the members; the stored record's
  member list differing from the member rows. A cluster one of whose articles is waiting to be (re)clustered is
  in a legitimate in-between state (re-extraction removes the old members; the next ``cluster`` run repairs it)
  and is not reported.
* **dyad pairs** (deep): ``cluster_pairs``, kept by triggers, holds exactly the ordered pairs of each cluster's actor
  rows, with their cluster's current type, status, score, end date and quad class.
* **extraction**: extraction rows (mentions, events ...) of an article not marked extracted (extraction is stored
  in the same transaction that marks the article, so this means a partial write); articles clustered but not
  extracted; events whose actor rows do not match their record.
* **article**: the stored text does not match its ``content_hash``.
* **fts** (SQLite): the FTS5 index agrees with the articles table (``'integrity-check'`` against the content
  table, and one index entry per article).

Every query is read-only and runs in bounded batches, so checking a large store does not hold much in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

import sqlalchemy as sa

from ..errors import StoreError
from . import schema as t
from .engine import current_revision, head_revision, short_reason

if TYPE_CHECKING:  # pragma: no cover
    from .core import Store

__all__ = ["Problem", "check_store", "file_problems", "CHECKS"]

#: examples (ids) kept per problem
EXAMPLES = 5
#: rows read per batch by the record-level checks
BATCH = 2000


@dataclass
class Problem:
    """One kind of damage: what (``kind``), where (``table``), how many rows, and a few example ids."""

    kind: str
    table: str | None
    message: str
    count: int = 1
    examples: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        where = f" [{self.table}]" if self.table else ""
        more = f" (e.g. {', '.join(self.examples)})" if self.examples else ""
        return f"{self.kind}{where}: {self.message}{more}"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "table": self.table, "message": self.message, "count": self.count,
                "examples": list(self.examples)}


def check_store(store: Store, *, deep: bool = True) -> list[Problem]:
    """Every problem found in ``store`` (empty when it is whole). ``deep=False`` skips the checks that read every
    row's record or text (content hashes, event actor rows), which cost time proportional to the store's size."""
    problems: list[Problem] = []
    if store.dialect == "sqlite":
        problems += _sqlite_integrity(store)
        if any(p.kind == "integrity" and p.table is None for p in problems):
            return problems  # a damaged file: the relational checks would only add noise (or fail)
    revision = _revision_problem(store)
    if revision:
        return problems + [revision]
    for name, check in CHECKS:
        if not deep and name in _DEEP:
            continue
        try:
            problems += list(check(store))
        except StoreError as exc:
            problems.append(Problem("error", None, f"check {name} could not run: {exc}"))
        except sa.exc.SQLAlchemyError as exc:
            problems.append(Problem("error", None, f"check {name} could not run: {short_reason(exc)}"))
    return problems


# ------------------------------------------------------------------------------------------------ SQLite file


def file_problems(store: Store) -> list[Problem]:
    """The damage of a SQLite store's file, found by ``PRAGMA quick_check`` (every page read once: about 10 ms per
    MB; the full check also compares each index with its table), reported as ``annalyst check`` reports it; empty
    for a whole file and for PostgreSQL. Read-only: what commands run before they write."""
    if store.dialect != "sqlite":
        return []
    return _sqlite_integrity(store, pragma="quick_check", keys=False)


_PRAGMAS = {"integrity_check": "PRAGMA integrity_check(100)", "quick_check": "PRAGMA quick_check(100)"}


def _sqlite_integrity(store: Store, *, pragma: str = "integrity_check", keys: bool = True) -> list[Problem]:
    out: list[Problem] = []
    try:
        with store.engine.connect().execution_options(readonly=True) as conn:
            rows = [r[0] for r in conn.exec_driver_sql(_PRAGMAS[pragma])]
            if rows != ["ok"]:
                out.append(Problem("integrity", None, f"SQLite {pragma}: {rows[0]}", len(rows), rows[1:EXAMPLES + 1]))
                return out
            if not keys:
                return out
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    except sa.exc.SQLAlchemyError as exc:
        return [Problem("integrity", None, f"SQLite cannot check the file: {short_reason(exc)}")]
    by_table: dict[tuple[str, str], list[str]] = {}
    for table, rowid, parent, _fkid in fk:
        by_table.setdefault((table, parent), []).append(str(rowid))
    for (table, parent), rowids in sorted(by_table.items()):
        out.append(Problem("integrity", table, f"{len(rowids)} row(s) violate a foreign key to {parent} "
                                                 "(PRAGMA foreign_key_check; rowids shown)", len(rowids), rowids[:EXAMPLES]))
    return out


def _revision_problem(store: Store) -> Problem | None:
    try:
        current, head = current_revision(store.engine), head_revision()
    except sa.exc.SQLAlchemyError as exc:
        return Problem("schema", None, f"cannot read the schema revision: {short_reason(exc)}")
    if current != head:
        return Problem("schema", None, f"schema is at revision {current or 'none'}, not {head}: open it with any "
                                       "annalyst command to migrate it, then check again")
    return None


# ---------------------------------------------------------------------------------------------- relational


def _count_and_examples(conn: sa.Connection, query: sa.Select, id_col: Any) -> tuple[int, list[str]]:
    sub = query.subquery()
    n = conn.execute(sa.select(sa.func.count()).select_from(sub)).scalar_one()
    if not n:
        return 0, []
    ids = conn.execute(sa.select(sub.c[id_col.name]).limit(EXAMPLES)).scalars().all()
    return n, [str(i) for i in ids]


def _orphans(store: Store) -> Iterator[Problem]:
    """Every foreign key of the schema (and ``events.cluster_id``), as an anti-join."""
    refs: list[tuple[sa.Table, sa.Column, sa.Table, sa.Column]] = []
    for table in t.metadata.sorted_tables:
        for fk in table.foreign_keys:
            refs.append((table, fk.parent, fk.column.table, fk.column))
    refs.append((t.events, t.events.c.cluster_id, t.clusters, t.clusters.c.id))
    with store.read() as conn:
        for child, col, parent, pcol in refs:
            query = sa.select(col).where(col.is_not(None), ~sa.exists().where(pcol == col))
            n, examples = _count_and_examples(conn, query, col)
            if n:
                yield Problem("orphan", child.name, f"{n} row(s) whose {col.name} names no row of {parent.name}",
                              n, examples)


def _pending_clusters() -> sa.Select:
    """Clusters with an article waiting to be (re)clustered: their members may legitimately be out of date."""
    ca, a = t.cluster_articles, t.articles
    return (sa.select(ca.c.cluster_id).select_from(ca.join(a, a.c.id == ca.c.article_id))
            .where(a.c.clustered_at.is_(None)))


def _clusters(store: Store) -> Iterator[Problem]:
    c, m, e = t.clusters, t.cluster_members, t.events
    pending = _pending_clusters()
    settled = c.c.id.not_in(pending)
    with store.read() as conn:
        empty = sa.select(c.c.id).where(~sa.exists().where(m.c.cluster_id == c.c.id), settled)
        n, ex = _count_and_examples(conn, empty, c.c.id)
        if n:
            yield Problem("cluster", "clusters", f"{n} cluster(s) with no members", n, ex)

        twice = sa.select(m.c.event_id).group_by(m.c.event_id).having(sa.func.count() > 1)
        n, ex = _count_and_examples(conn, twice, m.c.event_id)
        if n:
            yield Problem("cluster", "cluster_members", f"{n} event(s) are members of more than one cluster", n, ex)

        # a member whose event row names another cluster (or none)
        disagree = (
            sa.select(m.c.event_id).select_from(m.join(e, e.c.id == m.c.event_id))
            .where(sa.or_(e.c.cluster_id.is_(None), e.c.cluster_id != m.c.cluster_id), m.c.cluster_id.not_in(pending))
        )
        n, ex = _count_and_examples(conn, disagree, m.c.event_id)
        if n:
            yield Problem("cluster", "events", f"{n} member event(s) whose cluster_id is not the cluster listing them",
                          n, ex)
        # an event naming a cluster that does not list it
        unlisted = (
            sa.select(e.c.id).where(e.c.cluster_id.is_not(None), e.c.cluster_id.not_in(pending),
                                    sa.exists().where(c.c.id == e.c.cluster_id),
                                    ~sa.exists().where(m.c.event_id == e.c.id, m.c.cluster_id == e.c.cluster_id))
        )
        n, ex = _count_and_examples(conn, unlisted, e.c.id)
        if n:
            yield Problem("cluster", "events", f"{n} event(s) name a cluster that does not list them as members", n, ex)

        counted = (
            sa.select(m.c.cluster_id.label("cid"), sa.func.count(sa.distinct(e.c.article_id)).label("n"))
            .select_from(m.join(e, e.c.id == m.c.event_id)).group_by(m.c.cluster_id).subquery()
        )
        wrong = (
            sa.select(c.c.id).select_from(c.join(counted, counted.c.cid == c.c.id))
            .where(counted.c.n != c.c.n_articles, settled)
        )
        n, ex = _count_and_examples(conn, wrong, c.c.id)
        if n:
            yield Problem("cluster", "clusters", f"{n} cluster(s) whose n_articles differs from their members' articles",
                          n, ex)
    yield from _cluster_records(store)


def _scan(store: Store, key: Any, columns: list[Any], *, where: tuple[Any, ...] = (), batch: int = BATCH,
          related: Callable[[sa.Connection, list[Any]], Any] | None = None) -> Iterator[tuple[Any, Any]]:
    """Rows of ``key`` and ``columns`` in key order, in bounded batches (``Store.scan``)."""
    return store.scan([key, *columns], key, where=where, batch=batch, related=related)


def _tally(bad_ids: Iterable[str]) -> tuple[int, list[str]]:
    """How many ids, and the first ``EXAMPLES`` of them."""
    n, examples = 0, list[str]()
    for bad in bad_ids:
        n += 1
        if len(examples) < EXAMPLES:
            examples.append(str(bad))
    return n, examples


def _cluster_records(store: Store) -> Iterator[Problem]:
    """The member list in each settled cluster's record is the set of its member rows."""
    c, m = t.clusters, t.cluster_members

    def members(conn: sa.Connection, rows: list[Any]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        query = sa.select(m.c.cluster_id, m.c.event_id).where(m.c.cluster_id.in_([r[0] for r in rows]))
        for cid, eid in conn.execute(query):
            found.setdefault(cid, set()).add(eid)
        return found

    scan = _scan(store, c.c.id, [c.c.record], where=(c.c.id.not_in(_pending_clusters()),), related=members)
    n_bad, bad = _tally(cid for (cid, record), found in scan
                        if set((record or {}).get("members") or []) != found.get(cid, set()))
    if n_bad:
        yield Problem("cluster", "clusters", f"{n_bad} cluster record(s) list other members than cluster_members",
                      n_bad, bad)


# ----------------------------------------------------------------------------------------------- extraction


def _extraction(store: Store) -> Iterator[Problem]:
    a = t.articles
    # a re-queued article whose new extraction failed keeps its earlier rows until a retry succeeds
    unmarked = sa.select(a.c.id).where(a.c.extracted_at.is_(None), a.c.extract_failed_at.is_(None))
    with store.read() as conn:
        for table in (t.mentions, t.time_exprs, t.quotes, t.events):
            query = sa.select(table.c.article_id).where(table.c.article_id.in_(unmarked)).distinct()
            sub = query.subquery()
            n = conn.execute(sa.select(sa.func.count()).select_from(sub)).scalar_one()
            if n:
                ex = [str(i) for i in conn.execute(sa.select(sub.c.article_id).limit(EXAMPLES)).scalars()]
                yield Problem("extraction", table.name,
                              f"{n} article(s) not marked extracted have {table.name} rows (a partial extraction)", n, ex)
        query = sa.select(a.c.id).where(a.c.clustered_at.is_not(None), a.c.extracted_at.is_(None))
        n, ex = _count_and_examples(conn, query, a.c.id)
        if n:
            yield Problem("extraction", "articles", f"{n} article(s) marked clustered but not extracted", n, ex)


def _event_actors(store: Store) -> Iterator[Problem]:
    """Each event's actor rows are the actors and recipients of its record."""
    from .extractions import _event_actor_rows
    from ..models import Event

    e, ea = t.events, t.event_actors

    def actor_rows(conn: sa.Connection, rows: list[Any]) -> dict[str, set[tuple[str, str]]]:
        stored: dict[str, set[tuple[str, str]]] = {}
        query = sa.select(ea.c.event_id, ea.c.side, ea.c.actor_key).where(ea.c.event_id.in_([r[0] for r in rows]))
        for eid, side, key in conn.execute(query):
            stored.setdefault(eid, set()).add((side, key))
        return stored

    def disagrees(eid: str, record: Any, stored: dict[str, set[tuple[str, str]]]) -> bool:
        try:
            event = Event.from_dict(record)
            wanted = {(r["side"], r["actor_key"]) for r in _event_actor_rows(event)}
        except (TypeError, KeyError, ValueError, AttributeError):
            return True
        return wanted != stored.get(eid, set()) or event.id != eid

    n_bad, bad = _tally(eid for (eid, record), stored in _scan(store, e.c.id, [e.c.record], related=actor_rows)
                        if disagrees(eid, record, stored))
    if n_bad:
        yield Problem("extraction", "event_actors", f"{n_bad} event(s) whose actor rows or id disagree with their record",
                      n_bad, bad)


def _content_hashes(store: Store) -> Iterator[Problem]:
    from ..ingest.metadata import content_hash

    a = t.articles
    scan = _scan(store, a.c.seq, [a.c.id, a.c.text, a.c.content_hash], batch=500)
    n_bad, bad = _tally(aid for (_seq, aid, text, digest), _ in scan if content_hash(text or "") != digest)
    if n_bad:
        yield Problem("article", "articles", f"{n_bad} article(s) whose text does not match their content_hash", n_bad, bad)


# ------------------------------------------------------------------------------------------------------ FTS


def _fts(store: Store) -> Iterator[Problem]:
    if store.dialect != "sqlite":
        return  # PostgreSQL's tsvector is a generated column: it cannot disagree with the text
    with store.engine.connect().execution_options(readonly=True) as conn:
        with conn.begin():
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
        if "articles_fts" not in names:
            yield Problem("fts", "articles_fts", "the full-text index is missing")
            return
        missing = {"articles_fts_insert", "articles_fts_delete", "articles_fts_update"} - names
        if missing:
            yield Problem("fts", "articles_fts", f"trigger(s) keeping the full-text index in step are missing: "
                                                 f"{', '.join(sorted(missing))}")
        try:
            # rank=1 compares the index with the content table (articles), not only with itself; a plain
            # transaction (no write lock) is enough: the command reads only
            with conn.begin():
                conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        except sa.exc.SQLAlchemyError as exc:
            yield Problem("fts", "articles_fts", f"the full-text index disagrees with the articles: {short_reason(exc)}")
            return
        with conn.begin():
            n_docs = conn.exec_driver_sql("SELECT count(*) FROM articles_fts_docsize").scalar_one()
            n_articles = conn.exec_driver_sql("SELECT count(*) FROM articles").scalar_one()
        if n_docs != n_articles:
            yield Problem("fts", "articles_fts", f"the full-text index holds {n_docs} document(s) for {n_articles} article(s)",
                          abs(n_docs - n_articles))


def _dyad_pairs(store: Store) -> Iterator[Problem]:
    """``cluster_pairs`` is derived by triggers: one row per ordered pair of a cluster's actor rows with distinct keys,
    holding the cluster's type, status, score, end date, quad class and ``dated``, and the actor rows' date."""
    c, p = t.clusters, t.cluster_pairs
    a, b = t.cluster_actors.alias("a"), t.cluster_actors.alias("b")
    copied = [(p.c.event_type, c.c.event_type), (p.c.status, c.c.status), (p.c.score, c.c.score),
              (p.c.date_end, c.c.date_end), (p.c.quad_class, c.c.quad_class)]
    with store.read() as conn:
        stale = (sa.select(p.c.cluster_id).select_from(p.join(c, c.c.id == p.c.cluster_id))
                 .where(sa.or_(*(x.is_distinct_from(y) for x, y in copied),
                               p.c.dated.is_distinct_from(c.c.date_start.is_not(None)))))
        n, ex = _count_and_examples(conn, stale, p.c.cluster_id)
        if n:
            yield Problem("cluster", "cluster_pairs", f"{n} dyad pair row(s) disagree with their cluster", n, ex)
        match = [p.c.cluster_id == a.c.cluster_id, p.c.a_key == a.c.actor_key, p.c.side_a == a.c.side,
                 p.c.b_key == b.c.actor_key, p.c.side_b == b.c.side]
        missing = (sa.select(a.c.cluster_id)
                   .select_from(a.join(b, sa.and_(b.c.cluster_id == a.c.cluster_id, b.c.actor_key != a.c.actor_key)))
                   .where(~sa.exists().where(*match)))
        n, ex = _count_and_examples(conn, missing, a.c.cluster_id)
        if n:
            yield Problem("cluster", "cluster_pairs", f"{n} pair(s) of cluster actor rows missing from cluster_pairs",
                          n, ex)
        extra = sa.select(p.c.cluster_id).where(~sa.exists().where(
            *match, b.c.cluster_id == a.c.cluster_id, p.c.date_start.is_not_distinct_from(a.c.date_start)))
        n, ex = _count_and_examples(conn, extra, p.c.cluster_id)
        if n:
            yield Problem("cluster", "cluster_pairs", f"{n} dyad pair row(s) match no pair of cluster actor rows", n, ex)


CHECKS: tuple[tuple[str, Callable[[Store], Iterator[Problem]]], ...] = (
    ("orphans", _orphans),
    ("clusters", _clusters),
    ("dyad_pairs", _dyad_pairs),
    ("extraction", _extraction),
    ("event_actors", _event_actors),
    ("content_hashes", _content_hashes),
    ("fts", _fts),
)
_DEEP = {"event_actors", "content_hashes", "dyad_pairs"}
