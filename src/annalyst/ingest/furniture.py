"""Telling the article body from page furniture, for text scraped from a page and for text extracted from HTML.

``segment(blocks)`` takes the page's text blocks (paragraphs or lines) in order and returns a ``Segmented``: the
title, subtitle, bylines, dateline, section, original URL and image credit it found in the header, the body
paragraphs, and every removed block as ``Furniture`` (kind + text) for audit. The words and patterns it uses are
data: ``extract/resources/ingest/furniture.json``.

The page is read as header, body and tail:

* the **header** runs until the first block of prose; there the title, a subtitle, the dateline, a byline such as
  "Author: X", a section label, share buttons, a logo ("OxusWatch Logo" also names the site) and photo captions
  are recognised;
* the **body** keeps prose, dropping share lines, disclaimers ("Statement: ..."), provenance lines
  ("Original: https://...", which give ``original_url``) and captions;
* the **tail** starts at an author box ("About the author", "Avatar of X") or a "Related" label, or with the
  related-article teasers at the end of the page (a title, an optional summary, then a date on a line of its own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..models import Furniture
from ..resources import load_json
from .metadata import dateline_date

__all__ = ["Segmented", "segment", "classify_line", "css_furniture_kind", "is_prose"]

_TERMINAL = re.compile(r"[.!?。！？؟۔…”\"')»]\s*$")
_WORD = re.compile(r"\w+", re.UNICODE)
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: header blocks (from the top) and teaser groups (from the bottom) examined for dates. Datelines sit near the top
#: and teasers are few; without a bound, a page of thousands of date-like lines (a chronology, a data dump) calls
#: the multilingual date parser (tens of ms a call) once per line
MAX_DATE_BLOCKS = 40


@dataclass
class Segmented:
    body: list[str] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: str | None = None
    section: str | None = None
    site: str | None = None
    original_url: str | None = None
    translation_cue: bool = False
    image_credit: str | None = None


@dataclass(frozen=True)
class _Lexicon:
    share: frozenset[str]
    anchored: re.Pattern  # every pattern anchored at the line start, in one alternation: one match per block
    unanchored: re.Pattern  # the others, tried only when a cue word is in the line
    cues: tuple[str, ...]
    line_patterns: tuple[tuple[str, re.Pattern], ...]
    captions: tuple[re.Pattern, ...]
    author_box: frozenset[str]
    bylines: tuple[re.Pattern, ...]
    provenance: tuple[re.Pattern, ...]
    translation_cues: frozenset[str]
    css_single: dict[str, str]
    css_multi: tuple[tuple[str, str], ...]
    tags: dict[str, str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_json("ingest", "furniture.json")
    css_single: dict[str, str] = {}
    css_multi: list[tuple[str, str]] = []
    for kind, names in data["css_classes"].items():
        for name in names:
            if "-" in name or "_" in name:
                css_multi.append((name, kind))
            else:
                css_single.setdefault(name, kind)
    patterns = [p["pattern"] for p in data["line_patterns"]] + data["caption_patterns"] + data["provenance_patterns"]
    unnamed = [re.sub(r"\(\?P<\w+>", "(?:", p) for p in patterns]
    anchored = [p for p in unnamed if p.startswith("^")]
    others = [p for p in unnamed if not p.startswith("^")]
    return _Lexicon(
        share=frozenset(data["share_lines"]),
        anchored=re.compile("|".join(f"(?:{p})" for p in anchored), re.I),
        unanchored=re.compile("|".join(f"(?:{p})" for p in others), re.I),
        cues=tuple(data["unanchored_cues"]),
        line_patterns=tuple((p["kind"], re.compile(p["pattern"], re.I)) for p in data["line_patterns"]),
        captions=tuple(re.compile(p, re.I) for p in data["caption_patterns"]),
        author_box=frozenset(data["author_box_markers"]),
        bylines=tuple(re.compile(p, re.I) for p in data["byline_patterns"]),
        provenance=tuple(re.compile(p, re.I) for p in data["provenance_patterns"]),
        translation_cues=frozenset(data["translation_cues"]),
        css_single=css_single,
        css_multi=tuple(css_multi),
        tags=dict(data["furniture_tags"]),
    )


@lru_cache(maxsize=4096)
def css_furniture_kind(tag: str, classes: str) -> str | None:
    """The furniture kind of an HTML element from its tag and class/id string, or None for content."""
    lex = _lexicon()
    if tag in lex.tags:
        return lex.tags[tag]
    if not classes:
        return None
    lowered = classes.lower()
    for name, kind in lex.css_multi:
        if name in lowered:
            return kind
    for token in re.split(r"[\s_\-]+", lowered):
        if token in lex.css_single:
            return lex.css_single[token]
    return None


def _words(text: str) -> int:
    """Words of a block; Chinese is not written with spaces, so two Han characters count as one word."""
    han = len(_HAN.findall(text))
    if not han:
        return len(_WORD.findall(text))
    return len(_WORD.findall(_HAN.sub(" ", text))) + (han + 1) // 2


def is_prose(block: str) -> bool:
    """A block that reads as running text: a sentence of a dozen words or more."""
    n = _words(block)
    if n >= 20:
        return True
    return n >= 10 and bool(_TERMINAL.search(block))


@lru_cache(maxsize=8192)
def classify_line(line: str) -> tuple[str, dict[str, str]] | None:
    """The furniture kind of one block and what it tells (site, author, credit, url), or None for content.
    (Cached: the result must be treated as read-only.)"""
    lex = _lexicon()
    text = line.strip()
    lowered = text.lower().strip(" \u200e\u200f|·•")
    if not lowered:
        return ("empty", {})
    if lowered in lex.share or lowered.rstrip(":：") in lex.share:
        return ("share", {})
    if lowered.rstrip(":：") in lex.author_box:
        return ("author_box_marker", {})
    if len(text) <= 300 and (
        lex.anchored.match(text) or (any(c in lowered for c in lex.cues) and lex.unanchored.search(text))
    ):
        for pattern in lex.provenance:
            m = pattern.match(text)
            if m:
                label = text.split(":", 1)[0].split("：", 1)[0].strip().lower()
                return ("provenance", {"url": m["url"], "translation": "1" if label in lex.translation_cues else ""})
        for kind, pattern in lex.line_patterns:
            m = pattern.search(text)
            if m:
                return (kind, {k: v.strip() for k, v in m.groupdict().items() if v})
        for pattern in lex.captions:
            m = pattern.search(text)
            if m:
                return ("caption", {"credit": m["credit"].strip()} if m.groupdict().get("credit") else {})
    return None


def byline_author(line: str) -> list[str] | None:
    """Authors named by a byline ("Author: X", "By X and Y"), or None when the line is not a byline."""
    text = line.strip()
    if len(text) > 140:
        return None
    for pattern in _lexicon().bylines:
        m = pattern.match(text)
        if m:
            names = re.split(r"\s*(?:,|\band\b|&|/|;|و|和|и)\s*", m["author"].strip().rstrip("."))
            names = [n.strip() for n in names if n.strip()]
            # a byline names people: short, capitalised or non-Latin words, not a sentence
            if names and all(1 <= _words(n) <= 5 and not _TERMINAL.search(n) for n in names):
                if all(not n[0].isalpha() or not n[0].islower() for n in names):
                    return names
    return None


def _is_date_line(block: str) -> str | None:
    if _words(block) > 8 or not re.search(r"\d", block):
        return None
    return dateline_date(block)


def _title_like(block: str) -> bool:
    return 1 <= _words(block) <= 30 and not block.rstrip().endswith((".", "。", "۔"))


def segment(blocks: list[str], *, title: str | None = None, subtitle: str | None = None) -> Segmented:
    """Split a page's blocks into header facts, body paragraphs and furniture (see the module docstring)."""
    out = Segmented(title=title, subtitle=subtitle)
    blocks = [b.strip() for b in blocks if b and b.strip()]
    body_start = next((i for i, b in enumerate(blocks) if is_prose(b) and not _caption(b)), len(blocks))
    tail_start = _tail_start(blocks, body_start)

    # header
    header = blocks[:body_start]
    if out.title is None and _site_line_first(header):
        out.site = header[0]
        _note(out, "site", header[0])
        header = header[1:]
    for i, block in enumerate(header):
        _header_block(out, block, first_content=(out.title is None), dates=i < MAX_DATE_BLOCKS)
    # body
    for block in blocks[body_start:tail_start]:
        _body_block(out, block)
    # tail
    _tail(out, blocks[tail_start:])
    return out


def _site_line_first(header: list[str]) -> bool:
    """A page scraped without its logo's "Logo" label starts with the outlet's name, then the (longer) headline."""
    if len(header) < 2 or classify_line(header[0]) or classify_line(header[1]) or _is_date_line(header[0]):
        return False
    first, second = _words(header[0]), _words(header[1])
    return first <= 4 and _title_like(header[1]) and second >= max(first * 1.5, first + 2) and not _is_date_line(header[1])


def _caption(block: str) -> bool:
    found = classify_line(block)
    return bool(found and found[0] == "caption")


def _note(out: Segmented, kind: str, text: str) -> None:
    out.furniture.append(Furniture(kind=kind, text=text))


def _header_block(out: Segmented, block: str, first_content: bool, dates: bool = True) -> None:
    found = classify_line(block)
    if found:
        kind, info = found
        if kind == "logo" and info.get("site"):
            out.site = out.site or info["site"]
        if kind == "author_box" and info.get("author") and not out.authors:
            out.authors.append(info["author"])
        if kind == "provenance":
            out.original_url = out.original_url or info.get("url")
            out.translation_cue = out.translation_cue or bool(info.get("translation"))
        out.translation_cue = out.translation_cue or kind == "translation"
        _note(out, kind, block)
        if kind == "caption" and info.get("credit"):
            out.image_credit = out.image_credit or info["credit"]
            _note(out, "image_credit", info["credit"])
        return
    authors = byline_author(block)
    if authors:
        out.authors.extend(a for a in authors if a not in out.authors)
        _note(out, "byline", block)
        return
    day = _is_date_line(block) if dates else None
    if day:
        out.dateline = out.dateline or day
        _note(out, "dateline", block)
        return
    if out.title and block.casefold() == out.title.casefold():
        _note(out, "title", block)
        return
    if out.subtitle and block.casefold() == out.subtitle.casefold():
        _note(out, "subtitle", block)
        return
    if first_content and _title_like(block):
        out.title = block
        _note(out, "title", block)
        return
    if out.dateline and not out.section and _words(block) <= 3 and block[:1].islower():
        out.section = block
        _note(out, "section", block)
        return
    if not out.subtitle and _words(block) >= 4 and not is_prose(block):
        out.subtitle = block
        _note(out, "subtitle", block)
        return
    _note(out, "header", block)


def _body_block(out: Segmented, block: str) -> None:
    found = classify_line(block)
    if found:
        kind, info = found
        if kind == "provenance":
            out.original_url = out.original_url or info.get("url")
            out.translation_cue = out.translation_cue or bool(info.get("translation"))
        out.translation_cue = out.translation_cue or kind == "translation"
        if kind != "empty":
            _note(out, kind, block)
        if kind == "caption" and info.get("credit"):
            out.image_credit = out.image_credit or info["credit"]
            _note(out, "image_credit", info["credit"])
        return
    if not is_prose(block):
        authors = byline_author(block)
        if authors:
            out.authors.extend(a for a in authors if a not in out.authors)
            _note(out, "byline", block)
            return
    out.body.append(block)


def _trailing_teasers(blocks: list[str], lo: int) -> int:
    """Start of the related-article teasers that end the page: groups of a title, an optional summary and a date on
    a line of its own. ``len(blocks)`` when there are none."""
    start = len(blocks)
    j = len(blocks) - 1
    groups = 0
    while j > lo and groups < MAX_DATE_BLOCKS and _is_date_line(blocks[j]):
        groups += 1
        above = blocks[j - 1]
        if _is_date_line(above):
            break
        if not _title_like(above) and j - 2 >= lo and _title_like(blocks[j - 2]):
            k = j - 2  # title, summary, date
        elif _title_like(above):
            k = j - 1  # title, date
        else:
            break
        start = k
        j = k - 1
    return start


def _tail_start(blocks: list[str], body_start: int) -> int:
    """Where the tail begins: an author-box or "Related" marker, else the trailing related-article teasers."""
    for i in range(body_start, len(blocks)):
        found = classify_line(blocks[i])
        if found and found[0] in ("author_box_marker", "author_box", "related"):
            return i
    return _trailing_teasers(blocks, body_start)


def _tail(out: Segmented, blocks: list[str]) -> None:
    """Author box first (its name line gives an author when none is known yet), then related teasers."""
    teasers = _trailing_teasers(blocks, 0)
    kind = "author_box"
    expect_name = False
    for i, block in enumerate(blocks):
        if i >= teasers:
            kind = "related"
        found = classify_line(block)
        label = found[0] if found else None
        if label == "author_box_marker":
            expect_name = True
            _note(out, "author_box", block)
            continue
        if label == "related":
            kind = "related"
        elif label == "author_box":
            if found and found[1].get("author") and not out.authors:
                out.authors.append(found[1]["author"])
        elif label is None and expect_name and kind == "author_box" and 1 <= _words(block) <= 5 and _title_like(block):
            if not out.authors:
                out.authors.append(block)
            expect_name = False
        if label != "empty":
            _note(out, label if label in ("share", "disclaimer", "copyright", "provenance") else kind, block)
