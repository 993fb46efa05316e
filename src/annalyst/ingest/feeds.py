"""RSS and Atom feeds: each item's page is ingested; the item's date, author and title fill what the page lacks."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import date

from ..errors import InputError
from .build import Hints
from .decode import usable_codec

__all__ = ["FeedItem", "read_feed"]


@dataclass
class FeedItem:
    where: str  # "feed.xml item 3"
    link: str | None
    hints: Hints
    error: InputError | None = None


def _struct_date(value: time.struct_time | None) -> str | None:
    if not value:
        return None
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    except ValueError:
        return None


_XML_ENCODING = re.compile(rb"""^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["']([^"']*)["']""", re.I)


def _drop_unusable_encoding(data: bytes) -> bytes:
    """``data`` without its XML declaration's encoding when no document can be in it (``punycode``, ``undefined``,
    an unknown name): the feed is then read as UTF-8, as if it declared nothing."""
    m = _XML_ENCODING.match(data[:1024])
    if m and not usable_codec(m.group(2).decode("ascii", "replace")):
        return m.group(1) + data[m.end():]
    return data


def read_feed(data: bytes | str, source: str) -> list[FeedItem]:
    """The items of a feed. A feed that cannot be parsed at all raises ``InputError``; an item without a link is
    returned with its error, so the other items are still read."""
    import feedparser

    if isinstance(data, bytes):
        data = _drop_unusable_encoding(data)
    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # noqa: BLE001 - feedparser raises assorted errors on malformed feeds (a bad encoding name)
        raise InputError(source, f"not a readable RSS/Atom feed ({exc.__class__.__name__}: {exc})") from None
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        reason = parsed.get("bozo_exception")
        raise InputError(source, f"not a readable RSS/Atom feed ({reason})")
    if not entries and not parsed.get("feed"):
        raise InputError(source, "not a readable RSS/Atom feed (no channel, no items)")
    site = (parsed.get("feed") or {}).get("title")
    items = []
    for n, entry in enumerate(entries, 1):
        where = f"{source} item {n}"
        link = entry.get("link")
        authors = [a.get("name") for a in entry.get("authors", []) if isinstance(a, dict) and a.get("name")]
        if not authors and entry.get("author"):
            authors = [entry["author"]]
        hints = Hints(
            url=link,
            feed_published=_struct_date(entry.get("published_parsed") or entry.get("updated_parsed")),
            feed_authors=[a for a in authors if a],
            feed_title=entry.get("title"),
            site=site,
        )
        error = None if link else InputError(where, "feed item has no link")
        items.append(FeedItem(where=where, link=link, hints=hints, error=error))
    return items
