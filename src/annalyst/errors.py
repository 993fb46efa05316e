"""The one exception hierarchy of annalyst.

::

    AnnalystError                 anything this package raises on purpose
    ├── ConfigError               a setting has a value it cannot take
    ├── InputError                one input (file, URL, line, request) cannot be used; names the input and the reason
    │   ├── FetchError            a URL could not be fetched (timeout, status, size, content type)
    │   ├── RefusedURL            a URL is refused before any request (scheme, private or loopback address)
    │   └── QueryTooExpensive     a search has too many terms or ran past the ``query_timeout`` setting
    ├── StoreError                the store cannot be opened, migrated or written
    │   ├── StoreTooNew           the store was written by a newer annalyst
    │   └── StoreDamaged          the store's file is damaged: nothing is written into it
    ├── NotFound                  no record with that id
    └── ModelError                the language model or a resource file cannot be loaded

The library never prints or exits; the CLI turns these into one line each and an exit code.
"""

from __future__ import annotations

__all__ = [
    "AnnalystError",
    "ConfigError",
    "InputError",
    "FetchError",
    "RefusedURL",
    "StoreError",
    "NotFound",
    "ModelError",
    "ExtractionTimeout",
    "QueryTooExpensive",
    "StoreTooNew",
    "StoreDamaged",
]


class AnnalystError(Exception):
    """Base class of every error annalyst raises on purpose."""


class ConfigError(AnnalystError):
    """A setting has a value it cannot take."""


class InputError(AnnalystError):
    """One input cannot be used. ``source`` names it (a path, URL or ``<stdin>:3``), ``reason`` says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(InputError):
    """A URL could not be fetched."""


class RefusedURL(InputError):
    """A URL is refused before it is fetched (scheme, private/loopback/link-local address)."""


class QueryTooExpensive(InputError):
    """A search is refused for its cost: too many terms, or it ran past the ``query_timeout`` setting."""

    def __init__(self, reason: str) -> None:
        super().__init__("search", reason)


class StoreError(AnnalystError):
    """The store cannot be opened, migrated or written."""


class StoreTooNew(StoreError):
    """The store was written by a newer annalyst (a schema revision this version does not know)."""


class StoreDamaged(StoreError):
    """The store's file is damaged (what ``annalyst check`` reports as ``integrity``): commands that write refuse it,
    so the damage is not built upon. ``problems`` are the ``store.check.Problem`` found."""

    def __init__(self, message: str, problems: list | None = None) -> None:
        super().__init__(message)
        self.problems = list(problems or [])


class NotFound(AnnalystError):
    """No record with that id."""


class ModelError(AnnalystError):
    """The language model or a resource file cannot be loaded."""


class ExtractionTimeout(AnnalystError):
    """One article's extraction ran past the ``extract_timeout`` setting (the article is marked failed)."""
