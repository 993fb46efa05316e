"""Alert and digest pages: /alerts (recent matches with their evidence; twin /alerts.json), /alerts/{name}.atom (an
Atom feed per alert, for any feed reader), /digest (what changed; ``?since=1d``; twin /digest.json)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ..errors import ConfigError
from .render import error_response, respond

__all__ = ["router"]


def _an(request: Request) -> Any:
    return request.app.state.ctx.annalyst


def router() -> APIRouter:
    r = APIRouter(include_in_schema=False)

    def _alerts(request: Request, fmt: str) -> Any:
        an = _an(request)
        data = {"alerts": an.alerts(), "matches": an.alert_log(limit=100)}
        return respond(request, "alerts.html", data, fmt)

    @r.get("/alerts")
    def alerts_page(request: Request) -> Any:
        return _alerts(request, "html")

    @r.get("/alerts.json")
    def alerts_json(request: Request) -> Any:
        return _alerts(request, "json")

    @r.get("/alerts/{name}.atom")
    def alert_feed(request: Request, name: str) -> Any:
        an = _an(request)
        if name not in {a["name"] for a in an.alerts()}:
            return error_response(request, 404, f"no alert named {name!r}")
        base = str(request.base_url).rstrip("/")
        return Response(an.alert_feed(name, base_url=base),
                        media_type="application/atom+xml; charset=utf-8")

    def _digest(request: Request, fmt: str) -> Any:
        since = request.query_params.get("since") or "1d"
        try:
            data = _an(request).digest(since)
        except ConfigError as exc:
            return error_response(request, 422, str(exc))
        sections = [(kind, title, data[kind]) for kind, title in _an(request).digest_sections()]
        return respond(request, "digest.html", data, fmt, extra={"sections": sections, "since_given": since})

    @r.get("/digest")
    def digest_page(request: Request) -> Any:
        return _digest(request, "html")

    @r.get("/digest.json")
    def digest_json(request: Request) -> Any:
        return _digest(request, "json")

    return r
