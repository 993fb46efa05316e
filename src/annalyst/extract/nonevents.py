"""Verbs that tell no act: the sentence describes a party, a unit's task, a course or the speaker's duty.

A trigger word found in such a clause is no event (docs/annotation.md, "What is an event": general states,
background, standing commitments, the speaker's own "must"):

* a participle that describes a party named by its head noun ("a middleman buying oil from X", "fighters firing on
  Y", "organisations focused on supporting refugees"): who the party is, not an act the text tells; not a text or
  act that tells one ("a statement urging X to", "an attack killing three": ``party_nouns_not``);
* a task or ability: the infinitive of "<mission/goal/role> is to" ("the task force's mission is to deter piracy"),
  the complement of "is responsible for", "is tasked with", "is designed to", "is capable of" (``role_words``);
* a course's content ("the training includes clearing buildings", "soldiers practised firing"): what is taught;
* the speaker's own obligation ("we must keep pushing for", "we need to defeat X"), except support or condemnation
  stated as such ("we must condemn", said, condemns);
* support of a named military operation ("was supporting Operation X"): taking part in it, no verbal support;
* a relative clause of harm on an attack's noun ("the attack in X which killed 20 civilians"): the attack's victims
  and toll (``add_toll``), no second attack;
* help done by a thing ("membership of X gives both countries greater security", "the grant will support
  conservation work"), an act in a present-tense "until"/"unless" clause (the end or condition of another), an
  infinitive after a question word ("discussed how to counter X"), what an arrangement allows ("the agreement
  allows X to send troops"), "engaged in <an activity>" read as an attack, and a present-tense relative clause on a
  kind of party ("foreign fighters who travel to Syria pose a threat");
* an act a party might suppose in an "if" clause ("would make a mistake if it thought it could strike X"), and an
  act one party wants of another ("Washington wants Pyongyang to surrender its arsenal": a wish) or weighs
  ("are considering imposing sanctions", "discussed sending troops": the talk is the event);
* a clause of result ("clashed with police, leaving dozens injured"): neither a departure nor a second attack;
* a standing resolve, an aim against an abstract object ("remains determined to counter X", "Daesh seeks to
  destroy our way of life"; "Russia seeks to capture the Donbas" is an intent), the speaker's own "we will not allow
  X to grow", the press logistics of a briefing ("reporters will gather in the briefing room") and its own business
  ("provided a readout of the call", "hands the floor to a colleague", "held the weekly press conference"), "threaten" in the
  sense "endanger" ("continue to threaten stability in the region"; not "threatened X with tariffs") and an act in
  the clause of "no evidence" ("there is no evidence that X supplied Y");
* force used in an exercise ("Marines fired artillery rounds during a live-fire exercise", "troops stormed a mock
  compound"): a rehearsal, no attack, unless a party is its target ("opened fire on soldiers during a drill");
* an act aimed at no party: a verb of fighting or a fight noun whose only object is an abstract ill ("help the
  government defeat terrorism", "in its fight against terrorism", "eradicate this affliction") and a condemnation
  of every case of one ("condemns terrorism in all its forms"); "defeat ISIL", "condemned the attack on X" stay;
* a general stance against an ill that is no party's act ("opposes the escalation of tensions in the region");
* a stance told as an act: a commitment or readiness restated or held ("reiterated its readiness to assist X",
  "reaffirmed the commitment to working with partners", "stands ready to deepen cooperation"), except a commitment
  to support a named party, which is stated support; a verb of restating whose that-clause is what is said
  ("affirming that Moscow opposes ..."): the statement, no support;
* where forces are posted, told by a participle on their noun ("troops deployed in Kupwara foiled a bid", "soldiers
  stationed along the border"): who they are, no deployment (``posted_forces``);
* an abstract good given ("would provide impetus to the economy") and what a thing allows ("the funding has allowed
  Italy to assist migrants"): no aid, offer or concession;
* a verb of seizure, arrest, containment, mobilisation or attack in its other sense, with an abstract object
  ("seize the initiative", "picked up the struggle", "mobilised support", "attacked the budget"), and an
  agentless passive of compulsion ("were forced to leave"): the circumstances, no act of coercion;
* a bare "failed" ("mounted a raid to free the hostages but failed"): an attempt that came to nothing, no
  refusal; a present-tense verb of fighting with no one fought ("the militia fights for the rights of herders"):
  a stance, no attack.

The word lists are in ``resources/events/nonevents.json``.
"""

from __future__ import annotations


from spacy.tokens import Token

from ..models import Counts, Event, EventActor
from ..resources import load_word_lists
from .abilities import aim_of_mission, capability, deterred, menace
from .agents import agent_code
from .argwords import is_party_noun
from .othersenses import other_sense
from .parties import FIGHT_NOUNS
from .phrases import FIRST_PERSON as _FIRST_PERSON
from .phrases import lemma as _lemma
from .phrases import pobjs
from .stance import envisioned, policy_support

__all__ = ["add_toll", "no_act", "operation_support"]

#: dependencies that climb from a verb to the word whose complement its clause is
_COMPLEMENT = frozenset({"xcomp", "ccomp", "pcomp", "prep", "conj", "advcl", "acomp"})
#: event types a thing can be said to do for a party ("the grant will support X"): help, not an act
HELP_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE"})


def words() -> dict[str, frozenset[str]]:
    """The word lists of ``resources/events/nonevents.json``, as sets."""
    return load_word_lists("events", "nonevents.json")


def _climb(anchor: Token, limit: int = 4) -> list[Token]:
    """``anchor`` and the words its clause is a complement of, up the tree (at most ``limit`` steps)."""
    chain = [anchor]
    node = anchor
    for _ in range(limit):
        if node.dep_ not in _COMPLEMENT or node.head == node:
            break
        node = node.head
        chain.append(node)
    return chain


def describes_party(anchor: Token) -> bool:
    """A participle modifying a party's noun, directly or through a complement ("a middleman buying oil from X",
    "organisations focused on supporting refugees")."""
    w = words()
    for node in _climb(anchor, 3):
        if node.dep_ == "acl" and node.tag_ in ("VBG", "VBN") and node.head.pos_ in ("NOUN", "PROPN"):
            if node == anchor and node.tag_ != "VBG":
                return False  # "the agreement signed by X": a past participle on its own tells a done act
            return _lemma(node.head) not in w["party_nouns_not"]
        if node.dep_ in ("relcl", "ROOT") or node.pos_ in ("NOUN", "PROPN"):
            return False
    return False


def source_described(anchor: Token, event_type: str | None) -> bool:
    """A talk told in a relative clause of a report's source ("according to local media and reporters who spoke
    to the press union", "witnesses who talked to reporters said ..."): how the source was reached, no talk between parties."""
    if event_type != "CONSULT" or anchor.dep_ != "relcl" or _lemma(anchor) not in words()["source_talk_verbs"]:
        return False
    noun = anchor.head
    while noun.dep_ in ("conj", "appos") and noun.head != noun:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according":
        return True
    return noun.dep_ == "nsubj" and _lemma(noun.head) in words()["source_saying_verbs"]


def target_at_work(anchor: Token, event_type: str | None) -> bool:
    """A gerund of patrol or guard whose clause is the target of an attack ("gunmen opened fire on police officers
    patrolling the highway", "an attack on soldiers guarding a checkpoint"): what the people hit were doing, no
    deployment of its own."""
    if event_type != "MOBILIZE" or anchor.tag_ != "VBG":
        return False
    if anchor.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in anchor.children):
        prep = anchor.head  # "fire on [officers patrolling the highway]"
    elif anchor.dep_ == "acl" and anchor.head.dep_ == "pobj":
        prep = anchor.head.head  # "an attack on [soldiers guarding a checkpoint]"
    elif anchor.dep_ == "advcl" and anchor.i > 0 and anchor.doc[anchor.i - 1].dep_ == "pobj" and \
            anchor.doc[anchor.i - 1].head.head == anchor.head:
        prep = anchor.doc[anchor.i - 1].head  # "opened fire on personnel [patrolling the area]", the gerund hung on
        # the verb by the parser right after the people fired on
    else:
        return False
    return prep.dep_ == "prep" and prep.lower_ in words()["guarded_preps"]


def task_or_ability(anchor: Token) -> bool:
    """The act is a unit's task or ability: "<mission> is to <act>", "is responsible for <act>ing", "is designed to
    help X <act>", "is capable of <act>ing"."""
    w = words()
    chain = _climb(anchor)
    for below, node in zip(chain, chain[1:]):
        if _lemma(node) == "be" and below.dep_ in ("xcomp", "ccomp", "advcl") and any(
                c.dep_ in ("nsubj", "csubj") and _lemma(c) in w["mission_nouns"] for c in node.children):
            return True
        if _lemma(node) in w["role_words"] or node.lower_ in w["role_words"]:
            if node.dep_ in ("acomp", "ROOT", "xcomp", "conj") or any(c.dep_ in ("auxpass", "cop") for c in
                                                                      node.children):
                return True
    return False


def course_content(anchor: Token) -> bool:
    """What a course teaches or a drill rehearses: a gerund after "includes/covers" with a training noun as subject
    ("part of the training includes clearing buildings"), or after "practised/rehearsed" ("practised firing")."""
    w = words()
    chain = _climb(anchor, 3)
    if anchor.tag_ != "VBG" and not (anchor.dep_ == "xcomp" and _lemma(anchor.head) in w["drill_verbs"]):
        return False
    for node in chain[1:]:
        lemma = _lemma(node)
        if lemma in w["drill_verbs"] and node.pos_ == "VERB":
            return True
        if lemma in w["content_verbs"]:
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            heads = subjects + [g for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                                for g in p.children if g.dep_ == "pobj"]  # "part of the training"
            return any(_lemma(h) in w["training_nouns"] for h in heads)
    return False


def own_obligation(anchor: Token) -> bool:
    """The speaker's own duty: "we must keep pushing for", "I need to", "we have to defeat X" (the subject "we" or
    "I" of the verb or of a verb it is the complement of, with an obligation modal); not a past necessity, which
    tells what was done ("we had to retreat")."""
    w = words()
    for node in _climb(anchor, 3):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        if subject.lower_ not in _FIRST_PERSON:
            return False
        modal = any(c.dep_ == "aux" and _lemma(c) in w["obligation_modals"] and _lemma(c) not in ("need", "have")
                    for c in node.children)
        verb = _lemma(node) in ("need", "have") and any(c.dep_ == "xcomp" for c in node.children) and not (
            _lemma(node) == "have" and node.tag_ == "VBD")  # "we had to retreat": a past necessity, done
        return modal or verb
    return False


def thing_acts(anchor: Token, event_type: str | None) -> bool:
    """A thing or an arrangement as the subject of a verb of help ("membership of X gives both countries greater
    security", "the embassy grant will support conservation work") or a law or treaty ("the Geneva Conventions protect
    prisoners of war"); or a thing, an arrangement or a measure as the subject of a verb of allowing ("the European
    funding has allowed Italy to assist migrants", "the reforms enabled X to"): what it makes possible, no concession
    by the party named in its modifier."""
    w = words()
    allowing = event_type == "CONCEDE" and _lemma(anchor) in w["enabling_verbs"]
    if event_type not in HELP_TYPES and not allowing:
        return False
    things = w["thing_subjects"] | w["provision_nouns"] | w["allowing_things"] if allowing else w["thing_subjects"]
    return any(c.dep_ in ("nsubj", "csubj") and c.pos_ in ("NOUN", "PROPN") and (
        (c.pos_ == "NOUN" and _lemma(c) in things) or (_lemma(c) in w["law_nouns"] and (
            c.pos_ == "NOUN" or any(t.ent_type_ == "LAW" for t in c.subtree)) and c.ent_type_ != "ORG"))
        for c in anchor.children)  # "the Geneva Conventions protect X": a law, named or not; not a body ("the
    # Republican National Convention endorsed X": a party congress, an ORG)


def condition(anchor: Token) -> bool:
    """An act in a present-tense "until"/"unless" clause ("will keep up the pressure until it engages in talks"):
    the end or condition of another act, not yet done."""
    w = words()
    node = anchor
    while node.dep_ == "conj" and node.head != node:
        node = node.head  # "until it ends the violence and engages in talks", "until it X, Y and engages in talks"
    present = anchor.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                                   for c in anchor.children)  # "until X is defeated"
    if node.dep_ != "advcl" and present and anchor.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        # "until it reassesses X, ends Y and engages in Z": the parser hangs the later verbs on the main clause; a
        # present-tense verb with no subject after the condition belongs to it
        node = next((c for c in node.subtree if c.dep_ == "advcl" and c.i < anchor.i and c.tag_ in ("VBZ", "VBP")
                     and any(g.dep_ == "mark" and g.lower_ in w["condition_marks"] for g in c.children)), node)
    return node.dep_ == "advcl" and present and any(
        c.dep_ == "mark" and c.lower_ in w["condition_marks"] for c in node.children)


def supposed(anchor: Token) -> bool:
    """An act in the clause of a verb of believing inside an "if" clause ("would make a grave mistake if it thought
    it could intimidate Tehran by threatening to strike ...", ``belief_verbs``): what a party might suppose, a
    warning's premise, no act told."""
    w = words()
    return any(_lemma(t) in w["belief_verbs"] and t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children) for t in _climb(anchor, 6)[1:])


def wished_act(anchor: Token) -> bool:
    """An act one party wants of another, told by the infinitive clause of a verb of wishing with its own subject
    ("Washington wants Pyongyang to surrender its arsenal", "would like Beijing to press Pyongyang", ``wish_verbs``):
    a wish, no act told (docs/annotation.md: an act only wished is no event). A party's own aim ("Russia wants to
    seize the ports") is its intent and stays."""
    if anchor.dep_ not in ("ccomp", "xcomp") or _lemma(anchor.head) not in words()["wish_verbs"]:
        return False
    subject = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.i < anchor.i and subject.i > anchor.head.i and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in anchor.children)


def weighed_act(anchor: Token) -> bool:
    """An act named by the gerund of a verb of weighing ("are considering imposing sanctions", "discussed sending
    troops", "need to look at strengthening sanctions", ``weigh_verbs``/``weigh_preps``): weighed, not done nor
    decided; the weighing or the talk is the event (docs/annotation.md: the act a discussion weighs is no event)."""
    if anchor.tag_ != "VBG":
        return False
    w = words()
    verb = anchor.head
    if anchor.dep_ == "pcomp" and verb.lower_ in w["weigh_preps"] and verb.dep_ == "prep":
        verb = verb.head
    elif anchor.dep_ != "xcomp":
        return False
    return verb.pos_ in ("VERB", "AUX") and _lemma(verb) in w["weigh_verbs"]


def generic_relative(anchor: Token) -> bool:
    """A present-tense relative clause on a kind of people, a generic agent (``agents``) or "anyone/those" ("foreign
    fighters who travel to Syria pose a threat", "anyone who provides support to X is liable", "helps nationals who
    are arrested abroad"): no act."""
    head = anchor.head
    passive = anchor.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in anchor.children)
    if passive and any(c.dep_ in ("det", "nummod", "poss") for c in head.children):
        return False  # "nationals who are arrested abroad", not "the three journalists who are held"
    if anchor.dep_ != "relcl" or (anchor.tag_ not in ("VBZ", "VBP") and not passive) or any(
            c.dep_ == "aux" or (c.dep_ == "auxpass" and not passive) for c in anchor.children):
        return False
    if head.pos_ == "PRON" or head.tag_ in ("DT",):
        return head.lower_ in words()["generic_pronouns"]
    return head.pos_ == "NOUN" and (agent_code(head) is not None or _lemma(head) in words()["generic_people"])


def wh_infinitive(anchor: Token) -> bool:
    """An infinitive after a question word ("discussed how to counter X", "is deciding whether to strike"): a
    question or a topic, no act."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in anchor.children) and any(
        c.dep_ in ("advmod", "mark", "dobj", "nsubj") and c.i < anchor.i and c.lower_ in words()["wh_words"]
        for c in anchor.children)


def provision(anchor: Token) -> bool:
    """What a text or an arrangement allows ("the agreement allows Turkey to send troops"): a provision, no act."""
    w = words()
    head = anchor.head
    return anchor.dep_ in ("xcomp", "ccomp") and _lemma(head) in w["enabling_verbs"] and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and _lemma(c) in w["provision_nouns"] for c in head.children)


def activity(anchor: Token, event_type: str | None, cameo: str | None) -> bool:
    """An attack verb whose "in" phrase names an activity taken part in ("engaged in transactions with X"): the
    generated layer's default sense, which its patterns did not override."""
    if event_type != "ASSAULT" or _lemma(anchor) not in words()["activity_verbs"] or cameo != "190":
        return False
    if any(t.dep_ == "prep" and t.lower_ == "against" for t in anchor.subtree):
        return False  # "were engaged in ethnic cleansing against X": an act done to X
    violent = FIGHT_NOUNS | words()["violent_activities"]  # "engaged in heavy fighting with X" is the fight
    return any(c.dep_ == "prep" and c.lower_ == "in" and not any(_lemma(g) in violent for g in c.children)
               for c in anchor.children)


def _left_in(verb: Token) -> Token | None:
    """The state a "leaving X <state>" clause of result puts its object in ("leaving dozens injured", "leaving three
    people dead"), or None: the parser hangs the state on "leaving", on its object or on the clause before."""
    if _lemma(verb) != "leave" or verb.tag_ != "VBG":
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    states = words()["result_states"]
    if obj is None:  # "leaving two guards wounded", parsed as a clause "[soldier wounded]" under "leaving"
        return next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.lower_ in states and
                     any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    for tok in verb.doc[obj.i + 1:min(verb.right_edge.i + 2, obj.i + 8, verb.sent.end)]:
        if tok.lower_ in states and tok.dep_ in ("xcomp", "oprd", "ccomp", "acomp", "advcl", "amod", "conj"):
            return tok
    return None


def result_clause(anchor: Token) -> bool:
    """``anchor`` is the "leaving" of a clause of result or the state it leaves people in ("clashed with police,
    leaving dozens injured"): the toll of the act before it, no departure and no second attack."""
    if _left_in(anchor) is not None:
        return True
    if anchor.lower_ not in words()["result_states"]:
        return False
    doc = anchor.doc
    leaving = [t for t in doc[max(anchor.sent.start, anchor.i - 8):anchor.i] if _lemma(t) == "leave" and t.tag_ == "VBG"]
    return any(_left_in(t) == anchor for t in leaving)


#: event types whose infinitive after a verb of aim is a general statement of a party's aims ("seeks to destroy X")
_AIMED_TYPES = frozenset({"ASSAULT", "COERCE"})


def resolve(anchor: Token, event_type: str | None) -> bool:
    """A standing resolve or aim, no act: the infinitive of "remains determined to counter X" (support stated so
    stays: docs/annotation.md; "is determined to destroy X" is an intent, ``intent``), a present-tense aim of violence
    ("Daesh seeks to destroy the heritage of Iraq"), or the speaker's own "we will not allow X to <act>" (a third
    party's stays a warning)."""
    w = words()
    head = anchor.head
    if anchor.dep_ == "xcomp" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in anchor.children):
        if event_type != "SUPPORT" and (head.lower_ in w["resolve_words"] or (
                head.lower_ in w["readiness_words"] and event_type in _OFFERED_TYPES)) \
                and head.dep_ == "acomp" and _lemma(head.head) in ("remain", "stay", "stand"):
            return True  # "is determined to destroy X" is an intent (intent.py), "remains determined to", "stands
            # ready to deepen cooperation" a stance
        if event_type in _AIMED_TYPES and _lemma(head) in w["aim_verbs"] and head.tag_ in ("VBZ", "VBP") and not any(
                c.dep_ in ("aux", "auxpass") for c in head.children):
            # only an aim against an abstract object ("seeks to destroy our way of life"); an aim at a concrete
            # target ("seeks to capture the Donbas region") is the party's intent (predicted, docs/annotation.md)
            objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj")]
            return bool(objects) and all(_lemma(o) in w["endangered_things"] for o in objects)
    if _lemma(anchor) not in w["forbearance_verbs"] or not any(c.dep_ == "neg" for c in anchor.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in anchor.children) and any(
        c.dep_ in ("ccomp", "xcomp") for c in anchor.children)


def restated_stance(anchor: Token, event_type: str | None) -> bool:
    """A commitment or readiness restated, no act (docs/annotation.md, standing commitments): the act in the
    complement of a noun of commitment or readiness that a verb of restating takes as object ("reiterated its
    readiness to assist Lebanon", "underlined India's commitment to assisting in the reconstruction"), or that verb
    itself, typed as support by its object ("reaffirmed the commitment to working with partners"). A commitment to
    support a named party is stated support and stays ("underlined the UK's commitment to supporting the government
    of Iraq", "reaffirms its commitment to Iraq's sovereignty")."""
    w = words()
    if _lemma(anchor) in w["restating_verbs"] and event_type == "SUPPORT" and any(
            c.dep_ == "ccomp" for c in anchor.children) and not any(c.dep_ in ("dobj", "obj") for c in anchor.children):
        return True  # "affirming that Moscow opposes any escalation": a statement, its clause what is said
    if _lemma(anchor) in w["restating_verbs"]:
        objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj")]
        if event_type == "SUPPORT" and any(policy_support(o, _party_word) for o in objects):
            return True  # "reiterated its support for measures that advance X": policy restated (``stance``)
        stances = [c for c in objects if _lemma(c) in w["commitment_nouns"]]
        return event_type == "SUPPORT" and bool(stances) and not any(_backs_party(s) for s in stances)
    node = anchor
    while node.dep_ == "conj" and node.head != node:
        node = node.head  # "commitment to working with partners and helping X"
    noun = node.head.head if node.dep_ == "pcomp" and node.head.lower_ == "to" else node.head \
        if node.dep_ == "acl" else None
    if event_type not in _OFFERED_TYPES or noun is None or _lemma(noun) not in w["commitment_nouns"] or \
            noun.dep_ not in ("dobj", "obj") or _lemma(noun.head) not in w["restating_verbs"]:
        return False
    return not (event_type == "SUPPORT" and _backs_party(noun))


def _party_word(tok: Token) -> bool:
    """A name of a party or a noun of one ("the government of Iraq", "Ukraine", "its partners")."""
    return tok.ent_type_ in _PARTY_ENTS or tok.pos_ == "PROPN" or is_party_noun(tok)


def _backs_party(noun: Token) -> bool:
    """The commitment ``noun`` is to support a named party: its "to" phrase names one or what is one's ("commitment
    to Ukraine", "to Iraq's sovereignty"), or its complement is a verb of support whose object is one ("commitment to
    supporting the government of Iraq", "commitment to support Iraq")."""
    w = words()
    told = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children]
    told += [c for c in noun.children if c.dep_ == "acl"]
    for tok in told:
        if tok.dep_ == "pobj" and envisioned(tok):
            continue  # "commitment to a free, open Indo-Pacific": a vision, no party (``stance``)
        if tok.dep_ == "pobj" and (_party_word(tok) or any(c.dep_ == "poss" and _party_word(c) for c in tok.children)
                                   or any(_party_word(g) for g in pobjs([tok], ("of",)))):  # "the security of X"
            return True
        if tok.pos_ in ("VERB", "AUX") and _lemma(tok) in w["backing_verbs"] and any(
                c.dep_ in ("dobj", "obj") and _party_word(c) for c in tok.children):
            return True
    return False


def press_logistics(anchor: Token, event_type: str | None) -> bool:
    """A gathering or call of the press at a briefing ("reporters will gather in the briefing room", "Pentagon Press
    will join the call"): logistics of the release, no meeting."""
    if event_type != "CONSULT" or not (_lemma(anchor) in words()["press_gathering_verbs"] or any(
            _lemma(t) in ("briefing", "call") for t in anchor.subtree)):
        return False  # "journalists met Taliban officials": a meeting of the press, no logistics
    press = words()["press_nouns"]  # "Pentagon Press", "members of the White House Press Corps", not "the Press
    subjects = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]  # Secretary"
    heads = subjects + [g for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj"]
    return any(_lemma(h) in press or (_lemma(h) == "corps" and any(_lemma(c) in press for c in h.children))
               for h in heads)


def briefing_business(anchor: Token) -> bool:
    """A verb whose object is the business of a briefing ("provided a readout of the call", "hands the floor to a
    colleague", "held the weekly press conference", "will organise a memorial lecture", ``briefing_verbs``): no act
    between parties; another verb with such an object is an act done to it ("police raided the press conference",
    "lawmakers stormed the floor of parliament")."""
    w = words()
    if _lemma(anchor) not in w["briefing_verbs"]:
        return False
    if any(t.lower_ in ("joint", "with") for h in (anchor, *anchor.children) for t in h.children
           if t.dep_ in ("amod", "prep")):
        return False  # "held a joint press conference with her guest": the two leaders meet
    return any(c.dep_ in ("dobj", "obj") and (_lemma(c) in w["briefing_objects"] or _lemma(c) == "conference" and any(
        g.dep_ in ("compound", "amod") and g.lower_ in w["press_modifiers"] for g in c.children))
        for c in anchor.children)


def endangers(anchor: Token, event_type: str | None) -> bool:
    """"threaten" in the sense "endanger", with an abstract object and no act threatened ("the Taliban continue to
    threaten stability in the region", "the violence threatens the peace process"): a general state, no threat."""
    if event_type != "THREATEN" or _lemma(anchor) != "threaten" or any(
            c.dep_ in ("xcomp", "ccomp", "agent") or (c.dep_ == "prep" and c.lower_ == "with") for c in anchor.children):
        return False  # "threatened the economy with tariffs": a threat of an act, by its means
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj")]
    return bool(objects) and all(o.pos_ == "NOUN" and _lemma(o) in words()["endangered_things"] for o in objects)


def no_evidence(anchor: Token) -> bool:
    """An act in the clause of "no evidence/sign/indication" ("there is no evidence that Iran supplied the drones"):
    not established, no act."""
    node = anchor
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    head = node.head
    return node.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and _lemma(head) in words()["evidence_nouns"] and any(
        c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in head.children)


def _exercise_phrase(prep: Token, exercises: frozenset[str]) -> bool:
    """A "during/in <exercise>" or "as part of <exercise>" phrase: the exercise is the preposition's own object ("in
    response to drills" names the cause, "in exercise of its right to self-defence" a right, no drill)."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    if prep.lower_ == "as":
        objs = [t for o in objs if _lemma(o) == "part" for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                for t in c.children if t.dep_ == "pobj"]
    elif prep.lower_ not in ("during", "in"):
        return False
    return any(_lemma(o) in exercises and not any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)
               for o in objs)


def rehearsal(anchor: Token, event_type: str | None) -> bool:
    """Force used in an exercise: the verb has a "during/in/as part of" phrase naming an exercise, drill or training
    ("fired artillery rounds during a live-fire exercise") or a "mock" target ("stormed a mock compound"), and no
    party or real target hit ("a gunman opened fire on soldiers during a drill", "a drone struck a tanker during a
    naval exercise" stay attacks)."""
    if event_type != "ASSAULT":
        return False  # "Iran seized a tanker during a naval drill": a seizure, whatever the drill
    w = words()
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj")]
    objects += pobjs([anchor], ("on", "at", "against", "upon"))
    mock = any(c.dep_ == "amod" and c.lower_ in w["mock_words"] for o in objects for c in o.children)
    if not mock and not any(c.dep_ == "prep" and _exercise_phrase(c, w["exercise_nouns"]) for c in anchor.children):
        return False
    return not any((_lemma(o) in w["real_targets"] or any(
        agent_code(t) is not None or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in o.subtree))
        and not any(c.dep_ == "amod" and c.lower_ in w["mock_words"] for c in o.children) for o in objects)


#: attacks whose participle clause of motive ("killed X, suspecting him to be an informer") is no accusation
_MOTIVE_ATTACKS = frozenset({"kill", "abduct", "kidnap", "shoot", "behead", "execute", "murder", "torture", "beat"})


def motive(anchor: Token, event_type: str | None) -> bool:
    """An accusing participle that tells why the attackers of the clause before it acted ("Maoists killed a villager,
    suspecting him to be a police informer", "abducted two youths, branding them informers"): their motive, no
    accusation of its own."""
    if event_type != "ACCUSE" or anchor.tag_ != "VBG" or _lemma(anchor) not in words()["motive_participles"]:
        return False
    return anchor.dep_ in ("advcl", "xcomp", "conj") and _lemma(anchor.head) in _MOTIVE_ATTACKS


#: parties named by a name: what makes an ill someone's ("Hamas terrorism", "terrorism by X")
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: acts of cooperation a standing readiness or commitment is to ("stands ready to mediate", "reiterated its readiness
#: to assist X"); a threat restated ("reiterated its determination to retaliate") stays a threat
_OFFERED_TYPES = frozenset({"AGREE", "AID", "COOPERATE", "CONSULT", "SUPPORT", "CONCEDE", "RETREAT"})
#: event types a verb of giving is read as ("provide", "give", "offer"): aid, a concession, an offer
_GIVEN_TYPES = frozenset({"AID", "AGREE", "CONCEDE", "COOPERATE", "SUPPORT"})
#: stances on an ill whose object, every case of it, makes them general ("condemns all forms of violence")
_STANCE_TYPES = frozenset({"ACCUSE", "REJECT"})


def _owned(noun: Token) -> bool:
    """The ill ``noun`` is a named party's: a name as its modifier or possessor ("Hamas terrorism", "Russia's
    aggression") or in its "by/of/from" phrase ("terrorism by X"), not a place inside that phrase ("the escalation
    of tensions in Northeast Asia")."""
    if any(c.dep_ in ("compound", "poss") and (c.ent_type_ in _PARTY_ENTS or c.pos_ == "PROPN") and
           _lemma(c) not in words()["abstract_ills"] for c in noun.children):  # "the COVID-19 pandemic": no owner
        return True
    return any((t.ent_type_ in _PARTY_ENTS or t.pos_ == "PROPN") and not _where(t, p) for p in noun.children
               if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "of", "from") for t in p.subtree)


def _where(tok: Token, top: Token) -> bool:
    """``tok`` is in a place phrase inside the phrase ``top`` ("the escalation of tensions in Northeast Asia"): where
    the ill is, not whose it is."""
    node = tok
    while node != top and node.head != node:
        if node.dep_ == "pobj" and node.head.lower_ in ("in", "across", "along", "near", "around", "over") and \
                node.head != top:
            return True
        node = node.head
    return False


def abstract_ill(noun: Token) -> bool:
    """``noun`` names an ill, a crime or a practice as such and no party ("terrorism", "drug trafficking", "this
    scourge", "the threat of piracy", "all forms of violence"), each of its conjuncts too ("terrorism and
    extremism"): no target an act can be done to."""
    w = words()
    for tok in (noun, *noun.conjuncts):
        lemma = _lemma(tok)
        if tok.pos_ not in ("NOUN", "PROPN") or (tok.ent_type_ in _PARTY_ENTS and lemma not in w["abstract_ills"]) or \
                _owned(tok):
            return False  # a disease the recogniser took for an organisation ("COVID-19") stays an ill
        if lemma in w["abstract_ills"] or lemma in w["ill_metaphors"]:
            continue
        framed = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj"]
        if not (lemma in w["ill_frames"] and framed and all(abstract_ill(g) for g in framed)):
            return False
    return True


def _fought(anchor: Token) -> list[Token]:
    """What a verb of fighting is aimed at: its object, the subject of its passive ("terrorism must be defeated"),
    or the "against/on" phrase of the verb or of its fight noun ("fight against terrorism", "waged a war on
    terror")."""
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    holders = [anchor, *(o for o in objects if _lemma(o) in words()["fight_nouns"])]
    aimed = pobjs(holders, ("against", "on"))
    return aimed if aimed or len(holders) > 1 else objects


def abstract_aim(anchor: Token, event_type: str | None, noun: Token | None = None) -> bool:
    """An act aimed at no party: a verb of fighting whose only object is an abstract ill ("help the government
    defeat terrorism", "eradicate this affliction", "will keep fighting drug trafficking"), a fight noun against one
    ("in its fight against terrorism", ``noun``), or a condemnation or rejection of every case of an ill ("condemns
    terrorism in all its forms", "rejects all forms of violence"): a general aim or stance, no act
    (docs/annotation.md, "Not events"). "defeat ISIL", "fought al-Shabaab", "condemned the violence in X" stay."""
    w = words()
    if noun is not None:
        if _lemma(noun) not in w["fight_nouns"] and event_type not in _STANCE_TYPES:
            return False
        preps = ("of",) if event_type in _STANCE_TYPES else ("against", "on")
        aimed = pobjs([noun], preps)
        return bool(aimed) and all(abstract_ill(a) for a in aimed) and (
            event_type not in _STANCE_TYPES or all(_every_case(a) for a in aimed))
    if event_type in _STANCE_TYPES:
        objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj")]
        if _lemma(anchor) in w["opposing_verbs"]:  # "firmly opposes the escalation of tensions in the region"
            return bool(objects) and all(abstract_ill(o) for o in objects)
        return bool(objects) and all(abstract_ill(o) and _every_case(o) for o in objects)
    if _lemma(anchor) not in w["combat_verbs"]:
        return False
    aimed = _fought(anchor)
    return bool(aimed) and all(abstract_ill(a) and not _given(a) for a in aimed)


def standing_disapproval(anchor: Token, event_type: str | None) -> bool:
    """A disapproval of every case of a kind of act, held rather than voiced: an adjective of disapproval whose
    objects all take "any/every/all" ("the party was critical of any rapprochement with X", "remains hostile to any
    new sanctions"): a general stance, no act (the guideline's general stances). A verb of condemning says the
    condemnation ("The UK condemns all attacks on civilians": an ACCUSE) and an adjective on a given act ("was
    critical of Hungary's veto") stays an accusation."""
    if event_type != "ACCUSE":
        return False
    held = [anchor] if anchor.pos_ == "ADJ" else [c for c in anchor.children if c.dep_ == "acomp" and c.pos_ == "ADJ"]
    objects = [c for h in held for c in h.children if c.dep_ in ("dobj", "obj")] + pobjs(
        held, ("of", "to", "toward", "towards"))
    marks = words()["generic_marks"]
    return bool(objects) and all(any(c.dep_ == "det" and c.lower_ in marks for c in o.children) for o in objects)


def _given(noun: Token) -> bool:
    """The ill ``noun`` is a given outbreak, told with "the/this" and a place or a time ("quelled the violence in
    Khartoum on Monday"), not the ill as such ("eradicate this affliction", "defeat terrorism in Afghanistan")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children) and \
        any(t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for t in noun.subtree)


def abstract_gift(anchor: Token, event_type: str | None) -> bool:
    """A verb of giving whose only object is an abstract good ("would provide impetus to the economy", "gave a boost
    to trade", "offers an opportunity to both sides"): no aid, concession or agreement, for nothing material or
    political is handed to a party (PLOVER AID is material help)."""
    w = words()
    if event_type not in _GIVEN_TYPES or _lemma(anchor) not in w["giving_verbs"]:
        return False
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj")]
    return bool(objects) and all(_lemma(g) in w["abstract_gifts"] for o in objects for g in (o, *o.conjuncts))


#: event types whose verb acts on a party, a place, property or forces ("seized the town", "picked up three
#: activists", "mustered 5,000 troops", "attacked the convoy"); with an abstract object the same verb is used in
#: another sense
_CONCRETE_TYPES = frozenset({"COERCE", "MOBILIZE", "ASSAULT"})


def abstract_object(anchor: Token, event_type: str | None) -> bool:
    """A verb of seizure, arrest, containment, mobilisation or attack whose only object is an abstract thing, an
    idea or a text ("seize the initiative", "picked up the struggle", "mobilised support", "contain the fallout",
    "attacked the budget as reckless", "is targeting a deal"), or with no object, whose "with" phrase is one
    ("has been wrestling with a surge in kidnappings"): the verb in its ordinary sense, no party, place,
    property or force is taken, held, moved or harmed. "seized the town", "seized power", "picked up three
    activists", "attacked the convoy" stay."""
    if event_type not in _CONCRETE_TYPES:
        return False
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if anchor.dep_ == "acl" and anchor.tag_ == "VBN":
        objects.append(anchor.head)  # "the initiative seized by Kyiv"
    if not objects:
        objects = pobjs([anchor], ("with", "on", "upon"))  # "wrestling with a surge in kidnappings", "seized on"
    senses = words()["sense_objects"] | (words()["idea_objects"] if event_type == "ASSAULT" else frozenset())
    return bool(objects) and all((_lemma(g) in senses and not g.ent_type_) or abstract_ill(g)
                                 for o in objects for g in (o, *o.conjuncts))


def circumstance(anchor: Token, event_type: str | None) -> bool:
    """A passive "was forced/compelled/obliged to <act>" with no one named who forces ("troops were forced to
    abandon two outposts", "families were forced to leave Khartoum"): the circumstances left the party no choice,
    no act of coercion by anyone. "were forced by soldiers to delete their footage" and "gunmen forced the driver to stop"
    stay."""
    if event_type != "COERCE" or _lemma(anchor) not in words()["compel_verbs"]:
        return False
    kids = list(anchor.children)
    return any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "xcomp" for c in kids) and not any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in kids)


def unsuccessful(anchor: Token, event_type: str | None) -> bool:
    """A bare "failed" with nothing it failed to do ("mounted a raid to free the hostages but failed"): the
    attempt came to nothing, no refusal. "failed to comply with X", "failed in its obligations" stay refusals."""
    if event_type != "REJECT" or _lemma(anchor) != "fail":
        return False
    return not any(c.dep_ in ("xcomp", "ccomp", "dobj", "obj", "prep") for c in anchor.children)


def stance_fight(anchor: Token, event_type: str | None) -> bool:
    """A present-tense verb of fighting with no one fought and no date ("the militia says it fights for the rights of
    herders", "the movement fights for a homeland"): what a party stands for, a general stance, no attack.
    "Rebels fight the army near Goma", "fought for control of the town on Monday" stay."""
    if event_type != "ASSAULT" or anchor.tag_ not in ("VBZ", "VBP") or _lemma(anchor) not in words()["combat_verbs"]:
        return False
    if any(c.dep_ in ("dobj", "obj", "aux", "auxpass", "npadvmod") for c in anchor.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("against", "with", "on", "alongside", "beside") for c in anchor.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in anchor.subtree)


#: pronouns that, as what a stance is on, stand for an act told before ("rejects this", "deplores it")
_BACK_PRONOUNS = frozenset({"this", "that", "it"})


def _every_case(noun: Token) -> bool:
    """The ill ``noun`` is meant in every case, not as a given act: a determiner of all cases ("all forms of
    violence", "any kind of terrorism"), a phrase that says so ("terrorism in all its forms", "violence of any
    kind"), or a bare noun with no place, party or time ("condemns terrorism and extremism"); "condemned the
    violence", "violence in Khartoum", "violence against protesters" are given acts."""
    marks = words()["generic_marks"]
    for tok in (noun, *noun.conjuncts):
        if tok.lower_ in _BACK_PRONOUNS and tok.pos_ in ("PRON", "DET"):
            return False  # "sharply deplores this": the act told before (``anaphora``), a given act
        if any(t.lower_ in marks for t in tok.subtree):
            continue
        if any(c.dep_ in ("det", "poss", "nummod") for c in tok.children) or any(
                t.ent_type_ or t.pos_ == "PROPN" or is_party_noun(t) for t in tok.subtree if t.i != tok.i):
            return False
    return True


def posted_forces(anchor: Token, event_type: str | None) -> bool:
    """A past participle of moving forces that says where the forces its noun names are posted ("troops deployed in
    Kupwara foiled a bid", "soldiers stationed along the border spotted a drone"): who they are, no deployment told;
    not when the participle names who sent them or where to ("troops deployed to Mali by France") or its noun is the
    sentence's head ("Two battalions deployed in Gao.": a headline's move)."""
    if event_type != "MOBILIZE" or anchor.tag_ not in ("VBN", "VBD"):
        return False
    preps = {c.lower_ for c in anchor.children if c.dep_ in ("prep", "agent")}
    if not preps & words()["posting_preps"] or preps & {"by", "to", "into", "for"}:
        return False
    if anchor.dep_ == "acl" and anchor.tag_ == "VBN":
        return anchor.head.pos_ in ("NOUN", "PROPN") and anchor.head.dep_ != "ROOT"
    # the same phrase read with the participle as the main verb and the forces' act as its clause or a sibling, with
    # no subject and nothing between ("Troops deployed in Kupwara district foiled a bid": "foiled" under "deployed";
    # "said troops deployed in Poonch sector spotted intruders": both under "said")
    verbs = list(anchor.children) + (list(anchor.head.children) if anchor.dep_ in ("ccomp", "conj") else [])
    return any(c.dep_ in ("advcl", "dep", "ccomp", "conj") and c.tag_ == "VBD" and c.i > anchor.i and
               not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children) and
               not any(t.dep_ == "cc" or t.text in (",", ";", ":") for t in anchor.doc[anchor.i + 1:c.i])
               for c in verbs)


def no_act(anchor: Token, event_type: str | None, cameo: str | None = None, noun: Token | None = None) -> bool:
    """The clause of ``anchor`` (the event's verb, or the light verb of its noun) tells no act (see the module
    docstring); for an event told by a noun alone (``noun``), only its aim is checked (``abstract_aim``)."""
    if noun is not None:
        return abstract_aim(anchor, event_type, noun) or capability(noun) or deterred(noun)
    if abstract_aim(anchor, event_type) or standing_disapproval(anchor, event_type) or \
            abstract_gift(anchor, event_type) or describes_party(anchor) or source_described(anchor, event_type) or \
            target_at_work(anchor, event_type) or \
            abstract_object(anchor, event_type) or other_sense(anchor, event_type, words()) or \
            circumstance(anchor, event_type) or \
            unsuccessful(anchor, event_type) or stance_fight(anchor, event_type) or \
            task_or_ability(anchor) or course_content(anchor) or thing_acts(anchor, event_type) or condition(anchor) or \
            wh_infinitive(anchor) or provision(anchor) or generic_relative(anchor) or result_clause(anchor) or \
            supposed(anchor) or wished_act(anchor) or weighed_act(anchor) or \
            resolve(anchor, event_type) or restated_stance(anchor, event_type) or \
            press_logistics(anchor, event_type) or briefing_business(anchor) or endangers(anchor, event_type) or \
            no_evidence(anchor) or \
            activity(anchor, event_type, cameo) or rehearsal(anchor, event_type) or motive(anchor, event_type) or \
            posted_forces(anchor, event_type) or capability(anchor) or menace(anchor, event_type) or \
            aim_of_mission(anchor):
        return True
    return event_type not in ("SUPPORT", "ACCUSE") and own_obligation(anchor)


def operation_support(event_type: str | None, recipient_texts: list[str]) -> bool:
    """Support whose only recipients are named military operations ("was supporting Operation X")."""
    ops = words()["operation_words"]
    return event_type == "SUPPORT" and bool(recipient_texts) and all(
        (t.split() or [""])[0].lower() in ops and t[:1].isupper() for t in recipient_texts)


def add_toll(attack: Event, victims: list[EventActor], counts: Counts) -> None:
    """A relative clause of harm on an attack's noun ("the attack in X which killed 20 civilians") tells that
    attack's victims and toll, no second attack: they go to the attack's record where it has none."""
    if not attack.recipient:
        attack.recipient = list(victims)
    for name in ("killed", "injured", "arrested"):
        if getattr(attack.counts, name) is None and getattr(counts, name) is not None:
            setattr(attack.counts, name, getattr(counts, name))
