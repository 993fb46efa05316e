"""annalyst: a sourced, queryable record of political events from news articles."""

from __future__ import annotations

import logging

from .api import Annalyst, IngestReport
from .errors import AnnalystError, ConfigError, FetchError, InputError, ModelError, NotFound, RefusedURL, StoreError
from .models import Actor, Article, Cluster, Event, Mention, ParseResult, TimeExpr
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "Actor",
    "Annalyst",
    "IngestReport",
    "AnnalystError",
    "Article",
    "Cluster",
    "ConfigError",
    "Event",
    "FetchError",
    "InputError",
    "Mention",
    "ModelError",
    "NotFound",
    "ParseResult",
    "RefusedURL",
    "Settings",
    "StoreError",
    "TimeExpr",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
