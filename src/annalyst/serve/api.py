"""The read-only REST API under ``/api/v1``: articles, events, clusters, actors, dyads, the network and places.

Lists take the same filters as the pages and are paginated by ``limit``/``offset``: a response is
``{"items": [...], "total", "total_capped", "limit", "offset", "has_more", "next"}`` where ``total`` counts every
match (at most ``store.searching.COUNT_CAP``; ``total_capped`` when more match) and ``next`` is the URL of the following
page.
"""

from __future__ import annotations

from typing import Annotated, Any, Optional

from fastapi import APIRouter, Depends, Path, Query, Request

from ..api import Annalyst
from ..models import Filters, Page
from .params import Limit, Offset, Sort, filters

__all__ = ["router", "PREFIX"]

PREFIX = "/api/v1"

_Id = Annotated[str, Path(min_length=1, max_length=200)]


def _an(request: Request) -> Annalyst:
    return request.app.state.ctx.annalyst


def _json(data: dict[str, Any]) -> Any:
    """The data as a JSON response straight away: it is plain JSON already, so FastAPI's encoder pass (which walks
    every value of a thousand-point series) is skipped."""
    from fastapi.responses import JSONResponse

    return JSONResponse(data)


def _paged(request: Request, page: Page, total: tuple[int, bool] | None = None) -> dict[str, Any]:
    """A list response: the page's items, ``total`` and ``total_capped`` (counted by ``total``, or the page's own),
    and the relative URL of the next page."""
    out = page.to_dict()
    if total is not None:
        out["total"], out["total_capped"] = total
    elif page.total is not None:
        out["total_capped"] = False
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
        an = _an(request)
        return _paged(request, an.search_articles(f, limit=limit, offset=offset), an.count_articles(f))

    @r.get("/articles/{article_id}", summary="One article (the architecture.md Article record)")
    def article(request: Request, article_id: _Id) -> dict[str, Any]:
        return _an(request).article(article_id).to_dict()

    @r.get("/articles/{article_id}/extraction", summary="What extraction found in one article (parse output)")
    def extraction(request: Request, article_id: _Id) -> dict[str, Any]:
        return _an(request).extraction(article_id).to_dict()

    @r.get("/events", summary="Extracted events (one per article that reports them)")
    def events(request: Request, f: Filters = Depends(filters), limit: Limit = 50, offset: Offset = 0,
               sort: Sort = "-date") -> dict[str, Any]:
        an = _an(request)
        return _json(_paged(request, an.search_events(f, limit=limit, offset=offset, sort=sort),
                            an.count_units(f, kind="event")))

    @r.get("/events/{event_id}", summary="One extracted event (the architecture.md Event record)")
    def event(request: Request, event_id: _Id) -> dict[str, Any]:
        return _an(request).event_record(event_id)

    @r.get("/clusters", summary="Clusters: real-world events merged across the articles that report them")
    def clusters(request: Request, f: Filters = Depends(filters), limit: Limit = 50, offset: Offset = 0,
                 sort: Sort = "-date") -> dict[str, Any]:
        an = _an(request)
        return _json(_paged(request, an.search_clusters(f, limit=limit, offset=offset, sort=sort),
                            an.count_units(f, kind="cluster")))

    @r.get("/clusters/{cluster_id}", summary="One cluster with its member events and the sentences behind them")
    def cluster(request: Request, cluster_id: _Id) -> dict[str, Any]:
        data = _an(request).event_view(cluster_id)
        if "redirect" in data:
            data = _an(request).event_view(data["redirect"])
        return data

    @r.get("/actors", summary="Actors in the store with their event counts (most first, with the total); with q, "
                              "actors whose name or alias matches q (exact, then prefix, then substring)")
    def actors(request: Request, q: Annotated[Optional[str], Query(max_length=200)] = None,
               limit: Annotated[int, Query(ge=1, le=100)] = 20, offset: Offset = 0) -> dict[str, Any]:
        return _paged(request, _an(request).actor_list(q, limit=limit, offset=offset))

    @r.get("/actors/{actor_id}", summary="One actor: record, counterparts, activity by month")
    def actor(request: Request, actor_id: _Id, f: Filters = Depends(filters)) -> dict[str, Any]:
        return _an(request).actor_profile(actor_id, f)

    @r.get("/dyads/{a}/{b}", summary="The PLOVER-score series between two actors (one point per cluster or event)")
    def dyad(request: Request, a: _Id, b: _Id, f: Filters = Depends(filters),
             limit: Annotated[int, Query(ge=1, le=20000, description="Latest points returned (the monthly periods cover all).")] = 500) -> dict[str, Any]:
        return _json(_an(request).dyad_view(a, b, f, limit=limit))

    @r.get("/network", summary="Actors as nodes, edges weighted by the events between them")
    def network_(request: Request, f: Filters = Depends(filters),
                 max_nodes: Annotated[int, Query(ge=2, le=300)] = 60,
                 max_edges: Annotated[int, Query(ge=1, le=2000)] = 300) -> dict[str, Any]:
        return _json(_an(request).network(f, max_nodes=max_nodes, max_edges=max_edges))

    @r.get("/places", summary="Where located events happened")
    def places(request: Request, f: Filters = Depends(filters),
               max_places: Annotated[int, Query(ge=1, le=5000)] = 2000) -> dict[str, Any]:
        return _json(_an(request).places(f, max_places=max_places))

    @r.get("/health", summary="Liveness and what the store holds")
    def health(request: Request) -> dict[str, Any]:
        ctx = request.app.state.ctx
        return {"ok": True, "write": ctx.write, "store": ctx.annalyst.dialect}

    return r
