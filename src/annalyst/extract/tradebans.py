"""Trade bans: a state's ban on another party's goods, or on buying or supplying them (economic statecraft).

* A ban whose object is goods named by a party other than the actor's country ("Russia banned Moldovan wine",
  "India banned several products made in China") is an embargo on that party (CAMEO 163, PLOVER SANCTION), not a
  restriction at home (COERCE 172); the party that names the goods is the recipient.
* A ban on buying, using or importing a party's goods ("Sweden barred its operators from using Huawei equipment",
  "state ministries will be barred from purchasing ZTE handsets") is a measure against the party the goods are named by,
  the firm or the country, never against the buyers barred, who are the actor's own; a ban on supplying or selling
  to a party ("barred its exporters from supplying the Iranian buyer") is one against the party supplied. The act barred
  (the buying, the supplying) is no event of its own (``barred_acts_dropped``).
* The noun of a ban whose "on" phrase names a foreign party's goods ("announced a ban on Japanese seafood imports",
  "imposed a ban on Lebanese fruit") is the same embargo (``embargo_noun``).

Goods named by no party ("banned 59 apps", "banned single-use plastics") and people ("banned British officials from
entering", a travel ban of ``demands``) are left to the other rules. The words are ``resources/events/tradebans.json``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..resources import load_word_lists
from .argwords import is_party_noun
from .eventargs import Args, is_passive
from .eventlex import Trigger, lexicon
from .parties import named_party
from .phrases import lemma as _lemma
from .phrases import object_of

if TYPE_CHECKING:
    from .triggering import Match

__all__ = ["barred_goods", "barred_acts_dropped", "embargo_noun"]

#: the CAMEO code of an embargo on a party (PLOVER SANCTION), and its mode as the lexicon's class of trade stopped
#: gives it ("halted grain exports to X": verb_classes.json)
_EMBARGO = "163"
_STOPPED = "discontinue"


def _embargo() -> Trigger | None:
    trig = lexicon().trigger_for_code(_EMBARGO, "curated")
    return replace(trig, mode=_STOPPED) if trig is not None else None


def _words() -> dict[str, frozenset[str]]:
    return load_word_lists("events", "tradebans.json")


def _own(verb: Token, args: Args) -> set[str]:
    """The country codes of the subject of ``verb`` (the state that bans)."""
    return {(v.actor.actor_id or "")[:3] for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
            for v in (named_party(s, args) or ())} - {""}


def _named_by(tok: Token, args: Args, own: set[str]) -> list[Token]:
    """The tokens of parties other than ``own`` that name ``tok``: its modifiers ("Moldovan wine", "Huawei
    equipment", "Japan's seafood") and its origin ("products made in Turkey", "steel from China")."""
    words = _words()
    names = [t for c in tok.lefts if c.dep_ in ("amod", "compound", "poss", "nmod") for t in c.subtree
             if t.pos_ != "PRON"]
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ == "from":
            names += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "acl" and _lemma(c) in words["origin_verbs"]:
            names += [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "by", "from")
                      for g in p.children if g.dep_ == "pobj"]
    return [t for t in names for v in (named_party(t, args) or ())
            if v.actor.actor_id and v.actor.actor_id[:3] not in own][:3]


def _goods(tok: Token, args: Args, own: set[str], brands: bool = False) -> list[Token]:
    """The foreign parties naming goods ``tok``, or the goods of its "of" phrase ("imports of Moldovan wine");
    none when ``tok`` names people or is a party itself (those are travel bans or rules at home). With ``brands``
    a proper name modifying the goods is their maker even when no party is known by it ("Hikvision cameras")."""
    if args.mentions.at(tok) is not None or _lemma(tok) in _words()["people_words"] or is_party_noun(tok) or \
            any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
        return []
    named = _named_by(tok, args, own)
    if named:
        return named
    if brands:
        named = [c for c in tok.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                 and not any((v.actor.actor_id or "")[:3] in own for v in (named_party(c, args) or ()))][:1]
        if named:
            return named
    return [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj" for t in _named_by(g, args, own)]


def _barred_act(verb: Token) -> Token | None:
    """The act a ban forbids: the gerund of its "from" phrase ("banned operators from using ...")."""
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                 if g.dep_ in ("pcomp", "pobj") and g.pos_ == "VERB"), None)


def barred_goods(verb: Token, args: Args) -> Match | None:
    """A ban on a foreign party's goods, or on buying or supplying them, by the verb ``verb``: SANCTION 163 aimed at
    the party the goods are named by (or the party supplied), or None."""
    words = _words()
    if _lemma(verb) not in words["ban_verbs"]:
        return None
    own = _own(verb, args)
    act = _barred_act(verb)
    if act is not None:
        if _lemma(act) in words["buying_verbs"]:
            obj = object_of(act)
            aimed = _goods(obj, args, own, brands=True) if obj is not None else []
        elif _lemma(act) in words["selling_verbs"]:
            # the "to" phrase of the party supplied, which the parser may label a dative ("selling drones to Iran")
            supplied = [g for g in (object_of(act), *(g for c in act.children if c.dep_ in ("prep", "dative") and
                                                      c.lower_ == "to" for g in c.children if g.dep_ == "pobj"))
                        if g is not None]
            aimed = [g for g in supplied if any((v.actor.actor_id or "")[:3] not in own
                                                for v in (named_party(g, args) or ()))] or \
                [t for g in supplied if is_party_noun(g) for t in _named_by(g, args, own)]
        else:
            return None
    else:
        obj = object_of(verb)
        aimed = _goods(obj, args, own) if obj is not None and not is_passive(verb) else []
    if not aimed:
        return None
    trig = _embargo()
    if trig is None:
        return None
    from .triggering import Match as Found

    return Found(verb, trig, verb, recipients=aimed)


def barred_acts_dropped(found: list[Match]) -> list[Match]:
    """``found`` without the acts a trade ban forbids ("from using Huawei equipment", "from supplying X"): the ban
    is the one event, the buying or supplying is not told as done."""
    barred = {act.i for m in found if m.trigger.cameo == _EMBARGO and m.token == m.anchor
              and _lemma(m.token) in _words()["ban_verbs"] and (act := _barred_act(m.token)) is not None}
    return [m for m in found if m.anchor.i not in barred and m.token.i not in barred] if barred else found


def embargo_noun(m: Match, args: Args) -> Match:
    """A ban told as a noun whose "on" phrase names a foreign party's goods ("announced a ban on Japanese seafood
    imports") is an embargo (SANCTION 163) on that party, not a restriction at home (COERCE 172)."""
    if m.trigger.event_type != "COERCE" or _lemma(m.token) not in _words()["ban_nouns"]:
        return m
    own = _own(m.anchor, args)
    goods = [g for c in m.token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
             for g in c.children if g.dep_ == "pobj"]
    if not any(_goods(g, args, own) for g in goods):
        return m
    trig = _embargo()
    return replace(m, trigger=trig) if trig is not None else m


def imposed_on(measure: Token | None) -> list[Token]:
    """The party a relative clause of a measure noun says it was imposed on ("lifted the sanctions it had imposed on
    X", "extended its suspension of the restrictions it imposed against officials of Y"): the measure's target, the
    recipient of a measure extended, eased or lifted. The "of" phrase of a suspension, waiver or easing is climbed
    to the measure it names."""
    if measure is None:
        return []
    nouns = [measure] + [g for p in measure.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"]
    return [g for noun in nouns for clause in noun.children if clause.dep_ in ("relcl", "acl") and
            _lemma(clause) in _words()["imposing_verbs"] for p in clause.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for g in p.children if g.dep_ == "pobj"]
