"""Event coreference: each new event joins the stored cluster of the same real event, or starts a new one.

For one event the ``Clusterer``

1. retrieves candidate clusters with indexed queries: clusters sharing an actor key (the event's actors and the
   organisations they act for) in the same status group whose matching window overlaps the event's, plus the
   clusters this article already fed (a second mention in the same article);
2. keeps those ``compat.match`` accepts (type family, actors after resolution, overlapping dates, place) and picks
   the best score (ties: the cluster with more sources, then the smaller id);
3. re-merges that cluster with the new member (``merge.merge_cluster``: most precise date, counts from the best
   source, contradictions, independent sources) and stores it with its actor rows and matching window;
4. resolves forecasts against it (``forecasts.py``).

The cost of adding an article is its events times (candidates + members of the cluster joined): independent of the
size of the store. A cluster never absorbs another: an event that fits two clusters joins the better one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..models import Cluster, Event, stable_id
from .compat import Affiliations, Profile, make_profile, match, no_affiliations, shift, status_group
from .forecasts import initial_resolution, resolve_after_save
from .merge import ArticleInfo, merge_cluster

if TYPE_CHECKING:  # pragma: no cover
    import sqlalchemy as sa

    from ..store import Store
    from ..store.clusters import ClusterRow, KeyRow

__all__ = ["Clusterer", "ArticleResult", "Saved", "cluster_window"]

FORECAST_GROUPS = ("predicted", "proposed")


@dataclass
class ArticleResult:
    article_id: str
    events: int = 0
    created: list[str] = field(default_factory=list)
    joined: list[str] = field(default_factory=list)
    repaired: int = 0
    resolved: list[str] = field(default_factory=list)


@dataclass
class Saved:
    """A cluster as just stored, with what matching needs of it."""

    cluster: Cluster
    window: tuple[dt.date, dt.date] | None
    group: str
    profile: Profile


def cluster_window(cluster: Cluster, profiles: list[Profile], group: str) -> tuple[dt.date, dt.date] | None:
    """The window a cluster is found by: for facts the merged date (or, undated, where the members' assumed windows
    meet); for forecasts from the earliest forecast to the latest horizon."""
    from .compat import parse_day

    windows = [p.window for p in profiles if p.window]
    if group != "fact":
        if not windows:
            return None
        return min(w[0] for w in windows), max(w[1] for w in windows)
    start, end = parse_day(cluster.event.date.start), parse_day(cluster.event.date.end, end=True)
    if start and end:
        return (min(start, end), max(start, end))
    if not windows:
        return None
    lo, hi = max(w[0] for w in windows), min(w[1] for w in windows)
    if lo <= hi:
        return lo, hi
    return windows[-1]


class Clusterer:
    """Adds events to the clusters of a store (inside the caller's write transaction).

    ``affiliations`` says whom an actor acts for (``analyze.actors.dictionary_affiliations()``); ``undated_days``,
    ``horizon_days`` and ``date_slack_days`` are described in ``compat``.
    """

    def __init__(
        self,
        store: Store,
        *,
        affiliations: Affiliations = no_affiliations,
        undated_days: int = 365,
        horizon_days: int = 365,
        date_slack_days: int = 1,
        now: str | None = None,
    ) -> None:
        from ..ingest.metadata import utc_now

        self.store = store
        self.affiliations = affiliations
        self.undated_days = undated_days
        self.horizon_days = horizon_days
        self.date_slack_days = date_slack_days
        self.now = now or utc_now()

    # --------------------------------------------------------------------------------------------- profiles

    def profile(self, event: Event, published: str | None) -> Profile:
        return make_profile(event, published, self.affiliations, undated_days=self.undated_days,
                            horizon_days=self.horizon_days)

    def cluster_profile(self, row: ClusterRow) -> Profile:
        cluster = row.cluster
        prof = self.profile(cluster.event, cluster.first_reported)
        prof.group = row.group or status_group(cluster.event.status)
        if row.window:
            prof.window = row.window
        prof.exact = bool(cluster.event.date.start and cluster.event.date.end)
        return prof

    # ------------------------------------------------------------------------------------------------ adding

    def add_article(self, conn: sa.Connection, article_id: str) -> ArticleResult:
        """Cluster every event of a stored article (after undoing what an earlier run did with this article)."""
        result = ArticleResult(article_id=article_id)
        infos = self.store.article_infos(conn, [article_id])
        if article_id not in infos:
            return result
        result.repaired = self._repair(conn, article_id)
        fed: set[str] = set()  # the repair took the article out of every cluster: it feeds only what it adds now
        for event in self.store.article_events(conn, article_id):
            cid, joined = self.add_event(conn, event, infos[article_id], result, fed=fed)
            fed.add(cid)
            (result.joined if joined else result.created).append(cid)
            result.events += 1
        return result

    def add_event(self, conn: sa.Connection, event: Event, info: ArticleInfo,
                  result: ArticleResult | None = None, *, fed: set[str] | None = None) -> tuple[str, bool]:
        """Put one stored event into its cluster; returns ``(cluster id, joined an existing cluster)``. ``fed``: the
        clusters the event's article is in, when the caller knows them (else they are read from the store)."""
        prof = self.profile(event, info.published)
        candidates: set[str] = set(self.store.article_clusters(conn, info.id) if fed is None else fed)
        if prof.window and prof.keys:
            lookup = prof.window
            if prof.exact and self.date_slack_days and lookup[0] == lookup[1]:
                # a day-precise report also finds a cluster dated a day or so off (merged with a date contradiction)
                lookup = (shift(lookup[0], -self.date_slack_days), shift(lookup[1], self.date_slack_days))
            candidates |= set(self.store.cluster_candidates(conn, prof.keys, prof.group, lookup))
        rows = self.store.load_cluster_rows(conn, candidates)
        scored: list[tuple[float, int, str]] = []
        for cid, row in rows.items():
            if event.id in row.cluster.members:
                scored = [(float("inf"), 0, cid)]
                break
            if (row.group or status_group(row.cluster.event.status)) != prof.group:
                continue
            m = match(prof, self.cluster_profile(row), date_slack_days=self.date_slack_days)
            if m is not None:
                scored.append((m.score, row.cluster.n_sources, cid))
        if scored:
            cid = min(scored, key=lambda s: (-s[0], -s[1], s[2]))[2]
            previous: Cluster | None = rows[cid].cluster
            members = [m for m in self.store.member_events(conn, cid) if m.id != event.id]
        else:
            cid = stable_id("cluster", event.id)
            previous = None
            members = []
        saved = self.save(conn, cid, members + [event], previous=previous, changed=[event])
        resolved = resolve_after_save(self, conn, saved)
        if result is not None:
            result.resolved.extend(resolved)
        return cid, bool(scored)

    # ----------------------------------------------------------------------------------------------- saving

    def key_rows(self, event: Event, day: str | None) -> list[KeyRow]:
        from ..store.clusters import KeyRow
        from ..store.extractions import actor_key

        rows: list[KeyRow] = []
        for side, people in (("actor", event.actor), ("recipient", event.recipient)):
            literal: dict[str, Any] = {}
            for p in people:
                literal.setdefault(actor_key(p.actor_id, p.name), p)
            for key, p in literal.items():
                rows.append(KeyRow(side=side, actor_key=key, actor_id=p.actor_id, name=p.name))
            seen = set(literal)
            for key, p in literal.items():
                if not p.actor_id:
                    continue
                for org in sorted(self.affiliations(p.actor_id, day)):
                    if org not in seen:
                        seen.add(org)
                        rows.append(KeyRow(side=side, actor_key=org, actor_id=org, name=None, via=key))
        return rows

    def save(self, conn: sa.Connection, cid: str, members: list[Event], *, previous: Cluster | None,
             changed: list[Event]) -> Saved:
        """Merge ``members`` into cluster ``cid`` and store it."""
        article_ids = sorted({m.article_id for m in members if m.article_id})
        infos = self.store.article_infos(conn, article_ids)
        links = self.store.links_among(conn, article_ids)
        cluster = merge_cluster(cid, members, infos, links, previous=previous)
        group = status_group(cluster.event.status)
        profiles = [self.profile(m, infos[m.article_id].published if m.article_id in infos else None) for m in members]
        window = cluster_window(cluster, profiles, group)
        prof = self.profile(cluster.event, cluster.first_reported)
        prof.group, prof.window = group, window
        prof.exact = bool(cluster.event.date.start and cluster.event.date.end)
        horizon = None
        if group in FORECAST_GROUPS:
            horizon = window[1].isoformat() if window else None
            prof.made = window[0] if window else None
            initial_resolution(self, conn, cluster, prof)
        else:
            cluster.resolution, cluster.resolved_by = None, None
        self.store.save_cluster(
            conn, cluster, key_rows=self.key_rows(cluster.event, cluster.event.date.start or cluster.first_reported),
            group=group, window=window, horizon=horizon, article_ids=article_ids, changed_members=changed,
            now=self.now,
        )
        return Saved(cluster=cluster, window=window, group=group, profile=prof)

    def _repair(self, conn: sa.Connection, article_id: str) -> int:
        """Take this article's earlier members out of their clusters (re-extraction, re-clustering)."""
        n = 0
        for cid in self.store.article_clusters(conn, article_id):
            rows = self.store.load_cluster_rows(conn, [cid])
            if cid not in rows:
                continue
            current = self.store.member_events(conn, cid)
            stale = [m.id for m in current if m.article_id == article_id]
            remaining = [m for m in current if m.article_id != article_id]
            self.store.remove_members(conn, cid, stale)
            self.store.drop_article_from_cluster(conn, cid, article_id)
            if not remaining:
                self.store.delete_cluster(conn, cid)
            else:
                self.save(conn, cid, remaining, previous=rows[cid].cluster, changed=[])
            n += 1
        return n
