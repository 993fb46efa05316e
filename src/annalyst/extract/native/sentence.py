"""A sentence as the native extractor sees it: its word tokens and where lexicon patterns occur in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, TypeVar

from .lexicon import NativeLexicon, Pattern, Word
from .tokenize import Token, has_segmenter, tokenize

__all__ = ["Hit", "Sentence", "make_sentence", "no_overlaps"]

_Spanned = TypeVar("_Spanned")  # anything with token offsets ``start`` and ``end``


@dataclass(frozen=True)
class Hit:
    """A pattern found in a sentence: word indexes ``start`` .. ``end`` (exclusive)."""

    start: int
    end: int
    pattern: Pattern
    flags: frozenset[str] = frozenset()


@dataclass
class Sentence:
    """Word tokens (punctuation kept, flagged) of one sentence, with offsets in the article text."""

    text: str
    start: int
    end: int
    words: list[Word]
    lex: NativeLexicon
    segmented: bool = True
    _cache: dict[int, list[Word]] = field(default_factory=dict, repr=False)
    _hits: dict[tuple[int, bool], tuple[list[Pattern], list[Hit]]] = field(default_factory=dict, repr=False)

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Article offsets covered by words ``start`` .. ``end`` (exclusive)."""
        return self.words[start].token.start, self.words[end - 1].token.end

    def surface(self, start: int, end: int) -> str:
        s, e = self.char_span(start, end)
        return self.text[s - self.start:e - self.start]

    def word_at(self, offset: int) -> int:
        """Index of the word covering article offset ``offset`` (or the next word)."""
        for w in self.words:
            if w.token.end > offset:
                return w.index
        return len(self.words) - 1

    @property
    def plain(self) -> list[Word]:
        """The words that are not punctuation."""
        if -1 not in self._cache:
            self._cache[-1] = [w for w in self.words if not w.token.punct]
        return self._cache[-1]

    def find(self, patterns: list[Pattern], longest: bool = True) -> list[Hit]:
        """Every place a pattern matches, the longest at each start; with ``longest``, overlaps removed (longest
        first, then leftmost). Punctuation between words does not stop a multiword pattern."""
        key = (id(patterns), longest)
        cached = self._hits.get(key)
        if cached is not None and cached[0] is patterns:
            return cached[1]
        index = _first_chars(patterns)
        plain = self.plain
        hits: list[Hit] = []
        for p, word in enumerate(plain):
            candidates: list[Pattern] = []
            seen: set[int] = set()
            for form, _flag in word.forms:
                for pat in index.get(form[:1], ()):
                    if id(pat) not in seen:
                        seen.add(id(pat))
                        candidates.append(pat)
            best: Hit | None = None
            for pat in candidates:
                if pat.char:
                    end_char = pat.match_chars(self.text, word.token.start - self.start)
                    if end_char is None:
                        continue
                    j = self.word_at(end_char + self.start - 1)
                    if self.segmented and self.words[j].token.end != end_char + self.start:
                        continue  # a segmented word must end where the pattern does (会 is not 会见)
                    hit = Hit(word.index, max(j + 1, word.index + 1), pat)
                else:
                    m = pat.match(plain, p)
                    if m is None:
                        continue
                    hit = Hit(word.index, plain[m[0] - 1].index + 1, pat, m[1])
                if best is None or (hit.end - hit.start, len(hit.pattern.text)) > \
                        (best.end - best.start, len(best.pattern.text)):
                    best = hit
            if best is not None:
                hits.append(best)
        if longest:
            hits = _no_overlaps(hits)
        self._hits[key] = (patterns, hits)
        return hits

    def first_at(self, patterns: list[Pattern], i: int) -> Hit | None:
        """The longest pattern matching from word ``i``."""
        for hit in self.find(patterns, longest=False):
            if hit.start == i:
                return hit
        return None

    def ends_at(self, patterns: list[Pattern], j: int) -> Hit | None:
        """A pattern match ending right before word ``j`` (the longest)."""
        best = None
        for hit in self.find(patterns, longest=False):
            if hit.end == j and (best is None or hit.end - hit.start > best.end - best.start):
                best = hit
        return best


_FIRST: dict[int, tuple[list[Pattern], dict[str, list[Pattern]]]] = {}


def _first_chars(patterns: list[Pattern]) -> dict[str, list[Pattern]]:
    """Patterns by the first character of their first word (Chinese: of their string)."""
    key = id(patterns)
    cached = _FIRST.get(key)
    if cached is not None and cached[0] is patterns:
        return cached[1]
    index: dict[str, list[Pattern]] = {}
    for pat in patterns:
        index.setdefault(pat.parts[0][:1], []).append(pat)
    if len(_FIRST) > 4096:
        _FIRST.clear()
    _FIRST[key] = (patterns, index)
    return index


def no_overlaps(items: list[_Spanned], preference: Callable[[_Spanned], Any]) -> list[_Spanned]:
    """The items (with token ``start``/``end``) that overlap no item taken before them, taken in ``preference`` order
    (smallest first); returned in text order."""
    taken: set[int] = set()
    out = []
    for item in sorted(items, key=preference):
        span = set(range(item.start, item.end))  # type: ignore[attr-defined]
        if span & taken:
            continue
        taken |= span
        out.append(item)
    return sorted(out, key=lambda item: item.start)  # type: ignore[attr-defined]


def _no_overlaps(hits: list[Hit]) -> list[Hit]:
    return no_overlaps(hits, lambda h: (-(h.end - h.start), -len(h.pattern.text), h.start))


def make_sentence(text: str, start: int, end: int, lex: NativeLexicon) -> Sentence:
    """The sentence ``text[start:end]`` of an article, tokenized (offsets are article offsets)."""
    piece = text[start:end]
    tokens: list[Token] = tokenize(piece, lex.lang, offset=start)
    words = [lex.word(tok, i) for i, tok in enumerate(tokens)]
    return Sentence(text=piece, start=start, end=end, words=words, lex=lex, segmented=has_segmenter(lex.lang))
