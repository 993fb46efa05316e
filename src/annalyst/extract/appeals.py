"""The party an appeal or demand is addressed to when the text names it by a common noun of people (issue 17).

"Kenya appealed to donors for more food aid", "the UN is urging donors to pledge more", "Germany appealed to both
sides to exercise restraint": the request is directed at the people addressed (the object of the verb or of its
"to"/"on"/"upon"), named by the noun phrase, though no dictionary knows them, and not at a party of what they are
asked to do ("urged donors to help Afghanistan": the donors are asked). A dictionary name or a party noun the
argument resolver already knows ("called on all parties") is left to it.

An appeal told with a clause the parser did not attach as the verb's phrase: "called for Israel to withdraw" (the
"for X to" clause read as an adverbial clause marked "for": ``clause_preposition``), "asked that Serbia recognise
the documents" (``asked_that``).

A reporter's request for comment or an interview, and declining or refusing one, is no event (``press_request``).
A call, appeal, demand or request ignored or defied is non-compliance only when the text says whose it is or what
it asks ("ignored calls from the African Union", "the UN's request", "a demand to withdraw"): "ignored a second
request" (for comment, said before) and "ignored a phone call from X" tell no appeal (``named_call``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..models import EventActor
from ..resources import load_word_lists
from .eventargs import ArgValue, Args, is_party_noun, is_passive, object_of
from .phrases import lemma as _lemma
from .phrases import np_text

if TYPE_CHECKING:
    from .triggering import Match

__all__ = ["asked_that", "clause_preposition", "named_call", "press_request", "with_addressee"]

#: prepositions of a verb of asking that name whom it is addressed to ("appealed to X", "called on X")
_ADDRESS_PREPS = frozenset({"to", "on", "upon"})


def with_addressee(m: Match, args: Args) -> Match:
    """A REQUEST verb match addressed to people named by a common noun no resolver knows ("appealed to donors"),
    with them as its recipient; any other match unchanged."""
    if m.trigger.event_type != "REQUEST" or m.nominal or m.light or m.recipients is not None or \
            m.parties is not None or m.token != m.anchor or is_passive(m.anchor):
        return m
    verb = m.anchor
    told = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")] or [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in _ADDRESS_PREPS for g in c.children
        if g.dep_ == "pobj"]
    if not told:  # "called for Israel to withdraw": the subject of the "for" clause is asked
        asked = [s for c in verb.children if c.dep_ in ("advcl", "ccomp") and clause_preposition(verb) and any(
            k.dep_ == "mark" and k.lower_ == "for" for k in c.children) for s in c.children if s.dep_ == "nsubj"]
        return replace(m, recipients=asked) if asked else m
    tok = told[0]
    if tok.pos_ != "NOUN" or args.mentions.at(tok) is not None or not is_party_noun(tok) or \
            isinstance(args.resolve(tok, role="recipient"), ArgValue):
        return m
    text = np_text(tok)
    return replace(m, parties=[ArgValue(EventActor(actor_id=None, name=text, text=text), False, tok)])


def clause_preposition(verb: Token) -> str | None:
    """"for" when the parser made the "for X to ..." of a verb a clause marked by it rather than a prepositional
    phrase ("called for Israel to withdraw": advcl "withdraw" with the mark "for"), so that the verb is read as
    "call for"; else None."""
    for child in verb.children:
        if child.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children) \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return "for"
    return None


def asked_that(verb: Token, args: Args) -> Match | None:
    """"The European Union asked that Serbia recognise the documents": an appeal (REQUEST, CAMEO 020) to the
    subject of the that-clause, when it names a party; "asked whether X would ..." is a question, no appeal."""
    from .eventlex import lexicon
    from .triggering import Match as Found

    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
            continue
        asked = [s for s in args.subject_heads(clause) if s.pos_ != "PRON" and
                 isinstance(args.resolve(s, role="recipient", allow_unknown=False), ArgValue)]
        trig = lexicon().trigger_for_code("020", "curated")
        if asked and trig is not None:
            return Found(verb, trig, verb, recipients=asked)
    return None


@lru_cache(maxsize=1)
def _press_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of a request and what a reporter requests ("a request for comment"), read once on first use."""
    words = load_word_lists("events", "obligations.json")
    return words["press_request_nouns"], words["press_request_topics"]


def press_request(m: Match) -> bool:
    """True for a reporter's request for comment told as an appeal ("Reuters' request for comment") or as what a
    rejection refuses ("declined a request for comment", "refused requests for an interview"): no event."""
    if m.trigger.event_type == "REQUEST" and m.token.pos_ == "NOUN":
        noun: Token | None = m.token
    elif m.trigger.event_type == "REJECT" and m.token.pos_ == "VERB":
        noun = object_of(m.token)
    else:
        return False
    press_nouns, press_topics = _press_words()
    return noun is not None and _lemma(noun) in press_nouns and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and _lemma(g) in press_topics
                                                       for g in c.children) for c in noun.children)


def named_call(noun: Token | None) -> bool:
    """A call, appeal, demand or request named by its author or its content ("calls from the African Union",
    "Washington's request", "a demand to withdraw its troops", "appeals for a ceasefire"); not a telephone call nor
    a bare "second request"."""
    if noun is None or any(c.dep_ == "compound" and _lemma(c) in _phone_words() for c in noun.children):
        return False  # "ignored a phone call from X": no appeal
    return any(c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ in ("acl", "relcl") or
               c.dep_ == "prep" and c.lower_ in ("from", "by", "of", "for") or
               c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
               for c in noun.children)


@lru_cache(maxsize=1)
def _phone_words() -> frozenset[str]:
    """The modifiers of a "call" that make it a telephone call, no appeal."""
    return load_word_lists("events", "obligations.json")["phone_call_modifiers"]
