"""The read-only REST API under ``/api/v1``: articles, events, clusters, actors, dyads, the network and places.

Lists take the same filters as the pages and are paginated by ``limit``/``offset``: a response is
``{"items": [...], "total", "total_capped", "limit", "offset", "has_more", "next"}`` where ``total`` counts every
match (at most ``searching.COUNT_CAP``; ``total_capped`` when more match) and ``next`` is the URL of the following
page.
"""

from __future__ import annotations

from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Path, Query, Request

from ..errors import NotFound
from ..store import schema as t

from .params import Limit, Offset, Sort, filters
from .queries import Filters, Page, search_articles, search_clusters, search_events
from . import searching
from .views import CLUSTER_UNIT, EVENT_UNIT, actor_profile, dyad_series, event_view, located, network

__all__ = ["router", "PREFIX"]

PREFIX = "/api/v1"

_Id = Annotated[str, Path(min_length=1, max_length=200)]


def _store(request: Request) -> Any:
    return request.app.state.ctx.store


def _json(data: dict[str, Any]) -> Any:
    """The data as a JSON response straight away: it is plain JSON already, so FastAPI's encoder pass (which walks
    every value of a thousand-point series) is skipped."""
    from fastapi.responses import JSONResponse

    return JSONResponse(data)


def _paged(request: Request, page: Page, total: tuple[int, bool]) -> dict[str, Any]:
    out = page.to_dict()
    out["total"], out["total_capped"] = total
    if page.has_more:
        # a relative URL: the Host header is the client's word and is never copied into a link
        url = request.url.include_query_params(offset=page.offset + page.limit, limit=page.limit)
        out["next"] = f"{url.path}?{url.query}"
    else:
        out["next"] = None
    return out


def router() -> APIRouter:
    r = APIRouter(prefix=PREFIX, tags=["read"])

    @r.get("/articles", summary="Articles (full text, language, source, publication date)")
    def articles(request: Request, f: Filters = Depends(filters), limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        store = _store(request)
        return _paged(request, search_articles(store, f, limit=limit, offset=offset), searching.count_articles(store, f))

    @r.get("/articles/{article_id}", summary="One article (the architecture.md Article record)")
    def article(request: Request, article_id: _Id) -> dict[str, Any]:
        return _store(request).get_article(article_id).to_dict()

    @r.get("/articles/{article_id}/extraction", summary="What extraction found in one article (parse output)")
    def extraction(request: Request, article_id: _Id) -> dict[str, Any]:
        return _store(request).extraction(article_id).to_dict()

    @r.get("/events", summary="Extracted events (one per article that reports them)")
    def events(request: Request, f: Filters = Depends(filters), limit: Limit = 50, offset: Offset = 0,
               sort: Sort = "-date") -> dict[str, Any]:
        store = _store(request)
        return _json(_paged(request, search_events(store, f, limit=limit, offset=offset, sort=sort),
                            searching.count(store, f, EVENT_UNIT)))

    @r.get("/events/{event_id}", summary="One extracted event (the architecture.md Event record)")
    def event(request: Request, event_id: _Id) -> dict[str, Any]:
        with _store(request).read() as conn:
            row = conn.execute(sa.select(t.events.c.record, t.events.c.cluster_id).where(t.events.c.id == event_id)).first()
        if row is None:
            raise NotFound(f"no event with id {event_id!r}")
        return dict(row.record, cluster_id=row.cluster_id)

    @r.get("/clusters", summary="Clusters: real-world events merged across the articles that report them")
    def clusters(request: Request, f: Filters = Depends(filters), limit: Limit = 50, offset: Offset = 0,
                 sort: Sort = "-date") -> dict[str, Any]:
        store = _store(request)
        return _json(_paged(request, search_clusters(store, f, limit=limit, offset=offset, sort=sort),
                            searching.count(store, f, CLUSTER_UNIT)))

    @r.get("/clusters/{cluster_id}", summary="One cluster with its member events and the sentences behind them")
    def cluster(request: Request, cluster_id: _Id) -> dict[str, Any]:
        data = event_view(_store(request), cluster_id)
        if "redirect" in data:
            data = event_view(_store(request), data["redirect"])
        return data

    @r.get("/actors", summary="Actors whose name or alias matches q")
    def actors(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)],
               limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
        from .actors import directory

        return {"items": directory(_store(request)).search(q, limit=limit)}

    @r.get("/actors/{actor_id}", summary="One actor: record, counterparts, activity by month")
    def actor(request: Request, actor_id: _Id, f: Filters = Depends(filters)) -> dict[str, Any]:
        return actor_profile(_store(request), actor_id, f)

    @r.get("/dyads/{a}/{b}", summary="The PLOVER-score series between two actors (one point per cluster or event)")
    def dyad(request: Request, a: _Id, b: _Id, f: Filters = Depends(filters),
             limit: Annotated[int, Query(ge=1, le=20000, description="Latest points returned (the monthly periods cover all).")] = 500) -> dict[str, Any]:
        return _json(dyad_series(_store(request), a, b, f, limit=limit))

    @r.get("/network", summary="Actors as nodes, edges weighted by the events between them")
    def network_(request: Request, f: Filters = Depends(filters),
                 max_nodes: Annotated[int, Query(ge=2, le=300)] = 60,
                 max_edges: Annotated[int, Query(ge=1, le=2000)] = 300) -> dict[str, Any]:
        return _json(network(_store(request), f, max_nodes=max_nodes, max_edges=max_edges))

    @r.get("/places", summary="Where located events happened")
    def places(request: Request, f: Filters = Depends(filters),
               max_places: Annotated[int, Query(ge=1, le=5000)] = 2000) -> dict[str, Any]:
        return _json(located(_store(request), f, max_places=max_places))

    @r.get("/health", summary="Liveness and what the store holds")
    def health(request: Request) -> dict[str, Any]:
        ctx = request.app.state.ctx
        return {"ok": True, "write": ctx.write, "store": ctx.store.dialect}

    return r
