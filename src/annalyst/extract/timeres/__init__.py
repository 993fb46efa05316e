"""The time-expression resolver behind ``annalyst.extract.time``: pure functions over strings (no spaCy).

``resolve`` finds and resolves the expressions of a text, ``resolve_expression`` reads one string as one
expression, ``reanchor`` resolves an anchored duration again once its anchor event's date is known (``offset_of(text)`` tells
whether an expression is one: its direction and range of days, or None).
The conventions are written down in docs/time.md.
"""

from __future__ import annotations

from .engine import offset_of, reanchor, resolve, resolve_expression

__all__ = ["resolve", "resolve_expression", "reanchor", "offset_of"]
