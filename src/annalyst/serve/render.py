"""Turning a page's data into a response: HTML (Jinja2, autoescaped), its JSON twin, or a CSV/JSONL download."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator
from urllib.parse import quote, urlencode

from ..export import text_chunks
from .app import HERE
from .highlight import actor_href
from .intervals import interval

__all__ = ["templates", "respond", "error_response", "FORMATS", "split_format", "stream_records", "qs"]

#: what a page path may end in
FORMATS = ("json", "csv", "jsonl")

MEDIA = {
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson; charset=utf-8",
}


def split_format(value: str) -> tuple[str, str]:
    """``"abc.json"`` -> ``("abc", "json")``; ids that merely contain a dot keep it (``"u.s."`` -> html)."""
    head, dot, tail = value.rpartition(".")
    if dot and head and tail in FORMATS:
        return head, tail
    return value, "html"


def qs(params: dict[str, Any] | None = None, **overrides: Any) -> str:
    """A query string (with its ``?``) of the non-empty values of ``params`` updated by ``overrides``."""
    merged = dict(params or {})
    merged.update(overrides)
    clean = {k: v for k, v in merged.items() if v not in (None, "", [], False)}
    return ("?" + urlencode(clean, doseq=True)) if clean else ""


def _score_class(score: float | None) -> str:
    if score is None:
        return "score-none"
    if score >= 5:
        return "score-coop-strong"
    if score > 0:
        return "score-coop"
    if score == 0:
        return "score-neutral"
    if score > -5:
        return "score-conf"
    return "score-conf-strong"


def _fmt_score(score: float | None) -> str:
    return "–" if score is None else f"{score:+.1f}"


def _path_id(value: str) -> str:
    return quote(value, safe="")


@lru_cache(maxsize=1)
def templates() -> Any:
    """The Jinja2 environment: autoescape on for every template, undefined variables are errors."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    from .searching import date_presets

    env.globals.update(qs=qs, actor_href=actor_href, score_class=_score_class, fmt_score=_fmt_score, pid=_path_id,
                       interval=interval, date_presets=date_presets)
    return env


def _twin(request: Any, fmt: str) -> str:
    path = request.url.path.rstrip("/") or "/index"
    query = request.url.query
    return f"{path}.{fmt}" + (f"?{query}" if query else "")


def _public(data: Any) -> Any:
    """Data without private keys (those starting with ``_``)."""
    if isinstance(data, dict):
        return {k: _public(v) for k, v in data.items() if not (isinstance(k, str) and k.startswith("_"))}
    if isinstance(data, list):
        return [_public(v) for v in data]
    return data


def stream_records(records: Iterable[dict[str, Any]], fmt: str, columns: list[str] | None = None,
                   flat: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> Iterator[str]:
    """Records as JSON Lines or CSV text (rows made flat by ``flat``, default ``export.flatten``), chunk by chunk
    (``export.text_chunks``)."""
    if flat is None:
        yield from text_chunks(records, fmt, columns)
    else:
        yield from text_chunks(records, fmt, columns, flat=flat)


def respond(
    request: Any,
    template: str,
    data: dict[str, Any],
    fmt: str = "html",
    *,
    rows: Callable[[], Iterable[dict[str, Any]]] | None = None,
    filename: str = "annalyst",
    columns: list[str] | None = None,
    flat: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    extra: dict[str, Any] | None = None,
    twin: bool = True,
) -> Any:
    """The page as HTML, its JSON twin (``data``), or its rows (``rows()``) as JSON Lines (the records as they are)
    or CSV (each made flat by ``flat``, in ``columns``)."""
    from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse

    if fmt == "json":
        return JSONResponse(_public(data))
    if fmt in ("csv", "jsonl"):
        if rows is None:
            return error_response(request, 404, "this page has no rows to download")
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", filename)[:120] or "annalyst"
        headers = {"content-disposition": f'attachment; filename="{safe}.{fmt}"'}
        if fmt == "jsonl":
            return StreamingResponse(stream_records(rows(), fmt), media_type=MEDIA[fmt], headers=headers)
        return StreamingResponse(stream_records(rows(), fmt, columns, flat), media_type=MEDIA[fmt], headers=headers)
    ctx = request.app.state.ctx
    context = dict(data)
    context.update(extra or {})
    context.update(
        page_json=_twin(request, "json") if twin else None,
        downloads=[(f, _twin(request, f)) for f in ("csv", "jsonl")] if rows is not None else [],
        write=ctx.write,
        path=request.url.path,
    )
    html = templates().get_template(template).render(**context)
    return HTMLResponse(html)


def error_response(request: Any, status: int, message: str) -> Any:
    """A JSON error for the API and the JSON twins, an HTML page otherwise."""
    from fastapi.responses import HTMLResponse, JSONResponse

    path = request.url.path
    if path.startswith("/api/") or path.endswith(".json") or "application/json" in request.headers.get("accept", "") \
            and "text/html" not in request.headers.get("accept", ""):
        return JSONResponse({"detail": message}, status_code=status)
    if status in (400, 422):  # a bad filter keeps the page's form, filled, with what is wrong
        from .forms import form_error_page

        page = form_error_page(request, status, message)
        if page is not None:
            return page
    try:
        write = request.app.state.ctx.write
    except AttributeError:
        write = False
    html = templates().get_template("error.html").render(status=status, message=message, page_json=None, downloads=[],
                                                        write=write, path=path)
    return HTMLResponse(html, status_code=status)

