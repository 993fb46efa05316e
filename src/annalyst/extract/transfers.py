"""Goods and money handed to a party: the conditions under which a verb of transfer tells material help.

A verb of transfer ("delivered", "shipped", "handed over", "sent", "transferred", "committed", "shared ... with") is
AID (CAMEO 070, PLOVER AID) whatever the goods' noun, when its object is a concrete or counted thing ("40 armoured
vehicles", "200,000 test kits", "generators and water pumps", "$2 billion in support") given to a party. The same
verbs carry words, feelings, powers, knowledge or honours in their figurative senses ("delivered a speech", "sent a
message", "handed over power", "shared her views"), which are no help; and goods a firm sells to a customer
("Airbus delivered 40 aircraft to Emirates") are trade, no aid. The conditions ``goods_obj`` and ``no_firm_giver`` of
the event lexicon (``entryconditions.holds``) are these two tests.
"""

from __future__ import annotations

from functools import lru_cache

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..resources import load_word_lists
from .argwords import is_party_noun
from .phrases import by_participle
from .phrases import lemma as _lemma

if TYPE_CHECKING:
    from .eventargs import Args

__all__ = ["MONEY", "goods_object", "firm_giver", "money_in", "given_by", "help_received"]

#: amounts of money, whose "in" phrase says what the money is ("$50 million in aid"; also read by the event
#: lexicon's conditions, ``entryconditions``)
MONEY = frozenset({"$", "dollar", "pound", "euro", "yuan", "yen", "rupee", "riyal", "dirham", "franc", "million",
                   "billion"})
#: the head of an amount of money or a measured quantity ("$5 million", "500 tonnes of wheat")
_AMOUNTS = MONEY | frozenset({"kroner", "krona", "tonne", "ton", "truckload", "shipment", "consignment", "cargo",
                              "batch", "lot", "set", "unit", "kilogram", "litre", "liter", "barrel"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return load_word_lists("events", "transfers.json")


def _counted(tok: Token) -> bool:
    """A thing told by its number or amount, or several things ("40 vehicles", "$2 billion", "tents and blankets",
    "medical supplies"): goods, where a single bare noun ("a speech", "power") is as likely a figure of speech."""
    return tok.tag_ in ("NNS", "NNPS", "CD", "$") or tok.like_num or _lemma(tok) in _AMOUNTS or any(
        c.dep_ in ("nummod", "conj") or c.tag_ == "CD" for c in tok.children)


def money_in(obj: Token | None) -> list[Token]:
    """The nouns of an amount's "in" phrase, which say what the money is ("$2 billion in support"), whether the
    parser hangs the phrase on the amount or on its verb ("committed 300 million dollars in assistance to X")."""
    if obj is None or _lemma(obj) not in _AMOUNTS:
        return []
    heads = [obj] + ([obj.head] if obj.dep_ in ("dobj", "obj") else [])
    return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
            if p.dep_ == "pobj"]


def goods_object(obj: Token | None, args: Args) -> bool:
    """The object of a verb of transfer is goods or money: a counted or plural thing, not a party ("sent troops",
    "sent an envoy" are other acts), not words, powers or honours (``transfers.json``); an amount's "in" phrase, when
    it has one, must name help ("$2 billion in support", not "$2 billion in revenue")."""
    if obj is None or args.mentions.at(obj) is not None or is_party_noun(obj):
        return False  # "sent 500 troops", "dispatched inspectors": people moved, not goods
    words = _words()
    if _lemma(obj) in words["abstract_objects"] or obj.lower_ in words["abstract_objects"]:
        return False
    if obj.dep_ in ("dobj", "obj") and any(
            c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") and any(
                p.dep_ == "pobj" and _lemma(p) in words["destination_areas"] for p in c.children)
            for c in obj.head.children):
        return False  # "sent 30 warplanes to the air defence identification zone": where a force goes, no help
    if any(_lemma(c) in words["abstract_objects"] for c in obj.children if c.dep_ == "compound"):
        return False  # "shared intelligence reports": what the compound names
    if _lemma(obj) in words["money_in"]:
        return True  # "committed emergency aid to X": help itself
    ins = money_in(obj)
    if ins and _lemma(obj) in _AMOUNTS:
        return any(_lemma(p) in words["money_in"] or p.lower_ in words["money_in"] for p in ins)
    return _counted(obj)


def firm_giver(verb: Token, args: Args) -> bool:
    """The subject is an organisation the actor dictionary does not know as a state or a body ("Airbus", "Tesla"):
    goods it delivers are its trade, no help given by a party (a person named, "Ambassador X", may give)."""
    for subj in args.subject_heads(verb):
        span = args.mentions.at(subj)
        if span is not None and span.kb_id_.startswith("new:") and span.label_ != "PERSON":
            return True
    return False


def given_by(verb: Token) -> Token | None:
    """The "by" phrase of a participle of giving that modifies the goods ("a shipment of wheat donated by X to Y",
    "maize gifted by X"): the giver, whatever the clause the goods are part of says ("arrived in Port Sudan"); not
    when the thing is no goods ("the support provided by X", "the information shared by X"), nor when no receiver
    is told: "these doses donated by X" name the goods of a gift told before."""
    words = _words()
    if verb.dep_ != "acl" or _lemma(verb) not in words["giving_participles"] or \
            _lemma(verb.head) in words["abstract_objects"]:
        return None  # "the support provided by our partners": help praised, no goods handed
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None  # "these doses donated by X are produced in Y": goods of a gift told before, named by its giver
    return by_participle(verb)


def help_received(verb: Token) -> bool:
    """The object of a receiving verb is help itself or an amount of it ("will receive a $5 million assistance",
    "will receive 3 million dollars in assistance"): aid the subject gets even when the giver is told elsewhere;
    an amount of anything else ("received $3 million in prize money") is not."""
    words = _words()["money_in"]
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(_lemma(o) in words or any(_lemma(p) in words for p in money_in(o)) for o in objs)
