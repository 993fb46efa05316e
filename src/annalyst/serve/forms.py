"""A bad filter on a page keeps the page's form: the values as typed, each bad field marked with what is wrong (and
"did you mean" for a type or status), instead of a bare error page. JSON answers (the API, the ``.json`` twins) keep
their 400/422 with the message (``render.error_response``).

``PAGE_FIELDS`` says which filters each page's data honours (its form shows those)."""

from __future__ import annotations

import dataclasses
import difflib
import re
from typing import Any

from ..errors import AnnalystError
from ..models import EVENT_TYPES, STATUSES
from .queries import Filters

__all__ = ["PAGE_FIELDS", "fields_for", "field_errors", "form_error_page"]

ALL_FIELDS = ("q", "actor", "recipient", "party", "event_type", "status", "since", "until", "language", "source")

#: the filter fields each filtering page honours, by path (the first pattern that matches)
PAGE_FIELDS: list[tuple[str, tuple[str, ...]]] = [
    (r"^/search$", ALL_FIELDS),
    (r"^/network$", ("status", "since", "until", "language", "source")),  # its type is in its own view form
    (r"^/map$", ("actor", "party", "event_type", "status", "since", "until")),
    (r"^/dyads/[^/]+/[^/]+$", ("event_type", "status", "since", "until")),
    (r"^/actors/[^/]+$", ("event_type", "status", "since", "until")),
    (r"^/articles$", ("language", "source")),
]

_CHOICES = {"event_type": (EVENT_TYPES, str.upper), "status": (STATUSES, str.lower)}


def fields_for(path: str) -> tuple[str, ...] | None:
    """The filter fields of the page at ``path``, or None when it has no filter form."""
    for pattern, fields in PAGE_FIELDS:
        if re.match(pattern, path):
            return fields
    return None


def _suggest(name: str, value: str) -> str:
    if name not in _CHOICES:
        return ""
    choices, norm = _CHOICES[name]
    close = difflib.get_close_matches(norm(value), choices, n=3, cutoff=0.6)
    return f" Did you mean {' or '.join(close)}?" if close else ""


def field_errors(params: dict[str, str], message: str) -> dict[str, str]:
    """What is wrong with each filter in ``params``: each value is checked alone, so the form marks the field at
    fault; an error only the query finds (an unknown actor) goes to the field whose value or name its ``message``
    names. ``"_all"`` holds ``message``."""
    names = {f.name for f in dataclasses.fields(Filters)}
    out: dict[str, str] = {}
    for name, value in params.items():
        if name not in names or not value:
            continue
        try:
            Filters(**{name: value})
        except AnnalystError as exc:
            text = str(exc)
            if name in _CHOICES:  # the list of choices is the select box beside it
                text = text.split(": one of ")[0]
            out[name] = f"{text}.{_suggest(name, value)}"
        except (TypeError, ValueError) as exc:
            out[name] = str(exc)
    if not out:
        for name, value in params.items():
            if name in names and value and (repr(value) in message or f"{name}:" in message or f"query.{name}" in message):
                out[name] = message
                break
    labels = {"q": "Text", "event_type": "Type", "since": "From", "until": "To", "party": "Either side"}
    bad = [labels.get(k, k.replace("_", " ").capitalize()) for k in out]
    out["_all"] = message if len(bad) <= 1 else f"{len(bad)} filters cannot be used: {', '.join(bad)}."
    return out


def form_error_page(request: Any, status: int, message: str) -> Any | None:
    """The page's filter form, filled as it was sent, with ``message`` and the bad fields marked; the search page
    renders itself with no results. None when the page has no filter form."""
    from fastapi.responses import HTMLResponse

    from .render import templates
    from .searching import SORTS

    path = request.url.path
    fields = fields_for(path)
    if fields is None:
        return None
    params = {k: v[:500] for k, v in request.query_params.items()}
    errors = field_errors(params, message)
    names = {f.name for f in dataclasses.fields(Filters)}
    # the page's fields are shown; its other filters ride along as hidden inputs (the macro's rule)
    filters = {k: v for k, v in params.items() if v and k in names}
    try:
        write = request.app.state.ctx.write
    except AttributeError:
        write = False
    context = {
        "status": status, "message": message, "errors": errors, "filters": filters, "form_fields": fields,
        "event_types": EVENT_TYPES, "statuses": STATUSES, "page_json": None, "downloads": [], "write": write,
        "path": path, "action": path,
    }
    if path == "/search":
        sort = params.get("sort") if params.get("sort") in SORTS else "-date"
        context.update(unit="cluster", sort=sort, sorts=SORTS, total=0, total_capped=False, results=[], limit=50,
                       offset=0, has_more=False, facets={k: [] for k in ("event_type", "quad_class", "status", "party")},
                       histogram={"bins": []}, articles=None, linkable=set())
        html = templates().get_template("search.html").render(**context)
    else:
        html = templates().get_template("error.html").render(**context)
    return HTMLResponse(html, status_code=status)
