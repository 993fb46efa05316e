"""Marking spans of article text in HTML without ever trusting the text.

The text is cut at every span boundary; each piece is escaped with markupsafe and wrapped only in tags we
write ourselves (``<mark>`` and, for linked actors, ``<a>``), whose attribute values are escaped too. Nothing
from an article reaches the page unescaped, so a title or body containing markup renders as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable
from urllib.parse import quote

from markupsafe import Markup, escape

__all__ = ["Span", "highlight", "snippet_html", "actor_href"]


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` marked with CSS class ``kind``; ``title`` becomes a tooltip, ``href`` a link."""

    start: int
    end: int
    kind: str
    title: str | None = None
    href: str | None = None


def actor_href(actor_id: str) -> str:
    return "/actors/" + quote(actor_id, safe="")


_KINDS_ORDER = ("evidence", "trigger", "mention", "time", "quote")


def highlight(text: str, spans: Iterable[Span], start: int = 0, end: int | None = None) -> Markup:
    """``text[start:end]`` as HTML with ``spans`` (absolute offsets into ``text``) marked; spans may overlap."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    clipped = [s for s in spans if s.end > start and s.start < end and s.end > s.start and s.kind.replace("-", "").isalnum()]
    cuts = {start, end}
    for s in clipped:
        cuts.add(max(s.start, start))
        cuts.add(min(s.end, end))
    bounds = sorted(cuts)
    parts: list[str] = []
    for lo, hi in zip(bounds, bounds[1:]):
        piece = escape(text[lo:hi])
        active = [s for s in clipped if s.start <= lo and s.end >= hi]
        if not active:
            parts.append(piece)
            continue
        kinds = sorted({s.kind for s in active}, key=lambda k: (_KINDS_ORDER.index(k) if k in _KINDS_ORDER else 99, k))
        titles = [s.title for s in active if s.title]
        href = next((s.href for s in active if s.href), None)
        inner = Markup('<a href="{}">{}</a>').format(href, piece) if href else piece
        if titles:
            parts.append(Markup('<mark class="{}" title="{}">{}</mark>').format(" ".join(kinds), "; ".join(titles), inner))
        else:
            parts.append(Markup('<mark class="{}">{}</mark>').format(" ".join(kinds), inner))
    return Markup("").join(parts)


def snippet_html(snippet: str | None, open_mark: str = "[", close_mark: str = "]") -> Markup:
    """A full-text snippet whose matches are bracketed (``[word]``) as HTML with the matches in ``<mark>``."""
    if not snippet:
        return Markup("")
    parts: list[str] = []
    rest = snippet
    while rest:
        i = rest.find(open_mark)
        j = rest.find(close_mark, i + 1) if i >= 0 else -1
        if i < 0 or j < 0:
            parts.append(escape(rest))
            break
        parts.append(escape(rest[:i]))
        parts.append(Markup('<mark class="match">{}</mark>').format(rest[i + 1:j]))
        rest = rest[j + 1:]
    return Markup("").join(parts)
