"""Which coded candidates tell one act, and which purpose clauses are acts (used by ``events.EventCoder``).

* a verb coordinated with an earlier verb of the same type, with no subject of its own and no tense of its own,
  tells the same act ("three strikes engaged a unit and destroyed two vehicles": one ASSAULT);
* a second CONSULT of the same parties in a sentence is the same meeting ("met X, where the two discussed Y"; one
  with others met, "saw X and then held talks with Y", is another); when
  the first names only the place visited or no one ("in his visit to X, the minister met senior officials",
  "travelled to X, where he met Y", "attended, meeting their counterparts"), the meeting names whom the act is directed at and is kept instead (``visit_met``);
* a participle of "use" that names the means of another act ("conducted ten strikes using bombers") is part of
  that act;
* a meeting or visit told as the purpose of a trip ("flew to X to visit the troops"), a protest as the purpose of
  a crowd's gathering ("gathered outside X to protest Y"), is coded: the trip makes it happen, unlike other purpose
  clauses;
* a verb whose act an "including" or "by" gerund spells out is that gerund's event ("stepped up their attacks
  by seizing a tanker": one act, the seizure); an indirect question asserts nothing;
* a participle of causing after an act ("seized the capital, forcing the cabinet to move south") tells its result,
  the same act;
* a clause that goes on telling an act already coded (a strike's participle, a protest issued in a summons, a
  breach's means, a restated tally or stance) is that act (``restated``);
* phrase tests the coder's conditions use: the words of a subject phrase up to its head, and whether a party is
  only the place a movement goes to (no target: "troops arrived at X").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from ..models import Event
from ..resources import load_json
from .phrases import lemma as _lemma
from .restated import attack_told_before, breach_means, merge_targets, restates, restating_verb, result_verbs, \
    tally_clause, toll_of, untargeted_attack
from .stance import separate_statements

__all__ = ["spelled_out", "indirect_question", "reported_question", "direct_question", "TRAVEL", "GATHER", "trip_purpose", "movement_purpose", "same_meeting", "visit_met", "same_act", "instrument", "destination", "head_words",
           "attack_told_before", "restates", "merge_targets", "toll_of", "breach_means", "tally_clause", "restating_verb",
           "untargeted_attack"]


#: verbs of travel whose purpose clause is the visit itself ("flew to Baghdad to meet X": a CONSULT, not a plan)
TRAVEL = frozenset({"fly", "travel", "go", "come", "head", "arrive", "journey", "sail", "leave", "return"})


#: verbs of a crowd coming together or moving whose purpose clause is the protest itself ("gathered outside X to
#: protest Y", "took to the streets to protest Y", "drove tractors into X to protest Y")
GATHER = frozenset({"gather", "assemble", "converge", "march", "rally", "turn", "pour", "flock", "throng", "take",
                    "drive", "ride", "walk", "descend", "flood", "spill", "stream", "parade", "occupy"})


def trip_purpose(anchor: Token, m: Any) -> bool:
    """A meeting or visit told as the purpose of a trip ("flew to X to visit the troops"), a protest told as the
    purpose of a crowd's gathering ("hundreds gathered outside parliament to protest X"): the trip or the gathering
    makes it happen, so it is coded (status from the trip's clause), unlike other purpose clauses."""
    if anchor.dep_ not in ("advcl", "xcomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        return False  # "arrived in Cairo, two days after the minister visited Damascus": a clause with its own
        # subject tells another act, by that subject, not the traveller's purpose
    if m.trigger.event_type == "CONSULT":
        return _lemma(anchor.head) in TRAVEL
    return m.trigger.event_type == "PROTEST" and _lemma(anchor.head) in TRAVEL | GATHER


def movement_purpose(anchor: Token, m: Any, by_anchor: dict[int, Any]) -> bool:
    """The infinitive of purpose of a deployment or arrival of forces ("F-16s arrived to join the fight against X",
    "troops deployed to protect the dam"), whatever the parser makes of it (xcomp or advcl): the movement is the
    event (MOBILIZE), its purpose no act yet. A visit or protest a trip makes happen (``trip_purpose``) stays."""
    if anchor.dep_ not in ("advcl", "xcomp") or trip_purpose(anchor, m):
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in anchor.children):
        return False
    mover = by_anchor.get(anchor.head.i)
    return mover is not None and mover.trigger.event_type == "MOBILIZE"


def same_meeting(event: Event, events: list[Event], visits: frozenset[str] | set[str] = frozenset()) -> bool:
    """A second CONSULT of the same parties in the same sentence ("met X in Baghdad, where the two leaders
    discussed Y"; "attended, meeting their counterparts") is the same meeting."""
    if event.event_type != "CONSULT" or not event.evidence:
        return False
    names = {a.actor_id or a.name for a in event.actor}
    met = {a.actor_id or a.name for a in event.recipient}
    for other in events:
        same_sentence = other.evidence and other.evidence[0].start == event.evidence[0].start
        parties = {a.actor_id or a.name for a in other.actor + other.recipient}
        if other.event_type == "CONSULT" and same_sentence and names & parties:
            if met and other.recipient and not met & parties and other.id not in visits:
                continue  # "saw the President and then held talks with the Foreign Minister": two meetings
            return True
    return False


def visit_met(event: Event, events: list[Event], visits: set[str]) -> Event | None:
    """The visit ``event`` is the same meeting as when that visit, coded first, names only the place visited or no
    one (``visits``: ids of CONSULT events whose recipients are all the places a trip goes to, or none) and
    ``event`` names whom the visitor met ("In his first visit to X, the minister met senior officials": the officials, not X); None
    otherwise."""
    if event.event_type != "CONSULT" or not event.evidence or not event.recipient or event.id in visits:
        return None
    names = {a.actor_id or a.name for a in event.actor}
    for other in events:
        if other.id in visits and other.evidence and other.evidence[0].start == event.evidence[0].start and \
                names & {a.actor_id or a.name for a in other.actor}:
            return other
    return None


#: adverbs of sequence that make a coordinated verb a later act ("struck a convoy and later raided a compound")
_SEQUENCE = frozenset({"later", "then", "subsequently", "afterwards", "afterward", "thereafter", "again"})

#: modes of one type that are two acts even when coordinated ("arrested a militant and recovered a pistol")
_DISTINCT_MODES = frozenset({"arrest", "seize"})


def result_participle(anchor: Token, by_anchor: dict[int, Any]) -> bool:
    """A participle of causing after an act, with no subject of its own ("seized the capital in 2014, forcing the
    cabinet to move south"; "shelled the rebel lines, ending their siege of the town"): the result of that
    act, told with it, not a second act. "forced the government to flee" in its own clause stays. (A measure told
    by a light verb and its noun, "ordered a blockade of X, cutting off Y", is ``restated.restates``'.)"""
    head = anchor.head
    return anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and head.i < anchor.i and head.i in by_anchor and \
        _lemma(anchor) in result_verbs() and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in anchor.children)


def same_act(anchor: Token, event_type: str | None, by_anchor: dict[int, Any], mode: str | None = None,
             cameo: str | None = None) -> bool:
    """A verb coordinated with an earlier verb of the same event type and with no subject of its own tells one act
    ("three strikes engaged an ISIL unit and destroyed two vehicles" is one ASSAULT; "met X and discussed Y" one
    CONSULT): it is not coded again; an arrest and a seizure of arms are two acts, and so are coercive measures of
    different CAMEO codes ("searched homes in X and arrested three men": a search and an arrest, each with its own
    recipient); so are an abduction and a harm done to the abducted ("abducted a trader and later shot him dead").
    A conjunct told as coming after the first ("struck a convoy near X and later raided a compound", "blockaded the
    port and then shelled the city") is a second act too.
    A participle of causing that tells the act's result is the same act too (``result_participle``)."""
    if result_participle(anchor, by_anchor):
        return True
    node = anchor
    while node.dep_ == "conj" and node.head != node and node.head.i < node.i:
        if any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "advmod" and c.lower_ in _SEQUENCE for c in node.children):
            return False  # "struck a convoy and later raided a compound": a second act, told after the first
        if node.tag_ in ("VBD", "VBZ") and any(c.dep_ in ("aux", "neg") for c in node.head.children):
            return False  # a finite conjunct has its own tense: "did not attack X and shelled Y" are two acts
        node = node.head
        first = by_anchor.get(node.i)
        if first is not None and first.trigger.event_type == event_type:
            return not separate_statements(anchor, node, event_type) and not (mode != first.trigger.mode and {mode, first.trigger.mode} <= _DISTINCT_MODES) and \
                not (event_type == "ASSAULT" and (mode == "abduct") != (first.trigger.mode == "abduct")) and \
                not (event_type == "COERCE" and cameo and first.trigger.cameo and first.trigger.cameo[:3] != cameo[:3])
    return False


def passive_act_noun(verb: Token, event_type: str | None, light: bool, noun_trigger: Any) -> Token | None:
    """The event noun a passive verb of carrying out has for its subject ("U.S. strikes were carried out against X",
    "coalition airstrikes were launched near Y", "Russian raids were conducted"): the verb and the noun tell one
    act, whose doer is the party the noun's phrase names ("U.S.", "coalition"), not a party left untold. None when
    the verb has its own "by" agent, is no verb of doing ("light"), or the noun is of another type than the verb's
    event ("the attack was condemned": the condemnation is not the attack's)."""
    if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for c in verb.children):
        return None
    return _told_subject(verb, event_type, light, noun_trigger)


def _told_subject(verb: Token, event_type: str | None, light: bool, noun_trigger: Any) -> Token | None:
    """The event noun of ``event_type`` a passive verb of doing ("light") has for its subject, with or without its
    own "by" agent ("the raids were carried out by police": one raid), or None."""
    if not light or verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    trigger = noun_trigger(subject)
    return subject if trigger is not None and trigger.event_type == event_type else None


def passive_told_nouns(found: list[Any], is_light: Any, noun_trigger: Any) -> set[int]:
    """The event nouns a passive verb of carrying out tells (``passive_act_noun``), by token index: each is the
    verb's act, not a second one ("coalition airstrikes were launched against X" is one attack)."""
    return {noun.i for m in found if not m.nominal for noun in [_told_subject(
        m.anchor, m.trigger.event_type, m.light or is_light(_lemma(m.anchor)), noun_trigger)] if noun is not None}


#: verbs whose participle names the means of the act it hangs from
_MEANS = frozenset({"use", "employ", "utilize", "utilise"})


def instrument(anchor: Token) -> bool:
    """"conducted ten strikes using bombers": the participle is the strikes' means, not an act of its own."""
    return _lemma(anchor) in _MEANS and anchor.tag_ == "VBG" and anchor.dep_ in ("advcl", "acl", "xcomp", "pcomp") \
        and anchor.head.pos_ in ("VERB", "NOUN")


#: prepositions of a movement's destination or origin ("advanced into X", "arrived at X", "departed for X")
_TOWARDS = frozenset({"to", "in", "at", "into", "near", "toward", "towards", "from", "for", "on", "around"})
#: prepositions of a movement's route ("flew over X", "sailed through X"): the place overflown or passed is no target
_ROUTE = frozenset({"over", "through", "across", "along", "past", "above"})


def destination(tok: Token, route: bool = False) -> bool:
    """The token names the place a movement goes to or comes from ("arrived at the Zenda air base"), or with
    ``route`` also the place it passes ("flew over the peninsula")."""
    while tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "pobj" and (tok.head.lower_ in _TOWARDS or route and tok.head.lower_ in _ROUTE)


def head_words(tok: Token) -> set[str]:
    """The words of a noun phrase up to its head ("Air Force F-16 Fighting Falcons"), singular forms added."""
    out = {t.lower_ for t in tok.subtree if t.i <= tok.i} | {_lemma(tok)}
    return out | {w[:-1] for w in out if w.endswith("s") and len(w) > 3}


@lru_cache(maxsize=1)
def _raid_verbs() -> frozenset[str]:
    return frozenset(load_json("events", "nonevents.json")["raid_verbs"])


#: prepositions whose gerund spells out the act of the verb it hangs from ("including arming them", "stepped
#: up their attacks by seizing a tanker")
_SPELLING_OUT = frozenset({"including", "by"})


def spelled_out(anchor: Token, by_anchor: dict[int, Any]) -> bool:
    """The verb's act is spelled out by an event gerund ("should support them in all aspects, including arming
    them"; "stepped up their attacks by seizing a tanker", "stepped up its campaign by kidnapping two
    engineers": the means is the act, told once): the gerund is the event, coded instead of the verb. A raid
    coordinated with an arrest by the same doer
    ("raided the compound and arrested five suspects") is the operation the arrest comes of: one act, the arrest."""
    if _lemma(anchor) in _raid_verbs() and any(
            c.dep_ == "conj" and c.i in by_anchor and by_anchor[c.i].trigger.mode == "arrest" and
            not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in anchor.children):
        return True
    for prep in anchor.children:
        if prep.dep_ == "prep" and prep.lower_ in _SPELLING_OUT:
            if any(c.dep_ == "pcomp" and c.i in by_anchor for c in prep.children):
                return True
    return False


def direct_question(anchor: Token) -> bool:
    """The clause is in a question ("Secretary, did you discuss Aleppo?", "Will Gondor strike Arnor?"): a question
    asserts nothing. A clause that ends a question quoted inside a statement counts too, and so does a question
    followed by a line break (a reporter's turn in a briefing transcript)."""
    sent = anchor.sent
    last = sent[-1]
    while last.i > sent.start and (last.is_punct and last.text != "?" or last.text in ('"', "”", "’", "'") or
                                   last.is_space):  # the line break after a question ends its sentence too
        last = last.doc[last.i - 1]
    return last.text == "?"


def reported_question(anchor: Token) -> bool:
    """The clause is a reporter's question told by a bare participle of asking ("Asked if the minister would
    resign, the spokesman said ...", "When asked about the report that X had struck Y, she replied ..."), or is
    that participle itself: a reporter's question is no event (docs/annotation.md, briefing transcripts), and the
    asking is none either; an act the question tells as fact ("Asked about reports that X had shelled Y") stays. A
    finite "asked" ("X asked Y to withdraw", "Y was asked to leave") is an appeal."""
    node = anchor
    asked = False  # the act is what the question asks about: under "if", "whether", "why", ... or a modal
    for _ in range(12):
        if node.lemma_.lower() == "ask" and node.tag_ == "VBN" and node.dep_ == "advcl" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in node.children) and node.i < node.head.i:
            return node == anchor or asked
        asked = asked or any(c.dep_ in ("mark", "advmod", "aux") and c.lower_ in _QUESTION_WORDS for c in node.children)
        if node.head == node:
            return False
        node = node.head
    return False


#: words that make a clause inside a reporter's question what is asked ("whether X would resign", "why Y struck Z")
_QUESTION_WORDS = frozenset({"if", "whether", "why", "how", "when", "would", "will", "could", "should", "might",
                             "can", "may"})


def indirect_question(anchor: Token) -> bool:
    """The clause is an indirect question ("it remains unclear what kind of equipment Russia is prepared to
    provide", a briefer's "I won't speculate on whether X will strike Y"): it asserts nothing."""
    node = anchor
    for _ in range(6):
        if node.dep_ in ("xcomp", "conj", "acomp") and node.head != node:
            node = node.head
            continue
        break
    if node.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") and c.dep_ == "det" for c in node.head.children):
        return True  # "what kind of equipment Russia is prepared to provide" parsed as a relative clause
    first = node.left_edge
    if node.dep_ == "pcomp" and first.lower_ in ("whether", "if"):
        return True  # "I won't speculate on whether X will strike Y", "no comment about whether X attacked Y"
    if node.dep_ not in ("ccomp", "csubj"):
        return False
    return first.tag_ in ("WDT", "WP", "WP$") or first.lower_ in ("how", "whether", "why")
