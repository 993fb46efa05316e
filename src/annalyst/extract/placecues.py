"""Cues that a name is a place, read from the words around it, for ``entities`` and ``places``.

Two classes of evidence the other passes lack:

1. **a description in apposition**: a name followed by a comma and an indefinite description of a place ("Anefis, a
   village between Gao and Kidal", "Kapsabet, a market town in Nandi", "Hoshab, the main town of ...", "X, the
   capital of ...") is a place, as the subject of "is a village" is (``entities._is_said_to_be_place``). A few
   describing words may stand before the place noun ("a small border town", "a remote mountain village");
   the noun is one of ``lexicon.json``: place_nouns, admin_unit_nouns, place_kind_nouns or ``context.json``:
   of_nouns (not the nouns for people).
2. **two ends of a route**: "between" reads as a relation of parties ("ties between Moscow and Kabul", so
   ``actors.is_agentive``), except after a noun of a route or a stretch of land ("the road between Maiduguri and
   Damboa", "a village between Gao and Kidal", "the border between ..."): its objects are places
   (``context.json: between_heads``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..actors.names import lexicon
from ..resources import load_json

__all__ = ["described_as_place", "route_ends"]

_ARTICLES = ("a", "an", "the")
_PEOPLE = frozenset({"residents", "inhabitants", "villagers", "natives"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    lex = lexicon()
    ctx = load_json("places", "context.json")
    nouns = frozenset(lex["place_nouns"]) | frozenset(lex["admin_unit_nouns"]) | frozenset(lex["place_kind_nouns"]) \
        | (frozenset(ctx["of_nouns"]) - _PEOPLE)
    return {"nouns": nouns - {"market", "bazaar", "camp", "border", "agency"},
            "between": frozenset(ctx["between_heads"])}


def described_as_place(e: Span) -> bool:
    """The name ``e`` is followed by ", a/an/the [describing words] <place noun>" (cue 1 of the module docstring); the
    description ends there or goes on with a preposition or a comma ("a village near X", "a town, ...")."""
    doc = e.doc
    i = e.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in _ARTICLES:
        return False
    nouns = _words()["nouns"]
    k = i + 2
    while k < len(doc) and k - i <= 5:
        t = doc[k]
        if t.lower_ in nouns and t.is_lower and t.pos_ in ("NOUN", "PROPN"):
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if doc[i + 1].lower_ == "the" and (nxt is None or nxt.lower_ != "of"):
                return False  # "X, the district ..." without "of": not a description of X
            return nxt is None or nxt.is_punct or nxt.pos_ == "ADP" or nxt.lower_ in ("where", "that", "which", "with")
        if not (t.is_lower and t.is_alpha and t.pos_ in ("ADJ", "NOUN", "ADV", "VERB")) and t.text not in ("-",):
            return False
        k += 1
    return False


def route_ends(span: Span | Token) -> bool:
    """``span`` is an object of "between" (or a conjunct of one) after a noun of a route or a stretch of land (cue 2
    of the module docstring)."""
    root = span.root if isinstance(span, Span) else span
    hops = 0
    while root.dep_ == "conj" and root.head is not root and hops < 4:
        root = root.head
        hops += 1
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "between" and prep.head.lemma_.lower() in _words()["between"]
