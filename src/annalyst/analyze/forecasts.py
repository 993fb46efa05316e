"""Forecasts: a predicted or proposed event stays ``open`` until later reporting settles it.

* **made**: when the forecast was made: for a proposal, the date the proposal was made (else the publication date);
  for a prediction, the publication date. Over a cluster: the earliest member's.
* **horizon**: the last day the forecast can come true: the end of the predicted date when the text gives one that
  lies after *made* ("in the coming days", "by the end of the year"), else ``horizon_days`` (default 365) after
  *made*. Over a cluster: the latest member's.
* **confirmed** (``resolved_by`` = the confirming cluster): a cluster of what happened, status ``asserted``, that
  matches the forecast (the same type, or a compatible type sharing a context; the same actors after resolution;
  place) with a date that overlaps [made, horizon] and does not end before *made*, first reported strictly after the
  forecast was (a fact told in the same article as the forecast, or earlier, is not what came of it). The earliest
  such cluster resolves it.
* **refuted**: the same, but the later report says the event did not happen (status ``negated`` or ``denied``).
* **expired**: still open when the corpus has reached past the horizon: ``expire_due(as_of)``, where ``as_of``
  defaults to the latest publication date in the store (the corpus's "now"; a forecast is not called expired
  because the wall clock moved while no news was read).

Forecasts never merge with reports of what happened (``compat``); they are linked to them here. Resolution is
incremental both ways: a new fact looks up the open forecasts it settles, a new forecast looks up the facts already
stored, both through the indexed candidate query.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .compat import Profile, match

if TYPE_CHECKING:  # pragma: no cover
    import sqlalchemy as sa

    from ..models import Cluster
    from ..store import Store
    from .clusters import Clusterer, Saved

__all__ = ["FORECAST_STATUSES_RESOLVED", "CONFIRMING", "REFUTING", "initial_resolution", "resolve_after_save",
           "expire_due"]

#: statuses whose clusters can be resolved
FORECAST_STATUSES_RESOLVED = ("predicted", "proposed")
CONFIRMING = frozenset({"asserted"})
REFUTING = frozenset({"negated", "denied"})
_FORECAST_GROUPS = ("predicted", "proposed")


def _settles(forecast: Cluster, fprof: Profile, fact: Cluster, fact_prof: Profile) -> bool:
    """Whether the fact cluster is later news of the forecast's event."""
    if forecast.first_reported and fact.first_reported and fact.first_reported <= forecast.first_reported:
        return False  # reported together with the forecast, or before it: not what came of it
    if fprof.made and fact_prof.window and fact_prof.window[1] < fprof.made:
        return False
    same_kind = fprof.event_type == fact_prof.event_type or bool(fprof.contexts & fact_prof.contexts)
    if not same_kind:
        return False
    return match(fprof, fact_prof, same_group=False, date_slack_days=0) is not None


def _verdict(status: str) -> str | None:
    if status in CONFIRMING:
        return "confirmed"
    if status in REFUTING:
        return "refuted"
    return None


def initial_resolution(clusterer: Clusterer, conn: sa.Connection, cluster: Cluster, prof: Profile) -> None:
    """Set the resolution of a forecast cluster about to be stored: keep a settled one, else look for a stored fact
    that settles it, else ``open``."""
    if cluster.resolution in ("confirmed", "refuted"):
        return
    cluster.resolution, cluster.resolved_by = "open", None
    if not prof.window or not prof.keys:
        return
    store = clusterer.store
    rows = store.load_cluster_rows(conn, store.cluster_candidates(conn, prof.keys, "fact", prof.window))
    found: list[tuple[str, str, str]] = []
    for cid, row in rows.items():
        verdict = _verdict(row.cluster.event.status)
        if verdict is None:
            continue
        if not _settles(cluster, prof, row.cluster, clusterer.cluster_profile(row)):
            continue
        found.append((row.cluster.event.date.start or row.cluster.first_reported or "", cid, verdict))
    if found:
        _, cid, verdict = min(found)
        cluster.resolution, cluster.resolved_by = verdict, cid


def resolve_after_save(clusterer: Clusterer, conn: sa.Connection, saved: Saved) -> list[str]:
    """After a fact cluster is stored: settle the open forecasts it confirms or refutes; returns their ids."""
    verdict = _verdict(saved.cluster.event.status)
    if saved.group != "fact" or verdict is None or not saved.window or not saved.profile.keys:
        return []
    store: Store = clusterer.store
    out: list[str] = []
    # one look-up for both forecast groups, settled group by group in id order
    rows = store.load_cluster_rows(conn, store.cluster_candidates(conn, saved.profile.keys, _FORECAST_GROUPS,
                                                                  saved.window))
    for group in _FORECAST_GROUPS:
        for cid, row in sorted(rows.items()):
            if row.group != group:
                continue
            forecast = row.cluster
            if forecast.resolution in ("confirmed", "refuted"):
                continue
            fprof = clusterer.cluster_profile(row)
            fprof.made = row.window[0] if row.window else None
            if not _settles(forecast, fprof, saved.cluster, saved.profile):
                continue
            forecast.resolution, forecast.resolved_by = verdict, saved.cluster.id
            store.set_resolution(conn, forecast, clusterer.now)
            out.append(cid)
    return out


def expire_due(store: Store, as_of: str, *, now: str | None = None) -> list[str]:
    """Mark ``expired`` every open forecast whose horizon lies before ``as_of``; returns their ids."""
    from ..ingest.metadata import utc_now

    now = now or utc_now()
    out: list[str] = []
    while True:
        with store.write() as conn:
            due = store.open_forecasts_due(conn, as_of, limit=500)
            for cluster in due:
                cluster.resolution, cluster.resolved_by = "expired", None
                store.set_resolution(conn, cluster, now)
                out.append(cluster.id)
        if len(due) < 500:
            return out
