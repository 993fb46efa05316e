"""Turning what the user names (files, directories, URLs, feeds, ``-`` for stdin) into articles.

``read(sources)`` yields, in order, an ``Article`` for each article read and an ``InputError`` for each input that
could not be read (naming the input and the reason). One bad input never stops the others: any exception while
reading one input (a file, a URL, a feed item, a JSONL line, a file in a folder) becomes that input's ``InputError``
and reading goes on with the next input; the articles already read are yielded as they come.

Paths are read only when they are regular files (a device, a FIFO or a socket, also behind a symlink, is an error
line), with ``max_bytes`` enforced while reading rather than trusted from the file's reported size.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator
from urllib.parse import urljoin, urlsplit

from ..errors import AnnalystError, InputError, RefusedURL
from ..models import Article
from ..settings import Settings
from .build import Hints
from .decode import check_binary, decode, sniff_kind
from .feeds import read_feed
from .fetch import Fetcher
from .html import read_html
from .jsonl import read_jsonl
from .metadata import utc_now
from .text import read_text

__all__ = ["read", "read_document", "read_url", "read_local_item", "walk_readable", "EXTENSIONS"]

#: file extensions read from directories, and the reader each one selects
EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}

Result = Article | InputError


def read(
    sources: Iterable[str],
    settings: Settings | None = None,
    *,
    hints: Hints | None = None,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Result]:
    settings = settings or Settings()
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher(settings)
    try:
        for source in sources:
            yield from _read_source(str(source), settings, hints or Hints(), stdin, fetcher)
    finally:
        if own_fetcher:
            fetcher.close()


def _read_source(source: str, settings: Settings, hints: Hints, stdin, fetcher: Fetcher) -> Iterator[Result]:  # noqa: ANN001
    try:
        if source == "-":
            stream = stdin or sys.stdin.buffer
            data = stream.read(settings.max_bytes + 1)
            if len(data) > settings.max_bytes:
                raise InputError("<stdin>", f"input is over the {settings.max_bytes / 1e6:.0f} MB limit (max_bytes)")
            yield from read_document(data, "<stdin>", None, settings, hints, fetcher)
        elif "://" in source:
            yield from read_url(source, settings, hints, fetcher)
        else:
            path = Path(source).expanduser()
            if path.is_dir():
                yield from _read_dir(path, settings, hints, fetcher)
            else:
                yield from _read_file(path, settings, hints, fetcher)
    except InputError as exc:
        yield exc
    except AnnalystError as exc:
        yield InputError(source, str(exc))
    except Exception as exc:  # noqa: BLE001 - one input's failure, whatever it is, must not stop the batch
        yield unexpected(source, exc)


def unexpected(source: str, exc: BaseException) -> InputError:
    """The error line for an exception no reader expected while reading ``source``."""
    if isinstance(exc, InputError):
        return exc
    if isinstance(exc, AnnalystError):
        return InputError(source, str(exc))
    if isinstance(exc, MemoryError):
        return InputError(source, "cannot read (ran out of memory)")
    if isinstance(exc, RecursionError):
        return InputError(source, "cannot read (nested too deeply)")
    detail = str(exc)[:200]
    return InputError(source, f"cannot read ({exc.__class__.__name__}{': ' + detail if detail else ''})")


def read_url(url: str, settings: Settings, hints: Hints, fetcher: Fetcher, in_feed: bool = False) -> Iterator[Result]:
    """The articles of the page (or feed, or JSONL) at ``url``, fetched with ``fetcher``; ``in_feed``: the URL is a
    feed item's link (a feed inside a feed is refused). Raises ``RefusedURL`` or ``FetchError`` for the URL itself."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise RefusedURL(url, f"only http and https URLs are fetched, not {scheme}://")
    page = fetcher.fetch(url)
    kind = {"application/rss+xml": "feed", "application/atom+xml": "feed", "text/plain": "text",
            "application/json": "jsonl", "application/x-ndjson": "jsonl", "application/jsonl": "jsonl"}.get(page.content_type)
    item_hints = Hints(**{**vars(hints), "url": hints.url or page.url, "fetched_at": page.fetched_at})
    yield from read_document(page.content, url, kind, settings, item_hints, fetcher, charset=page.charset, base=page.url,
                             in_feed=in_feed)


def _read_file(path: Path, settings: Settings, hints: Hints, fetcher: Fetcher, in_feed: bool = False) -> Iterator[Result]:
    source = str(path)
    data = read_regular_file(path, settings.max_bytes)
    kind = EXTENSIONS.get(path.suffix.lower())
    yield from read_document(data, source, kind, settings, hints, fetcher, base_dir=path.parent, in_feed=in_feed)


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` when it is a regular file (after following symlinks) of at most ``limit`` bytes; raises
    ``InputError`` otherwise. The file is opened without blocking (a FIFO with no writer would wait forever), checked
    on the open descriptor (no swap between check and read), and read with the limit counted as the bytes arrive: a
    file growing while read, or one whose reported size is wrong, stops at ``limit + 1`` bytes."""
    source = str(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputError(source, "no such file or directory") from None
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(mode):
        raise InputError(source, f"only regular files are read: this is {_kind_of(mode)}")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(source, f"only regular files are read: this is {_kind_of(info.st_mode)}")
        if info.st_size > limit:
            raise InputError(source, f"file is {info.st_size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit (max_bytes)")
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise InputError(source, f"file is over the {limit / 1e6:.0f} MB limit (max_bytes)")
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def walk_readable(root: Path) -> Iterator[Path]:
    """The files under ``root`` that ingestion reads (by extension), in name order, hidden files and folders left out."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if not name.startswith(".") and path.suffix.lower() in EXTENSIONS:
                yield path


def _read_dir(root: Path, settings: Settings, hints: Hints, fetcher: Fetcher) -> Iterator[Result]:
    for path in walk_readable(root):
        try:
            yield from _read_file(path, settings, hints, fetcher)
        except Exception as exc:  # noqa: BLE001 - one file's failure never stops the folder
            yield unexpected(str(path), exc)


def read_document(
    data: bytes,
    source: str,
    kind: str | None,
    settings: Settings,
    hints: Hints,
    fetcher: Fetcher,
    *,
    charset: str | None = None,
    base: str | None = None,
    base_dir: Path | None = None,
    in_feed: bool = False,
) -> Iterator[Result]:
    """Read one document of ``kind`` (sniffed from its content when None or when the content disagrees).
    ``in_feed``: the document is a feed item's page, so it may not be a feed itself (a feed linking to itself or to
    other feeds would be read without end)."""
    check_binary(data, source)
    text = decode(data, source, declared=charset)
    sniffed = sniff_kind(text)
    if kind is None or (kind in ("text", "feed") and sniffed in ("html", "feed")) or (kind == "html" and sniffed == "feed"):
        kind = sniffed
    if kind == "html":
        yield read_html(text, source, hints)
    elif kind == "jsonl":
        yield from read_jsonl(text, source, hints)
    elif kind == "feed":
        if in_feed:
            raise InputError(source, "a feed item links to a feed: feeds inside feeds are not followed")
        yield from _read_feed_items(data, source, settings, fetcher, base, base_dir)
    else:
        yield read_text(text, source, hints)


def _read_feed_items(data: bytes, source: str, settings: Settings, fetcher: Fetcher, base: str | None,
                     base_dir: Path | None) -> Iterator[Result]:
    for item in read_feed(data, source):
        if item.error:
            yield item.error
            continue
        link = item.link or ""
        try:
            if base:  # a feed fetched from the web: links resolve against its URL, and only http(s) is followed
                yield from read_url(urljoin(base, link), settings, item.hints, fetcher, in_feed=True)
            elif "://" in link:
                yield from read_url(link, settings, item.hints, fetcher, in_feed=True)
            else:  # a local feed file may point at pages beside it, never outside its folder
                yield from read_local_item(link, item.where, base_dir, settings, item.hints, fetcher)
        except InputError as exc:
            yield type(exc)(f"{item.where} ({link})", exc.reason)  # keeps RefusedURL, FetchError
        except Exception as exc:  # noqa: BLE001 - one item's failure never stops the feed
            yield unexpected(f"{item.where} ({link})", exc)


def read_local_item(link: str, where: str, base_dir: Path | None, settings: Settings, hints: Hints,
                    fetcher: Fetcher) -> Iterator[Result]:
    """The articles of the file a local feed's item links to (``link``, relative to the feed's folder ``base_dir``;
    ``where`` names the item). Raises ``RefusedURL`` for a link outside that folder or with nothing to resolve
    against."""
    if base_dir is None:
        raise RefusedURL(where, "a relative link in a feed read from stdin has nothing to resolve against")
    root = base_dir.resolve()
    target = (root / link).resolve()
    if root not in target.parents and target != root:
        raise RefusedURL(where, "a feed may only link to local files inside its own folder")
    hints = Hints(**{**vars(hints), "url": None, "fetched_at": hints.fetched_at or utc_now()})
    yield from _read_file(target, settings, hints, fetcher, in_feed=True)
