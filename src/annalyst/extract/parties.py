"""Parties named by places (used by ``events.EventCoder``).

* ``named_party``: the party a token names: the actor of a mention covering it, else the country of a place mention
  covering it ("attacked a checkpoint in Quetta": Pakistan);
* ``metonym``: an unlinked capital or seat of power as a party of a non-physical act is the government it stands
  for;
* ``authorities``: the actor of an agentless passive of a state act is the authorities of its place ("were arrested
  in Dhaka": Bangladesh; "were expelled from Poland": Poland);
* ``hidden_agent``: the actor of an agentless passive told in one of its phrases ("killed in an operation conducted
  by X", "martyred in an exchange of fire with X", "killed at the hands of X");
* ``force_owner``: the actor of an agentless passive moving forces is their owner ("Indian troops were deployed":
  India);
* ``agentless_passive``: an act whose doer is not told ("were arrested", "was killed"): kept with no actor for the
  types in ``AGENTLESS`` when its patient is named;
* ``foreign_object``: the object of a ban names another country's people or carriers ("barred Pakistani reporters",
  "banned Russian airlines"), not the actor's own ("banned its fishermen", "barred cruise ships");
* ``in_setting``, ``is_theatre``, ``said_setting``, ``described_setting``, ``held_in_place``, ``conflict_setting``:
  places that only say where an act happened, never its recipient (``placesettings``, re-exported here);
* ``attack_place``, ``place_name``: the place of a reported attack, an unknown name before a place noun: no party;
* ``against_target``: an attack's target told in an "against" phrase anywhere in its clause;
* ``victim``: people an attack was done to, named by what they are ("abducted three engineers"): its recipient
  before the country of its place;
* ``actor_place``: the place told of the actor when the act has none ("demonstrators in X burned tyres");
* ``place_country_of``: an event with no named party still stands when it is a physical act whose place is known
  ("unidentified gunmen shot dead two guards in Mombasa"), or, done by or to a generic agent, whose place is told
  at all ("militants attacked a checkpoint in X district").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Token

from ..models import EventActor, Location
from .agents import AGENT_PREFIX, agent_code
from .counts import location_for
from .evaluation import course_of, patient_of
from .reports import blast_victims, harmed_participle, planters, toll_objects
from .eventargs import ArgValue, Args, argument_words, counted, is_party_noun, is_passive, is_place_head, np_text, object_of, sentence_of
from .argwords import QUANTITY_NOUNS, held_captive, names_people
from .namecues import describes_place_noun
from .phrases import path_up
from .placesettings import GATHERINGS, LOCATIVE_PREPS, SAID_ACTS, conflict_setting, described_setting, \
    held_in_place, in_setting, is_place, is_theatre, said_setting
from .phrases import pobjs

if TYPE_CHECKING:  # pragma: no cover
    from ..actors.dictionary import ActorDictionary

__all__ = ["actor_place", "victim", "named_party", "place_party", "foreign_object", "metonym", "force_owner", "authorities", "hidden_agent",
           "place_country_of", "group_act", "released_people", "in_setting", "STATE_ACTS", "PLACED", "VOICED", "FIGHT_NOUNS", "LOCATIVE_PREPS", "AGENTLESS", "agentless_passive",
           "is_theatre", "fronted_subject", "joined_passive", "JOINT_TYPES", "holding_party", "partner", "relative_victims", "occasion", "aimed_at", "struck", "attack_place", "against_target",
           "place_name", "held_in_place", "conflict_setting", "GATHERINGS", "SAID_ACTS", "said_setting", "described_setting", "gapped_passive", "counted_patient", "listed_patients", "victim_phrase"]


#: acts of sides among equals, whose "between" phrase names the parties acting together
JOINT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: acts only a state's authorities do: an agentless passive of one ("were arrested in X", "were expelled from X")
#: has the authorities of the place as its actor
STATE_ACTS = frozenset({"COERCE", "SANCTION"})
#: types kept with no named party when their place is known ("unidentified gunmen killed three policemen in X",
#: "eleven rebels surrendered in X district")
PLACED = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "RETREAT"})
#: types kept with no named party when a generic agent does them ("protesters demanded the recovery of a student",
#: "rights groups criticised the police", "the separatists refused to join the talks", "workers stopped work"),
#: with no place told
VOICED = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST"})


#: claim statuses of an act that did not happen: kept for a named party ("Turkey did not shell the villages"), no
#: event of a group named by what it is
NOT_DONE = frozenset({"negated", "hypothetical"})


#: sectors of generic agents that bear arms (agents.txt): soldiers, police, rebels, separatists, radicals, unidentified
#: armed men, criminals; theirs are the deployments and withdrawals of forces
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "SEP", "RAD", "UAF", "CRM"})


def group_act(kind: str, actors: list[ArgValue], recipients: list[ArgValue], status: str = "asserted") -> bool:
    """An act kept with no named party because a group of people named by what it is does or suffers it, with no
    place told: a generic agent ("police beat demonstrators", "troops fired on the crowd", "bandits stole the
    villagers' cattle", "dozens of protesters stormed the office": the protesters) as the doer of a physical act
    (``PLACED``) or of a voiced one (``VOICED``: "protesters demanded ..."), or as the one hurt or held by an act with
    no doer told ("two policemen were shot dead", ``AGENTLESS``). A noun of no group ("people", "the situation",
    "the region") is no generic agent, and a journey, talk or praise of such a group ("workers arrived", "villagers
    welcomed the decision") stays unkept: those acts are news only between named parties. A deployment or a
    withdrawal is an armed group's (``ARMED_SECTORS``): villagers who "abandoned the town" fled, they did not
    retreat. An act such a group avoided, was kept from or only feared ("careful to avoid being ambushed", "troops
    stopped the rebels from attacking", "villagers feared being attacked": ``NOT_DONE``) did not happen: no event
    of the group (a named party's act keeps its negated or hypothetical status)."""
    if status in NOT_DONE:
        return False
    sectors = {v.actor.actor_id.removeprefix(AGENT_PREFIX) for v in actors
               if v.actor.actor_id and v.actor.actor_id.startswith(AGENT_PREFIX)}
    if sectors:
        if kind in ("MOBILIZE", "RETREAT"):
            return bool(sectors & ARMED_SECTORS)
        return kind in PLACED or kind in VOICED
    return not actors and kind in AGENTLESS and any(
        v.actor.actor_id and v.actor.actor_id.startswith(AGENT_PREFIX) for v in recipients)


def released_people(kind: str, mode: str | None, recipients: list[ArgValue], status: str = "asserted") -> bool:
    """A release of people named by what they are ("two aid workers have been freed", "4,000 inmates will be
    released", "the king pardoned 500 inmates"): kept with no named party, as the people held are what a release
    is about, whoever holds them. The released must be people ("released $20 million", "released the report" name
    no one held), and the release done or scheduled, not only hoped for ("hoped their sons might be released")."""
    return kind == "RETREAT" and mode == "release" and status not in NOT_DONE and \
        any(names_people(v.token) for v in recipients)


def authorities(verb: Token, args: Args, recipients: list[ArgValue]) -> list[ArgValue]:
    """The authorities acting in an agentless passive of a state act: the party of its place phrase ("arrested in
    Dhaka" -> Bangladesh, "expelled from Poland" -> Poland; "in cities around Egypt": the place a place noun's own
    phrase names); none when the verb has an agent or no such phrase, and
    none for an organisation's grounds ("were arrested at Tulane University", "detained at the company's offices"):
    a university or a firm is where the arrest was made, not who made it."""
    if not agentless_passive(verb) or (not is_passive(verb) and not recipients):
        return []  # also "among those arrested in X were Y", "killed and 125 arrested in X"; not "those arrested in
        # X were freed" (no one listed: the participle only describes them)
    taken = {r.token.i for r in recipients}
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "from", "at", "inside", "across"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.i in taken or pobj.ent_type_ == "ORG":
                continue
            found = named_party(pobj, args) or ([] if not is_place_head(pobj) else [
                v for inner in pobjs([pobj], ("of", "around", "across", "in", "throughout"))
                for v in named_party(inner, args) or []][:1])  # "in cities around Egypt", "in the capital of Nigeria"
            if found:
                return found
    return []


#: nouns of a fight whose "with" phrase names the other side ("killed in an exchange of fire with militants")
FIGHT_NOUNS = frozenset({"exchange", "fire", "clash", "encounter", "gunfight", "firefight", "battle", "fighting",
                          "skirmish", "shootout", "crossfire", "engagement"})


def _country_name(mod: Token) -> bool:
    """A modifier of an attack or operation noun that is a mention of a country ("a Kenyan army operation", "a
    French raid"), not of a city or region ("a Kabul attack")."""
    return any(span.start <= mod.i < span.end and span.label_ == "country"
               for span in mod.doc.spans.get("mentions", []))


def _owner_name(mod: Token) -> bool:
    """A modifier of an attack noun that names its owner: a people or nation ("Russian shelling") or, as the press
    writes the armed groups of its region by their initials or names, a group ("an RSF drone strike", "a TTP
    attack", "an al-Shabaab raid"); a place or a day before the noun ("a Kabul attack", "a Sunday raid") is none."""
    if mod.ent_type_ == "NORP":
        return True
    if mod.ent_type_ != "ORG" and not (mod.pos_ == "PROPN" and mod.dep_ in ("compound", "poss") and
                                       not mod.ent_type_ and any(ch.isupper() for ch in mod.text[1:])):
        return False
    places = mod.doc.spans.get("places", []) if mod.doc.spans is not None else []
    return not any(p.start <= mod.i < p.end for p in places)  # "a Bannu attack", the model's ORG


def hidden_agent(verb: Token) -> list[Token]:
    """The actor heads of an agentless passive told inside a phrase of the verb: the agent of an operation ("were
    killed in an operation conducted by security forces", "in a Kenyan army operation", "in a joint operation of
    X and Y forces"), of an attack ("killed in shelling by the X army", "in X shelling") or the other side of a fight
    ("were martyred in an exchange of fire with militants")."""
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return []
    means = argument_words()["means_of_attack"]
    operations = argument_words()["operation_nouns"]
    # "a soldier was killed and two others injured in an exchange of fire with X": the phrase the toll shares
    shared = [g for c in verb.children if c.dep_ == "conj" for g in (c, *c.children) if g.dep_ in ("conj", "acl")]
    for prep in (p for holder in (verb, *shared) for p in holder.children):
        if prep.dep_ != "prep":
            continue
        for tok in prep.subtree:
            if tok.dep_ == "agent":
                return [c for c in tok.children if c.dep_ == "pobj"][:1]
            operation = tok.lemma_.lower() in operations or tok.lower_ in operations
            if tok.dep_ in ("pobj", "pcomp") and tok.head == prep and (tok.lemma_.lower() in means or tok.lower_ in means
                                                                       or operation):
                by = [g for c in tok.children if c.dep_ == "prep" and (c.lower_ == "by" or operation and c.lower_ == "of")
                      for g in c.children if g.dep_ == "pobj"]
                if by:  # "killed in cross-border shelling by the X army", "in a joint operation of X and Y forces"
                    return by[:1]
                mods = [*tok.children, *(g for c in tok.children if c.dep_ == "compound" for g in c.children)]
                owner = [c for c in mods if c.dep_ in ("amod", "compound", "poss") and _owner_name(c) or
                         c.dep_ in ("amod", "compound", "poss", "nmod") and _country_name(c)]
                if owner:  # "killed in Russian shelling", "in an RSF drone strike", "in a TTP attack", "in a Kenyan
                    return owner[:1]  # army operation", the parser's nmod "in a U.S.-run operation"
            if tok.dep_ == "prep" and tok.lower_ == "with" and tok.head.lemma_.lower() in FIGHT_NOUNS:
                return [c for c in tok.children if c.dep_ == "pobj"][:1]
            if tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.lower_ == "hands" and tok.head.dep_ == "pobj":
                return [c for c in tok.children if c.dep_ == "pobj"][:1]  # "killed at the hands of X"
    return []


def fronted_subject(verb: Token) -> list[Token]:
    """The subject the parser hung as an apposition on the end of a fronted phrase ("At the invitation of President
    X, Chancellor Y visited Z": Y, read as a second name for X): an active finite verb with no subject whose fronted
    phrase ends, after its comma, in an apposition (or a conjunct with no "and") standing right before the verb is
    done by that apposition. The verb may come with a modal and the apposition with its own title and a comma ("At
    the invitation of X, Y, Foreign Minister of Z, will pay a visit to W")."""
    modals = [c for c in verb.lefts if c.dep_ == "aux" and c.tag_ == "MD"]
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not (verb.tag_ == "VB" and modals) or is_passive(verb) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return []
    before = min([verb.i, *(c.i for c in verb.lefts if c.dep_ in ("aux", "neg", "advmod") and c.i > verb.i - 4)])
    while before > 0 and verb.doc[before - 1].lower_ == "," and modals:
        before -= 1  # "..., Foreign Minister of Z, will pay": the apposition ends before its comma
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        appos = [t for t in prep.subtree if t.dep_ in ("appos", "conj") and t.right_edge.i == before - 1 and
                 any(g.lower_ == "," for g in t.head.rights if g.i < t.i) and
                 not any(g.dep_ == "cc" for g in t.head.rights if g.i < t.i)]
        if appos:
            return appos[:1]
    return []


def joined_passive(verb: Token, event_type: str | None) -> list[Token]:
    """The sides of a joint act told in an agentless passive with "between" ("five agreements were signed between X
    and Y", "an accord was reached between X and Y"): the parties that signed or met, all actors (PLOVER lists the
    parties of an agreement among equals as actors)."""
    if event_type not in JOINT_TYPES or not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return []
    return pobjs([verb], ("between",))[:1]


#: acts told in an agentless passive that stand with no actor when their patient is named ("two guards were
#: killed", "he was arrested", "three diplomats were expelled"): the doer is unknown, the act and its target are news
#: (a lifted curfew or an eased rule with no one named is no one's act: CONCEDE is not here)
AGENTLESS = frozenset({"ASSAULT", "COERCE", "SANCTION", "RETREAT"})


def agentless_passive(verb: Token) -> bool:
    """``verb`` is a passive with no agent in the sentence ("was arrested", "were killed"), or a passive participle
    of a noun ("the journalist, who was killed", "civilians killed in the raid")."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN") or gapped_passive(verb) is not None


def gapped_passive(verb: Token) -> Token | None:
    """The patient of a passive whose auxiliary is left out after "and" ("six were killed and 125 arrested", "two
    soldiers were wounded and 14 detained"): a past participle joined to a passive, with a subject of its own and
    no auxiliary, object or agent. The parser reads that subject as a doer; the sentence tells it as the one the act
    was done to, as in the passive it is joined to."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or not is_passive(verb.head):
        return None
    subject = None
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass", "dobj", "obj", "agent", "nsubjpass"):
            return None
        if child.dep_ == "nsubj":
            subject = child
    return subject


def counted_patient(head: Token) -> ArgValue | None:
    """The people an agentless state act took, told only by their count ("five were arrested in X", "at least five
    of them were detained", "125 arrested"): a recipient named by its count, of no party. Such an event stands only
    where its place is told (``place_country_of``), whose authorities act when the sentence tells it
    (``authorities``); "six others" counts people as a number does."""
    others = head.lemma_.lower() == "other" and any(c.dep_ == "nummod" for c in head.children)  # "six others"
    if head.pos_ != "NUM" and head.ent_type_ != "CARDINAL" and head.lemma_.lower() not in QUANTITY_NOUNS and not others:
        return None
    text = np_text(head)
    return ArgValue(EventActor(actor_id=None, name=text, text=text), False, head)


def listed_patients(verb: Token, args: Args, taken: frozenset[int]) -> list[ArgValue]:
    """The people a list names as having undergone an act told by a participle on a bare head of people ("among
    those arrested were X and Y", "among those detained was Z", "those arrested included X"): X, Y, Z, by their
    party when one is named, else by their words. None for any other clause on that head ("those arrested were
    freed": the arrest only describes them, the clause tells another act)."""
    words = argument_words()
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.lower_ not in words["roster_heads"]:
        return []
    if head.dep_ == "pobj" and head.head.lower_ == "among":  # "among those arrested were X"
        gov = head.head.head
        deps: tuple[str, ...] = ("attr", "nsubj", "nsubjpass", "conj")
    elif head.dep_ == "nsubj":  # "those arrested included X"
        gov, deps = head.head, ("dobj", "obj", "attr")
    else:
        return []
    if gov.lemma_.lower() not in words["roster_verbs"]:
        return []
    out: list[ArgValue] = []
    for listed in (c for c in gov.children if c.dep_ in deps and c.i not in taken and c.i != head.i and
                   c.pos_ in ("NOUN", "PROPN", "NUM", "PRON")):
        # "X, Y, Z and W": every member, also when the parser reads the second name as an apposition of the first
        # and hangs the rest on it
        heads = [listed, *(a for a in listed.children if a.dep_ == "appos" and any(c.dep_ == "conj" for c in a.children))]
        for tok in dict.fromkeys(t for h in heads for t in (h, *(c for c in h.conjuncts if c.i > h.i))):
            found = args.resolve(tok, role="recipient", exclude=taken)
            text = np_text(tok)
            out.append(found if isinstance(found, ArgValue) else
                       ArgValue(EventActor(actor_id=None, name=text, text=text), False, tok))
    return out


def force_owner(verb: Token, args: Args, forces: frozenset[str]) -> list[ArgValue]:
    """The owner of the forces an agentless passive moves, named in their noun phrase ("Indian troops were
    deployed along the frontier": India; "the army's tanks were moved": the army's party), else the unit itself when
    a sector word names whose it is ("a police contingent was dispatched": the police); [] when the passive has
    an agent, its subject names no force, or no party owns it ("troops were deployed")."""
    if not agentless_passive(verb):
        return []
    for subj in verb.children:
        if subj.dep_ != "nsubjpass" or not ({subj.lemma_.lower(), subj.lower_} & forces):
            continue
        # "Russian fighter jets": the owner may modify the compound that names the aircraft's kind
        owners = [*subj.lefts, *(g for c in subj.lefts if c.dep_ == "compound" for g in c.lefts)]
        for child in owners:
            if child.dep_ in ("amod", "compound", "poss"):
                span = args.mentions.at(child)
                if span is not None:
                    return [ArgValue(args.mentions.actor(span), True, child)]
            sector = agent_code(subj, owner=True) if agent_code(subj) is None else None  # ("troops": events)
            if sector in ARMED_SECTORS:  # "a police contingent was dispatched to X": the police unit moves
                text = np_text(subj)
                return [ArgValue(EventActor(actor_id=AGENT_PREFIX + sector, name=text, text=text), False, subj)]
    return []


def place_country_of(doc: Doc, tok: Token, country: bool = True) -> bool:
    """The event's place is known down to its country (any place with ``country`` False: "in X district"): its own
    place phrase, or a place of its sentence ("workers in Lahore stopped work")."""
    loc = location_for(doc, tok, set(), narrative=True)
    if loc is not None and (loc.country or not country):
        return True
    sent = sentence_of(tok)
    return any(sent.start <= span.start and span.end <= sent.end and span._.location is not None and
               (span._.location.country or not country) for span in doc.spans.get("places", []))


def actor_place(doc: Doc, actors: list[ArgValue], exclude: set[int]) -> Location | None:
    """The place told of the actor when the act has none ("demonstrators in Lashkar Gah burned tyres")."""
    for value in actors:
        if any(c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS for c in value.token.children):
            loc = location_for(doc, value.token, exclude)
            if loc is not None:
                return loc
    return None


def victim(verb: Token, taken: frozenset[int]) -> list[ArgValue]:
    """Who an attack was done to, named by what they are ("abducted three engineers", "shot dead a man") or by a
    thing of their sector ("attacked a police station": the police, ``agents``): the recipient, with its text,
    before any country of the attack's place. The object first, then what the act was aimed at or driven into
    ("hurled a grenade at a police station", "opened fire on a polio team", "rammed a truck into a convoy"); a
    gathering of protest stands for its protesters ("police dispersed the rally", ``protest_gatherings``)."""
    captives = held_captive(verb)  # "seven drivers held hostage": the drivers, never the word "hostage" (argwords)
    if captives and captives[0].i not in taken and (found := victim_phrase(captives[0])):
        return found
    aimed = pobjs([verb], ("at", "on", "upon", "into"))
    aimed += [verb.head] if harmed_participle(verb) else []  # "a youth abducted by militants" (reports)
    aimed += blast_victims(verb) or toll_objects(verb)  # "an IED exploded, killing a child"; "triggered a blast,
    # killing two jawans" (reports)
    for obj in [counted(o) for o in (object_of(verb),) if o is not None] + aimed:  # "dozens of villages": villages
        if obj.i in taken or obj.pos_ != "NOUN":
            continue
        if obj.lemma_.lower() in argument_words()["protest_gatherings"]:  # "dispersed the rally": its protesters
            by = pobjs([obj], ("by",)) or planters(obj)  # "a rally by students", "the rally staged by students"
            if by:
                return victim_phrase(by[0])
            text = np_text(obj)
            return [ArgValue(EventActor(actor_id=AGENT_PREFIX + "OPP", name=text, text=text), False, obj)]
        found = victim_phrase(obj)
        if found:
            return found
    return []


def victim_phrase(obj: Token) -> list[ArgValue]:
    """The party a noun phrase hit or held names by what it is: a generic agent or a thing of its sector ("a police
    station"), a noun of people, people of a nationality ("deported 40 Uyghurs"); [] for any other noun."""
    sector = agent_code(obj, owner=True)
    people = obj.tag_ in ("NNS", "NNPS") and obj.ent_type_ in ("NORP", "GPE")  # "deported 40 Uyghurs"
    if sector is None and not is_party_noun(obj) and not people:
        return []
    text = np_text(obj)
    return [ArgValue(EventActor(actor_id=AGENT_PREFIX + sector if sector else None, name=text, text=text), False, obj)]


def holding_party(tok: Token, args: Args) -> list[ArgValue]:
    """The party that holds what ``tok`` names, told by its possessor ("the terror group's command post": the
    group), a hyphenated participle ("rebel-held areas of X": the rebels; "ISIL-controlled villages": ISIL) or a
    participle with its "by" phrase ("tunnels used by militants": ``held_by_participles``) or a clause of belonging
    ("depots that belonged to X", "camps belonging to X"): an attack on it or its
    seizure is directed at that party, not at the place; [] when none names a party."""
    if names_people(tok):
        return []  # "Mali's president", "Sudan's soldiers": people are hit or held themselves, not owned
    held = _hyphen_holder(tok, args)
    if held:  # "Mali's Tuareg rebel-held town of Kidal": the Tuareg rebels, before the country it is in (also
        return held  # when the parser takes the place's name for a person's)
    if tok.ent_type_ == "PERSON":
        return []
    for poss in tok.children:
        if poss.dep_ == "poss" and poss.pos_ in ("NOUN", "PROPN"):  # "destroyed the terror group's command post"
            found = args.resolve(poss, role="recipient")
            if isinstance(found, ArgValue):
                return [found]
    for prep in tok.children:  # "pounded targets in the Houthi-held port of X": what the targets are in is held
        if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS:
            for place in (g for g in prep.children if g.dep_ == "pobj"):
                held = _hyphen_holder(place, args)
                if held:
                    return held
    for part in tok.children:  # "destroyed 12 tunnels used by militants", "a base held by the Taliban"
        if part.dep_ == "acl" and part.tag_ == "VBN" and part.lower_ in argument_words()["held_by_participles"]:
            for agent in (c for c in part.children if c.dep_ == "agent"):
                for pobj in (g for g in agent.children if g.dep_ == "pobj"):
                    found = args.resolve(pobj, role="recipient")
                    if isinstance(found, ArgValue):
                        return [found]
    for clause in tok.children:  # "struck depots that belonged to Hezbollah", "facilities belonging to X"
        if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() == "belong":
            for pobj in (g for p in clause.children if p.dep_ == "prep" and p.lower_ == "to"
                         for g in p.children if g.dep_ == "pobj"):
                found = args.resolve(pobj, role="recipient")
                if isinstance(found, ArgValue):
                    return [found]
    return []


def _hyphen_holder(tok: Token, args: Args) -> list[ArgValue]:
    """The party of a hyphenated holding participle on ``tok`` or on a compound before it ("rebel-held areas": the
    rebels; "the RSF-controlled town of X": the RSF; "the Tuareg rebel-held town X": the Tuareg rebels, the name
    before the generic word); [] when there is none."""
    words = argument_words()["holding_participles"]
    nouns = [tok, *(c for c in tok.children if c.dep_ == "compound" and c.i < tok.i)]
    for part in (p for noun in nouns for p in noun.children):
        if part.dep_ != "amod" or part.tag_ != "VBN" or part.lower_ not in words:
            continue
        for side in part.children:
            if side.dep_ not in ("npadvmod", "compound", "nmod", "amod") or side.i != part.i - 2 or \
                    tok.doc[side.i + 1].text != "-":
                continue
            span = args.mentions.at(side)
            if span is None and side.i > 0 and side.pos_ == "NOUN":
                span = args.mentions.at(side.doc[side.i - 1])  # "Houthi rebel-held": the named rebels
                span = span if span is not None and span.root.head.i > side.i else None
            if span is not None:
                return [ArgValue(args.mentions.actor(span), True, side)]
            if side.pos_ == "PROPN" and isinstance(found := args.resolve(side, role="recipient"), ArgValue):
                return [found]  # "the RSF-controlled town": a name the mentions missed
            sector = agent_code(side)
            if sector or is_party_noun(side):  # "rebel-held": the rebels, a generic agent
                return [ArgValue(EventActor(actor_id=AGENT_PREFIX + sector if sector else None, name=side.text,
                                            text=side.text), False, side)]
    return []


def fired_from(head: Token) -> bool:
    """``head`` is the place an attack was launched from ("a missile fired from rebel-held territory", "rockets
    launched from Taliban-held hills", "shells fired from Gaza"): where from, not at whom."""
    if head.dep_ != "pobj" or head.head.lower_ != "from":
        return False
    words = argument_words()["holding_participles"]
    return is_place(head) or is_place_head(head) or any(
        c.dep_ == "amod" and c.tag_ == "VBN" and c.lower_ in words for c in head.children)


def partner(tok: Token, top: Token) -> bool:
    """``tok`` is in a phrase naming the partner of the act headed by ``top`` ("conducted strikes in support of
    Iraqi forces", "in coordination with X"): a partner, never the target (``partner_nouns``)."""
    words = argument_words()["partner_nouns"]
    if tok.dep_ == "prep":  # the phrase itself: "in support of X"
        return tok.lower_ == "in" and any(c.dep_ == "pobj" and c.lemma_.lower() in words for c in tok.children)
    node = tok
    for _ in range(12):
        if node.dep_ == "pobj" and node.head.lower_ == "in" and node.lemma_.lower() in words:
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "with" and any(
                c.dep_ == "amod" and c.lower_ in argument_words()["joint_words"] for c in node.head.head.children):
            return True  # "a partnered raid with Iraqi forces", "joint patrols with X": the partner
        if node == top or node.head == node:
            return False
        node = node.head
    return False


def relative_victims(top: Token) -> list[Token]:
    """The object of a relative clause of harm inside the phrase of an attack ``top`` ("claimed twin bombings at a
    market which killed at least 30 people", "an attack on a checkpoint that killed four soldiers", the clause
    hung on the attack noun or on the place it names): whom the attack hit; [] when there is none."""
    harm = set(argument_words()["harm_verbs"]) - {"claim", "leave"}
    # not inside the verb's subject: "the group, which killed 30 people last year, attacked X" names the attacker
    subject = {t.i for c in top.children if c.dep_ in ("nsubj", "nsubjpass") and top.pos_ in ("VERB", "AUX")
               for t in c.subtree}
    for tok in top.subtree:
        if tok.i in subject:
            continue
        if tok.dep_ == "relcl" and (tok.lemma_.lower() in harm or _left_harmed(tok)) and \
                any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in tok.children):
            return [o for o in tok.children if o.dep_ in ("dobj", "obj")][:1]
    return []


#: the state a "left X ..." clause leaves its object in when it tells whom an attack hit ("left 17 soldiers dead")
_HARMED_STATES = frozenset({"dead", "injured", "wounded", "hurt"})


def _left_harmed(verb: Token) -> bool:
    """"that left 17 soldiers dead/wounded": a verb of leaving whose object is left harmed."""
    return verb.lemma_.lower() == "leave" and any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and
                                                 c.lower_ in _HARMED_STATES for c in verb.children)


#: types whose party may be a place: a capital named there stays the place ("blockade Paris", "attacked Kabul");
#: elsewhere it is the government seated in it ("accused Kabul", "thanked Moscow", "recalled its envoy from Moscow")
_PHYSICAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})


def metonym(value: ArgValue, event_type: str | None, day: str | None, dictionary: ActorDictionary) -> ArgValue:
    """An unlinked capital or seat of power as a party of a non-physical act: the government it stands for on
    ``day`` in ``dictionary``."""
    if value.actor.actor_id or value.token.pos_ != "PROPN" or event_type in _PHYSICAL:
        return value
    target = dictionary.metonym(value.actor.text or value.actor.name)
    actor = dictionary.resolve_target(target, str(day)[:10] if day else None) if target else None
    if actor is None:
        return value
    return ArgValue(EventActor(actor_id=actor.id, name=actor.name, text=value.actor.text), True, value.token)


def named_party(tok: Token, args: Args) -> list[ArgValue] | None:
    """The party ``tok`` names: the actor of a mention covering it, else the country of a place covering it."""
    span = args.mentions.at(tok)
    if span is not None:
        return [ArgValue(args.mentions.actor(span), True, tok)]
    country = _place_country(tok, args.dictionary)
    if country is not None:
        return [ArgValue(country, True, tok)]
    return None


def place_party(tok: Token, args: Args) -> list[ArgValue] | None:
    """The country of the place ``tok`` names, read apart from any mention that also covers it ("its ambassador in
    Bogota" is one mention; the place in it names Colombia): a place the places component read, else a country or
    its capital the tagger labels a place (``ActorDictionary.country_code``)."""
    country = _place_country(tok, args.dictionary)
    if country is not None:
        return [ArgValue(country, True, tok)]
    name = next((e.text for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ == "GPE"), None)
    code = args.dictionary.country_code(name) if name is not None and args.dictionary is not None else None
    actor = args.dictionary.find(code) if code else None
    return [ArgValue(EventActor(actor_id=actor.id, name=actor.name, text=name or actor.name), True, tok)] if actor else None


def foreign_object(verb: Token, args: Args) -> bool:
    """The object of ``verb`` is a party other than its subject's country, or people or carriers named by one
    ("barred Pakistani reporters from the airport", "banned Russia's airlines"): a ban on them is a measure against
    that party; the actor's own people ("banned its fishermen", "Norway banned Norwegian trawlers") or things named
    by no party ("barred cruise ships from the port") are a rule at home."""
    obj = object_of(verb)
    if obj is None or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        return False
    named = [v for t in (obj, *(t for c in obj.lefts for t in c.subtree)) if t.pos_ != "PRON"
             for v in (named_party(t, args) or ())]  # "Russian airlines", "Greek-flagged ships", "Iran's tankers"
    if not named:
        return False
    own = {(v.actor.actor_id or "")[:3] for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
           for v in (named_party(s, args) or ())} - {""}
    return any((v.actor.actor_id or "")[:3] not in own for v in named)


def _place_country(tok: Token, dictionary: ActorDictionary | None) -> EventActor | None:
    """The country actor of a place mention covering ``tok`` (from the places component), if any: the actor
    ``dictionary`` has for the place's country code (without a dictionary, or for a code it does not know, the code
    names it)."""
    doc = tok.doc
    if "places" not in doc.spans:
        return None
    for span in doc.spans["places"]:
        if span.start <= tok.i < span.end and span._.location is not None and span._.location.country:
            code = span._.location.country
            actor = dictionary.find(code) if dictionary is not None else None
            name = actor.name if actor is not None else code
            return EventActor(actor_id=actor.id if actor is not None else None, name=name, text=span.text)
    return None


def place_name(tok: Token, args: Args) -> bool:
    """``tok`` is in a name the dictionary does not know that names a place by the noun it precedes ("the Al-Hamra
    neighborhood", "Kurram district"): a place, not a party."""
    span = args.mentions.at(tok)
    if span is None or not (span.kb_id_ or "new:").startswith("new:"):
        return False
    if any(p.start <= tok.i < p.end for p in tok.doc.spans.get("places", ())):
        return True  # read as a place by its context ("a school in Swat")
    if describes_place_noun(tok.doc, span.start, span.end) and is_place_head(tok.doc[span.end]):
        return True  # "the Kurdish town of Qamishli": a people's word that describes the place named after "of"
    head = span.root.head
    return span.root.dep_ in ("compound", "nmod") and head.i >= span.end and is_place_head(head)


def attack_place(coder: Any, tok: Token) -> bool:
    """``tok`` says where a reported attack happened ("condemned the attacks in X"): the place of the attack, not
    the party condemned or talked to (a place of another thing may be a party: "the closure of guest houses in X").
    ``coder`` is the ``events.EventCoder`` (its noun triggers say what an attack is)."""
    if not in_setting(tok):
        return False
    node = tok
    while node.dep_ != "pobj" and node.head != node:
        node = node.head
    noun = node.head.head
    noun = course_of(noun, coder) or noun  # "the resumption of airstrikes in X": the airstrikes'
    trig = coder.noun_trigger(noun) if noun.pos_ in ("NOUN", "PROPN") else None
    return trig is not None and trig.event_type == "ASSAULT"


def against_target(coder: Any, m: Any, args: Args, taken: frozenset[int]) -> list[ArgValue]:
    """An attack's target told in an "against" phrase anywhere in its clause ("conducted eight strikes
    coordinated with partners using aircraft against ISIL targets"), not inside a clause of its own, nor the enemy
    of an operation in which the passive's subject was hit ("a soldier was killed during an operation against X":
    the soldier was hit, X is the side his operation fought)."""
    victims = any(c.dep_ == "nsubjpass" for c in m.anchor.children)
    for tok in m.anchor.subtree:
        if tok.dep_ != "prep" or tok.lower_ != "against" or tok.i in taken:
            continue
        node, own = tok.head, False
        while node != m.anchor and node.head != node:
            own = own or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in node.children) or \
                victims and node.dep_ == "prep" and node.lower_ in argument_words()["occasion_preps"]
            node = node.head
        if own:
            continue
        for pobj in tok.children:
            if pobj.dep_ == "pobj" and pobj.i not in taken:
                found = coder.resolve_all([pobj], args, "recipient", taken)
                if found:
                    return found
    return []


#: prepositions of the occasion a meeting takes place at ("met for the UK-France summit", "at the G20 summit")
_OCCASION_PREPS = frozenset({"for", "at", "during", "on", "ahead", "before", "after"})


def occasion(head: Token) -> bool:
    """``head`` is the meeting a meeting took place at ("met on 3 March for the 2016 UK-France Summit"): its name
    says the occasion, not whom the act is directed at (``meeting_nouns``)."""
    words = argument_words()["meeting_nouns"]
    if head.dep_ == "pobj" and head.head.lower_ in _OCCASION_PREPS and head.lemma_.lower() in \
            argument_words()["occasion_edges"]:
        return True  # "met X on the sidelines of the UN General Assembly", "on the margins of the G20": the occasion
    return head.dep_ == "pobj" and head.head.lower_ in _OCCASION_PREPS and head.pos_ in ("NOUN", "PROPN") and \
        (head.lemma_.lower() in words or head.lower_ in words)


def aimed_at(verb: Token, words: str = "harm_verbs") -> list[Token]:
    """The objects of an act's purpose infinitive of harm ("conducted a strike on the location to target enemy
    fighters", "launched a raid to kill X": whom the attack was aimed at), or with ``words`` "help_verbs" of help
    ("provided 20 million to support Syrian refugees", "to help the people of X rebuild": whom the aid is for).
    Help is also told on what it is given as ("announced a package to arm X") and on what of the party it builds
    up ("to enhance the defensive capabilities of X", "to bolster X's air defences"): the owner stands after the
    object (``_owners``)."""
    verbs = set(argument_words()[words])
    helping = words == "help_verbs"
    holders = [verb, *(o for o in verb.children if o.dep_ in ("dobj", "obj"))] if helping else [verb]
    purposes = [c for h in holders for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and
                (c.dep_ not in ("acl", "relcl") or h is not verb) and c.lemma_.lower() in verbs and
                any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)]
    objs = [o for c in purposes for o in c.children if o.dep_ in ("dobj", "obj")]
    if helping:
        objs = [x for o in objs for x in (o, *_owners(o))]
    # "gave $5 million to help the people of X recover": the helped, parsed as the subject of what they are helped to do
    return objs or \
        [s for c in purposes if helping for x in c.children if x.dep_ in ("ccomp", "xcomp")
         for s in x.children if s.dep_ == "nsubj"]


def _owners(obj: Token) -> list[Token]:
    """The party whose thing a purpose of help names ("the capabilities of the Estonian forces", "Ukraine's air
    defences", "the efforts of the Nepalese government"): after the thing itself, which is no party."""
    return [c for c in obj.children if c.dep_ == "poss"] + \
        [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def struck(coder: Any, tok: Token, top: Token) -> bool:
    """``tok`` is whom an attack named inside ``top`` was aimed at ("condemned the attack on a UN convoy"): the victim
    of that attack, not the party the act around it is directed at. ``coder`` is the ``events.EventCoder`` (its
    noun triggers say what an attack is)."""
    for node in path_up(tok, top):
        if node.dep_ == "pobj" and node.head.lower_ in ("on", "upon", "against") and \
                node.head.head.pos_ == "NOUN" and (trig := coder.noun_trigger(node.head.head)) is not None and \
                trig.event_type == "ASSAULT":
            return True
        act = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "of" else node
        if act != top and act.pos_ == "NOUN" and act.dep_ == "pobj" and act.head.head == top and \
                patient_of(act, coder) and any(c.dep_ == "prep" and c.lower_ == "of" for c in act.children):
            return True  # "protested against the detention of a journalist": the one detained, not protested at
    return False
