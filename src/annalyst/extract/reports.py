"""Constructions of daily conflict-report items (the style of a regional terrorism portal): "in the X District",
a place phrase the parser hangs deep inside the object, surrenders "before" an authority, arms recovered.

Districts. "in Dantewada District", "the Sukma district": a district the gazetteer lacks, named after a town or
province it has (the district's headquarters), is that district, placed in the town's country at the town's
coordinates, at the level the curated districts of the conflict areas have (``admin1``, as Kech and Kurram). Only
the town's own name counts, not an alternate one ("the Khar tehsil" is not the far town once called Khar).

Places told late. An item tells its place last ("... killed a villager suspecting him to be a police informer in
Kondagaon District on November 22"; "surrendered before the Superintendent of Police in Dantewada District"); the
parser hangs the place phrase off the last noun before it. When the trigger's own phrases name no place, the place
phrase anywhere in the trigger's clause (not in a relative clause, nor in another finite clause with its own
subject) is the place.

Surrenders. "surrendered before the Police", "laid down arms before the Army": the authority the fighters surrender
to is the recipient of the RETREAT, as with "surrendered to".

Blasts. "An IED planted by Maoists exploded in X, injuring two CRPF personnel", "a landmine went off, killing a
villager": the explosion names no attacker in its subject (a weapon), its toll participle names the victims. One
ASSAULT (a bombing) on them, by whoever planted the device when the item says so. An explosion that explains a toll
("were injured when a landmine exploded") is the toll verb's, not coded again.

Both sides of an encounter. "Three militants died in an encounter with SFs. One soldier was also injured in
the gunfight": the soldier was hurt by the other side of the same fight, the militants. A toll told in a fight noun
with no attacker of its own takes, as attacker, the victims of an earlier attack of the paragraph on the other side
(rebels against state forces).

Tolls told later. "The death toll in the suicide attack in Bajaur rose to 12 after two injured persons died": the
attack was told before (another day's item); its noun here is no new attack (it would take the day of the toll).

Recoveries ("recovered two AK rifles", "seized 20 kilograms of explosives") are a verb class of
resources/events/verb_classes.json: the things taken are no party.

Items of several acts. The other side of a fight or of a retaliation ("Two Maoists were also killed in the
retaliatory fire", "a soldier sustained injuries in the exchange of fire") is known by generic agents, the role codes
of the parties the dictionary knows, and the names of state forces (``state_forces``: "CRPF", "the Frontier Corps").
A claim of responsibility for "the attack" told after it names its attacker (``fold_claims``). Arms "recovered from
the spot" with no party named are taken by the state force that acted last in the item, at its place, and a verb
coordinated after a coded one takes its place when it names none (``scene_of``). An attack noun that "left" people
hurt, or a blast some days before a death, has them as victims (``harm_result``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable

from spacy.tokens import Doc, Span, Token

from ..actors.dictionary import is_state_code
from ..models import Event, EventActor, Location
from ..resources import load_word_lists
from .phrases import DEATH_VERBS, explains_a_result
from .phrases import doc_text

if TYPE_CHECKING:
    from .places import Gazetteer

__all__ = ["district_place", "late_place", "blast_match", "blast_victims", "device_clause", "fight_sides", "fold_claims", "force_word", "harm_result", "scene_of", "things_taken_from", "unnamed_seizure", "by_agent", "elided_toll", "harmed_participle", "planters", "member_of", "object_told_before", "office_of", "surrendered_to", "title_tail", "toll_told", "toll_objects", "toll_participle_objects", "words"]

#: clauses whose place phrases are theirs, not the trigger's
_OWN_CLAUSES = frozenset({"relcl", "ccomp", "parataxis"})


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The word lists of ``resources/events/reports.json`` (divisions, place_prepositions, surrender_verbs,
    member_nouns...; also those of military press releases ``extract/military`` reads)."""
    return load_word_lists("events", "reports.json")


def district_place(gaz: Gazetteer, span: Span | str) -> Location | None:
    """The district a name ending in a division word denotes, placed at the town or province it is named after
    (see the module docstring); None when the name has no such word or the gazetteer lacks its own name."""
    parts = (span.text if isinstance(span, Span) else span).split()
    if len(parts) < 2 or parts[-1].lower() not in words()["divisions"] or not all(w[:1].isupper() for w in parts[:-1]):
        return None
    name = " ".join(parts[:-1])
    loc = gaz.lookup(name)
    if loc is None or loc.precision not in ("city", "admin1") or not gaz.primary(name):
        return None
    return Location(name=name, country=loc.country, lat=loc.lat, lon=loc.lon, precision="admin1")


def late_place(doc: Doc, token: Token) -> list[Span]:
    """Place spans in place phrases anywhere in the clause of ``token`` (through its objects, their participles and
    prepositional phrases), not in a relative or reported clause nor in a finite clause with its own subject."""
    places = doc.spans.get("places", []) if doc.spans is not None else []
    if not places:
        return []
    by_token = {i: p for p in places for i in range(p.start, p.end)}
    found: list[Span] = []
    frontier = [token]
    while frontier:
        tok = frontier.pop()
        for child in tok.children:
            if child.dep_ in _OWN_CLAUSES or child.dep_ in ("advcl", "conj") and child.pos_ in ("VERB", "AUX") and \
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                continue
            if child.dep_ == "prep" and child.lower_ in words()["place_prepositions"]:
                for obj in child.children:
                    span = by_token.get(obj.i) if obj.dep_ == "pobj" else None
                    if span is None and obj.dep_ == "pobj":
                        span = next((by_token[t.i] for t in obj.subtree if t.i in by_token), None)
                    if span is not None and span not in found:
                        found.append(span)
            frontier.append(child)
    return found


def surrendered_to(verb: Token, event_type: str | None) -> list[Token]:
    """The authority of a surrender (a RETREAT) told by "before" ("surrendered before the Superintendent of Police",
    "laid down arms before the Army"); [] for other verbs."""
    if event_type != "RETREAT" or verb.lemma_.lower() not in words()["surrender_verbs"]:
        return []
    return [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "before"
            for p in prep.children if p.dep_ == "pobj"]


def member_of(token: Token, table: dict[str, str]) -> str | None:
    """The sector code of a rank or role in an armed group told by the word before it ("a Maoist commander", "two
    militant cadres", a rank in quotes "a Maoist 'section commander'": REB), ``table`` being the generic agents'
    nouns; None for other nouns."""
    if token.lemma_.lower() not in words()["member_nouns"] and token.lower_ not in words()["member_nouns"]:
        return None
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "nmod") and child.lower_ in table:
            return table[child.lower_]
    return None


def office_of(token: Token, generic_name: Callable[[str], str | None]) -> str | None:
    """The sector code of an office told as "<Title> of <force>" ("the Superintendent of Police", "the Inspector
    General of Police": COP), the force written as a report's generic name in capitals; None otherwise."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and not list(obj.children):
                return generic_name(obj.text)
    return None


def blast_victims(verb: Token) -> list[Token]:
    """The objects of the toll participle of an explosion with a weapon as its subject ("an IED exploded in X,
    injuring two soldiers": soldiers); [] for other verbs, an explosion that explains a toll, or no toll told."""
    from .frames import means_subject  # (frames imports the argument rules, which import agents, which import this)

    lemma = verb.lemma_.lower()
    if lemma not in words()["explosion_verbs"] and not (lemma == "go" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)):
        return []
    if any(c.dep_ in ("dobj", "obj") for c in verb.children) or explains_a_result(verb) or not means_subject(verb):
        return []
    return toll_participle_objects(verb)


def toll_objects(verb: Token) -> list[Token]:
    """The objects of the toll participles of ``verb`` when its own object is an explosive device or a blast
    ("triggered an IED blast, killing two jawans": jawans); else []."""
    from ..resources import load_json

    means = load_json("events", "arguments.json")["means_of_attack"]
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or means.get(obj.lemma_.lower()) != "bombing":
        return []  # not "launched an attack at X, killing 145 people": the attack's place phrase names its target
    return toll_participle_objects(verb)


def toll_participle_objects(verb: Token) -> list[Token]:
    """The people a participle of killing or wounding after ``verb`` names ("..., killing four policemen")."""
    return [o for c in verb.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and
            c.lemma_.lower() in words()["toll_verbs"] for o in c.children if o.dep_ in ("dobj", "obj")]


def planters(noun: Token) -> list[Token]:
    """Who planted or threw the device ``noun`` names, told by the "by" phrase of its participle ("an IED planted by
    Maoists", "a grenade hurled by militants"); [] when none is told."""
    participles = [acl for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN"]
    participles += [x for acl in participles for x in acl.children if x.dep_ == "xcomp" and x.tag_ == "VBN"]  # "a
    # mine thought to have been laid by X"
    return [p for acl in participles
            for by in acl.children if by.dep_ in ("agent", "prep") and by.lower_ == "by"
            for p in by.children if p.dep_ == "pobj"][:1]


def harmed_participle(verb: Token) -> bool:
    """A participle of harm after the ones it harmed ("a trader injured in the attack on Monday died", "a woman was
    killed and three others injured in a blast"): a passive whose patient is the noun it hangs from."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in words()["harm_participles"] and \
        not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children) and \
        not (verb.head.dep_ in ("dobj", "obj") and verb.head.head.lemma_.lower() == "leave")  # "leaving 30 hurt": a
    # clause of result, the toll of the act before it (nonevents)


def elided_toll(verb: Token) -> int:
    """The index of the verb of harm whose toll a participle continues with its verb left out ("a woman was killed
    and three others injured": "killed" for "injured", parsed as a participle of "others"), else -1."""
    noun = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.dep_ == "conj" and noun.head.pos_ == "VERB":
        return noun.head.i
    return -1


def title_tail(window: Span) -> bool:
    """``window`` ends a title of a force written in capitals ("a Special Police Officer": not the town called
    Officer): the capitalised word before it, a compound of it, is a generic agent's noun ("Police", "Army"), and the
    window holds no entity the model labelled."""
    from .agents import agent_table  # (agents imports this module)

    doc = window.doc
    if window.start == 0 or any(t.ent_type_ for t in window):
        return False
    before = doc[window.start - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and before.dep_ == "compound" and \
        window.start <= before.head.i < window.end and not before.ent_type_ and before.lower_ in agent_table()


def toll_told(noun: Token) -> bool:
    """``noun`` (an attack) is the attack of a toll noun ("the death toll in the suicide attack rose to 12", "the
    toll of Monday's blast"): an earlier attack whose toll is told, not a new one."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "of", "from"):
        return False
    head = noun.head.head
    phrase = " ".join(t.lower_ for t in head.lefts if t.dep_ == "compound") + " " + head.lower_
    return head.pos_ == "NOUN" and (head.lower_ in words()["toll_nouns"] or phrase.strip() in words()["toll_nouns"])


def by_agent(verb: Token) -> list[Token]:
    """The "by" agent of a participle of harm after the ones it harmed ("a youth abducted by militants":
    militants); [] for other verbs or when none is told."""
    if not harmed_participle(verb):
        return []
    return [p for by in verb.children if by.dep_ == "agent" or by.dep_ == "prep" and by.lower_ == "by"
            for p in by.children if p.dep_ == "pobj"][:1]


#: generic agents of the two sides of an encounter
_STATE_SIDE = frozenset({"agent:MIL", "agent:COP", "agent:SPY"})
_ARMED_SIDE = frozenset({"agent:REB", "agent:UAF", "agent:SEP", "agent:RAD", "agent:INS"})


def _side(actor: EventActor, dictionary: Any = None) -> str | None:
    """"state" or "armed": the side of an encounter a party is on, by its generic agent, a country (its forces), the
    role code of a party the dictionary knows ("PAKREB"), or a force's name (``state_forces``: "CRPF", "the Frontier
    Corps"); else None."""
    aid = actor.actor_id
    if aid in _STATE_SIDE or is_state_code(aid):
        return "state"  # a generic force of the state, or a country ("Pakistani forces": PAK)
    if aid in _ARMED_SIDE:
        return "armed"
    found = dictionary.find(aid) if dictionary is not None and aid and ":" not in aid else None
    for role in found.roles if found is not None else []:
        side = "state" if role.code[-3:] in ("MIL", "COP", "SPY") else "armed" if role.code[-3:] in (
            "REB", "INS", "SEP", "RAD", "UAF") else None
        if side is not None:
            return side
    text = " ".join(actor.text.lower().split())
    forces = words()["state_forces"]
    if any(w in forces for w in text.split()) or any(f" {f} " in f" {text} " for f in forces if " " in f):
        return "state"
    return None


def _in_fight(verb: Token) -> bool:
    """The verb's toll is told "in"/"during" a fight noun ("injured in the gunfight", "killed in an encounter") or a
    retaliation ("killed in the retaliatory action", "in retaliation")."""
    from .parties import FIGHT_NOUNS  # (parties imports the argument rules, which import this module)

    back = words()["retaliation_words"]
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)  # "sustained injuries in the gunfight"
    for prep in [*verb.children, *(obj.children if obj is not None else ())]:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for p in prep.children:
            if p.dep_ == "pobj" and (p.lemma_.lower() in FIGHT_NOUNS or p.lemma_.lower() in back or any(
                    c.dep_ in ("amod", "compound") and c.lower_ in back for c in p.children)):
                return True
    return False


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    ev = event.evidence[0]
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    first = (ev.trigger or "").split(" ")[0]
    return next((t for t in span if t.text == first), None) if span is not None and first else None


def fight_sides(doc: Doc, events: list[Event], dictionary: Any = None) -> None:
    """Give a toll of a fight or a retaliation that names no attacker the party of an earlier attack of the
    paragraph on the other side as attacker (see the module docstring): its victims ("Maoists killed a CRPF jawan.
    Two Maoists were also killed in the retaliatory fire": the CRPF). ``events`` in any order, changed in place;
    ``dictionary`` (the actor dictionary) tells the side of a named group."""
    from .time import paragraph_start

    attacks = sorted((e for e in events if e.event_type == "ASSAULT" and e.evidence and e.recipient),
                     key=lambda e: e.evidence[0].start)
    for n, event in enumerate(attacks):
        side = _side(event.recipient[0], dictionary)
        if event.actor or side is None:
            continue
        verb = _trigger_token(doc, event)
        if verb is None or not _in_fight(verb):
            continue
        para = paragraph_start(doc_text(doc), event.evidence[0].start)
        for earlier in reversed(attacks[:n]):
            if earlier.evidence[0].start < para:
                break
            other = _side(earlier.recipient[0], dictionary)
            if other is not None and other != side:
                event.actor = list(earlier.recipient)
                break


def fold_claims(doc: Doc, events: list[Event]) -> None:
    """A claim of responsibility for an attack told before it in the paragraph with a definite noun ("Terrorists
    ambushed a convoy in Kech. The BLA claimed responsibility for the attack"): the claimant is that attack's actor
    (its status ``attributed`` to the claimant) and the claim is no second attack. Only an earlier attack that names
    no actor or a generic one ("terrorists"), no state's force ("police"), takes it; ``events`` changed in place."""
    from .agents import state_force
    from .anaphora import claimed_object  # (anaphora imports the argument rules, which import this module)
    from .time import paragraph_start

    ordered = sorted((e for e in events if e.evidence), key=lambda e: e.evidence[0].start)
    for claim in [e for e in ordered if e.event_type == "ASSAULT" and e.status == "attributed" and e.actor and
                  "…" in (e.evidence[0].trigger or "")]:
        verb = _trigger_token(doc, claim)
        target = claimed_object(verb) if verb is not None and verb.lemma_.lower() == "claim" else None
        if target is None or not (any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in target.children)
                                  or target.lemma_.lower() in ("responsibility", "credit")):  # "X claimed
            continue  # responsibility.": for the attack just told
        para = paragraph_start(doc_text(doc), claim.evidence[0].start)
        before = [e for e in ordered if e.event_type == "ASSAULT" and e is not claim and e.status == "asserted" and
                  para <= e.evidence[0].start and e.evidence[0].end <= claim.evidence[0].start + 1 and
                  e.evidence[0].start < claim.evidence[0].start]
        if not before or not all((a.actor_id or "").startswith("agent:") for a in before[-1].actor) or \
                state_force(before[-1].actor):
            continue  # not "Police killed two suspects. The BLA claimed responsibility." (``anaphora.claimable``)
        attack = before[-1]
        attack.actor, attack.status, attack.attributed_to = list(claim.actor), "attributed", claim.attributed_to
        events.remove(claim)


def blast_match(coder: Any, m: Any, args: Any) -> tuple[Any, bool]:
    """The match of an explosion with a toll participle ("an IED planted by X exploded, injuring two soldiers"),
    retold as a bombing of the victims by whoever planted the device, and whether it is such a casualty report (it
    then stands with no attacker); ``m`` unchanged and False for any other match. ``coder`` is the
    ``events.EventCoder``."""
    if m.trigger.event_type != "ASSAULT" or m.nominal or m.recipients is not None:
        return m, False
    struck = device_struck(m.anchor)
    if struck is not None:  # "their vehicle hit a landmine planted by X": X bombed those in the vehicle
        device, hit = struck
        trigger = replace(coder.lex.noun("bombing") or m.trigger, conditions={})
        return replace(m, recipients=hit, actors=planters(device), trigger=trigger), True
    blast = blast_victims(m.anchor)
    if not blast:
        if not _device_went_off(m.anchor):
            return m, False
        # "a bomb went off in a market in X": a bombing with no toll told; the device is no attacker
        subj = next(c for c in m.anchor.children if c.dep_ == "nsubj")
        trigger = m.trigger if any(t.lower_ == "suicide" for t in subj.subtree) else \
            replace(coder.lex.noun("bombing") or m.trigger, conditions={})  # not a suicide attack unless told
        return replace(m, actors=planters(subj) or coder.noun_actor(subj, args) or [], trigger=trigger), True
    subj = next(c for c in m.anchor.children if c.dep_ == "nsubj")
    trigger = replace(coder.lex.noun("bombing") or m.trigger, conditions={})
    return replace(m, recipients=blast, actors=planters(subj) or coder.noun_actor(subj, args), trigger=trigger), True


def _device_noun(noun: Token) -> bool:
    """A mine, IED, bomb or explosive device ("an improvised explosive device": the device explosive)."""
    from ..resources import load_json

    kind = load_json("events", "arguments.json")["means_of_attack"].get(noun.lemma_.lower())
    return kind == "bombing" or noun.lemma_.lower() == "device" and any(
        c.lower_ == "explosive" for c in noun.children)


def device_struck(verb: Token) -> tuple[Token, list[Token]] | None:
    """A vehicle, patrol or person setting off a device ("their vehicle hit a landmine", "a patrol drove over an
    IED", "two guards died when their jeep ran over a mine laid by X"): the device, and whom it hit: the dead or
    wounded of the clause the verb explains ("two guards died when ..."), else the subject; None for any other
    verb. The vehicle's owner is no attacker and the device's planter no recipient."""
    w = words()
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and verb.head.lemma_.lower() in w["device_contact_verbs"]:
        found = device_struck(verb.head)  # "a patrol drove over an IED, injuring two soldiers": the soldiers
        hurt = [c for c in verb.children if c.dep_ in ("dobj", "obj")][:1]
        return (found[0], hurt) if found is not None and hurt else None
    if verb.lemma_.lower() not in w["device_contact_verbs"]:
        return None
    devices = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in w["device_contact_preps"]
        for g in c.children if g.dep_ == "pobj"]
    device = next((d for d in devices if _device_noun(d)), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if device is None or subject is None or subject.lemma_.lower() in w["fired_weapons"]:
        return None  # "a missile hit a coal mine": a strike on the place, no device set off by contact
    tolls = toll_participle_objects(verb)  # "struck a landmine, killing two soldiers"
    if tolls:
        return device, tolls[:1]
    head = verb.head
    if verb.dep_ == "advcl" and head.lemma_.lower() in DEATH_VERBS | {"kill", "injure", "wound"}:
        victims = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if victims:
            return device, victims[:1]
    return device, [subject]


def _device_went_off(verb: Token) -> bool:
    """``verb`` tells a device going off, its subject the device ("a bomb exploded", "an IED went off"), with no
    object and not as the cause of a toll told by another verb."""
    from .frames import means_subject  # (frames imports the argument rules, which import agents, which import this)

    lemma = verb.lemma_.lower()
    return (lemma in words()["explosion_verbs"] or lemma == "go" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)) and \
        not any(c.dep_ in ("dobj", "obj") for c in verb.children) and not explains_a_result(verb) and \
        means_subject(verb)


def force_word(token: Token) -> bool:
    """``token`` is a generic agent's noun written in capitals ("senior Police officials", "an Army patrol"), no
    town of that name."""
    from .agents import agent_table  # (agents imports this module)

    return token.lower_ in agent_table()


def unnamed_seizure(m: Any) -> bool:
    """``m`` (a ``triggering.Match``) is arms taken told in the agentless passive ("two AK-47 rifles were recovered
    from the spot"): a seizure that stands with no party named; ``scene_of`` gives it the force of the scene."""
    from .parties import agentless_passive  # (parties imports the argument rules, which import this module)

    return m.trigger.event_type == "COERCE" and m.trigger.mode == "seize" and not m.nominal and \
        "obj" in m.trigger.conditions and agentless_passive(m.anchor)


def place_seizure(m: Any) -> bool:
    """``m`` is a seizure of a place told by its name ("soldiers seized the village of X", "took the Y district"):
    it stands though the place is no party (``argwords.seized_place``) and the seizers are a generic force."""
    from .argwords import is_place_head

    if m.trigger.event_type != "COERCE" or m.trigger.mode != "seize" or m.nominal:
        return False
    held = next((c for c in m.anchor.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    return held is not None and (held.ent_type_ in ("GPE", "LOC", "FAC") or is_place_head(held)) and any(
        t.pos_ == "PROPN" for t in held.subtree)


def scene_of(doc: Doc, events: list[Event], dictionary: Any = None) -> None:
    """Acts told after the scene of an item take what they do not tell from it (``events`` changed in place):

    - an attack or a coercive act told by a verb coordinated with an earlier coded verb of the same clause, with no
      subject of its own ("arrested two militants in Kupwara and recovered two grenades from them"), takes that
      verb's place when it names none (a statement or a visit joined by "and" keeps its own: "hosted talks in X and
      later criticised Y");
    - arms taken with no party named ("SFs killed two Maoists in X. Two rifles were recovered from the spot") are
      taken by the state force that acts last before them in the paragraph, at its place when they name none; with
      no such force the seizure is dropped (nothing says who took them)."""
    from .time import paragraph_start

    ordered = sorted((e for e in events if e.evidence), key=lambda e: e.evidence[0].start)
    at = {id(e): _trigger_token(doc, e) for e in ordered}
    for n, event in enumerate(ordered):
        tok = at[id(event)]
        if event.location is None and tok is not None and tok.dep_ == "conj" and \
                event.event_type in ("ASSAULT", "COERCE") and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            heads = {id(e) for e in ordered[:n] for t in [at[id(e)]] if t is not None and t.i == tok.head.i}
            first = next((e for e in ordered[:n] if id(e) in heads), None)
            if first is not None and first.location is not None:
                event.location = replace(first.location)
        if event.actor or event.event_type != "COERCE" or event.mode != "seize" or event.recipient:
            continue
        para = paragraph_start(doc_text(doc), event.evidence[0].start)
        scene = next((e for e in reversed(ordered[:n]) if e.evidence[0].start >= para and e.actor and
                      _side(e.actor[0], dictionary) == "state"), None)
        if scene is None:
            events.remove(event)  # no force of the scene: nothing told of who took the arms
            continue
        event.actor = list(scene.actor)
        if event.location is None and scene.location is not None:
            event.location = replace(scene.location)


def things_taken_from(m: Any, cand: list[Token]) -> list[Token]:
    """The recipient candidates of a seizure of things ("recovered two grenades from them", "from their
    possession"): without pronouns, which name the people an earlier act of the item held, not a new party (the
    seizure stands with no recipient); ``cand`` unchanged for other matches."""
    if m.trigger.event_type != "COERCE" or m.trigger.mode != "seize":
        return cand
    return [c for c in cand if c.pos_ != "PRON" and not (c.dep_ == "pobj" and any(
        d.dep_ == "poss" and d.pos_ == "PRON" for d in c.children))]


def device_clause(verb: Token) -> bool:
    """``verb`` is a device going off told as the cause of a toll ("two soldiers were killed when a bomb went off
    near their vehicle"): the toll verb tells the bombing, this clause is no second one."""
    from .frames import means_subject  # (frames imports the argument rules, which import agents, which import this)

    if verb.dep_ == "acl" and verb.lemma_.lower() in words()["explosion_verbs"]:
        # "were hurt when a suicide vehicle-borne improvised explosive device detonated near X": the parser, lost in the
        # device's long name, makes the device the clause and its verb a modifier of it
        device = verb.head
        return device.dep_ == "advcl" and device.head.lemma_.lower() in words()["toll_verbs"] and any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in device.children)
    return explains_a_result(verb) and verb.head.lemma_.lower() in words()["toll_verbs"] and means_subject(verb)


#: nouns of a span of time before "after" ("two days after the blast")
_SPANS = frozenset({"day", "hour", "week", "month", "minute"})


def harm_result(noun: Token) -> list[Token] | None:
    """The victims of an attack noun told by what it left or what followed it: the object of "left" with its state
    of harm ("a grenade attack on a patrol left two constables injured"), the subject of a death after it ("a
    policeman died two days after the IED blast"); None for other nouns."""
    from .phrases import DEATH_VERBS

    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "leave":
        harmed = [o for o in noun.head.children if o.dep_ in ("dobj", "obj") and any(
            c.dep_ in ("acl", "amod", "oprd", "ccomp") and c.lemma_.lower() in words()["harm_participles"] | {"dead"}
            for c in [*o.children, *noun.head.children])]
        return harmed or None
    if noun.dep_ != "pobj" or noun.head.lower_ != "after":
        return None
    verb = noun.head.head
    if verb.dep_ == "npadvmod" and verb.lemma_.lower() in _SPANS:
        verb = verb.head  # "died two days after the blast"
    if verb.lemma_.lower() not in DEATH_VERBS:
        return None
    return [c for c in verb.children if c.dep_ == "nsubj"] or None


def object_told_before(verb: Token, cand: list[Token]) -> list[Token]:
    """The recipient candidates of a verb coordinated after another, its object pronoun read as the earlier verb's
    object ("abducted a trader and later shot him dead": the trader); ``cand`` unchanged otherwise."""
    if verb.dep_ != "conj" or not any(c.pos_ == "PRON" and c.dep_ in ("dobj", "obj") for c in cand):
        return cand
    before = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")), None)
    if before is None:
        return cand
    return [before if c.pos_ == "PRON" and c.dep_ in ("dobj", "obj") and c.lower_ in ("him", "her", "them") else c
            for c in cand]
