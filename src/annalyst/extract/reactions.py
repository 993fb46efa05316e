"""Reactions a statement makes to what a party did, and whom they are aimed at (used by the trigger matcher).

* ``party_in_topic``: concern, dissatisfaction or alarm expressed is a disapproval (ACCUSE, disapprove) only when
  its topic names a party ("expressed concern over Israel's expansion of settlements", "voiced concern about China's
  military activities"); concern about a state of affairs with no party ("expressed concern about the humanitarian
  situation in Sudan", "about rising food prices across the region") is a feeling of the speaker, no event
  (docs/annotation.md: feelings of the speaker are no events), and a place that only says where the situation is
  ("in Sudan") is no party of it.
* ``judged_manner``: a gerund with no object after "by" on a verb of judging ("condemned the execution of a
  journalist by hanging", "denounced the killing of protesters by shooting") tells how the judged act was done, as
  the parser hangs it on the judging verb; it is no act of the one who judges (no ASSAULT by the condemner).
"""

from __future__ import annotations

from spacy.tokens import Token

from .evaluation import evaluation_verbs
from .eventargs import Args, is_party_noun
from .parties import in_setting

__all__ = ["judged_manner", "party_in_topic"]

#: prepositions that tell where a state of affairs is, not who made it
_WHERE = frozenset({"in", "across", "throughout", "inside", "near", "around", "along", "within", "at"})


#: prepositions of the verb that tell what the feeling is about
_TOPIC = frozenset({"about", "over", "at", "regarding", "concerning", "with", "on"})


def _in_place_phrase(tok: Token, top: Token) -> bool:
    """``tok`` hangs (through nouns) under a locative phrase of ``top``'s subtree ("the situation in Sudan")."""
    node = tok
    while node.i != top.i and node.head != node:
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in _WHERE and \
                node.head.head.i != top.i:
            return True
        node = node.head
    return in_setting(tok)


def _own(tok: Token) -> bool:
    """People of the speaker's own side ("the safety of its citizens", "our nationals"): no party aimed at."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


def party_in_topic(verb: Token, obj: Token | None, args: Args) -> bool:
    """The feeling ``obj`` ("concern") that ``verb`` expresses names a party in what it is about: a mention, a proper
    name or a party noun in its subtree or in a topic phrase of the verb ("expressed concern to X about Y's ..."),
    that is not only the place of a situation."""
    if obj is None:
        return False
    tops = [obj] + [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _TOPIC]
    for tok in (t for top in tops for t in top.subtree):
        if tok.i == obj.i or tok.dep_ == "prep":
            continue
        named = args.mentions.at(tok) is not None or tok.pos_ == "PROPN"
        if not named and not (tok.pos_ == "NOUN" and is_party_noun(tok)) or _own(tok):
            continue
        if not _in_place_phrase(tok, obj if obj.left_edge.i <= tok.i <= obj.right_edge.i else verb):
            return True
    return False


def judged_manner(verb: Token) -> bool:
    """``verb`` is a bare gerund of manner after "by" under a verb of judging or an act noun ("... the execution of a
    journalist by hanging"): no act of its own."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "by":
        return False
    if any(c.dep_ in ("dobj", "obj", "nsubj", "dative", "ccomp", "xcomp") for c in verb.children):
        return False  # "responded by striking X": the subject's own act
    judge = verb.head.head
    return judge.pos_ == "NOUN" or judge.lemma_.lower() in evaluation_verbs()
