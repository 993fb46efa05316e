"""Bytes to text: refuse binary data with a reason, honour a declared charset, detect legacy encodings
(Windows-1256 Arabic/Urdu/Persian, Windows-1251 Russian, GB18030 ...), and sniff what kind of document it is."""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

__all__ = ["decode", "sniff_kind", "check_binary"]

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "an executable"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)


def check_binary(data: bytes, source: str) -> None:
    """Raise ``InputError`` when ``data`` is empty or is not text (PDF, image, archive, NUL bytes)."""
    if not data.strip():
        raise InputError(source, "empty input")
    head = data[:8].lstrip()
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InputError(source, f"not a text, HTML, JSONL or feed document: it is {what}")
    sample = data[:8192]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    if b"\x00" in sample:
        raise InputError(source, "binary data (NUL bytes): not a text document")


def _declared(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Text from bytes: a BOM, then the declared charset (HTTP header or ``<meta charset>``), then UTF-8, then
    detection. Raises ``InputError`` for binary data or text in no recognisable encoding."""
    check_binary(data, source)
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    candidates = [c for c in (declared, _declared(data)) if c]
    for name in candidates:
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError(source, "cannot tell the text encoding (not UTF-8 and no known legacy encoding fits)")
    try:
        return data.decode(best.encoding)
    except (LookupError, UnicodeDecodeError):
        return data.decode(best.encoding, errors="replace")


def sniff_kind(text: str) -> str:
    """``html``, ``feed``, ``jsonl`` or ``text`` from the start of a document."""
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    if head.startswith("<?xml") or head.startswith("<rss") or head.startswith("<feed") or head.startswith("<rdf"):
        if re.search(r"<(rss|feed|rdf:rdf)[\s>]", head):
            return "feed"
        return "html"
    if head.startswith("<!doctype html") or head.startswith("<html") or re.search(r"<(body|head|p|div|article)[\s>]", head):
        return "html"
    if head.startswith("{"):
        return "jsonl"
    return "text"
