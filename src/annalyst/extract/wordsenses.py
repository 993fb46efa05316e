"""What a verb the trigger lists lack is a kind of: WordNet's verb hierarchy, read from a packaged file.

The coder's trigger lists are closed, so a verb none of them names ("strafed", "repudiated", "disavowed") made no
event. WordNet files each sense of an English verb under a more general one ("strafe" under "attack", "repudiate"
under "reject"). ``resources/events/wordnet_verbs.json`` keeps, per lemma, its three most frequent senses and, per
sense, its lexicographer file ("competition", "communication", "possession", ...) and its hypernyms
(``tools/wordnet_verbs.py`` derives it from WordNet 3.0).

``verb_anchors.json`` names the senses whose kinds take the trigger of a verb the lists know ("attack:1": every kind
of the first sense of "attack" is coded as "attack" is). Only named senses anchor: a general verb ("move", "make",
"give") has too many kinds of every sort to say what one of them does; kinds whose news use is another act or none
("a currency depreciated", "a team thrashed", "price gouging") are listed as ``not_kinds``.

Before the hierarchy, two readings of a verb the lists lack by its spelling: the other spelling of a listed verb
("penalised" as "penalize"), and a hyphened prefix of repetition or jointness ("re-imposed" as "imposed",
"co-operated" as "cooperated"; ``hyphens`` keeps such words whole).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Token

from ..resources import load_json
from .claims import base_forms, lemmas
from .eventlex import Lexicon

#: hypernym levels walked up from a sense to an anchor ("strafe" -> "attack" is one, "nuke" -> "bomb" -> "attack" two)
DEPTH = 3


class VerbSenses:
    """Look-ups over the packaged verb hierarchy."""

    def __init__(self, data: dict, anchors: dict[str, str], not_kinds: Iterable[str] = ()) -> None:
        self._senses: dict[str, list[int]] = data["senses"]
        self._not_kinds = frozenset(not_kinds)
        self._synsets: list[list] = data["synsets"]
        self._anchors: dict[int, str] = {}
        for key, verb in anchors.items():
            lemma, _, number = key.rpartition(":")
            senses = self._senses.get(lemma, [])
            if not number.isdigit() or not 0 < int(number) <= len(senses):
                raise ValueError(f"verb_anchors.json: {key!r} names no sense")
            self._anchors[senses[int(number) - 1]] = verb

    def knows(self, lemma: str) -> bool:
        return lemma in self._senses

    def lexname(self, lemma: str) -> str | None:
        """The lexicographer file of the lemma's most frequent sense ("competition" for "strafe")."""
        senses = self._senses.get(lemma)
        return self._synsets[senses[0]][0] if senses else None

    def hypernyms(self, lemma: str, depth: int = DEPTH) -> list[str]:
        """The first lemma of each more general sense of the lemma's most frequent sense, nearest first."""
        senses = self._senses.get(lemma)
        if not senses:
            return []
        out: list[str] = []
        frontier = [senses[0]]
        for _ in range(depth):
            frontier = [h for s in frontier for h in self._synsets[s][2]]
            out.extend(self._synsets[s][1][0] for s in frontier)
        return out

    def _anchor_of(self, synset: int) -> str | None:
        frontier = [synset]
        for _ in range(DEPTH + 1):
            for s in frontier:
                if s in self._anchors:
                    return self._anchors[s]
            frontier = [h for s in frontier for h in self._synsets[s][2]]
            if not frontier:
                break
        return None

    def anchor(self, lemma: str) -> str | None:
        """The known verb whose trigger a lemma takes: the anchor its ordinary (most frequent) sense is a kind of,
        within ``DEPTH`` levels; None when no anchored sense is reached or the lemma is listed as no kind of its
        anchor. Rarer senses are not tried: they brought in more rare meanings ("preach" as urging, "herald" as
        praise) than acts."""
        senses = self._senses.get(lemma)
        if not senses or lemma in self._not_kinds:
            return None
        return self._anchor_of(senses[0])


def anchored_verb(tok: Token, lemma: str, lex: Lexicon, irregular: dict[str, list[str]] | None = None) -> str | None:
    """The known verb a verb token the lexicon lacks is read as ("strafed" -> "attack"), or None: only for verbs no
    list names at all (a verb the lists know keeps its own entries, conditions and silences)."""
    if tok.pos_ != "VERB":
        return None
    senses = verb_senses()
    if not senses.knows(lemma):  # the small model's lemma of a rare verb may be no word ("disavowe")
        lemma = next((form for form in sorted(lemmas(tok)) if senses.knows(form)), lemma)
    if _listed(lemma, lex):
        return None
    spelt = next((alt for alt in spellings(lemma) if _listed(alt, lex)), None)
    if spelt is not None:  # "penalised", "scrutinised": the lists have the -ize spelling
        return spelt
    if not senses.knows(lemma):  # "re-imposed", "co-operated"
        return _prefixed(tok, lemma, lex, irregular or {})
    return senses.anchor(lemma)


def spellings(lemma: str) -> list[str]:
    """The other spelling of a British or American verb ending ("penalise" <-> "penalize", "analyse" <->
    "analyze")."""
    for ending, other in (("ise", "ize"), ("ize", "ise"), ("yse", "yze"), ("yze", "yse")):
        if lemma.endswith(ending) and len(lemma) > 5:
            return [lemma[: -len(ending)] + other]
    return []


def _listed(lemma: str, lex: Lexicon) -> bool:
    return lemma in lex.classes or lemma in lex.verbs or lemma in lex.cameo_verbs or lemma in lex.overlay or \
        lemma in lex.light_verbs or lemma in lex.phrasal


def _prefixed(tok: Token, lemma: str, lex: Lexicon, irregular: dict[str, list[str]]) -> str | None:
    """A hyphened verb no dictionary has, made of a prefix of repetition or jointness and a verb the lists know
    ("re-imposed", "re-signed", "co-operated"): the verb after the prefix ("imposed", "signed": never "resigned"), or
    for the prefixes listed ``joined_first`` the unhyphened word first ("cooperated"); a hand-written entry before a
    generated one. Unhyphened words are never split ("rebrand" is no "brand")."""
    for text in sorted({lemma, tok.lower_}):
        prefix, _, rest = text.partition("-")
        if prefix not in verb_prefixes() or len(rest) < 3:
            continue
        whole = prefix + rest
        joined = {whole, *_bases(whole)}
        stripped = {rest, *_bases(rest), *irregular.get(rest, ())}  # "re-took": "take"
        order = (joined, stripped) if prefix in joined_first() else (stripped, joined)
        for forms, listed in ((order[0], _curated), (order[1], _curated), (order[0], _listed), (order[1], _listed)):
            form = next((f for f in sorted(forms) if listed(f, lex)), None)
            if form is not None:
                return form
    return None


def _curated(lemma: str, lex: Lexicon) -> bool:
    return lemma in lex.classes or lemma in lex.verbs or lemma in lex.phrasal


def _bases(word: str) -> set[str]:
    """Crude base forms of an inflected word ("supplied" -> "supply", "imposed" -> "impose")."""
    out = base_forms(word)
    if word.endswith("ied") and len(word) > 5:
        out.add(word[:-3] + "y")
    return out


@lru_cache(maxsize=1)
def verb_prefixes() -> frozenset[str]:
    """Prefixes of repetition or jointness (``verb_anchors.json``)."""
    return frozenset(load_json("events", "verb_anchors.json").get("prefixes", ()))


@lru_cache(maxsize=1)
def joined_first() -> frozenset[str]:
    """Prefixes whose hyphened word is read unhyphened first ("co-operate": "cooperate")."""
    return frozenset(load_json("events", "verb_anchors.json").get("joined_first", ()))


@lru_cache(maxsize=1)
def verb_senses() -> VerbSenses:
    """The packaged verb hierarchy and anchors (cached)."""
    anchors = load_json("events", "verb_anchors.json")
    return VerbSenses(load_json("events", "wordnet_verbs.json"), anchors["anchors"], anchors.get("not_kinds", ()))
