"""Interactive API documentation at ``/docs``, served from the package with no CDN: every path of the OpenAPI schema
with its summary and parameters, and for each GET a form that sends the request from the page and shows the answer
(``static/js/apidocs.js``; without script the form is a plain GET that opens the JSON)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

__all__ = ["router", "endpoints"]

_METHODS = ("get", "post", "put", "patch", "delete")


def _param(p: dict[str, Any]) -> dict[str, Any]:
    schema = p.get("schema") or {}
    if "anyOf" in schema:  # Optional[X]: the non-null member
        schema = next((s for s in schema["anyOf"] if s.get("type") != "null"), schema)
    return {
        "name": p.get("name"), "in": p.get("in"), "required": bool(p.get("required")),
        "description": p.get("description") or schema.get("description") or "",
        "type": schema.get("type") or "string", "default": schema.get("default"),
        "pattern": schema.get("pattern"), "minimum": schema.get("minimum"), "maximum": schema.get("maximum"),
    }


def endpoints(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The operations of an OpenAPI ``spec`` in path order: method, path, tag, summary, description, parameters."""
    out = []
    for path, ops in sorted(spec.get("paths", {}).items()):
        for method in _METHODS:
            op = ops.get(method)
            if op is None:
                continue
            out.append({
                "method": method.upper(), "path": path, "tag": (op.get("tags") or ["other"])[0],
                "summary": op.get("summary") or "", "description": op.get("description") or "",
                "parameters": [_param(p) for p in op.get("parameters") or []], "body": "requestBody" in op,
                "anchor": f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", ""),
            })
    return out


def router() -> APIRouter:
    r = APIRouter(include_in_schema=False)

    @r.get("/docs")
    def docs(request: Request) -> Any:
        from .render import respond

        spec = request.app.openapi()
        ops = endpoints(spec)
        tags: dict[str, list[dict[str, Any]]] = {}
        for op in ops:
            tags.setdefault(op["tag"], []).append(op)
        data = {"title": spec.get("info", {}).get("title"), "version": spec.get("info", {}).get("version"),
                "description": spec.get("info", {}).get("description"), "tags": tags, "n": len(ops)}
        return respond(request, "docs.html", data, "html", twin=False)

    return r
