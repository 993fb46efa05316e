"""What each grammar rule means: the action functions named in ``resources/time/<lang>.txt``.

An action gets the match (``Ctx``) and its arguments and returns a ``Value`` (the interval, granularity and anchor)
or None to reject the match. The conventions are those of docs/time.md.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable

from . import calendar as cal
from .grammar import Grammar

__all__ = ["Value", "Ctx", "ACTIONS", "count_range", "hedge_days", "FUTURE_HORIZON"]


@dataclass(frozen=True)
class Value:
    start: date | None
    end: date | None
    granularity: str | None
    #: None: absolute; "published": resolved against the publication date
    anchor: str | None = None
    #: False when the year was inferred (lets a range borrow the year of its other end)
    explicit_year: bool = True
    #: anchored duration: (direction "after"/"before", fewest days, most days)
    offset: tuple[str, int, int] | None = None
    #: anaphoric expression ("the following year"): (unit, n) relative to the narrative time
    anaphor: tuple[str, int] | None = None


@dataclass
class Ctx:
    g: Grammar
    groups: dict[str, str | None]
    pub: date | None
    text: str  # normalized text
    original: str
    start: int
    end: int

    def get(self, name: str) -> str | None:
        return self.groups.get(name)


#: how far "the coming days/weeks/months/years" and "the near future" reach past the publication date
FUTURE_HORIZON = {"day": ("day", 10), "week": ("week", 8), "month": ("month", 6), "year": ("year", 5),
                  "decade": ("year", 10), "future": ("year", 1)}
#: how far back "in recent days/weeks/months/years" reaches
RECENT_REACH = {"day": ("day", 7), "week": ("week", 6), "month": ("month", 6), "year": ("year", 5),
                "decade": ("year", 20)}
#: count range of a unit in the plural without a number ("days after", "weeks later", "years ago")
BARE_PLURAL = {"day": (2, 6), "week": (2, 5), "month": (2, 11), "year": (2, 9), "decade": (2, 5), "quarter": (2, 3)}


def _rel(value: Value) -> Value:
    return replace(value, anchor="published")


def _unresolved(gran: str | None) -> Value:
    return Value(None, None, gran, None)


# ---------------------------------------------------------------------------------------------- lookups


def _month(ctx: Ctx, suffix: str = "") -> int | None:
    word = ctx.get("m" + suffix)
    if word is not None:
        key = ctx.g.key("month", word)
        if key is None:
            return None
        if ctx.g.lang == "en" and word.lower() in ("may", "march", "mar") and not word[:1].isupper():
            return None  # "may" the verb, "march" the walk
        return int(key)
    num = ctx.get("mn" + suffix)
    return int(num) if num else None


def _year(ctx: Ctx, suffix: str = "") -> int | None:
    y = ctx.get("y" + suffix)
    return int(y) if y else None


def _day(ctx: Ctx, suffix: str = "") -> int | None:
    d = ctx.get("d" + suffix)
    return int(d) if d else None


def _unit(ctx: Ctx, default: str | None = None) -> str | None:
    return ctx.g.key("unit", ctx.get("u")) or default


def _part(ctx: Ctx, default: str | None = None) -> str | None:
    return ctx.g.key("part", ctx.get("p")) or default


def _ordinal(ctx: Ctx) -> int | None:
    word = ctx.get("ord")
    if word is None:
        q = ctx.get("q")
        return int(q) if q else None
    key = ctx.g.key("ordinal", word)
    if key is not None:
        return int(key)
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else None


def count_range(g: Grammar, word: str | None, unit: str, unit_word: str | None = None) -> tuple[float, float]:
    """Count range of a quantity word ("a", "two", "a few", "12"); the bare plural when ``word`` is None.

    Without a count word, a unit word listed as ``@single`` ("неделю", "أسبوع") counts one, ``@dual`` two.
    """
    if word is None:
        if unit_word is not None and g.key("single", unit_word) is not None:
            return 1, 1
        if unit_word is not None and g.key("dual", unit_word) is not None:
            return 2, 2
        return BARE_PLURAL.get(unit, (2, 6))
    if word.strip().isdigit():
        n = int(word)
        return n, n
    key = g.key("count", word) or "1"
    lo, _, hi = key.partition("-")
    return float(lo), float(hi or lo)


def hedge_days(hedge: str | None, lo: float, hi: float, unit: str) -> tuple[int, int]:
    """The fewest and most days a hedged duration means ("nearly a week" = 5..7 days)."""
    length = cal.UNIT_DAYS[unit]
    lo_d, hi_d = lo * length, hi * length
    if hedge == "approx":
        lo_d, hi_d = lo_d * 0.8, hi_d * 1.2
    elif hedge == "under":
        lo_d = lo_d * 0.7
    elif hedge == "less":
        lo_d = 1.0
    elif hedge == "over":
        hi_d = hi_d * 1.5
    return int(math.floor(lo_d + 0.5)), int(math.floor(hi_d + 0.5))


def _month_year_past(m: int, pub: date) -> int:
    """The year of month ``m`` taken as the latest one not after the publication month."""
    return pub.year if m <= pub.month else pub.year - 1


def _day_year_past(m: int, d: int, pub: date) -> int:
    return pub.year if (m, d) <= (pub.month, pub.day) else pub.year - 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------- actions


def a_date(ctx: Ctx, *args: str) -> Value | None:
    """A calendar date from whatever of year, month and day the match has."""
    y, m, d = _year(ctx), _month(ctx), _day(ctx)
    if ctx.get("m") is not None and m is None:
        return None
    if m is None:
        if y is None:
            return None
        s, e = cal.year(y)
        return Value(s, e, "year")
    if d is not None:
        if y is None:
            if ctx.pub is None:
                return _unresolved("day")
            y = _day_year_past(m, d, ctx.pub)
            day = _safe_date(y, m, d)
            return None if day is None else Value(day, day, "day", "published", explicit_year=False)
        day = _safe_date(y, m, d)
        return None if day is None else Value(day, day, "day")
    if y is None:
        if ctx.pub is None:
            return _unresolved("month")
        s, e = cal.month(_month_year_past(m, ctx.pub), m)
        return Value(s, e, "month", "published", explicit_year=False)
    s, e = cal.month(y, m)
    return Value(s, e, "month")


_TEMPORAL_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|during|of|before|after|circa|c\.|early|mid|late|between|and|to|through|"
    r"year|around|spring|summer|autumn|fall|winter)|[-–(,])\s*$", re.IGNORECASE)
_NOT_YEAR_BEFORE = re.compile(r"(?:[$€£¥#№]|\d[.,]?|\bno\.?|\bnumber|\bpage|\bp\.|\bflight|\broute)\s*$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


def a_year(ctx: Ctx, *args: str) -> Value | None:
    """A year written alone (``bare``: it must look like a year in its context)."""
    y = _year(ctx)
    if y is None:
        return None
    solar = ctx.g.options.get("solar_years") == "yes" and 1300 <= y <= 1499 and "gregorian" not in args
    if "bare" in args and ctx.g.options.get("bare_year") == "lenient":
        before = ctx.text[max(0, ctx.start - 3):ctx.start]
        after = ctx.text[ctx.end:ctx.end + 3]
        if re.search(r"[$€£¥#№.,:]\s*$|\d\s*$", before) or re.match(r"\s*(?:%|[.,:]\d|\d)", after):
            return None
        if not solar and not 1900 <= y <= 2099:
            return None
    elif "bare" in args:
        before = ctx.text[max(0, ctx.start - 12):ctx.start]
        after = ctx.text[ctx.end:ctx.end + 24]
        if _NOT_YEAR_BEFORE.search(before) or re.match(r"\s*(?:%|[.,]\d|\d|per\s?cent)|-[^\W\d_]", after):
            return None
        temporal = bool(_TEMPORAL_BEFORE.search(before))
        if not (1900 <= y <= 2099) and not temporal:
            return None
        nxt = _NEXT_WORD.match(after)
        if nxt and nxt.group(1)[:1].islower() and not temporal:
            if ctx.g.key("yearnoun", nxt.group(1)) is None and ctx.g.key("yearnext", nxt.group(1)) is None:
                return None
    s, e = cal.jalali_year(y) if solar else cal.year(y)
    return Value(s, e, "year")


def a_solar(ctx: Ctx, *args: str) -> Value | None:
    """A Solar Hijri date (Iranian or Afghan month names)."""
    y, d = _year(ctx), _day(ctx)
    key = ctx.g.key("solar", ctx.get("sm"))
    if key is None:
        if y is None or "year" not in args:
            return None
        s, e = cal.jalali_year(y)
        return Value(s, e, "year")
    m = int(key)
    if y is None or not 1300 <= y <= 1499:
        return None
    if d is not None:
        if d > (31 if m <= 6 else 30):
            return None
        day = cal.jalali_to_gregorian(y, m, d)
        return Value(day, day, "day")
    s, e = cal.jalali_month(y, m)
    return Value(s, e, "month")


def a_month_rel(ctx: Ctx, n: str = "0", *args: str) -> Value | None:
    """Month ``{M}`` of this (0), last (-1) or next (1) year; this year's = the latest one not after publication."""
    m = _month(ctx)
    if m is None:
        return None
    if ctx.pub is None:
        return _unresolved("month")
    shift = int(n)
    y = _month_year_past(m, ctx.pub) if shift == 0 else ctx.pub.year + shift
    s, e = cal.month(y, m)
    return _rel(Value(s, e, "month", explicit_year=False))


def a_date_rel(ctx: Ctx, n: str = "0", *args: str) -> Value | None:
    """Day ``{D}`` of month ``{M}`` in this (0, the latest one not after publication), last or next year."""
    m, d = _month(ctx), _day(ctx)
    if m is None or d is None:
        return None
    if ctx.pub is None:
        return _unresolved("day")
    shift = int(n)
    y = _day_year_past(m, d, ctx.pub) if shift == 0 else ctx.pub.year + shift
    day = _safe_date(y, m, d)
    return None if day is None else _rel(Value(day, day, "day", explicit_year=False))


def a_until_end(ctx: Ctx, unit: str = "", n: str = "0", *args: str) -> Value | None:
    """"by the end of the year" written as one phrase: publication to the end of the unit."""
    unit = unit or _unit(ctx) or ""
    if unit not in cal.UNIT_DAYS:
        return None
    if ctx.pub is None:
        return _unresolved("interval")
    end = cal.unit_containing(unit, cal.shift_unit(unit, ctx.pub, int(n)))[1]
    return None if end < ctx.pub else _rel(Value(ctx.pub, end, "interval"))


def a_month_last(ctx: Ctx, *args: str) -> Value | None:
    """"last April": the latest April before the publication month."""
    m = _month(ctx)
    if m is None:
        return None
    if ctx.pub is None:
        return _unresolved("month")
    y = ctx.pub.year if m < ctx.pub.month else ctx.pub.year - 1
    s, e = cal.month(y, m)
    return _rel(Value(s, e, "month", explicit_year=False))


def a_month_next(ctx: Ctx, *args: str) -> Value | None:
    """"next April": the first April after the publication month."""
    m = _month(ctx)
    if m is None:
        return None
    if ctx.pub is None:
        return _unresolved("month")
    y = ctx.pub.year if m > ctx.pub.month else ctx.pub.year + 1
    s, e = cal.month(y, m)
    return _rel(Value(s, e, "month", explicit_year=False))


def a_day_range(ctx: Ctx, *args: str) -> Value | None:
    """"March 3-5, 2024": days ``{D}`` to ``{D2}`` of one month."""
    m, d1, d2, y = _month(ctx), _day(ctx), _day(ctx, "2"), _year(ctx)
    if m is None or d1 is None or d2 is None or d2 < d1:
        return None
    anchor = None
    if y is None:
        if ctx.pub is None:
            return _unresolved("interval")
        y, anchor = _day_year_past(m, d1, ctx.pub), "published"
    s, e = _safe_date(y, m, d1), _safe_date(y, m, d2)
    if s is None or e is None:
        return None
    return Value(s, e, "interval", anchor, explicit_year=anchor is None)


def a_range_years(ctx: Ctx, *args: str) -> Value | None:
    """"2018-2020", "2018-20", "between 2018 and 2020"."""
    y1 = _year(ctx)
    y2 = _year(ctx, "2")
    if y2 is None and ctx.get("ys"):
        y2 = (y1 // 100) * 100 + int(ctx.get("ys") or 0) if y1 else None
    if y1 is None or y2 is None or not y1 < y2 <= y1 + 200:
        return None
    return Value(cal.year(y1)[0], cal.year(y2)[1], "interval")


def a_rel(ctx: Ctx, unit: str = "", n: str = "0", *args: str) -> Value | None:
    """The unit containing the publication date, moved by ``n`` units: "last week", "this year", "tomorrow"."""
    unit = unit if unit and unit != "U" else (_unit(ctx) or "")
    if unit not in cal.UNIT_DAYS:
        return None
    if ctx.pub is None:
        return _unresolved(unit)
    s, e = cal.unit_containing(unit, cal.shift_unit(unit, ctx.pub, int(n)))
    return _rel(Value(s, e, unit))


def a_relpart(ctx: Ctx, n: str = "0", part: str = "", unit: str = "", *args: str) -> Value | None:
    """A part of a relative unit: "earlier this month", "late last year", "the end of the year"."""
    unit = unit or _unit(ctx) or ""
    which = part if part and part != "P" else (_part(ctx) or "")
    if unit not in ("week", "month", "year", "decade", "quarter") or not which:
        return None
    gran = {"year": "quarter", "month": "week", "decade": "part_of_decade", "week": "day", "quarter": "month"}[unit]
    if which in ("earlier", "later"):
        gran = unit
    if ctx.pub is None:
        return _unresolved(gran)
    span = cal.unit_containing(unit, cal.shift_unit(unit, ctx.pub, int(n)))
    if which == "earlier":
        s, e = span[0], min(ctx.pub, span[1])
    elif which == "later":
        s, e = max(ctx.pub, span[0]), span[1]
    else:
        s, e = cal.part(which, unit, span)
    return _rel(Value(s, e, gran))


def a_part(ctx: Ctx, unit: str = "year", *args: str) -> Value | None:
    """Early, mid or late part of a year, decade, century or month: "late 2022", "the early 2000s"."""
    which = _part(ctx)
    if which not in ("early", "mid", "late"):
        return None
    if unit == "decade":
        span = _decade_span(ctx)
        return None if span is None else Value(*cal.part(which, "decade", span[:2]), "part_of_decade", span[2])
    if unit == "century":
        c = _century(ctx)
        return None if c is None else Value(*cal.part(which, "century", cal.century(c)), "interval")
    if unit == "month":
        base = a_date(ctx)
        if base is None or base.granularity != "month" or base.start is None:
            return base
        s, e = cal.part(which, "month", (base.start, base.end or base.start))
        return replace(base, start=s, end=e, granularity="week")
    y = _year(ctx)
    if y is None:
        return None
    s, e = cal.part(which, "year", cal.year(y))
    return Value(s, e, "quarter")


def _decade_span(ctx: Ctx) -> tuple[date, date, str | None] | None:
    y = _year(ctx)
    anchor = None
    if y is None and ctx.get("yy") is not None:
        yy = int(ctx.get("yy") or 0)
        if ctx.pub is None:
            y = 1900 + yy
        else:
            y = 2000 + yy if 2000 + yy <= ctx.pub.year else 1900 + yy
            anchor = None
    if y is None and ctx.get("dw") is not None:
        key = ctx.g.key("decadeword", ctx.get("dw"))
        if key is None:
            return None
        y = int(key)
    if y is None or y % 10:
        return None
    s, e = cal.decade(y)
    return s, e, anchor


def a_decade(ctx: Ctx, *args: str) -> Value | None:
    """"the 1990s", "the '90s", "the nineties"."""
    span = _decade_span(ctx)
    return None if span is None else Value(span[0], span[1], "decade", span[2])


def _century(ctx: Ctx) -> int | None:
    c = ctx.get("c")
    if c:
        return int(c) if 1 <= int(c) <= 21 else None
    return _ordinal(ctx)


def a_century(ctx: Ctx, *args: str) -> Value | None:
    c = _century(ctx)
    if c is None or not 1 <= c <= 21:
        return None
    s, e = cal.century(c)
    return Value(s, e, "interval")


def _year_or_rel(ctx: Ctx, n: str | None) -> tuple[int | None, str | None]:
    y = _year(ctx)
    if y is not None:
        return y, None
    if ctx.pub is None:
        return None, "published"
    return ctx.pub.year + int(n or 0), "published"


def a_quarter(ctx: Ctx, n: str | None = None, *args: str) -> Value | None:
    """"Q3 2024", "the third quarter of last year", "the first quarter" (latest one begun by publication)."""
    q = _ordinal(ctx)
    if q is None or not 1 <= q <= 4:
        return None
    y, anchor = _year_or_rel(ctx, n)
    if y is None:
        return _unresolved("quarter")
    if anchor and n is None and ctx.pub is not None and cal.quarter(y, q)[0] > ctx.pub:
        y -= 1
    s, e = cal.quarter(y, q)
    return Value(s, e, "quarter", anchor, explicit_year=anchor is None)


def a_half(ctx: Ctx, n: str | None = None, *args: str) -> Value | None:
    """"the first half of 2024", "H2 2023": a half year, reported with granularity quarter (docs/time.md)."""
    h = _ordinal(ctx)
    if h is None or h not in (1, 2):
        return None
    y, anchor = _year_or_rel(ctx, n)
    if y is None:
        return _unresolved("quarter")
    if anchor and n is None and ctx.pub is not None and date(y, 1 if h == 1 else 7, 1) > ctx.pub:
        y -= 1
    s, e = (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    return Value(s, e, "quarter", anchor, explicit_year=anchor is None)


def a_season(ctx: Ctx, n: str | None = None, *args: str) -> Value | None:
    """"spring 2024", "this spring", "last winter", "in the autumn"."""
    name = ctx.g.key("season", ctx.get("s"))
    if name is None:
        return None
    y = _year(ctx)
    if y is not None:
        s, e = cal.season(name, y)
        return Value(s, e, "season")
    if ctx.pub is None:
        return _unresolved("season")
    shift = int(n or 0)
    current, cy = cal.season_containing(ctx.pub)
    if shift == 0:
        # this spring: the one of the publication's season-year; a season not yet begun is last year's
        y = cy if name == current else ctx.pub.year
        if cal.season(name, y)[0] > ctx.pub:
            y -= 1
    elif shift < 0:
        y = ctx.pub.year
        while cal.season(name, y)[1] >= ctx.pub:
            y -= 1
    else:
        y = ctx.pub.year - 1
        while cal.season(name, y)[0] <= ctx.pub:
            y += 1
    s, e = cal.season(name, y)
    return _rel(Value(s, e, "season"))


def a_weekday(ctx: Ctx, mode: str = "on", *args: str) -> Value | None:
    """"on Tuesday" (the latest Tuesday on or before publication), "last/next/this Tuesday"."""
    key = ctx.g.key("weekday", ctx.get("wd"))
    if key is None:
        return None
    if ctx.pub is None:
        return _unresolved("day")
    wd = int(key)
    back = (ctx.pub.weekday() - wd) % 7
    if mode == "on":
        d = ctx.pub - timedelta(days=back)
    elif mode == "last":
        d = ctx.pub - timedelta(days=back or 7)
    elif mode == "next":
        d = ctx.pub + timedelta(days=(wd - ctx.pub.weekday()) % 7 or 7)
    elif mode == "prevweek":  # Chinese 上周二: Tuesday of the week before the publication's
        d = cal.week_of(ctx.pub)[0] - timedelta(days=7 - wd)
    elif mode == "nextweek":
        d = cal.week_of(ctx.pub)[0] + timedelta(days=7 + wd)
    else:  # this: in the publication's week
        d = cal.week_of(ctx.pub)[0] + timedelta(days=wd)
    return _rel(Value(d, d, "day"))


def _duration(ctx: Ctx, unit: str) -> tuple[int, int]:
    lo, hi = count_range(ctx.g, ctx.get("n"), unit, ctx.get("u"))
    return hedge_days(ctx.g.key("hedge", ctx.get("h")), lo, hi, unit)


def a_ago(ctx: Ctx, *args: str) -> Value | None:
    """"two weeks ago": the unit containing that day; a hedged or vague count gives a span of days."""
    unit = _unit(ctx)
    if unit is None:
        return None
    gran = "year" if unit == "decade" else unit
    if ctx.pub is None:
        return _unresolved(gran)
    word, hedge = ctx.get("n"), ctx.g.key("hedge", ctx.get("h"))
    lo, hi = count_range(ctx.g, word, unit, ctx.get("u"))
    if lo == hi and hedge in (None, "exact") and lo == int(lo):
        shifted = cal.shift_unit("year" if unit == "decade" else unit, ctx.pub,
                                 -int(lo) * (10 if unit == "decade" else 1))
        s, e = cal.unit_containing(gran, shifted)
        return _rel(Value(s, e, gran))
    lo_d, hi_d = hedge_days(hedge, lo, hi, unit)
    return _rel(Value(ctx.pub - timedelta(days=hi_d), ctx.pub - timedelta(days=lo_d), gran))


def a_in_n(ctx: Ctx, *args: str) -> Value | None:
    """"in two weeks": the unit containing that day after publication."""
    unit = _unit(ctx)
    if unit is None or unit == "decade":
        return None
    if ctx.pub is None:
        return _unresolved(unit)
    lo, hi = count_range(ctx.g, ctx.get("n"), unit, ctx.get("u"))
    if lo != hi:
        lo_d, hi_d = hedge_days(None, lo, hi, unit)
        return _rel(Value(ctx.pub + timedelta(days=lo_d), ctx.pub + timedelta(days=hi_d), unit))
    s, e = cal.unit_containing(unit, cal.shift_unit(unit, ctx.pub, int(lo)))
    return _rel(Value(s, e, unit))


def a_offset(ctx: Ctx, direction: str = "after", *args: str) -> Value | None:
    """An anchored duration ("nearly a week after", "just days before", "two years later").

    Without its anchor's date it is resolved against publication: publication minus the duration (the later of
    the two events is taken to be the publication's present). ``reanchor`` resolves it again on the anchor.
    """
    unit = _unit(ctx)
    if unit is None:
        return None
    lo_d, hi_d = _duration(ctx, unit)
    offset = (direction, lo_d, hi_d)
    if ctx.pub is None:
        return Value(None, None, unit, None, offset=offset)
    return Value(ctx.pub - timedelta(days=hi_d), ctx.pub - timedelta(days=lo_d), unit, "published", offset=offset)


def a_past_n(ctx: Ctx, *args: str) -> Value | None:
    """"in the past two years", "over the last month": from that far back to publication."""
    unit = _unit(ctx)
    if unit is None:
        return None
    if ctx.pub is None:
        return _unresolved("interval")
    _, hi = count_range(ctx.g, ctx.get("n") or "1", unit)
    factor = 10 if unit == "decade" else 1
    start = cal.shift_unit("year" if unit == "decade" else unit, ctx.pub, -int(math.ceil(hi)) * factor)
    return _rel(Value(start, ctx.pub, "interval"))


def a_next_n(ctx: Ctx, *args: str) -> Value | None:
    """"in the next two weeks", "within a month": from publication to that far ahead."""
    unit = _unit(ctx)
    if unit is None:
        return None
    if ctx.pub is None:
        return _unresolved("interval")
    _, hi = count_range(ctx.g, ctx.get("n") or "1", unit)
    factor = 10 if unit == "decade" else 1
    end = cal.shift_unit("year" if unit == "decade" else unit, ctx.pub, int(math.ceil(hi)) * factor)
    return _rel(Value(ctx.pub, end, "interval"))


def a_coming(ctx: Ctx, unit: str = "", *args: str) -> Value | None:
    """"in the coming days", "in the months ahead", "in the near future": publication to a horizon."""
    unit = unit or _unit(ctx) or ""
    if unit not in FUTURE_HORIZON:
        return None
    if ctx.pub is None:
        return _unresolved("interval")
    hunit, k = FUTURE_HORIZON[unit]
    return _rel(Value(ctx.pub, cal.shift_unit(hunit, ctx.pub, k), "interval"))


def a_recent(ctx: Ctx, unit: str = "", *args: str) -> Value | None:
    """"in recent weeks": from a fixed reach back to publication."""
    unit = unit or _unit(ctx) or ""
    if unit not in RECENT_REACH:
        return None
    if ctx.pub is None:
        return _unresolved("interval")
    hunit, k = RECENT_REACH[unit]
    return _rel(Value(cal.shift_unit(hunit, ctx.pub, -k), ctx.pub, "interval"))


def a_anaphor(ctx: Ctx, n: str = "0", unit: str = "", *args: str) -> Value | None:
    """"the following year", "that day": relative to the narrative time, unresolved by the text alone."""
    unit = unit or _unit(ctx) or ""
    if unit not in cal.UNIT_DAYS:
        return None
    return Value(None, None, unit, None, anaphor=(unit, int(n)))


ACTIONS: dict[str, Callable[..., Value | None]] = {
    "date": a_date, "year": a_year, "solar": a_solar, "month_rel": a_month_rel, "month_last": a_month_last,
    "month_next": a_month_next, "day_range": a_day_range, "range_years": a_range_years, "rel": a_rel,
    "relpart": a_relpart, "part": a_part, "decade": a_decade, "century": a_century, "quarter": a_quarter,
    "date_rel": a_date_rel, "until_end": a_until_end, "half": a_half, "season": a_season, "weekday": a_weekday, "ago": a_ago, "in_n": a_in_n, "offset": a_offset,
    "past_n": a_past_n, "next_n": a_next_n, "coming": a_coming, "recent": a_recent, "anaphor": a_anaphor,
}
