"""Statements of approval and disapproval as releases write them: who is stood by, and when saying is doing.

A speaker who stands by a party supports it ("the UK stands by Ukraine", "we stood behind the Government of Iraq",
"France stands shoulder to shoulder with Morocco"): the party after "by", "behind" or the "with" of the fixed phrase
is the recipient (``solidarity_parties``), although the argument finder does not take those prepositions for a
recipient's elsewhere ("was attacked by X").

A verb of judging or appealing in the first person present ("I condemn", "We welcome", "we call on") or in the
present tense of a quotation a release gives after a speaker who speaks for its subject ("A Foreign Office
spokesperson said: The UK welcomes ...") performs the act it names: the condemnation is made by being said, so its
status is ``asserted``, not ``attributed`` (``docs/annotation.md``, Status). A report in the past or with "that"
("the spokesperson said the UK condemned", "said that Kenya condemns"), a quoted act of another party ("The
spokesman said: Moscow rejects any dialogue") or one that is no statement ("Iran supports the Houthis with
weapons") stays attributed (``performative``, ``quoted_performative``).

A release names its speaker in its heading ("Canada welcomes the election results in Ghana. We congratulate the
people of Ghana ..."): the "we" or "I" of a later statement that no quotation gives a speaker is that speaker, the
named actor of the statement the heading (the text's first sentence) makes (``heading_speaker``).

A party that says "all options are on the table" (or keeps them there) against another party warns it may use
force: a threat (PLOVER THREATEN) by the speaker against the party of its "if" clause or "against" phrase
(``options_on_table``); with no party threatened and no word of force it is no event.

A disapproval told by a verb of feeling ("We are disappointed by the decision of the Taliban", "Mordor's decision
dismayed Gondor") is made by the one who feels it, against the author of its cause (``felt_disapproval``): the
passive's "by" phrase is the cause, not the actor.

A restated support for no party is standing policy, no act (docs/annotation.md: standing commitments): support
reaffirmed for a course of things ("reiterated the Administration's support for measures that advance a two-state
solution"), or a commitment to a state of things hoped for ("reaffirmed the commitment to a free and open
Indo-Pacific", "to a peaceful and prosperous Venezuela"): an indefinite noun with adjectives of the state wished for
names a vision, not a party (``envisioned``, ``policy_support``). Support restated for a party stays stated support
("reiterated UK support for Iraq", "reaffirmed the commitment to Israel's security").

The word lists are ``resources/events/stance.json`` (with the evaluation verbs of ``statements.json``).
"""

from __future__ import annotations

from dataclasses import replace
from bisect import bisect_left
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ..resources import load_word_lists
from .agents import is_author
from .argwords import PARTY_NOUNS
from .evaluation import evaluation_verbs, judged_act
from .phrases import FIRST_PERSON as _FIRST_PERSON, TITLES as _TITLES
from .phrases import lemma as _lemma
from .phrases import preps_of
from .phrases import doc_text
from .phrases import pobjs

__all__ = ["QUOTED_TYPES", "authored_statement", "felt_disapproval", "heading_speaker", "options_on_table",
           "performative", "quoted_performative", "separate_statements", "solidarity_parties"]

_PRESENT = frozenset({"VBP", "VBZ"})
#: the statements a release's author makes in the first person without naming anyone ("We condemn the attacks in
#: Baghdad", "I congratulate all concerned"): they stand with the author as their only party
_AUTHORED_TYPES = frozenset({"ACCUSE", "SUPPORT"})
#: statements of which two coordinated verbs, each with its own object, are two statements
_STATEMENT_TYPES = frozenset({"ACCUSE", "SUPPORT"})
_OBJ = frozenset({"dobj", "obj"})
#: statements a quotation performs when its speaker speaks for their actor ("The Minister said: The UK welcomes X")
QUOTED_TYPES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT"})
#: statements whose named actor in a release's heading is the release's speaker
_HEADING_TYPES = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "REJECT", "THREATEN"})
_QUOTES = frozenset({":", '"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The word lists of ``resources/events/stance.json``, as sets; ``performative_verbs`` with the evaluation verbs
    of ``statements.json`` ("condemn", "welcome"), which perform the act they name too."""
    w = dict(load_word_lists("events", "stance.json"))
    w["performative_verbs"] = w["performative_verbs"] | evaluation_verbs()
    return w


def solidarity_parties(verb: Token) -> list[Token]:
    """The parties a verb of standing stands by: the object of its "by" or "behind" ("stands by Ukraine"), or of the
    "with" of "shoulder to shoulder" / "in solidarity" ("stand shoulder to shoulder with India"); empty otherwise."""
    if _lemma(verb) != "stand":
        return []
    out = pobjs([verb], words()["solidarity_preps"], ("prep", "agent"))
    if out:
        return out
    if not any(t.lower_ in words()["solidarity_phrases"] for t in verb.subtree if t.i > verb.i):
        return []
    return [g for t in verb.subtree if t.i > verb.i and t.dep_ == "prep" and t.lower_ == "with" and
            t.head.lower_ in words()["solidarity_phrases"] for g in t.children if g.dep_ == "pobj"]


def performative(clause: Token, saying: Token) -> bool:
    """``clause`` (a verb in the complement of the verb of saying ``saying``) performs the act it names: a verb of
    judging or appealing in the present tense, with no modal or negation, whose subject is "I" or "we", or which
    stands in a quotation (a colon or quotation mark between it and ``saying``, no "that") or in a heading above
    the line of its speaker ("UK welcomes the ceasefire" over "The Minister said:"). Also the infinitive
    of such a verb after a first person's wish in the present ("I want to thank", "we would like to congratulate"):
    the thanks are given in the saying."""
    if clause.dep_ == "xcomp":
        return _lemma(clause) in words()["performative_verbs"] and _lemma(saying) in words()["wish_verbs"] and not any(
            c.dep_ == "neg" for c in saying.children) and saying.tag_ in (*_PRESENT, "VB") and any(
            c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in saying.children) and (
            saying.tag_ != "VB" or any(c.lower_ == "would" for c in saying.children))
    if clause.tag_ not in _PRESENT or _lemma(clause) not in words()["performative_verbs"]:
        return False
    if any(c.dep_ in ("aux", "neg", "mark") for c in clause.children):
        return False  # "said it would condemn", "said that Kenya condemns": reported, not performed
    if any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in clause.children):
        return not _speaks_for_nobody(saying)
    # a line break: a heading the parser ran into the byline under it ("UK welcomes X \n\n The Minister said:") is no
    # part of what the byline says, but the release's own statement
    return clause.i < saying.i and any("\n" in t.text or "\n" in t.whitespace_ for t in clause.doc[clause.i:saying.i])


def _speaks_for_nobody(saying: Token) -> bool:
    """The verb of saying ``saying`` has a speaker who holds no office and names no party ("one protester told
    reporters", "a student in Tehran said"): their "we" is their own, the act only reported, not the publisher's
    statement made in the saying ("the minister said", "the Foreign Secretary said" speak for the release)."""
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and not c.ent_type_ and c.lower_ not in _TITLES
               and _lemma(c) not in _TITLES and not any(m.ent_type_ or m.lower_ in _TITLES for m in c.children
                                                       if m.dep_ in ("compound", "amod", "poss"))
               for c in saying.children)


def quoted_performative(clause: Token, saying: Token) -> bool:
    """``clause`` is a present-tense verb of judging or appealing that a quotation after its speaker gives with a
    named subject ("The Minister said: The UK welcomes X"): performed in the saying when the speaker speaks for
    that subject and the act is a statement (``QUOTED_TYPES``), which only the resolved parties tell (``events``);
    "The spokesman said: Moscow rejects any dialogue" stays attributed."""
    if clause.dep_ == "xcomp" or clause.tag_ not in _PRESENT or \
            _lemma(clause) not in words()["performative_verbs"] or any(
            c.dep_ in ("aux", "neg", "mark") for c in clause.children):
        return False
    lo, hi = sorted((clause.i, saying.i))
    return any(t.text in _QUOTES or "\n" in t.text or "\n" in t.whitespace_ for t in clause.doc[lo:hi])


def authored_statement(m: Any, actors: list, events: list, coder: Any) -> bool:
    """A condemnation or a welcome the text's author makes by a verb that performs it ("We condemn in the strongest
    terms the attacks in X", "I congratulate all concerned"): an event although it names no party, the author being
    the release's speaker, when what it judges is an act ("the attacks", "the outcome"); not a courtesy ("we welcome
    your questions"), a feeling ("we mourn", "we appreciate") nor the same statement told again in its sentence
    ("Minister X welcomes the deal ... said: I welcome the agreement"). ``m`` is the ``triggering.Match``, ``events``
    those coded so far, ``coder`` the ``events.EventCoder``."""
    if m.trigger.event_type not in _AUTHORED_TYPES or m.nominal or \
            _lemma(m.anchor) not in words()["performative_verbs"] or \
            not any(is_author(v.actor) for v in actors) or judged_act(m.anchor, coder) is None:
        return False
    sent = m.anchor.sent
    return not any(e.event_type == m.trigger.event_type and e.evidence and
                   sent.start_char <= e.evidence[0].start < sent.end_char for e in events)


def separate_statements(later: Token, earlier: Token, event_type: str | None) -> bool:
    """Two coordinated verbs of approval or disapproval that each judge their own object are two statements ("welcomes
    the liberation of Tikrit and reiterates UK support for Iraq", "condemned the attack and criticised the
    government"), unlike two verbs of one meeting or one strike; a shared object ("welcomed and praised the deal")
    makes one."""
    if event_type not in _STATEMENT_TYPES:
        return False
    mine = [c for c in later.children if c.dep_ in _OBJ]
    theirs = [c for c in earlier.children if c.dep_ in _OBJ]
    return bool(mine and theirs)


def heading_speaker(doc: Doc, events: list, args: Any = None) -> None:
    """Give the events whose actor is the text's unnamed author (an unresolved "we" or "I") the speaker the heading
    names: the named actor of the first statement (approval, disapproval, appeal, refusal, threat) told in the
    text's first sentence, when that sentence is a heading (a line of its own, or a statement in the present
    tense: "Canada welcomes X", not "Russia condemned X on Monday"). A "we" a quotation gives its own speaker
    keeps it. A joint statement that names its authors in an apposition to its "we" ("We, the Leaders of X, met
    ...", ``agents.signatories`` read by ``args``, an ``eventargs.Args``) gives them instead, to the author's events
    outside quotations. ``events`` are changed in place."""
    if not events or not len(doc) or not any(is_author(a) for e in events for a in e.actor):
        return
    first = doc[0].sent
    end = first.end_char
    line = "\n" in first.text.strip() or "\n" in doc_text(doc)[end:end + 3]
    heading = next((e for e in events if e.event_type in _HEADING_TYPES and e.evidence and e.evidence[0].start < end
                    and e.actor and all(a.actor_id and not is_author(a) for a in e.actor)
                    and (line or _present(first, e))), None)
    signed = [args.mentions.actor(s) for s in args.signers()] if args is not None else []
    if signed:  # "We, the Foreign Ministers of X, met ... We call on Y": X
        for event in events:
            if not event.attributed_to and any(is_author(a) for a in event.actor) and not _quoted(doc, event):
                event.actor = [*signed, *(a for a in event.actor if not is_author(a))]
                event.recipient = [r for r in event.recipient if all(r.key != a.key for a in signed)]  # no act
                # of the signatories aimed at themselves ("our commitment to the Coalition's principles")
        return
    if heading is None:
        return
    for event in events:
        # a "we" a quotation gives its own speaker ("'We call on X,' one protester said") is that speaker's, unless a
        # heading line names the release's speaker above it
        if event is not heading and not event.attributed_to and any(is_author(a) for a in event.actor) and (
                line or not _quoted(doc, event)):
            event.actor = [*heading.actor, *(a for a in event.actor if not is_author(a))]


def _present(sent: Any, event: Any) -> bool:
    """The trigger of ``event`` (told in ``sent``) is a verb in the present tense: a release's headline ("Canada
    welcomes X"), not a report of the past ("Russia condemned X on Monday")."""
    word = event.evidence[0].trigger.split(" ")[0]
    return any(t.text == word and t.tag_ in _PRESENT for t in sent)


def _quoted(doc: Doc, event: Any) -> bool:
    """The sentence of ``event`` holds a quotation mark."""
    if not event.evidence:
        return False
    i = bisect_left(doc, event.evidence[0].start, key=lambda t: t.idx)  # the evidence starts its sentence
    return i < len(doc) and any(t.text in _QUOTES and t.text != ":" and t.tag_ != "POS" for t in doc[i].sent)  # not
    # a possessive's apostrophe ("ISIS' ambitions")


def _cause_author(cause: Token, args: Any) -> list[Token]:
    """Who is disapproved of for ``cause``: the party itself, the possessor or "of" party of an act noun ("Mordor's
    decision", "the decision of the Taliban"); nobody for a cause with no party ("the violence in X")."""
    if args.mentions.at(cause) is not None:
        return [cause]
    for child in cause.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return [child]
    return [g for c in cause.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj" and args.mentions.at(g) is not None][:1]


def felt_disapproval(m: Any, args: Any) -> Any:
    """``m`` (a ``triggering.Match``) with its sides set when it is a disapproval told by a verb of feeling: the
    experiencer acts ("Gondor is disappointed by ...", "... dismayed Gondor"), the cause's author is the recipient;
    None when the cause names no party (a feeling: "I am saddened by the news"); ``m`` unchanged otherwise."""
    if m.nominal or m.light or m.trigger.event_type != "ACCUSE" or _lemma(m.anchor) not in words()["felt_verbs"]:
        return m
    verb = m.anchor
    if any(c.dep_ in ("auxpass", "agent") for c in verb.children) or verb.dep_ == "acomp":
        holder = verb.head if verb.dep_ == "acomp" else verb
        felt = [c for c in holder.children if c.dep_ in ("nsubjpass", "nsubj")]
        causes = pobjs([verb], words()["cause_preps"], ("agent", "prep"))
    else:
        felt = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        causes = [c for c in verb.children if c.dep_ == "nsubj"]
    authors = [a for c in causes for a in _cause_author(c, args)]
    if not felt or not authors:
        return None if felt else m  # "I am deeply saddened by the news": a feeling, no event (docs/annotation.md)
    return replace(m, actors=felt[:1], recipients=authors)


def options_on_table(tok: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """"Russia said all options are on the table if NATO deploys troops", "Washington keeps all options on the
    table against Iran": (the verb that tells it, the party that warns, the parties warned), or None. The one who
    warns is the speaker of the clause ("said") or the subject of the verb that keeps the options; the parties
    warned are the subjects of its "if" clause and its "against" phrase that are parties (not "if the talks fail",
    "against the drought"). A sentence with neither a party warned nor a word of force in the option's own phrase
    ("all options are on the table for the new stadium", "in its response to the crisis") is no warning."""
    w = words()
    if _lemma(tok) not in w["option_nouns"] or tok.dep_ not in ("nsubj", "dobj", "obj"):
        return None
    clause = tok.head
    if tok.dep_ == "nsubj" and _lemma(clause) not in ("be", "remain", "stay"):
        return None
    if tok.dep_ != "nsubj" and _lemma(clause) not in w["option_keepers"]:
        return None
    places = [g for g in preps_of([clause, tok]).get("on", ()) if _lemma(g) in w["option_places"]]
    if not places:
        return None
    if tok.dep_ == "nsubj":  # "all options are on the table", told by a speaker
        teller = clause.head if clause.dep_ == "ccomp" else next(
            (c for c in clause.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ == "VERB"), None)
        if teller is None:
            return None
    else:
        teller = clause
    warners = [c for c in teller.children if c.dep_ == "nsubj"]
    warned = [s for c in clause.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if"
                                                                       for m in c.children)
              for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    warned += preps_of([clause, tok, *places]).get("against", [])
    warned = [t for t in warned if _party(t)]  # "if the talks fail", "against the locust invasion": no party
    if not warners or not (warned or any(t.lower_ in w["option_force_words"] for t in _option_phrase(tok, clause))):
        return None
    return teller, warners, warned


#: the named entities that are parties a warning can be aimed at
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _party(tok: Token) -> bool:
    """A party a warning can be aimed at: a name ("if Iran", "against Hamas") or a party noun ("if the government
    refuses"); not a thing or an event ("if the talks fail", "against the drought")."""
    return tok.ent_type_ in _PARTY_ENTS or tok.pos_ == "PROPN" or _lemma(tok) in PARTY_NOUNS


def _option_phrase(tok: Token, clause: Token) -> list[Token]:
    """The words of the option noun's own phrase ("all military options", "all options, including force") and of
    an "including" phrase the parser hangs on its clause: a word of force elsewhere in the sentence ("in its
    response to the crisis", "action on interest rates") is no option named."""
    including = [t for c in clause.children if c.dep_ == "prep" and c.lower_ == "including" for t in c.subtree]
    return [*tok.subtree, *including]


def envisioned(tok: Token) -> bool:
    """``tok`` heads a noun phrase that names a state of things hoped for, not a party: an indefinite article with
    adjectives of the state wished for ("a free and open Indo-Pacific", "a peaceful, democratic and prosperous
    Venezuela", "a stable Libya"); a state named whole by words of its sovereignty alone ("a sovereign and
    independent Ukraine", ``sovereignty_adjectives``) is that state itself, as "Ukraine's sovereignty" is; one
    adjective of a wished-for condition among them keeps the vision ("a peaceful, secure and prosperous X")."""
    mods = [c for c in tok.children if c.dep_ == "amod"]
    mods += [c for m in mods for c in m.conjuncts]
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) and bool(mods) and \
        not all(m.lower_ in words()["sovereignty_adjectives"] for m in mods)


def policy_support(obj: Token, party: Any) -> bool:
    """``obj``, the object of a verb of restating, is support restated for no party: a noun of support
    (``restated_support_nouns``) whose "for" or "to" phrase names no party anywhere in it, by ``party`` (a test of
    one token: "support for measures that advance a two-state solution", "support for a negotiated settlement");
    not support for a party or what is a party's ("support for Iraq", "for the people of Sudan")."""
    if _lemma(obj) not in words()["restated_support_nouns"]:
        return False
    told = [g for p in obj.children if p.dep_ == "prep" and p.lower_ in ("for", "to") for g in p.children
            if g.dep_ == "pobj"]
    return bool(told) and not any(party(t) for g in told for t in _phrase(g) if t.dep_ not in ("compound", "amod"))
    # "a two-state solution": a word of the phrase's kind, no party


def _phrase(head: Token) -> list[Token]:
    """The words of the noun phrase of ``head`` without its relative and participle clauses ("measures [that improve
    the lives of X]"): whom a course of things would help is not whom support is for."""
    out = []
    for tok in head.subtree:
        node = tok
        while node != head and node.dep_ not in ("relcl", "acl"):
            node = node.head
        if node == head:
            out.append(tok)
    return out
