"""What an article has named so far, for ``actors.ActorLinker``: the order of each actor's last mention, the name
tokens of the persons and the acronyms and last words of the organisations named, so that a later short form ("Abiy",
"the Council", "CFU") links back to the actor the article named in full; the titles the article named persons with
("Prime Minister Arvo Kallas": a later "the Prime Minister" is he); and which named person a role describes
(``described_person``: "X, president of Chile", "X is the foreign minister", "X served as premier")."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc, Span, Token

from ..actors.names import lexicon, name_similarity, name_tokens
from ..models import Actor

__all__ = ["LinkState", "described_person", "particles", "title_words_before", "unheld_role"]


class LinkState:
    """What the article has named so far: actor id -> order of last mention; persons' name tokens; organisations'
    acronyms and last words."""

    def __init__(self, doc: Doc) -> None:
        self.seen: dict[str, int] = {}
        self.persons: list[tuple[Actor, tuple[str, ...]]] = []
        self.orgs: list[tuple[Actor, str, str]] = []
        self.expected_holder: dict[int, str] = {}
        self.person_at: dict[int, Actor] = {}
        self.named_at: dict[int, Actor] = {}
        self.titles: dict[str, set[tuple[str, str | None]]] = {}
        self._titled: dict[str, Actor] = {}
        self._worded: dict[str, tuple[frozenset[str], Actor]] = {}
        self._n = 0

    def add(self, span: Span, actor: Actor, named: bool = True) -> None:
        """Record a linked mention; a mention by title ("the US Secretary of State") adds no name tokens ("State"
        is no name of the secretary)."""
        self._n += 1
        self.seen[actor.id] = self._n
        if named:
            self.named_at.update((i, actor) for i in range(span.start, span.end))
        if actor.kind == "person":
            if named:
                self.persons.append((actor, name_tokens(span.text)))
                self.person_at.update((i, actor) for i in range(span.start, span.end))
            if named or not actor.id.startswith("new:"):  # "the French ambassador" is no name either
                self.persons.append((actor, name_tokens(actor.name)))
        elif actor.kind != "country":
            words = [w for w in span.text.replace("-", " ").split() if w[:1].isupper()]
            if len(words) >= 2:
                self.orgs.append((actor, "".join(w[0] for w in words).upper(), words[-1]))

    def note_title(self, actor: Actor, title: str, country: str | None) -> None:
        """The article named ``actor`` with this title ("Czech Ambassador to Russia Karel Dvorsky")."""
        self.titles.setdefault(actor.id, set()).add((title, country))
        self._titled[actor.id] = actor

    def note_title_words(self, actor: Actor, words: frozenset[str]) -> None:
        """The office words the article wrote before the person's name ("Secretary" of "Secretary of State X")."""
        if words:
            had = self._worded.get(actor.id)
            self._worded[actor.id] = ((had[0] if had else frozenset()) | words, actor)

    def titled_by_word(self, word: str) -> Actor | None:
        """The person the article named last with the office word ``word``: "The Secretary thanked ..." after
        "Secretary of State Paul Hendry spoke with ..."."""
        best = max((self.seen.get(i, 0), a) for i, (words, a) in self._worded.items() if word in words) \
            if any(word in w for w, _ in self._worded.values()) else None
        return best[1] if best else None

    def named_with(self, actor_id: str, title: str) -> Actor | None:
        """The person ``actor_id`` when the article named that person with ``title``."""
        return self._titled.get(actor_id) if any(t == title for t, _ in self.titles.get(actor_id, ())) else None

    def titled_holder(self, title: str, country: str | None) -> Actor | None:
        """The person the article named last with ``title`` of ``country``: "the Czech ambassador in Moscow" after
        "Czech Ambassador to Russia Karel Dvorsky"."""
        best: tuple[int, Actor] | None = None
        for actor, _tokens in self.persons:
            if (title, country) in self.titles.get(actor.id, ()):
                order = self.seen.get(actor.id, 0)
                if best is None or order > best[0]:
                    best = (order, actor)
        return best[1] if best else None

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

    def same_person(self, text: str, threshold: float, given: bool = False) -> tuple[Actor, float] | None:
        """The person named before whom ``text`` names ("Kabulov" after "Zamir Kabulov"). A name with its given names
        (``given``: the words before the last are proper nouns) is compared with the full names the article gave,
        never with a family name it also gave alone: "Edgar Hollis" after "Walter Hollis ... Hollis said" is his
        brother, not Walter."""
        query = name_tokens(text)
        best: tuple[Actor, float] | None = None
        for actor, tokens in reversed(self.persons):
            if given and len(tokens) == 1 < len(query):
                continue
            score = name_similarity(query, tokens)
            if score >= threshold and (best is None or score > best[1]):
                best = (actor, score)
        return best


_RELATIVE = frozenset({"who", "that"})
_HE_SHE = frozenset({"he", "she", "his", "her"})


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def described_person(span: Span, state: LinkState) -> Actor | None | Literal[False]:
    """The person named before whom a role mention describes, not another holder of the office: in apposition or a
    list of roles after the name ("Tomas Arrieta, president of Chile (1902-08)", "Harlow, governor, senator and
    secretary of state"), the complement of "be", "become", "be elected" ("Hollis is the current Prime Minister",
    "he was elected president of Mexico") or of "as" ("a statesman who served as premier of France", "his tenure as
    Secretary of War"), through a relative "who". A role coordinated with a person ("Putin and the president of
    Turkey") is another party, and "he" or "his" stands for the person named last. False when the role describes a
    name the article gave that is no person it knows ("Dabrowe" read as an organisation): no other holder either."""
    tok = span.root
    for _ in range(8):
        dep = tok.dep_
        if dep == "conj":
            tok = tok.head
            if tok.i in state.person_at and any(c.dep_ == "cc" for c in tok.children):
                return None  # "X and the president of Y": two parties
            if tok.i in state.person_at:
                return state.person_at[tok.i]  # "Harlow, Dean R., governor, senator": a list of his roles
            continue
        if dep == "appos":
            tok = tok.head
        elif dep in ("attr", "oprd") or dep == "pobj" and tok.head.lower_ == "as":
            head = tok.head.head if dep == "pobj" else tok.head
            if head.pos_ in ("NOUN", "PROPN"):  # "his tenure as Secretary of War"
                subj = next((c for c in head.children if c.dep_ == "poss"), None)
            elif dep == "pobj" or head.lemma_ in ("be", "become", "remain", "elect", "appoint", "name"):
                subj = _subject(head)
                if subj is None and head.dep_ == "conj":  # "X succeeded Y and acted as interim President"
                    subj = _subject(head.head)
            else:
                return None
            if subj is None:
                return None
            if subj.lower_ in _RELATIVE and head.dep_ == "relcl":
                subj = head.head
            elif subj.lower_ in _HE_SHE:
                return state.persons[-1][0] if state.persons else None
            tok = subj
        else:
            return None
        hit = state.person_at.get(tok.i)
        if hit is not None:
            return hit
        if tok.i in state.named_at:
            return False
    return None


_INDEFINITE = frozenset({"a", "an", "another", "any", "each", "every", "no"})
_OFFICE_NOUNS = frozenset({"post", "office", "position", "role", "job", "title", "rank", "seat", "duties"})


def unheld_role(span: Span) -> bool:
    """A role said of no one in particular ("a country's ambassador", "any president") or an office named as such
    ("the post of Prime Minister"): no holder, named or in the dictionary, is meant."""
    root = span.root
    dets = [c for c in root.children if c.dep_ == "det"]
    dets += [g for c in root.children if c.dep_ == "poss" for g in c.children if g.dep_ == "det"]
    if any(t.lower_ in _INDEFINITE for t in dets):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _OFFICE_NOUNS


@lru_cache(maxsize=1)
def particles() -> frozenset[str]:
    """Name particles ("e" and "ul" of "Lashkar-e-Islam", "Harkat-ul-Ansar"; ``lexicon.json: particles``)."""
    return frozenset(lexicon()["particles"])


def title_words_before(doc: Doc, start: int, office_words: frozenset[str], lesser: frozenset[str] = frozenset()
                        ) -> frozenset[str]:
    """The office words of the title written right before a name ("Secretary of State Paul Hendry": "secretary";
    "German Chancellor Erik Lind": "chancellor"), for a later bare "the Secretary" (``LinkState.titled_by_word``; read by ``actors``).
    An office word after a word of ``lesser`` is another office or a past one ("Deputy Secretary X", "Former
    President Y"): not noted."""
    found: set[str] = set()
    i = start - 1
    while i >= 0 and start - i <= 6:
        tok = doc[i]
        if tok.lower_ == "of" and i > 0 and doc[i - 1].text[:1].isupper():
            i -= 1
            continue  # "Secretary of State"
        if not (tok.is_alpha and tok.text[:1].isupper()) or tok.lower_ == "the":
            break
        if tok.lower_ in office_words and not (i > 0 and (doc[i - 1].lower_ in lesser or doc[i - 1].text == "-" and
                                                          i > 1 and doc[i - 2].lower_ in lesser)):
            found.add(tok.lower_)
        i -= 1
    return frozenset(found)
