"""Acts told as a capability or as the menace of a party's attacks: no act happens (docs/annotation.md, "Not events").

Military releases describe what a force can do and what a strike is meant to deny it in the same words as acts:

* a capability: the infinitive of an ability noun ("degrade ISIS's ability to plan attacks", "has the capability to
  strike targets 300 km away", "al-Shabaab's capacity to attack civilians") or of "able/capable" after a present or
  future "be/remain" ("ISIS remains able to conduct attacks", "the battalion will be able to respond"): a capability
  described, no act; a past "was able to retake the town" tells the act done and stays;
* the menace of attacks: "threaten" whose subject is an act or a thing, not a party ("attacks that threaten the U.S.
  homeland", "drones that threaten shipping"): the sense "endanger", no warning of an act by a party (PLOVER
  THREATEN is a party's warning);
* an act a force exists or is deployed to deter ("the task force exists to deter Houthi attacks"): the act the
  purpose names has not happened;
* the aim of a mission, operation or effort, told by the infinitive on its noun ("supported Iraqi army operations
  to defeat Daesh", "continues its mission to defeat ISIS remnants"): a purpose or a standing commitment, no act
  of its own; the operation's start, when told ("launched an operation to retake Mosul"), is the event.

Read by ``nonevents.no_act``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..resources import load_word_lists
from .phrases import lemma as _lemma

__all__ = ["capability", "menace", "deterred", "aim_of_mission"]

#: tags of finite verbs, which tell an act of their own whatever the parser hangs them on
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: dependencies by which a clause or noun is a complement of the word above it
_UP = frozenset({"xcomp", "acl", "relcl", "dobj", "obj", "pobj", "prep", "conj", "ccomp", "advcl"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return load_word_lists("events", "abilities.json")


def _to_infinitive(tok: Token) -> bool:
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def capability(anchor: Token) -> bool:
    """The act is the infinitive of an ability noun, or of "able/capable" after a present or future "be/remain"
    (see the module docstring); the climb stops at a finite clause of its own, and a finite verb the parser
    conjoins to the infinitive ("has the ability to strike Haifa and fired 30 rockets at it") tells its own act."""
    if anchor.tag_ in _FINITE:
        return False
    w = _words()
    node = anchor
    for _ in range(6):
        if node.dep_ not in _UP or node.head == node:
            return False
        below, node = node, node.head
        lemma = _lemma(node)
        if _to_infinitive(below) and below.dep_ in ("acl", "xcomp"):
            if node.pos_ == "NOUN" and lemma in w["ability_nouns"]:
                return True
            if lemma in w["ability_adjectives"] and node.dep_ in ("acomp", "xcomp", "ROOT"):
                verb = node.head if node.dep_ != "ROOT" else node
                auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb]
                return not any(a.tag_ in ("VBD", "VBN") for a in auxes)  # "was able to retake": done
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("ROOT", "ccomp", "advcl") and not _to_infinitive(node) \
                and node.tag_ != "VBG":
            return False  # a finite clause: its own act
    return False


def menace(anchor: Token, event_type: str | None) -> bool:
    """"threaten" whose subject, or the noun its relative clause is on, is an act or a thing, not a party."""
    if event_type != "THREATEN" or _lemma(anchor) != "threaten":
        return False
    subjects = [c for c in anchor.children if c.dep_ == "nsubj"]
    if anchor.dep_ == "relcl" and (not subjects or subjects[0].tag_ == "WDT"):
        subjects = [anchor.head]
    return bool(subjects) and all(s.pos_ == "NOUN" and _lemma(s) in _words()["menacing_things"] for s in subjects)


def deterred(noun: Token) -> bool:
    """An act noun that is the object of a verb of deterring or preventing in a purpose infinitive ("exists to deter
    Houthi attacks", "deployed to prevent pirate attacks"): the act has not happened."""
    verb = noun.head
    return noun.dep_ in ("dobj", "obj") and _lemma(verb) in _words()["deterring_verbs"] and _to_infinitive(verb)


def aim_of_mission(anchor: Token) -> bool:
    """The act is the to-infinitive on a noun of a mission, operation or effort (see the module docstring), or a
    verb coordinated with one ("its mission to degrade and defeat ISIS")."""
    node = anchor
    if node.dep_ == "conj" and node.head.tag_ == "VB" and anchor.tag_ not in _FINITE:
        node = node.head  # not a finite verb conjoined to it: "its mission to defeat ISIS and launched strikes"
    if not _to_infinitive(node):
        return False
    missions = _words()["mission_nouns"]
    if node.dep_ == "acl":
        return node.head.pos_ == "NOUN" and _lemma(node.head) in missions
    # the parser may hang the infinitive on the verb whose object the noun is ("supported Iraqi army operations to
    # defeat Daesh", "continues its mission to defeat ISIS remnants")
    return node.dep_ == "xcomp" and any(
        c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and _lemma(c) in missions and c.i < node.i
        for c in node.head.children)
