"""``cluster_pending``: link near-duplicates and cluster the events of every article not yet clustered.

Incremental: only articles whose ``clustered_at`` is empty are read (new articles, and re-extracted ones, whose
``clustered_at`` extraction resets). Each article's work — its signature and links, its events' clusters, forecast
resolutions, the ``clustered_at`` mark — is one transaction: a crash leaves whole articles clustered and the rest
pending for the next run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from .compat import Affiliations

if TYPE_CHECKING:  # pragma: no cover
    from ..settings import Settings
    from ..store import Store
    from .clusters import ArticleResult

__all__ = ["ClusterStats", "cluster_pending", "cluster_articles"]


@dataclass
class ClusterStats:
    articles: int = 0
    events: int = 0
    clusters_created: int = 0
    clusters_joined: int = 0
    links: int = 0
    confirmed_or_refuted: int = 0
    expired: int = 0
    as_of: str | None = None
    link_kinds: dict[str, int] = field(default_factory=dict)
    #: clusters forgotten first (``annalyst cluster --rebuild``)
    forgotten: int = 0
    #: the (copy, original) pairs counted in ``links``: a rebuild re-links both ends of a pair, counted once
    _pairs: set[tuple[str, str]] = field(default_factory=set, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}


def _clusterer(store: Store, affiliations: Affiliations | None, params: dict[str, Any]):  # noqa: ANN202
    from .actors import dictionary_affiliations
    from .clusters import Clusterer

    return Clusterer(store, affiliations=affiliations if affiliations is not None else dictionary_affiliations(), **params)


def cluster_articles(
    store: Store,
    article_ids: list[str],
    *,
    affiliations: Affiliations | None = None,
    dedup: bool = True,
    progress: Callable[[ArticleResult], None] | None = None,
    stats: ClusterStats | None = None,
    **params: Any,
) -> ClusterStats:
    """Cluster the given stored articles (each in one transaction), whatever their ``clustered_at``."""
    from ..errors import NotFound
    from .dedup import link_article

    stats = stats or ClusterStats()
    clusterer = _clusterer(store, affiliations, params)
    for article_id in article_ids:
        article = None
        if dedup:
            try:
                article = store.get_article(article_id)
            except NotFound:
                continue
        with store.write() as conn:
            if article is not None:
                for link in link_article(conn, article, insert=store.insert):
                    if (link.article_id, link.other_id) in stats._pairs:
                        continue
                    stats._pairs.add((link.article_id, link.other_id))
                    stats.links += 1
                    stats.link_kinds[link.kind] = stats.link_kinds.get(link.kind, 0) + 1
            result = clusterer.add_article(conn, article_id)
            store.mark_clustered(conn, article_id, clusterer.now)
        stats.articles += 1
        stats.events += result.events
        stats.clusters_created += len(result.created)
        stats.clusters_joined += len(result.joined)
        stats.confirmed_or_refuted += len(result.resolved)
        if progress:
            progress(result)
    return stats


def cluster_pending(
    store: Store,
    settings: Settings | None = None,
    progress: Callable[[ArticleResult], None] | None = None,
    *,
    affiliations: Affiliations | None = None,
    as_of: str | None = None,
    dedup: bool = True,
    batch: int = 200,
    **params: Any,
) -> ClusterStats:
    """Cluster every extracted article not yet clustered, in storage order, then expire forecasts whose horizon the
    corpus has passed (``as_of``: default the latest publication date in the store).

    ``params`` go to ``Clusterer`` (``undated_days``, ``horizon_days``, ``date_slack_days``); ``affiliations``
    defaults to the packaged actor dictionary's.
    """
    from .forecasts import expire_due

    stats = ClusterStats()
    if affiliations is None:
        from .actors import dictionary_affiliations

        affiliations = dictionary_affiliations()
    last = 0
    while True:
        pending = store.pending_cluster_articles(after_seq=last, limit=batch)
        if not pending:
            break
        cluster_articles(store, [aid for _, aid in pending], affiliations=affiliations, dedup=dedup,
                         progress=progress, stats=stats, **params)
        last = pending[-1][0]
    stats.as_of = as_of or store.latest_published()
    if stats.as_of:
        stats.expired = len(expire_due(store, stats.as_of))
    return stats
