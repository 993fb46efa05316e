"""Events told from the receiving side ("Ukraine received air-defence missiles from Germany", "the government won
the backing of the United States"): the subject is the recipient and the party of the "from"/"by" phrase, or the
owner of the object noun ("the backing of X", "X's backing"), is the actor.

The verb classes that are read this way carry ``undergone`` in resources/events/verb_classes.json; fire taken from an
attacker keeps its own reading (military.attackers), this module names the givers of everything else.
"""

from __future__ import annotations

from spacy.tokens import Token

from .transfers import money_in

__all__ = ["givers"]

#: prepositions naming the giver of what the subject received
_FROM = frozenset({"from", "by"})


def _heads(verb: Token) -> list[Token]:
    """The verb, its object and the nouns of the object's "of" phrase ("a shipment of missiles from X", "delivery of
    tanks from X"), where a parser may hang the "from" phrase."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    inner = [p for o in objs for prep in o.children if prep.dep_ == "prep" and prep.lower_ in ("of", "in")
             for p in prep.children if p.dep_ == "pobj"]
    inner += [p for o in inner for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in prep.children if p.dep_ == "pobj"]
    inner += [p for o in objs for p in money_in(o) if p not in inner]  # "received $3 million in aid from X"
    return [verb, *objs, *inner]


def givers(verb: Token, owned: bool = True) -> list[Token]:
    """Who gives what the subject of a receiving verb got: the "from"/"by" phrase of the verb or of its object
    ("received missiles from Germany"), else the owner of the object ("won the backing of France", "won France's
    backing"), when ``owned``; [] when none is told ("received missiles")."""
    heads = _heads(verb)
    out = [p for h in heads for prep in h.children if prep.dep_ in ("prep", "agent") and prep.lower_ in _FROM
           for p in prep.children if p.dep_ == "pobj"]
    if out or not owned:
        return out
    objs = heads[1:2]
    return [c for o in objs for c in o.children if c.dep_ == "poss" and c.pos_ != "PRON"] + [
        p for o in objs for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children if p.dep_ == "pobj"]
