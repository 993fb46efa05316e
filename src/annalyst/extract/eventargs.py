"""Who did it to whom: an event's actor and recipient from the dependency parse.

``Args`` resolves a trigger's arguments to ``EventActor`` lists:

* the subject (``nsubj``), or in a passive clause the ``by`` agent; a missing subject is inherited along
  ``xcomp`` (object control: "urged Gondor to ..." -> Gondor), ``conj`` (a finite conjunct the parser hangs on an
  infinitive goes with the nearest verb of its tense: ``conj_head``), participial ``advcl``, ``pcomp`` ("accused X
  of offering ..." -> X) and relative clauses ("..., which supported" -> the antecedent); "X is the first country to
  recognize" -> X;
* the recipient: the passive subject, the object when it names an actor, else the object of a preposition of the
  verb or its object ("supplying arms to the Taliban"), else an actor inside the object ("Moscow's decision",
  "activities of the Taliban movement", "initiatives involving the Taliban");
* each argument expands along conjunctions and list appositions: "by Saudi Arabia, the UAE, and Pakistan" is one
  actor list;
* a noun phrase names an actor when a mention covers its head (an organisation the dictionary does not know, owned
  by a known actor, stands for its owner: "the Taliban's Ministry of Water"), or an apposition, modifier, possessor,
  past-participle object or ``of``/``from``/``by`` phrase inside it does ("U.S. intelligence", "militants linked to
  ISKP", "the former head of ..., General John Nicholson", "accusations by Pakistani officials"); a date never does;
  otherwise a proper noun or a party noun ("soldiers", "the government") is kept
  as an unknown entity with its text (``actor_id`` None), and so is, as an actor, a noun that names people by what
  they do ("farmers", "militants": ``argwords.is_party_noun``) or a thing that acts in violence ("a roadside bombing
  killed ...") or a document ("a statement said"; the subject of "issued a declaration demanding ..." when there is
  one); a noun naming another thing or an idea ("trade", "the railway", "recognition") is no party;
* an agentless passive acted through a ruling, decision or order ("according to the court's ruling, the ban has
  been suspended") has the ruling's author as actor: its possessor, or its ``by``/``of`` phrase;
* pronouns: relative pronouns take their antecedent; he/she/they/it in subject or possessor position take the nearest
  earlier mention of a compatible kind in the sentence, else the subject of the previous sentence; "them" takes the
  nearest earlier plural or group mention (a plural noun, a coordination, the subject of a plural verb, an armed
  group or party); first-person pronouns inside a quotation ("we should support them") are the quote's speaker;
  other pronouns are left unresolved (the event is then dropped by the caller). Who speaks a quotation and for
  which group is told by ``quotespeakers``; the mentions of a doc indexed by token (``Mentions``) are
  ``mentionindex``'s.

What a noun phrase is as an argument (a party noun, a quantity, equipment, a place, a relational noun ...) is told
by ``argwords``, whose predicates and word classes this module re-exports for its importers; the verb classes of
subject resolution below (object control, "accused X of", raising, planning and report verbs) are word lists of
``resources/events/argwords.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Iterable

from spacy.tokens import Doc, Span, Token

from ..models import EventActor
from ..resources import load_word_lists
from .agents import AGENT_PREFIX, agent_code, author_party, described_party, nonstate_demonym, signatories, speaking_agent
from .argwords import ABSTRACT_ENDINGS as _ABSTRACT
from .argwords import AGENT_THINGS as _AGENT_THINGS
from .argwords import MEASURE_NOUNS as _MEASURES
from .argwords import MOVING_PARTICIPLES, signed_instrument
from .argwords import QUANTITY_NOUNS as _QUANTITY
from .argwords import BORDER_NOUNS
from .argwords import TIME_WORDS as _TIME_WORDS
from .argwords import argument_words as _argument_words
from .argwords import circumstance_phrase, done_to_people, told_people, fight_taken_part_in, operation_author, people_participle, supported_partner
from .argwords import in_place as _in_place
from .transfers import given_by
from .argwords import DOCUMENT_NOUNS, PARTY_NOUNS, SIDE_PREPS, argument_words, counted, facility_name, is_equipment, \
    is_party_noun, is_place_head, is_relational, is_topic_verb, name_after_comma, manner_modifier, names_people, sponsor_modifier, other_side, split_subject, text_title, \
    undergo_verb, undergoer
from .cooperation import rung_up
from .evaluation import evaluation_verbs
from .eventlex import claim_cues
from .phrases import PASS_SUBJ_DEPS as _PASS_SUBJ
from .phrases import headline_subject, infinitive_headline
from .phrases import RULING_NOUNS, addressed, agent_heads, by_participle, conj_head, expand, is_passive, np_text, object_of, ruling_author, \
    sentence_of, subjects_of
from .phrases import SETTING_PREPS as SETTING_PREPS
from .phrases import SUBJ_DEPS as _SUBJ
from .phrases import FIRST_PERSON as _FIRST_PERSON
from .phrases import short_form, visiting_object
from .phrases import TITLES as _TITLES
from .namecues import describes_place_noun
from .quotespeakers import GROUP_FIRST_PERSON as _GROUP_FIRST_PERSON
from .quotespeakers import in_quote, located_party, quote_speaker, saying_subject, sector_word, speaker_group, \
    spokesperson_sector
from .mentionindex import Mentions
from .pronouns import PLURAL_PRON as _PLURAL_PRON
from .pronouns import SUBJ_PRON as _SUBJ_PRON
from .pronouns import PronounResolver

__all__ = ["argument_words", "counted", "facility_name", "other_side", "is_topic_verb", "is_relational", "undergoer", "undergo_verb", "is_equipment", "is_place_head", "sentence_of", "PARTY_NOUNS", "RULING_NOUNS", "ArgValue", "Mentions", "Args", "UNRESOLVED",
           "RECIPIENT_PREPS", "ruling_author", "object_of", "is_passive", "conj_head",
           "DOCUMENT_NOUNS", "SIDE_PREPS", "is_party_noun", "np_text", "expand"]

#: prepositions that introduce a recipient, most likely first
RECIPIENT_PREPS = ("to", "with", "against", "on", "at", "into", "from", "toward", "towards", "upon", "over", "for", "of", "between")
_OBJ = ("dobj", "dative", "obj")
#: the roles of the party an act is aimed at: "listed" is the party a sanctions measure names ("sanctioned six
#: individuals linked to X": the individuals), otherwise read as any recipient
RECIPIENT_ROLES = frozenset({"recipient", "listed"})


@cache
def _reaction_nouns() -> frozenset[str]:
    """Nouns of a reaction whose "with" phrase after an act is a circumstance ("with no response from X")."""
    return frozenset(argument_words()["reaction_nouns"])


_MODS = ("compound", "amod", "poss", "nmod", "npadvmod")
_VERBS = load_word_lists("events", "argwords.json")
#: verbs whose object does the act of their infinitive ("urged Gondor to ...")
_OBJECT_CONTROL = _VERBS["object_control_verbs"]
#: verbs whose object did the act of their "of"/"for" phrase ("accused X of", "thanked X for", "jailed X for spying");
#: the evaluation verbs (``evaluation``) are added where they are used
_ACCUSE_OF = _VERBS["accuse_of_verbs"]
#: verbs that punish "for" an act only when they put a party on a sanctions list ("added X to its entity list for
#: supplying drones"; not "added 200 beds for treating patients"): the list words are arguments.json's
_LISTING = _VERBS["listing_verbs"]
#: verbs whose subject "it" is an expletive when a clause follows ("it seems that", "it is likely to")
_RAISING = _VERBS["raising_verbs"]
#: participles of a state of mind ("we are concerned by ... and call on ..."): the copular clause's subject is the
#: subject of an active verb coordinated with it
_STATE_PARTICIPLES = _VERBS["state_participles"]
#: mention kinds of a group whose members a noun names by it ("an ISIS fighter", "a Hezbollah commander")
_MEMBER_KINDS = frozenset({"armed_group", "militia"})
#: entity labels of a place or a time, never what an amount of money is spent on ("$5 million in Geneva")
_PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
_NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_RELATIVE = frozenset({"which", "who", "that", "whom", "whose"})
#: passive verbs of planning whose subject does the act of their infinitive ("is expected to visit")
_SCHEDULED = _VERBS["scheduled_verbs"]
#: passive verbs of saying that raise the doer of their infinitive: "X is said / believed / alleged to have sent Y"
_RAISED_BY_REPORT = _VERBS["raised_by_report_verbs"]
#: passive verbs of being made to act: "the enemy was forced to retreat": the enemy retreats
_COMPELLED = _VERBS["compelled_verbs"]


def _spelled_equipment(token: Token) -> bool:
    """The capitalised words before ``token`` and it spell out equipment ("an Improvised Explosive Device")."""
    words = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper()]
    return bool(words) and is_equipment(token.doc[words[0].left_edge.i:token.i + 1].text)


def _speaker_apposition(appos: Token) -> bool:
    """An apposition that is the missing subject of the verb of saying right after it ("killed five terrorists,
    Inter-Services Public Relations (ISPR) said Tuesday", parsed with the speaker as an apposition of the
    object): the source of the report, no party of the act."""
    after = next((t for t in appos.doc[appos.right_edge.i + 1:appos.right_edge.i + 3] if not t.is_punct), None)
    return after is not None and after.pos_ == "VERB" and after.lemma_.lower() in claim_cues()["report_verbs"] and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children)


def _choice_of(verb: Token) -> Token | None:
    """The noun of a step or decision whose act ``verb`` tells ("the step of expelling X", "its decision to expel X":
    ``choice_nouns``), else None."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of":
        head = head.head
    elif not (verb.dep_ == "acl" and verb.tag_ == "VB"):
        return None
    return head if head.pos_ == "NOUN" and head.lemma_.lower() in argument_words()["choice_nouns"] else None


class _Unresolved:
    def __repr__(self) -> str:
        return "UNRESOLVED"


#: returned for a pronoun that could not be resolved
UNRESOLVED = _Unresolved()


@dataclass
class ArgValue:
    actor: EventActor
    linked: bool  # a mention (dictionary or NER) names it
    token: Token


#: sentences back in which "the resolution" finds the one adopted ("approved a resolution ...")
_DOCUMENT_REACH = 3


def _issued_before(doc_noun: Token) -> Token | None:
    """The subject of the clause that adopted, approved or issued the text a definite document noun refers back to
    ("The OAS approved a resolution ... . The resolution asks ..."): the latest earlier object of that noun, within
    ``_DOCUMENT_REACH`` sentences; None if the noun has no definite article or none is found."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in doc_noun.children):
        return None
    doc, lemma = doc_noun.doc, doc_noun.lemma_.lower()
    first = doc_noun.sent.start
    for _ in range(_DOCUMENT_REACH):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for tok in reversed(doc[first:doc_noun.sent.start]):
        if tok.lemma_.lower() == lemma and tok.dep_ in _OBJ and tok.head.pos_ == "VERB":
            return next((c for c in tok.head.children if c.dep_ in ("nsubj",)), None)
    return None


def _strike_subject(token: Token) -> bool:
    """A weapon or strike noun the tagger read as a verb in a subject's place ("Three airstrikes northeast of Hit
    struck ...": "airstrikes" tagged as a verb): the strike is the grammatical agent, as a noun would be."""
    return token.pos_ == "VERB" and token.dep_ in ("nsubj", "nsubjpass") and (
        token.lemma_.lower() in _AGENT_THINGS or token.lower_.removesuffix("s") in _AGENT_THINGS)


def _list_antecedent(head: Token, verb: Token) -> Token:
    """The first member of a list whose last member the parser hung a plural relative clause on ("the governments
    of Chad, Niger, and Mali, who are hosting refugees": all three host them, not Mali alone); ``head`` otherwise."""
    if head.dep_ != "conj" or head.tag_ in ("NNS", "NNPS") or not any(
            t.tag_ == "VBP" or t.lower_ == "were" for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass")))):
        return head
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return head


def _relative_clause(token: Token) -> Token | None:
    """The relative clause ``token`` is a noun of ("whose troops" in "X, whose troops fought ..."): its verb, whose
    head is the antecedent; None when the noun is in no relative clause."""
    node = token
    for _ in range(4):
        if node.dep_ == "relcl":
            return node
        if node.head == node:
            return None
        node = node.head
    return None


class Args(PronounResolver):
    """Argument extraction over one doc (mentions indexed once)."""

    def __init__(self, doc: Doc, mentions: Mentions | None = None, dictionary: Any = None) -> None:
        self.doc = doc
        self.mentions = mentions or Mentions(doc)
        self.dictionary = dictionary  # the actor dictionary place countries resolve against (None: codes as names)
        self._sent_subjects: dict[int, Span | None] = {}
        self._signers: list[Span] | None = None

    # ----------------------------------------------------------------------------------------- subjects

    def subject_heads(self, verb: Token, depth: int = 0) -> list[Token]:
        """Head tokens of the verb's actor (before noun-phrase resolution)."""
        if depth > 6:
            return []
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not is_passive(verb) and \
                verb.head.lemma_.lower() in _argument_words()["means_of_attack"]:  # "a missile fired by X": X
            return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"][:1]
        if people_participle(verb) is not None and (by := by_participle(verb)) is not None:
            return agent_heads(by)  # "freed persons held hostage by ISWAP": ISWAP holds them
        if (by := given_by(verb)) is not None:
            return agent_heads(by)  # "wheat donated by X to Y": X gives it (``transfers``)
        if fight_taken_part_in(verb) is not None:  # "X were engaged in fighting with Y": X fights
            return [c for c in verb.children if c.dep_ == "nsubjpass"][:1]
        if is_passive(verb):
            # "was struck and killed by X": the agent of the last conjunct is the agent of the chain
            for clause in [verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN")]:
                for child in clause.children:
                    if child.dep_ == "agent":
                        return agent_heads(child)
            if verb.dep_ == "acl":
                return []
            author = ruling_author(verb) or operation_author(verb)  # "captured in a joint operation by X": X
            return [author] if author is not None else []
        if verb.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) and \
                not any(c.dep_ in _SUBJ for c in verb.children):
            head = verb.head
            if head.dep_ == "attr" and head.head.lemma_ == "be":
                return [c for c in head.head.children if c.dep_ in _SUBJ][:1]
            return [head] if infinitive_headline(verb) else []  # "Blinken to visit Beijing next week"
        for child in subjects_of(verb):
            if child.dep_ in _SUBJ and addressed(child):
                # "Thank you, President, the United Kingdom welcomes ...": the party after the address speaks (in
                # apposition, or as a second subject: "Madam President, Norway welcomes ...")
                named = [c for c in child.children if c.dep_ == "appos"][:1]
                if named:
                    return named
                continue
            if child.dep_ in _SUBJ:
                if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    return [_list_antecedent(verb.head, verb)]
                if child.dep_ == "csubj":  # "Visiting President X and Y met": X and Y (misread as its object)
                    return [visitor] if (visitor := visiting_object(child)) is not None else []
                if child.lower_ in ("it", "there") and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) and (
                        child.lower_ == "there" or verb.lemma_.lower() in _RAISING or is_passive(verb)):
                    return []  # expletive ("it is likely that", "it was reported that"); not "it would not allow"
                return [child, *split_subject(verb, child)]
        on_aux = [s for a in verb.children if a.dep_ in ("aux", "auxpass") for s in a.children if s.dep_ in _SUBJ] or \
            ([s for s in verb.head.children if s.dep_ in _SUBJ] if verb.dep_ == "attr" and verb.tag_ == "VBG" else [])
        if on_aux:  # "Egypt is mediating ...": the parser hung the subject on the auxiliary (or read "is" as the verb)
            return on_aux[:1]
        dep, head = verb.dep_, verb.head
        if head == verb:
            return []
        if dep == "xcomp" or (dep == "ccomp" and head.lemma_ in _OBJECT_CONTROL):
            if head.lemma_ in _OBJECT_CONTROL and not rung_up(head):  # "called X to congratulate him": the caller
                objs = [c for c in head.children if c.dep_ in _OBJ]
                if objs:
                    return objs[:1]
            if head.pos_ in ("ADJ",) and head.dep_ in ("acomp", "attr"):
                return self.subject_heads(head.head, depth + 1)
            if dep == "xcomp" and is_passive(head) and head.lemma_.lower() in _SCHEDULED | _RAISED_BY_REPORT | _COMPELLED:
                # "X is expected to visit Y", "X is scheduled to meet Y": X acts (the claim says when); "X was
                # forced to retreat": X retreats, also when X is the subject of the clause it is joined to ("suffered
                # losses and was forced to retreat")
                held = [c for c in head.children if c.dep_ == "nsubjpass"][:1]
                if held or head.lemma_.lower() not in _COMPELLED or head.dep_ != "conj":
                    return held
                joined = conj_head(head)
                return [c for c in joined.children if c.dep_ == "nsubjpass"][:1] if is_passive(joined) else \
                    self.subject_heads(joined, depth + 1)
            if head.pos_ in ("VERB", "AUX"):
                return self.subject_heads(head, depth + 1)
            return [lead] if head.pos_ == "ADJ" and (lead := headline_subject(head)) is not None else []  # headline
        if dep == "conj" and head.pos_ in ("VERB", "AUX"):
            head = conj_head(verb)
            if is_passive(head) and not is_passive(verb):
                if head.lemma_.lower() in _STATE_PARTICIPLES and not (
                        verb.tag_ == "VBN" and verb.lemma_.lower() in _STATE_PARTICIPLES):
                    # "we are concerned by X and call on Y": we call; "were shocked and saddened by X": one state
                    return [c for c in head.children if c.dep_ == "nsubjpass"][:1]
                return []
            return self.subject_heads(head, depth + 1)
        if (partner := supported_partner(verb)) is not None:
            return [partner]  # "air cover to the ANA retaking Kunduz": the ANA retake it
        if dep == "advcl" and verb.tag_ in ("VBG", "VBN", "VB"):
            if not any(c.dep_ == "mark" and c.lower_ not in ("before", "after", "while", "by", "since", "when", "to") for c in verb.children):
                if verb.tag_ == "VB":
                    return [head] if infinitive_headline(verb) else []  # purpose infinitives: no event
                return self.subject_heads(head, depth + 1) if head.pos_ in ("VERB", "AUX") else []
        if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            gov = head.head
            reason = head.lower_ in ("of", "for") or head.lower_ == "after" and any(
                c.dep_ == "advmod" and c.lower_ in argument_words()["allegation_adverbs"] for c in verb.children)
            # "sanctioned X after allegedly supplying drones": what X is said to have done, as "for supplying"
            if reason and (gov.lemma_ in _ACCUSE_OF or gov.lemma_ in evaluation_verbs() or (
                    gov.lemma_ in _LISTING and any(
                        t.lemma_.lower() in argument_words()["sanctions_list_words"] for p in gov.children
                        if p.dep_ == "prep" and p.lower_ in ("to", "onto", "on", "as") for t in p.subtree))):
                objs = [c for c in gov.children if c.dep_ in _OBJ]
                return objs[:1]
            if reason and head.lower_ != "of" and (hit := [g for o in gov.children if o.dep_ in _OBJ and o.lemma_.lower() in _MEASURES
                                                 for p in o.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                                                 for g in p.children if g.dep_ == "pobj"]):
                return hit[:1]  # "imposed sanctions on X for supplying drones": X supplied them
            if is_passive(gov) and gov.lemma_.lower() in _STATE_PARTICIPLES:
                # "Japan is committed to supporting Ukraine", "determined to stop X": the one committed acts
                return [c for c in gov.children if c.dep_ == "nsubjpass"][:1]
            if gov.lemma_.lower() in claim_cues()["hinder_verbs"] and head.lower_ == "from":
                # "police blocked protesters from marching", "protesters were blocked from marching": the
                # protesters would march, not the police
                held = [c for c in gov.children if c.dep_ in (*_OBJ, "nsubjpass")]
                return held[:1]
            return self.subject_heads(gov, depth + 1)
        if dep in ("pcomp", "acl") and (choice := _choice_of(verb)) is not None:
            # "took the step of expelling X", "announced its decision to expel X": who takes the step or decision
            # ("welcomed the decision to lift sanctions": another's, untold)
            owners = [c for c in choice.children if c.dep_ == "poss"]
            return owners[:1] if owners else self.subject_heads(choice.head, depth + 1) \
                if choice.dep_ in _OBJ and choice.head.lemma_.lower() in argument_words()["choice_taking_verbs"] else []
        if dep == "pcomp" and head.dep_ == "prep" and head.head.dep_ in _OBJ and head.head.head.pos_ == "VERB":
            cues = claim_cues()
            if head.head.lemma_.lower() in cues["claim_nouns"] and head.head.head.lemma_.lower() in cues["deny_verbs"]:
                return self.subject_heads(head.head.head, depth + 1)  # "Iran denied accusations of supplying X"
        if dep in ("acl", "amod") and verb.tag_ == "VBG" and (signed := signed_instrument(verb)) is not None:
            return self.subject_heads(signed.head, depth + 1)  # "X signed a decree lifting sanctions": X lifts them
        if dep == "amod" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN") and \
                verb.lemma_.lower() in MOVING_PARTICIPLES:
            return [head]  # "retreating Russian forces": an active participle of moving before a noun tells the
            # noun's party moving (a role, "the investigating officer", tells no act; "the detained journalist"
            # what was done to it)
        if dep == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
            if verb.tag_ == "VBG" and head.lemma_.lower() in DOCUMENT_NOUNS and head.dep_ in _OBJ and \
                    head.head.pos_ == "VERB" and not is_passive(head.head):
                return self.subject_heads(head.head, depth + 1)  # "X and Y issued a statement urging Z": the
                # statement speaks for all who issued it
            if verb.tag_ == "VBG":
                return [head]
            if verb.tag_ == "VB" and head.dep_ in ("attr",) and head.head.lemma_ == "be":
                subj = [c for c in head.head.children if c.dep_ in _SUBJ]
                return subj[:1]
            return []
        return []

    def passive_patient(self, verb: Token) -> list[Token]:
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return [verb.head]
        if (people := people_participle(verb)) is not None:
            return [people]
        return [c for c in verb.children if c.dep_ in _PASS_SUBJ][:1]

    # -------------------------------------------------------------------------------------- resolution

    def resolve(self, token: Token, *, role: str = "actor", exclude: frozenset[int] = frozenset(),
                allow_unknown: bool = True, depth: int = 0) -> ArgValue | None | _Unresolved:
        """The actor a noun phrase headed by ``token`` names."""
        if text_title(token):
            return None  # "signed a Memorandum of Understanding (MOU)": the text's title names no party
        span = self.mentions.at(token)
        if span is not None and span.kb_id_.startswith("new:") and (_in_place(token) or facility_name(span)):
            return None  # a name no dictionary knows that the place finder read as a place ("in Swat") or that
            # names a site ("Tiyas Military Airfield"): no party
        if span is not None:
            if span.kb_id_.startswith("new:") and token.lemma_.lower() in _TITLES and token.i + 1 < len(token.doc) \
                    and token.doc[token.i + 1].lower_ == "for" and (held := self._holder(token)) is not None:
                return held  # "met Special Envoy for the Horn of Africa Mike Hammer": the holder, not the office
            if span.label_ == "country" and span.end - 1 == token.i and span.start < token.i and \
                    (sector := nonstate_demonym(token, token.doc[span.start])) is not None:
                # "Syrian rebels", "Iraqi militiamen": the armed group, not the state its demonym names
                return ArgValue(EventActor(actor_id=AGENT_PREFIX + sector, name=span.text, text=span.text), False, token)
            owner = self.owner(span)
            if owner is not None and role in RECIPIENT_ROLES:
                # "designated Iran's Ministry of Intelligence": the ministry is named, as Iran's
                found = self.mentions.actor(owner)
                return ArgValue(EventActor(actor_id=found.actor_id, name=found.name, text=span.text), True, token)
            return ArgValue(self.mentions.actor(owner or span), True, token)
        if (token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$", "WDT", "WP", "WP$")) and not (
                token.lemma_.lower() in _QUANTITY and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.dep_ == "pobj" and g.pos_ != "PRON" for g in c.children) for c in token.children)):
            # ("some of the protesters": what is counted, below; "some of them" stays a pronoun's)
            low = token.lower_
            if low in _RELATIVE:
                head = token.head
                while head.dep_ == "relcl" or (head.pos_ in ("VERB", "AUX") and head.dep_ != "ROOT" and head.head != head):
                    if head.dep_ == "relcl":
                        return self.resolve(head.head, role=role, exclude=exclude, depth=depth + 1)
                    head = head.head
                return UNRESOLVED
            if low in _FIRST_PERSON:
                hit = quote_speaker(self.mentions, token) or self._speaker_subject(token)
                if low in _GROUP_FIRST_PERSON and (hit is None or speaker_group(self.mentions, hit) is None) and \
                        in_quote(token) and (said := saying_subject(token) if hit is None else hit.root) is not None \
                        and (force := spokesperson_sector(said)) is not None:
                    # '"We had to retreat," said police spokesman X': the police, whose spokesman X is
                    return ArgValue(EventActor(actor_id=AGENT_PREFIX + (sector_word(force) or ""), name=force.text,
                                               text=force.text), False, force)
                if hit is not None and low in _GROUP_FIRST_PERSON:
                    hit = speaker_group(self.mentions, hit) or hit  # "'We overran the post,' said X, the Nasr Front's spokesman"
                if hit is not None:
                    return ArgValue(self.mentions.actor(hit), True, token)
                if low in ("we", "i") and token.dep_ in ("nsubj", "nsubjpass") and role == "actor":
                    # "We call on X to ...", "I welcome ...": the text's author speaks (a government's release),
                    # a party the text does not name
                    return ArgValue(author_party(token.text), False, token)
                return UNRESOLVED
            if (low in _SUBJ_PRON and (token.dep_ in ("nsubj", "nsubjpass", "poss") or role == "actor")) or low == "them":
                said = speaking_agent(token, self.subject_heads) if not in_quote(token) else None  # "police
                # said they had arrested X", "the army said it killed six militants": the police, the army (not in a
                # direct quote, where "they" are others), before any party named earlier
                if said is not None:
                    return self.resolve(said, role=role, exclude=exclude, depth=depth + 1)
                hit = self.pronoun(token, exclude)
                host = located_party(hit.root, token) if hit is not None else None
                if host is not None:  # "the largest student union in Kenya said it would march": the union
                    return self.resolve(host, role=role, exclude=exclude, depth=depth + 1)
                if hit is not None:
                    return ArgValue(self.mentions.actor(hit), True, token)
            described = described_party(token) if role in RECIPIENT_ROLES else None  # "calls on those responsible for
            return UNRESOLVED if described is None else ArgValue(described, False, token)  # X": not the doer of
            # the act that describes it ("those protesting peacefully" is no protest told)
        if depth > 3:
            return None
        if token.lemma_.lower() in _QUANTITY or token.pos_ == "NUM" or token.ent_type_ == "MONEY":
            for child in token.children:
                # "dozens of villages"; an amount of money's "in" phrase says what the money is ("tariffs on $60
                # billion in American goods": the goods, so their country), unless it is a place or a time
                if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "in" and token.ent_type_ == "MONEY"):
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None and not (child.lower_ == "in" and pobj.ent_type_ in _PLACE_OR_TIME):
                        return self.resolve(pobj, role=role, exclude=exclude, allow_unknown=allow_unknown, depth=depth + 1)
        crowd = agent_code(token) if token.ent_type_ == "CARDINAL" and token.pos_ == "NOUN" and \
            token.tag_ == "NNS" and allow_unknown else None
        if crowd is not None:
            text = np_text(token)  # "Thousands marched", "Tens of thousands took to the streets": a crowd
            return ArgValue(EventActor(actor_id=AGENT_PREFIX + crowd, name=text, text=text), False, token)
        if token.ent_type_ in _NOT_ACTOR_ENTS or token.lower_ in _TIME_WORDS:
            return None  # "on Thursday", "in 2003", "two shells": never a party
        if role == "actor" and is_place_head(token) and not self._organisation_name(token):
            return None  # "attacks in the X neighborhood, which killed ...": a place does not act
        if token.pos_ == "PROPN" and is_equipment(token.text) or token.text[:1].isupper() and _spelled_equipment(token):
            return None  # "destroyed a VBIED", "recovered an Improvised Explosive Device": a thing
        inner = self.inner_actor(token, exclude, depth, role)
        if inner is not None:
            return inner
        if token.lemma_.lower() in DOCUMENT_NOUNS and token.dep_ in ("dobj", "obj") and token.head.pos_ == "VERB":
            # "X issued a declaration demanding ...": the declaration speaks for whoever issued it
            for child in token.head.children:
                if child.dep_ in _SUBJ:
                    return self.resolve(child, role=role, exclude=exclude, allow_unknown=allow_unknown,
                                        depth=depth + 1)
        if role == "actor" and token.lemma_.lower() in DOCUMENT_NOUNS and token.dep_ in _SUBJ and \
                (issued := _issued_before(token)) is not None:
            # "The OAS approved a resolution condemning X. The resolution asks Y to ...": its adopter speaks
            return self.resolve(issued, role=role, exclude=exclude, allow_unknown=False, depth=depth + 1)
        if allow_unknown and (token.pos_ in ("NOUN", "PROPN") or _strike_subject(token)):
            # a capitalised first word the tagger calls a proper noun is no name when it stands alone and reads as
            # an abstract noun ("Recognition gives its traders ...")
            # (and a lower-case word is no name: "buying food for iftar")
            proper = token.pos_ == "PROPN" and token.text[:1].isupper() and not (
                token.is_sent_start and token.lower_.endswith(_ABSTRACT) and
                not any(c.dep_ == "compound" for c in token.children))
            sector = agent_code(token)  # "militants", "Security Forces": agent:<CODE> (a name in capitals is not one)
            proper = proper and sector is None  # "Rebels in Sudan said ...": capitalised as the first word
            if proper and facility_name([*(c for c in token.lefts if c.dep_ == "compound"), token]):
                return None  # "visited troops at Qayyarah Airfield West": a site
            if proper or sector or token.lemma_.lower() in PARTY_NOUNS or (role in RECIPIENT_ROLES and told_people(token)) or (
                    role == "actor" and (
                    is_party_noun(token) or token.lemma_.lower() in _AGENT_THINGS | DOCUMENT_NOUNS)):
                text = np_text(token)
                actor_id = AGENT_PREFIX + sector if sector else None
                return ArgValue(EventActor(actor_id=actor_id, name=text, text=text), proper, token)
        return None

    def _holder(self, token: Token) -> ArgValue | None:
        """The office holder named at the end of the phrase of the title ``token`` ("Russian Special Presidential
        Envoy to Afghanistan Zamir Kabulov"), or None."""
        end = token.right_edge
        while end.i > token.i and end.is_punct:  # "..., Yerkin Tokumov,": the name before the closing comma
            end = end.doc[end.i - 1]
        last = self.mentions.at(end)
        if (last is None or last.start <= token.i) and token.i + 1 < len(token.doc) and \
                token.doc[token.i + 1].lower_ in ("for", "of", "to"):
            # "Special Envoy for the Horn of Africa Mike Hammer": the portfolio parsed apart from its holder
            end = next((t for t in token.doc[token.i + 1:token.i + 12] if t.ent_type_ == "PERSON" or not (
                t.is_title or t.lower_ in ("for", "of", "the", "and", "on", "to"))), token)
            last = self.mentions.at(end)
        if last is not None and last.start > token.i and (
                last.label_.lower() == "person" or (last.kb_id_.startswith("new:") and end.ent_type_ == "PERSON")):
            return ArgValue(self.mentions.actor(last), True, end)
        return None

    def _member_group(self, children: list[Token], exclude: frozenset[int]) -> bool:
        """A modifier of the noun names an armed group ("a Syrian ISIS commander", "a Tunisian al-Qaeda financier"):
        the person is its member, whatever nationality another modifier gives."""
        for child in children:
            if child.dep_ == "compound" and child.i not in exclude and (span := self.mentions.at(child)) is not None \
                    and self.mentions.kind(span) in _MEMBER_KINDS:
                return True
        return False

    def inner_actor(self, token: Token, exclude: frozenset[int] = frozenset(), depth: int = 0,
                    role: str = "actor") -> ArgValue | None:
        """A mention inside the noun phrase of ``token``: apposition, modifiers, participle objects, of/from."""
        children = list(token.children)
        if token.lemma_.lower() in _TITLES and (held := self._holder(token)) is not None:
            return held
        for child in children:
            if child.dep_ == "appos":
                if any(c.dep_ == "conj" and token.i < c.i < child.i for c in children):
                    continue  # "X and his counterpart, Y": the name after the last conjunct is that conjunct's
                if short_form(child) and agent_code(token) is not None:
                    continue  # "a Special Police Officer (SPO)": the officer's short form, no other party
                if _speaker_apposition(child):
                    continue  # "killed five terrorists, Inter-Services Public Relations said": the speaker
                span = self.mentions.at(child)
                if span is not None:
                    return ArgValue(self.mentions.actor(span), True, child)
        relational = is_relational(token)
        if relational and (named := name_after_comma(token)) is not None and (span := self.mentions.at(named)):
            return ArgValue(self.mentions.actor(span), True, named)  # "his Chinese counterpart, Wang Yi, on Monday"
        words = _argument_words()
        associate = token.lemma_.lower() in words["associate_nouns"]  # "supporters of X" are not X
        tied = () if token.lemma_.lower() in words["membership_associates"] else ("poss", "compound")
        if associate and token.dep_ == "conj" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children):
            text = np_text(token)  # "Britain and its allies": the allies, others than the party they are joined to
            return ArgValue(EventActor(actor_id=None, name=text, text=text), False, token)
        grouped = self._member_group(children, exclude)
        for child in children:
            if child.dep_ in _MODS and child.i not in exclude:
                if associate and child.dep_ in tied:
                    continue  # "Trump supporters", "his political rivals": the other side; the camp is the party
                if grouped and child.dep_ in ("amod", "poss") and (nat := self.mentions.at(child)) is not None and \
                        self.mentions.kind(nat) == "country":
                    continue  # "an Iraqi ISIS fighter", "Yemen's Houthi forces": the group's, not the country's
                if child.dep_ == "amod" and is_place_head(token) and describes_place_noun(token.doc, child.i, child.i + 1):
                    continue  # "the Kurdish town of Qamishli": the people describe the place, not a party in it
                if relational and child.dep_ == "poss":
                    continue  # "his Chinese counterpart": the possessor is the other side, the modifier names it
                if nonstate_demonym(token, child) is not None and (hit := self.mentions.at(child)) is not None and \
                        hit.label_ == "country":
                    continue  # "Syrian moderate rebels": the rebels (agents.nonstate_demonym), not Syria
                if self._creed_group(token, child):  # "the Sunni alliance", "Kurdish and Arab militias": the group
                    text = np_text(token)
                    return ArgValue(EventActor(actor_id=None, name=text, text=text), True, token)
                for sub in child.subtree:
                    span = self.mentions.at(sub)
                    if span is not None and sub.i not in exclude and not other_side(sub, child) and \
                            not manner_modifier(sub) and \
                            not sponsor_modifier(sub, span.end, self.mentions.kind(span) == "country"):
                        # "the Spanish-style resort": no party; "US-led coalition troops": the troops act
                        return ArgValue(self.mentions.actor(span), True, sub)
                if child.dep_ == "poss" and child.lower_ == "whose" and (clause := _relative_clause(token)) is not None:
                    owner = self.resolve(clause.head, exclude=exclude, depth=depth + 1)
                    if isinstance(owner, ArgValue):  # "Eritrea, whose troops fought ...": Eritrea's troops
                        return owner
                if child.dep_ == "poss" and child.pos_ == "PRON" and child.lower_ in _SUBJ_PRON:
                    said = speaking_agent(child, self.subject_heads) if not in_quote(child) else None
                    owner = self.resolve(said, exclude=exclude, depth=depth + 1) if said is not None else None
                    if isinstance(owner, ArgValue):  # "the army said its soldiers killed X": the army's
                        return owner
                    hit = self.pronoun(child, exclude)
                    if hit is not None:
                        return ArgValue(self.mentions.actor(hit), True, child)
        listed = role == "listed" and token.lemma_.lower() in words["listed_nouns"]
        for child in children:
            # "militants linked to ISKP"; not "forces fighting ISKP", nor the clause of "accusations that the
            # bombing had been planned on Afghan soil"; as the party a measure lists (role "listed"), "six
            # individuals linked to X" are the individuals (``listed_nouns``)
            if child.dep_ == "acl" and child.tag_ == "VBN" and not listed and not any(
                    g.dep_ in ("nsubj", "nsubjpass", "mark") for g in child.children):
                for grand in child.children:
                    target = grand
                    if grand.dep_ == "prep" and (grand.lower_ in SETTING_PREPS | SIDE_PREPS or
                                                 circumstance_phrase(child, token, grand)):
                        continue  # "equipment captured near X", "militants based in X": where, not whose;
                        # "sanctions imposed against X": the other side of that act
                    if grand.dep_ == "agent" and done_to_people(child, token):
                        continue  # "travellers kidnapped by bandits": the bandits' victims, not their party
                    if grand.dep_ in ("prep", "agent"):
                        target = next((g for g in grand.children if g.dep_ == "pobj"), None)  # type: ignore[assignment]
                        pcomp = next((g for g in grand.children if g.dep_ == "pcomp"), None)
                        if target is None and pcomp is not None:  # "men accused of financing ISKP"
                            target = next((g for g in pcomp.children if g.dep_ in _OBJ), None)
                    elif grand.dep_ not in _OBJ:
                        continue
                    if target is not None:
                        hit = self.resolve(target, exclude=exclude, allow_unknown=False, depth=depth + 1)  # type: ignore[assignment]
                        if isinstance(hit, ArgValue):
                            return hit
        for child in children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "by") and not associate:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        hit = self.resolve(pobj, exclude=exclude, allow_unknown=False, depth=depth + 1)  # type: ignore[assignment]
                        if isinstance(hit, ArgValue):
                            return hit
        return None

    def _creed_group(self, token: Token, child: Token) -> bool:
        """``child`` is an adjective of a faith, people or creed that no dictionary knows as a party ("Sunni",
        "Islamist", "Arab"), alone or joined with others, on ``token``, a noun of a group of people ("alliance",
        "militias", "bloc"): the adjective only says which group, the group is the party."""
        if child.dep_ not in ("amod", "compound") or child.ent_type_ != "NORP" or not (
                token.lemma_.lower() in PARTY_NOUNS or agent_code(token) is not None):
            return False
        spans = [self.mentions.at(c) for c in (child, *child.conjuncts)]
        return any(spans) and all(sp is None or sp.kb_id_.startswith("new:") for sp in spans)

    def _organisation_name(self, token: Token) -> bool:
        """``token`` ends the name of an organisation with a place word in it ("Islamic State Pakistan Province"):
        a capitalised proper noun whose name holds a mention of a group, not a country or a place."""
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return False
        for child in token.lefts:
            span = self.mentions.at(child) if child.dep_ == "compound" else None
            if span is not None and span.label_.lower() not in ("country", "region", "gpe", "loc", "city", "unknown"):
                return True
        return False

    def owner(self, span: Span) -> Span | None:
        """The known actor an organisation the dictionary does not know belongs to: "the Taliban's Ministry of Water
        and Energy" -> the Taliban (its possessor); None for people, known actors, unowned organisations and a person's
        organisation ("President X and his party": the party is a party of its own)."""
        if not span.kb_id_.startswith("new:") or span.root.ent_type_ == "PERSON" or span.label_.lower() == "person":
            return None
        for child in span.root.children:
            if child.dep_ == "poss" and not (span.start <= child.i < span.end):
                owner = self.mentions.at(child)
                if owner is not None and owner.kb_id_ and not owner.kb_id_.startswith("new:") and \
                        self.mentions.kind(owner) != "person":
                    return owner  # not a person's: "the president and his party" are two parties
        return None

    def signers(self) -> list[Span]:
        """The authors a joint statement names for its "we" (``agents.signatories``), found once per doc."""
        if self._signers is None:
            self._signers = signatories(self.doc, self.mentions.spans)
        return self._signers

    def group(self, token: Token, exclude: frozenset[int] = frozenset()) -> list[ArgValue]:
        """What a plural pronoun ("them", "they") refers to when its referent is a coordination ("met Gondor and
        Rohan ... attacked them"): every coordinated mention; [] otherwise."""
        if token.lower_ not in _PLURAL_PRON or token.pos_ != "PRON":
            return []
        hit = self.pronoun(token, exclude)
        if hit is None:
            return []
        root = hit.root
        while root.dep_ == "conj" and root.head != root:
            root = root.head
        spans = []
        for member in expand(root):
            span = self.mentions.at(member)
            if span is not None and span not in spans and not any(i in exclude for i in range(span.start, span.end)):
                spans.append(span)
        if len(spans) < 2 or hit not in spans:
            return []
        return [ArgValue(self.mentions.actor(s), True, token) for s in spans]

    # ------------------------------------------------------------------------------------- recipients

    def recipient_heads(self, verb: Token, *, passive: bool, extra: Iterable[Token] = ()) -> list[Token]:
        """Candidate recipient heads in preference order: actor-naming object, prepositional objects, object; an
        object that names people ("the visiting delegation", "the prime minister") before an "at" phrase, which
        tells where they were met."""
        if passive:
            return self.passive_patient(verb)
        # not a word after a full stop the sentence splitter left in ("... destroyed two ISIL weapons caches. Iraq
        # .": a heading of the next list, not a second object)
        objs = [c for c in verb.children if c.dep_ in _OBJ and not any(
            t.text in (".", "!", "?") for t in verb.doc[verb.i + 1:c.i])]
        out: list[Token] = []
        for obj in objs:
            if self.mentions.at(obj) is not None or obj.pos_ == "PROPN" or (obj.pos_ == "PRON" and obj.lower_ not in ("it", "this", "that")):
                out.append(obj)
            elif any(c.dep_ == "poss" for c in obj.children):
                out.append(obj)  # "welcomed X's liberation of Y": the author of the act, before its "of" phrase
            elif is_party_noun(obj) and any(c.dep_ == "prep" and c.lower_ in ("of", "from") and any(
                    g.dep_ == "pobj" and self.mentions.at(g) is not None for g in c.children) for c in obj.children):
                out.append(obj)  # "will host ministers of the Coalition ... for Y": the people named by their party
        # the prepositions of the verb, its objects and ``extra``, read once, then taken in the order of
        # RECIPIENT_PREPS (the holders' order within one preposition)
        preps = [(child.lower_, child) for holder in (verb, *objs, *extra) for child in holder.children
                 if child.dep_ in ("prep", "dative")]
        for prep_name in RECIPIENT_PREPS if preps else ():
            if prep_name == "at":  # "met the visiting delegation at the Kremlin": the people met, not the site
                out.extend(o for o in objs if o not in out and names_people(o))
            for word, child in preps:
                if word == prep_name:  # "a town on the Lebanese border": where it lies (BORDER_NOUNS), no party
                    out.extend(c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() not in BORDER_NOUNS
                               and not (word == "with" and c.lemma_.lower() in _reaction_nouns()))  # "killed 300
                    # civilians, with no response from X": a circumstance of the act, X no party of it
        for obj in objs:
            if obj not in out:
                out.append(obj)
        return out
