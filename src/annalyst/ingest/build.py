"""From what a reader found on a page (a ``Draft``) to an ``Article``: publication date with provenance, language,
translation, ids and hashes. Every reader ends here, so these rules hold for text, HTML, JSONL and feeds alike."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputError
from ..models import Article, Furniture, Published
from . import language
from .metadata import (
    article_id,
    best_published,
    content_hash,
    date_from_platform_id,
    date_from_url,
    platform_language,
    site_from_url,
)

__all__ = ["Draft", "Hints", "build_article"]

#: the fewest characters of body text an article may have
MIN_BODY_CHARS = 40
#: characters of a body (and of a furniture block) given to language identification: its cost grows linearly with
#: length (about 0.03 ms per 100 characters here) and a few sentences of news prose are plenty
DETECT_CHARS = 400
FURNITURE_DETECT_CHARS = 200
#: furniture whose language is identified (teasers and author boxes are often in another language than the body)
LANGUAGE_KINDS = frozenset({"related", "author_box", "caption", "disclaimer", "header", "subtitle", "title"})


@dataclass
class Hints:
    """What the caller knows about an input before reading it: the feed item it came from, or the user's flags."""

    url: str | None = None
    published: str | None = None  # --published: source "given"
    feed_published: str | None = None
    feed_authors: list[str] = field(default_factory=list)
    feed_title: str | None = None
    site: str | None = None
    fetched_at: str | None = None


@dataclass
class Draft:
    source: str
    body: list[str]
    url: str | None = None
    site: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: list[Published] = field(default_factory=list)
    declared_language: str | None = None
    original_url: str | None = None
    translation_cue: bool = False
    furniture: list[Furniture] = field(default_factory=list)
    section: str | None = None
    fetched_at: str | None = None
    language: str | None = None  # given by the input itself (JSONL)
    translated: bool | None = None  # given by the input itself (JSONL)


def _primary(lang: str | None) -> str | None:
    if not lang:
        return None
    code = lang.replace("_", "-").split("-")[0].lower()
    return {"prs": "fa", "pes": "fa", "pus": "ps", "urd": "ur", "zho": "zh", "rus": "ru", "ara": "ar"}.get(code, code)


def build_article(draft: Draft, hints: Hints | None = None) -> Article:
    hints = hints or Hints()
    text = "\n\n".join(p.strip() for p in draft.body if p.strip())
    if len(text) < MIN_BODY_CHARS:
        raise InputError(draft.source, "no article text found (the page has no body, or only page furniture)")

    url = draft.url or hints.url
    candidates = list(draft.published)
    url_date = date_from_url(url)
    if url_date:
        candidates.append(Published(date=url_date, source="url", detail=url))
    if hints.feed_published:
        candidates.append(Published(date=hints.feed_published, source="feed"))
    for link in (url, draft.original_url):
        inferred = date_from_platform_id(link)
        if inferred:
            candidates.append(inferred)
            break
    published = best_published(candidates, given=hints.published)

    detected = draft.language or language.detect(text[:DETECT_CHARS])
    body_script = _script(text)
    for item in draft.furniture:
        if item.language is not None or len(item.text) < 20 or len(item.text.split()) < 4:
            continue
        # teasers are identified always; other furniture when its script differs from the body's (an Urdu
        # author box under an English article), since identification is the costliest step of ingestion
        if item.kind == "related" or (item.kind in LANGUAGE_KINDS and _script(item.text) != body_script):
            item.language = language.detect(item.text[:FURNITURE_DETECT_CHARS])

    translated = draft.translated
    if translated is None:
        translated = draft.translation_cue
        declared = _primary(draft.declared_language)
        if not translated and declared and detected and declared != detected and len(text) >= 300:
            translated = True  # the page says it is in one language and its text is in another
        origin_lang = platform_language(draft.original_url)
        if not translated and origin_lang and detected and origin_lang != detected:
            translated = True  # republished from a platform that publishes in another language

    authors = draft.authors or list(hints.feed_authors)
    site = draft.site or hints.site or site_from_url(url)
    return Article(
        id=article_id(url, text),
        text=text,
        url=url,
        site=site,
        title=draft.title or hints.feed_title,
        subtitle=draft.subtitle,
        authors=_dedupe(authors),
        published=published,
        language=detected,
        translated=bool(translated),
        original_url=draft.original_url,
        furniture=draft.furniture,
        fetched_at=draft.fetched_at or hints.fetched_at,
        content_hash=content_hash(text),
        source=draft.source,
        section=draft.section,
    )


def _script(text: str) -> str:
    """The first letter's Unicode script family, coarsely: latin, cyrillic, arabic, cjk or other."""
    for ch in text[:200]:
        if ch.isalpha():
            o = ord(ch)
            if o < 0x250:
                return "latin"
            if 0x400 <= o < 0x530:
                return "cyrillic"
            if 0x600 <= o < 0x700 or 0x750 <= o < 0x780 or 0xFB50 <= o < 0xFF00:
                return "arabic"
            if 0x3000 <= o < 0xA000:
                return "cjk"
            return "other"
    return "none"


def _dedupe(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = " ".join(name.split()).casefold()
        if key and key not in seen:
            seen.add(key)
            out.append(" ".join(name.split()))
    return out
