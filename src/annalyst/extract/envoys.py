"""Who is a state's envoy in a text of diplomatic disputes: an envoy noun ("the Russian ambassador", "Iran's charge
d'affaires"), and for a summons also an envoy told by name or post ("Hideo Tarumi, Japan's ambassador", "ambassador
Alison LeClaire") or a member of a foreign mission ("the head of the Belarusian mission"). Words from
``demands.json`` (``envoy_nouns``, ``mission_nouns``, ``mission_staff``); read by ``demands``."""

from __future__ import annotations

from spacy.tokens import Token

from ..resources import load_word_lists
from .phrases import lemma as _lemma

__all__ = ["is_envoy", "named_envoy", "envoy_after_date"]


def _words() -> dict[str, frozenset[str]]:
    return load_word_lists("events", "demands.json")


def is_envoy(tok: Token | None) -> bool:
    """An envoy noun not told by name ("the Russian ambassador", "its envoy to France"): the noun stands for its
    state."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    words = _words()["envoy_nouns"]
    if _lemma(tok) in words or tok.lower_ in words:
        return not any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in tok.children)
    return False


def named_envoy(tok: Token) -> bool:
    """An envoy told by name or by post ("Hideo Tarumi, Japan's ambassador", "ambassador Alison LeClaire", "the US
    ambassador, Lynne Tracy") or a member of a mission ("the head of the Belarusian mission", "a senior official of
    the Chinese Embassy"; not "the heads of mission", no state named): summoning one is the same official complaint
    as summoning an envoy noun, the person or mission its recipient."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    words = _words()
    if _lemma(tok) in words["envoy_nouns"]:
        return True
    if any(c.dep_ in ("appos", "compound") and (_lemma(c) in words["envoy_nouns"] or c.lower_ in words["envoy_nouns"])
           for c in tok.children):  # "charge d'affaires X": the lemmatizer's "d'affaire" of the noun
        return tok.ent_type_ == "PERSON"
    return _lemma(tok) in words["mission_staff"] and any(
        g.dep_ == "pobj" and _lemma(g) in words["mission_nouns"] and any(
            m.dep_ in ("amod", "compound", "poss") and m.ent_type_ in ("NORP", "GPE", "ORG") for m in g.lefts)
        for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def envoy_after_date(verb: Token) -> Token | None:
    """The object of a summons the parser hung on a date told before it ("summoned on Monday Indian Deputy High
    Commissioner X": X taken as the object of "on", the day as its compound), or None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i != verb.i + 1:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and any(c.dep_ == "compound" and c.ent_type_ == "DATE" and c.i == prep.i + 1
                                           for c in noun.lefts):
                return noun
    return None
