"""The mentions of a doc indexed by token, as argument extraction (``eventargs``) reads them: the spans an actor
component put in ``doc.spans["mentions"]``, else the NER entities of a party's label; a date, a weapon named by its
acronym, the side a group opposes ("an anti-Taliban militia") and an exercise's proper name are left out."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from ..models import EventActor
from ..resources import load_word_lists
from .argwords import TIME_WORDS as _TIME_WORDS
from .argwords import is_equipment
from .mentionforms import opposed_name
from .phrases import strip_det

__all__ = ["Mentions"]

_ACTOR_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def _exercise_name(span: Span) -> bool:
    """A mention that is an exercise's proper name ("Exercise Shaheen Union", ``nonevents.json`` exercise_nouns
    first and capitalised): the exercise, no party."""
    words = [t for t in span if t.lower_ != "the"]
    return len(words) > 1 and words[0].text[:1].isupper() and words[0].lower_ in _exercise_nouns()


@lru_cache(maxsize=1)
def _exercise_nouns() -> frozenset[str]:
    return load_word_lists("events", "nonevents.json")["exercise_nouns"]


class Mentions:
    """Mentions of a doc indexed by token: ``doc.spans["mentions"]`` if an actor component ran, else NER entities."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        if "mentions" in doc.spans:
            spans: Iterable[Span] = doc.spans["mentions"]
            self.from_ner = False
        else:
            spans = [e for e in doc.ents if e.label_ in _ACTOR_LABELS]
            self.from_ner = True
        # a date is never a party, whatever linked it ("Monday's attack", "on Friday"); nor a weapon or vehicle named
        # by its acronym ("a VBIED", "UAV facilities")
        spans = [s for s in spans if not all(t.lower_ in _TIME_WORDS or t.is_punct or t.ent_type_ in ("DATE", "TIME")
                                             for t in s) and not is_equipment(s.text)]
        # nor the side a group opposes ("an anti-Taliban militia": a militia, not the Taliban; ``mentionforms``), nor
        # an exercise named by its proper name ("began Exercise Pacific Partnership": the act, no party)
        spans = [s for s in spans if not opposed_name(s) and not _exercise_name(s)]
        self.spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
        self.by_token: dict[int, Span] = {}
        for span in self.spans:
            for i in range(span.start, span.end):
                self.by_token.setdefault(i, span)
        self.actors = getattr(doc._, "actors", None) or {}

    def at(self, token: Token) -> Span | None:
        return self.by_token.get(token.i)

    def kind(self, span: Span) -> str:
        label = span.label_.lower()
        return "person" if label in ("person",) else label

    def actor(self, span: Span) -> EventActor:
        actor_id = span.kb_id_ or None
        name = None
        if actor_id and actor_id in self.actors:
            name = getattr(self.actors[actor_id], "name", None)
        text = span.text
        if actor_id and len(span) == 1 and span[0].pos_ == "PRON":
            # a pronoun linked to a name ("the prosecutor X ... targeted his convoy"): the name, not "his"
            named = next((s for s in self.spans if s.kb_id_ == actor_id and not (len(s) == 1 and s[0].pos_ == "PRON")
                          and abs(s.start - span.start) < 80), None)
            if named is not None:
                text = named.text
                name = name or strip_det(named)
        if not name:
            name = strip_det(span)
        return EventActor(actor_id=actor_id, name=name, text=text)

    def in_sentence(self, sent: Span) -> list[Span]:
        return [s for s in self.spans if s.start >= sent.start and s.end <= sent.end]
