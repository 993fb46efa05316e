"""Court verdicts, sentences and charges: what a verdict is about and whom it is news of.

* ``verdict_grounds``: an act told as what a party is sentenced, convicted, jailed, charged, tried or found guilty
  for ("sentenced X to eight years for insulting the president and calling for protests", "found guilty of
  organising a protest in which demonstrators demanded Y's resignation", "charged with attacking a guard", "on
  charges of spying") is the ground of the verdict or charge, the crime the court names: no new event of its own.
  The verdict or charge is the event (PLOVER SANCTION convict, CAMEO 173); an accusation by a party ("Russia accused
  Ukraine of shelling X") is not a court's and keeps its alleged act (``claims``).
* ``lay_finding``: a finding of guilt by a report, an inquiry or people who are no court is no verdict.
* ``verdict_retold``: a finding of guilt told as what a sentence followed, or a conviction told in a relative clause
  of its charges, is the verdict already told.
* ``ordering_court``: a court or judge that orders an act to be done ("a Khulna court ordered to freeze two bank
  accounts of X", "the court ordered police to arrest X") does it through the order: the ordered act is the
  court's, and the order is no demand of its own (``court_order``). An order to a party to act ("ordered X to hand
  over the houses") stays a demand on that party.
* ``charged_by_no_one``: an indictment, or a charge in its legal sense (``legal_charge``: "charged with espionage",
  not "charged with overseeing the inquiry"), told by an agentless passive is kept with no actor, as an arrest is.
* ``judged_people``: a verdict on people named by what they are ("a federal jury convicted three men", "a military
  court sentenced the journalist to five years") is news whoever they are, as a release of people is
  (``parties.released_people``): kept with no named party.

Written for annalyst from general knowledge of how court reports are written (docs/annotation.md, docs/plover.md).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..models import EventActor
from ..resources import load_word_lists
from .agents import agent_code
from .argwords import is_party_noun, names_people
from .parties import NOT_DONE, agentless_passive
from .phrases import lemma as _lemma
from .phrases import np_text

if TYPE_CHECKING:
    from .eventargs import ArgValue

_WORDS = load_word_lists("events", "argwords.json")
#: verbs of a court or prosecutor whose "for"/"of"/"with"/"over" phrase names the crime ("sentenced X for Y")
_VERDICT_VERBS = frozenset(_WORDS["verdict_verbs"])
#: nouns and adjectives whose "of"/"for" phrase names the crime ("charges of spying", "guilty of fraud")
_VERDICT_WORDS = frozenset(_WORDS["verdict_words"])
#: prepositions that introduce a crime
_GROUND_PREPS = frozenset({"for", "of", "with", "over"})
#: nouns of the penalty a verdict gives ("handed a sentence", "given jail terms"), never the convicted
_PENALTY_NOUNS = frozenset(_WORDS["penalty_nouns"])
#: verbs by which a sentence is given to the one its "to" phrase names
_GIVING = frozenset({"give", "hand"})
#: nouns of a court or its judges, whose orders are acts done
_COURT_NOUNS = frozenset(_WORDS["court_nouns"])
#: people of a court who find a party guilty besides the court nouns ("jurors found X guilty")
_FINDERS = frozenset(_WORDS["court_finders"])
#: verbs by which a court orders an act
_ORDER_VERBS = frozenset({"order", "direct"})
#: sectors of the state forces by which a court's order is carried out ("ordered police to arrest X")
_EXECUTING = frozenset({"COP", "MIL"})
#: event types of the acts of the law a court does through its order (and a release, RETREAT mode release)
_COURT_ACTS = frozenset({"COERCE", "SANCTION", "ACCUSE"})
#: verbs of a prosecutor's formal charge, kept as agentless passives
_PROSECUTING = frozenset({"indict", "prosecute"})
#: crimes a "charged with" phrase names, by a noun or by the gerund of an act of crime (any other gerund is a task)
_CRIMES = frozenset(_WORDS["crime_nouns"])
_CRIME_VERBS = frozenset(_WORDS["crime_verbs"])
#: how far up from an act its verdict's phrase is looked for
_DEPTH = 8


def verdict_grounds(anchor: Token) -> bool:
    """``anchor`` (an event's verb or noun) lies inside the phrase that tells what a verdict, sentence or charge is
    for (see the module docstring): the crime a court or prosecutor names, no act told of its own. A clause
    reported by a verb of saying ("said that ...") ends the walk: the verdict, if any, is then told around it."""
    node = anchor
    for _ in range(_DEPTH):
        head = node.head
        if head is node or node.dep_ in ("ccomp", "parataxis"):
            return False
        if node.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.lower_ in _GROUND_PREPS:
            gov = head.head
            if (gov.pos_ in ("VERB", "AUX") and _lemma(gov) in _VERDICT_VERBS) or \
                    (gov.pos_ in ("NOUN", "ADJ") and _lemma(gov) in _VERDICT_WORDS and _legal_sense(gov)):
                return True
        node = head
    return False


def _legal_sense(word: Token) -> bool:
    """A verdict word used in its legal sense: a "count" numbered or plural ("two counts of murder", "on counts of
    fraud"), not a tally ("a count of civilians killed by the shelling"); "suspicion" as the ground of an arrest or
    a charge ("on suspicion of spying", "under suspicion of"), not a party's doubt ("voiced suspicion over Russian
    attacks"). Other verdict words have no other sense here."""
    lemma = _lemma(word)
    if lemma == "count":
        return word.tag_ == "NNS" or any(c.dep_ == "nummod" for c in word.children)
    if lemma == "suspicion":
        return word.dep_ == "pobj" and word.head.lower_ in ("on", "under")
    return True


def verdict_retold(anchor: Token) -> bool:
    """A verdict verb that tells again a verdict told by the clause it hangs on or the noun it describes: the finding
    of guilt a sentence followed ("was sentenced to 18 months after he was found guilty of X": one verdict) or the
    charges a verdict was on ("the counts on which the guards were convicted carry long terms": the conviction told
    before)."""
    head = anchor.head
    if anchor.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and _lemma(head) in _VERDICT_VERBS:
        return True
    return anchor.dep_ == "relcl" and _lemma(head) in _VERDICT_WORDS


def lay_finding(verb: Token) -> bool:
    """A finding of guilt ("found X guilty of Y") by a finder named by a common noun that is no court, judge, jury or
    juror ("the report found the government guilty of negligence", "protesters found the minister guilty"): a
    judgement, no verdict. A passive ("was found guilty"), a pronoun or a name keep the verdict."""
    return _lemma(verb) == "find" and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and not _court(c) and _lemma(c) not in _FINDERS for c in verb.children)


def found_guilty(verb: Token) -> list[Token]:
    """The party a verb of finding declares guilty when the parser makes it the subject of "guilty" ("the court
    found the militants guilty of X": the militants), for the verdict's recipient; empty when the verb has an
    object of its own."""
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return []
    return [s for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp") and c.lower_ == "guilty"
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def judged_people(kind: str | None, mode: str | None, recipients: list[ArgValue], status: str = "asserted",
                  cameo: str | None = None) -> bool:
    """A verdict or a charge brought (CAMEO 115: "the suspect was charged with spying") whose convicted or charged are
    people named by what they are ("convicted three men", "sentenced the journalist"): kept with no named party, as a
    release of people is; not one only foreseen ("the men could be sentenced to life" is no verdict: ``NOT_DONE`` and
    predicted). One convicted person named by a noun of a doer ("handed a ten-year sentence to the blogger") is such
    people as much as a plural one is (``is_party_noun``)."""
    judged = (kind == "SANCTION" and mode == "convict") or (kind == "ACCUSE" and cameo == "115")
    return judged and status not in NOT_DONE and status != "predicted" and \
        any(names_people(v.token) or is_party_noun(v.token) for v in recipients)


def convicted_people(verb: Token) -> list[ArgValue]:
    """The people a verdict verb names as convicted when they are named only by what they are ("a jury convicted
    three men", "the court found the former senator guilty", "the blogger was given a suspended sentence"): the
    verb's object, the subject of its passive or of its "guilty" (``found_guilty``), its dative; never the penalty
    itself ("gave him a sentence": the sentence is no party). Whom a court convicts is always a party, whatever
    the noun; such people name no party that the text does not."""
    from .eventargs import ArgValue
    heads = found_guilty(verb) or [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass", "dative")]
    if verb.lemma_.lower() in _GIVING:  # "handed down a death sentence to the rapper"
        heads += [p for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for p in c.children
                  if p.dep_ == "pobj"]  # the parser may label the "to" phrase a dative
    return [ArgValue(EventActor(actor_id=None, name=np_text(h), text=np_text(h)), False, h) for h in heads
            if h.pos_ == "NOUN" and h.lemma_.lower() not in _PENALTY_NOUNS and not h.ent_type_]


def _court(tok: Token) -> bool:
    """``tok`` names a court or a judge: its noun ("a Khulna court") or a name with the title ("Judge Selina Akter",
    "Special Judge X")."""
    return _lemma(tok) in _COURT_NOUNS or any(c.dep_ == "compound" and _lemma(c) in _COURT_NOUNS for c in tok.children)


def court_order(verb: Token) -> Token | None:
    """The court whose order ``verb`` tells when the order is carried out by no party of its own (no object, or
    the state's forces: "ordered to freeze the accounts", "ordered police to arrest X"), else None."""
    if _lemma(verb) not in _ORDER_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if any(agent_code(o) not in _EXECUTING for o in objects):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and _court(c)), None)


def ordering_court(anchor: Token, event_type: str | None = None, mode: str | None = None) -> Token | None:
    """The court that ordered the act of ``anchor`` (its infinitive), done by the court through its order: an act of
    the law (an arrest, a seizure, a freeze of assets, a charge, a release: ``_COURT_ACTS``). A withdrawal, a
    deployment or an attack a court orders the forces to make ("ordered the army to withdraw from the campus") is
    the forces' own, never the court's."""
    if event_type is not None and event_type not in _COURT_ACTS and not (event_type == "RETREAT" and mode == "release"):
        return None
    return court_order(anchor.head) if anchor.dep_ == "xcomp" else None


def legal_charge(verb: Token) -> bool:
    """"charged" in its legal sense: its "with" phrase names a crime ("charged with espionage", "with two counts of
    murder") or an act of crime by its gerund ("charged with spying for X", "with conspiring to hack"; ``crime_verbs``),
    not a task ("charged with overseeing the inquiry", "with securing the airport", "charged with the
    investigation")."""
    if _lemma(verb) != "charge":
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for g in prep.children:
                if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" and _lemma(g) in _CRIME_VERBS:
                    return True
                if g.dep_ == "pobj" and (_lemma(g) in _CRIMES or _lemma(g) in _VERDICT_WORDS and _legal_sense(g)):
                    return True
    return False


def charged_by_no_one(event_type: str | None, verb: Token, recipients: list[ArgValue]) -> bool:
    """An indictment, prosecution or charge told by an agentless passive ("the mayor was indicted on Thursday for
    taking bribes", "two men were charged with espionage"): a state's legal act whose prosecutor is not named, kept
    with no actor as an arrest or a conviction so told is; an accusation by no one named ("was accused of X") stays
    unkept."""
    return event_type == "ACCUSE" and bool(recipients) and (_lemma(verb) in _PROSECUTING or legal_charge(verb)) and \
        agentless_passive(verb)
