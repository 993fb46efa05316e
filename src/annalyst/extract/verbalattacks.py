"""Words of force used for words: an attack of speech between parties is a criticism, not an assault.

Political news tells a war of words with the verbs and nouns of force ("attacked the prime minister over his
remarks", "targeted the finance minister in a speech", "fired back at Canberra, calling the report a fabrication",
"launched a blistering attack on the opposition", "Erdogan's attacks on German lawmakers for voting ..."). Such an
act is disapproval (PLOVER ACCUSE, CAMEO 111 criticize or denounce: docs/annotation.md, ACCUSE is condemnation and
criticism), never ASSAULT. The construction says which sense is meant, not the verb:

* what is attacked is a statement, a policy, a decision or a text ("attacked India's statement on Kashmir",
  "attacked the budget"): words and measures are criticised, never struck; the author (the possessor) is the one
  criticised;
* the act has a reason of speech or conduct ("over his remarks", "for delaying the bills", "for her silence");
* the act is told in a medium of speech ("in a speech", "in an interview", "on social media", "at a press
  conference", "in an opinion piece");
* a manner only speech has ("sharply attacked", "publicly attacked"), or an attack noun only words make ("a
  blistering attack", "personal attacks");
* the same subject goes on speaking ("fired back at X, calling the report a fabrication", "targeted X over her
  remarks and said ...");
* the subject is a speaker that wields no force of its own (a spokesperson, a ministry, an embassy, a lawmaker, a
  party, a newspaper), or a named person who attacks another person (not a country, a town or a unit: "Putin
  attacked Ukraine" stays an assault).

A weapon or means told with the act ("with batons", "fired shells at", "fired missiles at") keeps the material
sense, and so does a passive ("the senator was attacked outside his home"). "Militants attacked a convoy", "the
army fired shells at rebel positions", "gunmen attacked a police station" have none of these cues and stay ASSAULT.

The idiom "take aim / a swipe / a jab at X" is the same criticism (a class of ``verb_classes.json``).

The word lists are ``resources/events/verbalattacks.json`` (with the statement and policy nouns of
``nonevents.json``'s ``idea_objects``, ``statements.json``'s ``claim_nouns``, ``argwords.json``'s
``document_nouns`` and ``measure_nouns``, ``claims.json``'s ``report_verbs`` and ``label_verbs``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..resources import load_json
from .phrases import lemma as _lemma

__all__ = ["verbal_attack"]

#: the verbs and nouns of force whose figurative sense is speech
_FORCE_WORDS = frozenset({"attack", "target", "fire", "hit", "strike", "shoot", "assault", "blast", "bombard",
                          "broadside", "salvo", "volley", "shot", "shots", "barrage", "onslaught"})

#: the material means of an attack: a "with" phrase or an object naming one keeps the ordinary sense
_MEANS = frozenset({"baton", "stick", "knife", "machete", "gun", "rifle", "stone", "rock", "tear", "gas", "bullet",
                    "shell", "missile", "rocket", "mortar", "drone", "bomb", "grenade", "artillery", "weapon",
                    "water", "cannon", "club", "axe", "sword", "fist", "acid", "torpedo", "round", "munition",
                    "airstrike", "strike", "raid", "shelling", "fire", "gunfire", "force"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    own = load_json("events/verbalattacks.json")
    non = load_json("events/nonevents.json")
    stm = load_json("events/statements.json")
    arg = load_json("events/argwords.json")
    clm = load_json("events/claims.json")
    w = {k: frozenset(v) for k, v in own.items() if not k.startswith("_")}
    w["said_things"] = frozenset(non["idea_objects"]) | frozenset(stm["claim_nouns"]) | \
        frozenset(arg["document_nouns"]) | frozenset(arg["measure_nouns"]) | \
        frozenset({"statement", "remark", "comment", "tariff", "sanction", "policy", "proposal", "move", "plan",
                   "resolution", "decision", "programme", "program", "agenda", "record", "bill", "budget"})
    w["saying_verbs"] = frozenset(clm["report_verbs"]) | frozenset(clm["label_verbs"]) | frozenset(
        arg["accuse_of_verbs"]) | frozenset({"accuse", "claim", "allege", "mock", "ridicule", "question", "urge",
                                             "demand", "ask", "insist", "charge", "blame", "slam", "criticize",
                                             "criticise", "condemn"})
    return w


def _kids(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children if o.dep_ in ("pobj", "pcomp")]


def _material(tok: Token) -> bool:
    """A weapon or means told with the act ("with batons", "fired shells at"): the ordinary sense."""
    things = _pobjs(tok, ("with",)) + _kids(tok, ("dobj", "obj"))
    return any(_lemma(t) in _MEANS or t.lower_ in _MEANS for t in things)


def _speech_reason(tok: Token, w: dict[str, frozenset[str]]) -> bool:
    """A reason of speech or conduct: "over his remarks", "for her silence", "for delaying the bills"."""
    for p in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("over", "for")):
        for o in p.children:
            if o.dep_ == "pcomp" and o.tag_ == "VBG" and p.lower_ == "for":
                return True
            if o.dep_ == "pobj" and (_lemma(o) in w["said_things"] or _lemma(o) in w["conduct_nouns"]):
                return True
    return False


def _medium(tok: Token, w: dict[str, frozenset[str]]) -> bool:
    """Told in a medium of speech: "in a speech", "on social media", "at a press conference", "on Twitter"."""
    for o in _pobjs(tok, ("in", "on", "at", "during", "via", "through")):
        if _lemma(o) in w["medium_nouns"] or o.lower_ in w["medium_nouns"] or \
                (o.ent_type_ in ("ORG", "PRODUCT") and o.text in ("Twitter", "X", "Facebook", "Telegram")):
            return True
    return False


def _saying_goes_on(tok: Token, w: dict[str, frozenset[str]]) -> bool:
    """The subject goes on speaking: "fired back at X, calling the report a fabrication", "... and said"."""
    return any(_lemma(c) in w["saying_verbs"] and c.pos_ == "VERB" and not _kids(c, ("nsubj",))
               for c in tok.children if c.dep_ in ("advcl", "conj", "xcomp"))


def _head_of_subject(tok: Token) -> Token | None:
    if tok.pos_ == "NOUN" or tok.pos_ == "PROPN":
        owners = _kids(tok, ("poss",))
        return owners[0] if owners else None
    subj = _kids(tok, ("nsubj",))
    if subj:
        return subj[0]
    if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.pos_ == "VERB":
        return _head_of_subject(tok.head)
    return None


def _person(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in tok.children if c.dep_ == "compound")


def _speaker(subj: Token | None, w: dict[str, frozenset[str]]) -> bool:
    if subj is None:
        return False
    return any(_lemma(t) in w["speaker_heads"] or t.lower_ in w["speaker_heads"]
               for t in (subj, *(c for c in subj.children if c.dep_ == "compound")))  # "Finance Minister X"


def _targets(tok: Token) -> list[Token]:
    """What the act is aimed at: the object, or the "at", "on", "against" phrase."""
    objs = [o for o in _kids(tok, ("dobj", "obj")) if _lemma(o) not in _FORCE_WORDS]
    return objs or _pobjs(tok, ("at", "on", "against", "upon"))


def _person_target(targets: list[Token]) -> bool:
    from .argwords import is_party_noun

    return bool(targets) and all(_person(t) or (t.ent_type_ == "" and is_party_noun(t) and t.lower_ not in (
        "convoy", "base", "post", "station", "position", "positions")) for t in targets) and \
        not any(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP") for t in targets)


def verbal_attack(anchor: Token, noun: Token | None = None) -> bool:
    """The ASSAULT candidate of ``anchor`` (the verb, or the light verb of ``noun``, an attack noun) tells an
    attack of words (see the module docstring): the coder codes it as a criticism."""
    tok = noun if noun is not None else anchor
    if _lemma(tok) not in _FORCE_WORDS and tok.lower_ not in _FORCE_WORDS:
        return False
    if noun is None and any(c.dep_ in ("nsubjpass", "auxpass") for c in anchor.children):
        return False
    w = _words()
    if _material(tok) or (noun is not None and anchor is not noun and _material(anchor)):
        return False
    here = [tok] if noun is None or anchor is noun else [tok, anchor]
    targets = _targets(tok) if noun is None else _pobjs(tok, ("on", "against", "at"))
    if targets and all(_lemma(t) in w["said_things"] and t.ent_type_ == "" for t in targets):
        return True  # "attacked India's statement", "attacked the budget"
    if any(_speech_reason(t, w) or _medium(t, w) or _saying_goes_on(t, w) for t in here):
        return True
    if noun is None and any(_lemma(c) in w["speaking_manners"] for c in _kids(anchor, ("advmod",))):
        return True
    if noun is None and _lemma(anchor) == "hit" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in anchor.children) and not _kids(anchor, ("dobj", "obj")):
        return True  # "hit back against X": the retort the lexicon codes for "hit back at X"
    if noun is not None and any(_lemma(c) in w["speaking_modifiers"] or c.lower_ in w["speaking_modifiers"]
                                for c in _kids(noun, ("amod", "compound"))):
        return True
    subj = _head_of_subject(tok) if noun is None or anchor is noun else (
        _head_of_subject(noun) or _head_of_subject(anchor))
    if noun is not None and anchor is not noun and noun.dep_ not in ("dobj", "obj"):
        subj = _head_of_subject(noun)
    if _speaker(subj, w):
        return True
    return subj is not None and _person(subj) and _person_target(targets)

