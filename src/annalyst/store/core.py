"""``Store``: the one way into the database, for SQLite and PostgreSQL alike.

Every write goes through ``Store.write()`` — one transaction (``BEGIN IMMEDIATE`` on SQLite, so concurrent
writers queue instead of failing halfway); a batch is stored whole or not at all, and a killed process leaves
only whole batches behind. Reads use ``Store.read()``.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from ..errors import NotFound, QueryTooExpensive, StoreError
from ..models import Article, Furniture, Published
from . import schema as t
from .engine import make_engine, migrate, short_reason
from .search import parse_search, to_fts5, to_websearch
from .actors import ActorStore
from .clusters import ClusterStore
from .extractions import ExtractionStore

__all__ = ["Store", "AddResult", "ArticleRow"]


@dataclass
class AddResult:
    stored: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (article id, source)


@dataclass
class ArticleRow:
    """An article as listed (no body)."""

    id: str
    title: str | None
    site: str | None
    published: str | None
    published_source: str | None
    language: str | None
    url: str | None
    source: str | None
    n_events: int | None = None
    snippet: str | None = None


def _now() -> str:
    from ..ingest.metadata import utc_now

    return utc_now()


class Store(ExtractionStore, ClusterStore, ActorStore):
    """A store at ``url`` (a SQLAlchemy URL; see ``Settings.db_url``), migrated to the newest schema on open."""

    #: seconds one read may take before it is interrupted with ``QueryTooExpensive`` (0: no limit); the web
    #: server sets it from the ``query_timeout`` setting
    query_timeout: float = 0.0

    def __init__(self, url: str, *, auto_migrate: bool = True) -> None:
        self.url = url
        try:
            self.engine = make_engine(url)
            if auto_migrate:
                migrate(self.engine)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot open the store {self.display_url}: {short_reason(exc)}") from None
        self.dialect = self.engine.dialect.name

    @property
    def display_url(self) -> str:
        return sa.engine.make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------------------ transactions

    @contextlib.contextmanager
    def write(self) -> Iterator[sa.Connection]:
        """The one write path: a transaction that commits whole or rolls back whole."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"write to {self.display_url} failed: {short_reason(exc)}") from exc

    @contextlib.contextmanager
    def read(self) -> Iterator[sa.Connection]:
        """A read transaction, bounded by ``query_timeout`` seconds when that is set (an SQLite progress handler /
        PostgreSQL ``statement_timeout``): past it the statement is interrupted and ``QueryTooExpensive`` raised."""
        limit = self.query_timeout
        try:
            with self.engine.connect().execution_options(readonly=True) as conn:
                with read_deadline(conn, limit):
                    with conn.begin():
                        if limit and self.dialect == "postgresql":
                            conn.exec_driver_sql(f"SET LOCAL statement_timeout = {int(limit * 1000)}")
                        yield conn
        except sa.exc.SQLAlchemyError as exc:
            if limit and _interrupted(exc):
                raise QueryTooExpensive(f"query too expensive: it ran past the {limit:g} s limit (query_timeout); "
                                        f"narrow the search or the filters") from None
            raise StoreError(f"read from {self.display_url} failed: {short_reason(exc)}") from exc

    def insert(self, table: sa.Table):  # noqa: ANN201
        """A dialect INSERT that supports ``on_conflict_do_nothing``."""
        return (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(table)

    # ---------------------------------------------------------------------------------------------- articles

    def add_articles(self, articles: Iterable[Article]) -> AddResult:
        """Store ``articles`` in one transaction; an article whose id is already stored (or repeated within the
        batch) is a duplicate. One multi-row INSERT ... ON CONFLICT DO NOTHING RETURNING id tells which were new."""
        result = AddResult()
        now = _now()
        rows: dict[str, dict[str, Any]] = {}
        order: list[Article] = []
        for article in articles:
            order.append(article)
            rows.setdefault(article.id, _article_row(article, now))
        if not order:
            return result
        stmt = self.insert(t.articles).on_conflict_do_nothing(index_elements=["id"]).returning(t.articles.c.id)
        with self.write() as conn:
            inserted = {r[0] for r in conn.execute(stmt, list(rows.values()))}
        for article in order:
            if article.id in inserted:
                result.stored.append(article.id)
                inserted.discard(article.id)
            else:
                result.duplicates.append((article.id, article.source or article.url or ""))
        return result

    def get_article(self, article_id: str) -> Article:
        """The article with this id, or with this unique id prefix (at least 6 characters)."""
        with self.read() as conn:
            row = conn.execute(sa.select(t.articles).where(t.articles.c.id == article_id)).mappings().first()
            if row is None and len(article_id) >= 6:
                rows = conn.execute(
                    sa.select(t.articles).where(t.articles.c.id.startswith(article_id, autoescape=True)).limit(2)
                ).mappings().all()
                if len(rows) == 1:
                    row = rows[0]
                elif len(rows) > 1:
                    raise NotFound(f"article id prefix {article_id!r} is ambiguous")
        if row is None:
            raise NotFound(f"no article with id {article_id!r}")
        return _article_from_row(row)

    def count_articles(self) -> int:
        with self.read() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(t.articles)).scalar_one()

    def list_articles(
        self,
        *,
        search: str | None = None,
        language: str | None = None,
        site: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[ArticleRow]:
        a = t.articles
        cols = [a.c.id, a.c.title, a.c.site, a.c.published_date, a.c.published_source, a.c.language, a.c.url, a.c.source]
        query = sa.select(*cols)
        snippet = None
        search = _printable(search) if search else search
        if search:
            query, snippet = self._fulltext(query, search)
        if language:
            query = query.where(a.c.language == language)
        if site:
            query = query.where(a.c.site == site)
        if since:
            query = query.where(a.c.published_date >= since)
        if until:
            query = query.where(a.c.published_date <= until)
        if not search:
            query = query.order_by(a.c.published_date.desc().nulls_last(), a.c.seq.desc())
        query = query.limit(limit).offset(offset)
        with self.read() as conn:
            rows = conn.execute(query).all()
        out = []
        for row in rows:
            out.append(ArticleRow(
                id=row[0], title=row[1], site=row[2], published=row[3], published_source=row[4], language=row[5],
                url=row[6], source=row[7], snippet=row[8] if snippet is not None and len(row) > 8 else None,
            ))
        return out

    def _fulltext(self, query: sa.Select, search: str) -> tuple[sa.Select, Any]:
        """Restrict ``query`` to articles matching ``search`` (words, "phrases", OR, -word), best first."""
        a = t.articles
        if self.dialect == "sqlite":
            fts = sa.table("articles_fts", sa.column("rowid"), sa.column("articles_fts"), sa.column("rank"))
            snippet = sa.func.snippet(sa.literal_column("articles_fts"), 1, "[", "]", "…", 12)
            query = (
                query.add_columns(snippet)
                .join(fts, fts.c.rowid == a.c.seq)
                .where(sa.literal_column("articles_fts").op("MATCH")(to_fts5(parse_search(search))))
                .order_by(sa.literal_column("articles_fts.rank"))
            )
            return query, snippet
        tsq = sa.func.websearch_to_tsquery("simple", to_websearch(parse_search(search)))
        tsv: Any = sa.literal_column("articles.tsv")
        snippet = sa.func.ts_headline("simple", a.c.text, tsq, "StartSel=[,StopSel=],MaxWords=20,MinWords=8")
        query = query.add_columns(snippet).where(tsv.op("@@")(tsq)).order_by(sa.func.ts_rank(tsv, tsq).desc())
        return query, snippet

    def search_ids(self, search: str) -> sa.Select:
        """A subquery of the ids of articles matching ``search`` (same syntax as ``list_articles(search=...)``),
        for other queries to filter on."""
        a = t.articles
        search = _printable(search)
        if self.dialect == "sqlite":
            fts = sa.table("articles_fts", sa.column("rowid"))
            matching = sa.select(fts.c.rowid).where(sa.literal_column("articles_fts").op("MATCH")(to_fts5(parse_search(search))))
            return sa.select(a.c.id).where(a.c.seq.in_(matching))
        tsq = sa.func.websearch_to_tsquery("simple", to_websearch(parse_search(search)))
        return sa.select(a.c.id).where(sa.literal_column("articles.tsv").op("@@")(tsq))

    def iter_articles(self, *, ids: Iterable[str] | None = None, pending_extraction: bool = False,
                      batch: int = 200) -> Iterator[Article]:
        """Articles in storage order, read in bounded batches (memory stays flat however large the store)."""
        a = t.articles
        if ids is not None:
            wanted = list(ids)
            for i in range(0, len(wanted), batch):
                with self.read() as conn:
                    rows = conn.execute(sa.select(a).where(a.c.id.in_(wanted[i:i + batch])).order_by(a.c.seq)).mappings().all()
                yield from (_article_from_row(r) for r in rows)
            return
        # an article whose extraction failed waits for `annalyst extract --retry-failed`
        where = (a.c.extracted_at.is_(None), a.c.extract_failed_at.is_(None)) if pending_extraction else ()
        for row, _ in self.scan([a], a.c.seq, where=where, batch=batch):
            yield _article_from_row(row._mapping)

    def scan(self, columns: list[Any], key: Any, *, where: Iterable[Any] = (), batch: int = 1000,
             related: Callable[[sa.Connection, list[Any]], Any] | None = None) -> Iterator[tuple[Any, Any]]:
        """Every row of ``columns`` (which hold the column ``key``) matching ``where``, in ``key`` order, read in
        batches of ``batch`` rows (keyset pagination: memory stays flat, and no read transaction stays open between
        batches). Each row comes with what ``related(conn, rows)`` read for its batch in the same transaction."""
        where = tuple(where)
        last = None
        while True:
            query = sa.select(*columns).where(*where)
            if last is not None:
                query = query.where(key > last)
            with self.read() as conn:
                rows = conn.execute(query.order_by(key).limit(batch)).all()
                if not rows:
                    return
                found = related(conn, list(rows)) if related is not None else None
            for row in rows:
                yield row, found
            last = rows[-1]._mapping[key]


_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")


def _printable(text: str) -> str:
    """Search text without control characters (a NUL ends an SQLite query and is refused by PostgreSQL)."""
    return text.translate(_CONTROL).strip()


def _interrupted(exc: BaseException) -> bool:
    """Whether a database error is the read deadline firing (SQLite "interrupted", PostgreSQL query_canceled)."""
    orig = getattr(exc, "orig", None)
    return "interrupted" in str(orig or exc) or getattr(orig, "sqlstate", None) == "57014"


@contextlib.contextmanager
def read_deadline(conn: sa.Connection, seconds: float) -> Iterator[None]:
    """Interrupt SQLite statements on ``conn`` running past ``seconds`` (a progress handler; PostgreSQL uses
    ``statement_timeout`` instead). No-op when ``seconds`` is 0."""
    if not seconds or conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.dbapi_connection
    deadline = time.monotonic() + seconds
    raw.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 20_000)  # type: ignore[union-attr]
    try:
        yield
    finally:
        raw.set_progress_handler(None, 0)  # type: ignore[union-attr]


def _article_row(article: Article, now: str) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "site": article.site,
        "title": article.title,
        "subtitle": article.subtitle,
        "authors": list(article.authors),
        "published_date": article.published.date,
        "published_source": article.published.source,
        "published_detail": article.published.detail,
        "language": article.language,
        "translated": bool(article.translated),
        "original_url": article.original_url,
        "text": article.text,
        "furniture": [f.to_dict() for f in article.furniture],
        "fetched_at": article.fetched_at,
        "content_hash": article.content_hash or "",
        "source": article.source,
        "section": article.section,
        "ingested_at": now,
    }


def _article_from_row(row: Any) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        url=row["url"],
        site=row["site"],
        title=row["title"],
        subtitle=row["subtitle"],
        authors=list(row["authors"] or []),
        published=Published(date=row["published_date"], source=row["published_source"], detail=row["published_detail"]),
        language=row["language"],
        translated=bool(row["translated"]),
        original_url=row["original_url"],
        furniture=[Furniture.from_dict(f) for f in row["furniture"] or []],
        fetched_at=row["fetched_at"],
        content_hash=row["content_hash"],
        source=row["source"],
        section=row["section"],
    )
