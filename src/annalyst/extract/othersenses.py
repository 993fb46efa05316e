"""Verbs of acts used in their other sense: coping with a problem, backing away from a hope, leaving a state.

Commentary on international politics uses the verbs of force and of retreat for what a party feels, thinks or
copes with (docs/annotation.md, "What is an event": general states and assessments are no events):

* a verb of coping whose only "with" phrase names no party ("Kyiv is grappling with mounting fatigue", "the
  government has been wrestling with a debt crisis"): the party copes with a problem, no one is fought;
  "grappled with Azerbaijani troops", "wrestled with the guards" stay attacks (``coping``);
* a verb of retreat with no object whose "from" phrase names an attitude, a hope or the public eye ("retreating from
  his earlier optimism", "has retreated from its ambitions in the Sahel", "withdrew from the limelight"): a change of
  mind or of tone, no force leaves a place; "retreated from two border posts", "withdrew from Kherson", "withdrew
  from the talks" stay (``backing_away``);
* "leave" with an object and the state it is left in ("the pullout leaves the field open to Moscow", "leaves Manila
  exposed"): a result, no departure; "left Kabul for Doha" stays a trip (``leaving_a_state``);
* a participle of indicating with no subject after an act ("held joint naval drills off Japan, signalling a
  deepening alliance"): the writer's reading of the act, no agreement; "signalling its
  readiness to talk" stays the party's own stance (``writers_reading``);
* a verb of sending or moving the dead or wounded, or to a hospital ("the bodies were sent to the morgue"): the
  care of casualties, no deployment (``care_of_casualties``);
* "yield" with an object that is no party, place or town ("the talks did not yield any results"): the verb in its
  sense of producing, no concession or refusal; "refused to yield Kidal to the army" stays (``producing``).
* a verb of watching whose object is a state of affairs ("is keeping a close watch on the situation in X", "is following
  developments closely"): a government keeping itself informed, no investigation of a party; "monitored the
  militia's radio traffic" stays (``watching_a_state``).

The word lists are ``coping_verbs``, ``attitude_nouns``, ``state_leaving_verbs``, ``reading_verbs``,
``intent_nouns``, ``producing_verbs``, ``watching_verbs`` and ``watched_states`` in ``resources/events/nonevents.json`` (the abstract
nouns of ``sense_objects`` count as attitudes too).
"""

from __future__ import annotations

from spacy.tokens import Token

from .argwords import is_party_noun, is_place_head
from .phrases import lemma as _lemma
from .phrases import pobjs

__all__ = ["other_sense"]

#: entity types of a party, a place or a body that a fight or a retreat can be with or from
_CONCRETE_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})


def _party(tok: Token) -> bool:
    """``tok`` or a word of its phrase names a party, a place or a body ("Azerbaijani troops", "the guards")."""
    return tok.ent_type_ in _CONCRETE_ENTS or tok.pos_ == "PROPN" or is_party_noun(tok) or any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in _CONCRETE_ENTS for c in tok.children)


def coping(anchor: Token, event_type: str | None, words: dict[str, frozenset[str]]) -> bool:
    """An attack verb of coping with no object whose "with" phrases name no party ("is grappling with mounting
    fatigue among its backers"): the verb's other sense."""
    if event_type != "ASSAULT" or _lemma(anchor) not in words["coping_verbs"]:
        return False
    if any(c.dep_ in ("dobj", "obj") for c in anchor.children):
        return False
    partners = pobjs([anchor], ("with",))
    return bool(partners) and not any(_party(p) or _party_of(p) for p in partners)


def _party_of(noun: Token) -> bool:
    """A conjunct of ``noun`` names a party ("with inflation and the rebels")."""
    return any(_party(c) for c in noun.conjuncts)


def backing_away(anchor: Token, event_type: str | None, words: dict[str, frozenset[str]]) -> bool:
    """A retreat verb with no object whose "from" phrases all name an attitude or a hope ("retreated from its
    ambitions in the Sahel"): a change of mind, no withdrawal."""
    if event_type != "RETREAT" or any(c.dep_ in ("dobj", "obj") for c in anchor.children):
        return False
    left = pobjs([anchor], ("from",))
    attitudes = words["attitude_nouns"] | words["sense_objects"]
    return bool(left) and all(_lemma(g) in attitudes and not g.ent_type_ for o in left for g in (o, *o.conjuncts))


def leaving_a_state(anchor: Token, words: dict[str, frozenset[str]]) -> bool:
    """"leave" with an object and the state it is left in ("leaves the field open to Moscow", "leaves
    Manila exposed"): the verb makes a state, no one departs (not "left Kabul for Doha", nor "left Kherson to
    regroup", whose infinitive tells why the force left)."""
    if _lemma(anchor) not in words["state_leaving_verbs"]:
        return False
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj")]
    if any(c.dep_ in ("oprd", "ccomp", "xcomp") and c.pos_ in ("ADJ", "VERB") and c.i > anchor.i and
           not any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in anchor.children):
        # an infinitive is the purpose of a departure ("left Kherson to regroup"), no state the object is left in
        return bool(objects)
    return any(c.dep_ == "amod" and c.i > o.i for o in objects for c in o.children)  # "the way [free]"


def writers_reading(anchor: Token, words: dict[str, frozenset[str]]) -> bool:
    """A participle of indicating with no subject of its own after an act ("held joint drills off Japan,
    signalling a deepening alliance"): the writer's reading of that act, no second act. A party's own
    stance it signals ("signalling its readiness to talk", "signalled its intention to") stays."""
    if anchor.tag_ != "VBG" or anchor.dep_ not in ("advcl", "conj") or _lemma(anchor) not in words["reading_verbs"]:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        return False
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj")]
    stances = words["commitment_nouns"] | words["intent_nouns"]
    return bool(objects) and not any(_lemma(o) in stances or any(c.dep_ == "poss" for c in o.children)
                                     for o in objects)


def producing(anchor: Token, words: dict[str, frozenset[str]]) -> bool:
    """"yield" with an object that is no party, place or town ("the talks did not yield any results", "will not
    yield a settlement"): the verb in its sense of producing, no concession or refusal; "refused to yield Kidal to
    the army" stays."""
    if _lemma(anchor) not in words["producing_verbs"]:
        return False
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj")]
    return bool(objects) and not any(_party(o) or is_place_head(o) for o in objects)


def care_of_casualties(anchor: Token, event_type: str | None, words: dict[str, frozenset[str]]) -> bool:
    """A verb of sending or moving whose patient is the dead or wounded, or whose "to" phrase is a hospital ("the
    bodies of three constables were sent to the morgue", "the injured were shifted to hospital"): the care of the
    casualties of an attack, no deployment; "troops were sent to the district" stays, and so does a force sent to a
    hospital ("commandos were deployed to the hospital"), unless its people are the wounded ("soldiers wounded in the
    clash were flown to a hospital")."""
    if event_type != "MOBILIZE":
        return False
    patients = [c for c in anchor.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    casualties = [p for p in patients if _lemma(p) in words["casualty_nouns"] or p.lower_ in words["casualty_nouns"]
                  or any(c.dep_ in ("amod", "acl") and c.lower_ in words["casualty_nouns"] for c in p.children)]
    if casualties:
        return True
    return not any(_party(p) for p in patients) and any(_lemma(g) in words["care_places"]
                                                       for g in pobjs([anchor], ("to",)))


def other_sense(anchor: Token, event_type: str | None, words: dict[str, frozenset[str]]) -> bool:
    """The verb at ``anchor`` is used in its other sense (see the module docstring); ``words`` are the non-event
    word lists."""
    return coping(anchor, event_type, words) or backing_away(anchor, event_type, words) or \
        leaving_a_state(anchor, words) or writers_reading(anchor, words) or producing(anchor, words) or \
        care_of_casualties(anchor, event_type, words) or watching_a_state(anchor, event_type, words)


def watching_a_state(anchor: Token, event_type: str | None, words: dict[str, frozenset[str]]) -> bool:
    """A verb of watching coded as an investigation whose object is a state of affairs ("will watch the situation
    off its coast", "staff are following the situation of stranded workers"): no act aimed at a party."""
    return event_type == "ACCUSE" and _lemma(anchor) in words["watching_verbs"] and any(
        c.dep_ in ("dobj", "obj") and _lemma(c) in words["watched_states"] for c in anchor.children)
