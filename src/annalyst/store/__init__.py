"""Store: one schema, two backends (SQLite by default, PostgreSQL for a shared server), one write path."""

from .core import AddResult, ArticleRow, Store

__all__ = ["AddResult", "ArticleRow", "Store"]
