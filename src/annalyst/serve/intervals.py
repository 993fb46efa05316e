"""Dates as a reader should see them: an event's interval at the precision it was stated in.

The store keeps every date as an interval of ISO days (``start``, ``end``) with a ``granularity`` (``models.
GRANULARITIES``). Shown as its first day, "in 2020" would read as 2020-01-01 and "the 1990s" as 1990-01-01; this
module names the interval instead: ``2020`` (year), ``1990s`` (decade), ``early 1990s``, ``Q1 2020``, ``March 2020``
(month), ``2020-03-04`` (day), ``2020-03-04 – 2020-03-09`` (any other range), and gives the exact interval for a
title. An interval whose granularity is missing or ``interval`` is named by its shape (whole years, whole months).
``static/js/charts.js`` names intervals the same way (``intervalLabel``).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

__all__ = ["interval_label", "interval_title", "interval"]

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
#: the dash between the two ends of a range
DASH = " – "


def _day(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month_end(d: dt.date) -> bool:
    return d.day == calendar.monthrange(d.year, d.month)[1]


def _whole_years(s: dt.date, e: dt.date) -> bool:
    return (s.month, s.day) == (1, 1) and (e.month, e.day) == (12, 31)


def _whole_months(s: dt.date, e: dt.date) -> bool:
    return s.day == 1 and _month_end(e)


def _month(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.year}"


def _by_shape(s: dt.date, e: dt.date) -> str:
    """An interval named by its shape: a day, whole years, whole months, else a range of days."""
    if s == e:
        return s.isoformat()
    if _whole_years(s, e):
        if s.year % 10 == 0 and e.year == s.year + 9:
            return f"{s.year}s"
        return str(s.year) if s.year == e.year else f"{s.year}{DASH}{e.year}"
    if _whole_months(s, e):
        if (s.year, s.month) == (e.year, e.month):
            return _month(s)
        if s.year == e.year:
            return f"{MONTHS[s.month - 1]}{DASH}{_month(e)}"
        return f"{_month(s)}{DASH}{_month(e)}"
    return f"{s.isoformat()}{DASH}{e.isoformat()}"


def interval_label(start: str | None, end: str | None = None, granularity: str | None = None) -> str:
    """The interval [start, end] at its stated precision (see the module docstring); ``"undated"`` without a start."""
    s = _day(start)
    if s is None:
        return "undated"
    e = _day(end) or s
    if e < s:
        s, e = e, s
    g = granularity or ""
    if g == "day" and s == e:
        return s.isoformat()
    if g == "year" and s.year == e.year:
        return str(s.year)
    if g == "decade":
        return f"{s.year - s.year % 10}s"
    if g == "part_of_decade":
        decade = s.year - s.year % 10
        part = "early" if s.year - decade < 3 else "mid" if s.year - decade < 7 else "late"
        return f"{part} {decade}s"
    if g == "month" and (s.year, s.month) == (e.year, e.month):
        return _month(s)
    if g == "quarter" and s.year == e.year and s.day == 1 and (s.month - 1) % 3 == 0 and e.month == s.month + 2:
        return f"Q{(s.month - 1) // 3 + 1} {s.year}"
    return _by_shape(s, e)


def interval_title(start: str | None, end: str | None = None, granularity: str | None = None,
                   text: str | None = None) -> str:
    """The exact interval for a tooltip: ``2020-01-01 – 2020-12-31 (year; "in 2020")``."""
    if not _day(start):
        return "no date found" + (f' ("{text}")' if text else "")
    span = start if not end or end == start else f"{start}{DASH}{end}"
    notes = [granularity or "interval"]
    if text:
        notes.append(f"“{text}”")
    return f"{span} ({'; '.join(notes)})"


def interval(date: dict[str, Any] | None) -> dict[str, str]:
    """``{"label", "title", "granularity"}`` of an event record's ``date`` (``{start, end, granularity, text}``)."""
    date = date or {}
    start, end, g = date.get("start"), date.get("end"), date.get("granularity")
    return {"label": interval_label(start, end, g), "title": interval_title(start, end, g, date.get("text")),
            "granularity": g or ("interval" if start else "")}
