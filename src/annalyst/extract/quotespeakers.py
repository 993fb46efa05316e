"""Who a pronoun in or beside a direct quotation stands for: the quote's speaker, the group a spokesperson speaks
for, and the party whose place phrase a pronoun's nearest mention is.

* ``quote_speaker``: the mention of the speaker of the quotation a token is in (``doc._.quotes``); ``in_quote``
  whether a token is in one at all ('"They attacked our posts," X said': "they" are others than X);
* ``speaker_group``: the group a speaker is the spokesperson of ('"We overran the post," said X, the Nasr Front's
  spokesman': "we" is the Nasr Front), whose first-person plural pronouns (``GROUP_FIRST_PERSON``) the speaker says;
  ``spokesperson_sector``: the force a spokesperson speaks for when it is named by what it is ("police spokesman
  X": the police), found from the subject of the verb of saying (``saying_subject``) when the speaker is no mention;
* ``located_party``: the party noun whose "in" phrase a pronoun's nearest mention is ("the largest student union in
  Kenya said it would march ...": "it" is the union, not the country it is in);
* ``cited_source``: the source a relayed statement is "citing" ("X will pay a heavy price, KCNA said, citing a
  spokesman"): the words are the source's, so a speech act the verb of saying tells is the source's act;
* ``told_outlet``: a mention that is only whom a statement is told to ("a spokesman told Reuters that its forces
  had ...", "said to AFP"): a news outlet so told is never what a pronoun of the statement stands for.

Used by ``eventargs.Args`` when it resolves pronouns and by ``events`` for the status of a spokesperson's claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .argwords import is_party_noun
from .eventlex import claim_cues

if TYPE_CHECKING:
    from .mentionindex import Mentions

__all__ = ["GROUP_FIRST_PERSON", "in_quote", "located_party", "quote_speaker", "saying_subject", "speaker_group",
           "sector_word", "spokesperson_group", "spokesperson_sector", "told_outlet", "cited_source"]

#: first-person pronouns of a group: a spokesperson's "we" is the group's
GROUP_FIRST_PERSON = frozenset({"we", "us", "our", "ours"})


def in_quote(token: Token) -> bool:
    """``token`` is inside a direct quotation (``doc._.quotes``)."""
    return any(q.start <= token.idx < q.end for q in getattr(token.doc._, "quotes", None) or [])


def quote_speaker(mentions: Mentions, token: Token) -> Span | None:
    """The speaker's mention of the quotation ``token`` is in (``doc._.quotes``): the mention with the speaker's
    id (or text) nearest before the quote, else nearest after it."""
    quotes = getattr(token.doc._, "quotes", None) or []
    quote = next((q for q in quotes if q.start <= token.idx < q.end), None)
    if quote is None:
        return None
    found = [s for s in mentions.spans if s.start_char < quote.start or s.start_char >= quote.end]
    found = [s for s in found if (s.kb_id_ and s.kb_id_ == quote.speaker) or s.text == quote.speaker_text]
    before = [s for s in found if s.end_char <= quote.start]
    if before:
        return max(before, key=lambda s: s.end_char)
    return min(found, key=lambda s: s.start_char) if found else None


def speaker_group(mentions: Mentions, speaker: Span) -> Span | None:
    """The group a speaker is the spokesperson of ("X, al-Shabaab's military spokesman", "X, a spokesman for
    JNIM", "X, the spokesman of the group"): the mention of that group, whose "we" the speaker says; None when
    the speaker is no spokesperson or the group is not named."""
    return spokesperson_group(mentions, speaker.root)


def spokesperson_group(mentions: Mentions, root: Token) -> Span | None:
    """The group the noun phrase headed by ``root`` is the spokesperson of ("a spokesman for the coalition", "the
    army's spokesman"), also when the speaker is no mention of its own; None otherwise (``speaker_group``)."""
    speakers = claim_cues()["speaker_nouns"]
    nouns = [root] if root.lower_ in speakers else []
    nouns += [c for c in root.children if c.dep_ == "appos" and c.lower_ in speakers]
    if root.dep_ == "appos" and root.head.lower_ in speakers:
        nouns.append(root.head)  # "a spokesman for X, Abu Y"
    for noun in nouns:
        owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and c.i < noun.i]
        owners += [g for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
                   for g in prep.children if g.dep_ == "pobj"]
        for owner in owners:
            span = mentions.at(owner)
            if span is not None and span.label_.lower() != "person" and span.root.ent_type_ != "PERSON":
                return span
    return None


def spokesperson_sector(root: Token) -> Token | None:
    """The word of the force a speaker is the spokesperson of when it is named by what it is, not by a name
    ('"We had to retreat," said police spokesman X', '"We retreated," the army spokesman said'): that word
    ("police", "army"), whose "we" the speaker says; None otherwise (the named group: ``spokesperson_group``)."""
    speakers = claim_cues()["speaker_nouns"]
    nouns = [root] if root.lower_ in speakers else []
    nouns += [c for c in root.children if c.dep_ in ("compound", "appos") and c.lower_ in speakers]
    for noun in nouns:
        for owner in (c for c in noun.children if c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i):
            if owner.text.islower() and sector_word(owner) is not None:  # not a name ("Pakistan Army")
                return owner
    return None


def sector_word(word: Token) -> str | None:
    """The sector code of a lower-case word of a force ("police" -> COP, "army" -> MIL), or None."""
    from .agents import agent_table  # agents imports this module's neighbours: read at call time
    return agent_table().get(word.lower_)


def saying_subject(token: Token) -> Token | None:
    """The subject of the verb of saying a quotation ``token`` is in hangs on ('"We retreated," the police
    spokesman said': "spokesman"), or None."""
    node = token
    while node.dep_ != "ccomp" and node.head != node:
        node = node.head
    say = node.head
    if node.dep_ != "ccomp" or say.lemma_.lower() not in claim_cues()["report_verbs"] or in_quote(say):
        return None
    return next((c for c in say.children if c.dep_ == "nsubj"), None)


def located_party(named: Token, pronoun: Token) -> Token | None:
    """The party noun whose "in" phrase ``named`` is, when that noun is the subject of the clause the pronoun's
    clause hangs from ("the largest student union in Kenya said it would march ...": "it" is the union, not the
    country it is in); None otherwise."""
    host = named.head.head if named.dep_ == "pobj" and named.head.lower_ == "in" else None
    if host is None or host.pos_ != "NOUN" or host.dep_ not in ("nsubj", "nsubjpass") or not is_party_noun(host):
        return None
    verb = host.head
    inside = pronoun.head
    while inside.head != inside and inside != verb:
        inside = inside.head
    return host if inside == verb and not (host.left_edge.i <= pronoun.i <= host.right_edge.i) else None


def told_outlet(root: Token) -> bool:
    """True when ``root`` heads the object of a verb of saying or the "to" phrase after one ("told Reuters that",
    "said to AFP"): whom the statement is told to. The caller checks that the mention is a news outlet."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "to":
        head = head.head
    elif root.dep_ not in ("dobj", "obj", "dative"):
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in claim_cues()["report_verbs"]


def cited_source(say: Token) -> list[Token]:
    """The objects of the "citing" participle of the verb of saying ``say`` ("..., state media said on Monday,
    citing Kim Yo Jong"; "KCNA reported, citing a spokesman for the ministry"), whose words the subject only relays;
    none for another verb or no such participle."""
    if say.lemma_.lower() not in claim_cues()["report_verbs"]:
        return []
    return [g for c in say.children if c.dep_ in ("advcl", "xcomp", "conj") and c.lower_ == "citing"
            for g in c.children if g.dep_ in ("dobj", "obj")]
