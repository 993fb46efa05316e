"""Small tests of a trigger's frame that the event coder uses to choose a code or to tell one act once:

* whether an act has a partner ("joint drills with X" cooperate, "drills near X" show force);
* which named parties an infinitive tells ("vowed to retaliate against X");
* whether a noun names an attack by its own place ("the bombings in X");
* whether a verb of asking tells what is asked ("advised X to leave", not "advising and assisting X");
* whether a weapon or attack noun is the subject of a verb of harm, the means of one attack ("a roadside bomb
  killed two soldiers");
* whether a passive toll is explained by an attack clause ("three were killed when gunmen attacked X").
"""

from __future__ import annotations

from itertools import takewhile
from typing import Any

from spacy.tokens import Token

from ..resources import load_json
from .argwords import is_place_head
from .eventargs import is_topic_verb
from .phrases import explains_a_result, pobjs

__all__ = ["TOLL_VERBS", "asks_for_something", "attack_means", "complement_parties", "infinitive_parties", "measure_heads",
           "partnered", "partnership_partners", "toll_clause", "toll_head",
           "unclaimed_attack", "which_toll"]

#: verbs whose object is a place left or reached ("ordered X to leave the country"), not a party
_PLACE_OBJECT_VERBS = frozenset({"leave", "depart", "quit", "exit", "enter", "reach", "visit"})
_BOUNDARY_WORDS = frozenset({"border", "frontier", "boundary", "line"})
#: modifiers of a subject that may name its parties ("American and Filipino marines", "U.S. and Iraqi forces")
_SIDE_MODS = frozenset({"amod", "compound", "nmod"})


def partnered(verb: Token, obj: Token) -> bool:
    """Whether an act named by ``verb`` + ``obj`` has a partner: "with"/"alongside" phrases, also inside "in
    partnership with" ("in conjunction with", ``arguments.json`` partnership_nouns), a "joint" modifier or a second
    subject ("X and Y held drills")."""
    mods = [c for c in obj.children if c.dep_ in ("amod", "compound")]
    mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ in ("amod", "compound")]
    joint = load_json("events", "arguments.json")["joint_words"]
    if any(c.lower_ in joint for c in mods):  # also "joint military drills" (joint on 'military')
        return True
    for c in (c for h in (verb, obj) for c in h.children):
        # "near the border with X" names a place, whatever the parser attached the phrase to
        if c.dep_ == "prep" and c.lower_ in ("with", "alongside") and not (
                c.i > 0 and c.doc[c.i - 1].lemma_.lower() in _BOUNDARY_WORDS):
            return True
    if any(c.dep_ == "advmod" and c.lower_ == "together" for c in verb.children):
        return True
    if partnership_partners(verb, obj):
        return True  # "X, in partnership with Y, will conduct an exercise"
    subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    # "American and Filipino marines held drills": two parties named in the subject's modifiers
    return any(c.dep_ == "conj" for s in subjects for h in (s, *(m for m in s.children if m.dep_ in _SIDE_MODS))
               for c in h.children)


def partnership_partners(verb: Token, obj: Token) -> list[Token]:
    """The partners named by an "in partnership with" phrase ("in conjunction with", ``arguments.json``
    partnership_nouns) of the verb, its object or its subject ("the Ghanaian army, in partnership with the Nigerian
    army, will conduct an exercise": the Nigerian army); [] when there is none."""
    partnership = load_json("events", "arguments.json")["partnership_nouns"]
    holders = [verb, obj, *(s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass"))]
    return [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in partnership
            for w in p.children if w.dep_ == "prep" and w.lower_ == "with"
            for g in w.children if g.dep_ == "pobj"]


def infinitive_parties(verb: Token, args: Any) -> list[Token]:
    """The named parties of the verb's infinitive: its object, or the target after "against"/"on" ("vowed to
    retaliate against X"); "respond with overwhelming force" names none."""
    out = []
    for xcomp in (c for c in verb.children if c.dep_ == "xcomp"):
        for child in xcomp.children:
            if child.dep_ in ("dobj", "obj") and xcomp.lemma_.lower() not in _PLACE_OBJECT_VERBS:
                out.append(child)
            elif child.dep_ == "prep" and child.lower_ in ("against", "on"):
                out.extend(p for p in child.children if p.dep_ == "pobj")
    return [t for t in out if args.mentions.at(t) is not None]


#: prepositions whose object, in the act an agreement or refusal is about, is whom the act is for or with
_COMPLEMENT_PREPS = ("to", "with", "against", "on", "for")


def complement_parties(verb: Token, args: Any) -> list[Token]:
    """The named parties of the act an agreement, offer or refusal is about, down its chain of infinitives ("agreed
    to send a team to help Lebanon investigate", "refused to allow NATO aircraft to use the base", "refused to commit
    to any assistance to the Houthi campaign"): an object, or the object of "to"/"with"/"against"/"on"/"for" of the
    act or of its object, that a mention names, itself or as the modifier of the noun ("NATO aircraft"). None when
    the verb has no infinitive: the topic of what is rejected ("a proposal on Crimea") is no party."""
    out: list[Token] = []
    holders = [verb, *(c for c in verb.children if c.dep_ == "acomp")]  # "is willing to send"
    acts = [c for h in holders for c in h.children if c.dep_ == "xcomp"]
    for _ in range(3):
        nxt = []
        for act in acts:
            objects = [c for c in act.children if c.dep_ in ("dobj", "obj", "dative")]
            heads = objects + pobjs([act, *objects], _COMPLEMENT_PREPS)
            heads += pobjs(pobjs([act], ("to",)), _COMPLEMENT_PREPS)  # "commit to assistance to X"
            # "allow X's aircraft to use", "help Lebanon investigate": the subject of the act allowed or helped
            heads += [s for c in act.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
            for head in heads:
                if args.mentions.at(head) is not None:
                    out.append(head)
                elif not is_place_head(head):  # "the Incirlik base": a place, no party
                    out += [c for c in head.children if c.dep_ == "compound" and args.mentions.at(c) is not None]
            nxt += [c for c in act.children if c.dep_ == "xcomp" or c.dep_ in ("advcl", "ccomp") and
                    any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)]  # "to send X to help defend Y"
        if out:
            return out
        acts = nxt
    return out


def sanctioned_parties(verb: Token, args: Any) -> list[Token]:
    """The parties a measure is aimed at when they are not its object: the party sought by a reward ("a reward for
    information on X", "for the arrest of X") or the people declared unwelcome ("declared two X diplomats persona
    non grata", which the parser reads as a clause whose subject they are)."""
    out = []
    for tok in verb.subtree:
        if tok.i <= verb.i or args.mentions.at(tok) is None:
            continue
        if args.mentions.at(tok.head) is args.mentions.at(tok) and tok.head.i != tok.i:
            continue  # one head per mention
        ancestors = list(takewhile(lambda a: a != verb, tok.ancestors))  # up to the verb, not above it
        below = ancestors[:next((k for k, a in enumerate(ancestors) if a.dep_ == "prep" and a.lower_ == "for"), 0)]
        if any(a.dep_ in ("relcl", "ccomp", "advcl") for a in below):
            continue  # "rewards for information that will disrupt trade benefiting X": X is not the one sought
        sought = any(a.dep_ == "prep" and a.lower_ == "for" for a in ancestors)
        unwelcome = any(a.dep_ == "ccomp" and a.head.i == verb.i for a in ancestors) and \
            tok.dep_ in ("nsubj", "amod", "compound")
        if sought or unwelcome:
            out.append(tok)
    return out


def measure_heads(verb: Token, obj: Token | None) -> list[Token]:
    """The words whose "on"/"against" phrase names the party a measure is aimed at: the verb, its object and, for an
    object that is a batch of measures ("approved its sixth package of sanctions against Iran", ``batch_nouns``),
    the measures of its "of" phrase. A verb with a particle whose "on" phrase is the measure ("signed off on new
    sanctions against X") takes that phrase as its object."""
    told = pobjs([verb], ("on",)) if obj is None and any(c.dep_ == "prt" for c in verb.children) else []
    obj = told[0] if told else obj
    heads = told if told else [verb] if obj is None else [verb, obj]
    if obj is not None and obj.lemma_.lower() in load_json("events", "arguments.json")["batch_nouns"]:
        heads += pobjs([obj], ("of",))
    return heads


def measure_authors(verb: Token, args: Any) -> list[Token]:
    """The author of the measure a verb's subject names ("Gondor's designations target X", "the listings by the EU
    target X"): the subject's possessor or its "by" phrase, when a mention; [] when the measure names none."""
    out = []
    for subj in args.subject_heads(verb):
        out += [c for c in subj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        out += [p for c in subj.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                for p in c.children if p.dep_ == "pobj"]
    return [t for t in out if args.mentions.at(t) is not None]


def placed_under_by(verb: Token, args: Any) -> list[Token]:
    """The author of the measure a party is placed or put under, told by a "by" phrase the parser hung on the
    measure ("was placed under sanctions by the EU in 2012"): that party, when a mention; [] otherwise."""
    return [g for p in pobjs([verb], ("under",)) for c in p.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for g in c.children if g.dep_ == "pobj" and args.mentions.at(g) is not None]


#: nouns that name an attack as news before anyone claims it (not "strike" or "fight": those are told with their
#: attacker, and "attack aircraft" is no attack)
_ATTACK_NOUNS = frozenset({"attack", "bombing", "blast", "explosion", "shelling", "shooting", "massacre", "ambush"})
#: common nouns that name a party, not a thing asked for ("advising our partners")
_PARTY_WORDS = frozenset({"partner", "ally", "force", "troop", "government", "people", "unit", "fighter", "leader",
                          "official", "member", "country", "state", "side", "party", "group", "militia", "army"})
_TALK_VERBS = frozenset({"comment", "remark", "speak", "talk", "write", "report", "brief", "recall", "mention"})
_OWN_PLACE_PREPS = frozenset({"in", "near", "at", "outside"})  # "attacks on X" name the target


def unclaimed_attack(noun: Token, args: Any) -> bool:
    """Whether ``noun`` names an attack by its own place phrase with a named place ("the terrorist attacks in
    Baghdad and Najaf", "the bombing near X") or by a target told with its place ("the attack on its embassy in X"), as the head of its phrase and not the means of another act ("killed
    by an attack")."""
    if noun.lemma_.lower() not in _ATTACK_NOUNS or noun.dep_ in ("compound", "amod", "nmod", "poss"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("by", "with", "using", "via"):
        return False
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if governor.pos_ in ("VERB", "AUX") and (is_topic_verb(governor) or governor.lemma_.lower() in _TALK_VERBS):
        return False  # "commented on the bombings in X": a topic of talk (docs/annotation.md), no act told
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _OWN_PLACE_PREPS:
            for place in prep.children:
                if place.dep_ == "pobj" and place.ent_type_ in ("GPE", "LOC", "FAC"):
                    return True
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
            # "the attack on its embassy in Kabul", "the attack on the Indian consulate in Jalalabad": a target
            # told with its place is an attack told, as one told by its place alone
            targets = [t for t in prep.children if t.dep_ == "pobj" and (args.mentions.at(t) is not None or any(
                c.dep_ == "poss" or c.dep_ in ("amod", "compound") and args.mentions.at(c) is not None
                for c in t.children))]  # owned: "its embassy", "the Indian consulate" (not "democracy")
            if any(p.dep_ == "pobj" and p.head.lower_ in _OWN_PLACE_PREPS and p.ent_type_ in ("GPE", "LOC", "FAC")
                   for t in targets for p in t.subtree):
                return True
    return False


def asks_for_something(verb: Token) -> bool:
    """Whether a verb of asking tells what is asked: a clause ("advised X to leave", "urged that"), a "for" phrase
    ("pushed for talks") or an object that is no party ("demanded compensation"). "Advising and assisting X" and
    "pushing X back" ask for nothing."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") or (child.dep_ == "prep" and child.lower_ == "for"):
            return True
        if child.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return True  # "pushed X to reopen the border", parsed as a purpose clause
        if child.dep_ in ("dobj", "obj") and child.ent_type_ == "" and child.pos_ == "NOUN" and \
                child.lemma_.lower() not in _PARTY_WORDS:
            return True
    return False


def attack_means(verb: Token) -> tuple[Token, str] | None:
    """The weapon or attack noun that is the subject of a verb of harm, with the attack noun whose type and code the
    attack takes ("a roadside bomb killed two soldiers": bombing; "Russian shelling damaged a hospital": shelling),
    or None. Such a subject is the means of one attack, not its actor (words in resources/events/arguments.json)."""
    words = load_json("events", "arguments.json")
    if verb.lemma_.lower() not in words["harm_verbs"]:
        return None
    means = words["means_of_attack"]
    for subj in verb.children:
        if subj.dep_ != "nsubj":
            continue
        lemma = subj.lemma_.lower()
        for child in subj.lefts:
            two = f"{child.lower_} {lemma}"
            if child.dep_ == "compound" and two in means:
                return subj, means[two]
        if lemma in means:
            return subj, means[lemma]
    return None


def means_subject(verb: Token) -> bool:
    """The verb's subject is a weapon or an attack noun, not a party ("a landmine exploded", "a bomb went off"):
    such a clause names no attacker (words in resources/events/arguments.json)."""
    means = load_json("events", "arguments.json")["means_of_attack"]
    for subj in verb.children:
        if subj.dep_ == "nsubj":
            lemma = subj.lemma_.lower()
            return lemma in means or any(c.dep_ == "compound" and f"{c.lower_} {lemma}" in means for c in subj.lefts)
    return False


#: verbs of a toll, killed or hurt (the count verbs of triggers.json name more; these are the passive tolls)
TOLL_VERBS = frozenset({"kill", "injure", "wound", "hurt", "martyr"})


def toll_head(attack: Token) -> Token | None:
    """The passive toll verb an attack clause explains ("three were killed and two injured when gunmen attacked a
    post": "killed" for "attacked", also when the parser hangs the clause on "injured", and for a later verb of the
    clause: "when militants crossed the border and attacked tribesmen"), or None."""
    clause = attack
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        clause = clause.head
    if not explains_a_result(clause):
        return None
    head = clause.head
    while head.dep_ == "conj" and head.head.lemma_.lower() in TOLL_VERBS:
        head = head.head  # "were killed and two others injured when ...": the first verb of the toll
    if head.lemma_.lower() in TOLL_VERBS and any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return head
    return None


def toll_clause(verb: Token, attacks: set[int]) -> Token | None:
    """The attack clause (an index in ``attacks``) that a passive toll verb is the result of, or None: the toll is
    then told with that attack, not as an event of its own."""
    for holder in (verb, *(c for c in verb.children if c.dep_ == "conj")):
        for child in holder.children:
            for told in (child, *(c for c in child.children if c.dep_ == "conj" and child.dep_ == "advcl")):
                if told.i in attacks and toll_head(told) == verb:
                    return told
    return None


def which_toll(verb: Token, attacks: set[int]) -> bool:
    """A toll verb in a "which" clause the parser hung inside the object of an attack verb (an index in ``attacks``)
    of the same clause ("rockets hit a base housing Kenyan troops on Saturday which injured four soldiers": the
    rockets injured them, not the troops): the attack's own toll, no act of its own."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in TOLL_VERBS or not any(
            c.dep_ == "nsubj" and c.lower_ == "which" for c in verb.children):
        return False
    head = verb.head
    while head.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj", "xcomp") and head.head is not head:
        head = head.head  # up the object's noun phrase to the verb it is the object of
    return head.i in attacks
