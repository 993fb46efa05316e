"""Analysis of stored events: clusters (one real-world event reported by several articles, ``clusters``, ``dedup``,
``merge``, ``runner``), dyad series (``dyads``), forecast resolution (``forecasts``), actor references and
affiliations (``actors``, ``compat``).

The names below are imported on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["cluster_pending", "ClusterStats", "dyad_series", "DyadSeries", "resolve_actor", "dictionary_affiliations"]

_HOMES = {"cluster_pending": "runner", "ClusterStats": "runner", "dyad_series": "dyads", "DyadSeries": "dyads",
          "resolve_actor": "actors", "dictionary_affiliations": "actors"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
