"""The entity list of a doc while the name passes (``entities.correct_entities`` and the passes of ``nameforms``,
``personnames`` and ``namecues``) correct it: token -> entity, replace and relabel without overlaps, and the
token facts the passes walk (lower-cased texts, capitalised tokens), read once per doc."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span


class EntitySet:
    """The entity list being corrected: token -> entity, replace and relabel without overlaps."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.spans: dict[int, Span] = {e.start: e for e in doc.ents}
        self.changed = False
        self._cover: list[Span | None] | None = None  # token -> entity, rebuilt after a change
        self._lowers: list[str] | None = None
        self._capitals: list[int] | None = None

    def lowers(self) -> list[str]:
        """The lower-cased text of each token, read once for every pass."""
        if self._lowers is None:
            strings = self.doc.vocab.strings  # (from the doc's array of forms: no token is built)
            texts = [strings[h] for h in self.doc.to_array(ORTH).tolist()]
            self._lowers = [w.lower() for w in texts]
            self._capitals = [i for i, w in enumerate(texts) if w[:1].isupper()]
        return self._lowers

    def capitals(self) -> list[int]:
        """The indices of the tokens that open with a capital letter, in order: the passes that look only at
        capitalised words walk these, not the whole doc."""
        if self._capitals is None:
            self.lowers()
        return self._capitals  # type: ignore[return-value]

    def having(self, words: frozenset[str] | set[str] | tuple[str, ...]) -> list[int]:
        """The indices of the tokens whose lower-cased text is one of ``words``, in order."""
        return [i for i, w in enumerate(self.lowers()) if w in words]

    def at(self, i: int) -> Span | None:
        if self._cover is None:
            cover: list[Span | None] = [None] * len(self.doc)
            for e in self.spans.values():
                for k in range(e.start, e.end):
                    cover[k] = e
            self._cover = cover
        return self._cover[i] if 0 <= i < len(self._cover) else None

    def put(self, start: int, end: int, label: str) -> None:
        same = self.spans.get(start)
        if same is not None and same.end == end and same.label_ == label:
            return  # already so: setting ``doc.ents`` again is the costly part
        for i in range(start, end):
            old = self.at(i)
            if old is not None:
                self.drop(old.start)
        self.spans[start] = Span(self.doc, start, end, label=label)
        self._cover = None
        self.changed = True

    def drop(self, start: int) -> None:
        """Remove the entity starting at ``start``."""
        del self.spans[start]
        self._cover = None
        self.changed = True

    def ordered(self) -> list[Span]:
        return sorted(self.spans.values(), key=lambda e: e.start)
