"""The Python API: ``Annalyst`` ties settings, the store and the stages together. The CLI and the web server are
thin layers over it.

>>> from annalyst import Annalyst
>>> an = Annalyst(db="news.db")
>>> report = an.ingest(["articles/", "https://example.org/feed.xml"])
>>> report.stored, [str(e) for e in report.failed]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import IO, Any, BinaryIO, Callable, Iterable, Iterator

from .errors import InputError
from .models import Article
from .settings import Settings
from .store import ArticleRow, Store

__all__ = ["Annalyst", "IngestReport", "demo_corpus_path"]


@dataclass
class IngestReport:
    stored: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def demo_corpus_path() -> Path:
    """The bundled sample corpus (fictional articles written for annalyst)."""
    return Path(str(importlib_resources.files("annalyst") / "data" / "demo"))


class Annalyst:
    """A workspace: settings plus a store (opened on first use)."""

    def __init__(self, db: str | None = None, settings: Settings | None = None, **overrides: Any) -> None:
        self.settings = (settings or Settings()).replace(db=db, **overrides)
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.settings.db_url)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> Annalyst:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------------------------ ingest

    def ingest(
        self,
        sources: Iterable[str],
        *,
        published: str | None = None,
        stdin: BinaryIO | None = None,
        fetcher: Any = None,
        progress: Callable[[Article | InputError], None] | None = None,
    ) -> IngestReport:
        """Read ``sources`` and store every article, in transactions of ``batch_size`` articles.

        A source that cannot be read is reported in ``failed`` and skipped; the others are stored.
        """
        from .ingest import Hints, read

        report = IngestReport()
        batch: list[Article] = []

        def flush() -> None:
            if batch:
                result = self.store.add_articles(batch)
                report.stored.extend(result.stored)
                report.duplicates.extend(result.duplicates)
                batch.clear()

        for item in read(sources, self.settings, hints=Hints(published=published), stdin=stdin, fetcher=fetcher):
            if isinstance(item, InputError):
                report.failed.append(item)
            else:
                batch.append(item)
                if len(batch) >= self.settings.batch_size:
                    flush()
            if progress:
                progress(item)
        flush()
        return report

    # ---------------------------------------------------------------------------------------------- articles

    def articles(self, **filters: Any) -> list[ArticleRow]:
        return self.store.list_articles(**filters)

    def article(self, article_id: str) -> Article:
        return self.store.get_article(article_id)

    def iter_articles(self) -> Iterator[Article]:
        return self.store.iter_articles()

    def export_articles(self, fmt: str, out: IO[str] | Path) -> int:
        from .export import write_records

        records = (a.to_dict() for a in self.store.iter_articles())
        if fmt != "jsonl":
            records = ({k: v for k, v in r.items() if k != "furniture"} for r in records)
        return write_records(records, fmt, out)
