"""Protest told by its noun with no protester named: "protests erupted in Caracas", "riots broke out in several
cities", "a general strike paralysed Dhaka" (used by ``events.EventCoder``); an act done "in protest" (used by
``triggering.TriggerMatcher``).

A noun of protest (a PROTEST trigger noun) that is the subject of a verb of eruption or spread
(``resources/events/crowds.json``), told as having happened (a finite past or present verb, or a perfect), is a
protest that took place; its actor is the crowd it implies, a generic agent: the protesters (``agent:OPP``), or the
workers for a strike (``agent:LAB``). "Analysts expect protests to spread" (an infinitive) tells none.

An act told as done "in protest" ("a monk set himself on fire in protest against Chinese rule", "villagers occupied
the mine in protest") is a protest (CAMEO 140) when it is no other event or only a coercive one (an occupation, a
fire set); what the protest is against, at or over is its recipient. A measure a state takes in protest ("recalled
its ambassador in protest") keeps its own type.

Walking out of a session or a body ("walked out of the assembly") is a walkout; walking out of a meeting, a hall
or a speech is one only with a protest cue ("in protest", "over" a grievance, "as" a speaker spoke): those are left
every day (``walked_out``, used by ``triggering.TriggerMatcher`` for the walkout class of ``verb_classes.json``).

An act of blocking or of street disorder whose doers are all a crowd of civilians (protesters, students,
workers, farmers, residents, a crowd told by its size: "farmers blockaded the border crossing", "students blocked
the ministry's entrance, preventing staff from leaving", "demonstrators threw stones at riot police", "thousands
stormed the parliament") is a protest, an obstruction (CAMEO 144) or a riot (145), not a state's restriction (COERCE)
nor an armed attack (ASSAULT): only a state restricts a party's movement or freedom, and a crowd's stones and
storming are how a protest turns violent (PLOVER PROTEST riot: "protest violently"). The violent verbs are the
``disorder_verbs`` of ``crowds.json``; an attack on people ("protesters beat a policeman to death") stays an attack
(``crowd_code``).

Being "on strike" or "on hunger strike" ("doctors have been on strike for two weeks") is a strike by the subject
of the copula: the idiom has no determiner ("the focus was on the drone strike" is no strike) and its subject can
strike (a party, people); a batter "on strike for the final over" faces the bowling (``on_strike``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from ..models import EventActor
from ..resources import load_json
from .agents import AGENT_PREFIX, agent_code, is_agent
from .eventargs import ArgValue, is_party_noun
from .phrases import lemma as _lemma
from .phrases import np_text, preps_of
from .phrases import pobjs

__all__ = ["crowd_code", "erupted", "labour_strike", "on_strike", "protest_by", "protest_crowd", "protest_phrase", "protest_targets", "walked_out"]

#: the verb forms that tell an act as having happened or happening: past, present, perfect participle
_TOLD = frozenset({"VBD", "VBZ", "VBP"})


@lru_cache(maxsize=1)
def _eruption_verbs() -> frozenset[str]:
    return frozenset(load_json("events", "crowds.json")["eruption_verbs"])


@lru_cache(maxsize=1)
def _sport_words() -> frozenset[str]:
    return frozenset(load_json("events", "crowds.json")["sport_words"])


@lru_cache(maxsize=1)
def _disorder_verbs() -> frozenset[str]:
    return frozenset(load_json("events", "crowds.json")["disorder_verbs"])


#: agent sectors of a crowd of civilians: protesters and the opposition, workers, students, farmers, residents and
#: crowds told by their size, health workers, lawyers, traders
_CROWD = frozenset({"OPP", "LAB", "EDU", "AGR", "CVL", "HLH", "JUD", "BUS"})


def crowd_code(verb: Token, event_type: str, mode: str | None, actors: list[Any]) -> str | None:
    """The CAMEO code a crowd's act of ``event_type`` and ``mode`` told by ``verb`` takes: an obstruction in protest
    (144) for a restriction ("students blocked the entrance", "dockworkers barricaded the gates, preventing lorries
    from entering"), a riot (145) for an attack told by a verb of street disorder ("hurled stones at police",
    "stormed the parliament"); None when an actor is no crowd of civilians or the act is of another kind."""
    if not actors or not all(is_agent(a.actor) and a.actor.actor_id.removeprefix(AGENT_PREFIX) in _CROWD
                             for a in actors):
        return None
    if event_type == "COERCE" and mode in ("restrict", None):
        return "144"  # "blocked the entrance", "blockaded the crossing": no arrest, seizure or curfew of a state
    if event_type == "ASSAULT" and _lemma(verb) in _disorder_verbs():
        return "145"
    return None


#: the named entities that can strike
_STRIKER_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})

#: agent sectors of armed forces and groups: a "strike" or "march" by them is an attack or a movement of forces
_ARMED = frozenset({"MIL", "COP", "REB", "UAF", "SEP", "RAD"})


def protest_by(noun: Token, lex: Any) -> Any:
    """The strike trigger of a "strike" noun whose modifier tells a stoppage of work (``labour_strike``); the
    protest trigger of a protest noun whose "by" phrase names the protesters ("a sit-in by nurses", "a march
    by farmers", "a strike by dock workers"): the phrase tells who protests, so the noun stands with no light verb
    and a "strike" so told is a labour strike (CAMEO 143); None when the phrase names no people or an armed force
    ("strikes by coalition aircraft", "a march by troops")."""
    word = _lemma(noun)
    trig = lex.trigger_for_code("143", "curated") if word == "strike" else lex.noun(word)
    if word == "strike" and trig is not None and labour_strike(noun):
        return replace(trig, mode="strike")  # "a 72-hour nationwide strike", "an indefinite strike"
    if trig is None or trig.event_type != "PROTEST" or not (word == "strike" or trig.conditions.get("needs_light_verb")):
        return None
    doers = pobjs([noun], ("by",))
    if not doers or not all(d.pos_ == "NOUN" and is_party_noun(d) and agent_code(d) not in _ARMED for d in doers):
        return None
    if word == "strike":
        return replace(trig, mode="strike")
    return replace(trig, conditions={k: v for k, v in trig.conditions.items() if k != "needs_light_verb"})


@lru_cache(maxsize=1)
def _labour_modifiers() -> frozenset[str]:
    return frozenset(load_json("events", "crowds.json")["labour_strike_modifiers"])


#: units of a stoppage's length ("a 72-hour strike", "a one-day strike")
_SPANS = frozenset({"hour", "day", "week", "month"})


def labour_strike(noun: Token) -> bool:
    """A "strike" noun whose own modifier tells a stoppage of work: a scope or a kind only a stoppage has
    ("a general strike", "a nationwide strike", "an indefinite strike", ``labour_strike_modifiers``) or a length
    in hours or days ("a 72-hour strike", "a one-day strike"); an attack is named by its weapon or its aim
    ("a drone strike", "precision strikes") and never so."""
    for c in noun.children:
        if c.dep_ not in ("amod", "compound", "nmod", "npadvmod"):
            continue
        if _lemma(c) in _labour_modifiers() or c.lower_ in _labour_modifiers():
            return True  # by the written form too: the trades are listed as plurals ("a doctors strike")
        if _lemma(c) in _SPANS and any(g.dep_ == "nummod" for g in c.children):
            return True
    return False


def on_strike(noun: Token, copula: Token) -> list[Token] | None:
    """The strikers of "<subject> <copula> on (hunger) strike" ("miners have been on strike since March"): the
    subject when the idiom has no determiner, the subject can strike and no sports word tells a batter's turn
    ("was on strike for the final over"); else None."""
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return None  # "the focus was on the drone strike", "attention was on the protest"
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    if not subjects or not all(is_party_noun(s) or s.pos_ == "PROPN" or s.ent_type_ in _STRIKER_ENTS
                               for s in subjects):
        return None
    sport = _sport_words()
    if any(t.pos_ in ("NOUN", "PROPN") and _lemma(t) in sport for t in noun.sent):
        return None
    return subjects


def erupted(noun: Token) -> bool:
    """The protest noun is the subject of a verb of eruption or spread told as having happened ("protests erupted",
    "riots have broken out", "the strike paralysed X"), or of a passive telling it held ("protests were staged
    across X": ``held_protest``); not an infinitive ("expect protests to spread")."""
    verb = noun.head
    if noun.dep_ == "nsubjpass" and verb.lower_ in _staging_participles():
        return held_protest(verb) and not any(c.lower_ == "no" for c in noun.children)  # "no protests were held"
    if noun.dep_ != "nsubj" or verb == noun or _lemma(verb) not in _eruption_verbs():
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if _lemma(verb) == "break" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False  # "riots broke out", not "the strike broke the union"
    perfect = verb.tag_ == "VBN" and (any(c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children) or (
        verb.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)))
    return verb.tag_ in _TOLD or perfect  # a main verb the tagger read as a participle ("a strike paralysed X")


def held_protest(verb: Token) -> bool:
    """A passive that tells its protest noun as held, with no organiser named ("protests were staged across X",
    "rallies have been held in Y"): told as having happened (not "will be held", not negated) and with no "by"
    phrase, which names the protesters itself ("a march was staged by farmers")."""
    kids = list(verb.children)
    if any(c.dep_ in ("agent", "neg") or (c.dep_ == "aux" and _lemma(c) != "have") for c in kids):
        return False
    return any(c.dep_ == "auxpass" and (c.tag_ in _TOLD or any(a.dep_ == "aux" for a in kids)) for c in kids)


@lru_cache(maxsize=1)
def _staging_participles() -> frozenset[str]:
    return frozenset(load_json("events", "crowds.json")["staging_participles"])


def protest_crowd(noun: Token, mode: str | None) -> ArgValue:
    """The crowd a protest noun implies as its actor: workers for a strike, protesters otherwise."""
    code, name = ("LAB", "workers") if mode == "strike" else ("OPP", "protesters")
    return ArgValue(EventActor(actor_id=AGENT_PREFIX + code, name=name, text=np_text(noun)), False, noun)


def protest_phrase(verb: Token) -> Token | None:
    """The "protest" noun of an "in protest" (or "as a protest") phrase of the verb, or None."""
    return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "as")
                 for p in c.children if p.dep_ == "pobj" and _lemma(p) == "protest"), None)


def protest_targets(protest: Token) -> list[Token]:
    """What a protest is against, at or over: "in protest against Chinese rule" -> rule."""
    return pobjs([protest], ("against", "at", "over"))


def _out_of(verb: Token) -> list[Token]:
    """The objects of the "out of" phrase of a verb ("walked out of the assembly"), its "of" hung on the verb or on
    "out" (the parser does both)."""
    outs = [c for c in verb.children if c.lower_ == "out"]
    if not outs:
        return []
    return preps_of([verb, *outs]).get("of", [])


#: the prepositions that give a walkout its grievance ("walked out over the ruling", "at the remarks")
_GRIEVANCE_PREPS = frozenset({"over", "at", "against"})


def walked_out(verb: Token, cond: dict) -> bool:
    """Walking out of a session or a body ("out_of" words) is a walkout; a meeting, a hall or a speech
    ("out_of_cued" words) is left every day, so only a protest cue makes it one: "in protest", a grievance after
    "over"/"at"/"against", or "as" a speaker spoke."""
    places = _out_of(verb)
    if any(_lemma(p) in cond["out_of"] or p.lower_ in cond["out_of"] for p in places):
        return True  # the head: "out of the assembly", not "out of the debate hall"
    cued = cond.get("out_of_cued", frozenset())
    if not any(_lemma(t) in cued for p in places for t in (p, *p.children) if t is p or t.dep_ in ("compound", "amod")):
        return False
    for c in (c for holder in (verb, *places) for c in holder.children):
        if c.dep_ == "prep" and (c.lower_ in _GRIEVANCE_PREPS or c.lower_ == "in" and any(
                _lemma(g) == "protest" for g in c.children)):
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            return True
    return False
