"""Parties named by places (used by ``events.EventCoder``).

* ``named_party``: the party a token names: the actor of a mention covering it, else the country of a place mention
  covering it ("attacked a checkpoint in Quetta": Pakistan);
* ``metonym``: an unlinked capital or seat of power as a party of a non-physical act is the government it stands
  for;
* ``authorities``: the actor of an agentless passive of a state act is the authorities of its place ("were arrested
  in Dhaka": Bangladesh; "were expelled from Poland": Poland);
* ``hidden_agent``: the actor of an agentless passive told in one of its phrases ("killed in an operation conducted
  by X", "martyred in an exchange of fire with X");
* ``place_country_of``: an event with no named party still stands when it is a physical act whose place is known
  ("unidentified gunmen shot dead two guards in Mombasa").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..models import EventActor
from .counts import location_for
from .eventargs import ArgValue, Args, is_passive, sentence_of

if TYPE_CHECKING:  # pragma: no cover
    from ..actors.dictionary import ActorDictionary

__all__ = ["named_party", "metonym", "authorities", "hidden_agent", "place_country_of", "STATE_ACTS", "PLACED"]


#: acts only a state's authorities do: an agentless passive of one ("were arrested in X", "were expelled from X")
#: has the authorities of the place as its actor
STATE_ACTS = frozenset({"COERCE", "SANCTION"})
#: types kept with no named party when their place is known ("unidentified gunmen killed three policemen in X")
PLACED = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})


def authorities(verb: Token, args: Args, recipients: list[ArgValue]) -> list[ArgValue]:
    """The authorities acting in an agentless passive of a state act: the party of its place phrase ("arrested in
    Dhaka" -> Bangladesh, "expelled from Poland" -> Poland); none when the verb has an agent or no such phrase."""
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return []
    taken = {r.token.i for r in recipients}
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "from", "at", "inside", "across"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.i in taken:
                continue
            found = named_party(pobj, args)
            if found:
                return found
    return []


#: nouns of a fight whose "with" phrase names the other side ("killed in an exchange of fire with militants")
_FIGHT_NOUNS = frozenset({"exchange", "fire", "clash", "encounter", "gunfight", "firefight", "battle", "fighting",
                          "skirmish", "shootout", "crossfire", "engagement"})


def hidden_agent(verb: Token) -> list[Token]:
    """The actor heads of an agentless passive told inside a phrase of the verb: the agent of an operation ("were
    killed in an operation conducted by security forces") or the other side of a fight ("were martyred in an
    exchange of fire with militants")."""
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for tok in prep.subtree:
            if tok.dep_ == "agent":
                return [c for c in tok.children if c.dep_ == "pobj"][:1]
            if tok.dep_ == "prep" and tok.lower_ == "with" and tok.head.lemma_.lower() in _FIGHT_NOUNS:
                return [c for c in tok.children if c.dep_ == "pobj"][:1]
    return []


def place_country_of(doc: Doc, tok: Token) -> bool:
    """The event's place is known down to its country: its own place phrase, or a place of its sentence ("workers
    in Lahore stopped work")."""
    loc = location_for(doc, tok, set())
    if loc is not None and loc.country:
        return True
    sent = sentence_of(tok)
    return any(sent.start <= span.start and span.end <= sent.end and span._.location is not None and
               span._.location.country for span in doc.spans.get("places", []))


#: types whose party may be a place: a capital named there stays the place ("blockade Paris", "attacked Kabul");
#: elsewhere it is the government seated in it ("accused Kabul", "thanked Moscow")
_PHYSICAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "SANCTION"})


def metonym(value: ArgValue, event_type: str | None, day: str | None, dictionary: ActorDictionary) -> ArgValue:
    """An unlinked capital or seat of power as a party of a non-physical act: the government it stands for on
    ``day`` in ``dictionary``."""
    if value.actor.actor_id or value.token.pos_ != "PROPN" or event_type in _PHYSICAL:
        return value
    target = dictionary.metonym(value.actor.text or value.actor.name)
    actor = dictionary.resolve_target(target, str(day)[:10] if day else None) if target else None
    if actor is None:
        return value
    return ArgValue(EventActor(actor_id=actor.id, name=actor.name, text=value.actor.text), True, value.token)


def named_party(tok: Token, args: Args) -> list[ArgValue] | None:
    """The party ``tok`` names: the actor of a mention covering it, else the country of a place covering it."""
    span = args.mentions.at(tok)
    if span is not None:
        return [ArgValue(args.mentions.actor(span), True, tok)]
    country = _place_country(tok, args.dictionary)
    if country is not None:
        return [ArgValue(country, True, tok)]
    return None


def _place_country(tok: Token, dictionary: ActorDictionary | None) -> EventActor | None:
    """The country actor of a place mention covering ``tok`` (from the places component), if any: the actor
    ``dictionary`` has for the place's country code (without a dictionary, or for a code it does not know, the code
    names it)."""
    doc = tok.doc
    if "places" not in doc.spans:
        return None
    for span in doc.spans["places"]:
        if span.start <= tok.i < span.end and span._.location is not None and span._.location.country:
            code = span._.location.country
            actor = dictionary.find(code) if dictionary is not None else None
            name = actor.name if actor is not None else code
            return EventActor(actor_id=actor.id if actor is not None else None, name=name, text=span.text)
    return None
