"""The search page's presentation: its ``sort`` parameter, the results-by-month histogram drawn from the store's
month counts (``Annalyst.search_summary``), and the date presets of the filter form. The SQL lives in
``store/searching.py``."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Annotated, Any

from fastapi import Query

from ..models import SEARCH_SORTS

__all__ = ["SORTS", "SearchSort", "histogram", "date_presets"]

#: the search page's orders (value -> label); ties are broken by id, so pages and downloads agree row for row
SORTS = SEARCH_SORTS
#: the ``sort`` query parameter of the search page and its downloads
SearchSort = Annotated[str, Query(pattern="^(-?date|-sources|-?score)$", description="; ".join(f"{k}: {v}" for k, v in SORTS.items()))]

# ------------------------------------------------------------------------------------------- histogram

#: bins of the results histogram: months up to this many, years past it
MAX_MONTH_BINS = 120


def _month_end(month: str) -> str:
    y, m = int(month[:4]), int(month[5:7])
    return f"{month}-{calendar.monthrange(y, m)[1]:02d}"


def histogram(months: dict[str | None, int], width: int = 600, height: int = 90) -> dict[str, Any]:
    """Counts by month (``"2025-07"`` -> n, ``None`` for undated) as histogram bins from the first month to the last
    (empty ones included), by year when they span more than ``MAX_MONTH_BINS`` months; each bin carries its
    ``since``/``until`` days and its bar's geometry in a ``width`` x ``height`` box (bars need no script)."""
    dated = {m: n for m, n in months.items() if m and len(m) == 7 and m[4] == "-" and m[:4].isdigit() and m[5:].isdigit()}
    undated = sum(n for m, n in months.items() if m not in dated)
    if not dated:
        return {"by": "month", "bins": [], "undated": undated, "max": 0, "width": width, "height": height}
    first, last = min(dated), max(dated)
    y0, m0, y1, m1 = int(first[:4]), int(first[5:]), int(last[:4]), int(last[5:])
    span = (y1 - y0) * 12 + (m1 - m0) + 1
    bins: list[dict[str, Any]] = []
    if span <= MAX_MONTH_BINS:
        by = "month"
        for i in range(span):
            y, m = y0 + (m0 - 1 + i) // 12, (m0 - 1 + i) % 12 + 1
            label = f"{y:04d}-{m:02d}"
            bins.append({"label": label, "n": dated.get(label, 0), "since": f"{label}-01", "until": _month_end(label)})
    else:
        by = "year"
        years: dict[int, int] = {}
        for month, n in dated.items():
            years[int(month[:4])] = years.get(int(month[:4]), 0) + n
        for y in range(y0, y1 + 1):
            bins.append({"label": f"{y:04d}", "n": years.get(y, 0), "since": f"{y:04d}-01-01", "until": f"{y:04d}-12-31"})
    top = max(b["n"] for b in bins) or 1
    step = width / len(bins)
    gap = min(2.0, step * 0.2)
    for i, b in enumerate(bins):
        h = round((height - 4) * b["n"] / top, 1) if b["n"] else 0
        b.update(x=round(i * step + gap / 2, 2), w=round(max(step - gap, 0.5), 2), y=round(height - h, 1), h=h)
    return {"by": by, "bins": bins, "undated": undated, "max": top, "width": width, "height": height}


# -------------------------------------------------------------------------------------------- presets


def date_presets(today: dt.date | None = None) -> list[dict[str, Any]]:
    """The date presets of the filter form: the last 7, 30 and 365 days up to ``today`` (UTC), and all dates."""
    today = today or dt.datetime.now(dt.UTC).date()
    out = [{"label": f"last {n} days", "since": (today - dt.timedelta(days=n)).isoformat(), "until": None}
           for n in (7, 30, 365)]
    out.append({"label": "all dates", "since": None, "until": None})
    return out
