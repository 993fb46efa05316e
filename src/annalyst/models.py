"""The records every stage speaks: articles, actors, mentions, time expressions, events, clusters.

Field names are the contract of ``docs/architecture.md``: ``to_dict()`` returns exactly those fields (the JSONL
export and ``annalyst parse --json`` print it), and ``from_dict()`` reads them back. No stage passes raw dicts to
another; JSON exists only at the edges.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from dataclasses import dataclass, field
from typing import Any, ClassVar

__all__ = [
    "SEARCH_SORTS",
    "PUBLISHED_SOURCES",
    "STATUSES",
    "EVENT_TYPES",
    "GRANULARITIES",
    "Published",
    "Furniture",
    "Article",
    "Role",
    "Alias",
    "Actor",
    "Mention",
    "TimeExpr",
    "EventActor",
    "EventDate",
    "Location",
    "Counts",
    "Evidence",
    "Event",
    "Quote",
    "ParseResult",
    "Cluster",
    "QUAD_CLASSES",
    "Filters",
    "Page",
    "stable_id",
]

#: Where a publication date came from, most trusted first.
PUBLISHED_SOURCES = ("given", "meta", "url", "feed", "text", "inferred")

#: Claim status of an event (docs/architecture.md).
STATUSES = ("asserted", "attributed", "alleged", "denied", "proposed", "predicted", "hypothetical", "negated")

#: PLOVER 1.0 event types, in the order of docs/plover.md (the same as ``extract/resources/events/plover.json``)
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

#: PLOVER quad classes (the ``quad_class`` of an event: cooperation or conflict, verbal or material)
QUAD_CLASSES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")

#: The orders of a search (value -> label); ties are broken by id, so pages and downloads agree row for row.
SEARCH_SORTS = {
    "-date": "newest first",
    "date": "oldest first",
    "-sources": "most sources first",
    "-score": "most cooperative first",
    "score": "most conflictual first",
}

#: Granularity of a time expression, finest first.
GRANULARITIES = ("day", "week", "month", "quarter", "season", "year", "part_of_decade", "decade", "interval")


def stable_id(*parts: str, length: int = 16) -> str:
    """A short hex id derived from ``parts`` (the same parts give the same id on every machine)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


class Record:
    """Shared ``to_dict``/``from_dict`` for the dataclasses below (nested records and lists of them)."""

    #: nested record types by field name, for ``from_dict``
    _nested: ClassVar[dict[str, Any]] = {}
    #: fields whose value is a list of nested records
    _nested_lists: ClassVar[dict[str, Any]] = {}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in _field_names(type(self)):  # type: ignore[arg-type]
            out[name] = _plain(getattr(self, name))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]):  # noqa: ANN206 - returns cls
        kwargs: dict[str, Any] = {}
        names = _field_name_set(cls)  # type: ignore[arg-type]
        for key, value in data.items():
            if key not in names:
                continue
            if value is not None and key in cls._nested:
                value = cls._nested[key].from_dict(value)
            elif value is not None and key in cls._nested_lists:
                value = [cls._nested_lists[key].from_dict(v) if isinstance(v, dict) else v for v in value]
            kwargs[key] = value
        return cls(**kwargs)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The dataclass field names of ``cls``, in order (``dataclasses.fields`` walks the class on every call)."""
    return tuple(f.name for f in dataclasses.fields(cls))


@functools.cache
def _field_name_set(cls: type) -> frozenset[str]:
    return frozenset(_field_names(cls))


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


# --------------------------------------------------------------------------------------------- articles


@dataclass
class Published(Record):
    """A publication date and where it came from (one of ``PUBLISHED_SOURCES``)."""

    date: str | None = None
    source: str | None = None
    #: what the date was read from, e.g. ``"article:published_time"`` or ``"toutiao id 7530500401381016103"``
    detail: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"date": self.date, "source": self.source}
        if self.detail:
            out["detail"] = self.detail
        return out


@dataclass
class Furniture(Record):
    """A piece of the page that is not the article body, removed and kept for audit."""

    kind: str  # logo, share, caption, author_box, related, disclaimer, navigation, provenance, byline, ...
    text: str
    language: str | None = None


@dataclass
class Article(Record):
    id: str
    text: str
    url: str | None = None
    site: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: Published = field(default_factory=Published)
    language: str | None = None
    translated: bool = False
    original_url: str | None = None
    furniture: list[Furniture] = field(default_factory=list)
    fetched_at: str | None = None
    content_hash: str | None = None
    #: where the article was read from (a path or URL); not part of the architecture.md record
    source: str | None = field(default=None, metadata={"internal": True})
    #: section or category printed on the page
    section: str | None = field(default=None, metadata={"internal": True})

    _nested: ClassVar[dict[str, type]] = {"published": Published}
    _nested_lists: ClassVar[dict[str, type]] = {"furniture": Furniture}

    FIELDS: ClassVar[tuple[str, ...]] = (
        "id", "url", "site", "title", "subtitle", "authors", "published", "language", "translated",
        "original_url", "text", "furniture", "fetched_at", "content_hash",
    )

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        return {k: d[k] for k in self.FIELDS}


# ----------------------------------------------------------------------------------------------- actors


@dataclass
class Role(Record):
    """A dated role: ``code`` (CAMEO-style, e.g. ``AFGGOV``) held ``from`` .. ``to`` (ISO dates, open ends None)."""

    code: str
    start: str | None = None
    end: str | None = None
    title: str | None = None  # e.g. "foreign minister" for an office holder
    of: str | None = None  # actor id of the organisation the role is held in

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "from": self.start, "to": self.end}
        if self.title:
            out["title"] = self.title
        if self.of:
            out["of"] = self.of
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Role:
        return cls(
            code=data["code"], start=data.get("from", data.get("start")), end=data.get("to", data.get("end")),
            title=data.get("title"), of=data.get("of"),
        )

    def active(self, day: str | None) -> bool:
        """True when the role holds on ``day`` (ISO date); an unknown day matches every role."""
        if not day:
            return True
        if self.start and day < self.start:
            return False
        if self.end and day > self.end:
            return False
        return True


#: bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069): invisible characters
#: that reorder how a name is displayed ("evil\u202egnp.exe"); a stored name never keeps them. Joiners (ZWJ, ZWNJ)
#: and the plain direction marks stay: Persian and Urdu spelling needs them.
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def without_bidi_controls(text: str) -> str:
    """``text`` without bidirectional embedding/override/isolate controls."""
    return text.translate(_BIDI_CONTROLS) if isinstance(text, str) else text


@dataclass
class Alias(Record):
    text: str
    lang: str | None = None
    script: str | None = None

    def __post_init__(self) -> None:
        self.text = without_bidi_controls(self.text)


@dataclass
class Actor(Record):
    id: str
    name: str
    kind: str
    country: str | None = None
    roles: list[Role] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    codes: dict[str, str] = field(default_factory=dict)

    _nested_lists: ClassVar[dict[str, type]] = {"roles": Role, "aliases": Alias}

    def __post_init__(self) -> None:
        self.name = without_bidi_controls(self.name)

    def role_on(self, day: str | None) -> Role | None:
        """The role active on ``day`` (the latest-starting one if several are)."""
        active = [r for r in self.roles if r.active(day)]
        if not active:
            return None
        return max(active, key=lambda r: r.start or "")


# --------------------------------------------------------------------------------------------- mentions


@dataclass
class Mention(Record):
    article_id: str | None
    start: int
    end: int
    text: str
    actor_id: str | None = None
    score: float = 0.0


@dataclass
class TimeExpr(Record):
    text: str
    start: int | None
    end: int | None
    value_start: str | None
    value_end: str | None
    granularity: str | None
    anchor: str | None = None


# ----------------------------------------------------------------------------------------------- events


@dataclass
class EventActor(Record):
    actor_id: str | None
    name: str
    text: str

    @property
    def key(self) -> str:
        """One key per party: its actor id, else its name in any case (two mentions of one party share it)."""
        return self.actor_id or self.name.casefold()


@dataclass
class EventDate(Record):
    start: str | None = None
    end: str | None = None
    granularity: str | None = None
    text: str | None = None
    anchor: str | None = None


@dataclass
class Location(Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None  # country, admin1, city, site


@dataclass
class Counts(Record):
    killed: int | None = None
    injured: int | None = None
    arrested: int | None = None


@dataclass
class Evidence(Record):
    article_id: str
    start: int
    end: int
    sentence: str
    trigger: str


@dataclass
class Quote(Record):
    speaker: str | None  # actor id where resolved, else the speaker's text
    text: str
    start: int
    end: int
    speaker_text: str | None = field(default=None, metadata={"internal": True})

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "text": self.text, "start": self.start, "end": self.end}


@dataclass
class Event(Record):
    id: str
    article_id: str | None
    event_type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor: list[EventActor] = field(default_factory=list)
    recipient: list[EventActor] = field(default_factory=list)
    date: EventDate = field(default_factory=EventDate)
    location: Location | None = None
    counts: Counts = field(default_factory=Counts)
    status: str = "asserted"
    attributed_to: str | None = None
    denied_by: list[str] = field(default_factory=list)
    quote: str | None = None
    score: float | None = None
    quad_class: str | None = None
    cameo: str | None = None
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    cluster_id: str | None = None

    _nested: ClassVar[dict[str, type]] = {"date": EventDate, "location": Location, "counts": Counts}
    _nested_lists: ClassVar[dict[str, type]] = {"actor": EventActor, "recipient": EventActor, "evidence": Evidence}


@dataclass
class ParseResult(Record):
    """What ``annalyst parse --json`` prints for one article."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    time_expressions: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "mentions": [m.to_dict() for m in self.mentions],
            "actors": {k: v.to_dict() for k, v in self.actors.items()},
            "time_expressions": [t.to_dict() for t in self.time_expressions],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
        }


@dataclass
class Cluster(Record):
    """One real-world event reported by one or more articles."""

    id: str
    event: Event
    members: list[str] = field(default_factory=list)
    n_articles: int = 0
    n_sources: int = 0
    first_reported: str | None = None
    contradictions: list[dict[str, Any]] = field(default_factory=list)
    #: for predicted/proposed events: "open", "confirmed", "refuted" or "expired"; None for the others
    resolution: str | None = None
    #: the cluster that confirmed or refuted this forecast
    resolved_by: str | None = None
    #: which member supplied each merged field, e.g. {"date": "<event id>", "counts": "<event id>"}
    supplied_by: dict[str, str] = field(default_factory=dict)

    _nested: ClassVar[dict[str, type]] = {"event": Event}

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        # free-form mappings in a fixed key order: the same bytes whichever backend stored them (JSONB reorders)
        out["supplied_by"] = dict(sorted(out["supplied_by"].items()))
        out["contradictions"] = [dict(sorted(c.items())) for c in out["contradictions"]]
        return out


# ------------------------------------------------------------------------------------------ reading the store


@dataclass(frozen=True)
class Filters:
    """What a list, a chart or an export of the store is restricted to; every field is optional. The one filter type
    of every read path: the CLI, the Python API (``Annalyst``) and the web pages and REST API build it and the store
    reads it (``store/queries.py``), so the same filters give the same rows everywhere.

    ``actor``/``recipient`` match that side of an event, ``party`` either side; each takes an actor id (``RUS``), a
    name or alias (``Russia``), or ``text:<name>`` for an actor no dictionary holds, resolved by
    ``Annalyst.resolve_actor`` (an unknown name is an error with suggestions, never another actor).
    ``since``/``until`` (ISO days) mean what the store means: an event whose date interval ends on or after ``since``
    and starts on or before ``until`` (``coalesce(date_end, date_start) >= since``; an undated cluster falls back on
    its first report). ``quad_class`` is one of ``QUAD_CLASSES``; ``min_sources`` keeps clusters (and the events of
    clusters) reported by at least that many outlets. ``language`` and ``source`` (a site) are properties of the
    reporting article; ``q`` is a full-text query over article bodies. Values are trimmed; a bad type, status, quad
    class or date raises ``ConfigError``.
    """

    q: str | None = None
    actor: str | None = None
    recipient: str | None = None
    party: str | None = None
    event_type: str | None = None
    status: str | None = None
    quad_class: str | None = None
    since: str | None = None
    until: str | None = None
    min_sources: int | None = None
    language: str | None = None
    source: str | None = None
    article_id: str | None = None
    cluster_id: str | None = None

    def __post_init__(self) -> None:
        from .errors import ConfigError

        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                object.__setattr__(self, f.name, value.strip() or None)
        if self.event_type:
            object.__setattr__(self, "event_type", self.event_type.upper())
            if self.event_type not in EVENT_TYPES:
                raise ConfigError(f"unknown event type {self.event_type!r}: one of {', '.join(EVENT_TYPES)}")
        if self.status:
            object.__setattr__(self, "status", self.status.lower())
            if self.status not in STATUSES:
                raise ConfigError(f"unknown status {self.status!r}: one of {', '.join(STATUSES)}")
        if self.quad_class:
            object.__setattr__(self, "quad_class", self.quad_class.lower().replace("_", " "))
            if self.quad_class not in QUAD_CLASSES:
                raise ConfigError(f"unknown quad class {self.quad_class!r}: one of {', '.join(QUAD_CLASSES)}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not _is_iso_day(value):
                raise ConfigError(f"{name} takes a date as YYYY-MM-DD, not {value!r}")
        if self.min_sources is not None:
            if isinstance(self.min_sources, bool) or not isinstance(self.min_sources, int) or self.min_sources < 1:
                raise ConfigError(f"min_sources takes a whole number of at least 1, not {self.min_sources!r}")

    def given(self) -> dict[str, Any]:
        """The filters that are set, e.g. for links and for the JSON twin of a page."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if getattr(self, f.name)}

    def replace(self, **changes: Any) -> Filters:
        """A copy with ``changes`` (``None`` clears a filter)."""
        return dataclasses.replace(self, **changes)


def _is_iso_day(text: str) -> bool:
    import datetime as dt

    if len(text) != 10:
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


@dataclass
class Page:
    """One page of a list: ``items`` (records as plain JSON-ready dicts) plus whether more follow. ``total`` is the
    number of matching rows when the list counted them (None when it did not: counting a million rows is not free)."""

    items: list[dict[str, Any]]
    limit: int
    offset: int
    has_more: bool
    total: int | None = None

    @classmethod
    def probed(cls, items: list[dict[str, Any]], limit: int, offset: int) -> Page:
        """The page of ``items`` read with ``limit + 1``: the extra item, when there, only says that more follow."""
        return cls(items[:limit], limit, offset, len(items) > limit)

    def to_dict(self) -> dict[str, Any]:
        out = {"items": self.items, "limit": self.limit, "offset": self.offset, "has_more": self.has_more}
        if self.total is not None:
            out["total"] = self.total
        return out
