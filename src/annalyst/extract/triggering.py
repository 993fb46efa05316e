"""Trigger matching of the event coder: which word of a sentence is an event, and by which lexicon entry.

``TriggerMatcher`` (the base of ``events.EventCoder``) looks every verb and nominalisation up in the lexicon
(``eventlex``): verb classes first ("halted its mediation"), then the curated entries, then the generated CAMEO
layer with its word patterns; a light verb gives the event of its object noun ("carried out a bombing"); copular
predicates ("is opposed to") and demands ("X must ...") have their own matchers. A ``Match`` holds the trigger word,
its entry and the verb whose clause the event is in; ``events.EventCoder`` turns matches into events.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from .agents import agent_code
from .appeals import clause_preposition, with_addressee
from . import demands as disputes
from .claims import lemmas
from .defaults import default_told
from .cooperation import HAVE_MEETING, call_with, courtesy_call, meeting_holder, meeting_preps, not_held, phone_partners, purpose_partners, truce_in_force, visit_arrival
from .eventargs import ArgValue, Args, object_of
from .coercion import on_strike, protest_by, protest_phrase, protest_targets
from .eventlex import Lexicon, Trigger, intent_cues
from .evaluation import colon_demand
from .frames import asks_for_something, infinitive_parties, measure_authors, measure_heads, partnered, placed_under_by, \
    partnership_partners, sanctioned_parties
from .converse import givers
from .military import attack_owners, attackers, named_exercise, operation_target, others_fire, resigned_other, subjected_to_fire, \
    weapon_launchers
from .obligations import adjectives as _obligation_adjectives, bare_demand, demanded_of, impersonal, obliged_parties
from .patterns import match_elements, particle_held, pattern_contexts
from .reactions import judged_manner
from .responsibility import blame_recipients, doer_of
from .nominals import aimed_strike, standing_accord
from .phrases import tokens_of
from .phrases import preps_of as _preps
from .phrases import lemma as _lemma
from .phrases import pobjs
from .tradebans import barred_acts_dropped, embargo_noun
from .stance import felt_disapproval, options_on_table, solidarity_parties
from .typemodel import TypeModel, adjust
from .entryconditions import holds as entry_holds, object_words
from .wordsenses import anchored_verb

__all__ = ["Match", "TriggerMatcher", "meeting_preps"]

#: inflected verb tags whose text the generated dictionary's forms may name
_INFLECTED = frozenset({"VBD", "VBN", "VBG", "VBZ"})

_DEMAND_VERBS = frozenset({"say", "declare", "announce", "state", "insist", "reiterate", "conclude", "tell", "stress",
                           "warn", "add", "write", "argue", "maintain", "underline", "emphasise", "emphasize",
                           "convey", "inform", "remind"})
_COPULAR = frozenset({"be", "become", "remain", "seem"})
#: verbs of saying that make "X is guilty of ..." an accusation by the speaker
_ACCUSING_SPEECH = frozenset({"accuse", "allege", "charge", "claim", "believe", "think", "conclude", "find"})

#: acts of force or pressure whose intent told by a noun ("plans an offensive") is a threat (PLOVER THREATEN)
CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


#: sectors of the parties a fight noun of the reports ("an encounter") is between: forces and armed groups
_ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "SEP", "RAD"})


def _armed_sides(noun: Token, told_only: bool = False) -> bool:
    """A party the fight noun is between or with, on the noun or on the verb it is the subject of ("an encounter
    broke out between SFs and militants", "killed in an encounter with SFs"), is a force or an armed group (or a gang);
    ``told_only`` (a shootout, also a tie-break of sport): any fight whose sides are untold ("a shootout in Karachi"),
    none between teams ("the shootout between Spain and Italy ended 4-3")."""
    holders = [noun, *([noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else [])]
    sides = pobjs(holders, ("between", "with"))
    sides += [c for g in sides for c in g.children if c.dep_ == "conj"]
    armed = _ARMED_SECTORS | {"CRM"} if told_only else _ARMED_SECTORS
    return told_only and not sides or any(agent_code(g) in armed for g in sides)


@dataclass
class Match:
    """A trigger found in the text: the word, the lexicon entry, and the verb that heads its clause."""

    token: Token  # the trigger word (verb or noun)
    trigger: Trigger
    anchor: Token  # the verb whose clause the event is in (the light verb for "carried out a bombing")
    light: bool = False
    nominal: bool = False  # a nominalisation standing alone ("the U.S. withdrawal from ...")
    extra: list[Token] = field(default_factory=list)  # tokens whose prepositions may hold the recipient
    recipients: list[Token] | None = None  # recipient heads fixed by the rule that made the match
    actors: list[Token] | None = None  # actor heads fixed by the rule that made the match
    parties: list[ArgValue] | None = None  # recipients resolved by the rule that made the match (``demands``)


_obj = object_of
#: event types of meetings and joint efforts that may be told as the subject of their verb ("talks were held")
_MEETING_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: verbs of taking place, beginning or ending whose subject is the meeting that happens
_HAPPENING = frozenset({"begin", "start", "open", "resume", "end", "conclude", "continue", "close", "last", "focus",
                        "centre", "center", "produce", "yield"})
_DURATIONS = frozenset({"hour", "minute", "day", "week", "result", "agreement", "deal", "statement", "declaration",
                        "communique", "breakthrough", "understanding", "roadmap"})
#: nouns that tell an appeal under a verb that issues or repeats it ("renewed its call for X to ...")
_APPEAL_NOUNS = frozenset({"call", "appeal", "plea", "request"})
#: the prepositions whose object a measure is aimed at, by the preposition its entry asks for ("aimed sanctions at X")
_AIMED_PREPS: dict[str, tuple[str, ...]] = {"at": ("at", "on", "against")}


#: verbs of arriving whose place phrase names the host of a visit
_ARRIVAL = frozenset({"arrive", "land"})


#: sectors of generic agents whose journeys are no diplomatic visits (agents.txt)
_PRIVATE_SECTORS = frozenset({"CVL", "REF", "LAB", "AGR", "EDU", "BUS", "HLH"})


def _private_travellers(verb: Token) -> bool:
    """The verb's subject (through a relative pronoun: "families who returned") is a generic agent of private
    people: civilians, refugees, workers, farmers, students, traders, doctors."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "WP" and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and agent_code(subj) in _PRIVATE_SECTORS


def _dyad(noun: Token) -> list[Token]:
    """The two names of a hyphenated pair before a meeting noun ("the Erdogan-Aliyev meeting", "the Blinken-Wang
    talks"): both sides meet; the body named before it ("the Arab League summit"); [] for anything else."""
    last = next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1 and c.pos_ == "PROPN"), None)
    if last is None:
        return []
    if last.i < 2 or last.doc[last.i - 1].tag_ != "HYPH":
        return [last] if last.ent_type_ in ("ORG", "NORP") else []  # "the Arab League summit": the body meets
    first = last.doc[last.i - 2]
    return [first, last] if first.pos_ == "PROPN" and first.text[:1].isupper() else []


def intended_holders(verb: Token) -> list[Token]:
    """Words whose prepositions may name the party of an appeal or a stated intention besides the verb's own:
    its infinitive and the infinitive's object ("pledged to work with X", "offered to host talks between X and
    Y", "urged X to ...") and what is called for ("called for dialogue between X and Y")."""
    xcomps = [c for c in verb.children if c.dep_ == "xcomp"]
    objects = [o for x in xcomps for o in x.children if o.dep_ in ("dobj", "obj")]
    asked = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    return [*xcomps, *objects, *asked]


def asked_subjects(verb: Token) -> list[Token]:
    """The subjects of a "for X to ..." or "that X ..." clause of the verb or its object: the party asked
    ("renewed its call for X to release ...", "echoed the call that all parties respect ...")."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    return [s for h in holders for clause in h.children if clause.dep_ in ("advcl", "acl", "ccomp", "relcl")
            and any(m.dep_ == "mark" and m.lower_ in ("for", "that") for m in clause.children)
            for s in clause.children if s.dep_ == "nsubj"]


#: nouns of a stretch of time whose "of" phrase names what goes on in it ("ten days of war games"), and nouns of a
#: number whose "of" phrase names what was done ("launched thousands of airstrikes", "conducted dozens of raids")
_SPANS = frozenset({"day", "week", "month", "hour", "round", "series", "wave",
                    "dozen", "hundred", "thousand", "score", "number", "handful", "couple", "spate", "string"})


def _spanned(obj: Token) -> Token:
    """The event noun of a stretch of time, a series or a number ("launched ten days of war games", "a new round of
    talks", "conducted dozens of strikes"): the noun of its "of" phrase; the object itself otherwise."""
    if _lemma(obj) not in _SPANS:
        return obj
    return next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"), obj)


#: verbs that tell an act goes on, starts again or starts: the act is their complement's ("resumed shelling X")
_ASPECT = frozenset({"continue", "keep", "resume", "begin", "start", "renew"})


def _aspect(found: list[Match]) -> list[Match]:
    """One act for an aspect verb and its complement: "resumed shelling Kharkiv" is the shelling (the lexicon's
    "resume shelling" entry yields to the verb's own); the parser's "continued striking targets" (the participle
    read as a modifier of the object) is the striking, in the clause of "continued", on the targets."""
    by_token = {m.token.i: m for m in found}
    out: list[Match] = []
    for m in found:
        tok = m.token
        if _lemma(tok) in _ASPECT and m.anchor is tok and any(
                c.dep_ in ("xcomp", "dobj", "obj") and c.i in by_token and
                by_token[c.i].trigger.event_type == m.trigger.event_type for c in tok.children):
            continue
        verb = tok.head.head
        if tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.head.dep_ in ("dobj", "obj") and \
                _lemma(verb) in _ASPECT and tok.i == verb.i + 1 and m.anchor is tok:
            m = Match(tok, m.trigger, verb, recipients=[tok.head])
        out.append(m)
    return out


#: sectors of generic agents (resources/actors/agents.txt) whose "strike" is a stoppage of work, not an attack
_CIVIL_SECTORS = frozenset({"LAB", "EDU", "HLH", "AGR", "BUS", "MED", "JUD", "OPP", "CVL", "REF"})


def _civilian(tok: Token) -> bool:
    return agent_code(tok) in _CIVIL_SECTORS or _lemma(tok).endswith(("worker", "union", "employee"))


def _labour_strike(verb: Token, obj: Token) -> bool:
    """"the dockworkers continued their strike", "a teachers' strike": a "strike" held by workers, students,
    doctors or traders is a stoppage of work (PROTEST, CAMEO 143), not an attack."""
    if _lemma(obj) != "strike":
        return False
    holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    holders += [c for c in obj.children if c.dep_ in ("poss", "compound")]
    return any(_civilian(h) or any(_civilian(c) for c in h.conjuncts) for h in holders)


class TriggerMatcher:
    """The trigger-finding half of ``events.EventCoder``: needs ``lex`` (a ``Lexicon``) and ``irregular``."""

    lex: Lexicon
    irregular: dict[str, list[str]]
    typer: TypeModel | None

    # -------------------------------------------------------------------------------------------- triggers

    def _curated(self, entries: list[Trigger], verb: Token, args: Args) -> Trigger | None:
        for trig in entries:
            if entry_holds(trig, verb, args):
                return trig
        return None

    def _generated(self, lemma: str, verb: Token, args: Args | None = None) -> Trigger | None:
        """A trigger from the generated CAMEO layer (or an overlaid dictionary): the best-matching pattern of words
        around the verb (most words matched), else the verb's default code when its arguments tell its act
        (``defaults``)."""
        entry, source = self.lex.cameo_entry(lemma)
        if not entry or (source == "cameo" and lemma.split()[0] in self.lex.generated_stop):
            return None
        best: tuple[int, list, str] | None = None
        patterns = entry.get("patterns", ())
        if patterns:
            before, after = pattern_contexts(verb)
            compound = any(c.dep_ == "conj" for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for c in s.children)
            for pattern in patterns:
                pre, post, code = pattern
                score_pre = match_elements(pre, before, compound) if pre else 0
                if score_pre is None:
                    continue
                score_post = match_elements(post, after) if post and particle_held(post, verb) else 0 if not post \
                    else None
                if score_post is None:
                    continue
                score = score_pre + score_post
                if score and (best is None or score > best[0]):
                    best = (score, post, code)
        if best is None and source == "cameo" and lemma in self.lex.generated_no_default:
            return None
        code = best[2] if best else entry.get("code")
        trig = self.lex.trigger_for_code(code, source)
        if trig is not None and best is None and source == "cameo" and not default_told(verb, trig, args, self.lex):
            return None  # another sense of the verb: "the rupee settled at 82.6", "organized a vote"
        if trig is not None and best is None and source == "cameo" and trig.event_type == "REQUEST" and \
                not asks_for_something(verb):
            return None  # the generated layer's default appeal/demand with nothing asked: "advising and assisting X"
        obj = _obj(verb)
        if trig is not None and source == "cameo" and trig.mode == "visit" and (
                obj is not None and obj.dep_ in ("dobj", "obj") or _private_travellers(verb)):
            return None  # a visit is an envoy's journey ("returned from X"): not a thing or people moved ("helped
            # return migrants from X"), nor families or refugees coming home ("families who returned from Iran")
        if trig is not None and best is not None and obj is not None:
            words = object_words(obj)
            chosen = {w for element in best[1] for alt in element for w in alt.split()}
            if chosen & words:
                # chosen by its object ("fired artillery shells"): that object is not the recipient
                trig = replace(trig, conditions={**trig.conditions, "obj": frozenset(chosen & words)})
        return trig

    def _verb_lemma(self, tok: Token) -> str:
        """The verb's lemma, or a base form of its text the lexicon knows (the small model says "stag" for
        "staged", "hop" for "hopes"); a verb the lists lack is read as the known verb it is a kind of ("strafed"
        as "attack", ``wordsenses``)."""
        lemma = _lemma(tok)
        verbs, light = self.lex.verbs, self.lex.light_verbs  # (no union of the two built per verb)
        if lemma in verbs or lemma in light or lemma in self.lex.cameo_verbs:
            return lemma
        for form in sorted(lemmas(tok)):
            if form in verbs or form in light:
                return form
        if lemma == tok.lower_ and self.irregular.get(lemma):
            return self.irregular[lemma][0]  # "retook" -> "retake"
        if tok.tag_ in _INFLECTED and lemma not in self.lex.classes and tok.lower_ in self.lex.verb_forms:
            return self.lex.verb_forms[tok.lower_]  # "extolled": the small model says "extoll"
        return anchored_verb(tok, lemma, self.lex, self.irregular) or lemma

    def _intended(self, tok: Token, lemma: str) -> Match | None:
        """A conflict act told by the noun object of a verb of intending ("plans an offensive", "vowed a crackdown",
        "promised retaliation", ``intents.json``): the act itself through its verb (the coder makes the intent a
        threat); a noun of reprisal with no type of its own makes the verb a threat. Cooperative objects ("pledged
        aid") stay with the verb's own trigger."""
        cues = intent_cues()
        obj = _obj(tok) if lemma in cues["intent_verbs"] else None
        if obj is None or obj.dep_ not in ("dobj", "obj"):
            return None  # "the attack had been planned": a plan of others, told passively, is no one's intent here
        noun = self.noun_trigger(obj)
        if noun is not None and noun.event_type in CONFLICT_TYPES:
            return Match(obj, replace(noun, conditions={}), tok, light=True, extra=[obj])
        if noun is None and _lemma(obj) in cues["threat_nouns"]:
            return Match(tok, Trigger("THREATEN", cameo="130"), tok)
        return None

    def match_verb(self, tok: Token, args: Args) -> Match | None:
        if judged_manner(tok):  # "condemned the execution of X by hanging": how the judged act was done
            return None
        if _lemma(tok) == "call" and disputes.labels_object(tok):
            return None  # "called the truce a trick", "called the strike a crime": a label, not the act called
        lemma = self._verb_lemma(tok)
        particle = next((c for c in tok.children if c.dep_ == "prt"), None)
        phrase = f"{lemma} {particle.lower_}" if particle is not None else None
        if phrase is None:
            for child in tok.children:
                if child.dep_ == "prep" and f"{lemma} {child.lower_}" in self.lex.phrasal:
                    phrase = f"{lemma} {child.lower_}"
                    break
            if phrase is None and f"{lemma} for" in self.lex.phrasal and clause_preposition(tok):
                phrase = f"{lemma} for"  # "called for X to withdraw" parsed as a clause marked "for" (``appeals``)
        intended = self._intended(tok, lemma) if phrase is None else None
        if intended is not None:
            return intended
        if lemma in ("fire", "shell", "bomb", "strike") and (fired := subjected_to_fire(tok)) is not None:
            trig = self.lex.trigger_for_code("190", "curated")  # "subjected to fire the positions of X"
            # anchored on "subjected", the clause that tells it: the infinitive is no purpose
            return Match(tok, trig, tok.head, actors=fired[0], recipients=fired[1]) if trig is not None else None
        held = lemma in HAVE_MEETING and phrase is None and _obj(tok) is not None
        if (phrase and self.lex.is_light(phrase)) or (phrase is None and self.lex.is_light(lemma)) or held or \
                (phrase is not None and not self.lex.curated_verb(phrase) and self.lex.is_light(lemma)):
            obj = _obj(tok)
            if obj is not None:
                kind_noun = self.lex.noun(_lemma(obj))
                if kind_noun is not None and kind_noun.conditions.get("no_fallback") and self.noun_trigger(obj) is None:
                    return None  # "conducted a test of the X": a test of no weapon named is no other act
                obj = _spanned(obj) if self.noun_trigger(obj) is None else obj  # "launched ten days of war games"
                noun = self.noun_trigger(obj)
                target = obj
                if noun is not None and noun.event_type == "ASSAULT" and (started := self._curated(
                        [c for c in self.lex.classes.get(lemma, []) if c.event_type in ("MOBILIZE", "COERCE")],
                        tok, args)):
                    # "launched an offensive": the start of an operation (MOBILIZE), "launched strikes": force used;
                    # "police conducted raids": the police's coercion (COERCE)
                    return Match(tok, started, tok, recipients=operation_target(tok, args) or None)
                if noun is not None and noun.event_type == "PROTEST" and _lemma(obj) == "protest" and (
                        protested := self._curated([c for c in self.lex.classes.get(lemma, [])
                                                    if c.event_type == "ACCUSE"], tok, args)):
                    return Match(tok, protested, tok)  # "made a strong protest against X": a verbal protest (ACCUSE)
                if noun is None:
                    for child in obj.lefts:
                        if child.dep_ == "compound" and self.lex.noun(_lemma(child)) is not None:
                            noun, target = self.lex.noun(_lemma(child)), child
                            break
                if noun is not None and noun.event_type == "ASSAULT" and _labour_strike(tok, obj):
                    noun = replace(self.lex.trigger_for_code("143", "curated") or noun, mode="strike")
                if noun is not None and (held and noun.event_type != "CONSULT" or noun.event_type == "CONSULT" and
                                         any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)):
                    return None  # "had talks with X" holds them; "has an agreement with X" is a state; "held no talks"
                if noun is not None:
                    alone = noun.conditions.get("alone_cameo")
                    if alone and not partnered(tok, obj):  # "held drills near X" shows force; "joint drills" cooperate
                        noun = self.lex.trigger_for_code(alone, "curated") or noun
                    return Match(target, noun, tok, light=True, extra=[obj],
                                 recipients=(partnership_partners(tok, obj) or None) if alone else None)
            if phrase and self.lex.is_light(phrase) and not self.lex.overlay:
                return None  # "stepped up deportations": the particle makes it a light verb, its object no event
        if self.lex.overlay:
            entry, _ = self.lex.cameo_entry(phrase or lemma)
            if entry:
                trig = self._generated(phrase or lemma, tok)
                return Match(tok, trig, tok) if trig is not None and not trig.no_event else None
        classed = self._curated(self.lex.classes.get(lemma, []), tok, args)
        if classed is not None and classed.mode == "ceasefire" and others_fire(tok, args):
            classed = None  # "halted the Russian offensive", "helped end the fighting": not the subject's own fire
        if classed is not None and classed.no_event:
            return None  # "fired the interior minister"
        if classed is not None and classed.conditions.get("launcher"):
            # "downed nine of 14 drones launched by X": X's attack on the party that downed them (``military``)
            return Match(tok, classed, tok, actors=weapon_launchers(tok), recipients=args.subject_heads(tok) or None)
        if classed is not None:
            held_for = intended_holders(tok) if classed.event_type == "AGREE" else []  # "offered to mediate between"
            if "xcomp" in classed.conditions:  # "vowed to retaliate against X"
                return Match(tok, classed, tok, recipients=infinitive_parties(tok, args) or None, extra=held_for)
            if classed.event_type == "MOBILIZE" and "obj" in classed.conditions:  # "launched an operation to ..."
                return Match(tok, classed, tok, recipients=operation_target(tok, args) or None)
            state = _obj(tok) if "oprd" in classed.conditions else None
            if state is not None and _lemma(state) in classed.conditions["oprd"]:
                # "took its crew hostage": the parser made the state the object and the people its modifier
                people = [c for c in state.children if c.dep_ == "compound"][-1:]
                return Match(tok, classed, tok, recipients=people or None)
            if classed.conditions.get("undergone"):  # "received fire from X": X attacks the subject
                told = attackers(tok) if classed.event_type == "ASSAULT" else givers(tok, classed.event_type != "AID")
                return Match(tok, classed, tok, actors=told, recipients=args.subject_heads(tok))
            owners = attack_owners(tok, args) if classed.event_type == "ASSAULT" else []
            if owners:  # "repelled an ISIL counterattack"
                return Match(tok, classed, tok, recipients=owners)
            obj = _obj(tok)
            if classed.event_type == "SANCTION" and "reward" in classed.conditions.get("obj", ()):
                sought = sanctioned_parties(tok, args)  # "a reward for information on X": X; no one sought, no event
                return Match(tok, classed, tok, recipients=sought) if sought else None
            if classed.event_type == "SANCTION" and "subj" in classed.conditions:  # "X's designations target Y"
                return Match(tok, classed, tok, actors=measure_authors(tok, args) or None)
            aimed = [g for prep in _AIMED_PREPS.get(str(classed.conditions.get("prep")), ("on", "against"))
                     for g in _preps(measure_heads(tok, obj)).get(prep, [])
                     if g.ent_type_ not in ("DATE", "TIME")] \
                if classed.event_type == "SANCTION" and {"obj", "particle"} & classed.conditions.keys() else []
            # ("halted gas supplies to Latvia on Friday": a day is no party aimed at)
            if aimed:  # "secured new sanctions listings on X": X, not the body the listings are of
                return Match(tok, classed, tok, recipients=aimed)
            if classed.event_type == "REQUEST" and obj is not None and _lemma(obj) in _APPEAL_NOUNS:
                # "renewed its call for X to ...": X is asked; "echoed X's call that ...": X appeals
                owners = [c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
                return Match(tok, classed, tok, recipients=asked_subjects(tok) or None, actors=owners or None)
            if classed.event_type == "ASSAULT" and "force" in classed.conditions.get("pobj", ()):
                # "would respond with force (against X)": the force is the means, X (when told) the target
                return Match(tok, classed, tok, recipients=[g for c in tok.children if c.dep_ == "prep" and
                                                            c.lower_ in ("against", "at") for g in c.children
                                                            if g.dep_ == "pobj"])
            stood = solidarity_parties(tok) if classed.event_type == "SUPPORT" else []
            if stood:  # "stands by Ukraine", "stand shoulder to shoulder with India" (``stance``)
                return Match(tok, classed, tok, recipients=stood)
            if classed.mode == "visit" and purpose_partners(tok):  # "travelled to X for talks with Y": Y
                return Match(tok, classed, tok, recipients=purpose_partners(tok))
            return Match(tok, classed, tok, extra=held_for)
        entries = (self.lex.curated_verb(phrase) if phrase else []) or self.lex.curated_verb(lemma)
        if entries:
            trig = self._curated(entries, tok, args)
            if trig is None and (phrase or lemma) in self.lex.generated_fallback:
                trig = self._generated(phrase or lemma, tok, args)  # "added X to its sanctions list", else its CAMEO use
        else:
            trig = self._generated(phrase or lemma, tok, args) or (self._generated(lemma, tok, args) if phrase else None)
        if trig is None or trig.no_event:
            return None
        if trig.mode == "resign" and (resigner := resigned_other(tok)):
            return Match(tok, trig, tok, actors=resigner, recipients=[])  # "announced the resignation of X": X resigns
        if trig.event_type == "REQUEST" and courtesy_call(tok):  # "called on the minister in Riyadh": a visit
            trig = self.lex.trigger_for_code("042", "curated") or trig
        listed = _obj(tok) if trig.event_type == "SANCTION" and trig.conditions.get("prep") == "to" else None
        if listed is not None:
            return Match(tok, trig, tok, recipients=[listed])  # "added five individuals to its Russia list"
        if trig.event_type == "SANCTION" and trig.conditions.get("prep") == "under" and (by := placed_under_by(tok, args)):
            return Match(tok, trig, tok, actors=by)  # "was placed under sanctions by the EU"
        if "phrase" in trig.conditions and trig.event_type == "SANCTION" and sanctioned_parties(tok, args):
            return Match(tok, trig, tok, recipients=sanctioned_parties(tok, args))  # "declared X persona non grata"
        extra = intended_holders(tok) if trig.event_type in ("REQUEST", "AGREE", "REJECT") else []
        if trig.event_type == "REJECT" and infinitive_parties(tok, args):  # "refused to receive X's delegation"
            return Match(tok, trig, tok, extra=extra, recipients=infinitive_parties(tok, args))
        if trig.event_type == "CONSULT" and lemma in _ARRIVAL:  # "arrived in Beijing for a state visit": the host
            hosts = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                     for p in c.children if p.dep_ == "pobj" and (args.mentions.at(p) is not None or p.ent_type_ == "GPE")]
            trig = (self.lex.trigger_for_code("042", "curated") or trig) if visit_arrival(tok) else trig
            return Match(tok, trig, tok, extra=extra, recipients=hosts or None)
        if trig.cameo == "063" and (receiving := pobjs([tok, *filter(None, [_obj(tok)])], ("to",))):
            # "extradited X to the United States", the parser hanging "to" on X too
            return Match(tok, trig, tok, extra=extra, recipients=receiving)  # the state receiving X, not X
        if trig.mode == "visit" and purpose_partners(tok):  # "travelled to X for talks with Y": Y
            return Match(tok, trig, tok, extra=extra, recipients=purpose_partners(tok))
        return Match(tok, trig, tok, extra=extra)

    def noun_trigger(self, tok: Token) -> Trigger | None:
        """The noun's trigger, a two-word name first ("hunger strike", "war games"); a named exercise's
        ("Exercise Shakti Accord": the exercise's, ``military.named_exercise``)."""
        if (named := named_exercise(tok)) is not None or not self.lex.may_name_act(_lemma(tok), tok.lower_):
            return self.lex.noun(_lemma(named)) if named is not None else None
        for child in tok.lefts:
            if child.dep_ in ("compound", "amod"):
                hit = self.lex.noun(f"{_lemma(child)} {_lemma(tok)}")
                if hit is not None:
                    return hit
        for child in tok.rights:  # "an exchange of fire": a noun named with its "of" (or "from") phrase
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):  # "withdrawal from the treaty"
                hit = next((self.lex.noun(f"{_lemma(tok)} {child.lower_} {_lemma(g)}") for g in child.children
                            if g.dep_ == "pobj"), None)
                if hit is not None:
                    return hit
        hit = protest_by(tok, self.lex) or self.lex.noun(_lemma(tok))  # an object condition needs its "of" phrase
        if hit is not None and hit.conditions.get("armed_sides") and not _armed_sides(
                tok, hit.conditions["armed_sides"] == "told"):
            return None  # "a chance encounter with the minister": no fight
        if hit is None and tok.lower_ in ("call", "calls") and call_with(tok):  # "held a call with X": a phone call
            return self.lex.noun("phone call")
        if hit is not None and any(c.dep_ in ("amod", "compound") and _lemma(c) in hit.conditions.get(
                "not_modifier", ()) for c in tok.children):
            return None  # "a charm offensive": no military act
        return None if hit is not None and "obj" in hit.conditions and not object_words(tok) & hit.conditions["obj"] else hit

    def match_noun(self, tok: Token) -> Match | None:
        trig = self.noun_trigger(tok)
        if trig is None or trig.event_type == "CONSULT" and not_held(tok):
            return None  # "postponed his visit to X", "a planned meeting": not held
        if trig.event_type == "AGREE" and standing_accord(tok):
            return None  # "breaching the fisheries accord": a text in force, no agreement reached (``nominals``)
        head = tok.head
        if tok.dep_ in ("dobj", "obj") and (self.lex.is_light(_lemma(head)) or head.lemma_ in self.lex.phrasal):
            return None  # coded through its light verb
        if tok.dep_ == "pobj" and head.lower_ == "on" and _lemma(head.head) in _COPULAR and \
                (trig.event_type == "PROTEST" or _lemma(tok) == "strike"):
            # "the activist has been on hunger strike", "doctors are on strike": the subject of the copula strikes
            strikers = on_strike(tok, head.head)
            if trig.event_type != "PROTEST":
                trig = replace(self.lex.trigger_for_code("143", "curated") or trig, mode="strike")
            return Match(tok, trig, head.head, light=True, extra=[tok], actors=strikers) if strikers else None
        if trig.conditions.get("needs_light_verb") and not aimed_strike(tok):  # "Russian strikes on X" (``nominals``)
            called = phone_partners(tok) if trig.mode == "phone" else None
            if called is not None:  # "X told Y in a phone call that ...": X called Y
                return Match(tok, trig, called[0], light=True, extra=[tok], actors=called[1], recipients=called[2])
            if self._meeting_happens(tok, trig) or trig.mode == "ceasefire" and truce_in_force(tok):
                # "talks (were held) between X and Y": the parties meet, told by the verb the talks are subject of
                parties = pobjs((tok, head), ("between", "of"))[:1] or \
                    _dyad(tok)
                held = meeting_holder(tok)  # "the Foreign Secretary's meeting with X focused on ...": X is met
                if not parties and held is not None:
                    return Match(tok, trig, head, light=True, extra=[tok], actors=held[0], recipients=held[1])
                return Match(tok, trig, head, light=True, extra=[tok], actors=parties,
                             recipients=[] if trig.mode == "ceasefire" else None) if parties else None
            if not (trig.event_type == "CONSULT" and tok.dep_ == "pobj" and tok.head.lower_ in meeting_preps(trig.mode) and
                    any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)):
                return None  # a meeting with no verb to hold it, unless it sets a clause: "said after talks with X"
        doer = doer_of(tok)  # "blamed X for the hack", "X was behind the killing" (responsibility)
        if doer is not None:
            return Match(tok, trig, tok, nominal=True, extra=[tok], actors=doer.parties)
        if tok.dep_ in ("attr", "acomp") or (tok.dep_ in ("nsubj",) and _lemma(head) in _COPULAR):
            return None
        if trig.mode == "visit" and tok.dep_ == "pobj" and head.lower_ == "on" and _lemma(head.head) in _COPULAR:
            # "X is on a state visit to Y": the subject of the copula visits
            visitors = [c for c in head.head.children if c.dep_ == "nsubj"]
            return Match(tok, trig, head.head, light=True, extra=[tok], actors=visitors) if visitors else None
        return Match(tok, trig, tok, nominal=True, extra=[tok])

    def _meeting_happens(self, noun: Token, trig: Trigger) -> bool:
        """A meeting, talks or a joint effort told as the subject of its light verb in the passive ("talks were
        held between X and Y") or of a verb of taking place ("talks between X and Y began", "took place")."""
        if trig.event_type not in _MEETING_TYPES:
            return False
        head = noun.head
        if noun.dep_ == "nsubjpass":
            return self.lex.is_light(_lemma(head))
        if noun.dep_ != "nsubj":
            return False
        if _lemma(head) == "take":
            return any(c.dep_ in ("dobj", "obj") and c.lower_ == "place" for c in head.children)
        return _lemma(head) in _HAPPENING and not any(c.dep_ in ("dobj", "obj") and c.lemma_ not in _DURATIONS
                                                     for c in head.children)  # "talks ended the dispute": no

    # ------------------------------------------------------------------------------------------- arguments

    def matches(self, doc: Doc, args: Args) -> list[Match]:
        found: list[Match] = []
        obligation = _obligation_adjectives()  # (only the tokens some test below can take are read)
        for tok in tokens_of(doc, ("VERB", "NOUN", "PROPN"), {*self.lex.adjectives, "options", "option", "must", *obligation}):
            lower, pos = tok.lower_, tok.pos_  # read once for every test below
            m = self._predicate(tok) if lower in self.lex.adjectives else None
            if m is not None:
                pass
            elif pos == "VERB":
                m = (None if self.lex.overlay else disputes.match(tok, args)) or self.match_verb(tok, args)
                protest = protest_phrase(tok)  # "set himself on fire in protest against X" (``coercion``)
                if protest is not None and (m is None or m.trigger.event_type == "COERCE") and not any(
                        self.lex.noun(_lemma(s)) is not None for s in args.subject_heads(tok)):  # a strike shut X
                    m = Match(tok, self.lex.trigger_for_code("140", "curated") or Trigger("PROTEST", cameo="140"),
                              tok, recipients=protest_targets(protest) or None)
            elif pos in ("NOUN", "PROPN") and not _inside_name(tok, args):
                m = self.match_noun(tok)
            m = felt_disapproval(m, args) if m is not None else None  # "X is disappointed by Y's decision" (``stance``)
            m = embargo_noun(m, args) if m is not None else None  # "a ban on Japanese seafood" (``tradebans``)
            if m is not None:
                found.append(m)
            if pos == "VERB" and _lemma(tok) in _DEMAND_VERBS:
                demand = self._demand(tok, args)
                if demand is not None:
                    found.append(demand)
            if lower in ("options", "option") and (kept := options_on_table(tok)) is not None:
                # "Russia said all options are on the table if NATO ...": a warning of force (``stance``)
                found.append(Match(tok, Trigger("THREATEN", cameo="130", source="curated"), kept[0],
                                   actors=kept[1], recipients=kept[2] or None))
            if lower == "must":
                titled = colon_demand(tok, args)  # "Foreign Secretary: Russia must withdraw its troops"
                if titled is not None:
                    found.append(Match(tok, Trigger("REQUEST", mode="demand", cameo="100", source="curated"),
                                       titled[0], actors=[titled[0]], recipients=titled[1]))
                elif (asked := bare_demand(tok, args)) is not None:  # "Israel must halt its attacks" (``obligations``)
                    found.append(Match(tok, Trigger("REQUEST", mode="demand", cameo="100", source="curated"),
                                       tok, actors=[], recipients=asked))
            if lower in obligation and (told := impersonal(tok, args)) is not None:
                # "it is essential that the regime provide access" (``obligations``)
                found.append(Match(tok, Trigger("REQUEST", mode="demand", cameo="100", source="curated"), told[2],
                                   actors=told[0], recipients=told[1]))
        found = barred_acts_dropped(found)  # "banned X from using Y's equipment": the ban alone
        found = blame_recipients(found)  # "blamed the poisoning on Moscow": Moscow is blamed (``responsibility``)
        found = _aspect([with_addressee(disputes.with_proposal_author(disputes.with_envoy_states(m, args), args), args)
                         for m in found if disputes.keeps(m, found)])
        if self.typer is not None and not self.lex.overlay:
            found = adjust(self.typer, doc, found, Match, Trigger)
        return found

    def _predicate(self, adj: Token) -> Match | None:
        """A copular predicate: "X is opposed to Y" (the subject acts on the object of the adjective's preposition);
        an accusing one said of someone, "Iran said X was guilty of ..." (the speaker accuses the subject)."""
        trig, prep, by_speaker = self.lex.adjectives[adj.lower_]
        if adj.dep_ == "acomp" and _lemma(adj.head) in _COPULAR:
            clause = adj.head
        elif adj.tag_ == "VBN" and any(c.dep_ in ("auxpass", "aux") and c.lemma_ in _COPULAR for c in adj.children) \
                and not any(c.dep_ == "agent" for c in adj.children):
            clause = adj  # "is opposed to" parsed as a passive
        else:
            return None
        pobjs = [g for c in adj.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children
                 if g.dep_ in ("pobj", "pcomp")]
        holders = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]  # "Russia" under "is"
        subjects = [c for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return None
        if by_speaker:
            speaker = clause.head if clause.dep_ == "ccomp" else None
            if speaker is None or _lemma(speaker) not in _DEMAND_VERBS | _ACCUSING_SPEECH:
                return None  # "X is guilty of ..." told by the article: a verdict or a description, no accusation
            heads = [c for c in speaker.children if c.dep_ in ("nsubj", "nsubjpass")]
            return Match(adj, trig, speaker, actors=heads, recipients=subjects) if heads else None
        if not pobjs:
            return None
        return Match(adj, trig, clause, actors=subjects, recipients=pobjs)

    def _demand(self, verb: Token, args: Args) -> Match | None:
        """"X said that Y must ...": a demand (REQUEST) by X of Y."""
        for clause in verb.children:
            if clause.dep_ != "ccomp":
                continue
            must = any(c.dep_ == "aux" and c.lower_ == "must" for c in clause.children)
            if _lemma(verb) == "insist" and (any(c.dep_ == "aux" and c.lower_ == "should" for c in clause.children)
                                             or (clause.tag_ == "VB" or clause.tag_ == "VBP" and verb.tag_ == "VBD")
                                             and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)):
                # "insisted that X should ...", "insisted that X allow ..." (a bare verb after a past "insisted"):
                # the subjunctive of a demand
                must = True
            subjects = demanded_of([c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")], args)
            if not must:
                subjects = obliged_parties(clause, args)  # "said the junta should allow ..." (``obligations``)
            if not subjects:
                continue
            trig = Trigger("REQUEST", mode="demand", cameo="100", source="curated")
            # "X must be defeated", "the resolution must be implemented": what the demand concerns, not who is asked
            return Match(verb, trig, verb, recipients=[s for s in subjects if s.dep_ != "nsubjpass"])
        return None


def _inside_name(tok: Token, args: Args) -> bool:
    """``tok`` is a capitalised word inside a party's name of several words ("United Liberation Front of Asom", "The
    Resistance Front"): part of the name, no act of its own."""
    span = args.mentions.at(tok)
    return span is not None and len(span) > 1 and tok.text[:1].isupper() and span.root.ent_type_ != "EVENT"
