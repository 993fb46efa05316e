"""Extraction: one ``Article`` in, one ``ParseResult`` out (mentions, time expressions, events, quotes).

``pipeline.build_pipeline(settings, dictionary)`` builds the English spaCy pipeline with annalyst's components
(``actors``, ``places``, ``time``, ``quotes``, ``events``; the coder is ``events.EventCoder``, helped by ``eventargs``,
``claims``, ``parties``, ``anaphora``, ``counts``, ``eventlex``, ``cameo`` and ``learned``); ``document.analyze`` and
``analyze_many`` run it over articles (``native`` codes ru, ur, fa, ps, zh and ar; ``translate`` and ``llm`` are the
optional translator and language-model coder). Nothing here reads or writes the store: ``annalyst.jobs`` does.

The names below are imported on first use, so importing the package loads no model.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["build_pipeline", "pipeline_dictionary", "COMPONENTS", "analyze", "analyze_many", "ExtractFailure",
           "EXTRACTOR_VERSION", "EventCoder", "code_events", "analyze_native"]

_HOMES = {"build_pipeline": "pipeline", "pipeline_dictionary": "pipeline", "COMPONENTS": "pipeline",
          "analyze": "document", "analyze_many": "document", "ExtractFailure": "document",
          "EXTRACTOR_VERSION": "document", "EventCoder": "events", "code_events": "events",
          "analyze_native": "native"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
