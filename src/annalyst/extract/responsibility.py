"""Who did an act named by a noun, told by blame or by responsibility (attributions in news of hacks, killings and
plots: "blamed on Russian hackers"); docs/annotation.md, Status.

* ``doer_of``: an event noun whose doer another word names ("Washington blamed Moscow for the cyberattack on X",
  "accused Iran of the killing of X", "held X responsible for the poisoning", "the attack was blamed on X", "blamed
  the attack on X", "officials said X was behind the hack of Y", "X is believed to be behind the breaches", "the hack
  was the work of X") is an event of its own: the act, done by that party. A noun that names no one's doer keeps the
  rules of nominal events (``events``); an attack a party ordered is the light verb "order" (``eventlex``).
* ``doer_claim``: blame is a charge: the act is ``alleged``, told by the party that blames ("blamed Moscow for":
  attributed to the blamer); a party said, believed or likely to be behind the act is charged too (``alleged``, by
  the speaker when one is named); one told as behind it by the text itself is ``asserted``.

The word lists are ``resources/events/responsibility.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Token

from ..resources import load_word_lists
from .claims import Claim, claim_for
from .phrases import lemma as _lemma
from .phrases import is_passive, pobjs

__all__ = ["Doer", "blame_recipients", "doer_claim", "doer_of"]

_WORDS = load_word_lists("events", "responsibility.json")
_BLAME = _WORDS["blame_verbs"]
_RESPONSIBLE = _WORDS["responsible_words"]
_RAISING = _WORDS["raising_verbs"]
_HEDGES = _WORDS["hedge_words"]
_WORK = _WORDS["work_nouns"]
_SUSPICIONS = _WORDS["suspicion_nouns"]
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "obj"})


@dataclass(frozen=True)
class Doer:
    parties: list[Token]  # heads of the party that did the act
    verb: Token  # the verb that tells who did it ("blamed", "was")
    kind: str  # "blame" or "behind"
    source: Token | None = None  # the party that blames
    hedged: bool = False  # told as believed, likely or said: a charge


def _children(tok: Token, deps: frozenset[str] | tuple[str, ...]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(tok: Token, word: str) -> list[Token]:
    return pobjs([tok], (word,), deps=("prep", "agent", "dative"))


def _with_conjuncts(heads: list[Token]) -> list[Token]:
    return heads + [c for h in heads for c in h.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]


def _blamed(noun: Token) -> Doer | None:
    """"X blamed Y for the attack", "accused Y of the attack", "held Y responsible for the attack" (the act in the
    verb's "for"/"of" phrase), "the attack was blamed on Y", "X blamed the attack on Y"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("for", "of"):
        verb = head.head
        if verb.pos_ == "ADJ" and _lemma(verb) in _RESPONSIBLE and head.lower_ == "for":
            verb = verb.head  # "held Y responsible for the attack"
            if _lemma(verb) != "hold":
                return None
        elif verb.pos_ != "VERB" or _lemma(verb) not in _BLAME or (head.lower_ == "of") != (_lemma(verb) == "accuse"):
            return None
        if is_passive(verb):  # "Russia was blamed for the attack (by X)"
            parties, source = _children(verb, ("nsubjpass",)), next(iter(_pobjs(verb, "by")), None)
        else:
            parties, source = _children(verb, _OBJECTS), next(iter(_children(verb, ("nsubj",))), None)
        return Doer(_with_conjuncts(parties), verb, "blame", source, True) if parties else None
    if _lemma(head) == "blame" and head.pos_ == "VERB" and (
            noun.dep_ == "nsubjpass" or noun.dep_ in _OBJECTS and not is_passive(head)):
        parties = _pobjs(head, "on") or [  # "the attack was blamed on Y", "X blamed the attack on Y" (the parser may
            g for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "on" and t.i > noun.i and t.head != noun
            for g in t.children if g.dep_ == "pobj"][-1:]  # hang "on Y" on the object's last noun; "the attack on
        # X" is its target)
        source = next(iter(_pobjs(head, "by") if noun.dep_ == "nsubjpass" else _children(head, ("nsubj",))), None)
        return Doer(_with_conjuncts(parties), head, "blame", source, True) if parties else None
    return None


def _copula_subjects(be: Token) -> tuple[list[Token], bool]:
    """The subject of the copula ``be`` and whether a verb of belief or report it is raised under hedges it ("X is
    believed to be behind ...", "X appears to be behind ...")."""
    subjects = _children(be, _SUBJECTS)
    if subjects:
        return subjects, False
    if be.dep_ == "xcomp" and _lemma(be.head) in _RAISING:
        return _children(be.head, _SUBJECTS), True
    return [], False


def _suspected(subjects: list[Token]) -> bool:
    """The clause of these subjects spells out a noun of suspicion or charge ("suspicions (that) the Kremlin was
    behind ...", "allegations that X was behind ..."): the word before the clause is such a noun."""
    if not subjects:
        return False
    start = min(t.left_edge.i for t in subjects)
    doc = subjects[0].doc
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ == "that" and start > 1:
        before = doc[start - 2]
    return before is not None and _lemma(before) in _SUSPICIONS


def _behind(noun: Token) -> Doer | None:
    """"X was behind the hack", "X is believed to be behind the breaches"; "the hack was (suspected to be) the work of
    X"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "behind" and _lemma(head.head) == "be":
        be = head.head
        parties, raised = _copula_subjects(be)
        hedged = raised or any(c.lower_ in _HEDGES for c in be.children if c.dep_ in ("acomp", "advmod")) or \
            _suspected(parties)
        return Doer(_with_conjuncts(parties), be, "behind", None, hedged) if parties else None
    if noun.dep_ in _SUBJECTS:
        verb = head
        raised = False
        if _lemma(verb) != "be":
            raised_be = next((c for c in verb.children if c.dep_ == "xcomp" and _lemma(c) == "be"), None)
            if raised_be is None or _lemma(verb) not in _RAISING:
                return None
            verb, raised = raised_be, True
        work = next((c for c in verb.children if c.dep_ == "attr" and _lemma(c) in _WORK), None)
        parties = _pobjs(work, "of") if work is not None else []
        return Doer(_with_conjuncts(parties), verb, "behind", None, raised) if parties else None
    return None


def doer_of(noun: Token) -> Doer | None:
    """The party another word names as the doer of the act the event noun ``noun`` names (module docstring)."""
    if noun.dep_ not in ("pobj", "nsubj", "nsubjpass", "dobj", "obj"):
        return None
    return _blamed(noun) or _behind(noun)


def doer_claim(doer: Doer) -> Claim:
    """The status of the act whose doer ``doer`` tells (module docstring)."""
    told = claim_for(doer.verb)
    if told.status in ("negated", "hypothetical", "denied", "proposed"):
        return told  # "no one blamed X for the attack", "if X was behind the attack"
    if doer.kind == "blame":
        return replace(told, status="alleged", source=doer.source, source_text=None, cue=doer.verb) \
            if doer.source is not None else replace(told, status="alleged")
    if told.source is not None or doer.hedged:
        return replace(told, status="alleged")
    return told


def blame_recipients(found: list[Any]) -> list[Any]:
    """The accusation of a verb of blame is aimed at the party it names as the doer ("blamed the poisoning on
    Moscow": Moscow), when its own arguments give it none."""
    doers = {d.verb.i: d.parties for m in found if m.nominal and m.actors is not None
             for d in [doer_of(m.token)] if d is not None and d.kind == "blame"}
    if not doers:
        return found
    return [replace(m, recipients=doers[m.anchor.i]) if not m.nominal and m.anchor.i in doers and m.recipients is None
            and m.trigger.event_type == "ACCUSE" else m for m in found]
