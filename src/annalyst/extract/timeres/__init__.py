"""The time-expression resolver behind ``annalyst.extract.time``: pure functions over strings (no spaCy).

``resolve`` finds and resolves the expressions of a text, ``resolve_expression`` reads one string as one
expression, ``reanchor`` resolves an anchored duration again once its anchor event's date is known.
The conventions are written down in docs/time.md.
"""

from __future__ import annotations

from .engine import reanchor, resolve, resolve_expression

__all__ = ["resolve", "resolve_expression", "reanchor"]
