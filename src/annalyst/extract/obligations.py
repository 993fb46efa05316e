"""Demands told as an obligation rather than by a verb of asking (docs/annotation.md, "REQUEST: mode").

* An impersonal demand: "It is essential that the regime provide access", "it is vital that all parties respect the
  ceasefire, the minister said": a demand (REQUEST demand, CAMEO 100) of the that-clause's subject, by the speaker
  of the verb of saying the sentence is told by, else by the text's author (no actor in the sentence).
* A said clause whose modal or verb lays an obligation on its subject: "the United Kingdom said the junta should
  allow access", "Australia said Beijing needs to lift its restrictions", "ought to", "has to": a demand of the
  subject, as "said X must ..." is (``triggering``'s saying-verb demand).

The speaker's own duty ("it is vital that we act", "said we should do more") is no demand of another party, and a
subject that names no party ("said the talks should resume") is none. Word lists: ``resources/events/
obligations.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..resources import load_word_lists
from .agents import author_party, is_author
from .eventargs import ArgValue, Args
from .phrases import FIRST_PERSON as _FIRST_PERSON, lemma as _lemma

__all__ = ["adjectives", "demanding_copula", "impersonal", "obliged", "obliged_parties", "unspoken", "authors_request", "asked_act"]

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
    if any(c.dep_ == "aux" and c.lower_ in words["clause_modals"] for c in clause.children):
        return _asks_an_act(clause) and not any(
            c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in clause.children)
    return _lemma(clause) in words["clause_heads"] and clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and _asks_an_act(c) for c in clause.children)


def obliged_parties(clause: Token, args: Args) -> list[Token]:
    """The parties an obligation in the said clause ``clause`` is laid on ("said the junta should allow ..."), or
    none."""
    subjects = _subjects(clause)
    if not obliged(clause) or any(s.pos_ == "PRON" for s in subjects):
        return []  # "Chile said it should have acted sooner": the speaker's own duty or regret
    return _parties(subjects, args)


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


def unspoken(trigger: Token) -> list[ArgValue]:
    """The actor of an impersonal demand no speaker is named for ("It is vital that all parties respect the
    ceasefire." in a release): the text's author, as for "we call on"; none for any other trigger."""
    if trigger.lower_ not in adjectives() or trigger.dep_ != "acomp":
        return []
    it = next((c for c in trigger.head.children if c.lower_ == "it"), trigger)
    return [ArgValue(author_party(it.text), False, it)]


def authors_request(event_type: str, actors: list[ArgValue], recipients: list[ArgValue]) -> bool:
    """True for a request the text's author makes of parties it names by a common noun ("We call on all parties to
    respect the ceasefire", "It is essential that the regime provide access" in a release): kept though no party
    is a dictionary name."""
    return event_type == "REQUEST" and bool(recipients) and any(is_author(v.actor) for v in actors)


def asked_act(anchor: Token, trigger_words: list[Token]) -> bool:
    """True when ``anchor`` heads the that-clause of an impersonal demand coded at one of ``trigger_words`` ("it is
    essential that the regime provide access": the access is asked, no act told; the demand is the event)."""
    copula = anchor.head
    return anchor.dep_ == "ccomp" and demanding_copula(copula) and any(
        t.head == copula and t.lower_ in adjectives() for t in trigger_words)
