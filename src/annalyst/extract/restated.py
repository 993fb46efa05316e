"""One act told by several clauses: the later clause restates an act already coded (used through ``oneact``).

* a participle of a strike told by the strike's verb ("five strikes hit near X, striking three units"; "carried out
  six strikes near X, destroying two positions") is the same attack; its objects are that attack's targets;
* a protest issued in a summons ("summoned the envoy and issued a protest", "summoned the ambassador to express
  its condemnation") is the summons, one official complaint; so are a condemnation restated ("condemned X and
  expressed its condemnation to Y"), the object noun of a verb coded with the same act ('lodged "its strongest
  protest"') and a condemning participle of a protest handed over ("handed over a protest note, condemning X");
* a participle of a strike noun beside an earlier one ("five strikes hit near X, striking three units", as
  parsed), or on the noun of a coded harm's cause ("were killed in air strikes conducted by X"), is that attack;
* a relative clause of harm on a word inside an attack's phrase ("an ambush on the insurgents that killed seven")
  tells that attack's toll;
* a breach done by an act ("violated the ceasefire by shelling X", "retaliated by firing at Y") is that act: the
  means clause is coded instead of the breach;
* a participle of a protest ("marched to the ministry, waving flags and blocking its gates",
  "barricaded the port gates, preventing lorries from entering") goes on telling that protest: one protest;
* a participle of a measure's result ("ordered a blockade of the port, cutting off grain exports") is that measure;
* a verb of means whose act is an attack already told ("attacked X, using jets to conduct eight airstrikes", "The
  strikes used 50 precision munitions") is that attack (``means_told``);
* a tally restated after an act ("announces 370 more sanctions, which means it will have designated 1,000") is no
  act of its own;
* a verb that carries a stance already named by its object noun ("affirmed the UAE's strong condemnation of X") is
  no second act: the noun is the event;
* a definite attack noun with nothing of its own, the subject of a verb of harm in a sentence after an attack
  ("Jets struck the port on Thursday. The strike killed four workers."), tells that attack again: its toll, no
  second attack.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Token

from ..models import Event
from ..resources import load_json, load_word_lists
from .anaphora import recent_events
from .argwords import argument_words
from .frames import TOLL_VERBS
from .phrases import lemma as _lemma
from .reports import words as report_words

__all__ = ["attack_told_before", "restates", "means_told", "toll_of", "breach_means", "tally_clause", "restating_verb",
           "merge_targets", "untargeted_attack"]


@cache
def _words() -> dict[str, frozenset[str]]:
    return load_word_lists("events", "oneact.json")


@cache
def result_verbs() -> frozenset[str]:
    """Verbs whose participle after an act tells its result ("forcing", "ending", "cutting off"): that act."""
    return frozenset(load_json("events", "nonevents.json")["result_verbs"])


#: measures a participle of their result tells again ("imposed a blockade on X, cutting off its supplies")
_MEASURES = frozenset({"COERCE", "SANCTION"})


def _clause_verb(tok: Token) -> Token:
    """The verb a candidate's clause hangs from: the verb itself, or the verb whose object the event noun is
    ("to express its condemnation": express)."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "obj") and tok.head != tok:
        return tok.head
    return tok


#: an official complaint a crowd's protest word may tell before it is typed ("issued a protest")
_COMPLAINT = frozenset({"ACCUSE", "PROTEST"})


def _strike_phrase(verb: Token, coded: dict[int, Event]) -> Token | None:
    """The earlier coded word an attack participle hanging from a strike noun shares its act with: an earlier
    participle of the same noun ("five strikes hit near X, striking three units", as parsed), or the verb of harm
    whose cause phrase the noun is ("were killed in air strikes conducted by X": conducted)."""
    noun = verb.head
    for sib in noun.children:
        if sib.dep_ == "acl" and sib.i < verb.i and sib.i in coded:
            return sib
    if verb.tag_ != "VBN" or noun.dep_ != "pobj" or noun.head.lower_ not in report_words()["cause_prepositions"]:
        return None
    gov = noun.head.head
    while gov.i not in coded and gov.dep_ == "conj" and gov.head != gov:
        gov = gov.head  # "were killed and their hideouts razed in air raids"
    return gov if gov.i in coded else None


def restates(anchor: Token, event_type: str | None, mode: str | None, coded: dict[int, Event]) -> Event | None:
    """The coded event whose act the candidate at ``anchor`` only goes on telling, or None: the participle of a
    strike ("struck near X, hitting two positions"), a protest issued in a summons ("summoned the envoy and issued a
    protest", "summoned the ambassador to express their condemnation"), a condemning participle of a protest handed
    over, a threat's participle that spells it out ("warned X, vowing a harsh response"). A clause with a subject of its own is a new act; so is an abduction beside a harm done after it."""
    verb = _clause_verb(anchor)
    for same in (coded.get(anchor.i), coded.get(verb.i) if verb is not anchor else None):
        if same is not None and (same.event_type == event_type or {same.event_type, event_type} == _COMPLAINT):
            return same  # 'lodged "its strongest protest"': the noun of a verb already coded with it
    told = means_told(verb, event_type, coded)
    if told is not None:
        return told  # "attacked X, using jets to conduct eight airstrikes"; "The strikes used 50 munitions"
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.head == verb:
        return None
    if verb.dep_ == "acl" and event_type == "ASSAULT" and verb.tag_ in ("VBG", "VBN"):
        strike = _strike_phrase(verb, coded)
        first = coded[strike.i] if strike is not None else None
        return first if first is not None and first.event_type == "ASSAULT" and first.mode != "abduct" else None
    if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i > verb.i:
        return None
    first = coded.get(verb.head.i)
    if first is None:
        return None
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
    if first.event_type == "ACCUSE" and event_type == "PROTEST" and _lemma(verb.head) in _words()["summons_verbs"]:
        return first  # "summoned the envoy and issued Iran's strong protest": an official protest, not a crowd's
    if participle and first.event_type in _MEASURES and _lemma(verb) in result_verbs():
        return first  # "ordered a blockade of the port, cutting off grain exports": the blockade's result
    if first.event_type != event_type:
        return None
    if event_type == "ASSAULT":
        return first if participle and (mode == "abduct") == (first.mode == "abduct") else None
    if event_type == "PROTEST":
        return first if participle else None  # "marched to X, waving flags and blocking its gates"
    if event_type == "SANCTION":  # "imposed sanctions, targeting three officials": the measure's aim; a measure of
        # its own ("imposed sanctions on X, freezing the assets of Y") is another act
        return first if participle and _lemma(verb) in argument_words()["measure_aim_verbs"] else None
    if event_type == "THREATEN" and participle:
        return first  # "issued a warning to X, vowing a harsh response", "warned X, saying it would
        # retaliate": the participle spells out the threat already told
    if event_type == "ACCUSE":
        return first if participle or _lemma(verb.head) in _words()["summons_verbs"] or \
            verb.dep_ == "conj" and _lemma(verb) in _words()["restating_verbs"] else None
    return None


def _act_of(word: Token, coded: dict[int, Event]) -> Event | None:
    """The event coded at ``word``, at the verb whose object it is ("conducted a strike": conducted) or at the
    infinitive it governs ("continued to attack X ... using bombers": attack)."""
    if word.i in coded:
        return coded[word.i]
    if word.dep_ in ("dobj", "obj") and word.head != word:
        return coded.get(word.head.i)
    return next((coded[c.i] for c in word.children if c.dep_ == "xcomp" and c.i in coded), None)


def means_told(verb: Token, event_type: str | None, coded: dict[int, Event]) -> Event | None:
    """The attack a verb of means goes on telling, or None: the infinitive under a participle or relative clause of
    "use" that hangs from the attack ("attacked ISIS in Syria, using fighter aircraft to conduct eight airstrikes";
    "conducted a strike that used a Hellfire missile to kill X"), or "use" with that attack's noun for its subject
    and nothing of its own but a determiner or a number ("carried out five strikes on X. The strikes used 50
    precision munitions", "the strikes employed bombs dropped by F-16s"): the means of one act, no second attack. "The army used tear gas to disperse the crowd",
    "Ukraine used missiles to strike X" tell their own act."""
    if event_type != "ASSAULT":
        return None
    means = _words()["means_verbs"]
    holder = verb.head
    if verb.dep_ in ("xcomp", "advcl") and holder != verb and _lemma(holder) in means and \
            any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) and \
            holder.dep_ in ("advcl", "xcomp", "acl", "relcl") and holder.head.i < holder.i:
        first = _act_of(holder.head, coded)
        return first if first is not None and first.event_type == "ASSAULT" else None
    user = verb if _lemma(verb) in means else holder if verb.dep_ == "advcl" and _lemma(holder) in means else \
        holder.head if verb.dep_ == "acl" and holder.dep_ in ("dobj", "obj") and _lemma(holder.head) in means \
        else None  # "The strikes employed guided bombs dropped by F-16s", as either parse
    if user is None:
        return None
    subject = next((c for c in user.children if c.dep_ == "nsubj"), None)
    if subject is None or _lemma(subject) not in _words()["strike_nouns"] or \
            not any(c.dep_ == "det" and c.lower_ in _TOLD_DETS for c in subject.children) or \
            any(c.dep_ not in ("det", "nummod") for c in subject.children):
        return None
    earlier = list({id(e): e for k, e in coded.items() if k < user.i}.values())
    return next((e for e in reversed(recent_events(earlier, user)) if e.event_type == "ASSAULT"), None)


def merge_targets(first: Event, anchor: Token, actors: list[Any], recipients: list[Any],
                  coded: dict[int, Event]) -> None:
    """The participle's parties are the one attack's (``restates``): its objects replace a place the strike's verb
    names ("hit near X", "carried out six strikes near X") when that verb has no target or victim of its own, else
    they join its targets; its attacker is the attack's when the verb names none. A protest issued in a summons
    keeps the summons' parties."""
    if first.event_type == "SANCTION" and recipients:  # "imposed sanctions, targeting X": X is the measure's
        names = {a.name for a in first.recipient}
        first.recipient.extend(v.actor for v in recipients if v.actor.name not in names)
        return
    if first.event_type != "ASSAULT":
        return
    if not first.actor and actors:
        first.actor = [v.actor for v in actors]
    if not recipients:
        return
    verb = _clause_verb(anchor)
    head = (_strike_phrase(verb, coded) or verb.head) if verb.dep_ == "acl" else verb.head
    if verb.dep_ == "acl" and head.dep_ != "acl":
        return  # "were killed in air strikes conducted by X at Y": the harm verb names the victims
    own = any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.i not in coded for c in head.children)
    told = [v.actor for v in recipients]
    if not own or not first.recipient:
        first.recipient = told
    else:
        names = {a.name for a in first.recipient}
        first.recipient.extend(a for a in told if a.name not in names)


def untargeted_attack(anchor: Token, event_type: str | None, coded: dict[int, Event]) -> Event | None:
    """The attack an attack verb coordinated after it goes on telling (one act, ``oneact.same_act``) when that attack
    has no target of its own: "fired water cannon and rammed a Vietnamese boat" is one attack, aimed at what the
    second verb hits (``merge_targets``). None when the first attack names its target or the verb is no conjunct."""
    if event_type != "ASSAULT" or anchor.dep_ != "conj":
        return None
    node = anchor
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
        first = coded.get(node.i)
        if first is not None:
            return first if first.event_type == "ASSAULT" and not first.recipient else None
    return None


def toll_of(anchor: Token, coded: dict[int, Event]) -> Event | None:
    """The attack a relative clause of harm tells the toll of: the clause's noun or the noun whose phrase holds it
    ("the attack in X which killed 20", "an ambush on the insurgents near X that killed seven")."""
    if anchor.dep_ not in ("relcl", "acl"):
        return None
    node = anchor.head
    for hop in range(3):
        if node.i in coded:
            return coded[node.i]
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or hop == 0 and not _harm_clause(anchor):
            return None
        node = node.head.head
    return None


def _harm_clause(clause: Token) -> bool:
    """A relative clause of harm whose relative is "that"/"which" ("that killed seven", "which left nine dead", "in
    which 30 people were murdered"), not a person ("who retaliated"): only such a clause reaches past the noun it
    hangs from."""
    if _lemma(clause) not in TOLL_VERBS | _words()["toll_verbs"]:
        return False
    return any(c.tag_ == "WDT" and c.dep_ == "nsubj" or c.dep_ == "prep" and any(p.tag_ == "WDT" for p in c.children)
               for c in clause.children)


def breach_means(anchor: Token, coded: dict[int, Event]) -> Event | None:
    """The coded breach whose means the candidate is ("violated the ceasefire by shelling X", "retaliated by firing
    at Y"): the act that breaches is the event, the breach no second one."""
    if anchor.dep_ != "pcomp" or anchor.head.lower_ != "by" or anchor.head.head == anchor.head:
        return None
    verb = anchor.head.head
    if _lemma(verb) not in _words()["breach_verbs"]:
        return None
    return coded.get(verb.i)


def tally_clause(anchor: Token, event_type: str | None, events: list[Event]) -> bool:
    """A tally restated after an act ("announced 120 sanctions, meaning it has now designated 300 people"): the
    clause under "means" counts acts already told, when an act of that type is coded in the sentence."""
    node = anchor
    if node.dep_ != "ccomp" or _lemma(node.head) not in _words()["tally_verbs"]:
        return False
    tally = node.head
    if tally.dep_ not in ("advcl", "relcl", "acl", "conj"):
        return False
    start = anchor.sent.start_char
    return any(e.event_type == event_type and e.evidence and e.evidence[0].start == start for e in events)


def restating_verb(anchor: Token, by_anchor: dict[int, Any]) -> bool:
    """A verb that carries a stance its object noun names with its own party ("affirmed the UAE's condemnation of
    X", "expressed the Kingdom's rejection of Y"): the noun is the event, the verb no act of its own. With only a
    pronoun for the stance's party ("reiterated his condemnation") the verb tells the act, with its subject. A
    participle that names what a criticism it hangs from is aimed at ("criticized X, calling its claims absurd") is
    the same statement."""
    if _lemma(anchor) in _words()["naming_participles"] and anchor.tag_ == "VBG" and anchor.dep_ == "advcl" and \
            anchor.head.i in by_anchor and by_anchor[anchor.head.i].trigger.event_type == "ACCUSE" and \
            any(c.dep_ in ("dobj", "obj", "oprd", "ccomp") for c in anchor.children) and \
            not any(c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") for c in anchor.children):
        return True  # "hit back at X, calling its claims absurd": the criticism, named, no second act
    if _lemma(anchor) not in _words()["restating_verbs"]:
        return False
    for c in anchor.children:
        if c.dep_ in ("dobj", "obj") and c.i in by_anchor:
            named = any(p.dep_ == "poss" and p.tag_ != "PRP$" for p in c.children)
            return named and by_anchor[c.i].trigger.event_type in _words()["restated_types"]
    return False


#: determiners of a noun that names an attack already told ("the strike", "this attack"); "another strike", "a
#: second raid" are new ones
_TOLD_DETS = frozenset({"the", "this", "that", "these", "those"})


def attack_told_before(noun: Token, events: list[Event]) -> Event | None:
    """The attack coded in an earlier sentence (of the few before) that ``noun``, the attack noun subject of a verb
    of harm ("The strike killed four dock workers", "The shelling destroyed two schools"), names again: the noun
    has "the/this/that" and nothing of its own (no attacker, weapon, place or time: "a Russian strike", "the strike
    on Odesa on Monday" tell their own); else None. Its harm is that attack's toll, not a second attack."""
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ in _TOLD_DETS for c in kids) or any(c.dep_ != "det" for c in kids):
        return None
    start = noun.doc[noun.sent.start].idx
    return next((e for e in reversed(recent_events(events, noun))
                 if e.event_type == "ASSAULT" and e.evidence[0].start < start), None)
