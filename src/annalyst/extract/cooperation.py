"""Cooperation senses of verbs and nouns whose default is another act (PLOVER CONSULT and COOPERATE, CAMEO 04/06).

A courtesy call ("the army chief called on the minister in Riyadh") is a visit, not the appeal that "called on X
to ..." is; a body joined ("joined NATO", "joined the Shanghai Cooperation Organisation") is cooperation while a
militia or an army joined is recruitment; a telephone conversation or talks "had" with a party is held like talks
"held" with it. Word lists: ``resources/events/cooperation.json``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..resources import load_json, load_word_lists
from .phrases import lemma as _lemma
from .phrases import pobjs

if TYPE_CHECKING:
    from .eventargs import Args

__all__ = ["call_with", "medium_partners", "rung_up", "meeting_holder", "purpose_partners", "setting_partners", "talk_holder", "courtesy_call", "truce_in_force", "intent_code", "meeting_preps", "joins_body", "not_held", "object_owner", "phone_partners", "stance_owner", "visit_arrival", "HAVE_MEETING"]

#: verbs that hold a meeting named by their object only when the object is a consultation ("had talks with X",
#: "had a telephone conversation with X"); "had an agreement" or "has a ban" are states, no act
HAVE_MEETING = frozenset({"have"})
_PARTY_PREFIX = "IGO-"
#: prepositions that set a clause in a meeting ("X said after talks with Y": X took part); a call also with "in"
#: ("in a telephone conversation with Y, X said"), not talks ("engages in negotiations with Y" is the verb's act)
_MEETING_PREPS = frozenset({"after", "during", "at", "following", "before"})
_CALL_MEETING_PREPS = _MEETING_PREPS | {"in"}


def meeting_preps(mode: str | None) -> frozenset[str]:
    """The prepositions that set a clause in a meeting of this mode (``_MEETING_PREPS``; a call: also "in")."""
    return _CALL_MEETING_PREPS if mode == "phone" else _MEETING_PREPS


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    return load_word_lists("events", "cooperation.json")


def joins_body(obj: Token | None, args: Args) -> bool:
    """The object of "join" names an organisation, alliance or treaty: a body whose name or head is one of the body
    words, or an intergovernmental actor of the dictionary ("joined NATO")."""
    if obj is None:
        return False
    words = _lists()["body_words"]
    if _lemma(obj) in words or any(_lemma(c) in words for c in obj.children if c.dep_ in ("compound", "amod")):
        return True
    span = args.mentions.at(obj)
    return span is not None and (span.kb_id_.startswith(_PARTY_PREFIX) or
                                 any(_lemma(t) in words for t in span))


def courtesy_call(verb: Token) -> bool:
    """"X called on Y" with nothing asked of Y: no infinitive, clause or "for" phrase after it ("called on the
    minister in Riyadh"), a courtesy call (CAMEO 042 make a visit) rather than an appeal ("called on Y to ...")."""
    if _lemma(verb) != "call" or any(c.dep_ in ("xcomp", "advcl", "prt") or c.dep_ == "ccomp" and not _told_after(c)
                                     for c in verb.children):
        return False
    marks = _lists()["appeal_marks"]
    preps = [c for c in verb.children if c.dep_ == "prep"]
    called = [p for c in preps if c.lower_ in ("on", "upon") for p in c.children if p.dep_ == "pobj"]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if objects:  # "called on Minister X": the parse may leave "on" bare and make X the object
        if not any(p.lower_ in ("on", "upon") and not list(p.children) and p.i + 1 == objects[0].left_edge.i
                   for p in preps):
            return False
        called = objects
    if not called or any(c.lower_ in marks for c in preps) or verb.dep_ in ("xcomp", "acl") and verb.tag_ == "VBN":
        return False
    return not any(t.lower_ in marks and t.i > called[0].i for p in called for t in p.subtree)


def _told_after(clause: Token) -> bool:
    """A past-tense clause with no subordinator the parse hangs on "called on X" ("called on President X and the two
    leaders discussed trade"): what followed the call, told as done, nothing asked."""
    return clause.tag_ == "VBD" and not any(c.dep_ in ("mark", "aux") for c in clause.children)


@lru_cache(maxsize=1)
def _in_force_verbs() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("events", "cooperation.json")["in_force_verbs"].items()}


def truce_in_force(noun: Token) -> bool:
    """A ceasefire or truce told as the subject of a verb of taking effect ("the truce took effect at midnight", "a
    ceasefire came into force", "the ceasefire has held"): declared and in force (CAMEO 0871), its parties named by
    its "between" phrase (``in_force_verbs``)."""
    head = noun.head
    words = _in_force_verbs().get(_lemma(head)) if noun.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") else None
    if words is None:
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "obj")] + [
        p for c in head.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children if p.dep_ == "pobj"]
    if not words:
        return not any(c.dep_ in ("dobj", "obj") for c in head.children)  # "the truce held", not "held talks"
    return any(_lemma(o) in words for o in objects)


@lru_cache(maxsize=1)
def _intent_codes() -> dict[str, str]:
    return dict(load_json("events", "cooperation.json")["intent_codes"])


def intent_code(act_cameo: str | None) -> str:
    """The CAMEO code of a stated intent to do the cooperative act coded ``act_cameo`` (``intent_codes``: "will
    provide military aid" 0332, "will visit" 036, "offered to mediate" 039); 030 when the act names no kind."""
    codes = _intent_codes()
    code = (act_cameo or "").strip()
    return next((codes[code[:end]] for end in range(len(code), 1, -1) if code[:end] in codes), "030")


def not_held(noun: Token) -> bool:
    """A visit, meeting or talks that did not take place: called off ("postponed his visit to X", "the talks were
    cancelled", "called off the meeting") or placed in the future by a modifier ("a planned visit", "the upcoming
    talks")."""
    lists = _lists()
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True  # "had no meeting with X"
    if any(c.dep_ == "amod" and c.lower_ in lists["unheld_modifiers"] for c in noun.children):
        return True
    head = noun.head
    return noun.dep_ in ("dobj", "obj", "nsubjpass") and head.pos_ == "VERB" and \
        _lemma(head) in lists["called_off_verbs"] and (_lemma(head) not in ("call", "put", "push", "cut") or any(
            c.dep_ == "prt" and c.lower_ in ("off", "back") for c in head.children))


def visit_arrival(verb: Token) -> bool:
    """An arrival told with its visit ("arrived in Beijing on a two-day visit", "landed in Delhi for a state
    visit"): the arrival is the visit (CAMEO 042)."""
    nouns = _lists()["visit_nouns"]
    return any(c.dep_ == "prep" and c.lower_ in ("on", "for") and _lemma(p) in nouns
               for c in verb.children for p in c.children if p.dep_ == "pobj")


def object_owner(thing: Token | None) -> list[Token]:
    """The named owner of the object an entry was chosen by, a recipient candidate ("backed Morocco's autonomy plan
    for X": Morocco), and the visitor of a visit received ("welcomed the visit of X to Y": X); none for a stance of
    the speaker's side ("underlined the UK's commitment to X")."""
    if thing is None or _lemma(thing) in _lists()["stance_nouns"]:
        return []
    owners = [c for c in thing.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if not owners and _lemma(thing) in _lists()["visit_nouns"]:
        # "welcomed the visit of President X to Y", "hosted the visit of X": the visitor received, not the place
        # visited (the host's own country)
        owners = [g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"][:1]
    return owners


def stance_owner(tok: Token) -> bool:
    """``tok`` owns a stance noun ("the UK's commitment", "Japan's support"), or is part of the name that does ("the
    United States' commitment"): the speaker's side, no recipient."""
    while tok.dep_ in ("compound", "flat") and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "poss" and _lemma(tok.head) in _lists()["stance_nouns"]


#: prepositions that set a clause in a call ("told Y in a phone call that ...", "during a telephone call")
_CALL_PREPS = frozenset({"in", "during", "over", "on"})


#: verbs of ringing a party up (the verb class of ``verb_classes.json`` that codes the call lists the same verbs)
_RING_VERBS = frozenset({"call", "phone", "telephone", "ring"})


def rung_up(verb: Token) -> bool:
    """"X called Y", "telephoned Y", "called Y to discuss the floods": a party rung up (CAMEO 041): active, no
    particle ("called off the talks", "called in the ambassador"), no "on", "upon" or "for" phrase (a courtesy call
    or an appeal), no label ("called X a traitor"), and no clause but a purpose of talking (``call_purposes``;
    "called the parties to lay down arms" asks them, no call)."""
    if _lemma(verb) not in _RING_VERBS or verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return False  # "a group called X", "the summit called by Y"
    for c in verb.children:
        if c.dep_ in ("prt", "oprd", "ccomp", "auxpass", "nsubjpass", "dative") or \
                c.dep_ == "prep" and c.lower_ in ("on", "upon", "for", "off", "in") and not any(
                    g.ent_type_ in ("DATE", "TIME") for g in c.children):  # "called X on Friday" rang X up
            return False
        if c.dep_ in ("xcomp", "advcl") and (_lemma(c) not in _lists()["call_purposes"] or
                                             not any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)):
            return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return len(objects) == 1 and not any(c.dep_ in ("oprd", "acomp") for c in objects[0].children)


def medium_partners(verb: Token) -> list[Token]:
    """Whom a talk was with when its "with" phrase hangs on the means it was held by ("spoke by phone with X", "talked
    over a video link with Y": ``talk_media``): the parser's attachment, the verb's partner."""
    media = pobjs([verb], ("by", "over", "via", "through"))
    return pobjs([n for n in media if _lemma(n) in _lists()["talk_media"]], ("with",))


def call_with(noun: Token) -> bool:
    """A bare "call" with a "with" phrase naming whom it was with ("held a call with President Ruto", "in a call with
    the Foreign Minister"): a telephone call (CAMEO 041), as "phone call" is; "its call for a ceasefire" is an
    appeal (``call_nouns``)."""
    return _lemma(noun) in _lists()["call_nouns"] and noun.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children) for c in noun.children)


def meeting_holder(noun: Token) -> tuple[list[Token], list[Token]] | None:
    """The party whose meeting a meeting noun is and whom it was with ("the Foreign Secretary's meeting with the
    Iranian Foreign Minister focused on X": the possessor met the "with" party), or None."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    met = pobjs([noun], ("with",))
    return (owners, met) if owners and met else None


def purpose_partners(verb: Token) -> list[Token]:
    """The party a journey's purpose meeting is with ("travelled to Baghdad for talks with Iraqi leaders", "went to
    Kyiv for meetings with Ukrainian officials", "will visit Cairo to meet President X"): whom the visit is directed
    at, before the place it went to; empty when the journey has no such purpose (``purpose_meetings``,
    ``purpose_meeting_verbs``)."""
    meetings = _lists()["purpose_meetings"]
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
            for m in c.children if m.dep_ == "pobj" and _lemma(m) in meetings
            for w in m.children if w.dep_ == "prep" and w.lower_ == "with"
            for g in w.children if g.dep_ == "pobj"] or [
        o for c in verb.children if c.dep_ in ("advcl", "xcomp") and _lemma(c) in _lists()["purpose_meeting_verbs"] and
        any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        for o in c.children if o.dep_ in ("dobj", "obj")]  # "will visit Cairo to meet President X": X


def talk_holder(noun: Token) -> bool:
    """``noun`` names talks, a meeting or a signed text or deal ("talks", "agreement", "memorandum"), whose "on"
    phrase is what its sides talk or agree about (``setting_meetings``, ``talk_texts``)."""
    return _lemma(noun) in _lists()["setting_meetings"] or _lemma(noun) in _lists()["talk_texts"]


def setting_partners(verb: Token) -> list[Token]:
    """The party of the meeting a verb's clause is set in ("in talks with X, Y discussed border security", "Y will
    review ties in a meeting with X", "over lunch with X, Y went over the dispute"): whom the talk told by the verb
    is with, when the verb names no partner itself; empty when no such meeting sets the clause
    (``setting_meetings``, ``setting_preps``)."""
    lists = _lists()
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in lists["setting_preps"]
            for m in c.children if m.dep_ == "pobj" and _lemma(m) in lists["setting_meetings"]
            for w in m.children if w.dep_ == "prep" and w.lower_ == "with"
            for g in w.children if g.dep_ == "pobj"]


def phone_partners(noun: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """A call that sets the clause of a verb with its partner as the verb's object ("X told Y in a phone call that
    ...", "X assured Y during a telephone conversation"): the verb, its subjects (the callers) and its objects (the
    party called); None when the call names its partner itself ("in a phone call with Y") or the verb has none."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _CALL_PREPS or any(
            c.dep_ == "prep" and c.lower_ in ("with", "to", "between") for c in noun.children):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or _lemma(verb) not in _lists()["address_verbs"]:
        return None  # "discussed Lebanon in a phone call": a topic, not the party called
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    partners = [c for c in verb.children if c.dep_ in ("dobj", "dative", "obj") and c.pos_ in ("PROPN", "NOUN")]
    return (verb, subjects, partners) if subjects and partners else None
