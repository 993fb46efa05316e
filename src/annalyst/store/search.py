"""User search text as a safe full-text query: the one place search text becomes FTS5 or tsquery syntax.

The query language (documented in SECURITY.md and the README)::

    word            articles containing the word (every word must be present: words are ANDed)
    "two words"     the phrase
    a OR b          either (OR binds the terms on both sides; a dangling OR is ignored)
    -word           articles without the word (-"a phrase" too); exclusions alone match nothing

Everything else is text: each term is quoted before it reaches FTS5 or PostgreSQL, so punctuation, ``NEAR``,
``*``, ``:`` or an unbalanced quote in the input can never become query syntax. Cost is bounded: repeated terms are
counted once and a query of more than ``MAX_TERMS`` distinct terms is refused with ``QueryTooExpensive`` (a 400 on
the web); each read also runs under the ``query_timeout`` setting (see ``engine.read_deadline``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import QueryTooExpensive

__all__ = ["MAX_TERMS", "ParsedQuery", "parse_search", "to_fts5", "to_websearch"]

MAX_TERMS = 12
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_CONTROL = dict.fromkeys(c for c in range(32))


@dataclass
class ParsedQuery:
    """``groups`` are ANDed; each group is a list of alternatives (ORed); each alternative is a tuple of words
    (one word, or a phrase). ``excluded`` lists the words/phrases articles must not hold."""

    groups: list[list[tuple[str, ...]]] = field(default_factory=list)
    excluded: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.groups


def _words(text: str) -> tuple[str, ...]:
    # punctuation separates words, as in both full-text indexes; nothing of it survives into the query
    return tuple(w for w in re.split(r"[\W_]+", text.lower()) if w)


def parse_search(text: str, max_terms: int = MAX_TERMS) -> ParsedQuery:
    """Parse user search text (see the module doc). Raises ``QueryTooExpensive`` past ``max_terms`` distinct terms."""
    text = (text or "").translate(_CONTROL)
    out = ParsedQuery()
    pending_or = False
    seen: set[tuple[str, ...]] = set()
    for match in _TOKEN.finditer(text):
        neg, phrase, bare = match.group(1), match.group(2), match.group(3)
        if bare is not None:
            if bare == "OR":
                pending_or = bool(out.groups)
                continue
            neg = "-" if bare.startswith("-") and len(bare) > 1 else ""
            words = _words(bare[1:] if neg else bare)
        else:
            words = _words(phrase)
        if not words:
            continue
        if words not in seen:
            seen.add(words)
            if len(seen) > max_terms:
                raise QueryTooExpensive(f"query too expensive: at most {max_terms} different search terms")
        if neg:
            if words not in out.excluded:
                out.excluded.append(words)
            pending_or = False
            continue
        if pending_or:
            if words not in out.groups[-1]:
                out.groups[-1].append(words)
        elif [words] not in out.groups:
            out.groups.append([words])
        pending_or = False
    return out


def _quoted(words: tuple[str, ...]) -> str:
    return '"' + " ".join(words).replace('"', '""') + '"'


def to_fts5(query: ParsedQuery) -> str:
    """The parsed query as an FTS5 MATCH expression (every term quoted)."""
    if query.empty:
        return '""'
    parts = []
    for group in query.groups:
        alts = [_quoted(w) for w in group]
        parts.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    expr = " AND ".join(parts)
    for words in query.excluded:
        expr += " NOT " + _quoted(words)
    return expr


def to_websearch(query: ParsedQuery) -> str:
    """The parsed query as text for PostgreSQL's ``websearch_to_tsquery`` (which never raises on syntax): only
    words, quotes, ``or`` and ``-`` are left in it."""
    if query.empty:
        return ""
    parts = []
    for group in query.groups:
        parts.append(" or ".join(_pg_term(w) for w in group))
    parts.extend("-" + _pg_term(w) for w in query.excluded)
    return " ".join(parts)


def _pg_term(words: tuple[str, ...]) -> str:
    return words[0] if len(words) == 1 else '"' + " ".join(words) + '"'
