"""Demands told as an obligation rather than by a verb of asking (docs/annotation.md, "REQUEST: mode").

* An impersonal demand: "It is essential that the regime provide access", "it is vital that all parties respect the
  ceasefire, the minister said": a demand (REQUEST demand, CAMEO 100) of the that-clause's subject, by the speaker
  of the verb of saying the sentence is told by, else by the text's author (no actor in the sentence).
* A sentence whose main clause lays an obligation on a named party with "must" ("Both Israel and Hamas must halt
  their attacks", "the regime must comply"): a demand (REQUEST demand) of that party by the text's author
  (``bare_demand``), as docs/annotation.md has it; so is one laid on a party named by the power it holds ("the
  authorities must release the students", "the army must halt its shelling", "the de facto authorities must quash
  the verdict": rulers, armed forces, ``obliged_bodies``). A common noun of people ("all communities must
  cooperate") or the speaker's own side ("we must act") is none, and so is a duty told under a law or a deal
  ("under the new law, police must obtain a warrant": the text's provision, ``rule_nouns``/``terms_nouns``).
* A said clause whose modal or verb lays an obligation on its subject: "the United Kingdom said the junta should
  allow access", "Australia said Beijing needs to lift its restrictions", "ought to", "has to": a demand of the
  subject, as "said X must ..." is (``triggering``'s saying-verb demand).
* A need stressed of a named party: "the minister reiterated the need for Azerbaijan to reopen the road", "underlined
  the necessity for Russia to withdraw": a demand of that party by the speaker (``stressed_need``), as "said X must
  ..." is; a need that names no party asked ("stressed the need for more aid to reach Gaza") is none.

The speaker's own duty ("it is vital that we act", "said we should do more") is no demand of another party, and a
subject that names no party ("said the talks should resume") is none.

What is asked, agreed or weighed is no act told (``asked_content``), nor what a plan or deal sets out ("under the
plan, X would release ...", ``terms_nouns``): the clause of an appeal or a demand ("called on
X to cease its air campaign and to allow access", "requested that the Council hold consultations", "said Iran must
release the tanker"), the clause of an agreement on what is to be done ("agreed that the two countries would
intensify cooperation") and the way a discussion weighs ("discussed ways in which X and Y can work together",
"discussed how X could help Y"). The appeal, demand, agreement or talk is the event; an act the clause tells as done
("agreed that Russia had violated the truce", "welcomed the deal under which Russia withdrew its troops") stays.
So does no act a permission allows ("the ruling allowed the opposition to hold rallies") or a ban coded as a sanction
keeps from being done ("officials were barred from travelling to the summit").
Word lists: ``resources/events/obligations.json``.
"""

from __future__ import annotations

from functools import lru_cache

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..resources import load_word_lists
from .agents import AUTHOR, agent_code, author_party, is_author
from .eventargs import ArgValue, Args, argument_words
from .quotespeakers import quote_speaker
from .phrases import FIRST_PERSON as _FIRST_PERSON, lemma as _lemma

if TYPE_CHECKING:
    from .triggering import Match

__all__ = ["adjectives", "demanding_copula", "impersonal", "obliged", "obliged_parties", "unspoken", "authors_request", "asked_act", "asked_in_noun",
           "asked_content", "bare_demand", "demanded_of"]

#: contracted copulas the parser may leave without the lemma "be" ("It’s essential that ...")
_CONTRACTED = frozenset({"'s", "’s"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return load_word_lists("events", "obligations.json")


def adjectives() -> frozenset[str]:
    """The adjectives of an impersonal demand ("essential", "vital"), read once on first use."""
    return _words()["obligation_adjectives"]


def _subjects(clause: Token) -> list[Token]:
    found = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found + [c for s in found for c in s.children if c.dep_ == "conj"]


def _parties(subjects: list[Token], args: Args) -> list[Token]:
    """The subjects that name a party other than the speaker's own side; none when any is the speaker ("we")."""
    if not subjects or any(s.lower_ in _FIRST_PERSON for s in subjects):
        return []
    return [s for s in subjects if isinstance(args.resolve(s, role="recipient"), ArgValue)]


def demanding_copula(copula: Token) -> bool:
    """True when ``copula`` is the "is" of "it is essential that ..." (an adjective of ``adjectives()`` its
    complement)."""
    return (_lemma(copula) == "be" or copula.lower_ in _CONTRACTED) and any(
        c.dep_ == "acomp" and c.lower_ in adjectives() for c in copula.children)


def _asks_an_act(act: Token) -> bool:
    """True when ``act``, the verb an obligation is told with, asks an act of its subject: not a passive ("should
    be punished", "had to be isolated": the subject is acted on), a state or an outcome ("should have enough
    uranium", "should be ready", "should win": ``stative_acts``) or a reproach of the past ("should have
    closed")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in act.children):
        return False
    if act.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in act.children):
        return False
    return _lemma(act) not in _words()["stative_acts"]


def obliged(clause: Token) -> bool:
    """True when the said clause ``clause`` lays an obligation on its subject with "should" or "ought to", or with
    "need(s) to" / "has to" and an infinitive, and asks an act of it (``_asks_an_act``)."""
    words = _words()
    modal = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ in words["clause_modals"]), None)
    if modal is not None and any(s.i > modal.i for s in _subjects(clause)):
        return False  # "would cancel X should the United States impose tariffs": an inverted condition, no duty
    if modal is not None:
        return _asks_an_act(clause) and not any(
            c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in clause.children)
    return _lemma(clause) in words["clause_heads"] and clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and _asks_an_act(c) for c in clause.children)


def obliged_parties(clause: Token, args: Args) -> list[Token]:
    """The parties an obligation in the said clause ``clause`` is laid on ("said the junta should allow ..."), or
    none."""
    subjects = _subjects(clause)
    if not obliged(clause):
        return []
    if any(s.pos_ == "PRON" for s in subjects):
        told = _addressees(clause) if all(s.lower_ in ("it", "they") for s in subjects) else []
        # "told Nepal that it should probe the incident", "Laos reminded Thailand that it should ...":
        # the party told is the one asked; "Chile said it should have acted sooner": the speaker's own duty or regret
        return _parties(told, args)
    return _parties(subjects, args)


def _addressees(clause: Token) -> list[Token]:
    """The party a verb of telling addresses its said clause to ("told Nepal that ...", "conveyed to Dhaka that
    ..."), none for a verb of saying with no addressee."""
    verb = clause.head
    if clause.dep_ != "ccomp" or _lemma(verb) not in _words()["addressing_verbs"]:
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative") and c.i < clause.i] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i < clause.i
        for g in c.children if g.dep_ == "pobj"]


def impersonal(adj: Token, args: Args) -> tuple[list[Token], list[Token], Token] | None:
    """For an adjective of ``adjectives()`` in "it is essential that X <act>", the speakers (maybe none: the author),
    the parties obliged and the verb that anchors the demand; else None."""
    copula = adj.head
    if adj.dep_ != "acomp" or not demanding_copula(copula) or not any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children):
        return None
    if any(c.dep_ == "neg" for c in copula.children):
        return None  # "it is not necessary that X attend"
    clause = next((c for c in copula.children if c.dep_ == "ccomp" and c.i > adj.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return None  # "it is essential to restore calm", "it is important for the region": no party obliged
    obliged_to = _parties(_subjects(clause), args)
    if not obliged_to:
        return None
    speech = copula.head if copula.dep_ in ("ccomp", "parataxis") else None
    if speech is None:  # "..., the spokesperson said": the verb of saying beside the clause
        speech = next((c for c in copula.children if c.dep_ == "parataxis" and c.pos_ == "VERB"), None)
    speakers = args.subject_heads(speech) if speech is not None and speech.pos_ == "VERB" else []
    return speakers, obliged_to, speech if speakers and speech is not None else copula


def demanded_of(subjects: list[Token], args: Args) -> list[Token]:
    """The subjects of a said "must" clause when it makes a demand: none when an active subject is a noun that names
    no party ("said the attack must not prevent the council's work", "said the talks must resume": an assessment or
    a wish, no party asked); a passive subject ("ISIL must be defeated") keeps the demand, though not as its
    recipient."""
    if any(s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN") and not isinstance(
            args.resolve(s, role="recipient"), ArgValue) for s in subjects):
        return []
    return subjects


def stressed_need(verb: Token, args: Args) -> list[Token] | None:
    """For a verb of ``need_stress_verbs`` whose object is a need of ``need_nouns`` laid on a named party ("stressed
    the need for Hamas to free the hostages"), the parties obliged: the subject of the "for X to <act>" clause the
    parser hangs on the need, or the "for" party an infinitive follows ("the need for X to act" read as a phrase);
    else None."""
    words = _words()
    if _lemma(verb) not in words["need_stress_verbs"] or any(c.dep_ == "neg" for c in verb.children):
        return None
    need = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and _lemma(c) in words["need_nouns"]), None)
    if need is None:
        return None

    def infinitive(verb: Token) -> bool:
        return verb.dep_ in ("acl", "advcl", "relcl") and verb.pos_ == "VERB" and _asks_an_act(verb) and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)

    # "the need [for X to act]" as a clause, or "the need [for X] [to act]" with the infinitive on X or on the need
    subjects = next((_subjects(c) for c in need.children if infinitive(c) and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), [])
    if not subjects:
        bare = any(infinitive(c) and not _subjects(c) for c in need.children)
        subjects = [g for c in need.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                    if g.dep_ == "pobj" and (bare or any(infinitive(a) for a in g.children))]
    if not subjects or any(s.pos_ == "PRON" for s in subjects):
        return None
    named = [s for s in subjects if isinstance(args.resolve(s, role="recipient"), ArgValue)]
    return named if named and len(named) == len(subjects) else None


def bare_demand(must: Token, args: Args) -> list[Token] | None:
    """For the "must" of a sentence's main clause that asks an act of named parties ("Both Israel and Hamas must
    halt their attacks"), those parties; else None. A passive ("ISIL must be defeated"), a state ("must remain
    calm"), a question or the speaker's own side ("we must") asks nothing of a party."""
    clause = must.head
    if must.dep_ != "aux" or clause.dep_ != "ROOT" or clause.pos_ != "VERB" or not _asks_an_act(clause) or any(
            c.dep_ == "neg" for c in clause.children) or clause.sent[-1].text == "?":
        return None
    subjects = _subjects(clause)
    if not subjects or any(s.pos_ == "PRON" or s.dep_ != "nsubj" and s.head.dep_ != "nsubj" for s in subjects):
        return None
    if _provision(clause):
        return None
    named = [s for s in subjects if isinstance(args.resolve(s, role="recipient", allow_unknown=False), ArgValue) or
             _holds_power(s)]
    return named if len(named) == len(subjects) else None


def _provision(clause: Token) -> bool:
    """The "must" clause is told under a text ("Under the new law, police must obtain a warrant", "according to the
    constitution, parliament must approve it", "under the deal, X must release ..."): what the law or the deal lays
    down (``rule_nouns``, ``terms_nouns``), no demand by the author."""
    words = _words()
    texts = words["rule_nouns"] | words["terms_nouns"]
    for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in ("under", "according")):
        objects = [g for g in prep.children if g.dep_ == "pobj"] + [
            g for c in prep.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        if any(_lemma(g) in texts for g in objects):
            return True
    return False


#: sectors of armed parties whose bare noun names a party asked ("the army", "the police", "rebels", "militias")
_ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF"})


def _holds_power(subject: Token) -> bool:
    """True for a subject that names a party by the power it holds rather than by name ("the authorities", "the de
    facto authorities in X", "the army", "the police", "the coalition"): rulers (``ruler_nouns``), armed forces by
    their sector, or a body of ``obliged_bodies``; a noun of people with no power ("all communities", "civilians")
    is none."""
    low = _lemma(subject)
    return low in argument_words()["ruler_nouns"] or subject.lower_ in argument_words()["ruler_nouns"] or \
        low in _words()["obliged_bodies"] or agent_code(subject) in _ARMED_SECTORS


def unspoken(trigger: Token, args: Args | None = None) -> list[ArgValue]:
    """The actor of an impersonal demand or of a bare "X must" no speaker is named for in its sentence ("It is vital
    that all parties respect the ceasefire.", "Both sides must halt their attacks." in a release): the speaker of
    the quotation it opens or continues when a sentence of that quotation names one ('"The authorities must free
    them. ...," said X'), else the text's author, as for "we call on"; none for any other trigger."""
    if trigger.lower_ == "must" and trigger.dep_ == "aux" and trigger.head.dep_ == "ROOT":
        if args is not None:
            spoken = quote_speaker(args.mentions, trigger)
            if spoken is not None:
                return [ArgValue(args.mentions.actor(spoken), True, trigger)]
        return [ArgValue(author_party(AUTHOR), False, trigger)]  # no word of the sentence names the author
    if trigger.lower_ not in adjectives() or trigger.dep_ != "acomp":
        return []
    it = next((c for c in trigger.head.children if c.lower_ == "it"), trigger)
    return [ArgValue(author_party(it.text), False, it)]


def authors_request(event_type: str, actors: list[ArgValue], recipients: list[ArgValue]) -> bool:
    """True for a request the text's author makes of parties it names by a common noun ("We call on all parties to
    respect the ceasefire", "It is essential that the regime provide access" in a release): kept though no party
    is a dictionary name."""
    return event_type == "REQUEST" and bool(recipients) and any(is_author(v.actor) for v in actors)


def asked_in_noun(anchor: Token) -> bool:
    """True when ``anchor`` heads the clause of a noun of asking ("protests turned into demands that the president
    step down", ``asking_nouns``) and tells no act as done (a bare verb, a modal or an infinitive): what is asked,
    no act told."""
    head = anchor.head
    return (anchor.dep_ in ("acl", "ccomp") or anchor.dep_ == "relcl" and any(
        c.lower_ == "that" and c.tag_ == "IN" for c in anchor.children)) and head.pos_ == "NOUN" and \
        _lemma(head) in _words()["asking_nouns"] and _unreal(anchor, _words()["content_modals"])


def asked_act(anchor: Token, trigger_words: list[Token]) -> bool:
    """True when ``anchor`` heads the that-clause of an impersonal demand coded at one of ``trigger_words`` ("it is
    essential that the regime provide access": the access is asked, no act told; the demand is the event)."""
    copula = anchor.head
    return anchor.dep_ == "ccomp" and demanding_copula(copula) and any(
        t.head == copula and t.lower_ in adjectives() for t in trigger_words)


#: the event types whose verb frames a clause of what is asked, agreed or talked about
_FRAMING = frozenset({"REQUEST", "AGREE", "CONSULT"})
#: how far up a clause of what is asked may lie from the act ("called on X to ensure that Y allows Z to enter")
_DEPTH = 6


@lru_cache(maxsize=1)
def _asking_verbs() -> frozenset[str]:
    """The verbs of the appeal and demand lexicon ("urge", "call" of "call on", "request", "demand"), less those that
    also tell a plain statement (``speech_not_asking``)."""
    from .eventlex import lexicon

    lex = lexicon()
    return frozenset(w.split()[0] for w in lex.appeal_words | lex.demand_words) - _words()["speech_not_asking"]


def _modals(clause: Token) -> set[str]:
    return {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")} | (
        {"need"} if _lemma(clause) in _words()["clause_heads"] and clause.dep_ != "xcomp" and any(
            c.dep_ == "xcomp" for c in clause.children) else set())


def _unreal(clause: Token, modals: frozenset[str]) -> bool:
    """True when ``clause`` tells no act as done: an infinitive ("to allow access"), a modal of ``modals`` ("would
    intensify", "must release"), a clause of "for X to", or a bare verb ("requested that the Council hold")."""
    found = _modals(clause)
    if "to" in found or found & modals or any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
        return True
    return clause.tag_ in ("VB", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


def _own_clause(node: Token) -> bool:
    """True for a conjunct that has a subject of its own ("Iran must free the crew and Britain will ..."), or a past
    or present tense its head has not ("demanded that X stop attacking ships and condemned the attacks": the parser
    hangs the speaker's second verb on the verb asked): a clause of its own, not a further act of its head's."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) or (
        node.tag_ in ("VBD", "VBZ") and node.tag_ != node.head.tag_)


def _frames(head: Token, clause: Token, framing: dict[int, str], curated: frozenset[int]) -> bool:
    """True when ``clause`` is what the verb ``head``, coded as an appeal, demand, agreement or talk, asks, agrees or
    weighs; a verb of saying only by a demand the coder's own rules made of it (``curated``), not by a proposal
    ("proposed that Russia should arm X": the act proposed is the event)."""
    kind, words = framing.get(head.i), _words()
    if kind is None or head.pos_ not in ("VERB", "AUX"):
        return False
    if kind == "REQUEST":
        if clause.dep_ == "xcomp" or _lemma(head) in _asking_verbs() and clause.dep_ in ("ccomp", "advcl") and _unreal(
                clause, words["content_modals"]):
            return True  # "urged X to withdraw", "asked that Serbia release", "called for Israel to withdraw"
        return clause.dep_ == "ccomp" and head.i in curated and bool(_modals(clause) & words["obligation_modals"])
        # "said X must ...", the demand a verb of saying makes; "proposed that Russia should arm X" is a proposal
    if kind == "AGREE":
        return clause.dep_ == "ccomp" and _unreal(clause, words["content_modals"])
    return _lemma(head) in words["discussion_verbs"] and clause.dep_ == "ccomp" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in ("how", "whether") for c in clause.children)


def _topic(noun: Token, framing: dict[int, str]) -> bool:
    """True for a noun of ``content_topic_nouns`` that an agreement or a talk is about ("discussed ways in which ...",
    "agreed on steps to ...", "discussed the issue, including ways in which ...")."""
    if _lemma(noun) not in _words()["content_topic_nouns"] or noun.dep_ not in ("dobj", "obj", "pobj", "appos", "conj"):
        return False
    verb = noun.head
    for _ in range(_DEPTH):  # "discussed the issue, including ways in which ...": the talk the topic hangs on
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ != "prep" or verb.head == verb:
            break
        verb = verb.head
    return framing.get(verb.i) in ("AGREE", "CONSULT")


def asked_content(m: Match, found: list[Match], verb: Token | None = None) -> bool:
    """True when the act of ``m`` is only what another match of ``found`` asks, demands, agrees on or weighs (the
    module's docstring): the appeal, demand, agreement or talk is the event, not the act. An event noun is read at
    the verb ``verb`` whose clause it is in (its caller names it: "must halt their attacks"), else never."""
    if m.nominal and not m.light and verb is None:
        return False
    framing = {o.anchor.i: o.trigger.event_type for o in found if o is not m and o.anchor == o.token and
               o.trigger.event_type in _FRAMING}
    curated = frozenset(o.anchor.i for o in found if o.trigger.event_type == "REQUEST" and o.trigger.source == "curated")
    demands = frozenset(o.token.i for o in found if o.trigger.event_type == "REQUEST" and o.token.lower_ == "must")
    node, words = verb or m.anchor, _words()
    for _ in range(_DEPTH):
        if _modals(node) & words["terms_modals"] and any(
                _lemma(g) in words["terms_nouns"] for c in node.children if c.dep_ == "prep" and c.lower_ == "under"
                for g in c.children if g.dep_ == "pobj"):
            return True  # "Under the plan, Hamas would release ten hostages a week": the plan's terms, no act told
            # ("under the plan, Israel will evacuate the settlements", said by its side, is its intent)
        if any(c.dep_ == "aux" and c.i in demands for c in node.children):
            return True  # "Both Israel and Hamas must halt their attacks": the demand told by "must" is the event
        head = node.head
        if head == node:
            return False
        if node.dep_ in ("xcomp", "ccomp") and _lemma(head) in words["permission_verbs"] and (
                node.dep_ == "ccomp" or any(c.dep_ in ("dobj", "obj") for c in head.children)):
            return True  # "the ruling allowed the opposition to hold rallies": permitted, not told as done; "the
            # support has allowed to assist 10,000 migrants" (no party allowed) tells what the support did
        if node.dep_ == "pcomp" and head.lower_ == "from" and _lemma(head.head) in words["ban_verbs"] and any(
                o.anchor == head.head and o.trigger.event_type == "SANCTION" for o in found if o is not m):
            return True  # "officials were barred from travelling to X": the ban (a sanction) is the event; people
            # "blocked from marching" still march
        if node.dep_ == "pcomp" and head.lower_ == "from" and _lemma(head.head) in words["obstruction_verbs"] and any(
                o.anchor == head.head and o.trigger.event_type in ("COERCE", "ASSAULT") for o in found if o is not m):
            return True  # "tried to obstruct a fisheries boat from delivering supplies": kept from it by force
        if node.dep_ == "conj":
            if _own_clause(node) and not _unreal(node, _words()["content_modals"]):
                return False
            node = head
            continue
        if node.dep_ in ("relcl", "acl") and _topic(head, framing) and _unreal(node, _words()["content_modals"]):
            return True  # "discussed ways in which X and Y can work together"
        if node.dep_ in ("xcomp", "ccomp", "advcl") and _frames(head, node, framing, curated):
            return True
        if node.dep_ in ("xcomp", "ccomp") or node.dep_ == "pcomp" and head.lower_ == "from" or node.dep_ == "advcl" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):  # "do their utmost to ensure"
            node = head.head if node.dep_ == "pcomp" else head  # "to stop shelling", "to refrain from attacking"
            continue
        return False
    return False
