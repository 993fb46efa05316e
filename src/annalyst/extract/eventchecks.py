"""Small tests and argument helpers of the event coder (``events.EventCoder``): whom a threat's act is done to,
the words that made a request, whom force used to disperse hits, a reflexive object, a bare "the government", a
standing commitment, the actor's own forces, an attack undergone with no attacker told."""

from __future__ import annotations

from spacy.tokens import Token

from .agents import state_force
from .eventargs import ArgValue, Args, argument_words, is_party_noun
from .parties import victim
from .phrases import lemma as _lemma
from .transfers import help_received
from .triggering import Match

__all__ = ["bare_government", "commitment", "dispersed", "own_clauses", "own_party", "reflexive", "request_words", "threatened",
           "undergone_unclaimed", "measure_subject", "help_unclaimed"]


def threatened(verb: Token, args: Args) -> list[Token]:
    """Whom the act of a threat's infinitive is done to: its object, an "against/on/at" phrase, or a named party
    of a "with" or "to" phrase ("to cut ties with Sweden", "gas supplies to X"; not "with overwhelming force").
    An "against"/"upon" target comes before the object, and so does an "on"/"at" one when the object is the
    threatener's own means ("to unleash the firepower of the navy against X", "to use its nuclear forces against
    X", "to turn its missiles on X"): the forces or weapons one threatens to use are one's own, not the threatened
    party ("to kill the hostages at the embassy": the hostages)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]

    def targets(preps: tuple[str, ...]) -> list[Token]:
        return [g for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                for g in c.children if g.dep_ == "pobj" and (c.lower_ not in ("with", "to") or
                                                             args.mentions.at(g) is not None)]

    means = any(_own_means(o, args) for o in objects)
    first = targets(("against", "upon")) + (targets(("on", "at")) if means else [])
    return first + [t for t in objects + targets(("against", "on", "at", "upon", "with", "to")) if t not in first]


#: pronouns by which a threatener names itself as the doer of the act its clause threatens
_SELF_PRONOUNS = frozenset({"it", "they", "we", "i", "he", "she"})


def own_clauses(verb: Token) -> list[Token]:
    """The clauses of a verb of threat whose subject is a pronoun standing for the threatener, the act it says it
    will do ("threatened it will start a war against X", "warned that they would strike X"), not a forecast of
    another party's act ("warned that X could launch a missile")."""
    return [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and any(
        s.dep_ == "nsubj" and s.lower_ in _SELF_PRONOUNS for s in c.children)]


def _own_means(obj: Token, args: Args) -> bool:
    """``obj`` is what a threatener would use rather than whom it would hit: a noun its owner's pronoun holds ("its
    missiles", "his troops") or a thing that names no party itself ("the firepower of the navy")."""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        return True
    return args.mentions.at(obj) is None and not is_party_noun(obj)


def request_words(m: Match) -> set[str]:
    """The words that made a request: the trigger's lemma, with its particle or preposition ("call on"), and the
    light verb of a noun ("made an appeal")."""
    out = {_lemma(m.token), m.token.lower_}
    for tok in {m.token, m.anchor}:
        for child in tok.children:
            if child.dep_ in ("prt", "prep"):
                out.add(f"{_lemma(tok)} {child.lower_}")
        if any(c.dep_ == "aux" and c.lower_ == "must" for c in tok.children):
            out.add("must")
    out.add(_lemma(m.anchor))
    return out


def dispersed(verb: Token, taken: frozenset[int]) -> list[ArgValue]:
    """Whom force used to drive them off hits: "fired tear gas to disperse protesters", "in an effort to scatter
    the marchers" (the purpose clause's object; ``arguments.json: disperse_verbs``, ``disperse_attempts``)."""
    words = argument_words()
    clauses = list(verb.children)
    clauses += [c for p in clauses if p.dep_ == "prep" and p.lower_ == "in" for a in p.children
                if a.dep_ == "pobj" and _lemma(a) in words["disperse_attempts"] for c in a.children if c.dep_ == "acl"]
    for clause in clauses:
        if clause.dep_ in ("advcl", "xcomp", "acl") and _lemma(clause) in words["disperse_verbs"] and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return victim(clause, taken)
    return []


def reflexive(verb: Token) -> bool:
    """The verb's object is the actor itself ("blew himself up"): no victim named there."""
    return any(c.dep_ in ("dobj", "obj") and c.lower_ in ("himself", "herself", "themselves") for c in verb.children)


def bare_government(value: ArgValue) -> bool:
    """"the government", "the authorities" (``arguments.json: ruler_nouns``): no name, no country word, no
    possessor."""
    tok = value.token
    return value.actor.actor_id is None and tok.lemma_.lower() in argument_words()["ruler_nouns"] and \
        all(c.dep_ in ("det", "punct") for c in tok.lefts)


def commitment(anchor: Token) -> bool:
    """An act one is committed or determined to ("remains committed to working with X"): a standing commitment, no
    act of its own, except support stated as such ("is committed to supporting X": docs/annotation.md)."""
    prep = anchor.head
    return anchor.dep_ == "pcomp" and prep.lower_ == "to" and prep.head.lemma_.lower() in ("commit", "committed",
                                                                                          "determine", "determined")


def own_party(value: ArgValue) -> bool:
    """A party named as the actor's own by a possessive pronoun ("its troops", "their forces"), or unnamed forces
    the actor moves ("the army deployed 450 troops")."""
    unnamed = (value.actor.actor_id or "agent:").startswith("agent:")  # no name, or a generic agent
    return unnamed and (any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her")
                            for c in value.token.children) or
                        (value.token.dep_ in ("dobj", "obj") and state_force([value])))  # not "evacuated civilians"


def undergone_unclaimed(m: Match) -> bool:
    """An attack the subject underwent with no attacker told ("the convoy came under fire near X"): like an agentless
    passive; one told with "by" or "from" keeps needing its attacker."""
    return bool(m.trigger.conditions.get("undergone")) and not any(
        t.lower_ in ("by", "from") for t in m.anchor.subtree)


def measure_subject(m: Match) -> bool:
    """A sanctions measure told as the subject of its aim ("the new sanctions target two firms and a shipping agent",
    "the latest measures target two banks"): like an agentless passive, the parties aimed at stand with no author
    named in the sentence. Only verbs of aim (``measure_aim_verbs``): "the designations freeze the assets of X and
    bar Americans from dealing with them" names no party aimed at as its object."""
    words = argument_words()
    verb = m.anchor
    clause = verb.head if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else verb  # "the sanctions were enacted, targeting X"
    return m.trigger.event_type == "SANCTION" and _lemma(verb) in words["measure_aim_verbs"] and any(
        c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in words["measure_subjects"] for c in clause.children)


def help_unclaimed(m: Match) -> bool:
    """Aid told from the receiving side with no giver in the sentence ("Ethiopia will receive a USD 5 million
    assistance", after the donor was named before): the receiver stands with no actor, as the party hit by an
    attack told with no attacker does; goods or money of other kinds received from no one stay no event."""
    return m.trigger.event_type == "AID" and bool(m.trigger.conditions.get("undergone")) and \
        help_received(m.anchor) and not any(t.lower_ in ("by", "from") for t in m.anchor.subtree)
