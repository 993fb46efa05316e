"""Article metadata helpers shared by every reader: canonical URLs and ids, text hashes, and publication dates with
their provenance (``meta``, ``url``, ``feed``, ``text``, ``inferred``, ``given``).

A date found in the body is never the publication date: only page metadata, the URL path, the feed, a dateline in
the page header, or a platform id that embeds a timestamp (marked ``inferred``) are used.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime, UTC
from email.utils import parsedate_to_datetime
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..models import Published, stable_id
from ..resources import load_json

__all__ = [
    "canonical_url",
    "article_id",
    "normalise_text",
    "content_hash",
    "parse_date",
    "date_from_url",
    "date_from_platform_id",
    "platform_language",
    "dateline_date",
    "best_published",
    "utc_now",
    "site_from_url",
]

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ocid|cmpid|spm|ref|ref_src|src|share)$", re.I)


def utc_now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme and host, no ``www.``, default port, fragment, tracking parameters or trailing slash."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return url.strip()
    host = parts.hostname.lower().removeprefix("www.")
    try:
        port = parts.port
    except ValueError:
        port = None
    if port and not ((parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", host, path, query, ""))


def site_from_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def normalise_text(text: str) -> str:
    """NFKC, case-folded, whitespace collapsed: what two copies of the same text have in common."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def article_id(url: str | None, text: str) -> str:
    """Stable id: from the canonical URL where there is one, else from the normalised text."""
    canon = canonical_url(url)
    if canon and canon.startswith("https://"):
        return stable_id("url", canon)
    return stable_id("text", normalise_text(text))


# ------------------------------------------------------------------------------------------------ dates

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_YMD_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"], 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MDY = re.compile(r"^\s*(?:\w+,\s*)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\s*$", re.I)
_DMY = re.compile(r"^\s*(?:\w+,\s*)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\s*$", re.I)


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        value = date(y, m, d)
    except ValueError:
        return None
    if not 1900 <= value.year <= 2100:
        return None
    return value.isoformat()


def parse_date(value: str | None, *, lenient: bool = False, languages: list[str] | None = None) -> str | None:
    """An ISO date from a metadata value (ISO 8601, RFC 2822, "July 12, 2025", "12 July 2025").

    With ``lenient`` (for short dateline lines only), dateparser reads other formats and languages, but only
    when the value names a day, a month and a year.
    """
    if not value:
        return None
    value = value.strip()
    if len(value) > 64:
        return None
    m = _ISO.match(value)
    if m:
        if "T" in value and ("+" in value[10:] or value.endswith("Z") or "-" in value[10:]):
            try:  # a timestamp with an offset: the date where it was published, as written
                return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
            except ValueError:
                pass
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = _YMD_COMPACT.match(value)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = _MDY.match(value)
    if m and m[1].lower() in _MONTHS:
        return _valid(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    m = _DMY.match(value)
    if m and m[2].lower() in _MONTHS:
        return _valid(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    if re.match(r"^\w{3},\s+\d{1,2}\s+\w{3}\s+\d{4}", value):
        try:
            return parsedate_to_datetime(value).date().isoformat()
        except (TypeError, ValueError, OverflowError):  # OverflowError: an absurd zone offset ("+99999999999")
            pass
    # a full date has at least a day and a year in digits: "Report 1234: ..." is not worth dateparser's locale
    # search (tens of milliseconds a line)
    if lenient and re.search(r"\d{4}", value) and len(value) <= 40 and len(re.findall(r"\d+", value)) >= 2:
        return _dateparser_full_date(value, tuple(languages or ()))
    return None


@lru_cache(maxsize=256)
def _dateparser_full_date(value: str, languages: tuple[str, ...]) -> str | None:
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
    try:
        parsed = dateparser.parse(value, languages=list(languages) or None, settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a non-date is simply not a date
        return None
    return _valid(parsed.year, parsed.month, parsed.day) if parsed else None


_URL_DATES = (
    re.compile(r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|-|_|\.|$)"),
    re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|-|_|\.|$)"),
)


def date_from_url(url: str | None) -> str | None:
    """A full date in the URL path (``/2025/07/12/``, ``/2025-07-12-``, ``/20250712/``)."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for pattern in _URL_DATES:
        m = pattern.search(path)
        if m:
            return _valid(int(m[1]), int(m[2]), int(m[3]))
    return None


@lru_cache(maxsize=1)
def _platforms() -> list[dict]:
    platforms = []
    for p in load_json("ingest", "platforms.json")["platforms"]:
        platforms.append({**p, "regex": re.compile(p["pattern"])})
    return platforms


def _platform_for(url: str | None) -> tuple[dict, re.Match | None] | None:
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    for p in _platforms():
        if any(host == h or host.endswith("." + h) for h in p["hosts"]):
            return p, p["regex"].search(parts.path)
    return None


def platform_language(url: str | None) -> str | None:
    """The language of the platform a URL belongs to, where it has one (Toutiao: zh)."""
    found = _platform_for(url)
    return found[0].get("language") if found else None


def date_from_platform_id(url: str | None) -> Published | None:
    """The creation date embedded in a platform id (Toutiao, X/Twitter), marked ``inferred`` with its reason."""
    found = _platform_for(url)
    if not found or not found[1]:
        return None
    platform, match = found
    ident = int(match["id"])  # type: ignore[index]
    if platform["scheme"] == "unix_seconds_shift_32":
        seconds = ident >> 32
    elif platform["scheme"] == "snowflake_ms_shift_22":
        seconds = ((ident >> 22) + int(platform["epoch_ms"])) // 1000
    else:  # pragma: no cover - resource file lists only known schemes
        return None
    try:
        when = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    if not 2005 <= when.year <= 2100:
        return None
    return Published(
        date=when.date().isoformat(), source="inferred",
        detail=f"{platform['name']} id {ident} carries Unix time {seconds} ({when.isoformat()})",
    )


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def dateline_date(line: str, languages: list[str] | None = None) -> str | None:
    """The date of a dateline: a line that is only a date (in any language dateparser reads, with Arabic-Indic
    digits too), or starts with "City, July 12 (Agency) -". A line giving the date in two calendars
    ("26 Asad 1403 – 16 August 2024") yields the Gregorian one."""
    line = line.strip().translate(_DIGITS)
    if not line or len(line) > 80:
        return None
    for part in [line, *re.split(r"\s+[–—|/-]\s+", line)]:
        found = parse_date(part.strip(), lenient=True, languages=languages)
        if found:
            return found
    m = re.match(r"^[A-Z][\w .'-]{1,40},\s+((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}))", line)
    if m:
        return parse_date(m[1])
    return None


def best_published(candidates: list[Published], given: str | None = None) -> Published:
    """The most trusted of the candidate dates (given > meta > url > feed > text > inferred)."""
    if given:
        return Published(date=given, source="given")
    order = {"meta": 0, "url": 1, "feed": 2, "text": 3, "inferred": 4}
    usable = [c for c in candidates if c.date]
    if not usable:
        return Published()
    return min(usable, key=lambda c: order.get(c.source or "", 9))
