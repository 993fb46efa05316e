"""Whether a lexicon entry's conditions hold on a verb: the checks ``triggering.TriggerMatcher`` runs before a
curated or generated entry names an event.

An entry of the event lexicon (``eventlex``) may ask for object words ("sent troops"), a particle ("sent back"),
prepositions and their objects ("spoke with <a party>"), subject words ("troops advanced"), a clause or an
infinitive, a fixed phrase, a passive, and more (the condition names of ``resources/events/triggers.json``). Each check
is a rule of how the act is told; ``holds`` runs them in turn, the cheapest first.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..resources import load_json
from .abilities import aim_of_mission
from .appeals import named_call
from .argwords import TRADE_HEADS, treaty_name
from .coercion import walked_out
from .cooperation import joins_body, rung_up
from .eventargs import PARTY_NOUNS, ArgValue, Args, argument_words, counted, is_party_noun, is_passive, object_of
from .eventlex import Trigger
from .military import named_exercise, weapon_launchers
from .oneact import head_words
from .parties import foreign_object
from .phrases import TITLES, helped_party
from .phrases import lemma as _lemma
from .phrases import pobjs
from .phrases import preps_of as _preps
from .reactions import party_in_topic
from .transfers import MONEY, firm_giver, goods_object, money_in

__all__ = ["holds", "object_words"]

_obj = object_of
#: nouns of a measured quantity whose "of" phrase names the thing ("500 tonnes of wheat", "a shipment of vaccines")
_MEASURES = frozenset({"tonne", "ton", "truckload", "shipment", "consignment", "cargo", "load", "kilogram", "litre",
                       "liter", "barrel", "bag", "box", "crate", "package", "batch"})
#: participles that say what a vehicle carries ("a plane carrying aid")
_CARRYING = frozenset({"carry", "load", "bring", "transport", "laden"})
#: dependencies the parser gives the state an object is left in ("set X free", "took X hostage", "took X captive")
_PREDICATIVE = frozenset({"oprd", "advcl", "acomp", "xcomp", "ccomp", "dobj"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def object_words(tok: Token | None, depth: int = 0) -> set[str]:
    """The words an entry's object condition is checked against: the noun's lemma and form, its modifiers', and what
    an amount, a measure or a vehicle is of or carries ("a shipment of aid", "$50 million in aid", "a plane carrying
    medical supplies"); of a named exercise ("Exercise Shakti Accord"), only the exercise."""
    if tok is None:
        return set()
    if tok.lower_ in _BACK_PRONOUNS and depth < 1:
        told = _first_conjunct_objects(tok)
        if told:
            return {w for t in told for w in object_words(t, depth + 1)}
    named = named_exercise(tok)  # "concluded Exercise Shakti Accord": an exercise, no accord (``military``)
    if named is not None:
        return {_lemma(named), named.lower_}
    out = {_lemma(tok), tok.lower_}
    if treaty_name(tok):
        out.add("treaty")  # "withdrew from the JCPOA", "suspended the CFE": a treaty named by its acronym
    trade = tok.pos_ == "NOUN" and _lemma(tok) in TRADE_HEADS
    for child in tok.children:
        if child.dep_ == "amod" and child.tag_ == "VBG":
            continue  # a participle tells what the thing does: "continued striking targets" is no labour strike
        if trade and child.dep_ == "compound" and not is_party_noun(child):
            continue  # people named by their trade ("released two aid workers", "freed relief workers"): the word
            # before them says what they work with, not what the verb acts on (a party word stays: "police")
        if child.dep_ in ("compound", "amod", "nmod") or (child.dep_ == "conj") or \
                child.dep_ == "appos" and child.i == tok.i + 1:  # "a pressure IED" parsed as an apposition
            out.add(_lemma(child))
            out.add(child.lower_)
            if child.dep_ in ("compound", "nmod"):  # "army and police training missions": each modifier of a list
                out.update(w for c in child.conjuncts for w in (_lemma(c), c.lower_))
        elif child.dep_ == "appos" and tok.ent_type_ == "PERSON" and child.pos_ == "NOUN" and depth < 1:
            # a person named with the post held ("expelled X, Russia's deputy ambassador"): the post says who
            out.add(_lemma(child))
            out.add(child.lower_)
        elif child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "in" and _lemma(tok) in MONEY) and \
                (depth < 1 or _lemma(tok) in _MEASURES):  # "a shipment of aid", "$50 million in aid"
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out |= object_words(pobj, depth + 1)
        elif child.dep_ == "acl" and _lemma(child) in _CARRYING and depth < 1:
            # "a plane carrying medical supplies", "a convoy loaded with food": what it carries
            for held in child.subtree:
                if held.dep_ in ("dobj", "obj", "pobj") and held.i != tok.i:
                    out |= object_words(held, depth + 1)
    return out


#: object pronouns that, after a coordinated verb, stand for what the first verb acted on
_BACK_PRONOUNS = frozenset({"it", "them"})


def _first_conjunct_objects(pron: Token) -> list[Token]:
    """The object or prepositional object of the first of two coordinated verbs, for a pronoun object of the second
    ("withdrew from the Taji base and handed it over to Iraqi forces", "left the K1 base and handed it over"): the
    pronoun stands for that thing, so the second verb's entry is chosen by it."""
    verb = pron.head
    if pron.dep_ not in ("dobj", "obj") or verb.dep_ != "conj":
        return []
    first = verb.head
    objs = [c for c in first.children if c.dep_ in ("dobj", "obj")]
    return objs or [p for c in first.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]


def _modified_by(noun: Token, words: frozenset[str]) -> bool:
    """A word of ``words`` is in a modifier of ``noun`` ("military measures", "military-technical measures")."""
    return any(_lemma(t) in words for c in noun.children if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree)


#: participles of a vehicle's load, whose object says what the vehicle is ("a convoy carrying aid")
_CARRY_VERBS = frozenset({"carry", "transport", "ferry", "bring", "deliver"})


def _subject_words(subj: Token) -> set[str]:
    """The head words of a subject and, for a number of something ("hundreds of refugees"), of what is counted; for
    a batch of something ("a second round of tariff hikes", "the new package of sanctions"), of what it is a batch
    of: the batch acts as the measures it holds; for a vehicle told by its load ("a convoy carrying food aid",
    "trucks transporting troops"), of its load."""
    words = head_words(subj) | head_words(counted(subj))
    for carried in (o for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBG" and _lemma(c) in _CARRY_VERBS
                    for o in c.children if o.dep_ in ("dobj", "obj")):
        words |= head_words(carried)  # "a convoy carrying food aid": what the convoy is, as "an aid convoy"
    if _lemma(subj) in _batch_nouns():
        words |= {w for p in pobjs([subj], ("of",)) for w in head_words(p)}
    return words


@lru_cache(maxsize=1)
def _batch_nouns() -> frozenset[str]:
    return frozenset(load_json("events", "arguments.json")["batch_nouns"])


def _amounts(obj: Token | None) -> list[Token]:
    """The amount an object is "of", whose phrases are the object's ("a reward of up to $5 million for information
    on X")."""
    if obj is None:
        return []
    return [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
            if p.dep_ == "pobj" and (p.like_num or p.tag_ == "CD" or any(m.tag_ == "$" for m in p.subtree))]


#: sector codes of armed forces: a pronoun standing for one of them is a force subject (``_force_pronoun``)
_FORCE_SECTORS = frozenset({"MIL", "COP", "REB", "UAF"})


def _force_pronoun(subject: Token, words: frozenset[str] | set[str], args: Args) -> bool:
    """A pronoun subject that stands for an armed force ('"We had to retreat," said police spokesman X': the
    police), for an entry whose subject words are those of a force ("troop", "force"): it names a force too."""
    if subject.pos_ != "PRON" or not words & {"force", "troop", "soldier"}:
        return False
    found = args.resolve(subject)
    actor_id = (found.actor.actor_id if isinstance(found, ArgValue) else None) or ""
    return actor_id.startswith("agent:") and actor_id[6:] in _FORCE_SECTORS


def _igo(subject: Token, args: Args) -> bool:
    """The subject is an international organisation by its actor id ("ECOWAS suspended Niger")."""
    return _actor_id(subject, args).startswith("IGO-")


def _actor_id(subject: Token, args: Args) -> str:
    """The actor id the subject resolves to ("" for none): a body named by its id ("OFAC", "the Treasury")."""
    value = args.resolve(subject, allow_unknown=False)
    return (value.actor.actor_id or "") if isinstance(value, ArgValue) else ""


def _named_party(p: Token, args: Args) -> bool:
    """A prepositional object that names a party: a mention, a name, a thing or people named by their party
    ("his Iranian counterpart", "Canadian steel", "Assad's forces") or "the people of Turkey"."""
    return args.mentions.at(p) is not None or p.pos_ == "PROPN" or any(
        c.dep_ in ("amod", "compound", "poss") and args.mentions.at(c) is not None for c in p.lefts) or any(
        g.dep_ == "pobj" and args.mentions.at(g) is not None for c in p.children
        if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def _particle_on_object(verb: Token, obj: Token | None, particles: frozenset[str]) -> bool:
    """The particle right after the verb that the parser hangs on a bare plural object as its modifier ("pushed back
    jihadists": "back" read as an adjective of "jihadists"): it is still the verb's particle."""
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return nxt is not None and obj is not None and nxt.head == obj and nxt.dep_ in ("amod", "advmod") and \
        nxt.lower_ in particles


#: particles of a phrasal verb the parser reads as a preposition whose own phrase follows ("pulled out of X",
#: "walked away from Y"): their phrase is the verb's
_BARE_PARTICLES = frozenset({"out", "away"})


def _measure_participle(verb: Token) -> bool:
    """``verb`` is a participle with no subject of its own on a clause whose subject or object is a sanctions measure
    ("the sanctions were enacted under the regulations, targeting officials", "imposed sanctions, targeting X")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    measures = argument_words()["measure_subjects"]
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and _lemma(c) in measures for c in verb.head.children)


def _asked_of_party(verb: Token, acts: frozenset[str], args: Args) -> bool:
    """True when ``verb`` ("expect") has an infinitive of one of ``acts`` whose doer is a party: a named one or a
    party noun ("We expect both sides to respect the ceasefire", "Norway expects Russia to withdraw"; parsed as the
    infinitive's subject or as the verb's object): what a government expects of a party is asked of it."""
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or _lemma(clause) not in acts or not any(
                a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children):
            continue
        doers = [c for c in clause.children if c.dep_ == "nsubj"] if clause.dep_ == "ccomp" else \
            [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if any(_lemma(d) in PARTY_NOUNS or is_party_noun(d) or isinstance(args.resolve(d, allow_unknown=False), ArgValue)
               for d in doers):
            return True
    return False


def holds(trig: Trigger, verb: Token, args: Args) -> bool:
    """The conditions of a lexicon entry (``trig.conditions``: object words, particles, prepositions and their
    objects, subjects, clauses ...) hold on ``verb`` and its dependents; an entry with none always holds."""
    cond = trig.conditions
    if not cond:
        return True
    if cond.get("launcher") and not weapon_launchers(verb):
        return False  # "shot down drones launched by X": X's attack; no launcher named, no act (``military``)
    obj = _obj(verb)
    if "obj" in cond and not (object_words(obj) & cond["obj"]):
        return False
    if "not_obj" in cond and object_words(obj) & cond["not_obj"]:
        return False  # "banned Syrian refugees from opening bank accounts": people, no sanctioned party
    if "particle" in cond and not any(c.dep_ == "prt" and c.lower_ == cond["particle"] for c in verb.children):
        return False  # "sent back to X", not "sent arms to X"
    if "particles" in cond and not any(c.dep_ in ("prt", "advmod") and c.lower_ in cond["particles"]
                                       for c in verb.children) and not _particle_on_object(verb, obj, cond["particles"]):
        return False  # "brushed aside the calls", not "waved the proposal through"
    if "not_after" in cond and any(_lemma(t) in cond["not_after"] for c in (*verb.children, *(
            g for x in verb.children if x.dep_ == "xcomp" for g in x.children)) if c.lower_ in (
            "after", "following", "because", "due") or c.dep_ == "advcl" for t in c.subtree):
        return False  # "restored internet access after engineers repaired the cable": no restriction eased; the
        # reason told on the verb's complement too ("told residents to stay indoors as the storm approached")
    if "not_in" in cond and any(_lemma(p) in cond["not_in"] for p in _preps([verb]).get("in", ())):
        return False  # "backs the SDF in their talks with Damascus": political backing, no military aid
    if cond.get("rung_up") and not rung_up(verb):
        return False  # "called President X to congratulate him", not "called off the talks" or "called X a liar"
    if cond.get("obj_named") and not named_call(obj):
        return False  # "ignored calls from the AU", not "ignored a second request" or "a phone call from X"
    if "phrase" in cond:
        said = " ".join(t.lower_ for t in verb.subtree if t.i > verb.i)
        phrases = [cond["phrase"]] if isinstance(cond["phrase"], str) else cond["phrase"]
        if not any(p in said for p in phrases):
            return False  # "declared two diplomats persona non grata": a fixed phrase the parser splits; any of a
            # list ("told residents to stay indoors", "... to remain at home")
    if "prep" in cond:
        bare = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _BARE_PARTICLES and
                not any(g.dep_ in ("pobj", "pcomp") for g in c.children)]
        preps = _preps([verb] + ([obj] if obj is not None else []) + _amounts(obj) + money_in(obj) + bare)
        # "$2 billion in support to X": the "to" phrase of the money's "in" phrase; "pulled out of the deal": the
        # parser hangs "of" on "out", read as a preposition with no object
        pobjs = [p for k in cond["prep"].split() for p in preps.get(k, ())]  # "over through": any of them
        if not pobjs and ("pobj" in cond or not any(k in preps for k in cond["prep"].split())):
            return False  # "moved troops out of X" (no object of "out" itself) passes a bare "out"
        if "pobj" in cond and not any(object_words(p) & cond["pobj"] for p in pobjs):
            return False
        if "pcomp_obj" in cond and not any(object_words(_obj(p)) & cond["pcomp_obj"] for p in pobjs
                                           if p.tag_ == "VBG"):
            return False  # "barred X's banks from accessing the financial system": what the gerund denied acts on
        if "pcomp_act" in cond and not any((p.tag_ == "VBG" or p.pos_ == "NOUN" and p.lower_.endswith("ing")) and
                                           (_lemma(p) in cond["pcomp_act"] or p.lower_ in cond["pcomp_act"])
                                           for p in pobjs):
            return False  # "joined X in condemning Y", "in voting for Z": the preposition governs a verbal act
        if "not_modifier" in cond and any(_modified_by(p, cond["not_modifier"]) for p in pobjs):
            return False  # "responded with military measures": no trade measure
        if cond.get("pobj_party") and not any(_named_party(p, args) for p in pobjs):
            return False  # "spoke with Rohan's president", not "spoke with reporters"
    if cond.get("on_party"):
        ons = [p for prep in ("on", "against") for p in _preps([verb, *([obj] if obj is not None else [])])
               .get(prep, [])]
        if any(_lemma(p) in cond.get("not_on", ()) for p in ons) or not any(_named_party(p, args) for p in ons):
            return False  # "put the sanctions on hold", "placed export controls on advanced chips"
    if "xcomp" in cond and not any(_lemma(c) in cond["xcomp"] and (c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)) for c in verb.children):
        return False  # "refused to comment"; "gave blankets to support X", the purpose read as an adverbial clause
    if "clause_verbs" in cond and not _asked_of_party(verb, cond["clause_verbs"], args):
        return False  # "expects Russia to respect the truce" (what is asked), not "expects Russia to attack" (a forecast)
    if cond.get("measure_clause") and not _measure_participle(verb):
        return False  # "imposed sanctions on Monday, targeting three officials": the measure's aim, no attack
    if cond.get("goods_obj") and not goods_object(obj, args):
        return False  # "delivered 40 armoured vehicles to X", not "delivered a speech to X" (``transfers``)
    if cond.get("active") and is_passive(verb):
        return False  # "the company is listed on the exchange": no party listed by anyone
    if cond.get("no_firm_giver") and firm_giver(verb, args):
        return False  # "Airbus delivered 40 aircraft to Emirates": trade, no aid
    if cond.get("foreign_obj") and not foreign_object(verb, args):
        return False  # "barred Pakistani reporters", not "banned its fishermen from the waters" (a rule at home)
    if "out_of" in cond and not walked_out(verb, cond):
        return False  # "walked out of the assembly" (a session left in protest), not "out of the hospital"
    if "oprd" in cond and not any(c.dep_ in _PREDICATIVE and c.i > verb.i and _lemma(c) in cond["oprd"] and
                                  not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                  for c in verb.children):
        return False  # "set the hostages free", "took 20 passengers hostage" (the parser's second object); not
        # an infinitive, the act planned: "Israel is set to free 300 prisoners" is the freeing, scheduled
    if "conj" in cond and not any(_lemma(c) in cond["conj"] for c in verb.conjuncts):
        return False  # "advising and assisting X": coordinated with a verb of military help
    if "advmod" in cond and not any(c.dep_ in ("advmod", "npadvmod") and _lemma(c) in cond["advmod"]
                                    for c in verb.children):
        return False  # "worked together", "test-fired" (as parsed)
    if "xcomp_obj" in cond:
        ok = False
        for child in verb.children:
            if child.dep_ == "xcomp":
                if object_words(_obj(child)) & cond["xcomp_obj"]:
                    ok = True
        if not ok:
            return False
    if cond.get("xcomp_against") and not any(_named_party(p, args) for c in verb.children if c.dep_ == "xcomp"
                                             for p in _preps([c, *filter(None, [_obj(c)])]).get("against", ())):
        return False  # "vowed to take measures against X", not "to take measures to protect refugees"
    if cond.get("needs_dative") and not any(c.dep_ == "dative" for c in verb.children):
        return False
    if cond.get("needs_clause") and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    if cond.get("needs_xcomp") and not any(c.dep_ == "xcomp" for c in verb.children):
        return False
    if cond.get("needs_actor_object"):
        obj = obj if obj is not None else helped_party(verb)
        if obj is None:
            return False
        if not (args.mentions.at(obj) is not None or obj.pos_ == "PROPN" or _lemma(obj) in PARTY_NOUNS or
                any(c.dep_ == "appos" and args.mentions.at(c) is not None for c in obj.children) or
                (is_party_noun(obj) and
                 any(c.dep_ in ("amod", "compound") and args.mentions.at(c) is not None for c in obj.lefts))):
            # "freed 12 Somali fishermen": people named by their country are a party
            return False
    if cond.get("needs_ccomp_actor"):
        ccomps = [c for c in verb.children if c.dep_ == "ccomp"]
        if not ccomps:
            return False
        subj = [s for c in ccomps for s in args.subject_heads(c)]
        if not any(isinstance(args.resolve(s, allow_unknown=False), ArgValue) for s in subj):
            return False
    if "subj" in cond and not any(_subject_words(s) & cond["subj"] or (cond.get("subj_igo") and _igo(s, args)) or
                                  ("subj_ids" in cond and _actor_id(s, args) in cond["subj_ids"]) or
                                  _force_pronoun(s, cond["subj"], args) for s in args.subject_heads(verb)):
        return False  # "Ruritanian troops advanced": the subject names a force
    if cond.get("pair_subj") and not _pair_subject(args.subject_heads(verb)):
        return False  # "the two sides talked about X", not "the minister talked about X" (a speech)
    if "subj_head" in cond and not any(_lemma(s) in cond["subj_head"] for s in args.subject_heads(verb)):
        return False  # "naval vessels passed through": a craft, made military by its modifier ("subj")
    if cond.get("no_office_object") and obj is not None and _lemma(obj) in TITLES and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.lefts):
        return False  # "designated Faramir ambassador to Rohan": appointed to an office, not listed
    if cond.get("needs_place_object") and (obj is None or obj.ent_type_ not in _PLACE_ENTS):
        return False  # "liberated Elbasan"
    if cond.get("party_topic") and not party_in_topic(verb, obj, args):
        return False  # "expressed concern about the humanitarian situation": no party, no disapproval
    if cond.get("no_party_in_obj") and obj is not None and any(args.mentions.at(t) is not None for t in obj.subtree):
        return False  # "approved a law recognising X's victories" concedes to X
    if cond.get("no_clause") and any(c.dep_ in ("xcomp", "ccomp") and not aim_of_mission(c) for c in verb.children):
        return False  # "advised X to leave" is an appeal, not military advice ("supported Iraqi army operations to
        # defeat Daesh": the operations' aim, no clause of the verb's own)
    if "obj_body" in cond and joins_body(obj, args) != cond["obj_body"]:
        return False  # "joined NATO" (a body), not "joined the militia"
    if "no_prep" in cond and any(c.dep_ == "prep" and c.lower_ in cond["no_prep"].split() and not any(
            g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in verb.children):
        return False  # "joined Y in condemning X" is not joining Y; "fired X on Friday" is no "fired on"
    if cond.get("bare_obj") and obj is not None and any(c.dep_ in ("det", "amod", "acl", "relcl") for c in obj.children):
        return False  # "workers stopped work" (a strike), not "would not halt the vital work being done"
    if cond.get("passive") and not is_passive(verb):
        return False  # "the body of X was found" (not "police found the body": the finder is no killer)
    if cond.get("no_obj") and (obj is not None or any(
            c.dep_ in ("ccomp", "xcomp") or c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in verb.children)):
        return False  # "protesters demonstrated", not "the strikes demonstrate our resolve", "as we have demonstrated"
    if "needs_modifier" in cond:
        if not ((object_words(obj) | {_lemma(g) for c in (obj.children if obj is not None else ()) if c.dep_ == "compound"
                                for g in c.children if g.dep_ in ("compound", "amod")}) & set(cond["needs_modifier"])):
            return False
    return True


def _pair_subject(heads: list[Token]) -> bool:
    """The subject names two or more parties acting together: coordinated ("Modi and Ruto talked"), or a plural
    noun of parties ("the two sides", "the leaders", "Indian and Chinese officials")."""
    if len(heads) >= 2:
        return True
    if len(heads) != 1 or heads[0].tag_ not in ("NNS", "NNPS") or not is_party_noun(heads[0]):
        return False
    head = heads[0]
    # "Indian ministers talked about the economy", "the ministers of Japan": one side's people, a speech
    sides = [c for c in head.lefts if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in _SIDE_ENTS]
    sides += [p for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "from")
              for p in c.children if p.dep_ == "pobj" and p.ent_type_ in _SIDE_ENTS]
    return len(sides) != 1 or any(c.dep_ == "conj" for c in sides[0].children)


#: entity labels of a side named in a plural's modifier ("Indian and Chinese officials")
_SIDE_ENTS = frozenset({"NORP", "GPE", "ORG"})
