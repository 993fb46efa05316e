"""What an event's clause says besides who and what: counts (killed, injured, arrested), place and date.

Counts are read from the verbs of the trigger's clause ("..., killing 145 people and injuring 551"; "12 soldiers
were killed"; "left 3 dead"), in digits ("1,200") or words ("twenty-five", "three hundred", "dozens" is left out:
not a number). The place comes from ``places.place_for`` when the places component ran (else the place of the wire
dateline opening the paragraph, ``datelines.dateline_location``, else the place of the paragraph's story so far), else from a GPE/LOC/FAC entity in a locative phrase
of the trigger. The date comes from ``time.governing_time`` when the time component ran,
else from a DATE entity of the sentence that names a year; a predicted event with no date is given the forecast
horizon the time module uses (publication .. a year after), never a past publication date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ..models import Counts, EventDate, Location
from .datelines import dateline_location
from .eventargs import sentence_of
from .phrases import explains_a_result
from .phrases import doc_text
from .reports import late_place

__all__ = ["counts_for", "parse_number", "number_of", "location_for", "date_for"]

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout"})


def parse_number(text: str) -> int | None:
    """``"145"`` -> 145, ``"1,200"`` -> 1200, ``"twenty-five"`` -> 25, ``"three hundred"`` -> 300; else None."""
    t = text.strip().lower().replace(",", "")
    if re.fullmatch(r"\d+", t):
        return int(t)
    words = re.split(r"[\s\-]+", t)
    total, current, seen = 0, 0, False
    for w in words:
        if w in ("and", "a"):
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in _SCALES:
            current = max(current, 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total += current
                current = 0
        elif re.fullmatch(r"\d+", w):
            current += int(w)
        else:
            return None
        seen = True
    return total + current if seen else None


def number_of(noun: Token) -> int | None:
    if noun.pos_ == "NUM" or noun.tag_ == "CD":
        parts = [t for t in noun.subtree if t.tag_ == "CD" or t.pos_ == "NUM"]
        return parse_number(" ".join(t.text for t in parts) or noun.text)
    for child in noun.children:
        if child.dep_ == "nummod":
            parts = [t for t in child.subtree if t.tag_ == "CD" or t.pos_ == "NUM" or t.text == "-"]
            return parse_number(" ".join(t.text for t in parts if t.text != "-") or child.text)
    return None


def _clause_verbs(anchor: Token) -> list[Token]:
    out = [anchor]
    for child in anchor.children:
        if child.dep_ in ("advcl", "conj", "xcomp") and child.pos_ == "VERB":
            out.append(child)
            out.extend(c for c in child.children if c.dep_ == "conj" and c.pos_ == "VERB")
    if anchor.dep_ == "conj" and anchor.head.pos_ == "VERB":
        out.append(anchor.head)
    if anchor.head.pos_ == "VERB" and explains_a_result(anchor):
        # "three were killed and two injured when gunmen attacked": the toll the attack's clause explains
        head = anchor.head
        while head.dep_ == "conj" and head.head.pos_ == "VERB":
            head = head.head
        out.append(head)
        out.extend(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB")
    return out


def counts_for(anchor: Token, count_verbs: dict[str, frozenset[str]]) -> Counts:
    """Counts stated in the clause of ``anchor`` (the trigger or its light verb)."""
    found: dict[str, int] = {}
    for verb in _clause_verbs(anchor):
        lemma = verb.lemma_.lower()
        for field, lemmas in count_verbs.items():
            if lemma not in lemmas or field in found:
                continue
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
            # "three were killed and two others injured": the second participle shares the first one's passive
            elided = not passive and verb.tag_ == "VBN" and verb.dep_ == "conj" and \
                any(c.dep_ == "auxpass" for c in verb.head.children)
            deps = ("nsubjpass",) if passive else ("nsubj", "nsubjpass") if elided else ("dobj",)
            nouns = [c for c in verb.children if c.dep_ in deps]
            for noun in nouns:
                n = number_of(noun)
                if n is not None:
                    found[field] = n
                    break
    return Counts(killed=found.get("killed"), injured=found.get("injured"), arrested=found.get("arrested"))


def location_for(doc: Doc, token: Token, exclude: set[int], narrative: bool = False) -> Location | None:
    """The event's place: ``places.place_for`` when available, else a locative GPE/LOC/FAC phrase of the trigger.
    With ``narrative`` (a physical act), a sentence naming no place takes the place of the story so far."""
    from .places import place_for

    if "places" in doc.spans:
        loc = place_for(doc, token)
        if loc is not None and not _in_a_name(doc, token, loc):
            return loc
        late = [p for p in late_place(doc, token) if not exclude.intersection(range(p.start, p.end))] \
            if narrative else []
        if late:  # "surrendered before the Superintendent of Police in X District": the item's place, told last
            from .places import most_precise

            return most_precise(late)
        return dateline_location(doc, token) or (_narrative_place(doc, token) if narrative else None)
    for tok in token.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE and tok.ent_type_ in ("GPE", "LOC", "FAC"):
            if tok.i in exclude:
                continue
            ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            if ent is not None:
                return Location(name=ent.text)
    return None


def _narrative_place(doc: Doc, token: Token) -> Location | None:
    """The place of the story so far when the trigger's sentence names none ("Two soldiers were martyred as
    terrorists attacked a convoy in the Tirah valley. Security forces responded and killed two terrorists."): the
    most precise place of the nearest earlier sentence of the paragraph that names one."""
    from .places import most_precise
    from .time import paragraph_start

    sent = sentence_of(token)
    places = list(doc.spans.get("places", []))
    if any(sent.start <= p.start < sent.end for p in places):
        return None
    para = paragraph_start(doc_text(doc), sent.start_char)
    earlier = [p for p in places if p.end <= sent.start and p.start_char >= para and p._.location is not None]
    if not earlier:
        return None
    last = sentence_of(doc[earlier[-1].start])
    return most_precise([p for p in earlier if last.start <= p.start < last.end])


def _in_a_name(doc: Doc, token: Token, loc: Location) -> bool:
    """The place was read off a word of a person's name in the trigger's phrase ("talks with Amir Khan Muttaqi":
    "Khan" is no town)."""
    from .places import gazetteer, place_locations

    if loc in place_locations(doc):
        return False

    gaz = gazetteer()
    lo, hi = token.left_edge.i, token.right_edge.i
    names = [s for s in doc.spans.get("mentions", []) if s.label_.lower() == "person"]
    names += [e for e in doc.ents if e.label_ == "PERSON"]
    for span in names:
        if span.end <= lo or span.start > hi:
            continue
        if any(t.text in gaz and gaz.lookup(t.text) == loc for t in span):
            return True
    return False


def date_for(doc: Doc, token: Token, status: str) -> EventDate:
    """The event's date (see the module docstring)."""
    expr = None
    from .time import governing_time

    if "time" in doc.spans:
        expr = governing_time(doc, token)
        if expr is not None:
            return EventDate(start=expr.value_start, end=expr.value_end, granularity=expr.granularity,
                             text=expr.text, anchor=expr.anchor)
    else:
        for ent in sentence_of(token).ents:
            if ent.label_ == "DATE":
                m = re.search(r"\b(1[89]\d\d|20\d\d)\b", ent.text)
                if m:
                    return EventDate(start=f"{m.group(1)}-01-01", end=f"{m.group(1)}-12-31", granularity="year",
                                     text=ent.text, anchor=None)
    if status == "predicted" and doc._.published:
        try:
            pub = date.fromisoformat(str(doc._.published)[:10])
        except ValueError:
            return EventDate()
        return EventDate(start=pub.isoformat(), end=(pub + timedelta(days=365)).isoformat(), granularity="interval",
                         text=None, anchor="published")
    return EventDate()
