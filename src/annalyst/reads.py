"""What the web pages, their JSON twins, the REST API and the CLI's lists show: the read methods of ``Annalyst``,
kept in their own module (``Annalyst`` inherits them). Each reads through ``store/queries.py``, ``store/views.py``,
``store/searching.py`` or ``store/directory.py`` with one ``models.Filters``; lists are ``Page``s of JSON-ready records,
views are plain dicts (the JSON twin of a page is exactly the view)."""

from __future__ import annotations

from typing import Any, Iterator

from .models import Filters, Page, ParseResult
from .settings import Settings
from .store import Store

__all__ = ["Reads"]


class Reads:
    """The read side of a workspace (mixed into ``Annalyst``, which provides ``store`` and ``settings``)."""

    settings: Settings

    @property
    def store(self) -> Store:  # provided by Annalyst
        raise NotImplementedError

    @property
    def dialect(self) -> str:
        """The store's SQL dialect: ``sqlite`` or ``postgresql``."""
        return self.store.dialect

    def prepare_serving(self) -> None:
        """Open the store for a server: every read bounded by the ``query_timeout`` setting, SQLite tuned for reads.
        A store that cannot be opened fails here, not at the first request."""
        self.store.tune_for_reading(self.settings.query_timeout)

    def unit(self) -> str:
        """What lists and charts count: ``cluster`` once the store holds clusters, ``event`` before."""
        from .store.views import unit_for

        return unit_for(self.store).kind

    def search_events(self, f: Filters | None = None, *, limit: int = 50, offset: int = 0,
                      sort: str = "-date") -> Page:
        """A page of event records (with ``cluster_id``) matching ``f``; ``sort``: ``-date`` (newest first), ``date``
        (oldest first, undated last) or ``id``."""
        from .store.queries import search_events

        return search_events(self.store, f or Filters(), limit=limit, offset=offset, sort=sort)

    def iter_event_records(self, f: Filters | None = None, *, max_rows: int | None = None) -> Iterator[dict[str, Any]]:
        """Every event record matching ``f``, in id order, read in bounded batches (exports)."""
        from .store.queries import iter_events

        return iter_events(self.store, f or Filters(), max_rows=max_rows)

    def event_record(self, event_id: str) -> dict[str, Any]:
        """One event's record with its ``cluster_id``; ``NotFound`` for an unknown id."""
        from .store.queries import event_record

        return event_record(self.store, event_id)

    def search_clusters(self, f: Filters | None = None, *, limit: int = 50, offset: int = 0,
                        sort: str = "-date") -> Page:
        """A page of cluster records matching ``f`` (article filters look through the member events)."""
        from .store.queries import search_clusters

        return search_clusters(self.store, f or Filters(), limit=limit, offset=offset, sort=sort)

    def iter_cluster_records(self, f: Filters | None = None, *, max_rows: int | None = None) -> Iterator[dict[str, Any]]:
        """Every cluster record matching ``f``, in id order, read in bounded batches (exports)."""
        from .store.queries import iter_clusters

        return iter_clusters(self.store, f or Filters(), max_rows=max_rows)

    def search_articles(self, f: Filters | None = None, *, limit: int = 50, offset: int = 0) -> Page:
        """A page of article rows matching the article filters of ``f`` (q, language, source, since/until on the
        publication date), with a search snippet when ``q`` is given."""
        from .store.queries import search_articles

        return search_articles(self.store, f or Filters(), limit=limit, offset=offset)

    def extraction(self, article_id: str) -> ParseResult:
        """What extraction stored for one article (the ``annalyst parse --json`` record)."""
        return self.store.extraction(article_id)

    def units(self, f: Filters | None = None, *, limit: int = 50, offset: int = 0, sort: str = "-date") -> Page:
        """A page of one-line summaries of the clusters (or, before clustering, events) matching ``f``."""
        from .store.views import units_page

        items, more = units_page(self.store, f or Filters(), limit=limit, offset=offset, sort=sort)
        return Page(items, limit, offset, more)

    def search_page(self, f: Filters | None = None, *, sort: str = "-date", limit: int = 50,
                    offset: int = 0) -> Page:
        """A page of one-line summaries of the units matching ``f`` in one of ``models.SEARCH_SORTS`` (ties by id, so
        pages never repeat or skip a row); the same query and order as ``iter_search_records``."""
        from .store.searching import page
        from .store.views import unit_for

        items, more = page(self.store, f or Filters(), unit_for(self.store), sort=sort, limit=limit, offset=offset)
        return Page(items, limit, offset, more)

    def search_summary(self, f: Filters | None = None, *, sort: str = "-date") -> dict[str, Any]:
        """The total (``total``, ``total_capped``), the facets with counts and the counts by month (``months``) of the
        units matching ``f``; bounded reads (``store.searching.COUNT_CAP``, ``FACET_WINDOW``)."""
        from .store.searching import summary
        from .store.views import unit_for

        return summary(self.store, f or Filters(), unit_for(self.store), sort)

    def count_units(self, f: Filters | None = None, *, kind: str | None = None) -> tuple[int, bool]:
        """``(total, capped)``: how many clusters (``kind="cluster"``) or events (``"event"``; default: what lists
        count, see ``unit``) match ``f``, at most ``store.searching.COUNT_CAP``."""
        from .store.searching import count
        from .store.views import CLUSTER_UNIT, EVENT_UNIT, unit_for

        unit = unit_for(self.store) if kind is None else CLUSTER_UNIT if kind == "cluster" else EVENT_UNIT
        return count(self.store, f or Filters(), unit)

    def count_articles(self, f: Filters | None = None) -> tuple[int, bool]:
        """``(total, capped)``: how many articles match the article filters of ``f``, as ``search_articles`` reads
        them."""
        from .store.searching import count_articles

        return count_articles(self.store, f or Filters())

    def iter_search_records(self, f: Filters | None = None, *, sort: str = "-date") -> Iterator[dict[str, Any]]:
        """Every unit of a search's pages as records (the Cluster record, or the Event record before clustering), in
        the pages' order, read in bounded batches (at most ``store.searching.DOWNLOAD_ROWS``)."""
        from .store.searching import iter_records
        from .store.views import unit_for

        return iter_records(self.store, f or Filters(), unit_for(self.store), sort=sort)

    def unit_records(self, ids: list[str]) -> Iterator[dict[str, Any]]:
        """The records of these clusters (or, before clustering, events), in the order of ``ids``."""
        from .store.searching import records
        from .store.views import unit_for

        return records(self.store, unit_for(self.store), ids)

    def unit_summaries(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """One-line summaries of these clusters (or events) by id."""
        from .store.views import summaries

        return summaries(self.store, ids)

    def overview(self) -> dict[str, Any]:
        """The front page: counts, the latest events, the busiest dyads and actors."""
        from .store.views import overview

        return overview(self.store)

    def event_view(self, unit_id: str) -> dict[str, Any]:
        """A cluster with every member event and the sentences its sources state it in (an event of a cluster gives
        ``{"redirect": cluster_id}``); ``NotFound`` for an unknown id."""
        from .store.views import event_view

        return event_view(self.store, unit_id)

    def article_view(self, article_id: str) -> dict[str, Any]:
        """An article with its links and what extraction found in it (mentions with actor names, times, quotes)."""
        from .store.views import article_view

        return article_view(self.store, article_id)

    def actor_profile(self, actor: str, f: Filters | None = None) -> dict[str, Any]:
        """An actor's page: record, aliases by script, dated roles, counterparts and activity by month."""
        from .store.views import actor_profile

        return actor_profile(self.store, actor, f)

    def dyad_view(self, a: str, b: str, f: Filters | None = None, *, limit: int = 500) -> dict[str, Any]:
        """The relation between two actors as the web chart shows it: one point per cluster (or event) between them,
        the latest ``limit``, and the monthly ``periods`` of ``dyad`` (see ``analyze.dyads.monthly``)."""
        from .store.views import dyad_series

        return dyad_series(self.store, a, b, f, limit=limit)

    def network(self, f: Filters | None = None, *, max_nodes: int = 60, max_edges: int = 300,
                window: int | None = None) -> dict[str, Any]:
        """Actors as nodes, edges weighted by the clusters (or events) between them, over the latest ``window``."""
        from .store.views import WINDOW, network

        return network(self.store, f, max_nodes=max_nodes, max_edges=max_edges, window=window or WINDOW)

    def places(self, f: Filters | None = None, *, max_places: int = 2000) -> dict[str, Any]:
        """Where the latest matching clusters (or events) happened, by place."""
        from .store.views import located

        return located(self.store, f, max_places=max_places)

    def actor_list(self, q: str | None = None, *, limit: int = 20, offset: int = 0) -> Page:
        """Without ``q``: the actors the store's clusters (events before clustering) name, most first, with their
        count ``n`` and the ``total``. With ``q``: actors whose name or alias matches it, best first (exact, then
        prefix, then substring, then close spellings; ties to the actor with more events)."""
        from .store.directory import directory

        d = directory(self.store)
        if not q or not q.strip():
            items, total = d.in_store(limit=limit, offset=offset)
            return Page(items, limit, offset, offset + len(items) < total, total=total)
        return Page.probed(d.search(q, limit=limit + 1, offset=offset), limit, offset)

    def article_list(self, *, language: str | None = None, source: str | None = None, limit: int = 50,
                     offset: int = 0) -> dict[str, Any]:
        """A page of stored articles, newest published first, each with its number of events, and ``total``."""
        from .store.queries import article_list

        return article_list(self.store, language=language, source=source, limit=limit, offset=offset)

    def articles_summary(self, article_ids: list[str]) -> dict[str, Any]:
        """What a job made of these articles: ``{"articles": [{id, title}], "events": n, "clusters": [{id,
        record}]}``."""
        from .store.queries import articles_summary

        return articles_summary(self.store, article_ids)
