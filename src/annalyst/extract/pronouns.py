"""Third-person pronouns as event arguments: the mention "he", "she", "they", "them", "it" most likely refers to.

``PronounResolver`` is the part of ``eventargs.Args`` that reads pronouns (``Args`` inherits it): the nearest earlier
mention of a compatible kind in the sentence, else the subject of the previous sentence; "them" the nearest earlier
plural or group mention; the speaker for a pronoun subject of what the speaker says ("X said it would retaliate");
the subject of the clause a trailing source reports ("Iran will ..., its foreign minister said"); a body whose
members or paper the previous sentence's subject names ("The members of the Council condemned X. They ...", "The
NATO statement criticised X. '...,' it said"). Who speaks a quotation is ``quotespeakers``'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..resources import load_word_lists
from .argwords import DOCUMENT_NOUNS, manner_modifier
from .eventlex import claim_cues
from .mentionforms import object_words
from .phrases import SETTING_PREPS, sentence_of
from .quotespeakers import in_quote, quote_speaker, spokesperson_group, told_outlet

if TYPE_CHECKING:  # pragma: no cover
    from .mentionindex import Mentions

__all__ = ["PronounResolver", "PERSON_PRON", "PLURAL_PRON", "SUBJ_PRON"]

PERSON_PRON = frozenset({"he", "she", "him", "his", "her", "hers"})
_GROUP_PRON = frozenset({"they", "them", "their", "it", "its"})
SUBJ_PRON = PERSON_PRON | frozenset({"they", "their", "it", "its"})
PLURAL_PRON = frozenset({"they", "them", "their", "theirs"})
#: head nouns of a subject that names a body through its members ("The members of the Security Council")
_MEMBER_HEADS = frozenset(load_word_lists("events", "argwords.json")["member_heads"])
#: mention kinds that name a group of people (referred to as "they"/"them")
_GROUP_KINDS = frozenset({"armed_group", "party", "military", "norp", "militia", "group", "ethnic_group"})


class PronounResolver:
    """The pronoun reading of ``eventargs.Args`` (which provides ``doc``, ``mentions`` and ``subject_heads``)."""

    doc: Doc
    mentions: Mentions

    if TYPE_CHECKING:  # pragma: no cover
        def subject_heads(self, verb: Token, depth: int = 0) -> list[Token]: ...

    def plural(self, span: Span) -> bool:
        """The mention names several people or parties: a plural noun, a coordination, the subject of a plural verb
        ("the Rohirrim are ..."), or a group kind (an armed group, a party)."""
        root = span.root
        while root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN") and root.head != root:
            root = root.head  # "the Rohan fighters": the phrase's head says the number
        if root.tag_ in ("NNS", "NNPS") or root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
            return True
        if root.dep_ in ("nsubj", "nsubjpass"):
            verb = root.head
            if any(t.tag_ == "VBP" or t.lower_ in ("were",) for t in [verb, *verb.children]
                   if t.i == verb.i or t.dep_ in ("aux", "auxpass")):
                return True
        return self.mentions.kind(span) in _GROUP_KINDS

    def pronoun(self, token: Token, exclude: frozenset[int] = frozenset(), depth: int = 0) -> Span | None:
        """The mention a third-person pronoun most likely refers to (nearest compatible earlier mention)."""
        low = token.lower_
        want_person = low in PERSON_PRON
        if not (want_person or low in _GROUP_PRON or low == "them"):
            return None
        sent = sentence_of(token)
        if low == "them":
            # the nearest earlier plural or group mention of the sentence, else of the previous sentence
            scopes = [sent] + ([sentence_of(self.doc[sent.start - 1])] if sent.start > 0 else [])
            for scope in scopes:
                for span in reversed(self.mentions.in_sentence(scope)):
                    if span.end <= token.i and self.mentions.kind(span) != "person" and self.plural(span) and \
                            not any(i in exclude for i in range(span.start, span.end)):
                        return span
            return None

        quoted = in_quote(token)
        speaking = quote_speaker(self.mentions, token) if quoted else None  # in a direct quote "they", "he" are not its speaker

        def fits(span: Span) -> bool:
            if any(i in exclude for i in range(span.start, span.end)):
                return False
            if speaking is not None and (span == speaking or span.kb_id_ and span.kb_id_ == speaking.kb_id_):
                return False
            is_person = span.label_.lower() == "person"
            if low in ("it", "its") and span.label_ == "NORP" or manner_modifier(self.doc[span.start]):
                return False  # "a Panama-flagged tanker it had seized": the flag names no one who acts
            if not quoted and token.dep_ in ("nsubj", "nsubjpass") and in_quote(span.root):
                return False  # '"We welcome the talks with X," they said': the speakers, never a party they name
            if told_outlet(span.root) and self.mentions.kind(span) == "media":
                return False  # "a spokesman told Reuters that its forces had ...": the outlet told is only told
            if not want_person and (token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "poss" and token.head.dep_ in (
                    "appos", "npadvmod"))) and span.root.dep_ == "pobj" and \
                    span.root.head.lower_ in SETTING_PREPS and span.root.ent_type_ in ("GPE", "LOC", "FAC"):
                return False  # "were in Lebanon, where they visited a school": where they were, not who they are;
                # "landed in Juba, its second trip this year": a phrase put beside the clause tells the
                # subject's act, not the place's
            return is_person == want_person

        speaker = self._speaker_subject(token) if not quoted else None  # '"They attacked our posts,"
        # X said': in a direct quote "they" are others than the speaker
        if speaker is not None and fits(speaker):
            return speaker
        reported = self._reported_subject(token)
        if reported is not None and fits(reported):
            return reported
        for span in reversed(self.mentions.in_sentence(sent)):
            if span.end <= token.i and fits(span):
                return span
        prev = self._previous_subject(sent, want_person, low in PLURAL_PRON)
        if prev is not None and prev.kb_id_ and any(
                m is not None and m.kb_id_ == prev.kb_id_ for m in map(self.mentions.at, (self.doc[i] for i in
                                                                                          object_words(token)))):
            prev = None  # "X confirmed that Iran complied. Hours later, it accused Iran of ...": not Iran
        if prev is None and low == "they" and token.dep_ == "nsubj" and sent.start > 0 and depth < 3:
            # "The members of X condemned Y. They called for Z. They called on W": the previous "they"'s body
            earlier = next((t for t in sentence_of(self.doc[sent.start - 1]) if t.lower_ == "they" and
                            t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
            if earlier is not None:
                prev = self.pronoun(earlier, exclude, depth + 1)
        return prev if prev is None or speaking is None or fits(prev) else None

    def _speaker_subject(self, token: Token) -> Span | None:
        """The speaker, for a pronoun subject of what the speaker says ("X claimed the attack, saying it had
        targeted Y", "X said it would retaliate": X, not the last name before the pronoun); for a possessive of that
        subject, the group a spokesperson speaks for ("a spokesman for X told Reuters that its forces had ...")."""
        clause = token.head
        owned = token.dep_ == "poss" and clause.dep_ in ("nsubj", "nsubjpass")  # "told X that its forces had ..."
        if owned:
            clause = clause.head
        elif token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if clause.dep_ != "ccomp":
            return None
        say = clause.head
        if say.lemma_.lower() not in claim_cues()["report_verbs"] | {"claim"}:
            return None
        for head in self.subject_heads(say):
            if owned:  # "a spokesman for X told Reuters that its forces had ...": X's forces
                return spokesperson_group(self.mentions, head)
            span = self.mentions.at(head)
            if span is not None:
                return span
        return None

    def _reported_subject(self, token: Token) -> Span | None:
        """The subject of the clause a trailing source reports, for a possessive in that source ("Iran will ...,
        its foreign minister said": Iran, not the last name before "its")."""
        source = token.head
        if token.dep_ != "poss" or source.dep_ != "nsubj":
            return None
        verb = source.head
        if verb.lemma_.lower() not in claim_cues()["report_verbs"]:
            return None
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < source.i]
        if verb.dep_ in ("parataxis", "conj") and verb.head.i < source.i:
            clauses.append(verb.head)  # the parser hangs the source on the clause
        for clause in clauses:
            for child in clause.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    span = self.mentions.at(child)
                    if span is not None:
                        return span
        return None

    def _previous_subject(self, sent: Span, want_person: bool, plural: bool = False) -> Span | None:
        if sent.start == 0:
            return None
        prev = sentence_of(self.doc[sent.start - 1])
        candidates = self.mentions.in_sentence(prev)
        for span in candidates:
            if (span.root.dep_ in ("nsubj", "nsubjpass") or plural and (
                    _members_of(span.root) or _named_members(span)) or not plural and _paper_of(span)) and \
                    (span.label_.lower() == "person") == want_person:
                return span  # "The members of the Council condemned X. They ...": the council ("it"
                # is no members')
        return None


def _paper_of(span: Span) -> bool:
    """``span`` names the body whose paper is the subject ("The NATO statement criticised X. '...,' it said"):
    "it" after it is the body, which speaks through the paper."""
    root, head = span.root, span.root.head
    return root.dep_ in ("compound", "nmod", "poss") and head.dep_ in ("nsubj", "nsubjpass") and \
        head.lemma_.lower() in DOCUMENT_NOUNS and span.label_.lower() != "person"


def _named_members(span: Span) -> bool:
    """``span`` names a body of states whose members a plural subject names by it ("The NATO foreign ministers",
    "EU leaders", "ASEAN ministers", "the leaders of the G7 countries"): "they" after it are the body."""
    root, head = span.root, span.root.head
    if span.label_.lower() not in ("igo", "unknown") or root.dep_ not in ("compound", "amod", "nmod") or \
            root.ent_type_ in ("PERSON", "NORP"):
        return False  # a body of states, or a name the dictionary lacks ("the Quad leaders"), not a person's
    return head.tag_ == "NNS" and head.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _MEMBER_HEADS or \
        _members_of(head)


def _members_of(root: Token) -> bool:
    """``root`` heads the body named by the "of" phrase of a subject that names its members ("The members of the
    Security Council", "representatives of the African Union"): that subject is the body's."""
    head = root.head
    return root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of" and \
        head.head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in _MEMBER_HEADS
