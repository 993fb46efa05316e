"""The body a document speaks for: who says what "the statement said".

News and wire reports let a paper speak ("the statement said", "according to the release", "the communique
stated"): the claim is the body's that issued the paper, not the paper's. ``issuer(source)`` gives the head of the
phrase naming that body, for the source of a claim (``claims.Claim.source``) whose head is such a paper
(``resources/events/argwords.json`` ``speaking_documents``):

* the paper's own phrase names it: its possessor ("the military's statement"), a noun or name before it ("a police
  statement", "an ISPR statement", "an army statement"), a "by"/"from" phrase ("a statement by the ministry") or the
  agent of a verb of issuing ("a statement issued by the military", ``issuing_verbs``);
* else, for a paper the report has already told of ("the statement", "the release"), the body that put it out in an
  earlier sentence of the text: the subject of "said in a statement" or of "issued a statement", or the body named in
  an earlier paper's own phrase; the nearest wins, and only the three sentences before count;
* else, when no paper was told before, the body (an organisation, a state or a force, not a person: a witness's
  words are no release) that an earlier sentence says spoke ("police said on Tuesday that ... According to the
  release, ..."): the release is its;
* else the paper itself: no body is known and the claim stays attributed to what the text names.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..resources import load_word_lists
from .agents import agent_table
from .eventlex import claim_cues

__all__ = ["issuer"]

#: how many sentences back a paper told before may be the one "the statement" refers to
_LOOKBACK = 3
#: dependencies of the subject of a verb of saying or issuing
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return load_word_lists("events", "argwords.json")


def _is_paper(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _words()["speaking_documents"]


def _body(tok: Token) -> bool:
    """``tok`` may name a body or person: a name, or a noun ("police", "army"), not a word of time or manner."""
    return tok.pos_ in ("PROPN", "NOUN") or tok.ent_type_ in ("ORG", "NORP", "GPE", "PERSON")


def _own_issuer(paper: Token) -> Token | None:
    """The body named inside the paper's own phrase: possessor, a noun or name before it, a "by"/"from" phrase, the
    agent of a verb of issuing."""
    for child in paper.children:
        if child.dep_ == "poss" and _body(child):
            return child
    for child in paper.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < paper.i and (
                child.ent_type_ in ("ORG", "NORP", "GPE") or child.pos_ in ("PROPN", "NOUN") or
                child.lower_ in agent_table()):
            return child  # "a police statement", "an ISPR statement", "a military statement" (not "a joint one")
    for child in paper.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            found = next((g for g in child.children if g.dep_ == "pobj" and _body(g)), None)
            if found is not None:
                return found
        if child.dep_ == "acl" and child.lemma_.lower() in _words()["issuing_verbs"]:
            for agent in child.children:
                if agent.dep_ == "agent":
                    found = next((g for g in agent.children if g.dep_ == "pobj" and _body(g)), None)
                    if found is not None:
                        return found
    return None


def _putter(paper: Token) -> Token | None:
    """The body an earlier sentence says put the paper out: the subject of "said in a statement" or of "issued a
    statement", or the body of the paper's own phrase."""
    own = _own_issuer(paper)
    if own is not None:
        return own
    verb = paper.head
    if paper.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("in", "through", "via"):
        verb = verb.head  # "the army said in a statement"
    elif paper.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in _words()["issuing_verbs"]:
        return None
    return next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and _body(c) and not _is_paper(c)), None)


def issuer(source: Token) -> Token:
    """The head of the body that issued the paper ``source`` names ("the statement said": the army that issued it),
    or ``source`` itself when it names no paper or no issuer is told."""
    if not _is_paper(source):
        return source
    own = _own_issuer(source)
    if own is not None:
        return own
    if not any(c.lower_ in ("the", "this", "that") for c in source.children if c.dep_ == "det"):
        return source  # "a statement said": a paper not told before
    sents = list(source.doc.sents)
    here = next((n for n, s in enumerate(sents) if s.start <= source.i < s.end), 0)
    before = [t for sent in sents[max(0, here - _LOOKBACK):here + 1] for t in sent if t.i < source.i]
    papers = [t for t in before if _is_paper(t)]
    for tok in reversed(papers):
        found = _putter(tok)
        if found is not None:
            return found
    if papers:
        return source  # a paper told before whose issuer is not told
    says = claim_cues()["report_verbs"]
    for tok in reversed(before):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in says:
            subject = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
            if subject is not None and subject.ent_type_ != "PERSON" and (
                    subject.ent_type_ in ("ORG", "NORP", "GPE") or subject.lower_ in agent_table()):
                return subject
    return source
