"""The analyst's workbench: web pages with JSON twins and downloads, the REST API under /api/v1, and exports.

``create_app(store, write=False, token=None)`` builds the FastAPI app (needs the ``web`` extra); nothing is
opened or read at import.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def create_app(store: Any, write: bool = False, token: str | None = None, **options: Any) -> Any:
    """See ``annalyst.serve.app.create_app``."""
    from .app import create_app as _create_app

    return _create_app(store, write=write, token=token, **options)
