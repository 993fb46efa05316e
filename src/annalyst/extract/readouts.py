"""The parties of a readout's later sentences (used by ``events.EventCoder``).

A government's readout of a call or meeting names the two parties once ("The Secretary spoke with Foreign Minister
X", "President Y hosted Prime Minister Z") and then tells what they did together with a plural subject that names
no one: "They discussed the war", "The leaders agreed to share intelligence", "Both reaffirmed their commitment to
...". Such a subject is the two parties of the readout's meeting: the parties (actors and recipients) of the latest
earlier event of the article with two or more parties, when that event brings them together (CONSULT, AGREE,
COOPERATE) and lies in the same sentence or the ``REACH`` sentences before. Acts of one of the two told in between
keep the readout going ("Wong met Marsudi. Ms Wong praised Indonesia's role. The ministers agreed ..."); another
party's act breaks it ("... Protesters rallied outside. They ..."). "They" is never the source the readout credits
("..., the State Department said. They discussed ..."). Only events parties do together take them (``PAIR_TYPES``);
"They attacked X" keeps its own reading. With no party named before it, a plural of parties ("the two sides agreed
to coordinate", "the ministers discussed X") names no one: its talks or agreement give no event, as an act with no
party named does, unless what they discuss names the sides ("defence cooperation between X and Y").

Acts done together need no recipient (``joint_act``): "Canada and Mexico will share information on X", "the two
governments exchanged intelligence", "about 40 nations have joined together to fight piracy": the parties of the
subject cooperate with each other. A single party's act with no one named ("Iraq will share information") still
needs its recipient.

"The two sides", "both countries" are resolved by ``anaphora.pair_parties``; this module adds the subjects that
carry no number ("they", "the leaders", "both") and the bare "the two" or "the pair".

A counterpart named bare ("She met her counterpart in Abuja") is of the country the same visitor's latest earlier
meeting or visit was with ("The Foreign Secretary arrived in Nigeria on Monday. She met her counterpart ..."):
``counterpart_country`` gives the meeting that party as its recipient. With no such earlier meeting the counterpart
stays as told.

Acts aimed by each party of the subject at the other ("X and Y accused each other of ...", "blamed one another",
"each accused the other", "traded accusations", "exchanged threats") are directed acts, not acts done together: each
party is the actor of one event whose recipients are the subject's other parties (``mutual_act``,
``each_at_the_others``), so "A and B accused each other" is A accusing B and B accusing A. Only the types aimed at a
party (``MUTUAL_TYPES``) are split; "X and Y met" or "agreed" stay one event done together, and "exchanged fire"
one clash.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..models import Event, stable_id
from ..resources import load_word_lists
from .eventargs import UNRESOLVED, ArgValue, Args
from .phrases import expand

__all__ = ["readout_pair", "bare_pair", "joint_act", "counted_states", "counterpart_country", "PAIR_TYPES", "MUTUAL_TYPES",
           "mutual_act", "each_at_the_others"]

#: events two parties of a meeting do together: "they discussed", "the leaders agreed to", "both reaffirmed"
PAIR_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
#: events that bring the two parties together: the antecedent of "they" in a readout
_MEETING_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: plural nouns for the parties of a meeting ("the leaders", "the ministers")
_PARTY_NOUNS = frozenset({"leader", "minister", "side", "delegation", "president", "counterpart", "official",
                          "secretary", "government", "country", "party"})
#: a bare number or noun standing for the two parties of a meeting ("the two", "the pair")
_PAIR_WORDS = frozenset({"two", "pair"})
#: sentences before the subject's own where the meeting may be told
REACH = 3


def _generic_subject(tok: Token) -> bool:
    """"they", "both", "the leaders", "both ministers": a plural subject naming no one."""
    low = tok.lower_
    if tok.pos_ == "PRON" or tok.tag_ == "PRP":
        return low == "they"
    if low == "both" and tok.pos_ in ("DET", "PRON", "NOUN"):
        return not any(c.dep_ == "prep" for c in tok.children)  # not "both of the militias"
    if bare_pair(tok):
        return True
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in _PARTY_NOUNS:
        return False
    dets = [c for c in tok.children if c.dep_ in ("det", "predet")]
    # only a determiner: "the Iraqi leaders", "the leaders of X", "two ministers" name or count their own parties
    return bool(dets) and all(c.lower_ in ("the", "both") for c in dets) and \
        all(c.dep_ in ("det", "predet") for c in tok.children)


def bare_pair(tok: Token) -> bool:
    """"The two discussed X", "the pair agreed to ...": a bare number or noun of two told with "the" alone, the two
    parties of a readout (not "two of the soldiers", "a pair of drones", "two men")."""
    return tok.lower_ in _PAIR_WORDS and tok.tag_ in ("CD", "NN") and bool(tok.children) and \
        all(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _sentence_floor(doc: Doc, sent_start: int) -> int:
    """The character offset of the sentence ``REACH`` sentences before the one starting at ``sent_start``."""
    starts = [s.start_char for s in doc.sents if s.start_char <= sent_start]
    return starts[max(0, len(starts) - 1 - REACH)] if starts else 0


def readout_pair(anchor: Token, event_type: str | None, args: Args, events: list[Event]) -> list[ArgValue] | None:
    """The parties of the readout's meeting when ``anchor``'s subject is a plural that names no one ("They
    discussed ...", "The leaders agreed to ..."); None when the subject names its own party or no meeting is near."""
    if event_type not in PAIR_TYPES:
        return None  # the cheap tests first: this runs for every verb match
    heads = args.subject_heads(anchor)
    if len(heads) != 1 or not _generic_subject(heads[0]):
        return None
    head = heads[0]
    ante = _readout_meeting(events) if events else None
    doc = anchor.doc
    if ante is None or not ante.evidence or ante.evidence[0].start < _sentence_floor(doc, anchor.sent.start_char):
        return _relation_sides(anchor, head, args)
    out: list[ArgValue] = []
    keys: set[str] = set()
    for party in ante.actor + ante.recipient:
        key = party.key
        if key not in keys:
            keys.add(key)
            out.append(ArgValue(party, party.actor_id is not None, head))
    if head.pos_ == "PRON":
        hit = args.resolve(head, role="actor")
        if isinstance(hit, ArgValue) and hit.actor.key not in keys and \
                not _single_source(told := _mention(hit, anchor)) and not _told_in_content(told):
            return None  # "they" has its own antecedent among the article's names, not one of the pair
        if hit is not UNRESOLVED and not isinstance(hit, ArgValue):
            return None
    return out


#: nouns of standing relations between two sides ("defence cooperation between Pakistan and the US")
_TIE_NOUNS = load_word_lists("events", "arguments.json")["tie_nouns"]


def _relation_sides(anchor: Token, head: Token, args: Args) -> list[ArgValue] | None:
    """With no meeting told before it, the sides of a relation the talks are about ("They discussed regional security
    and defence cooperation between Pakistan and the US"): two or more named parties of a relation noun's
    "between" phrase in what is discussed or agreed; None otherwise ("a conversation between X and Y" or "the
    conflict between X and Y" is no relation of theirs, and a "they" that stands for a named party keeps it)."""
    if head.pos_ == "PRON" and isinstance(args.resolve(head, role="actor"), ArgValue):
        return None
    doc = anchor.doc
    for tok in doc[anchor.i + 1:anchor.sent.end]:
        # the relation noun just before "between" (the parser may hang the phrase on a coordinated noun:
        # "regional security and defence cooperation between X and Y"), in what the verb tells
        if tok.lower_ != "between" or (doc[tok.i - 1].lemma_.lower() not in _TIE_NOUNS and
                                       doc[tok.i - 1].lower_ not in _TIE_NOUNS) or not anchor.is_ancestor(tok):
            continue
        sides = [p for p in tok.children if p.dep_ == "pobj"]
        out = [hit for p in sides for t in expand(p)
               if isinstance(hit := args.resolve(t, role="actor", allow_unknown=False), ArgValue)]
        if len({v.actor.key for v in out}) >= 2:
            return out
    return None


def _readout_meeting(events: list[Event]) -> Event | None:
    """The meeting a readout's plural subject stands for: the latest earlier meeting, agreement or cooperation with
    two or more parties, when every event told after it is an act of one of those parties ("Wong met Marsudi. Ms
    Wong praised Indonesia's role. The ministers agreed ..."); None when another party's act comes between ("...
    Protesters rallied outside. They ...": theirs)."""
    for k in range(len(events) - 1, -1, -1):
        event = events[k]
        pair = {a.key for a in event.actor + event.recipient}
        if event.event_type in _MEETING_TYPES and len(pair) >= 2:
            later = events[k + 1:]
            return event if all(pair & {a.key for a in e.actor} for e in later) else None
    return None


def _mention(hit: ArgValue, anchor: Token) -> Token | None:
    """The head of the latest mention of ``hit``'s party before ``anchor``'s sentence (what a pronoun stands for)."""
    doc = anchor.doc
    at = doc.text.rfind(hit.actor.text, 0, anchor.sent.start_char) if hit.actor.text else -1
    span = doc.char_span(at, at + len(hit.actor.text), alignment_mode="expand") if at >= 0 else None
    return span.root if span is not None else None


def _single_source(tok: Token | None) -> bool:
    """A singular name a readout credits ("..., the State Department said.", "the Saudi Press Agency reported"): a
    source of the text, never the "they" of the parties' acts together."""
    if tok is None or tok.tag_ not in ("NN", "NNP") or any(c.dep_ == "conj" for c in tok.children):
        return False
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head
    return tok.dep_ in ("nsubj", "pobj") and head.lemma_.lower() in _SOURCE_VERBS


#: the clauses that tell what the parties said, agreed or weighed ("agreeing that X deserves a path to ...")
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "pcomp"})


def _told_in_content(tok: Token | None) -> bool:
    """A singular name told only inside what the readout's parties discussed or agreed ("The two leaders weighed the
    war, noting that Moldova deserves a path to membership. They also agreed to ..."): a topic of their talk, never the
    "they" of their acts together (a plural group, "the rebels", or a list keeps its own reading)."""
    if tok is None or tok.tag_ not in ("NN", "NNP") or any(c.dep_ == "conj" for c in tok.children):
        return False
    node = tok
    while node.head != node:
        if node.dep_ in _CONTENT_DEPS:
            return True
        node = node.head
    return False


#: verbs a readout's source is the subject of ("the ministry said", "the agency reported")
_SOURCE_VERBS = frozenset({"say", "report", "announce", "state", "add", "note", "according"})


#: adverbs that make an act one the subject's parties do with each other ("joined together", "patrol jointly")
_JOINT_ADVERBS = frozenset({"together", "jointly"})


def _plural_parties(tok: Token) -> bool:
    """"the two governments", "about 40 nations", "both navies": a counted plural of parties."""
    return tok.tag_ in ("NNS", "NNPS") and any(
        (c.dep_ == "nummod" and (c.like_num or c.lower_ in ("two", "both"))) or
        (c.dep_ in ("det", "predet") and c.lower_ == "both") for c in tok.children)


def joint_act(event_type: str | None, anchor: Token | None, actors: list[ArgValue]) -> bool:
    """True when a COOPERATE act with no recipient is done by the parties of its subject with each other: two or
    more parties ("Canada and Mexico will share information"), a counted plural of parties ("the two governments
    exchanged information") or a verb told with "together"/"jointly"."""
    if event_type != "COOPERATE" or not actors:
        return False
    if len({v.actor.key for v in actors}) >= 2:
        return True
    if anchor is None:
        return False
    if _plural_parties(actors[0].token) and anchor.pos_ in ("VERB", "AUX"):
        return True
    return any(c.dep_ == "advmod" and c.lower_ in _JOINT_ADVERBS for c in anchor.children)


#: plural nouns of states: a counted number of them acting together is a coalition, a party though unnamed
_STATE_NOUNS = frozenset({"nation", "country", "state", "government", "ally", "partner"})


def counted_states(event_type: str | None, anchor: Token | None, actors: list[ArgValue]) -> bool:
    """"About 60 nations have joined together to counter X", "the two governments exchanged information": a counted
    plural of states acting together stands as a party though no name is given (``joint_act``)."""
    return len(actors) == 1 and actors[0].token.lemma_.lower() in _STATE_NOUNS and \
        _plural_parties(actors[0].token) and joint_act(event_type, anchor, actors)


#: nouns of the office held by the other side of a meeting ("her counterpart", "his opposite number")
_COUNTERPART = frozenset({"counterpart", "counterparts", "number"})


def counterpart_country(event: Event, earlier: list[Event]) -> None:
    """A meeting with a bare counterpart (no name, no nationality) takes as recipient the linked party of the same
    actor's latest earlier meeting among ``earlier`` (the events of the sentences before, module docstring)."""
    if event.event_type != "CONSULT" or all(r.actor_id for r in event.recipient):
        return
    bare = [r for r in event.recipient if r.actor_id is None and r.text.split() and
            r.text.split()[-1].lower() in _COUNTERPART and len(r.text.split()) <= 3]
    if not bare:
        return
    names = {a.actor_id or a.name for a in event.actor}
    for other in reversed(earlier):
        if other is event or other.event_type != "CONSULT" or not names & {a.actor_id or a.name for a in other.actor}:
            continue
        hosts = [r for r in other.recipient if r.actor_id]
        if hosts:
            event.recipient = [hosts[0] if r in bare else r for r in event.recipient]
        return


#: acts aimed at a party: told of parties "at each other" they are one act of each party at the others (fighting
#: told so stays one clash of both sides, as "X and Y clashed" is)
MUTUAL_TYPES = frozenset({"ACCUSE", "THREATEN", "SANCTION", "REJECT"})
#: verbs whose object noun is an act the subject's parties aim at each other ("traded accusations", "swapped threats")
_SWAP_VERBS = frozenset({"trade", "exchange", "swap"})


def _each_other(tok: Token) -> bool:
    """"each other", "one another", "one other", "the other" (after a subject with "each" or "both": "both sides
    accused the other"): the reciprocal object."""
    kids = {c.lower_ for c in tok.children}
    if tok.lower_ == "other":
        return bool(kids & {"each", "one"}) or ("the" in kids and any(
            c.lower_ in ("each", "both") for s in tok.head.children if s.dep_ in ("nsubj", "nsubjpass")
            for c in (s, *s.children)))
    return tok.lower_ == "one" and "another" in kids


def mutual_act(anchor: Token, noun: Token | None) -> bool:
    """True when the act at ``anchor`` (its event noun ``noun`` after a light verb) is aimed by the subject's parties at
    each other: its object, or the object of its preposition, is "each other"/"one another", or a swap verb carries
    the act's noun ("traded accusations", "exchanged threats")."""
    if noun is not None and noun is not anchor:
        return noun.dep_ in ("dobj", "obj") and noun.head is anchor and anchor.lemma_.lower() in _SWAP_VERBS
    if anchor.lemma_.lower() in _SWAP_VERBS:  # "traded blame", "exchanged accusations": the verb carries the act
        return any(c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" for c in anchor.children)
    for c in anchor.children:
        if c.dep_ in ("dobj", "obj") and _each_other(c):
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and _each_other(g) for g in c.children):
            return True
    return False


def each_at_the_others(event: Event) -> list[Event]:
    """One event per actor of ``event``, its recipients the other actors (``mutual_act``); the first keeps the id."""
    out = []
    for n, actor in enumerate(event.actor):
        others = [a for a in event.actor if a.key != actor.key]
        if not others:
            continue
        out.append(replace(event, id=event.id if n == 0 else stable_id(event.id, actor.key), actor=[actor],
                           recipient=others, evidence=list(event.evidence), counts=event.counts))
    return out or [event]
