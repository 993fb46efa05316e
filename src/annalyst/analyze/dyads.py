"""Dyad series: how the relation between two actors moves between cooperation and conflict, month by month.

Computed from clusters (one row per real event), never from reports: an event told by ten outlets counts once.
For each month: the number of events, the sum and the mean of their PLOVER scores (-10 conflict .. +10
cooperation), overall and by quad class. By default:

* both directions (A on B, B on A, and A with B in a meeting of equals); ``directed=True`` keeps only A acting on B;
* an actor includes those acting for it (its officials and state organs: ``analyze.actors``) unless ``literal``;
  ``resolve_actor(..., expand=True)`` turns an actor into the list of everything that acts for it;
* statuses ``asserted`` and ``attributed`` (what sources tell as fact or report as someone's statement; allegations,
  denials and forecasts are left out unless ``status`` names them);
* only events dated to a month or better (an interval of at most ``max_span_days`` days): an event known only to
  "the 2010s" is counted in ``coarse``, not smeared into a month. Months without events inside the range are
  present with count 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

from .compat import parse_day, span_days

if TYPE_CHECKING:  # pragma: no cover
    from ..store import Store

__all__ = ["DyadStat", "DyadMonth", "DyadSeries", "dyad_series", "DEFAULT_STATUSES", "QUAD_CLASSES"]

DEFAULT_STATUSES = ("asserted", "attributed")
QUAD_CLASSES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


@dataclass
class DyadStat:
    count: int = 0
    sum: float = 0.0

    @property
    def mean(self) -> float | None:
        return round(self.sum / self.count, 4) if self.count else None

    def add(self, score: float) -> None:
        self.count += 1
        self.sum = round(self.sum + score, 6)

    def to_dict(self) -> dict[str, Any]:
        return {"count": self.count, "sum": self.sum, "mean": self.mean}


@dataclass
class DyadMonth:
    month: str
    total: DyadStat = field(default_factory=DyadStat)
    by_quad_class: dict[str, DyadStat] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"month": self.month, **self.total.to_dict(),
                "by_quad_class": {q: s.to_dict() for q, s in sorted(self.by_quad_class.items())}}


@dataclass
class DyadSeries:
    a: str
    b: str
    a_keys: list[str]
    b_keys: list[str]
    directed: bool
    statuses: list[str]
    months: list[DyadMonth] = field(default_factory=list)
    #: events of the dyad dated too coarsely for a month (or not at all), and events without a score
    coarse: int = 0
    unscored: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": {"label": self.a, "keys": self.a_keys}, "b": {"label": self.b, "keys": self.b_keys},
            "directed": self.directed, "statuses": self.statuses, "coarse": self.coarse, "unscored": self.unscored,
            "months": [m.to_dict() for m in self.months],
        }

    def rows(self) -> list[dict[str, Any]]:
        """Flat rows (CSV): one per month and quad class, plus one ``all`` row per month."""
        out = []
        for m in self.months:
            out.append({"month": m.month, "quad_class": "all", **m.total.to_dict()})
            for q in QUAD_CLASSES:
                s = m.by_quad_class.get(q, DyadStat())
                out.append({"month": m.month, "quad_class": q, **s.to_dict()})
        return out


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def dyad_series(
    store: Store,
    a_keys: Iterable[str],
    b_keys: Iterable[str],
    *,
    a_label: str | None = None,
    b_label: str | None = None,
    directed: bool = False,
    literal: bool = False,
    status: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    max_span_days: int = 31,
) -> DyadSeries:
    """The monthly series of the dyad (see the module docstring)."""
    a_keys, b_keys = list(dict.fromkeys(a_keys)), list(dict.fromkeys(b_keys))
    statuses = list(status) if status else list(DEFAULT_STATUSES)
    series = DyadSeries(a=a_label or (a_keys[0] if a_keys else ""), b=b_label or (b_keys[0] if b_keys else ""),
                        a_keys=a_keys, b_keys=b_keys, directed=directed, statuses=statuses)
    rows = store.dyad_rows(a_keys, b_keys, directed=directed, literal=literal, status=statuses, since=since, until=until)
    by_month: dict[str, DyadMonth] = {}
    for _cid, start, end, quad, score in rows:
        if start is not None and start == end and len(start) == 10 and max_span_days >= 1:  # one day: parsed once
            s = e = parse_day(start)
            if not s:
                series.coarse += 1
                continue
        else:
            s, e = parse_day(start), parse_day(end, end=True)
            if not s or not e or span_days(min(s, e), max(s, e)) > max_span_days:
                series.coarse += 1
                continue
        if score is None:
            series.unscored += 1
            continue
        month = (start or "")[:7]
        entry = by_month.get(month)
        if entry is None:  # (not setdefault: that builds a DyadMonth for every row)
            entry = by_month[month] = DyadMonth(month=month)
        value = float(score)
        entry.total.add(value)
        stat = entry.by_quad_class.get(quad or "unknown")
        if stat is None:
            stat = entry.by_quad_class[quad or "unknown"] = DyadStat()
        stat.add(value)
    if by_month or (since and until):
        first = (since or min(by_month))[:7]
        last = (until or max(by_month))[:7]
        if by_month:
            first, last = min(first, min(by_month)), max(last, max(by_month))
        series.months = [by_month.get(m, DyadMonth(month=m)) for m in _months(first, last)]
    return series


