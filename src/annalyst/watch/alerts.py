"""Saved alerts and their matches.

An alert is a set of filters over clusters (actor, recipient, event type, status, quad class, least number of
independent sources, place) kept in ``alerts``. Evaluating it reads the change journal (``watch.changes``) after its
``cursor`` and records a match in ``alert_matches`` for each change of a matching cluster, with the reason:
``new``, ``corroborated``, ``status_changed``, ``forecast_resolved``; a dyad alert (actor, recipient and
``score_shift``) also matches when the pair's monthly mean PLOVER score moves by more than ``score_shift`` since it
was last reported (reason ``score_shift``, cluster id ``dyad:<month>``). Matches and the moved cursor are written in
one transaction and each (alert, cluster, reason, detail) is recorded once, so a pass killed at any point and run
again neither loses nor repeats a match.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import Any

import sqlalchemy as sa

from ..errors import ConfigError, NotFound
from ..ingest.metadata import utc_now
from ..models import Cluster
from ..store import schema as t
from ..store.extractions import actor_key
from .changes import journal_changes, last_change_seq

__all__ = ["AlertSpec", "REASONS", "add_alert", "remove_alert", "list_alerts", "evaluate_alerts", "match_record",
           "alert_log"]

REASONS = ("new", "corroborated", "status_changed", "forecast_resolved", "score_shift")
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")


@dataclass
class AlertSpec:
    """What an alert matches; every filter given must hold."""

    name: str
    actor: str | None = None
    recipient: str | None = None
    event_type: str | None = None
    status: str | None = None
    quad_class: str | None = None
    min_sources: int = 1
    place: str | None = None
    #: dyad alerts (actor and recipient given): the least move of the monthly mean score that is reported; such an
    #: alert reports only score moves
    score_shift: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AlertSpec:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def add_alert(an: Any, spec: AlertSpec) -> None:
    """Save ``spec``; it matches what changes from now on."""
    if not NAME.match(spec.name):
        raise ConfigError(f"alert names are letters, digits, '_', '.', '-' (up to 80), not {spec.name!r}")
    if spec.score_shift is not None and not (spec.actor and spec.recipient):
        raise ConfigError("--score-shift needs --actor and --recipient (a dyad)")
    if spec.min_sources < 1:
        raise ConfigError("--min-sources is 1 or more")
    store = an.store
    journal_changes(store)  # the clusters already stored are not news to the new alert
    with store.write() as conn:
        if conn.execute(sa.select(t.alerts.c.name).where(t.alerts.c.name == spec.name)).first():
            raise ConfigError(f"an alert named {spec.name!r} exists (remove it first: annalyst alerts remove NAME)")
        state = _dyad_means(an, spec) if spec.score_shift is not None else None
        conn.execute(sa.insert(t.alerts).values(name=spec.name, filters=spec.to_dict(), created_at=utc_now(),
                                                cursor=last_change_seq(store, conn), state=state))


def remove_alert(an: Any, name: str) -> int:
    """Remove the alert and its matches; returns how many matches went with it."""
    with an.store.write() as conn:
        m = t.alert_matches
        n = conn.execute(sa.delete(m).where(m.c.alert == name)).rowcount
        if conn.execute(sa.delete(t.alerts).where(t.alerts.c.name == name)).rowcount == 0:
            raise NotFound(f"no alert named {name!r} (annalyst alerts list)")
    return n


def list_alerts(an: Any) -> list[dict[str, Any]]:
    """Every alert: name, filters, created_at and how many matches it has (and how many are not reported yet)."""
    a, m = t.alerts, t.alert_matches
    counts = (sa.select(m.c.alert, sa.func.count().label("n"),
                        sa.func.count().filter(m.c.reported_at.is_(None)).label("pending"))
              .group_by(m.c.alert).subquery())
    query = (sa.select(a.c.name, a.c.filters, a.c.created_at, counts.c.n, counts.c.pending)
             .outerjoin(counts, counts.c.alert == a.c.name).order_by(a.c.name))
    with an.store.read() as conn:
        return [{"name": r.name, "filters": r.filters, "created_at": r.created_at, "matches": r.n or 0,
                 "pending": r.pending or 0} for r in conn.execute(query)]


def alert_log(an: Any, name: str | None = None, *, limit: int = 100) -> list[dict[str, Any]]:
    """The latest matches (of one alert, or of all), newest first, as delivered records."""
    m = t.alert_matches
    query = sa.select(m.c.record).order_by(m.c.seq.desc()).limit(limit)
    if name:
        query = query.where(m.c.alert == name)
    with an.store.read() as conn:
        return [r.record for r in conn.execute(query)]


# ------------------------------------------------------------------------------------------------ matching

def _keys(an: Any, name: str | None) -> set[str] | None:
    if not name:
        return None
    return set(an.actor_ref(name, expand=True, must_exist=False).keys) | {actor_key(None, name)}


def _side_keys(side: list[Any]) -> set[str]:
    return {actor_key(a.actor_id, a.name) for a in side} | {actor_key(None, a.name) for a in side}


def matches(spec: AlertSpec, cluster: Cluster, actor_keys: set[str] | None, recipient_keys: set[str] | None) -> bool:
    """Whether ``cluster`` passes every filter of ``spec`` (actor and recipient: on opposite sides, either way)."""
    e = cluster.event
    actors, recipients = _side_keys(e.actor), _side_keys(e.recipient)
    if actor_keys and recipient_keys:
        if not ((actors & actor_keys and recipients & recipient_keys)
                or (actors & recipient_keys and recipients & actor_keys)):
            return False
    elif actor_keys and not actors & actor_keys:
        return False
    elif recipient_keys and not recipients & recipient_keys:
        return False
    if spec.event_type and e.event_type.upper() != spec.event_type.upper():
        return False
    if spec.status and e.status != spec.status:
        return False
    if spec.quad_class and (e.quad_class or "").lower() != spec.quad_class.lower():
        return False
    if cluster.n_sources < spec.min_sources:
        return False
    if spec.place:
        where = " ".join(x for x in ((e.location.name, e.location.country or "") if e.location else ()) if x)
        if spec.place.casefold() not in where.casefold():
            return False
    return True


def summary(cluster: Cluster) -> str:
    """One line: date, who did what to whom, status and sources."""
    e = cluster.event
    who = ", ".join(a.name for a in e.actor) or "?"
    whom = ", ".join(a.name for a in e.recipient)
    when = e.date.start or cluster.first_reported or "undated"
    sources = f"{cluster.n_sources} source{'s' if cluster.n_sources != 1 else ''}"
    return f"{when} {who} {e.event_type}{' ' + whom if whom else ''} ({e.status}, {sources})"


def match_record(alert: str, reason: str, detail: str, cluster: Cluster | None, *, matched_at: str,
                 extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The record of one match, as printed, written to JSONL, posted to the webhook and put in the Atom feed."""
    record: dict[str, Any] = {"alert": alert, "reason": reason, "detail": detail or None, "matched_at": matched_at}
    if cluster is not None:
        e = cluster.event
        record.update({
            "cluster_id": cluster.id, "summary": summary(cluster), "event_type": e.event_type, "status": e.status,
            "date": e.date.start, "n_sources": cluster.n_sources, "resolution": cluster.resolution,
            "links": {"cluster": f"/events/{cluster.id}",
                      "articles": [f"/articles/{a}" for a in dict.fromkeys(ev.article_id for ev in e.evidence)]},
            "evidence": [{"article_id": ev.article_id, "sentence": ev.sentence} for ev in e.evidence[:5]],
        })
    record.update(extra or {})
    return record


def _dyad_means(an: Any, spec: AlertSpec) -> dict[str, float]:
    series = an.dyad(spec.actor, spec.recipient, expand=True)
    return {m.month: m.total.mean for m in series.months if m.total.mean is not None}


def evaluate_alerts(an: Any) -> int:
    """Record the matches of every alert against the journal since its cursor; returns how many were recorded."""
    store = an.store
    a, j, m = t.alerts, t.cluster_changes, t.alert_matches
    with store.read() as conn:
        names = [r[0] for r in conn.execute(sa.select(a.c.name).order_by(a.c.name))]
    recorded = 0
    for name in names:
        with store.write() as conn:
            query = sa.select(a).where(a.c.name == name)
            row = conn.execute(query.with_for_update() if store.dialect == "postgresql" else query).first()
            if row is None:
                continue  # removed meanwhile
            spec = AlertSpec.from_dict({**row.filters, "name": name})
            changes = conn.execute(sa.select(j).where(j.c.seq > row.cursor).order_by(j.c.seq)).all()
            ids = list(dict.fromkeys(ch.cluster_id for ch in changes if ch.kind in REASONS)) \
                if spec.score_shift is None else []
            clusters = {r.id: Cluster.from_dict(r.record) for r in conn.execute(
                sa.select(t.clusters.c.id, t.clusters.c.record).where(t.clusters.c.id.in_(ids)))} if ids else {}
            ak, rk = _keys(an, spec.actor), _keys(an, spec.recipient)
            now = utc_now()
            rows = []
            for ch in changes if spec.score_shift is None else ():
                cluster = clusters.get(ch.cluster_id)
                if ch.kind not in REASONS or cluster is None or not matches(spec, cluster, ak, rk):
                    continue
                rows.append((ch.cluster_id, ch.kind, ch.detail, match_record(name, ch.kind, ch.detail, cluster,
                                                                              matched_at=now)))
            state = row.state
            if spec.score_shift is not None:
                means = _dyad_means(an, spec)
                old = dict(row.state or {})
                for month, mean in sorted(means.items()):
                    before = old.get(month)
                    moved = mean - (before if before is not None else 0.0)
                    if before is None and mean is not None and abs(mean) <= spec.score_shift:
                        old[month] = mean
                        continue
                    if abs(moved) > spec.score_shift:
                        detail = f"{before}->{mean}"
                        rows.append((f"dyad:{month}", "score_shift", detail, match_record(
                            name, "score_shift", detail, None, matched_at=now,
                            extra={"cluster_id": f"dyad:{month}", "month": month, "before": before, "mean": mean,
                                   "summary": f"{spec.actor}-{spec.recipient} {month}: mean score "
                                              f"{before if before is not None else 'none'} -> {mean}",
                                   "links": {"dyad": f"/dyads/{spec.actor}/{spec.recipient}"}})))
                        old[month] = mean
                state = old
            for cluster_id, reason, detail, record in rows:
                done = conn.execute(store.insert(m).values(alert=name, cluster_id=cluster_id, reason=reason,
                                                           detail=detail, record=record, matched_at=now)
                                    .on_conflict_do_nothing().returning(m.c.seq))
                recorded += done.first() is not None
            cursor = max([row.cursor, *(ch.seq for ch in changes)])
            conn.execute(sa.update(a).where(a.c.name == name).values(cursor=cursor, state=state))
    return recorded
