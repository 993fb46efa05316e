"""Scorers of annalyst against gold data: the project's own event gold on re3d (``re3d_events``), re3d entities
(``re3d``), the seed timeline (``seeds``), PLOVER's records (``plover_gsr``), PETRARCH's validation set
(``petrarch``), the demo corpus (``demo``) and the native coders (``native``); ``report`` runs them and renders the
tables, ``train`` refits the learned check.

The names below are imported on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["run_evaluations", "Report", "GOLD_SETS"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module(f"{__name__}.report"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
