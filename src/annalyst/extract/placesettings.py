"""Places that only say where an act happened, never a party of it (read by ``parties`` and ``roles``).

* ``in_setting``: a place reached from a locative preposition through its object, appositions, conjuncts and
  compounds ("in Syria", "near Palmyra, Syria", "in Baghdad and Najaf");
* ``conflict_setting``: the place of a state of violence or abuses ("the escalation in southern X");
* ``held_in_place``: where a gathering or a meeting was held ("held a rally in Kenya's capital");
* ``said_setting``: where the thing asked for or protested happens ("demanded an end to the fighting in X");
* ``described_setting``: a place named in a clause describing the act's place, or in its clock time;
* ``is_theatre``: "in <a whole country>" said of the act itself ("conducted strikes in Syria").

A place is a recipient only when it is the target itself ("attacks on Aleppo").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .eventargs import argument_words, is_place_head
from .phrases import path_up

__all__ = ["GATHERINGS", "LOCATIVE_PREPS", "SAID_ACTS", "conflict_setting", "described_setting", "held_in_place",
           "in_setting", "is_place", "is_theatre", "said_setting"]


#: prepositions whose object says where an act happened
LOCATIVE_PREPS = frozenset({"in", "near", "at", "inside", "outside", "around", "across", "throughout", "within"})
#: how a place hangs inside a place phrase: "near Palmyra, Syria", "in Baghdad and Najaf", "in the Anbar province"
_PLACE_CHAIN = frozenset({"pobj", "appos", "conj", "compound"})


def is_place(tok: Token) -> bool:
    """``tok`` is in a place mention, or a proper noun the model tagged as a place."""
    doc = tok.doc
    if any(span.start <= tok.i < span.end for span in doc.spans.get("places", [])):
        return True
    return tok.ent_type_ in ("GPE", "LOC", "FAC") and tok.pos_ == "PROPN"


def _named_state(noun: Token) -> bool:
    """``noun`` is "state" after the name of a federal state ("Borno state", "Punjab state"): a place, unlike "the
    state" that names a government."""
    return noun.lower_ == "state" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def in_setting(tok: Token, country: bool = False) -> bool:
    """``tok`` is a place that only says where an act happened: a place reached from a locative preposition through
    its object, appositions, conjuncts and compounds ("in Syria", "near Palmyra, Syria", "in Baghdad and Najaf").
    A party modifying a thing there is no setting ("at the Russian embassy": Russia): a place is a recipient only
    when it is the target itself ("attacks on Aleppo"). ``country``: the caller read ``tok`` as a country's name,
    which the tagger may not have labelled a place ("in Niger's Tillaberi region")."""
    if not (is_place(tok) or country and tok.pos_ == "PROPN"):
        return False
    node = tok
    for _ in range(8):
        if node.dep_ == "poss" and (is_place_head(node.head) or _named_state(node.head)):  # "in Syria's Idlib
            # region", "in Nigeria's Borno state": the country of the place
            node = node.head
            continue
        if node.dep_ not in _PLACE_CHAIN or node.head == node:
            return False
        if node.dep_ == "pobj":
            return node.head.dep_ == "prep" and node.head.lower_ in LOCATIVE_PREPS
        node = node.head
        if node.dep_ != "pobj" and not is_place(node):
            return False
    return False


def conflict_setting(tok: Token) -> bool:
    """``tok`` (a place in a locative phrase: ``in_setting``) says where a state of violence or abuses is ("condemned
    the escalation in southern X", "the wave of violence in X", "rights violations in X"): the fighters, not the
    place, are its parties (``conflict_nouns``)."""
    nouns = argument_words()["conflict_nouns"]
    node = tok
    for _ in range(6):
        if node.dep_ == "prep" and node.lower_ in LOCATIVE_PREPS:
            held = node.head
            return held.lemma_.lower() in nouns or held.lower_ in nouns or any(
                g.lower_ in nouns or g.lemma_.lower() in nouns for p in held.children
                if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")
        if node.head == node:
            return False
        node = node.head
    return False


#: acts held somewhere, a rally or a meeting, whose place phrase only says where they were held (``held_in_place``)
GATHERINGS = frozenset({"PROTEST", "CONSULT"})


def held_in_place(tok: Token) -> bool:
    """``tok`` is a place, or a word on a place noun (a people's or an owner's), inside a locative phrase that says where a gathering
    or a meeting was held ("held a rally in Kenya's capital", "staged a protest in the Indian state of Punjab", "a
    strike in Argentina's main port city", "talks in Qatar's capital"): where, not whom; a place is a recipient only
    when it is the target itself. A party modifying a thing there is no setting ("outside the French embassy":
    France)."""
    node = tok
    for _ in range(8):
        head = node.head
        if head == node:
            return False
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
            node = head.head  # "the state of Punjab", "the city of Mwanza"
        elif node.dep_ == "pobj":
            return head.dep_ == "prep" and head.lower_ in LOCATIVE_PREPS and (
                is_place(node) or is_place_head(node) or node.lemma_.lower() in argument_words()["setting_nouns"])
        elif node.dep_ in ("poss", "amod", "compound", "appos", "conj", "case"):
            node = head
        else:
            return False
    return False


#: acts of asking and of protesting: a place in their setting is where the thing asked for or protested happens,
#: never the party addressed (``said_setting``); not a visit, whose place is its host ("arrived in Amman on a
#: visit"), nor a judgement or backing, which is about the place's own rulers ("criticized the closure of guest
#: houses in X", "will support the reform programme in Moldova")
SAID_ACTS = frozenset({"REQUEST", "PROTEST"})


def said_setting(tok: Token, event_type: str | None, anchor: Token | None = None) -> bool:
    """``tok`` is a place, or a word on a place noun, that only says where the thing asked for or protested happens
    ("demanded an end to the fighting in Sudan's Darfur region", "boycotting a dialogue ahead of elections in the
    West African country"): for those acts (``SAID_ACTS``) it is no party addressed, as a place is a recipient only when it is the target itself ("called on Sudan to ..."). A place
    phrase of the request itself or of the thing requested says who would grant it ("requested asylum in Russia"):
    that place stays (``anchor``: the request's word)."""
    if event_type not in SAID_ACTS or not (held_in_place(tok) or tok.dep_ == "det" and held_in_place(tok.head)):
        return False
    if event_type != "REQUEST" or anchor is None:
        return True
    prep = next((n for n in path_up(tok, anchor, 8) if n.dep_ == "prep" and n.lower_ in LOCATIVE_PREPS), None)
    return prep is None or not (prep.head == anchor or prep.head.dep_ in ("dobj", "obj") and prep.head.head == anchor
                                and prep.head.lemma_.lower() not in _truce_nouns())  # "demanded a truce in X": where


@cache
def _truce_nouns() -> frozenset[str]:
    """What a demand asks the fighting sides to keep ("a ceasefire", "a cessation of hostilities": ``arguments.json``);
    its place says where it holds, not who is asked."""
    return frozenset(argument_words()["truce_nouns"])


def described_setting(tok: Token, prep: Token) -> bool:
    """``tok``, inside the place phrase of ``prep``, names no place the act was in: it is in a clause that describes
    the place ("in Khyber district, which borders Afghanistan", "in Idlib, a province that borders Turkey") or names
    the zone of a clock time ("at 4 a.m. local Yemen time")."""
    if tok.head.lower_ == "time" and tok.dep_ in ("compound", "amod", "nmod"):
        return True
    node = tok
    while node != prep and node.head != node:
        if node.dep_ in ("relcl", "acl"):
            return True
        node = node.head
    return False


def is_theatre(prep: Token) -> bool:
    """``prep`` is "in <a whole country>" said of the act itself ("conducted strikes in Syria", "carried out raids
    in Somalia"): the theatre of a campaign, not its target (an attack at a site in a city still names the city's
    country: "attacked a market in Quetta")."""
    if prep.lower_ != "in":
        return False
    doc = prep.doc
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        for span in doc.spans.get("places", []):
            if span.start <= pobj.i < span.end and span._.location is not None and \
                    span._.location.precision == "country":
                return True
    return False
