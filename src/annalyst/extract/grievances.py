"""Whom a protest or a threat is aimed at when no object of its verb names it.

A protest is told by what the crowd did ("staged a sit-in", "began a hunger strike", "blocked highways") and, after
it, why: a purpose clause ("to protest Ethiopia's decision", "to demand the resignation of President Ruto", "to show
their anger at the government's policy", "calling for independence from Somalia") or a phrase of protest ("in
protest against the dismissal of union leaders by the port authority"). The party the grievance is about is the
protest's recipient: the grievance itself when it is a party, else its owner ("Ethiopia's decision"), else the party
its "of", "by" or "from" phrase names.

A threat is told by the act threatened and its condition: "threatened to close the strait unless Washington lifted
its sanctions", "threatened to halt the exchange if Israel kept up its strikes": the party whose act the condition
names is the one threatened, when the threatened act names no party itself.

Word lists: ``resources/events/arguments.json`` (``grievance_verbs``, ``grievance_nouns``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Token

from ..resources import load_word_lists
from .argwords import is_party_noun
from .phrases import lemma as _lemma
from .phrases import pobjs

#: nouns and prepositions of "in protest against/at/over/of X", "in defiance of X", "in opposition to X"
_PROTEST_NOUNS = frozenset({"protest", "defiance", "opposition"})
_PROTEST_PREPS = ("against", "at", "over", "of", "to")
#: prepositions whose object names the party behind a grievance noun
_OWNER_PREPS = ("of", "by", "from")
#: clause markers of a threat's condition
_CONDITIONS = frozenset({"unless", "if"})


def _party(tok: Token, args: Any) -> bool:
    return args.mentions.at(tok) is not None or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (
        tok.pos_ == "NOUN" and is_party_noun(tok))


def _owners(noun: Token, args: Any, depth: int = 0) -> list[Token]:
    """The party a grievance noun phrase is about: itself, its possessor, or the party of its of/by/from phrase
    (one level down: "the dismissal of union leaders by the port authority")."""
    if _party(noun, args):
        return [noun]
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" and _party(c, args)]
    if owners:
        return owners
    found: list[Token] = []
    for prep in _OWNER_PREPS:
        for obj in pobjs([noun], (prep,), ("prep", "agent")):
            found += [obj] if _party(obj, args) else (_owners(obj, args, depth + 1) if depth < 1 else [])
    by = [t for t in found if t.head.lower_ == "by"]
    return by or found  # the doer of the grievance before whom it concerns


def _grievance_heads(holders: Iterable[Token]) -> list[Token]:
    words = load_word_lists("events", "arguments.json")
    verbs, nouns = words["grievance_verbs"], words["grievance_nouns"]
    heads: list[Token] = []
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ in ("advcl", "xcomp", "acl") and _lemma(clause) in verbs and (
                    clause.tag_ == "VBG" or any(a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children)):
                objects = [o for o in clause.children if o.dep_ in ("dobj", "obj")]
                feelings = [o for o in objects if _lemma(o) in nouns]  # "to show their anger at X"
                heads += pobjs(feelings, ("at", "over", "against", "with", "for", "towards")) if feelings else objects
                heads += pobjs([clause], ("against", "for", "from", "at", "over"))
        for noun in pobjs([holder], ("in",)):
            if _lemma(noun) in _PROTEST_NOUNS:  # "in protest against X", "in defiance of X", "in opposition to X"
                heads += pobjs([noun], _PROTEST_PREPS)
    return heads


def grievance_parties(anchor: Token, noun: Token | None, args: Any) -> list[Token]:
    """The parties a protest told by ``anchor`` (its verb) and ``noun`` (its event noun, if any) is aimed at, from
    its purpose clause or phrase of protest; [] when none names a party."""
    holders = [anchor] if noun is None or noun is anchor else [anchor, noun]
    out: list[Token] = []
    for head in _grievance_heads(holders):
        out += [t for t in _owners(head, args) if t not in out]
    return out


def threatened_parties(anchor: Token, args: Any) -> list[Token]:
    """The party a threat's condition names ("unless Washington lifted its sanctions": Washington), on the threat
    verb or on the act threatened."""
    acts = [anchor, *(c for c in anchor.children if c.dep_ in ("xcomp", "ccomp"))]
    for act in acts:
        for clause in act.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in clause.children):
                subjects = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") and _party(s, args)]
                if subjects:
                    return subjects
    return []
