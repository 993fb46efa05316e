"""Polling watched sources politely and claiming each new item once.

A source is a folder (every file with a known extension; a file is new again when its size or modification time
changes), a local feed file or a feed URL (each entry, keyed by its link). Feed URLs are fetched with a conditional
GET (``If-None-Match``/``If-Modified-Since`` from the last answer), no sooner than ``watch_host_interval`` seconds
after the last poll of the source, and one feed per host per pass; after an error a source waits a minute (or the
host interval), twice as long after each further error, up to a day.
What a source last did (success, error, items seen, validators) is kept in ``watch_sources``.

Every item is claimed in ``watch_items`` before it is read (the primary key is the claim), so watchers sharing a
store never both ingest it; a claim left unfinished by a killed watcher is taken over once its owner process is gone
(same machine) or its lease (``watch_lease``) has run out.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import urljoin, urlsplit

import sqlalchemy as sa

from ..errors import InputError
from ..ingest import Fetcher
from ..ingest.feeds import read_feed
from ..ingest.metadata import utc_now
from ..ingest.sources import EXTENSIONS, read, read_local_item, read_url, walk_readable
from ..store import schema as t

__all__ = ["CollectReport", "collect", "source_key", "source_states"]

#: seconds a failing source waits after its first error (or the host interval if longer), doubled after each error
MIN_BACKOFF = 60.0
MAX_BACKOFF = 86_400.0


@dataclass
class CollectReport:
    """What one pass took from its sources."""

    stored: list[str] = field(default_factory=list)
    duplicates: int = 0
    failed: list[InputError] = field(default_factory=list)
    items: int = 0
    skipped_sources: list[str] = field(default_factory=list)


def source_key(source: str) -> str:
    return source if "://" in source else str(Path(source).expanduser().absolute())


def _at(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def _later(seconds: float) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)).isoformat(timespec="seconds")


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _owner_gone(owner: str | None) -> bool:
    """True when ``owner`` was a process on this machine that no longer runs."""
    host, _, pid = (owner or "").rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class Collector:
    """One pass over the sources, with the workspace's store, settings and a fetcher."""

    def __init__(self, an: Any, fetcher: Fetcher | None = None) -> None:
        self.an, self.store, self.settings = an, an.store, an.settings
        self.fetcher = fetcher
        self.report = CollectReport()
        self._hosts: set[str] = set()

    # ------------------------------------------------------------------------------------------ claims

    def claim(self, source: str, item: str, version: str) -> bool:
        """Take the item for this process; False when another watcher has it (or it is done)."""
        w = t.watch_items
        now = utc_now()
        row = {"source_key": source, "item_key": item[:2000], "version": version[:80], "claimed_at": now,
               "owner": _owner()}
        with self.store.write() as conn:
            inserted = self.store.insert(w).values(**row).on_conflict_do_nothing().returning(w.c.item_key)
            if conn.execute(inserted).first() is not None:
                return True
            key = (w.c.source_key == row["source_key"], w.c.item_key == row["item_key"], w.c.version == row["version"])
            found = conn.execute(sa.select(w.c.done_at, w.c.claimed_at, w.c.owner).where(*key)).first()
            if found is None or found.done_at is not None:
                return False
            claimed, at_now = _at(found.claimed_at), _at(now)
            expired = claimed is None or at_now is None or (at_now - claimed).total_seconds() >= self.settings.watch_lease
            if not (expired or _owner_gone(found.owner)):
                return False
            taken = conn.execute(sa.update(w).where(*key, w.c.done_at.is_(None), w.c.owner == found.owner)
                                 .values(claimed_at=now, owner=row["owner"]).returning(w.c.item_key))
            return taken.first() is not None

    def finish(self, source: str, item: str, version: str, articles: int, error: str | None) -> None:
        w = t.watch_items
        with self.store.write() as conn:
            conn.execute(sa.update(w).where(w.c.source_key == source, w.c.item_key == item[:2000],
                                            w.c.version == version[:80])
                         .values(done_at=utc_now(), articles=articles, error=error))

    def ingest_item(self, source: str, item: str, version: str, results: Iterable[Any]) -> None:
        """Claim the item, read it (``results``: an iterator of articles and errors, read lazily) and store it."""
        if not self.claim(source, item, version):
            return
        self.report.items += 1
        articles: list[Any] = []
        errors: list[InputError] = []
        for result in results:
            (errors if isinstance(result, InputError) else articles).append(result)
        if articles:
            added = self.store.add_articles(articles)
            self.report.stored.extend(added.stored)
            self.report.duplicates += len(added.duplicates)
        self.report.failed.extend(errors)
        self.finish(source, item, version, len(articles), "; ".join(e.reason for e in errors)[:500] or None)

    # ----------------------------------------------------------------------------------------- sources

    def _state(self, key: str, kind: str) -> Any:
        s = t.watch_sources
        with self.store.write() as conn:
            conn.execute(self.store.insert(s).values(key=key, kind=kind, errors=0, items_seen=0)
                         .on_conflict_do_nothing())
            return conn.execute(sa.select(s).where(s.c.key == key)).first()

    def _save(self, key: str, **values: Any) -> None:
        s = t.watch_sources
        with self.store.write() as conn:
            conn.execute(sa.update(s).where(s.c.key == key).values(**values))

    def poll(self, source: str, *, force: bool = False) -> None:
        key = source_key(source)
        kind = "url" if "://" in source else ("dir" if Path(key).is_dir() else "file")
        state = self._state(key, kind)
        if not force and state.next_poll_at and state.next_poll_at > utc_now():
            self.report.skipped_sources.append(source)
            return
        if kind == "url" and self.settings.watch_host_interval > 0:
            host = host_of(key)
            if host in self._hosts:  # another feed of this host was asked in this pass
                self.report.skipped_sources.append(source)
                return
            self._hosts.add(host)
        before = self.report.items
        try:
            if kind == "dir":
                self._poll_dir(key)
            elif kind == "file":
                self._poll_file(key)
            else:
                self._poll_url(key, state)
        except InputError as exc:
            errors = (state.errors or 0) + 1
            self.report.failed.append(exc)
            self._save(key, last_error=exc.reason[:500], last_error_at=utc_now(), errors=errors,
                       next_poll_at=_later(min(MAX_BACKOFF, max(self.settings.watch_host_interval, MIN_BACKOFF)
                                                   * 2 ** (errors - 1))))
            return
        self._save(key, last_success=utc_now(), errors=0, items_seen=(state.items_seen or 0) + self.report.items - before,
                   next_poll_at=_later(self.settings.watch_host_interval) if kind == "url" else None)

    def _poll_dir(self, root: str) -> None:
        for path in walk_readable(Path(root)):
            try:
                st = path.stat()
            except OSError:
                continue  # gone since the listing
            version = f"{st.st_size}:{st.st_mtime_ns}"
            self.ingest_item(root, str(path.relative_to(root)), version,
                             read([str(path)], self.settings, fetcher=self._fetcher()))

    def _poll_file(self, path: str) -> None:
        p = Path(path)
        if EXTENSIONS.get(p.suffix.lower()) != "feed":  # a single article file: one item
            st = p.stat() if p.exists() else None
            if st is None:
                raise InputError(path, "no such file")
            self.ingest_item(path, p.name, f"{st.st_size}:{st.st_mtime_ns}",
                             read([path], self.settings, fetcher=self._fetcher()))
            return
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise InputError(path, f"cannot read ({exc.strerror or exc})") from None
        for item in read_feed(data, path):
            if item.error:
                self.report.failed.append(item.error)
                continue
            link = item.link or ""
            self.ingest_item(path, link or item.where, "1",
                             _guarded(f"{item.where} ({link})", partial(
                                 read_local_item, link, item.where, p.parent, self.settings, item.hints,
                                 self._fetcher())))

    def _poll_url(self, url: str, state: Any) -> None:
        fetcher = self._fetcher()
        # checked like every fetch: addresses, each redirect, the deadline, max_bytes while reading, the content type
        page = fetcher.fetch_if_changed(url, etag=state.etag, last_modified=state.last_modified)
        if page is None:  # 304 Not Modified
            return
        self._save(url, etag=page.etag, last_modified=page.last_modified)
        for item in read_feed(page.content, url):
            if item.error:
                self.report.failed.append(item.error)
                continue
            link = urljoin(page.url, item.link or "")
            self.ingest_item(url, link, "1", _guarded(f"{item.where} ({link})", partial(
                read_url, link, self.settings, item.hints, fetcher, in_feed=True)))

    def _fetcher(self) -> Fetcher:
        if self.fetcher is None:
            self.fetcher = Fetcher(self.settings)
        return self.fetcher


def _guarded(where: str, make: Any) -> Iterator[Any]:
    """The results of ``make()``, with any failure turned into one ``InputError`` naming ``where``."""
    try:
        yield from make()
    except InputError as exc:
        yield type(exc)(where, exc.reason)
    except Exception as exc:  # noqa: BLE001 - one item's failure never stops the feed
        from ..ingest.sources import unexpected

        yield unexpected(where, exc)


def collect(an: Any, sources: Iterable[str], *, fetcher: Fetcher | None = None, force: bool = False) -> CollectReport:
    """Poll every source that is due (all of them with ``force``), claiming and storing what is new."""
    collector = Collector(an, fetcher)
    try:
        for source in sources:
            collector.poll(source, force=force)
    finally:
        if fetcher is None and collector.fetcher is not None:
            collector.fetcher.close()
    return collector.report


def source_states(store: Any) -> list[dict[str, Any]]:
    """Every watched source's state (``annalyst watch --status``)."""
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.select(t.watch_sources).order_by(t.watch_sources.c.key))]


def host_of(url: str) -> str:
    return urlsplit(url).hostname or ""
