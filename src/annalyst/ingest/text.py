"""Plain text, including text scraped from a page with its furniture still in it (the seed files are such text)."""

from __future__ import annotations

import re

from ..models import Article, Published
from .build import Draft, Hints, build_article
from .furniture import segment

__all__ = ["read_text", "split_blocks"]

_ZERO_WIDTH = re.compile("[\u200b\u200c\u2060\ufeff]")


def split_blocks(text: str) -> list[str]:
    """Blocks of a plain text: one per line, except that hard-wrapped prose (lines broken at a fixed width and
    paragraphs separated by blank lines) is joined back into paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    nonblank = [ln for ln in lines if ln.strip()]
    if not nonblank:
        return []
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    wrapped = 0
    multi = 0
    for p in paragraphs:
        plines = [ln for ln in p.split("\n") if ln.strip()]
        if len(plines) > 1:
            multi += 1
            if all(40 <= len(ln) <= 100 for ln in plines[:-1]) and not all(
                re.search(r"[.!?。:]\s*$", ln) for ln in plines[:-1]
            ):
                wrapped += 1
    if multi and wrapped / multi >= 0.6:
        return [" ".join(ln.strip() for ln in p.split("\n") if ln.strip()) for p in paragraphs]
    return [ln.strip() for ln in nonblank]


def read_text(text: str, source: str, hints: Hints | None = None) -> Article:
    hints = hints or Hints()
    text = _ZERO_WIDTH.sub("", text)
    seg = segment(split_blocks(text), title=hints.feed_title)
    published: list[Published] = []
    if seg.dateline:
        published.append(Published(date=seg.dateline, source="text", detail="dateline"))
    draft = Draft(
        source=source,
        body=seg.body,
        url=hints.url,
        site=seg.site,
        title=seg.title,
        subtitle=seg.subtitle,
        authors=seg.authors,
        published=published,
        original_url=seg.original_url,
        translation_cue=seg.translation_cue,
        furniture=seg.furniture,
        section=seg.section,
    )
    return build_article(draft, hints)
