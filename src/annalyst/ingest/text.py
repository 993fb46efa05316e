"""Plain text, including text scraped from a page with its furniture still in it (the seed files are such text)."""

from __future__ import annotations

import re

from ..models import Article, Published
from .build import Draft, Hints, build_article
from .furniture import segment

__all__ = ["read_text", "split_blocks"]

# zero-width space, word joiner and BOM carry nothing; the zero-width non-joiner (U+200C) is part of Persian spelling
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")


def split_blocks(text: str) -> list[str]:
    """Blocks of a plain text: one per line, except that hard-wrapped prose is joined back into paragraphs.

    A line continues the previous one when that one does not end a sentence and this one starts in lower case or
    the previous one ends with a comma or hyphen; and when most paragraphs are wrapped at a fixed width, every
    paragraph (blank-line separated) is joined whole.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    if not paragraphs:
        return []
    wrapped = multi = 0
    for p in paragraphs:
        plines = [ln for ln in p.split("\n") if ln.strip()]
        if len(plines) > 1:
            multi += 1
            if all(40 <= len(ln) <= 100 for ln in plines[:-1]) and not all(_ENDS.search(ln) for ln in plines[:-1]):
                wrapped += 1
    if multi and wrapped / multi >= 0.6:
        return [" ".join(ln.strip() for ln in p.split("\n") if ln.strip()) for p in paragraphs]
    blocks: list[str] = []
    for p in paragraphs:
        previous = None
        for line in (ln.strip() for ln in p.split("\n")):
            if not line:
                continue
            if previous is not None and _continues(previous, line):
                blocks[-1] = f"{blocks[-1]} {line}"
            else:
                blocks.append(line)
            previous = blocks[-1]
    return blocks


_ENDS = re.compile(r"[.!?。:：؟۔”\"»)]\s*$")


def _continues(previous: str, line: str) -> bool:
    if previous.endswith((",", "-", "–", ";")) and not _ENDS.search(previous):
        return True
    return not _ENDS.search(previous) and line[:1].islower() and len(previous.split()) >= 6


def read_text(text: str, source: str, hints: Hints | None = None) -> Article:
    hints = hints or Hints()
    text = _ZERO_WIDTH.sub("", text)
    seg = segment(split_blocks(text))
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
