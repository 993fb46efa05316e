"""Constructions of military press releases (used by ``events.EventCoder`` and ``triggering``).

Casualty notices. A casualty notice tells an attack through the death or wound it caused: "Sgt. X died Oct. 2 in northern Iraq of
wounds sustained in an improvised explosive device blast", "Cpl. Y died in a rocket attack". The attack noun names
no attacker and no place of its own phrase, so it would give no event; the guideline (docs/annotation.md) makes it
an ASSAULT with no actor whose recipient is the one who died. A death with no attack named ("died in a non-combat
related incident", "died of injuries sustained in a vehicle rollover") stays no event: only attack nouns count.

The same noun under a verb of harm already coded as the attack ("two soldiers were wounded in an IED blast") tells
that one act again, and is not coded a second time.

Operations. The start of an operation is MOBILIZE (verb classes); its target is the party named by the operation's
infinitive of purpose ("launched the second phase of their operation to isolate ISIL's capital": ISIL), not a
place ("an operation to free the city of X" has none).

Named exercises and operations. An exercise or operation is often told by its proper name ("Exercise Shakti
Accord", "Operation Desert Strike", "Coastal Shield 2026, a command post exercise"): the words of the name are no act
of their own (an "Accord" so named is no agreement, a "Strike" no attack); the exercise or operation that opens the
name, or that the name is in apposition to, is the act.

Interceptions. Missiles or drones shot down or intercepted are no act of the air defence (verb classes), but the
party that launched them attacked, and the sentence often names it only on the weapon: "downed nine of 14 drones
launched by X", "shot down 13 X-launched drones". That launcher is the actor of an attack told by the interception verb, aimed at the party whose defences
intercepted them.

Withdrawals. The party a withdrawal leaves is its recipient when the text names it ("withdrew its troops from
Somalia", "pulled its forces out of eastern Congo", "the drawdown of its forces from X", "will reduce its contingent
in Niger"): the place's party, as PLOVER's records code "the withdrawal of forces from Panama". A town or a front line
names no party, and the forces withdrawn, the actor's own, never are one.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .eventargs import ArgValue, is_place_head
from .envoys import is_envoy
from .eventlex import lexicon
from .parties import LOCATIVE_PREPS, named_party, place_party
from .phrases import COMPASS, DEATH_VERBS, object_of
from .reports import words as report_words
from .phrases import lemma as _lemma

__all__ = ["attack_owners", "attackers", "casualty_victims", "departure", "moved_force", "retreat_recipients",
           "fronted_place", "named_exercise", "operation_kind", "operation_target",
           "purpose_target_told", "strike_participle", "strike_report", "subjected_to_fire", "told_by_harm",
           "told_owners", "weapon_launchers"]


def purpose_target_told(anchor: Token) -> bool:
    """A participle that describes the target of a purpose clause ("conducted a strike to target enemy fighters
    firing on Iraqi forces"): it says who the target is, it is not told as an act of its own."""
    if anchor.dep_ != "acl" or anchor.tag_ != "VBG" or anchor.head.dep_ not in ("dobj", "obj"):
        return False
    goal = anchor.head.head
    return goal.dep_ in ("advcl", "xcomp", "acl", "relcl") and \
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in goal.children)


def strike_participle(anchor: Token, told_nouns: set[int]) -> bool:
    """A participle of an attack noun told by a light verb that says what the attack was aimed at ("conducted a
    precision airstrike in southern Somalia targeting al-Shabaab militants"): the same attack, not a second one."""
    return anchor.dep_ == "acl" and anchor.tag_ == "VBG" and anchor.head.i in told_nouns and \
        _lemma(anchor) in report_words()["aiming_participles"]


def named_exercise(name: Token) -> Token | None:
    """The word for an exercise or operation that opens the proper name ``name`` heads ("Exercise Maitree Accord":
    "Exercise"; "Operation Desert Strike": "Operation") or that the name is in apposition to ("Coastal Shield 2026, a
    command post exercise": "exercise"); None when ``name`` is no capitalised word of such a name. The name's words
    then tell no act of their own: the exercise or operation is the act."""
    if not name.text[:1].isupper() or name.pos_ not in ("PROPN", "NOUN"):
        return None
    kinds = report_words()["name_nouns"]
    doc = name.doc
    for i in range(name.left_edge.i, name.i):  # "Exercise Ushirikiano Imara": a chain of compounds
        word = doc[i]
        if word.dep_ == "compound" and word.text[:1].isupper() and _lemma(word) in kinds:
            return word
    return next((c for c in name.children if c.dep_ == "appos" and c.i > name.i and _lemma(c) in kinds), None)


def operation_kind(anchor: Token) -> bool:
    """A participle naming the kind of an operation ("began clearing operations in western Mosul", "conducted
    search operations"): the operation is the act (its start is MOBILIZE), the participle no act of its own."""
    return anchor.tag_ == "VBG" and anchor.dep_ in ("amod", "compound") and \
        _lemma(anchor.head) in report_words()["operation_nouns"]


def _governor(noun: Token) -> Token | None:
    """The word the cause phrase of ``noun`` hangs from ("died in a blast": died; "wounds sustained in": sustained;
    "died as a result of a drone attack": died)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj" and \
            noun.head.head.lemma_.lower() in report_words()["cause_result_nouns"] and noun.head.head.head.lower_ == "as":
        return noun.head.head.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in report_words()["cause_prepositions"]:
        return None
    return noun.head.head


def casualty_victims(noun: Token) -> list[Token] | None:
    """The subjects of the verb of dying whose cause ``noun`` names ("X died of wounds sustained in a blast",
    "X died in a rocket attack"), or None when ``noun`` is no such cause."""
    gov = _governor(noun)
    if gov is None:
        return None
    if _lemma(gov) in report_words()["sustain_verbs"] and gov.dep_ == "acl" and \
            _lemma(gov.head) in report_words()["wound_nouns"]:
        wound = gov.head
        if wound.dep_ != "pobj" or wound.head.lower_ not in ("of", "from", "to"):
            return None
        gov = wound.head.head
        for _ in range(3):  # "died in Helmand province of injuries ...": the phrase may hang from the place
            if gov.pos_ in ("VERB", "AUX") or gov.head == gov:
                break
            gov = gov.head
    if _lemma(gov) not in DEATH_VERBS:
        return None
    victims = [c for c in gov.children if c.dep_ == "nsubj"]
    return [_person_in(v) for v in victims] or None


def _person_in(subj: Token) -> Token:
    """The person a subject names: the subject itself, or, when a heading run into the notice has become the
    subject ("Operation X - Targeted Operations Against Y <newline> Sgt. Z died ..."), the last person's name
    inside it."""
    if subj.ent_type_ == "PERSON" or subj.pos_ in ("NOUN", "PRON"):
        return subj
    names = [t for t in subj.subtree if t.ent_type_ == "PERSON" and t.dep_ not in ("compound", "amod")]
    return names[-1] if names else subj


def told_by_harm(noun: Token, coded: dict[int, Any]) -> bool:
    """``noun`` is the cause phrase of a verb already coded as the attack ("were wounded in an IED blast",
    "were killed during an ambush"), or the attack a force coded as attacking drives off ("fended off an ISIS
    attack"): one act, told by the verb."""
    gov = _governor(noun)
    node = noun.head if noun.dep_ == "compound" else noun  # "repelled an ISIL counterattack west of X" (as parsed)
    if gov is None and node.dep_ in ("dobj", "obj") and _lemma(node.head) in report_words()["drive_off_verbs"]:
        gov = node.head
    event = coded.get(gov.i) if gov is not None else None
    if event is None and gov is not None and gov.dep_ == "conj" and _lemma(gov) in report_words()["toll_verbs"]:
        event = coded.get(gov.head.i)  # "killed a jawan and injured another in an ambush": the verbs' one attack
    return event is not None and event.event_type == "ASSAULT"


def operation_target(verb: Token, args: Any) -> list[Token]:
    """The named parties an operation started by ``verb`` is aimed at: the object of the infinitive of purpose of the
    verb's object or of the operation it is a phase of ("began the next phase of the operation to isolate ISIL's
    capital"), or its owner ("ISIL's capital": ISIL); the target after "against"."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    for _ in range(3):  # "the start of the next phase of their operation"
        nouns += [p for n in nouns for prep in n.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for p in prep.children if p.dep_ == "pobj" and p not in nouns]
    out: list[Token] = []
    goals = [c for c in verb.children if c.dep_ in ("xcomp", "advcl")]  # the parser may hang it from the verb
    for noun in nouns:
        out += [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "against"
                for p in prep.children if p.dep_ == "pobj"]
        goals += [c for c in noun.children if c.dep_ == "acl"]
    for goal in goals:
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in goal.children):
            for obj in (c for c in goal.children if c.dep_ in ("dobj", "obj")):
                out += [obj] if args.mentions.at(obj) is not None else \
                    [c for c in obj.children if c.dep_ == "poss" and args.mentions.at(c) is not None]
    return [t for t in dict.fromkeys(out) if args.mentions.at(t) is not None]


def attackers(verb: Token) -> list[Token]:
    """Who fires on the subject of a verb of undergoing fire: the "from"/"by" phrase of the verb, of its object or
    of the noun after "under" ("received fire from X", "came under attack by X"); [] when none is told."""
    heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "under" for p in c.children
              if p.dep_ == "pobj"]
    return [p for h in heads for prep in h.children if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by")
            for p in prep.children if p.dep_ == "pobj"]


#: verbs of firing that the parser reads as an infinitive after "subjected" ("subjected to fire the positions of X")
_FIRING = frozenset({"fire", "shell", "bomb", "strike"})


def subjected_to_fire(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """The attackers and targets of "X subjected to fire the positions of Y", the word order of the daily reports of
    defence ministries in the Caucasus and Eastern Europe, which the parser reads as an infinitive "to fire" hung on
    "subjected" (or on "X subjected Y to fire"): X (the subject of "subjected", or the noun it follows) fires on the
    object of "fire" or of "subjected"; None when ``verb`` is no such infinitive ("sought to fire the coach")."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or head.lemma_.lower() != "subject" or verb.lemma_.lower() not in _FIRING \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    actors = [c for c in head.children if c.dep_ == "nsubj"] or ([head.head] if head.dep_ == "acl" else [])
    targets = [c for c in verb.children if c.dep_ in ("dobj", "obj")] or \
        [c for c in head.children if c.dep_ in ("dobj", "obj")]
    return actors, targets


#: nouns of an attack that a force drives off ("repelled an ISIL counterattack"): the verb's force hits their owner
_DRIVEN_OFF = frozenset({"attack", "counterattack", "counter-attack", "assault", "offensive", "raid", "incursion",
                         "advance", "ambush", "infiltration"})


def attack_owners(verb: Token, args: Any) -> list[Token]:
    """The named attackers of an attack the verb drives off: the party named inside its noun phrase ("repelled an
    ISIL counterattack", "beat back the rebels' assault"), or its "by" phrase; [] when the object is no attack."""
    if verb.lemma_.lower() not in report_words()["drive_off_verbs"]:
        return []
    objs = [n for c in verb.children if c.dep_ in ("dobj", "obj")
            for n in (c, *(g for g in c.lefts if g.dep_ == "compound")) if n.lemma_.lower() in _DRIVEN_OFF]
    # ("an ISIL counterattack west of X" may be parsed with "west" as the object and the attack its compound)
    out = [c for o in objs for c in o.children if c.dep_ in ("poss", "compound", "amod", "nmod")
           and args.mentions.at(c) is not None]
    out += [p for o in objs for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "by"
            for p in prep.children if p.dep_ == "pobj" and args.mentions.at(p) is not None]
    return out


def told_owners(owners: list[Token], args: Any) -> list[Token]:
    """The owners of an attack noun that tells its attack as a subject ("its strikes killed 50 fighters"), less a
    possessive pronoun that names no party of the text: the strikes themselves are then the actor
    (docs/annotation.md), and the attack is not lost for want of its owner."""
    return [o for o in owners if not (o.tag_ == "PRP$" and not isinstance(args.resolve(o), ArgValue))]


def departure(m: Any) -> bool:
    """A force's departure told by a verb of leaving: its object is the place it left, not a party the move is
    aimed at ("the 82nd Airborne Division departed Fort Bragg for Kuwait": no recipient)."""
    return m.trigger.event_type == "MOBILIZE" and not m.nominal and not m.light and \
        _lemma(m.anchor) in report_words()["leaving_verbs"]


def _fronted(sent: Any) -> int | None:
    """The index of the comma that closes a phrase set before a sentence's clause ("Near Abu Kamal,", "West of
    Kisik,", "Around Tal Afar,"): within its first six tokens, with no verb before it; None when there is none."""
    for tok in sent[1:6]:
        if tok.text == ",":
            return tok.i
        if tok.pos_ in ("VERB", "AUX"):
            return None
    return None


def fronted_place(heads: list[Token]) -> list[Token]:
    """Subject heads less a fronted place the parser read as the subject ("Near Abu Kamal, a strike destroyed ...":
    the place phrase before the comma taken for a name, the strike set beside it as its apposition): the strike is
    the subject, the place never an actor (docs/annotation.md)."""
    out: list[Token] = []
    for head in heads:
        comma = _fronted(head.sent) if head.left_edge.i == head.sent.start else None
        strikes = [c for c in head.children if c.dep_ == "appos" and comma is not None and head.i < comma < c.i
                   and _lemma(c) in report_words()["strike_nouns"]]
        if head.lower_ in COMPASS:  # "three airstrikes southwest of the city struck": the direction parsed as the
            # subject, the strikes as its modifier
            strikes = [c for c in head.children if c.dep_ == "compound" and _lemma(c) in report_words()["strike_nouns"]]
        out += strikes or [head]
    return out


def strike_report(anchor: Token) -> bool:
    """A line of a coalition strike report: "<place phrase>, <n> strike(s) destroyed/engaged ..." with a strike noun
    as the subject ("Near Kisik,", "West of Kisik,"). It stands as an attack even when the gazetteer does not know
    the place and the report names no party hit ("Near Kisik, two strikes destroyed a weapons cache")."""
    if _fronted(anchor.sent) is None:
        return False
    subjects = [c for c in anchor.children if c.dep_ == "nsubj"]
    subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]  # "Near X, a strike" as parsed
    return any(_lemma(s) in report_words()["strike_nouns"] for s in subjects)


#: phrases of an attack noun that name whose fire it is or between whom it goes ("an attack by X", "the fighting
#: between X and Y"); nouns of a truce, whose halting is no fire halted
_OTHERS_PREPS = frozenset({"by", "between", "among"})
_TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})


def others_fire(verb: Token, args: Any) -> bool:
    """The fire a verb of halting stops (the ceasefire classes of ``verb_classes.json``) is not its subject's own:
    the attack noun names another party ("halted the Russian offensive", "Russia's offensive", "stopped an attack by
    militants", "ended the fighting between the two militias") with no pronoun of the subject's own ("its
    airstrikes"), or the subject helps others end it ("helped end the fighting"): a defence or a mediation, no
    ceasefire of the subject's."""
    if verb.dep_ == "xcomp" and _lemma(verb.head) == "help":
        return True
    teller = verb.head if verb.dep_ in ("xcomp", "conj") else verb
    own = {m.kb_id_ for s in teller.children if s.dep_ == "nsubj" for m in [args.mentions.at(s)] if m is not None}
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj") or _lemma(obj) in _TRUCE_NOUNS:
            continue
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
            continue  # "halted its strikes"
        for c in obj.children:
            named = args.mentions.at(c) if c.dep_ in ("poss", "amod", "compound") else None
            if named is not None and named.kb_id_ not in own or c.dep_ == "poss" and named is None or \
                    c.dep_ == "prep" and c.lower_ in _OTHERS_PREPS:
                return True  # "Israel halted Israeli strikes" is its own
    return False


def resigned_other(verb: Token) -> list[Token]:
    """The party whose resignation a verb of handing or telling names when it is not the subject's own ("the president
    announced the resignation of the finance minister", "presented the minister's resignation"): that party resigns,
    not the one who tells or hands it ("announced his resignation": the subject's own, [])."""
    for obj in verb.children:
        if obj.dep_ in ("dobj", "obj") and _lemma(obj) == "resignation":
            return [c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"] + \
                [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return []


#: prepositions whose object is the place a withdrawal leaves ("from X", "out of X"), or where the forces reduced
#: stand ("reduce its contingent in X")
_LEFT_PREPS = frozenset({"from", "in"})


def retreat_recipients(m: Any, args: Any, actors: list[ArgValue], recipients: list[ArgValue]) -> list[ArgValue]:
    """The recipients of a withdrawal: less the forces withdrawn (``_own_withdrawn``), a place that names no party
    (``_bare_place``), the one a resignation is handed to, and the size they are cut to
    ("will reduce its contingent to 250 soldiers": a number, no party; a release's "to" phrase names those freed:
    "granted pardon to 357 convicts"), else the named party whose place it leaves (``_left_party``)."""
    if m.trigger.event_type == "SANCTION":
        envoys = [e for r in recipients for e in [_recalled_envoy(m, r)] if e is not None]
        if not envoys:
            return recipients
        kept = [r for r in recipients if _recalled_envoy(m, r) is None]
        return kept or _envoy_host(envoys[0], args, actors) or _left_party(m, args, actors)
    if m.trigger.event_type != "RETREAT":
        return recipients
    if m.trigger.mode == "resign" and not m.nominal and resigned_other(m.anchor):
        return []  # "announced the resignation of Finance Minister X": X resigns, aimed at no one
    if m.trigger.mode == "resign":  # "submitted his resignation to the president": handed to, not aimed at
        recipients = [r for r in recipients if not (r.token.dep_ == "pobj" and r.token.head.lower_ == "to")]
    recipients = [r for r in recipients if not _own_withdrawn(m, r) and not _bare_place(r) and (
        r.linked or m.trigger.mode == "release" or not (
            r.token.dep_ == "pobj" and r.token.head.lower_ in ("to", "by") and
            any(c.dep_ == "nummod" for c in r.token.children)))]
    return recipients or _left_party(m, args, actors)


def _bare_place(value: ArgValue) -> bool:
    """A place that names no party ("left the base at Herat", "disengaged from the friction point at Gogra"): where
    the forces were, never the recipient (docs/annotation.md: a place is a recipient only as a target)."""
    tok = value.token
    return value.actor.actor_id is None and tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS | {"from"}


def _recalled_envoy(m: Any, value: ArgValue) -> Token | None:
    """The envoy a state recalls or withdraws, when ``value`` is that envoy or its owner ("recalled the country's
    ambassador from Venezuela", "announced the recall of its ambassador in Bogota"): a state recalls only its own
    envoy, so neither the envoy nor its owner is the party it recalls the envoy from; None otherwise."""
    tok = value.token.head if value.token.dep_ == "poss" else value.token
    if m.trigger.mode != "withdraw" or not is_envoy(tok):
        return None
    if tok.dep_ in ("dobj", "obj") and tok.head.i == m.anchor.i:
        return tok
    return tok if (m.nominal or m.light) and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i == m.token.i \
        else None


def _envoy_host(envoy: Token, args: Any, actors: list[ArgValue]) -> list[ArgValue]:
    """The named party where a recalled envoy is posted: the mention after "in", "to", "at" or "from" on the envoy
    noun ("its ambassador in Bogota": Colombia); [] when none is named or it is the actor itself."""
    own = {a.actor.actor_id for a in actors if a.actor.actor_id}
    for place in (p for c in envoy.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "at", "from")
                  for p in c.children if p.dep_ == "pobj"):
        value = next(iter(named_party(place, args) or []), None)
        held = args.mentions.at(place)
        if held is not None and held.start <= envoy.i < held.end:  # one mention "ambassador in Bogota": the place
            value = next(iter(place_party(place, args) or []), None)
        if value is not None and value.actor.actor_id and value.actor.actor_id not in own and \
                not value.actor.actor_id.startswith("agent:"):
            return [value]
    return []


def _own_withdrawn(m: Any, value: ArgValue) -> bool:
    """The object of a withdrawal owned by a possessive pronoun ("withdrew its troops", "pulled their diplomats
    out"): what the actor withdraws, whoever the pronoun is read to name, never the party it withdraws from."""
    tok = value.token.head if value.token.dep_ == "poss" else value.token  # "its" read as its antecedent
    return m.trigger.mode == "withdraw" and tok.dep_ in ("dobj", "obj") and tok.head.i == m.anchor.i and \
        any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)


def _left_party(m: Any, args: Any, actors: list[ArgValue]) -> list[ArgValue]:
    """The named party whose place a withdrawal leaves: the mention after "from", "out of" or "in" on the verb, its
    object or the withdrawal noun ("withdrew its soldiers from Somalia", "the withdrawal of 3,000 troops from
    Somalia"); [] for a place that is no mention (a town, a front line) or for the actor itself."""
    if m.trigger.mode != "withdraw":
        return []
    holders = [m.anchor, m.token, *(c for h in (m.anchor, m.token) for c in h.children if c.dep_ in ("dobj", "obj"))]
    holders += [c for c in m.anchor.children if c.dep_ == "advmod" and c.lower_ in ("home", "back")]  # "home from X"
    holders += [p for h in list(holders) for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"]  # "the withdrawal of its forces from X"
    own = {a.actor.actor_id for a in actors if a.actor.actor_id}
    for holder in dict.fromkeys(holders):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in _LEFT_PREPS | {"out"}:
                continue
            places = [p for p in prep.children if p.dep_ == "pobj"] if prep.lower_ != "out" else \
                [p for c in prep.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            for place in places:
                if prep.lower_ == "in" and (holder.i != m.anchor.i or any(
                        c.dep_ in ("dobj", "obj") and is_place_head(c) for c in m.anchor.children)):
                    continue  # "abandoned a town in X": where the place left is, not whose (``argwords.seized_place``)
                value = next(iter(named_party(place, args) or []), None)
                if value is None or (args.mentions.at(place) is None and value.actor.name.lower() != place.text.lower()):
                    continue  # a town names its country's place, not the party left ("withdrew from Gorazde")
                if value.actor.actor_id and value.actor.actor_id not in own and \
                        not value.actor.actor_id.startswith("agent:"):
                    return [value]
    return []


#: prepositions of an operation's object that tell whom it is aimed at ("an offensive against X")
_AIMED_PREPS = frozenset({"against", "on", "upon", "toward", "towards"})


def moved_force(m: Any, value: ArgValue) -> bool:
    """The force a mobilisation moves, activates or puts on alert, named as the verb's object ("activated the National
    Guard", "deployed a Crisis Reaction Force to X", "began activating thousands of reserve troops"): what the actor
    mobilises, never the party it is aimed at (that is the target of the operation or the party facing the force);
    the object must name a force (``forces``): a country entered ("troops entered Ukraine") stays the recipient.
    A mobilisation told by its noun moves the force of the noun's "of" phrase ("the deployment of 3,000 troops").
    A target told by a preposition ("massed troops against X") stays; an operation launched by a light verb
    ("launched an offensive on X") is no force moved."""
    if m.trigger.event_type != "MOBILIZE":
        return False
    if m.nominal or m.light:  # "announced the deployment of 3,000 troops": the noun's "of" phrase is the force
        obj = next((p for c in m.token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"), None)
        return obj is not None and any(t.lemma_.lower() in lexicon().forces for t in obj.subtree) and \
            obj.left_edge.i <= value.token.i <= obj.right_edge.i
    obj = next((c for c in m.anchor.children if c.dep_ in ("dobj", "obj")), None)
    aimed = {t.i for c in (obj.children if obj is not None else ()) if c.dep_ == "prep" and c.lower_ in _AIMED_PREPS
             for t in c.subtree}  # "launched an offensive against Kurdish fighters": the force faced, not moved
    if obj is None or value.token.i in aimed or \
            not any(t.lemma_.lower() in lexicon().forces for t in obj.subtree if t.i not in aimed):
        return False  # "troops entered Ukraine": the object is the country entered, no force
    # the object's whole phrase: "thousands of [National Guard and Reserve] troops"
    return obj.left_edge.i <= value.token.i <= obj.right_edge.i


def route_passed(m: Any, value: ArgValue) -> bool:
    """A recipient of a show of force (MOBILIZE 150) that names no party in the actor dictionary: the sea, strait
    or line it passes ("a destroyer transited the Taiwan Strait", "warplanes crossed the median line", "conducted a
    transit of the strait"), a place passed, no party the move is aimed at (docs/annotation.md: a place is a
    recipient only as a target); a named party (a state, a force, an organisation) stays."""
    return m.trigger.event_type == "MOBILIZE" and m.trigger.cameo == "150" and value.actor.actor_id is None


def _launched_nouns(verb: Token) -> list[Token]:
    """The weapons an interception verb acts on: its object, the "of" phrase of an amount ("59 of 102 drones"), the
    parser's "out of" hung on the verb ("downed nine out of 14 drones"), and their conjuncts."""
    obj = object_of(verb)
    nouns = [obj] if obj is not None else []
    for owner in (*nouns, verb):
        for prep in owner.children:
            if prep.dep_ == "prep" and prep.lower_ == "out":
                prep = next((g for g in prep.children if g.dep_ == "prep" and g.lower_ == "of"), prep)
            if prep.dep_ == "prep" and prep.lower_ == "of":
                nouns.extend(g for g in prep.children if g.dep_ == "pobj")
    return [n for head in nouns for n in (head, *head.conjuncts)]


def weapon_launchers(verb: Token) -> list[Token]:
    """The party that launched the missiles or drones ``verb`` intercepts or shoots down, named on the weapon (see
    the module docstring): the "by" phrase of a participle of launching or the party hyphened to it ("X-launched");
    [] when no weapon or no launcher is named. A party adjective alone ("shot down 30 X drones") tells no launch, and
    a relative clause of launching ("drones that X launched") codes its own attack where the lexicon knows one."""
    w = report_words()
    for noun in _launched_nouns(verb):
        if _lemma(noun) not in w["launched_weapons"]:
            continue
        for child in noun.children:
            lemma = _lemma(child)
            if child.dep_ == "acl" and child.tag_ == "VBN" and lemma in w["launch_verbs"]:
                by = [g for c in child.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                if by:
                    return by
            if child.dep_ == "amod" and lemma in w["launch_verbs"]:
                hyphened = [g for g in child.children if g.dep_ in ("npadvmod", "compound", "amod")
                            and g.ent_type_ in ("NORP", "GPE")]
                if hyphened:
                    return hyphened
    return []
