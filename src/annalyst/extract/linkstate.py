"""What an article has named so far, for ``actors.ActorLinker``: the order of each actor's last mention, the name
tokens of the persons and the acronyms and last words of the organisations named, so that a later short form ("Abiy",
"the Council", "CFU") links back to the actor the article named in full."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..actors.names import lexicon, name_similarity, name_tokens
from ..models import Actor

__all__ = ["LinkState", "particles"]


class LinkState:
    """What the article has named so far: actor id -> order of last mention; persons' name tokens; organisations'
    acronyms and last words."""

    def __init__(self, doc: Doc) -> None:
        self.seen: dict[str, int] = {}
        self.persons: list[tuple[Actor, tuple[str, ...]]] = []
        self.orgs: list[tuple[Actor, str, str]] = []
        self.expected_holder: dict[int, str] = {}
        self._n = 0

    def add(self, span: Span, actor: Actor, named: bool = True) -> None:
        """Record a linked mention; a mention by title ("the US Secretary of State") adds no name tokens ("State"
        is no name of the secretary)."""
        self._n += 1
        self.seen[actor.id] = self._n
        if actor.kind == "person":
            if named:
                self.persons.append((actor, name_tokens(span.text)))
            if named or not actor.id.startswith("new:"):  # "the French ambassador" is no name either
                self.persons.append((actor, name_tokens(actor.name)))
        elif actor.kind != "country":
            words = [w for w in span.text.replace("-", " ").split() if w[:1].isupper()]
            if len(words) >= 2:
                self.orgs.append((actor, "".join(w[0] for w in words).upper(), words[-1]))

    def same_organisation(self, text: str, short_form: bool) -> Actor | None:
        """The organisation named before whose acronym ``text`` is ("CFU" after "the Coastal Fishermen Union"),
        or with ``short_form`` whose last word it is ("the Council" after "the National Reconciliation Council")."""
        for actor, acronym, last in reversed(self.orgs):
            if len(text) >= 2 and text.isupper() and text == acronym or short_form and text == last:
                return actor
        return None

    def person_holding(self, text: str) -> Actor | None:
        """The person named last whose longer name holds the one or two words of ``text`` (a leading name particle
        aside): "Abiy" after "Abiy Ahmed", "Al-Sudani" after "Mohammed Shia al-Sudani", "Dlamini-Zuma" after
        "Nkosazana Dlamini-Zuma"."""
        query = name_tokens(text)
        while len(query) > 1 and query[0] in particles():
            query = query[1:]
        if not 1 <= len(query) <= 2:
            return None
        for actor, tokens in reversed(self.persons):
            if len(tokens) > len(query) and all(q in tokens for q in query):
                return actor
        return None

    def same_person(self, text: str, threshold: float) -> tuple[Actor, float] | None:
        query = name_tokens(text)
        best: tuple[Actor, float] | None = None
        for actor, tokens in reversed(self.persons):
            score = name_similarity(query, tokens)
            if score >= threshold and (best is None or score > best[1]):
                best = (actor, score)
        return best


@lru_cache(maxsize=1)
def particles() -> frozenset[str]:
    """Name particles ("e" and "ul" of "Lashkar-e-Islam", "Harkat-ul-Ansar"; ``lexicon.json: particles``)."""
    return frozenset(lexicon()["particles"])
