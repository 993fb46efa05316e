"""Ingest: readers for text, HTML, JSONL, feeds, directories, URLs and stdin, producing ``Article`` records.

``read(sources, settings)`` yields an ``Article`` or an ``InputError`` per input (or per JSONL line / feed item).
"""

from .build import Hints
from .fetch import Fetcher
from .sources import EXTENSIONS, read, read_document

__all__ = ["EXTENSIONS", "Fetcher", "Hints", "read", "read_document"]
