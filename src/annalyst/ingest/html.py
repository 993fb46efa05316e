"""HTML pages: metadata from the page's own markup, furniture removed and kept for audit, body by trafilatura.

The page is parsed once with lxml. Metadata comes from ``<meta>`` tags, JSON-LD and ``<time datetime>`` in the
article header, never from sentences of the body (trafilatura's own date search would date the Toutiao page
2003-02-14 from a sentence in the text). Furniture elements (navigation, share bars, author boxes, related
teasers, captions, disclaimers) are recorded, with their language, and removed before trafilatura extracts
the body; the body's blocks then pass through the same ``furniture.segment`` as scraped text.
"""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree, html as lxml_html

from ..errors import InputError
from ..models import Article, Furniture, Published
from .build import Draft, Hints, build_article
from .furniture import classify_line, css_furniture_kind, segment
from .metadata import parse_date

__all__ = ["read_html"]

_DATE_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "date",
    "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "citation_publication_date", "article.published", "published_time",
)
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "link", "meta"}
_MAX_NODES = 400_000
#: elements with more attributes are refused: libxml2's HTML parser slows down faster than quadratically with the
#: attributes of one element (20,000 take 2 s, 200,000 about eight minutes; a 20 MB page of elements with 256 each
#: parses in about 2 s); real pages use a handful
MAX_ATTRIBUTES = 256
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{512,}")  # a tag too short for MAX_ATTRIBUTES names is never counted
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_ATTR_NAME = re.compile(r"[\s/]+[^\s\"'<>/=]+")
#: characters lxml accepts when parsing but refuses when text is set (furniture removal moves text around)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _meta(tree) -> dict[str, str]:  # noqa: ANN001
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and key not in out:
            out[key] = content.strip()
    return out


def _json_ld(tree) -> list[dict[str, Any]]:  # noqa: ANN001
    found: list[dict[str, Any]] = []
    for el in tree.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except (ValueError, RecursionError):  # RecursionError: nested too deeply
            continue
        stack = [data]
        while stack and len(found) < 50:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and ("Article" in k or k in ("ReportageNews", "BlogPosting")) for k in kinds):
                    found.append(item)
    return found


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() and not value.startswith("http") else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _text_of(el) -> str:  # noqa: ANN001
    return " ".join(" ".join(el.itertext()).split())


def _classes(el) -> str:  # noqa: ANN001
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _strip_furniture(root, furniture: list[Furniture], info: dict[str, str]) -> None:  # noqa: ANN001
    """Remove furniture elements from ``root`` in place, recording their text (and the logo's site name)."""
    for img in root.iter("img"):
        alt = (img.get("alt") or "").strip()
        found = classify_line(alt) if alt else None
        if found and found[0] == "logo":
            info.setdefault("site", found[1].get("site", ""))
            furniture.append(Furniture(kind="logo", text=alt))
    doomed: list[tuple[Any, str | None]] = []
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in _SKIP_TAGS:
            doomed.append((el, None))
            continue
        kind = css_furniture_kind(tag, _classes(el))
        if kind is None and tag == "figure":
            kind = "caption"
        if kind:
            doomed.append((el, kind))
    removed: set[int] = set()
    for el, kind in doomed:
        if any(id(a) in removed for a in el.iterancestors()):
            removed.add(id(el))
            continue
        removed.add(id(el))
        if kind:
            text = _text_of(el)
            if text:
                lang = el.get("lang")
                if kind == "caption":
                    credit = classify_line(text)
                    if credit and credit[1].get("credit"):
                        info.setdefault("image_credit", credit[1]["credit"])
                if kind == "related":
                    # one record per teaser, so each keeps its own language
                    teasers = [c for c in el if isinstance(c.tag, str) and _text_of(c)]
                    for child in teasers if len(teasers) > 1 else [el]:
                        furniture.append(Furniture(kind=kind, text=_text_of(child), language=_lang(child.get("lang") or lang)))
                else:
                    furniture.append(Furniture(kind=kind, text=text, language=_lang(lang)))
        _drop(el)


def _lang(value: str | None) -> str | None:
    return value.split("-")[0].lower() if value else None


def _drop(el) -> None:  # noqa: ANN001
    """Remove ``el`` but keep its tail (the loose text that follows it) in the document."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _published_from_markup(meta: dict[str, str], ld: list[dict]) -> list[Published]:
    out: list[Published] = []
    for key in _DATE_META:
        day = parse_date(meta.get(key))
        if day:
            out.append(Published(date=day, source="meta", detail=key))
            break
    for item in ld:
        day = parse_date(item.get("datePublished") if isinstance(item.get("datePublished"), str) else None)
        if day:
            out.append(Published(date=day, source="meta", detail="JSON-LD datePublished"))
            break
    return out


def _published_from_time_element(root) -> list[Published]:  # noqa: ANN001
    """``<time datetime>`` left on the page once furniture (related teasers carry dates too) is gone."""
    for el in root.iter("time"):
        day = parse_date(el.get("datetime")) or parse_date(el.get("content"))
        if day:
            return [Published(date=day, source="meta", detail="<time datetime> on the page")]
    return []


def _blocks(root) -> list[str]:  # noqa: ANN001
    """Paragraph-level text blocks of what is left of the page, for the fallback when trafilatura finds nothing."""
    blocks = []
    for el in root.iter("p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre"):
        text = _text_of(el)
        if text:
            blocks.append(text)
    return blocks


def read_html(page: str, source: str, hints: Hints | None = None) -> Article:
    import trafilatura

    hints = hints or Hints()
    if "<" not in page[:65536]:
        raise InputError(source, "not HTML: no markup found")
    page = _NOT_XML.sub(" ", page)
    for tag in _LONG_TAG.finditer(page):
        if len(_ATTR_NAME.findall(_QUOTED.sub("", tag.group()))) > MAX_ATTRIBUTES:
            raise InputError(source, f"an HTML element has more than {MAX_ATTRIBUTES:,} attributes")
    try:
        root = lxml_html.document_fromstring(page.encode("utf-8", "surrogatepass"), parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        raise InputError(source, f"cannot parse HTML: {exc}") from None
    if root is None:
        raise InputError(source, "cannot parse HTML: empty document")
    if page.count("<") > _MAX_NODES and sum(1 for _ in root.iter()) > _MAX_NODES:  # count only when it may be so
        raise InputError(source, f"HTML page has more than {_MAX_NODES:,} elements")

    meta = _meta(root)
    ld = _json_ld(root)
    declared = root.get("lang") or meta.get("og:locale") or meta.get("content-language")
    url = meta.get("og:url") or _canonical_link(root) or hints.url
    title = meta.get("og:title") or next((i["headline"] for i in ld if isinstance(i.get("headline"), str)), None)
    h1 = root.find(".//h1")
    if not title and h1 is not None:
        title = _text_of(h1) or None
    site = meta.get("og:site_name") or next(
        (n for i in ld for n in _names(i.get("publisher"))), None
    ) or meta.get("application-name")
    page_title = root.find(".//title")
    if page_title is not None and page_title.text:
        full = " ".join(page_title.text.split())
        if not title:
            title = re.split(r"\s+[-|–—]\s+", full)[0]
        if not site and title and full.startswith(title) and len(full) > len(title) + 3:
            site = re.sub(r"^\s*[-|–—]\s*", "", full[len(title):]).strip() or None
    authors = _names(meta.get("author")) or [n for i in ld for n in _names(i.get("author"))]
    if not authors:
        authors = [a for a in (_text_of(el) for el in root.xpath('.//*[@rel="author"]')) if a]
    description = meta.get("og:description") or meta.get("description")
    published = _published_from_markup(meta, ld)
    section = meta.get("article:section") or next(
        (_text_of(a) for a in root.xpath('.//a[contains(concat(" ", normalize-space(@rel), " "), " category ")]')), None
    )

    furniture: list[Furniture] = []
    info: dict[str, str] = {}
    _strip_furniture(root, furniture, info)
    if info.get("image_credit"):
        furniture.append(Furniture(kind="image_credit", text=info["image_credit"]))
    published = published or _published_from_time_element(root)
    site = site or info.get("site") or None

    if not authors:
        authors = _visible_byline(root)
    subtitle = _visible_subtitle(root, description, title)

    # furniture is already gone, so trafilatura's fallback extractors (readability, jusText), which exist to fight
    # boilerplate, are not needed: fast mode (see benchmarks/ingest.py for the effect)
    extracted = trafilatura.extract(
        root, url=url, include_comments=False, include_tables=True, with_metadata=False, output_format="txt",
        deduplicate=False, fast=True,
    )
    blocks = [b for b in (extracted or "").split("\n") if b.strip()] or _blocks(root)
    seg = segment(blocks, title=title, subtitle=subtitle)
    draft = Draft(
        source=source,
        body=seg.body,
        url=url,
        site=site or seg.site,
        title=title or seg.title,
        subtitle=seg.subtitle,
        authors=authors or seg.authors,
        published=published + ([Published(date=seg.dateline, source="text", detail="dateline")] if seg.dateline else []),
        declared_language=declared,
        original_url=seg.original_url,
        translation_cue=seg.translation_cue,
        furniture=furniture + seg.furniture,
        section=section or seg.section,
    )
    return build_article(draft, hints)


_SUBTITLE_CLASSES = re.compile(r"(^|[\s_-])(subtitle|sub-title|standfirst|dek|deck|subhead|subheading|strapline|kicker)([\s_-]|$)", re.I)


def _leaf_texts(root, limit: int = 300):  # noqa: ANN001, ANN202
    """(element, text) for elements with short text of their own and no element children with text."""
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        if any(isinstance(c.tag, str) and (c.text or "").strip() for c in el):
            continue
        text = _text_of(el)
        if text and len(text) <= limit:
            yield el, text


def _visible_byline(root) -> list[str]:  # noqa: ANN001
    """Authors from a byline printed on the page ("Author: X", "By X") outside the body paragraphs."""
    from .furniture import byline_author

    for el, text in _leaf_texts(root, 140):
        if el.tag == "p" and len(text) > 60:
            continue
        names = byline_author(text)
        if names:
            return names
    return []


def _visible_subtitle(root, description: str | None, title: str | None) -> str | None:  # noqa: ANN001
    """A standfirst: an element marked as one, or the page's description repeated as visible text in the header."""
    for el in root.iter():
        if isinstance(el.tag, str) and _SUBTITLE_CLASSES.search(_classes(el)):
            text = _text_of(el)
            if text and text != title:
                return text
    if description:
        wanted = " ".join(description.split())
        for _el, text in _leaf_texts(root, len(wanted) + 10):
            if text == wanted:
                return wanted
    return None


def _canonical_link(root) -> str | None:  # noqa: ANN001
    for el in root.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href", "").startswith("http"):
            return el.get("href")
    return None


def _parser():  # noqa: ANN202
    return lxml_html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=False, recover=True, encoding="utf-8")
