"""Who is a state's envoy in a text of diplomatic disputes: an envoy noun ("the Russian ambassador", "Iran's charge
d'affaires"), and for a summons also an envoy told by name or post ("Hideo Tarumi, Japan's ambassador", "ambassador
Alison LeClaire") or a member of a foreign mission ("the head of the Belarusian mission"). Words from
``demands.json`` (``envoy_nouns``, ``mission_nouns``, ``mission_staff``); read by ``demands``. Also the state an
envoy noun stands for (``envoy_states``: "recalled its ambassador to France" is aimed at France)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..models import EventActor
from ..resources import load_word_lists
from .eventargs import ArgValue, Args
from .phrases import lemma as _lemma
from .phrases import object_of, pobjs

if TYPE_CHECKING:  # pragma: no cover
    from .triggering import Match

__all__ = ["is_envoy", "named_envoy", "envoy_after_date", "is_party", "state_of", "envoy_states", "with_envoy_states"]

#: event types of measures and complaints whose envoy object stands for the envoy's state
_ENVOY_TYPES = frozenset({"ACCUSE", "SANCTION", "REJECT"})
#: prepositions of an envoy noun naming the state it represents or is posted to ("the ambassador of Iran / to France")
_ENVOY_PREPS = ("of", "to", "in", "from")


def _words() -> dict[str, frozenset[str]]:
    return load_word_lists("events", "demands.json")


def is_envoy(tok: Token | None) -> bool:
    """An envoy noun not told by name ("the Russian ambassador", "its envoy to France"): the noun stands for its
    state."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    words = _words()["envoy_nouns"]
    if _lemma(tok) in words or tok.lower_ in words:
        return not any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in tok.children)
    return False


def named_envoy(tok: Token) -> bool:
    """An envoy told by name or by post ("Hideo Tarumi, Japan's ambassador", "ambassador Alison LeClaire", "the US
    ambassador, Lynne Tracy") or a member of a mission ("the head of the Belarusian mission", "a senior official of
    the Chinese Embassy"; not "the heads of mission", no state named): summoning one is the same official complaint
    as summoning an envoy noun, the person or mission its recipient."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    words = _words()
    if _lemma(tok) in words["envoy_nouns"]:
        return True
    if any(c.dep_ in ("appos", "compound") and (_lemma(c) in words["envoy_nouns"] or c.lower_ in words["envoy_nouns"])
           for c in tok.children):  # "charge d'affaires X": the lemmatizer's "d'affaire" of the noun
        return tok.ent_type_ == "PERSON"
    return _lemma(tok) in words["mission_staff"] and any(
        g.dep_ == "pobj" and _lemma(g) in words["mission_nouns"] and any(
            m.dep_ in ("amod", "compound", "poss") and m.ent_type_ in ("NORP", "GPE", "ORG") for m in g.lefts)
        for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def envoy_after_date(verb: Token) -> Token | None:
    """The object of a summons the parser hung on a date told before it ("summoned on Monday Indian Deputy High
    Commissioner X": X taken as the object of "on", the day as its compound), or None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i != verb.i + 1:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and any(c.dep_ == "compound" and c.ent_type_ == "DATE" and c.i == prep.i + 1
                                           for c in noun.lefts):
                return noun
    return None


def is_party(tok: Token, args: Args) -> bool:
    """A word that names a party: a mention, a named entity of a state, group, body or person, or nationals
    (``_national``)."""
    return args.mentions.at(tok) is not None or tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or _national(tok)


def _national(tok: Token) -> bool:
    """"the US companies involved", "the relevant Japanese entities": people or firms named by their country
    (``national_party_nouns``) are a party a measure or a response is aimed at."""
    return _lemma(tok) in _words()["national_party_nouns"] and any(
        c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP") for c in tok.lefts)


def state_of(tok: Token, args: Args) -> ArgValue | None:
    """The state a word names ("Russia", "French", "Moscow"), even inside a longer mention ("Russia's ambassador"
    is linked to an office holder); else the party the word's own phrase resolves to."""
    code = args.dictionary.country_code(tok.text) if args.dictionary is not None else None
    actor = args.dictionary.find(code) if code else None
    if actor is not None:
        return ArgValue(EventActor(actor_id=actor.id, name=actor.name, text=tok.text), True, tok)
    span = args.mentions.at(tok)
    if span is not None and span.root != tok and span.root.i > tok.i:
        return None  # a word inside a name that is no state's ("Hamas" of "Hamas's envoy" is a party of its own)
    value = args.resolve(tok, role="recipient")
    return value if isinstance(value, ArgValue) else None


def envoy_states(envoy: Token, args: Args, actors: list[Token]) -> list[ArgValue]:
    """The party an envoy noun stands for: its possessor ("Russia's ambassador"), its nationality or party modifier
    ("the French ambassador"), or the state of its "of / to / in / from" phrase ("its ambassador to France"); never
    the actors' own state (a pronoun possessor or the actor's own country is the sender)."""
    own = {v.actor.actor_id for v in (state_of(a, args) for a in actors) if v is not None and v.actor.actor_id}
    found: list[Token] = [c for c in envoy.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    found += [c for c in envoy.lefts if c.dep_ in ("amod", "compound") and is_party(c, args)]
    found += [g for c in envoy.children if c.dep_ == "prep" and c.lower_ in _ENVOY_PREPS
              for g in c.children if g.dep_ == "pobj" and is_party(g, args)]
    values = [v for v in (state_of(t, args) for t in found) if v is not None]
    return [v for v in values if not v.actor.actor_id or v.actor.actor_id not in own][:1]


def with_envoy_states(m: Match, args: Args) -> Match:
    """A verb match of a measure or complaint whose object is an unnamed envoy ("recalled its ambassador to France"),
    with the envoy's state as its recipient; any other match unchanged."""
    if m.nominal or m.recipients is not None or m.trigger.event_type not in _ENVOY_TYPES:
        return m
    obj = object_of(m.anchor)
    # the envoy or mission measured ("recalled its ambassador"), or the envoy a complaint is handed to ("handed a
    # protest note to Japan's ambassador")
    told = [obj, *pobjs((m.anchor, m.token), ("to", "with"))]
    envoy = next((t for t in told if t is not None and (is_envoy(t) or (
        t is obj and _lemma(t) in _words()["mission_nouns"]))), None)
    if envoy is None or (m.light and envoy is obj):
        return m
    states = envoy_states(envoy, args, args.subject_heads(m.anchor))
    return replace(m, recipients=[], parties=states) if states else m
