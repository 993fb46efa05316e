"""Reduced relative clauses the parser read as clauses of their own (used by ``events.EventCoder``).

"Canada imposed sanctions on officials linked to the crackdown" is often parsed with "linked" as the finite verb
of a clause complement of "imposed" and "sanctions" as its subject: the act then has no object, and the event and
its recipient are lost. ``reattach`` undoes that reading in place when the participle is one that, after a noun,
begins a relative clause in news (``arguments.json`` ``reduced_participles``: "linked to", "accused of", "based
in"), has no auxiliary, object or subject of its own beside that noun, and the noun comes right after the verb
that has no object: the noun becomes that verb's object and the participle a clause on the nearest noun before
it ("officials").

A participle set off by a comma after the object ("sanctioned Ruto, accused of arming the militia") is often parsed
as a clause of the verb, so that the verb's subject would be read as the accuser: it is a clause on the object, as
without the comma (``set_off_participle``).

An appeal whose addressee carries a relative clause or an apposition set off by commas ("pressed the Houthis, who
have attacked ships, to release the crew") is often parsed with the infinitive as a clause of purpose: the
infinitive is what the addressee is asked to do, as without the interruption (``interrupted_appeal``).

A noun joined to a verb by a hyphen ("Police lathi-charged the students") is sometimes parsed as the verb's subject,
with the real subject as its compound: the noun says how the act was done (``hyphen_prefix``), the compound acts.

A headline tells an act done to someone in the passive without its auxiliary ("Reporter killed while covering
clashes", "Two photographers arrested in Minsk"), which the parser reads as the subject's own act: in a line that
ends without a full stop, a root verb of ``headline_passive_verbs`` in the past with a subject and no object or
auxiliary is a passive, its subject the one who underwent it (``headline_passive``).

A verb in the past tense that the parser hung as a clause on the noun opening the sentence, the sentence's root ("The
UN envoy called on all sides to free the hostages"), is that noun's act: a reduced relative clause has a participle,
not a past tense, so the verb becomes the root and the noun its subject (``misread_main_verb``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import DEP, POS, TAG
from spacy.tokens import Doc, Token

from .eventargs import argument_words
from .eventlex import lexicon

__all__ = ["reattach", "interrupted_appeal", "hyphen_prefix", "set_off_participle", "headline_passive",
           "misread_main_verb"]

_OBJ_DEPS = frozenset({"dobj", "obj"})
_OWN_DEPS = frozenset({"aux", "auxpass", "dobj", "obj", "nsubjpass", "expl", "mark"})
#: words that may stand between a verb and its object ("imposed new sanctions", "slapped fresh sanctions")
_BETWEEN_TAGS = frozenset({"RP", "RB"})


def _misread(part: Token) -> Token | None:
    """The noun ``part`` (a participle) was given as its subject when the pair is a misread reduced relative of
    the object of ``part``'s head; None otherwise."""
    if part.dep_ != "ccomp" or part.tag_ not in ("VBD", "VBN") or part.lower_ not in _participles():
        return None
    verb = part.head
    if verb.pos_ != "VERB" or verb.i > part.i or any(c.dep_ in _OBJ_DEPS for c in verb.children):
        return None
    if any(c.dep_ in _OWN_DEPS for c in part.children):
        return None  # "said the men were linked to X", "linked the attack to X": a clause of its own
    subjects = [c for c in part.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or subjects[0].i > part.i:
        return None
    noun = subjects[0]
    if any(t.tag_ not in _BETWEEN_TAGS for t in part.doc[verb.i + 1:noun.left_edge.i]):
        return None
    return noun


@lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    return frozenset(argument_words().get("reduced_participles", ()))


@lru_cache(maxsize=1)
def _appeal_verbs() -> frozenset[str]:
    lex = lexicon()
    return frozenset(w for w in lex.appeal_words | lex.demand_words if " " not in w) | {"tell"}


def interrupted_appeal(verb: Token) -> Token | None:
    """The to-infinitive the parser made a clause of purpose of the appeal ``verb`` when its object carries a
    relative clause or an apposition closed by a comma right before the infinitive; None otherwise."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _appeal_verbs() or \
            any(c.dep_ == "xcomp" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ in _OBJ_DEPS), None)
    if obj is None or not any(c.dep_ in ("relcl", "appos", "acl") for c in obj.children):
        return None
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.tag_ == "VB" and clause.i > obj.i and \
                any(c.dep_ == "aux" and c.tag_ == "TO" and c.i == clause.i - 1 for c in clause.children) and \
                clause.i >= 2 and clause.doc[clause.i - 2].text == "," and clause.doc[clause.i - 2].head.i in \
                {t.i for t in obj.subtree}:
            return clause
    return None


def set_off_participle(part: Token) -> Token | None:
    """The object a participle set off by a comma right after it describes ("sanctioned Ruto, accused of arming the
    militia", "warned North Korea, accused of torpedoing a warship, that ..."), when the parser made the participle
    a clause of the verb (whose subject it would then take as the accuser); None otherwise. The participle is one
    that begins a reduced relative clause in news (``reduced_participles``) and has no subject, auxiliary or object
    of its own."""
    if part.dep_ != "advcl" or part.tag_ != "VBN" or part.lower_ not in _participles() or part.i < 2 or \
            part.doc[part.i - 1].text != "," or any(c.dep_ in _OWN_DEPS or c.dep_ == "nsubj" for c in part.children):
        return None
    obj = next((c for c in part.head.children if c.dep_ in _OBJ_DEPS), None)
    if obj is None or obj.right_edge.i != part.i - 2 or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    return obj


def _candidates(doc: Doc) -> list[Token]:
    """The tokens ``reattach`` may take, in text order, read off the doc's arrays (no other token is built): clauses,
    participles that are clauses of a verb, hyphens and the word after each (a hyphened prefix may make it a verb),
    and verbs."""
    rows = doc.to_array([DEP, TAG, POS]).tolist()
    strings = doc.vocab.strings
    clause, hyphen, verb = strings["ccomp"], strings["HYPH"], strings["VERB"]
    adverbial, participle = strings["advcl"], strings["VBN"]
    picked: set[int] = set()
    for i, (dep, tag, pos) in enumerate(rows):
        if dep == clause or pos == verb or (dep == adverbial and tag == participle):
            picked.add(i)
        if tag == hyphen:
            picked.update((i, i + 1))
    return [doc[i] for i in sorted(picked) if i < len(doc)]


def reattach(doc: Doc) -> None:
    """Make each misread reduced relative clause of ``doc`` (see the module) and each participle set off after an
    object the clause of its noun, and each infinitive of an interrupted appeal its complement."""
    appeals, parts = [], []
    asking = _appeal_verbs()
    described, verbs = [], []
    for tok in _candidates(doc):  # one pass picks the candidates; the checks run on those few
        if tok.dep_ == "ccomp":
            parts.append(tok)
        elif tok.dep_ == "advcl" and tok.tag_ == "VBN":
            described.append(tok)
        if tok.tag_ == "HYPH":
            hyphen_prefix(tok)
        if tok.pos_ == "VERB" and tok.lemma_.lower() in asking:
            appeals.append(tok)
        if tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN") and tok.dep_ in ("ROOT", "acl"):
            verbs.append(tok)
    for tok in verbs:
        if misread_main_verb(tok):
            opening = tok.head
            tok.head, tok.dep_ = tok, "ROOT"
            opening.head, opening.dep_ = tok, "nsubj"
        if headline_passive(tok):  # also a verb just made the root: "Student leader abducted in X" (a headline)
            for subject in [c for c in tok.children if c.dep_ == "nsubj"]:
                subject.dep_ = "nsubjpass"
    for verb in appeals:
        asked = interrupted_appeal(verb)
        if asked is not None:
            asked.dep_ = "xcomp"
    for part in described:
        obj = set_off_participle(part)
        if obj is not None:
            part.head, part.dep_ = obj, "acl"
    for part in parts:
        noun = _misread(part)
        if noun is None:
            continue
        verb = part.head
        host = max((t for t in noun.subtree if t.i < part.i and t.pos_ in ("NOUN", "PROPN")), key=lambda t: t.i)
        noun.head, noun.dep_ = verb, "dobj"
        part.head, part.dep_ = host, "acl"


@lru_cache(maxsize=1)
def _headline_verbs() -> frozenset[str]:
    return frozenset(argument_words().get("headline_passive_verbs", ()))


#: children that make a verb's clause active or complete: an object, a clause, an auxiliary, a predicate
_ACTIVE_DEPS = frozenset({"dobj", "obj", "ccomp", "xcomp", "aux", "auxpass", "attr", "dative", "nsubjpass", "expl"})


def headline_passive(verb: Token) -> bool:
    """True for the root ``verb`` of a headline that tells an act done to its subject without the passive's
    auxiliary ("Journalist shot dead in Mogadishu", "News sites threatened over their reporting"): a verb of
    ``headline_passive_verbs`` in the past, with a subject, no object, clause or auxiliary, in a sentence whose last
    word is no full stop, question or exclamation mark (a headline, or a line standing as one)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in _headline_verbs():
        return False
    if any(c.dep_ in _ACTIVE_DEPS for c in verb.children) or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    sent = verb.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text not in (".", "!", "?", ":", ";", '"', "”", "'", "’", ")")


def misread_main_verb(verb: Token) -> bool:
    """True when the parser hung ``verb``, a finite past tense with an object or a prepositional complement of its
    own and no subject, as a clause on the noun that opens the sentence and is its root ("The UN refugee chief called
    on all navies to ..."): that noun's act, since a reduced relative clause would have a participle."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or \
            head.i > verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in verb.children):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in verb.doc[head.left_edge.i:head.i]):
        return False
    return any(c.dep_ in ("dobj", "obj", "xcomp", "ccomp") or c.dep_ == "prep" and c.i == verb.i + 1 and any(
        g.dep_ == "pobj" for g in c.children) for c in verb.children)


def hyphen_prefix(hyph: Token) -> None:
    """Undo the subject reading of a noun hyphened to the verb after it ("Police lathi-charged the students":
    "lathi" parsed as the subject of "charged", "Police" as its compound): the noun becomes a modifier of the
    verb, its compound before it the subject."""
    doc = hyph.doc
    if hyph.i < 1 or hyph.i + 1 >= len(doc):
        return
    prefix, verb = doc[hyph.i - 1], doc[hyph.i + 1]
    if verb.dep_ == "amod" and verb.tag_ in ("VBN", "VBD") and prefix.head == verb and verb.head.dep_ == "ROOT" and \
            verb.head.pos_ == "NOUN" and hyph.i >= 2:
        _verbless(doc[hyph.i - 2], prefix, verb)
        return
    if prefix.dep_ == "dep" and prefix.head == verb and verb.pos_ == "VERB" and prefix.pos_ == "NOUN":
        prefix.dep_ = "npadvmod"  # "had successfully test-fired a missile": the noun says how, as when the parser
        return  # reads it so ("test-fired two missiles")
    if prefix.dep_ != "nsubj" or prefix.head != verb or verb.pos_ != "VERB":
        return
    subject = next((c for c in prefix.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None:
        return
    subject.head, subject.dep_ = verb, "nsubj"
    prefix.dep_ = "npadvmod"


def _verbless(subject: Token, prefix: Token, verb: Token) -> None:
    """"Police baton-charged protesters in X" parsed as one noun phrase headed by "protesters", the participle its
    modifier: the participle is the sentence's verb, the noun before the prefix its subject, the head its object."""
    noun = verb.head
    if subject.pos_ not in ("NOUN", "PROPN") or subject.head not in (noun, prefix) or \
            subject.dep_ not in ("compound", "nmod", "nsubj"):
        return  # "Police baton-charged protesters"; "the Guards test-fired rockets" (the subject read as the noun's)
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    prefix.dep_ = "npadvmod"
    verb.tag_, verb.pos_ = "VBD", "VERB"
