"""What changed since a moment: new clusters, corroborations, contradictions, resolved forecasts and the biggest
dyad moves, in that order (``annalyst digest --since 1d``, the ``/digest`` page and its JSON twin).

It reads the change journal that ``annalyst watch`` (or ``annalyst run``) writes; the dyad moves compare, for the
pairs of the clusters that changed, the mean PLOVER score of the latest month with the month before.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from ..errors import ConfigError
from ..models import Cluster
from ..settings import parse_duration
from ..store import schema as t
from .alerts import summary

__all__ = ["digest", "since_stamp", "SECTIONS"]

SECTIONS = (("new", "New events"), ("corroborated", "Corroborated"), ("contradicted", "Contradicted"),
            ("forecast_resolved", "Resolved forecasts"))


def since_stamp(since: str) -> str:
    """``1d``, ``12h``, ``30m`` (ago) or a date/time (``YYYY-MM-DD[THH:MM]``) as a UTC time stamp."""
    try:
        seconds = parse_duration(since)
    except ValueError:
        try:
            when = dt.datetime.fromisoformat(since)
        except ValueError:
            raise ConfigError(f"--since takes a duration (1d, 12h, 30m) or a date, not {since!r}") from None
        return (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).isoformat(timespec="seconds")
    return (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=seconds)).isoformat(timespec="seconds")


def digest(an: Any, since: str = "1d", *, limit: int = 50, moves: int = 5) -> dict[str, Any]:
    """The digest as a JSON-ready dict: ``since``, one list per section, and ``dyad_moves``."""
    stamp = since_stamp(since)
    j, c = t.cluster_changes, t.clusters
    query = (sa.select(j.c.kind, j.c.detail, j.c.at, c.c.record).join(c, c.c.id == j.c.cluster_id)
             .where(j.c.at >= stamp).order_by(j.c.seq))
    out: dict[str, Any] = {"since": stamp, **{kind: [] for kind, _ in SECTIONS}, "dyad_moves": []}
    pairs: dict[tuple[str, str], tuple[str, str]] = {}
    with an.store.read() as conn:
        for kind, detail, at, record in conn.execute(query):
            if kind not in out or len(out[kind]) >= limit:
                continue
            cluster = Cluster.from_dict(record)
            out[kind].append({"cluster_id": cluster.id, "summary": summary(cluster), "detail": detail or None,
                              "at": at, "link": f"/events/{cluster.id}"})
            e = cluster.event
            if e.actor and e.recipient:
                a, b = e.actor[0], e.recipient[0]
                pairs.setdefault(tuple(sorted((a.actor_id or a.name, b.actor_id or b.name))), (a.name, b.name))
    for (a, b), (a_name, b_name) in list(pairs.items())[:50]:
        series = an.dyad(a, b)
        months = [m for m in series.months if m.total.mean is not None]
        if not months:
            continue
        last = months[-1]
        before = months[-2].total.mean if len(months) > 1 else 0.0
        out["dyad_moves"].append({"a": a_name, "b": b_name, "month": last.month, "mean": last.total.mean,
                                  "before": before, "move": round(last.total.mean - before, 4),
                                  "link": f"/dyads/{a}/{b}"})
    out["dyad_moves"] = sorted(out["dyad_moves"], key=lambda d: -abs(d["move"]))[:moves]
    return out
