"""Events told by a noun, as releases write them (used by ``events.EventCoder`` and ``triggering``).

* ``stray_agent``: the "by" phrase the parser hung on the active verb whose object is the event noun ("Canada
  condemned the execution of the prisoners by the Taliban"): an active verb with a subject takes no agent, so the
  "by" party is the noun's doer (the Taliban executed them), never the condemning speaker;
* ``stray_recipients``: likewise the "to"/"on"/"against" phrase hung on a verb of reaction ("condemned the delivery
  of tanks to X by Y"): whom the noun's act is directed at;
* ``named_target``: an event noun aimed "on"/"against" a place named by its "of" phrase ("Russia's attack on the
  Ukrainian port of Odesa", "strikes on the town of X") is aimed at the named place, the target itself;
* ``hedged_noun``: an event noun an adjective marks as not established ("the alleged use of sarin by the regime",
  "the reported shelling of the village by X") is ``alleged`` (docs/annotation.md, Status), not asserted;
* ``aimed_strike``: "strikes" needs a light verb to be an attack ("carried out strikes"), since a strike is also a
  labour stoppage; a strike aimed "on" or "against" someone with its doer named inside the phrase ("Russian strikes
  on Kyiv", "Israel's strikes against Hezbollah") is an attack without one (a labour strike is not aimed at a
  target this way);
* ``standing_accord``: an agreement, pact or treaty kept, broken or left ("breaching the fisheries accord", "for
  flouting its budget agreement", "withdrew from the deal") or one "under" which something is done names a text
  already in force, no agreement reached (AGREE): the verb codes its own act.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..resources import load_word_lists
from .argwords import is_place_head
from .phrases import lemma as _lemma

_WORDS = load_word_lists("events", "nominals.json")
#: adjectives that tell an act as reported or suspected, not established (docs/annotation.md: ``alleged``)
_HEDGES = _WORDS["hedges"]
_FOILS = _WORDS["foil_verbs"]
#: nouns of agreed texts and the verbs of keeping, breaking or leaving one (``standing_accord``)
_ACCORDS = _WORDS["accord_nouns"]
_KEEPING = _WORDS["keeping_verbs"]
#: verbs of reaction to another party's act, which take no "to"/"on"/"against" phrase of their own
_REACTIONS = _WORDS["reaction_verbs"]
#: prepositions of the party an act is directed at
_TOWARD = frozenset({"to", "on", "against"})
#: prepositions of the target of an aimed strike
_AIMED = frozenset({"on", "against"})


def stray_agent(noun: Token) -> list[Token]:
    """The "by" party of the active verb governing the event noun as its object, when the parser attached the
    noun's agent to the verb: the verb has a subject and no passive marker, the "by" phrase follows the noun and
    names a party (a noun, not a gerund of means: "welcomed the move by voting for it")."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ not in ("VERB", "AUX"):
        return []
    deps = {c.dep_ for c in verb.children}
    if "auxpass" in deps or "nsubjpass" in deps or not deps & {"nsubj", "csubj"}:
        return []
    for prep in verb.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ == "by" and prep.i > noun.i:
            return [g for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                    and g.ent_type_ not in _TIMES][:1]  # "the release of the prisoners by Monday": a deadline
    return []


#: entity types of a time, never a party ("by Monday", "on Friday")
_TIMES = frozenset({"DATE", "TIME"})


def stray_recipients(noun: Token) -> list[Token]:
    """The "to"/"on"/"against" parties of the verb of reaction governing the event noun as its object, when the
    parser attached them to the verb after the noun ("condemned the delivery of tanks to X": X)."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or _lemma(verb) not in _REACTIONS:
        return []
    return [g for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in _TOWARD and prep.i > noun.i
            for g in prep.children if g.dep_ == "pobj" and g.ent_type_ not in _TIMES]  # not "on Friday"


def foiled_noun(noun: Token) -> bool:
    """The event noun is what a verb of preventing kept from happening ("foiled a terrorist attack", "thwarted a
    bombing plot on the embassy"): no act told."""
    head = noun.head
    while noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
        noun, head = head.head, head.head.head  # "thwarted a plot of attacks"
    return noun.dep_ in ("dobj", "obj", "nsubjpass") and _lemma(head) in _FOILS


def targets_after_doer(noun: Token) -> list[Token]:
    """The "against"/"on" parties the parser hung on the doer of the event noun's "by" phrase ("the drone attacks by
    Houthi fighters against Saudi Arabia": Saudi Arabia, the attacks' target, not a side of the fighters)."""
    return [g for by in noun.children if by.dep_ == "prep" and by.lower_ == "by"
            for doer in by.children if doer.dep_ == "pobj"
            for prep in doer.children if prep.dep_ == "prep" and prep.lower_ in _AIMED and prep.i > doer.i
            for g in prep.children if g.dep_ == "pobj" and g.ent_type_ not in _TIMES]


def named_target(noun: Token) -> list[Token]:
    """The name in the "of" phrase of a place noun the event noun is aimed at by "on"/"against" ("the attack on the
    Ukrainian port of Odesa": Odesa), when the place noun itself names no party."""
    return [g for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in _AIMED
            for place in prep.children if place.dep_ == "pobj" and is_place_head(place)
            for of in place.children if of.dep_ == "prep" and of.lower_ == "of"
            for g in of.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]


def hedged_noun(noun: Token) -> bool:
    """The event noun carries an adjective of report or suspicion ("the alleged use", "reported shelling")."""
    return any(c.dep_ == "amod" and c.lower_ in _HEDGES for c in noun.children)


def aimed_strike(noun: Token) -> bool:
    """A strike noun aimed at a target by "on"/"against", its doer named inside the phrase (possessive or a
    proper or nationality modifier): "Russian strikes on Kyiv", "Israel's strikes against Hezbollah"."""
    if _lemma(noun) != "strike":
        return False
    aimed = any(c.dep_ == "prep" and c.lower_ in _AIMED and any(g.dep_ == "pobj" for g in c.children)
                for c in noun.children)
    if not aimed:
        return False
    return any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and
                                    (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN"))
               for c in noun.children)


def aimed_targets(noun: Token) -> list[Token]:
    """What an attack noun is aimed at by "on"/"against" ("air strikes on southern X": X)."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ in _AIMED for g in c.children
            if g.dep_ == "pobj"]


def standing_accord(noun: Token) -> bool:
    """An agreement noun that names a text already in force: the object of a verb of keeping, breaking or leaving it
    ("breaching the Korean-Japanese fisheries accord", "flouting its budget agreement", "pulled out of the pact",
    "withdrew from the deal"), or the object of "under" ("exports allowed under the 1994 agreement")."""
    if _lemma(noun) not in _ACCORDS:
        return False
    head = noun.head
    if noun.dep_ == "pobj":
        if head.lower_ == "under":
            return True
        head = head.head if head.head.pos_ != "ADP" else head.head.head  # "pulled out of the pact"
    return noun.dep_ in ("dobj", "obj", "pobj", "nsubjpass") and _lemma(head) in _KEEPING
