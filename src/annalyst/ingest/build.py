"""From what a reader found on a page (a ``Draft``) to an ``Article``: publication date with provenance, language,
translation, ids and hashes. Every reader ends here, so these rules hold for text, HTML, JSONL and feeds alike.

Two rules keep hostile text out of the store: a field holding a lone surrogate (which UTF-8 cannot encode, so no
store can keep it) makes the input an error, and bidirectional override, embedding and isolate controls (U+202A-
U+202E, U+2066-U+2069), which can make a stored name display as another, are removed from the short fields (title,
subtitle, authors, site, section). The body keeps them: right-to-left prose may use them legitimately."""

from __future__ import annotations

import re
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

#: bidirectional embedding, override and isolate controls removed from an article's short fields
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")

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

    authors = [a for a in (_short(name) for name in draft.authors or list(hints.feed_authors)) if a]
    site = _short(draft.site or hints.site or site_from_url(url))
    article = Article(
        id=article_id(url, text),
        text=text,
        url=url,
        site=site,
        title=_short(draft.title or hints.feed_title),
        subtitle=_short(draft.subtitle),
        authors=_dedupe(authors),
        published=published,
        language=detected,
        translated=bool(translated),
        original_url=draft.original_url,
        furniture=draft.furniture,
        fetched_at=draft.fetched_at or hints.fetched_at,
        content_hash=content_hash(text),
        source=draft.source,
        section=_short(draft.section),
    )
    _check_encodable(article)
    return article


def _short(value: str | None) -> str | None:
    """A short field without bidirectional controls (None when nothing else is left)."""
    if not value:
        return value
    cleaned = BIDI_CONTROLS.sub("", value)
    return cleaned if cleaned.strip() else None


def _check_encodable(article: Article) -> None:
    """Raise ``InputError`` when a text field of ``article`` holds a lone surrogate."""
    fields = {"text": article.text, "url": article.url, "site": article.site, "title": article.title,
              "subtitle": article.subtitle, "original_url": article.original_url, "section": article.section}
    fields.update({f"authors[{n}]": a for n, a in enumerate(article.authors)})
    fields.update({f"furniture[{n}]": f.text for n, f in enumerate(article.furniture)})
    for name, value in fields.items():
        m = _SURROGATE.search(value) if isinstance(value, str) else None
        if m:
            raise InputError(article.source or "<input>", f"{name} holds a lone surrogate (U+{ord(m.group()):04X}, half "
                             "of a character UTF-8 cannot encode): the input is not valid Unicode text")


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
