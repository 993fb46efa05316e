"""Bytes to text: refuse binary data with a reason, honour a declared charset, detect legacy encodings
(Windows-1256 Arabic/Urdu/Persian, Windows-1251 Russian, GB18030 ...), and sniff what kind of document it is."""

from __future__ import annotations

import codecs
import logging
import re

from ..errors import InputError

log = logging.getLogger(__name__)

#: codecs Python knows that no document is written in: a page declaring one of them is decoded as if it declared
#: nothing (``punycode`` and ``idna`` encode host names, ``undefined`` always fails, the escape codecs and UTF-7
#: turn ASCII into other characters)
NOT_DOCUMENT_CODECS = frozenset({"punycode", "idna", "undefined", "unicode-escape", "raw-unicode-escape", "utf-7"})
#: invalid UTF-8 in text whose letters are at least this share ASCII is damaged UTF-8, not a legacy code page
DAMAGED_UTF8_ASCII_SHARE = 0.98
#: the code pages a mostly-ASCII text with a few stray bytes may plausibly be in (English typed on Windows: curly
#: quotes, dashes, accented names); any other reading of such text (Cyrillic, Central European, Greek ...) is mojibake
WESTERN_CODECS = frozenset({"cp1252", "iso8859-1", "iso8859-15"})

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
    return usable_codec(m.group(1).decode("ascii", "ignore"))


def usable_codec(name: str | None) -> str | None:
    """The codec ``name`` stands for when a document may be written in it, else None (unknown names, byte-to-byte
    codecs such as ``base64``, and ``NOT_DOCUMENT_CODECS``)."""
    if not name:
        return None
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in NOT_DOCUMENT_CODECS:
        return None
    return info.name


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Text from bytes: a BOM, then the declared charset (HTTP header or ``<meta charset>``), then UTF-8, then
    detection. Raises ``InputError`` for binary data or text in no recognisable encoding."""
    check_binary(data, source)
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    candidates = [c for c in (usable_codec(declared), _declared(data)) if c]
    for name in candidates:
        try:
            return data.decode(name)
        except Exception:  # noqa: BLE001 - a codec may fail in its own ways (UnicodeError, ValueError)
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None or not usable_codec(best.encoding):
        text = data.decode("utf-8", errors="replace")
        if _damaged_utf8(text):
            return _replaced(text, source)
        raise InputError(source, "cannot tell the text encoding (not UTF-8 and no known legacy encoding fits)")
    try:
        legacy = data.decode(best.encoding)
    except Exception:  # noqa: BLE001
        legacy = data.decode(best.encoding, errors="replace")
    text = data.decode("utf-8", errors="replace")
    if _damaged_utf8(text) and codecs.lookup(best.encoding).name not in WESTERN_CODECS:
        return _replaced(text, source)
    return legacy


def _damaged_utf8(text: str) -> bool:
    """True when ``text`` (decoded as UTF-8 with replacement) reads as mostly ASCII letters with a few damaged
    bytes, rather than as a document in a non-Latin legacy code page (where most letters would be replaced)."""
    letters = ascii_letters = 0
    for ch in text:
        if ch.isalpha() or ch == "\ufffd":
            letters += 1
            ascii_letters += ch.isascii()
    return letters > 0 and ascii_letters / letters >= DAMAGED_UTF8_ASCII_SHARE


def _replaced(text: str, source: str) -> str:
    count = text.count("\ufffd")
    log.warning("%s: invalid UTF-8 (%d damaged byte sequence%s) decoded as U+FFFD replacement characters",
                source, count, "" if count == 1 else "s")
    return text


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
