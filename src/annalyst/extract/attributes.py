"""The model's attribute ruler, matched by an index over its patterns instead of spaCy's ``Matcher``.

The English model's ``attribute_ruler`` (fine tag -> coarse part of speech and morphology, and a few lemma and
part-of-speech exceptions: 179 patterns in ``en_core_web_sm``) runs spaCy's general ``Matcher`` over every token of
every document: about a tenth of the model's whole time on news text, more than annalyst's own actor component.
Every one of its patterns is one token, or a short run of tokens, that must equal given words, tags or dependency
labels (or lie in a list of them, or match a regular expression). ``index_attribute_ruler`` gives the ruler a
``match`` that finds exactly the same matches by looking each token's word, tag and label up in tables built once
from the ruler's own patterns, and hands them to the ruler's own ``set_annotations`` in the order spaCy's ``match``
gives them (by pattern group, then position), so later rules still win. A pattern the tables cannot read (a
quantifier such as ``OP``, an attribute other than the word, tag, label and space flag, an operator other than
equality, ``IN``, ``NOT_IN`` and ``REGEX``) leaves the ruler's ``Matcher`` in place. ``tests/extract/
test_attribute_index.py`` checks that both give the same matches and the same annotations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["index_attribute_ruler", "RulerIndex"]

#: the token attributes a pattern may test, in the order the index prefers them (the most telling first)
_ATTRS: dict[str, int] = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMNS = tuple(_ATTRS)


@dataclass(frozen=True)
class _Test:
    """One attribute of one token of a pattern: its column in the doc's array and a test of the value there."""

    column: int
    accepts: Callable[[int], bool]


def _value_id(name: str, value: Any) -> int:
    if name == "IS_SPACE":
        return int(bool(value))
    return get_string_id(value)


def _equal(wanted: int) -> Callable[[int], bool]:
    return lambda v: v == wanted


def _within(values: frozenset[int], inside: bool) -> Callable[[int], bool]:
    return (lambda v: v in values) if inside else (lambda v: v not in values)


def _searched(pattern: re.Pattern[str], strings: Any) -> Callable[[int], bool]:
    return lambda v: pattern.search(strings[v]) is not None


def _test(name: str, value: Any, strings: Any) -> tuple[_Test, frozenset[int] | None] | None:
    """The test of one attribute, and the values it accepts when they are a closed set (for the index); None for a
    value the index does not read."""
    column = _COLUMNS.index(name)
    if isinstance(value, str) or (name == "IS_SPACE" and isinstance(value, (bool, int))):
        wanted = _value_id(name, value)
        return _Test(column, _equal(wanted)), frozenset({wanted})
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, (list, tuple)):
        ids = frozenset(_value_id(name, a) for a in arg)
        return _Test(column, _within(ids, op == "IN")), ids if op == "IN" else None
    if op == "REGEX" and isinstance(arg, str) and name != "IS_SPACE":
        return _Test(column, _searched(re.compile(arg), strings)), None
    return None


@dataclass(frozen=True)
class _Pattern:
    group: int  # the ruler's attribute id: its matches are applied in this order
    tests: tuple[tuple[_Test, ...], ...]  # per token of the pattern


class RulerIndex:
    """The patterns of one attribute ruler, indexed by the closed set of values of one attribute of their first
    token (the word before the tag, the tag before the label); patterns with no such attribute are tried
    everywhere."""

    def __init__(self, patterns: list[_Pattern], keys: list[tuple[int, frozenset[int]] | None]) -> None:
        self.index: list[dict[int, list[_Pattern]]] = [{} for _ in _COLUMNS]
        self.anywhere: list[_Pattern] = []
        for pattern, key in zip(patterns, keys):
            if key is None:
                self.anywhere.append(pattern)
                continue
            column, values = key
            for value in values:
                self.index[column].setdefault(value, []).append(pattern)

    @classmethod
    def of(cls, ruler: Any) -> RulerIndex | None:
        """The index of ``ruler`` (an ``AttributeRuler``), or None when one of its patterns is beyond it."""
        strings = ruler.vocab.strings
        patterns: list[_Pattern] = []
        keys: list[tuple[int, frozenset[int]] | None] = []
        for group in range(len(ruler.attrs)):
            for spec in ruler.matcher.get(str(group))[1]:
                if not spec:
                    return None
                tests: list[tuple[_Test, ...]] = []
                key: tuple[int, frozenset[int]] | None = None
                for position, token in enumerate(spec):
                    read: list[_Test] = []
                    for name, value in token.items():
                        if name not in _ATTRS:
                            return None  # OP, ORTH, POS ...: the Matcher stays
                        got = _test(name, value, strings)
                        if got is None:
                            return None
                        read.append(got[0])
                        closed = got[1]
                        if position == 0 and closed is not None and (
                                key is None or _COLUMNS.index(name) < key[0]):
                            key = (_COLUMNS.index(name), closed)
                    if not read:
                        return None  # a token that matches any token: left to the Matcher
                    tests.append(tuple(read))
                patterns.append(_Pattern(group, tuple(tests)))
                keys.append(key)
        return cls(patterns, keys)

    def match(self, doc: Doc, match_ids: list[int]) -> list[tuple[int, int, int, int]]:
        """The matches of the ruler's patterns in ``doc`` as the ruler's own ``match`` gives them: ``(group,
        match id, start, end)``, sorted."""
        if not len(doc):
            return []
        rows = doc.to_array([_ATTRS[c] for c in _COLUMNS]).tolist()
        n = len(rows)
        found: set[tuple[int, int, int, int]] = set()
        index, anywhere = self.index, self.anywhere
        for start, row in enumerate(rows):
            candidates = [p for column, table in enumerate(index) for p in table.get(row[column], ())]
            if anywhere:
                candidates += anywhere
            for pattern in candidates:
                end = start + len(pattern.tests)
                if end > n:
                    continue
                if all(t.accepts(rows[start + k][t.column]) for k, tests in enumerate(pattern.tests) for t in tests):
                    found.add((pattern.group, match_ids[pattern.group], start, end))
        return sorted(found)


def index_attribute_ruler(nlp: Any, name: str = "attribute_ruler") -> bool:
    """Give ``nlp``'s attribute ruler ``name`` the index's ``match`` in place of its ``Matcher``; False (nothing
    changed) when the pipeline has no such ruler or a pattern is beyond the index."""
    if name not in getattr(nlp, "pipe_names", ()):
        return False
    ruler = nlp.get_pipe(name)
    if not hasattr(ruler, "matcher") or not hasattr(ruler, "attrs"):
        return False
    index = RulerIndex.of(ruler)
    if index is None:
        return False
    match_ids = [get_string_id(str(group)) for group in range(len(ruler.attrs))]
    ruler.match = lambda doc: index.match(doc, match_ids)
    return True
