"""JSON Lines: one article a line.

Fields (only ``text`` or ``html`` is required; unknown fields are ignored):

==============  ======================================================================================
``text``        the article body (plain text; scraped page text is cleaned like a ``.txt`` file)
``html``        instead of ``text``: the page's HTML, read like an ``.html`` file
``url``         the article's URL (its canonical form gives the article id)
``title``       headline
``subtitle``    standfirst
``authors``     a list of names, or one string
``published``   ``YYYY-MM-DD`` (or a timestamp), or ``{"date": ..., "source": ...}``; recorded with source ``given``
``site``        the outlet's name
``language``    ISO 639-1 code; detected when absent
``translated``  true when the text is a translation
``original_url``  where a translation or republication came from
==============  ======================================================================================

A line that is not JSON, not an object, has no text, or holds a string no store can keep (a lone surrogate such as
``"\\ud83d"``, half an emoji) gives one error naming ``FILE:LINE``; the other lines are read.
"""

from __future__ import annotations

import json
from typing import Iterator

from ..errors import InputError
from ..models import Article, Published
from .build import Draft, Hints, build_article
from .furniture import segment
from .metadata import parse_date
from .text import split_blocks

__all__ = ["read_jsonl", "read_record"]


def read_jsonl(text: str, source: str, hints: Hints | None = None) -> Iterator[Article | InputError]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except RecursionError:
            yield InputError(where, "not valid JSON (nested too deeply)")
            continue
        except ValueError as exc:
            yield InputError(where, f"not valid JSON ({exc.args[0] if exc.args else exc})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "each line must be a JSON object")
            continue
        try:
            yield read_record(record, where, hints)
        except InputError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - one line's failure never stops the file
            from .sources import unexpected

            yield unexpected(where, exc)


def read_record(record: dict, where: str, hints: Hints | None = None) -> Article:
    hints = Hints(**vars(hints)) if hints else Hints()
    url = record.get("url") if isinstance(record.get("url"), str) else None
    hints.url = url or hints.url
    given = record.get("published")
    if isinstance(given, dict):
        given = given.get("date")
    if given is not None:
        day = parse_date(str(given))
        if not day:
            raise InputError(where, f"published is not a date: {given!r}")
        hints.published = hints.published or day
    if isinstance(record.get("html"), str) and not isinstance(record.get("text"), str):
        from .html import read_html

        article = read_html(record["html"], where, hints)
    else:
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError(where, "no text: each line needs a non-empty \"text\" (or \"html\") field")
        authors = record.get("authors") or record.get("author") or []
        if isinstance(authors, str):
            authors = [authors]
        if not isinstance(authors, list):
            authors = []
        title, subtitle = _string(record, "title"), _string(record, "subtitle")
        seg = segment(split_blocks(text), title=title, subtitle=subtitle)
        draft = Draft(
            source=where,
            body=seg.body,
            url=url,
            site=_string(record, "site") or seg.site,
            title=title or seg.title,
            subtitle=subtitle or seg.subtitle,
            authors=[a for a in authors if isinstance(a, str) and a.strip()] or seg.authors,
            published=[Published(date=seg.dateline, source="text", detail="dateline")] if seg.dateline else [],
            original_url=_string(record, "original_url") or seg.original_url,
            translation_cue=seg.translation_cue,
            furniture=seg.furniture,
            section=seg.section,
            language=record.get("language") if isinstance(record.get("language"), str) else None,
            translated=record.get("translated") if isinstance(record.get("translated"), bool) else None,
        )
        article = build_article(draft, hints)
    return article


def _string(record: dict, key: str) -> str | None:
    """A text field of the record; a value of another type (a number, a list) is ignored like an unknown field."""
    value = record.get(key)
    return value if isinstance(value, str) and value.strip() else None
