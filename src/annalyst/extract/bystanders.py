"""Phrases of an act that name no recipient: a companion, the meeting's own forum, a document.

* a party that went along with the actor: "jointly with X", "together with X", "his joint visit with X"
  (``joined_with``), for any act but working together or agreeing, whose "with" party is the partner worked or
  agreed with ("signed the accord together with Poland": with Poland);
* a companion: "we endorsed with the foreign ministers all efforts to ...", "imposed with the EU sanctions on X":
  for an endorsement or a sanction whose object follows its "with" phrase, the party of that phrase did the act
  alongside the actor (``companion_types``; a talk, an agreement, a loan or a complaint is directed at its "with"
  party);
* the meeting's forum: "we had a long Council meeting", "the ministers held an extraordinary Foreign Affairs Council
  meeting": a body named as a modifier of the meeting noun says which forum met, the one the actor sits in, not a
  party it met (``forum_heads``);
* the medium of a statement: "criticized the decision on Telegram", "accused him of lying on X": a social platform
  the words were posted on carries them; it is no party the criticism or appeal is directed at (``platform_names``);
* a document: "urged the early adoption of the Paris Agreement", "insisted that Resolution 2254 be implemented": a
  text is what an appeal or demand is about; the party asked to act is never a text (``document_heads``).

The word lists are ``resources/events/bystanders.json``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..resources import load_word_lists
from .argwords import argument_words
from .evaluation import own_feeling

_WORDS = load_word_lists("events", "bystanders.json")
_OBJ = ("dobj", "obj")


def _partner_of(head: Token, anchor: Token, event_type: str | None) -> bool:
    """``head``, in a "with" phrase of going along, is the other side of the act of ``anchor``: the partner of a
    co-operation, or of an agreement when the phrase is the agreeing verb's or its object's own ("signed the accord
    together with Poland", "agreed jointly with Azerbaijan to ..."; not the partner of an act agreed on: "agreed to
    work together with Turkey")."""
    if event_type == "COOPERATE":
        return True
    over = head.head.head
    return event_type == "AGREE" and (over == anchor or over.dep_ in _OBJ and over.head == anchor)


def joined_with(head: Token) -> bool:
    """``head`` is the object of a "with" phrase that says who went along with the actor: one marked by an adverb of
    togetherness ("raided the estate jointly with the task force", "agreed to act together with Japan", "along with
    X") or hung on a joint trip ("her joint trip with the head of the IMF"): a
    co-actor of any act, never its recipient (``companion_adverbs``, ``trip_nouns``)."""
    if head.dep_ != "pobj" or head.head.lower_ != "with":
        return False
    prep, adverbs = head.head, _WORDS["companion_adverbs"]
    if any(c.dep_ == "advmod" and c.lower_ in adverbs for c in prep.children) or \
            (prep.i > 0 and prep.doc[prep.i - 1].lower_ in adverbs and prep.doc[prep.i - 1].head in (prep, prep.head)):
        return True
    trip = prep.head
    return trip.lemma_.lower() in _WORDS["trip_nouns"] and any(
        c.dep_ == "amod" and c.lower_ in argument_words()["joint_words"] for c in trip.children)


def companion(head: Token, verb: Token, event_type: str | None) -> bool:
    """``head`` is the object of a "with" phrase of ``verb``, an act of a companion type (support, sanctions) with an
    object of its own other than ``head``: a co-actor, not the recipient."""
    if event_type not in _WORDS["companion_types"] or head.dep_ != "pobj" or head.head.lower_ != "with":
        return False
    prep = head.head
    if prep.head != verb:
        return False
    # the companion told between the verb and its object ("endorsed with X all efforts"); after the object the phrase
    # is the object's ("voiced solidarity with Jordan", "terminated the accord with France")
    return any(c.dep_ in _OBJ and c.i != head.i and c.i > prep.i for c in verb.children)


def _root(tok: Token) -> Token:
    """The last token of the compound name ``tok`` is in ("Foreign Affairs Council" -> "Council")."""
    node = tok
    while node.dep_ == "compound" and node.head.i > node.i and node.head.pos_ == "PROPN":
        node = node.head
    return node


def own_forum(tok: Token) -> bool:
    """``tok`` is in the name of a body ("Council", "Foreign Affairs Council", "Cabinet") that modifies a meeting
    noun ("a Council meeting"): the forum that met."""
    name = _root(tok)
    if name.dep_ not in ("compound", "nmod", "amod") or name.head.i <= name.i:
        return False
    meeting = name.head
    return (meeting.lemma_.lower() in argument_words()["meeting_nouns"] or meeting.lower_ in
            argument_words()["meeting_nouns"]) and name.lemma_.lower() in _WORDS["forum_heads"]


def document(tok: Token) -> bool:
    """``tok`` heads, or is in the name of, a document or agreed text ("the Paris Agreement", "Security Council
    Resolution 2254", "the Minsk agreements")."""
    words = _WORDS["document_heads"]
    node = tok
    for _ in range(4):
        if node.lemma_.lower() in words or node.lower_ in words:
            return True
        if node.dep_ in ("compound", "nummod", "appos") and node.head != node:
            node = node.head  # "Resolution 2254": the number hangs on the document's noun, or the noun on it
            continue
        break
    return any(c.dep_ == "compound" and (c.lemma_.lower() in words or c.lower_ in words) and c.i < tok.i
               for c in tok.children) and tok.like_num  # "Resolution 2254" parsed with the number as the head


def medium(head: Token, event_type: str | None) -> bool:
    """``head`` is a social platform ("on Twitter", "via Telegram") a verbal act was posted on: its medium."""
    return event_type in _WORDS["voiced_types"] and head.dep_ == "pobj" and head.head.lower_ in ("on", "via", "through") \
        and head.text in _WORDS["platform_names"]


def bystander(head: Token, anchor: Token, event_type: str | None, nominal: bool) -> bool:
    """``head`` names no recipient of the act of ``anchor``: a companion of the actor, the forum of a meeting, the
    platform a statement was posted on, a document an appeal is about, or whose feeling a statement voices."""
    return (not nominal and (companion(head, anchor, event_type) or own_feeling(head, anchor))) or (
        joined_with(head) and not _partner_of(head, anchor, event_type)) or (
        event_type == "CONSULT" and own_forum(head)) or (
        event_type == "REQUEST" and document(head)) or medium(head, event_type)
