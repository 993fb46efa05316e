"""Cues that a name is a place or a news outlet, read from the words around it, for ``entities`` and ``places``.

Ten classes of evidence the other passes lack:

1. **a description in apposition**: a name followed by a comma and an indefinite description of a place ("Anefis, a
   village between Gao and Kidal", "Kapsabet, a market town in Nandi", "Hoshab, the main town of ...", "X, the
   capital of ...") is a place, as the subject of "is a village" is (``entities._is_said_to_be_place``). A few
   describing words may stand before the place noun ("a small border town", "a remote mountain village");
   the noun is one of ``lexicon.json``: place_nouns, admin_unit_nouns, place_kind_nouns or ``context.json``:
   of_nouns (not the nouns for people) and apposed_place_nouns ("a district headquarters", "a rebel stronghold").
2. **two ends of a route**: "between" reads as a relation of parties ("ties between Moscow and Kabul", so
   ``actors.is_agentive``), except after a noun of a route or a stretch of land ("the road between Maiduguri and
   Damboa", "a village between Gao and Kidal", "the border between ..."): its objects are places
   (``context.json: between_heads``).
3. **an outlet's name after its kind**: a capitalised name right after a lowercase noun of a newspaper, agency or
   broadcaster ("the daily Dawn", "the newspaper Tribune", "state television ORTM", "news agency Bakhtar": ``context.json:
   outlet_nouns``) is an organisation, however the model typed it (a town, a date, a person), unless it is a country.
   The name between "a" or "an" and a noun of an outlet's staff ("an Interfax correspondent", "a Dawn reporter":
   ``context.json: outlet_staff_nouns``) is the outlet too.
4. **linked place names**: a name joined by a linking particle ("Mazar-i-Sharif", "Bagh-e-Pul", "Kot-e-Sangi":
   ``lexicon.json: group_name_links``), which the model cuts into pieces or types as an organisation or a person, is
   one place when it stands where a place stands (``entities.place_context``: "in X", "the town of X", "X district")
   or after "and" or a comma with a place before it, and holds no word of a movement's name ("Jamaat-e-Islami" is left to ``nameforms``).
5. **headlines in Title Case**: in a first line written in Title Case ("Militants Attack Police Post In Lakki Marwat,
   Kill Two"), capitals say nothing, so the model's entities there are read against the article's body: an entity
   whose text the body names is typed as the body types it; one the actor dictionary or the gazetteer knows, or a
   place by its form ("Belgorod Region"), stays; any other is cut to the longest run of its words that the body names
   as an entity (or, for a place, that the gazetteer knows), or dropped ("Militants Attack
   Police Post"); an untagged run of words the body names as an entity is tagged so.
6. **acronyms are no persons**: a name the model typed PERSON written in capitals alone ("ZANU-PF", "KNU"), in a
   sentence not itself in capitals, is an organisation's acronym (not a speaker's name before a colon in a
   transcript, "KIRBY:", nor a word of a person's name the article writes otherwise); initials ("R.R. Swain") open a person's name.
7. **a name cut before its country**: an organisation the model ended on "of" ("The Ministry of Foreign Affairs of"),
   right before a country or place ("the Republic of Kazakhstan", "Ghana"), is one name with it, so that the actor
   linker reads an institution of that country (``nameforms.institution_of``).
8. **ground taken or struck**: a name right after a verb of taking, holding or striking ground, as its direct object
   with no article ("recaptured Maarat al-Numan", "shelled Kupiansk", "overran Boulkessi": ``context.json:
   ground_verbs``), stands where a place stands (``entities.place_context``); not after "captured", "seized",
   "raided", "stormed" or "evacuated", whose object is as often a person or a ship ("seized Ocean Star"), nor an
   object with an article.
9. **bases and sites**: a name ending in "Base" or "Airbase" ("Al Udeid Air Base"), "Airport", "Park", "Square",
   "Gate" or "Stadium" (``context.json: facility_heads``; "Uhuru Park" PERSON, "Kano Toll Gate" ORG), typed an
   organisation or a person, is a facility, a place where things happen.
10. **a name apposed to a place noun**: a name right after "the capital," or "the port city," ("west of the capital,
   Niamey", "in the port town, Kismayo, where ...") is the place the noun speaks of, however the model typed it,
   when the gazetteer knows it or the sentence goes on with "where", "which" or ends there (not "In the village,
   Ahmed said ...": a person named after a fronted place).
11. **a capital that opens a sentence before a force's noun**: a single word the model typed a person at the start
   of a sentence, right before the noun of a generic agent it modifies ("Riot police fired tear gas", "Traffic
   police stopped ...": ``resources/actors/agents.txt``), is the capital every sentence opens with, not a name: it
   is dropped, and the phrase is the generic agent's.
"""

from __future__ import annotations

import calendar
from functools import lru_cache

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..actors.names import lexicon
from ..resources import load_json
from .personnames import capitalised

if TYPE_CHECKING:  # pragma: no cover
    from ..actors.dictionary import ActorDictionary
    from .entityset import EntitySet

__all__ = ["CALENDAR_WORDS", "acronym_persons", "opening_modifiers", "after_outlet", "apposed_places", "base_names", "cut_of_names", "describes_place_noun", "described_as_place", "ground_object", "headline_names", "initials", "linked_places", "outlet_names",
           "route_ends"]

_ARTICLES = ("a", "an", "the")
#: month and weekday names (lower case): never a name after an outlet noun, nor a place
CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.month_name, *calendar.day_name) if w)
_PEOPLE = frozenset({"residents", "inhabitants", "villagers", "natives"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    lex = lexicon()
    ctx = load_json("places", "context.json")
    nouns = frozenset(lex["place_nouns"]) | frozenset(lex["admin_unit_nouns"]) | frozenset(lex["place_kind_nouns"]) \
        | (frozenset(ctx["of_nouns"]) - _PEOPLE)
    return {"nouns": (nouns - {"market", "bazaar", "camp", "border", "agency"}) | frozenset(ctx["apposed_place_nouns"]),
            "between": frozenset(ctx["between_heads"]), "outlets": frozenset(ctx["outlet_nouns"]),
            "links": frozenset(lex["group_name_links"]), "group": frozenset(lex["group_name_words"]),
            "ground": frozenset(ctx["ground_verbs"]), "peoples": frozenset(lex["group_adjectives"]),
            "facilities": frozenset(ctx["facility_heads"]), "staff": frozenset(ctx["outlet_staff_nouns"])}


def described_as_place(e: Span) -> bool:
    """The name ``e`` is followed by ", a/an/the [describing words] <place noun>" (cue 1 of the module docstring); the
    description ends there or goes on with a preposition or a comma ("a village near X", "a town, ...")."""
    doc = e.doc
    i = e.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in _ARTICLES:
        return False
    nouns = _words()["nouns"]
    k = i + 2
    while k < len(doc) and k - i <= 5:
        t = doc[k]
        if t.lower_ in nouns and t.is_lower and t.pos_ in ("NOUN", "PROPN"):
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in nouns and nxt.is_lower:
                k += 1
                continue  # "a district headquarters"
            if doc[i + 1].lower_ == "the" and (nxt is None or nxt.lower_ != "of"):
                return False  # "X, the district ..." without "of": not a description of X
            return nxt is None or nxt.is_punct or nxt.pos_ == "ADP" or nxt.lower_ in ("where", "that", "which", "with")
        if not (t.is_lower and t.is_alpha and t.pos_ in ("ADJ", "NOUN", "ADV", "VERB")) and t.text not in ("-",):
            return False
        k += 1
    return False


def ground_object(doc: Doc, start: int, end: int) -> bool:
    """The name at ``start:end`` is the bare direct object of a verb of taking or striking ground, right after it
    ("recaptured Maarat al-Numan", "shelled Kupiansk"; cue 8 of the module docstring)."""
    if start < 1 or doc[start - 1].pos_ != "VERB" or doc[start - 1].lemma_ not in _words()["ground"]:
        return False
    root = doc[start:end].root
    return root.dep_ == "dobj" and root.head.i == start - 1


def describes_place_noun(doc: Doc, start: int, end: int) -> bool:
    """The word at ``start:end`` is a people's or a faith's word (``lexicon.json: group_adjectives``) or typed NORP,
    before a place noun and "of": it describes the place, which is named after "of" ("the Kurdish town of Qamishli",
    "the Druze city of Sweida"); not "the Kurram district of ...", where the name before the noun is the place."""
    return end - start == 1 and end + 1 < len(doc) and doc[end + 1].lower_ == "of" and (
        doc[start].lower_ in _words()["peoples"] or doc[start].ent_type_ == "NORP")


def base_names(doc: Doc, ents: EntitySet) -> None:
    """A name ending in a capitalised word of a military base or a site ("Al Udeid Air Base", "Shindand Airbase",
    "Uhuru Park"; ``context.json: facility_heads``) that the model typed an organisation or a person is a facility, a place (cue 9
    of the module docstring)."""
    heads = _words()["facilities"]
    for e in list(ents.spans.values()):
        last = e[-1]
        if e.label_ in ("ORG", "PERSON", "GPE") and len(e) >= 2 and last.lower_ in heads and last.text.istitle():
            ents.put(e.start + (e[0].lower_ == "the"), e.end, "FAC")


def route_ends(span: Span | Token) -> bool:
    """``span`` is an object of "between" (or a conjunct of one) after a noun of a route or a stretch of land (cue 2
    of the module docstring)."""
    root = span.root if isinstance(span, Span) else span
    hops = 0
    while root.dep_ == "conj" and root.head is not root and hops < 4:
        root = root.head
        hops += 1
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "between" and prep.head.lemma_.lower() in _words()["between"]


def outlet_names(doc: Doc, ents: EntitySet, d: ActorDictionary | None) -> None:
    """Cue 3 of the module docstring: retype (or tag) the name after an outlet noun as an organisation."""
    outlets = _words()["outlets"]
    for i in ents.having(outlets):
        tok = doc[i]
        if not tok.is_lower or tok.i + 1 >= len(doc):
            continue
        start = tok.i + 1
        if doc[start].text in ('"', "“", "'", "‘"):
            continue  # a quoted title: left as the model read it
        end = start
        while end < len(doc) and end - start < 4 and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if end == start or doc[start].lower_ in CALENDAR_WORDS:
            continue  # "the weekly Friday prayers"
        held = [e for i in range(start, end) if (e := ents.at(i)) is not None]
        if any(e.start < start or e.end > end for e in held) or any(e.label_ == "ORG" for e in held):
            continue  # part of a longer name, or already an organisation
        if tok.dep_ in ("dobj", "obj", "dative") and doc[end - 1].dep_ in ("nsubj", "nsubjpass"):
            continue  # "told the paper Mwangi had resigned": the name opens the clause told, no outlet's name
        text = doc[start:end].text
        if d is not None and (d.country_code(text) or d.demonym(text) is not None or any(
                a.kind == "person" for a in d.lookup_exact(text))):
            continue  # "the daily of Pakistan"? "state television in Iran": a country, not the outlet
        ents.put(start, end, "ORG")


def staff_outlets(doc: Doc, ents: EntitySet, d: ActorDictionary | None) -> None:
    """Cue 3b of the module docstring: the name between "a"/"an" and a lowercase noun of an outlet's staff ("an
    Interfax correspondent", "a Dawn reporter": ``context.json: outlet_staff_nouns``) is the outlet, an organisation,
    however the model typed it (a town, a date, a people), unless it is a country or a people ("a Kenyan reporter")."""
    staff = _words()["staff"]
    for i in ents.having(staff):
        tok = doc[i]
        if not tok.is_lower:
            continue
        start = tok.i
        while start > 0 and tok.i - start < 3 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
            start -= 1
        if start == tok.i or start == 0 or doc[start - 1].lower_ not in ("a", "an"):
            continue
        held = [e for k in range(start, tok.i) if (e := ents.at(k)) is not None]
        if any(e.start < start or e.end > tok.i for e in held) or any(e.label_ == "ORG" for e in held):
            continue
        text = doc[start:tok.i].text
        if d is not None and (d.country_code(text) or d.demonym(text) is not None or any(
                a.kind in ("person", "country") for a in d.lookup_exact(text))):
            continue
        ents.put(start, tok.i, "ORG")


def after_outlet(doc: Doc, start: int) -> bool:
    """Token ``start`` opens a name right after an outlet noun ("the daily Dawn"): the actor linker then takes a
    name that is also a common word or a town's for the outlet the dictionary knows by it."""
    return start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in _words()["outlets"]


def _glued(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and not doc[i].whitespace_


def linked_places(doc: Doc, ents: EntitySet) -> None:
    """Cue 4 of the module docstring."""
    from .entities import place_context

    w = _words()
    after = 0  # the first token after the last name read
    for i in ents.capitals():
        if i + 4 >= len(doc):
            break
        tok = doc[i]
        if i < after or not (capitalised(tok) and _glued(doc, i) and doc[i + 1].text in ("-", "–") and _glued(doc, i + 1)
                and doc[i + 2].lower_ in w["links"] and _glued(doc, i + 2) and doc[i + 3].text in ("-", "–")
                and _glued(doc, i + 3) and capitalised(doc[i + 4])) or (i > 0 and doc[i - 1].text in ("-", "–")):
            continue
        start, end = i, i + 5
        after = end
        if any(t.lower_ in w["group"] for t in doc[start:end]):
            continue
        held = [e for k in range(start, end) if (e := ents.at(k)) is not None]
        if any(e.start < start or e.end > end for e in held) or any(e.label_ in ("GPE", "LOC") and e.start == start
                                                                   and e.end == end for e in held):
            continue
        listed = start > 1 and doc[start - 1].lower_ in ("and", ",") and (
            (prev := ents.at(start - 2)) is not None and prev.label_ in ("GPE", "LOC"))  # "in Mazar-i-Sharif and X"
        if listed or place_context(doc, start, end):
            ents.put(start, end, "GPE")


_HEAD_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW")
_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "as", "from"})


def _headline_end(doc: Doc) -> int:
    """End of a first line written in Title Case (at least four words, most long words capitalised, no full stop at
    its end), 0 when the doc opens with none."""
    end = next((t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_), None)
    if end is None:
        return 0
    if "\n" not in doc[end].text:
        end += 1
    words = [t for t in doc[:end] if t.is_alpha]
    long = [t for t in words if len(t) >= 4 or t.lower_ in _SMALL]
    if len(words) < 4 or doc[end - 1].text in (".", "!", "?") or end >= len(doc):
        return 0
    caps = sum(t.text[:1].isupper() for t in long)
    return end if caps >= 0.8 * len(long) and any(t.lower_ in _SMALL and t.text[:1].isupper() for t in words[1:]) \
        or caps == len(long) and len(long) >= 5 else 0


def headline_names(doc: Doc, ents: EntitySet, d: ActorDictionary | None) -> None:
    """Cue 5 of the module docstring."""
    from .entities import named_place
    from .places import gazetteer

    end = _headline_end(doc)
    if not end:
        return
    body: dict[str, str] = {}
    for e in ents.ordered():
        if e.start >= end and e.label_ in _HEAD_LABELS:
            text = e.text[4:] if e[0].lower_ == "the" and len(e) > 1 else e.text
            body.setdefault(text, e.label_)
    for e in ents.ordered():  # "Wanjiku" in the headline after "Grace Wanjiku" in the body
        if e.start >= end and e.label_ == "PERSON" and len(e) >= 2 and e[-1].is_alpha:
            body.setdefault(e[-1].text, "PERSON")

    def known(text: str) -> bool:
        return text in body or d is not None and bool(d.lookup_exact(text)) or text in gazetteer()

    def cut(lo: int, hi: int, label: str) -> None:
        """Tag the longest run of ``lo:hi`` the body names (or, in a place, the gazetteer knows), then the rest."""
        for width in range(hi - lo, 0, -1):
            for k in range(lo, hi - width + 1):
                part = doc[k:k + width].text
                if part in body or label in ("GPE", "LOC") and part in gazetteer():
                    ents.put(k, k + width, body.get(part, label))
                    cut(lo, k, label)
                    cut(k + width, hi, label)
                    return

    for e in [e for e in ents.ordered() if e.start < end and e.label_ in _HEAD_LABELS]:
        stop = e.end
        while stop > e.start and doc[stop - 1].is_space:
            stop -= 1
        start = e.start + 1 if e[0].lower_ == "the" and len(e) > 1 else e.start
        if stop <= start or stop > end:
            continue
        text = doc[start:stop].text
        if text in body:
            ents.put(start, stop, body[text])
            continue
        if known(text) or e.label_ in ("GPE", "LOC") and named_place(doc, start, stop):
            if stop < e.end:
                ents.put(e.start, stop, e.label_)
            continue  # "Belgorod Region": a name of a place by its form
        ents.drop(e.start)
        cut(start, stop, e.label_)
    i = 0
    while i < end:
        if ents.at(i) is not None or not doc[i].text[:1].isupper():
            i += 1
            continue
        for width in (4, 3, 2, 1):
            k = i + width
            if k <= end and all(ents.at(j) is None for j in range(i, k)) and doc[i:k].text in body:
                ents.put(i, k, body[doc[i:k].text])
                i = k - 1
                break
        i += 1


def initials(tok: Token) -> bool:
    """``tok`` is a person's initials ("R.R.", "K.P.", "S.")."""
    text = tok.text
    return 2 <= len(text) <= 6 and text.endswith(".") and all(
        c.isupper() if k % 2 == 0 else c == "." for k, c in enumerate(text))


def acronym_persons(doc: Doc, ents: EntitySet) -> None:
    """Cue 6 of the module docstring: PERSON entities in capitals alone become organisations."""
    named = {t.lower_ for e in ents.spans.values() if e.label_ == "PERSON" and not e.text.isupper() for t in e}
    for e in list(ents.spans.values()):
        if e.label_ != "PERSON" or len(e) > 3 or e.end < len(doc) and doc[e.end].text == ":":
            continue  # "KIRBY:" a speaker in a transcript
        words = [t for t in e if t.text not in ("-", "–")]
        if any(t.lower_ in named for t in words):
            continue  # "KIRBY" after "John Kirby"
        if not words or not all(t.text.replace("-", "").isalpha() and t.text.isupper() and len(t.text) >= 2
                                for t in words):
            continue
        sent = e.sent if doc.has_annotation("SENT_START") else doc[:]
        if any(t.is_lower and t.is_alpha for t in sent):
            ents.put(e.start, e.end, "ORG")


def opening_modifiers(doc: Doc, ents: EntitySet) -> None:
    """Cue 11 of the module docstring: "Riot" of "Riot police ..." at a sentence's start is no person."""
    from .agents import agent_table

    for e in list(ents.spans.values()):
        if e.label_ != "PERSON" or len(e) != 1 or e.end >= len(doc) or not (e.start == 0 or doc[e.start].is_sent_start):
            continue
        tok, head = e[0], doc[e.end]
        if tok.dep_ in ("compound", "amod") and tok.head.i == head.i and head.lower_ in agent_table() and \
                tok.lower_ not in agent_table():
            ents.drop(e.start)


def cut_of_names(doc: Doc, ents: EntitySet) -> None:
    """Cue 7 of the module docstring."""
    for e in list(ents.spans.values()):
        if e.label_ != "ORG" or len(e) < 3 or e[-1].lower_ != "of" or e.end >= len(doc):
            continue
        nxt = ents.at(e.end)
        if nxt is not None and nxt.start == e.end and nxt.label_ == "GPE" and len(nxt) <= 5 and (
                nxt.end >= len(doc) or not doc[nxt.end].text[:1].isupper()):
            ents.put(e.start, nxt.end, "ORG")


def apposed_places(doc: Doc, ents: EntitySet) -> None:
    """Cue 10 of the module docstring."""
    from .places import gazetteer

    nouns = _words()["nouns"]
    for i in ents.having(nouns):
        t = doc[i]
        if not t.is_lower or t.pos_ not in ("NOUN", "PROPN") or i + 2 >= len(doc) or doc[i + 1].text != ",":
            continue
        k = i - 1
        while k >= 0 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN") and i - k <= 3:
            k -= 1
        if k < 0 or doc[k].lower_ != "the":
            continue
        e = ents.at(i + 2)
        if e is None or e.start != i + 2 or e.label_ not in ("PERSON", "ORG", "NORP") or len(e) > 3 \
                or not all(capitalised(w) for w in e):
            continue
        after = doc[e.end].lower_ if e.end < len(doc) else "."
        if e.text in gazetteer() or after in (".", "where", "which", ";"):
            ents.put(e.start, e.end, "GPE")
