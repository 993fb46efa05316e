"""A party's record: acts told as repeated, as a trend or over a long stretch, no act the text reports.

Profiles and backgrounders of armed groups tell what a party has done over its history in the same verbs as news
tells the acts of the day. docs/annotation.md counts an act that happened ("it happened, is happening") and leaves
out general states and background; acts told as a habit or a tally of a party's history are its record, told to
say who the party is:

* repeated: a past or present perfect act with an adverb of repetition and no date of its own ("has repeatedly
  attacked X", "its fighters have frequently abducted aid workers", "has threatened X on numerous occasions"), or
  with an adverb of a trend, dated or not ("it increasingly targeted political figures"); a present perfect with an
  adverb of what mostly happened ("has mainly targeted Westerners"); a dated act keeps its date ("repeatedly struck
  X on Tuesday");
* over a long stretch: an act, or a participle clause hung on one, told "over time", "over the years" or
  "throughout the 1980s" ("Over time, the group gained a reputation, carrying out bombings");
* a tally of acts: an undated present perfect whose object is a plural act noun counted vaguely ("has carried out
  thousands of attacks", "has launched dozens of raids", "numerous assassinations"): the number of acts of a
  history, not one act; a count ("conducted 23 strikes") or a date keeps the event.

``background.background`` calls ``record`` for every event; the word lists are in ``resources/events/records.json``.
"""

from __future__ import annotations

import re
from spacy.tokens import Token

from ..resources import load_word_lists
from .time import is_present_perfect

__all__ = ["record"]

#: a decade written as a plural year ("the 1980s", "the '90s")
_DECADE = re.compile(r"^(?:\d{3}0|'\d0)s$")
#: clauses below a verb that carry their own time ("said it attacked X on Monday")
_OWN_CLAUSES = frozenset({"ccomp", "conj", "advcl", "relcl", "parataxis", "xcomp", "acl"})


def words() -> dict[str, frozenset[str]]:
    """The word lists of ``resources/events/records.json``, as sets."""
    return load_word_lists("events", "records.json")


def _dated(verb: Token) -> bool:
    """The verb's own clause holds a date or time ("on Tuesday", "in 2019"), not counting clauses of their own."""
    stack = [c for c in verb.children if c.dep_ not in _OWN_CLAUSES]
    while stack:
        t = stack.pop()
        if t.ent_type_ in ("DATE", "TIME"):
            return True
        stack.extend(c for c in t.children if c.dep_ not in _OWN_CLAUSES)
    return False


def _past_or_perfect(verb: Token) -> bool:
    return verb.pos_ == "VERB" and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and (
        is_present_perfect(verb) or (verb.dep_ == "conj" and is_present_perfect(verb.head)))))


def _occasions(verb: Token) -> bool:
    """An "on numerous occasions" phrase on the verb (or, as the parser may hang it, on its object)."""
    w = words()
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pobj" and g.lemma_.lower() == "occasion" and g.tag_ == "NNS" and any(
            q.dep_ in ("amod", "nummod", "det") and q.lower_ in w["occasion_counts"] for q in g.children)
        for g in c.children) for h in holders for c in h.children)


def repeated(verb: Token) -> bool:
    """A past or present perfect act told as repeated, as a trend or as what mostly happened (module docstring)."""
    if not _past_or_perfect(verb):
        return False
    w = words()
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if adverbs & w["trend_adverbs"]:
        return True
    if adverbs & w["main_adverbs"] and is_present_perfect(verb) and not _dated(verb):
        return True
    return bool(adverbs & w["repeat_adverbs"] or _occasions(verb)) and not _dated(verb)


def _long_stretch(verb: Token) -> bool:
    """An "over time", "over the years" or "throughout the 1980s" phrase on the verb."""
    w = words()
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in w["stretch_preps"]:
            for g in c.children:
                if g.dep_ == "pobj" and (g.lower_ in w["stretch_nouns"] or _DECADE.match(g.lower_)):
                    return True
    return False


def over_long_stretch(verb: Token) -> bool:
    """The act, or the verb its participle clause or conjunct hangs on, is told over a long stretch."""
    node = verb
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") and _long_stretch(node):
            return True
        if node.dep_ == "conj" or (node.dep_ == "advcl" and node.tag_ == "VBG"):
            node = node.head
        else:
            return False
    return False


def _counted_vaguely(noun: Token) -> bool:
    """A plural act noun counted vaguely: "numerous assassinations", "thousands of attacks"."""
    w = words()
    if noun.tag_ != "NNS":
        return False
    if any(c.dep_ in ("amod", "nummod", "det") and c.lower_ in w["vague_counts"] for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in w["vague_counts"]


def tally(token: Token, verb: Token, nominal: bool) -> bool:
    """An undated present perfect whose object is a plural act noun counted vaguely (module docstring)."""
    if not is_present_perfect(verb) and not (verb.dep_ == "conj" and verb.tag_ == "VBN" and
                                             is_present_perfect(verb.head)):
        return False
    noun: Token | None = token
    if not nominal:
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        noun = next((g for o in objs for g in (o, *(p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                                                    for p in c.children if p.dep_ == "pobj"))
                     if g.lemma_.lower() in words()["act_nouns"]), None)
    return noun is not None and _counted_vaguely(noun) and not _dated(verb)


def record(token: Token, anchor: Token, nominal: bool) -> bool:
    """The event at ``token`` (its word) and ``anchor`` (its verb, or the light verb of its noun) is told as a party's
    record: repeated, a trend, over a long stretch or a vague tally of acts (module docstring)."""
    if anchor.pos_ not in ("VERB", "AUX"):
        return False
    return repeated(anchor) or over_long_stretch(anchor) or tally(token, anchor, nominal)
