"""The HTML pages. Each has a JSON twin at the same path plus ``.json`` (the data the page shows) and, where it
lists rows, CSV and JSON Lines downloads at ``.csv`` and ``.jsonl``.

/ (twin /index.json), /search, /articles (the list), /articles/{id}, /events/{id} (a cluster), /actors,
/actors/{id}, /dyads/{a}/{b}, /network, /map.
"""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any, Iterable, Optional
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse

from ..api import Annalyst, plover_quad_classes
from ..models import EVENT_TYPES, QUAD_CLASSES, STATUSES, Filters
from .evidence import evidence_cards
from .highlight import Span, actor_href, highlight, snippet_html
from .params import Limit, Offset, filters
from .render import FORMATS, error_response, respond, split_format
from . import searching
from .exports import download_shape
from .searching import SearchSort

__all__ = ["router"]

#: rows a page download holds at most (the API's export endpoints have no such cap)
DOWNLOAD_ROWS = 100_000
#: places the map page lists in its table (each with links to its events)
MAP_TABLE_PLACES = 200


def _an(request: Request) -> Annalyst:
    return request.app.state.ctx.annalyst


def _form(f: Filters) -> dict[str, Any]:
    return {"filters": f.given(), "event_types": EVENT_TYPES, "statuses": STATUSES, "quad_classes": QUAD_CLASSES}


def _events_rows(request: Request, f: Filters) -> Any:
    an = _an(request)
    return lambda: an.iter_event_records(f, max_rows=DOWNLOAD_ROWS)


def router() -> APIRouter:
    r = APIRouter(include_in_schema=False)

    # ------------------------------------------------------------------------------------------ overview

    def _index(request: Request, fmt: str) -> Any:
        data = _an(request).overview()
        return respond(request, "index.html", data, fmt)

    @r.get("/")
    def index(request: Request) -> Any:
        return _index(request, "html")

    @r.get("/index.{fmt}")
    def index_twin(request: Request, fmt: str) -> Any:
        if fmt != "json":
            return error_response(request, 404, "not found")
        return _index(request, fmt)

    # -------------------------------------------------------------------------------------------- search

    def _search(request: Request, fmt: str, f: Filters, limit: int, offset: int, sort: str) -> Any:
        an = _an(request)
        unit = an.unit()
        page = an.search_page(f, sort=sort, limit=limit, offset=offset)
        found = an.search_summary(f, sort=sort)
        articles = None
        if f.q or f.language or f.source:
            articles = an.search_articles(f, limit=20).to_dict()
            articles["total"], articles["total_capped"] = an.count_articles(f)
        data = {
            "filters": f.given(), "unit": unit, "sort": sort, "total": found["total"],
            "total_capped": found["total_capped"], "results": page.items, "limit": limit, "offset": offset,
            "has_more": page.has_more, "facets": found["facets"], "facets_window": found["facets_window"],
            "histogram": searching.histogram(found["months"]), "articles": articles,
        }
        extra = _form(f)
        extra["sorts"] = searching.SORTS
        extra["linkable"] = {x.name for x in dataclasses.fields(Filters)}  # the facets one can filter by
        if articles:
            extra["snippets"] = {a["id"]: snippet_html(a.get("snippet")) for a in articles["items"]}
        columns, flat = download_shape(unit)
        # the downloads are every page of what is on screen: the same query, filters and order
        rows = lambda: an.iter_search_records(f, sort=sort)  # noqa: E731
        return respond(request, "search.html", data, fmt, rows=rows, columns=columns, flat=flat, filename="search",
                       extra=extra)

    @r.get("/search")
    def search(request: Request, f: Filters = Depends(filters), limit: Limit = 50, offset: Offset = 0,
               sort: SearchSort = "-date") -> Any:
        return _search(request, "html", f, limit, offset, sort)

    @r.get("/search.{fmt}")
    def search_twin(request: Request, fmt: str, f: Filters = Depends(filters), limit: Limit = 50, offset: Offset = 0,
                    sort: SearchSort = "-date") -> Any:
        if fmt not in FORMATS:
            return error_response(request, 404, "not found")
        return _search(request, fmt, f, limit, offset, sort)

    # --------------------------------------------------------------------------------------------- event

    @r.get("/events/{ident}")
    def event_page(request: Request, ident: str) -> Any:
        unit_id, fmt = split_format(ident)
        data = _an(request).event_view(unit_id)
        if "redirect" in data:
            suffix = "" if fmt == "html" else f".{fmt}"
            return RedirectResponse(f"/events/{data['redirect']}{suffix}", status_code=307)
        members = [s["event"] for s in data["sources"]]
        extra = {"evidence_html": [[_evidence_html(ev) for ev in s["evidence"]] for s in data["sources"]]}
        if fmt == "html":
            extra.update(evidence_cards(data["sources"], extra["evidence_html"], data["cluster"]))
        return respond(request, "event.html", data, fmt, rows=lambda: iter(members), filename=f"event-{unit_id}", extra=extra)

    # ------------------------------------------------------------------------------------------- article

    def _articles(request: Request, fmt: str, language: str | None, source: str | None, limit: int, offset: int) -> Any:
        data = _an(request).article_list(language=language, source=source, limit=limit, offset=offset)
        data["filters"] = {k: v for k, v in (("language", language), ("source", source)) if v}
        items = data["items"]
        return respond(request, "articles.html", data, fmt, rows=lambda: iter(items), filename="articles")

    @r.get("/articles")
    def articles(request: Request, language: Annotated[Optional[str], Query(max_length=8)] = None,
                 source: Annotated[Optional[str], Query(max_length=300)] = None, limit: Limit = 50, offset: Offset = 0) -> Any:
        return _articles(request, "html", language, source, limit, offset)

    @r.get("/articles.{fmt}")
    def articles_twin(request: Request, fmt: str, language: Annotated[Optional[str], Query(max_length=8)] = None,
                      source: Annotated[Optional[str], Query(max_length=300)] = None, limit: Limit = 50,
                      offset: Offset = 0) -> Any:
        if fmt not in FORMATS:
            return error_response(request, 404, "not found")
        return _articles(request, fmt, language, source, limit, offset)

    @r.get("/articles/{ident}")
    def article_page(request: Request, ident: str) -> Any:
        article_id, fmt = split_format(ident)
        data = _an(request).article_view(article_id)
        extra = {}
        if fmt == "html":
            extra["body_html"] = highlight(data["article"]["text"], _article_spans(data))
        events = data["events"]
        return respond(request, "article.html", data, fmt, rows=lambda: iter(events), filename=f"article-{article_id}-events",
                       extra=extra)

    # -------------------------------------------------------------------------------------------- actors

    def _actors(request: Request, fmt: str, q: str | None) -> Any:
        results = _an(request).actor_list(q, limit=50).items if q else []
        data = {"q": q, "results": results}
        return respond(request, "actors.html", data, fmt, rows=lambda: iter(results), filename="actors")

    @r.get("/actors")
    def actors(request: Request, q: Annotated[Optional[str], Query(max_length=200)] = None) -> Any:
        return _actors(request, "html", q)

    @r.get("/actors.{fmt}")
    def actors_twin(request: Request, fmt: str, q: Annotated[Optional[str], Query(max_length=200)] = None) -> Any:
        if fmt not in FORMATS:
            return error_response(request, 404, "not found")
        return _actors(request, fmt, q)

    @r.get("/actors/{ident}")
    def actor_page(request: Request, ident: str, f: Filters = Depends(filters)) -> Any:
        key, fmt = split_format(ident)
        data = _an(request).actor_profile(key, f)
        scoped = f.replace(party=key, actor=None, recipient=None)
        return respond(request, "actor.html", data, fmt, rows=_events_rows(request, scoped), filename=f"actor-{key}-events",
                       extra=_form(f))

    # --------------------------------------------------------------------------------------------- dyads

    @r.get("/dyads/{a}/{ident}")
    def dyad_page(request: Request, a: str, ident: str, f: Filters = Depends(filters)) -> Any:
        b, fmt = split_format(ident)
        an = _an(request)
        data = an.dyad_view(a, b, f)
        extra = _form(f)
        ids = [p["id"] for p in data["points"]][-500:]
        dated = sorted((p for p in data["points"] if p["date"]), key=lambda p: p["date"], reverse=True)
        newest_first = dated + [p for p in data["points"] if not p["date"]]
        if fmt == "html":
            found = an.unit_summaries(ids)
            extra["timeline"] = [dict(found[p["id"]], direction=p["direction"]) for p in newest_first if p["id"] in found]
        # the downloads are the timeline's rows, in its order (the series itself: /api/v1/export/dyads/{a}/{b})
        kept = set(ids)
        order = [p["id"] for p in newest_first if p["id"] in kept]
        columns, flat = download_shape(an.unit())
        return respond(request, "dyad.html", data, fmt, rows=lambda: an.unit_records(order),
                       columns=columns, flat=flat, filename=f"dyad-{a}-{b}", extra=extra)

    # ------------------------------------------------------------------------------------------- network

    def _network(request: Request, fmt: str, f: Filters, max_nodes: int) -> Any:
        data = _an(request).network(f, max_nodes=max_nodes)
        edges = data["edges"]
        extra = _form(f)
        extra["max_nodes"] = max_nodes
        if fmt == "html":  # the quad class of each event type, for the page's own filters
            extra["quad_of"] = plover_quad_classes()
            extra["nominal_count"] = sum(n["id"].startswith("text:") for n in data["nodes"])
        # a download holds one value per cell: the edge's units by type are in the JSON twin
        flat = lambda: ({k: v for k, v in e.items() if k != "types"} for e in edges)  # noqa: E731
        return respond(request, "network.html", data, fmt, rows=flat, filename="network-edges", extra=extra)

    @r.get("/network")
    def network_page(request: Request, f: Filters = Depends(filters),
                     max_nodes: Annotated[int, Query(ge=2, le=300)] = 60) -> Any:
        return _network(request, "html", f, max_nodes)

    @r.get("/network.{fmt}")
    def network_twin(request: Request, fmt: str, f: Filters = Depends(filters),
                     max_nodes: Annotated[int, Query(ge=2, le=300)] = 60) -> Any:
        if fmt not in FORMATS:
            return error_response(request, 404, "not found")
        return _network(request, fmt, f, max_nodes)

    # ----------------------------------------------------------------------------------------------- map

    def _map(request: Request, fmt: str, f: Filters) -> Any:
        an = _an(request)
        data = an.places(f)
        places = data["places"]
        extra = _form(f)
        if fmt == "html":  # each place lists all its events (type and date), not only the first
            found = an.unit_summaries(sorted({u for p in places[:MAP_TABLE_PLACES] for u in p["units"]}))
            extra["place_events"] = [[found[u] for u in p["units"] if u in found] for p in places[:MAP_TABLE_PLACES]]
        return respond(request, "map.html", data, fmt, rows=lambda: iter(places), filename="places", extra=extra)

    @r.get("/map")
    def map_page(request: Request, f: Filters = Depends(filters)) -> Any:
        return _map(request, "html", f)

    @r.get("/map.{fmt}")
    def map_twin(request: Request, fmt: str, f: Filters = Depends(filters)) -> Any:
        if fmt not in FORMATS:
            return error_response(request, 404, "not found")
        return _map(request, fmt, f)

    return r


# ------------------------------------------------------------------------------------------- highlighting


def _evidence_html(ev: dict[str, Any]) -> Any:
    ctx = ev["context"]
    base = ctx["start"]
    spans = [Span(ev["start"] - base, ev["end"] - base, "evidence")]
    if ev.get("trigger_start") is not None:
        spans.append(Span(ev["trigger_start"] - base, ev["trigger_end"] - base, "trigger", title="trigger"))
    return highlight(ctx["text"], spans)


def _article_spans(data: dict[str, Any]) -> Iterable[Span]:
    text = data["article"]["text"]
    for m in data["mentions"]:
        title = m.get("name") or None
        yield Span(m["start"], m["end"], "mention", title=title, href=actor_href(m["actor_id"]) if m.get("actor_id") else None)
    for x in data["time_expressions"]:
        if x.get("start") is None or x.get("end") is None:
            continue
        value = x.get("value_start") or "?"
        if x.get("value_end") and x.get("value_end") != x.get("value_start"):
            value += f" – {x['value_end']}"
        yield Span(x["start"], x["end"], "time", title=f"{value} ({x.get('granularity') or '?'})")
    for q in data["quotes"]:
        yield Span(q["start"], q["end"], "quote")
    for e in data["events"]:
        for ev in e.get("evidence") or []:
            if ev.get("article_id") not in (None, data["article"]["id"]):
                continue
            trigger = (ev.get("trigger") or "").lower()
            start, end = int(ev.get("start") or 0), int(ev.get("end") or 0)
            pos = text.lower().find(trigger, start, end) if trigger else -1
            if pos >= 0:
                yield Span(pos, pos + len(trigger), "trigger", title=f"{e['event_type']} ({e.get('status')})",
                           href="/events/" + quote(e.get("cluster_id") or e["id"], safe=""))
