"""Calendar arithmetic for the time resolver: the interval each calendar unit (or part of one) covers.

Every function returns a closed interval ``(first_day, last_day)`` of ``datetime.date``. Conventions (see docs/time.md):
weeks run Monday to Sunday; seasons are those of the northern hemisphere (meteorological: spring = March–May,
summer = June–August, autumn = September–November, winter = December–February, named by the year of its December);
early/mid/late split a year into thirds (Jan–Apr, May–Aug, Sep–Dec), a month into days 1–10, 11–20, 21–end and a
decade into years 0–3, 4–6, 7–9.
"""

from __future__ import annotations

import calendar as _calendar
from datetime import date, timedelta

__all__ = [
    "Interval",
    "UNIT_DAYS",
    "day",
    "week_of",
    "month",
    "quarter",
    "year",
    "decade",
    "century",
    "season",
    "season_containing",
    "shift_months",
    "unit_containing",
    "part",
    "last_day_of_month",
    "jalali_to_gregorian",
]

Interval = tuple[date, date]

#: average length of each unit in days, for fuzzy durations ("nearly a week after", "some months later")
UNIT_DAYS: dict[str, float] = {
    "day": 1.0, "week": 7.0, "month": 30.44, "quarter": 91.31, "year": 365.25, "decade": 3652.5, "century": 36525.0,
}

SEASON_MONTHS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def last_day_of_month(y: int, m: int) -> int:
    return _calendar.monthrange(y, m)[1]


def day(d: date) -> Interval:
    return d, d


def week_of(d: date) -> Interval:
    """The Monday-to-Sunday week containing ``d``."""
    start = d - timedelta(days=d.weekday())
    return start, start + timedelta(days=6)


def month(y: int, m: int) -> Interval:
    return date(y, m, 1), date(y, m, last_day_of_month(y, m))


def quarter(y: int, q: int) -> Interval:
    first = 3 * (q - 1) + 1
    return date(y, first, 1), month(y, first + 2)[1]


def year(y: int) -> Interval:
    return date(y, 1, 1), date(y, 12, 31)


def decade(first_year: int) -> Interval:
    first_year -= first_year % 10
    return date(first_year, 1, 1), date(first_year + 9, 12, 31)


def century(n: int) -> Interval:
    """The n-th century as its hundred-year span: the 20th century = 1900–1999 (the popular reading)."""
    first = (n - 1) * 100
    return date(max(first, 1), 1, 1), date(first + 99, 12, 31)


def season(name: str, y: int) -> Interval:
    """Meteorological season of the northern hemisphere; winter ``y`` runs from December ``y`` to February ``y+1``."""
    first = SEASON_MONTHS[name]
    start = date(y, first, 1)
    end_month = shift_months(start, 2)
    return start, date(end_month.year, end_month.month, last_day_of_month(end_month.year, end_month.month))


def season_containing(d: date) -> tuple[str, int]:
    """Name and year (of its first month) of the season containing ``d``."""
    if d.month in (1, 2):
        return "winter", d.year - 1
    if d.month == 12:
        return "winter", d.year
    for name, first in SEASON_MONTHS.items():
        if first <= d.month < first + 3:
            return name, d.year
    raise AssertionError(d)  # pragma: no cover - every month is in a season


def shift_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months (the day clamped to the month's length)."""
    total = d.year * 12 + (d.month - 1) + n
    y, m = divmod(total, 12)
    m += 1
    return date(y, m, min(d.day, last_day_of_month(y, m)))


def unit_containing(unit: str, d: date) -> Interval:
    """The day, week, month, quarter, year, decade or century containing ``d``."""
    if unit == "day":
        return day(d)
    if unit == "week":
        return week_of(d)
    if unit == "month":
        return month(d.year, d.month)
    if unit == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "year":
        return year(d.year)
    if unit == "decade":
        return decade(d.year)
    if unit == "century":
        return century(d.year // 100 + 1)
    raise ValueError(f"unknown unit {unit!r}")


def shift_unit(unit: str, d: date, n: int) -> date:
    """``d`` moved by ``n`` units (calendar months for month/quarter/year/decade)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(days=7 * n)
    factor = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return shift_months(d, factor * n)


_PART_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_PART_OF_DECADE = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
_PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_PART_OF_CENTURY = {"early": (0, 32), "mid": (33, 66), "late": (67, 99)}
_PART_OF_WEEK = {"early": (0, 2), "mid": (2, 4), "late": (4, 6)}


def part(which: str, unit: str, span: Interval) -> Interval:
    """The ``early``, ``mid`` or ``late`` part of ``span``, which is one ``unit`` (week, month, year, decade, century)."""
    start, end = span
    if unit == "year":
        lo, hi = _PART_OF_YEAR[which]
        return date(start.year, lo, 1), month(start.year, hi)[1]
    if unit == "decade":
        lo, hi = _PART_OF_DECADE[which]
        return date(start.year + lo, 1, 1), date(start.year + hi, 12, 31)
    if unit == "century":
        lo, hi = _PART_OF_CENTURY[which]
        return date(start.year + lo, 1, 1), date(start.year + hi, 12, 31)
    if unit == "month":
        lo, hi = _PART_OF_MONTH[which]
        return date(start.year, start.month, lo), date(start.year, start.month, min(hi, end.day))
    if unit == "week":
        lo, hi = _PART_OF_WEEK[which]
        return start + timedelta(days=lo), start + timedelta(days=hi)
    if unit == "quarter":
        # thirds of a quarter are its months
        m = start.month + {"early": 0, "mid": 1, "late": 2}[which]
        return month(start.year, m)
    raise ValueError(f"no parts for unit {unit!r}")


# ------------------------------------------------------------------------------------------ solar hijri


def _jalali_day_number(jy: int, jm: int, jd: int) -> int:
    """Days from 1 Farvardin 1 SH to the given day, by the 33-year arithmetic cycle (exact for 1178–1633 SH)."""
    years = jy - 1
    leaps = (8 * years + 29) // 33  # leap years before ``jy`` in the arithmetic 33-year cycle
    days = 365 * years + leaps
    days += (jm - 1) * 31 if jm <= 7 else 6 * 31 + (jm - 7) * 30
    return days + jd - 1


#: day 0 of the arithmetic count above, as a proleptic Gregorian ordinal (checked against 1358–1404 SH)
_JALALI_EPOCH = date(622, 3, 21).toordinal()


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> date:
    """The Gregorian date of a Solar Hijri (Iranian/Afghan) date."""
    return date.fromordinal(_JALALI_EPOCH + _jalali_day_number(jy, jm, jd))


def jalali_month(jy: int, jm: int) -> Interval:
    length = 31 if jm <= 6 else 30
    if jm == 12:
        length = (jalali_to_gregorian(jy + 1, 1, 1) - jalali_to_gregorian(jy, 12, 1)).days
    first = jalali_to_gregorian(jy, jm, 1)
    return first, first + timedelta(days=length - 1)


def jalali_year(jy: int) -> Interval:
    return jalali_to_gregorian(jy, 1, 1), jalali_to_gregorian(jy + 1, 1, 1) - timedelta(days=1)
