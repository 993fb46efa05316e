"""Entity corrections read from the form of a name, run by ``entities.correct_entities`` before its context passes.

The small English model reads long and foreign names piece by piece. These passes put the pieces together again,
each on evidence inside the name itself:

1. **linked group names**: Urdu, Persian and Arabic names of movements joined by a linking particle
   ("Jamaat-ul-Ahrar", "Hizb-ut-Tahrir", "Jamaat-e-Islami Bangladesh", "Tehreek-e-Taliban Pakistan"; a first word
   of ``lexicon.json: group_name_words``) are one organisation, a country or name word after them included: the
   model leaves them untagged or cuts them at the hyphens;
2. **organisation heads**: an untagged run of capitalised words whose head is a word only organisations' names
   have ("the Movement for the Salvation of Azawad", "the Imghad Tuareg Self-Defense Group and Allies", "the
   Revolutionary Armed Forces of Colombia" where the model tagged the country alone), and a nationality entity
   ending in such a word ("East African Community" NORP), are organisations; an organisation ending in "in" + a
   name after a country ("... Forces of Colombia in Guaviare") ends before "in";
3. **split names**: a personal name the model cut into two touching entities ("Mirza Fakhrul" ORG + "Islam
   Alamgir" PERSON) is one person;
4. **honorific openings**: a name the model typed as an organisation that opens with an honorific ("El Hadj Ag
   Gamou", "Alhaji Musa Bello") is the person after it; a person the model ran over a rank or honorific written
   without a full stop ("Gen Nathan Okello") is the name after it;
5. **towns the gazetteer knows**: two of them joined by "and" in one entity ("Mthatha and Gqeberha" ORG) are two
   places, and so are two joined by a hyphen ("the Abuja-Kaduna highway" ORG); an untagged one after a preposition
   of place or movement ("to La Paz") or joined by a hyphen to a place ("the Termez-Peshawar railway") is a place;
6. **ships** (``vessel_names``, run last by ``entities.correct_entities`` so that no context pass retypes them): a
   name opened by a ship's prefix (``lexicon.json: vessel_prefixes``: "USS", "HMS", "MV") is a vessel, PRODUCT,
   never a person or an organisation ("USS Halvard", "HMS Corrib"), and so is the same name later without its
   prefix ("Corrib will escort ..."); ``vessel_states`` gives the state a navy's prefix names;
7. **named exercises** (``named_drills``, run last too): "Exercise" (or "Drill", "Wargame", "Manoeuvre") in
   capitals and the capitalised words after it, with a number that ends the name ("Exercise Eager Falcon 21"), are
   one EVENT: its words name no place and no person ("Falcon" is no town). An operation's name is left as the model
   read it: forces are named after their operation ("troops of Operation Kessa Shield" act).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from spacy.tokens import Doc, Span, Token

from ..actors.names import lexicon
from ..resources import load_json

if TYPE_CHECKING:  # pragma: no cover
    from ..actors.dictionary import ActorDictionary
    from .entityset import EntitySet

__all__ = ["correct_name_forms", "institution_of", "is_vessel", "named_drills", "vessel_names", "vessel_states"]

_HYPHENS = ("-", "–")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """The word lists name forms are read with (``actors/lexicon.json``, ``places/context.json``)."""
    lex = lexicon()
    ctx = load_json("places", "context.json")
    return {
        "group": frozenset(lex["group_name_words"]),
        "links": frozenset(lex["group_name_links"]),
        "heads": frozenset(ctx["organisation_words"]) | frozenset(lex["own_name_words"])
        | frozenset(lex["organisation_heads"]),
        "gov": frozenset(lex["government_nouns"]) | {"ministry", "department", "office", "embassy", "state"},
        "honorifics": frozenset(lex["honorifics"]) - frozenset(lex["title_non_heads"]),
        "particles": frozenset(lex["particles"]),
        "patronymic": frozenset(lex["patronymic_links"]),
        "stop": frozenset(lex["name_stop_words"]),
        "institutions": frozenset(ctx["organisation_words"]) - frozenset(lex["government_nouns"])
        - {"taliban", "party", "movement", "front", "group", "network", "faction", "news", "times", "post", "press",
           "tv", "radio", "university", "college", "school", "bank", "foundation", "institute", "company",
           "corporation", "league", "union"},
    }


def _cap(tok: Token) -> bool:
    """A capitalised word of letters, hyphens allowed ("Kasa-Vubu")."""
    return tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text and tok.text.replace("-", "").isalpha())


def _glued(doc: Doc, i: int) -> bool:
    """No space between token ``i`` and the next."""
    return i + 1 < len(doc) and not doc[i].whitespace_


def _linked_groups(doc: Doc, ents: EntitySet, d: ActorDictionary | None) -> None:
    """Pass 1: "Jamaat-ul-Ahrar", "Jamaat-e-Islami Bangladesh", "Tehreek-e-Taliban Pakistan", "Jamiat Ulema-e-Islam",
    "Tanzeem Ahl-e-Sunnat", "Jamiat-e Islami" as one organisation: a name joined by a linking particle, with the
    capitalised words around it, holding a word of movements' names (a person's name joined so, "Fazl-ur-Rehman",
    holds none)."""
    w = _words()
    after = 0  # the first token after the last name read
    for i in ents.capitals():
        if i < after or not _cap(doc[i]) or not (_glued(doc, i) and doc[i + 1].text in _HYPHENS):
            continue
        end = i + 1
        linked = False
        while end + 1 < len(doc) and doc[end].text in _HYPHENS and _glued(doc, end - 1) and _glued(doc, end):
            nxt = doc[end + 1]
            if nxt.lower_ in w["links"] and end + 3 < len(doc) and doc[end + 2].text in _HYPHENS \
                    and _glued(doc, end + 1) and _glued(doc, end + 2) and _cap(doc[end + 3]):
                end += 4  # "-ul-Ahrar", "-e-Islami"
                linked = True
            elif nxt.lower_ in w["links"] and end + 2 < len(doc) and doc[end + 1].whitespace_ and _cap(doc[end + 2]):
                end += 3  # "Jamiat-e Islami"
                linked = True
            elif _cap(nxt):
                end += 2  # a plain hyphenated word ("Jaish-Mohammed")
            else:
                break
        if not linked:
            after = end
            continue
        start = i
        while start > 0 and i - start < 2 and _cap(doc[start - 1]) and doc[start - 1].lower_ not in w["stop"] \
                and not doc[start - 1].is_sent_start and doc[start - 1].whitespace_ or (
                start > 0 and doc[start - 1].lower_ in w["group"] and _cap(doc[start - 1]) and i - start < 2):
            start -= 1  # "Jamiat Ulema-e-Islam", "Tanzeem Ahl-e-Sunnat"
        # a country or name words written after the linked name ("... Pakistan", "... Wal Jamaat")
        while end < len(doc) and end - start < 10 and _cap(doc[end]) and doc[end].lower_ not in w["stop"] and (
                d is not None and d.country_code(doc[end].text) or (e := ents.at(end)) is None
                or e.label_ in ("ORG", "PERSON", "NORP") and e.start >= start and e.end <= end + 2 and len(e) <= 2):
            end += 1
        if any(t.lower_ in w["group"] for t in doc[start:end]) and all(
                e.start >= start and e.end <= end for k in range(start, end) if (e := ents.at(k)) is not None):
            ents.put(start, end, "ORG")
        after = end


def _run_end(doc: Doc, start: int) -> int:
    """End of the run of capitalised words (with "of", "for", "the" after them, and "and" before a capitalised
    last word) opening at ``start``."""
    end = start
    while end < len(doc):
        t = doc[end]
        if _cap(t) or t.text in _HYPHENS and end > start and _glued(doc, end - 1) and _glued(doc, end) \
                and end + 1 < len(doc) and _cap(doc[end + 1]):
            end += 1
        elif t.lower_ in ("of", "for", "and") and end > start and end + 1 < len(doc) and (
                _cap(doc[end + 1]) or doc[end + 1].lower_ == "the" and end + 2 < len(doc) and _cap(doc[end + 2])):
            end += 2 if _cap(doc[end + 1]) else 3
        else:
            break
    return end


def _head_of(doc: Doc, start: int, end: int) -> Token:
    """The head word of the name: the last capitalised word before its first "of", "for" or "and"."""
    for k in range(start, end):
        if doc[k].lower_ in ("of", "for", "and"):
            return doc[k - 1]
    return doc[end - 1]


def _organisation_heads(doc: Doc, ents: EntitySet, d: ActorDictionary | None) -> None:
    """Pass 2: untagged names headed by an organisation word; NORP entities ending in one; "... in <place>" cut."""
    w = _words()
    after = 0  # the first token after the last name read
    for i in ents.capitals():
        tok = doc[i]
        if i < after or not _cap(tok) or tok.lower_ in w["stop"] and tok.lower_ not in w["heads"] or (
                i > 0 and _cap(doc[i - 1]) and doc[i - 1].lower_ != "the" and ents.at(i - 1) is None):
            continue
        if tok.lower_ == "the":
            continue  # "The Movement for ...": the name starts after the article
        end = _run_end(doc, i)
        while end > i + 1 and doc[end - 1].lower_ in ("of", "for", "and", "the"):
            end -= 1
        head = _head_of(doc, i, end)
        after = max(end, i + 1)
        if not (end - i >= 2 and head.lower_ in w["heads"] and head.lower_ not in w["gov"] and (
                head.i > i or end > head.i + 1)):
            continue
        inside = [e for k in range(i, end) if (e := ents.at(k)) is not None]
        ok = all(e.start >= i and e.end <= end and e.label_ in ("GPE", "NORP", "LOC", "ORG", "PERSON")
                        for e in inside)
        ok = ok and not any(e.label_ == "ORG" and e.start == i and e.end == end for e in inside)
        ok = ok and not (d is not None and d.lookup_exact(doc[i:end].text))
        of_part = [k for k in range(i, end) if doc[k].lower_ == "of"]
        if ok and of_part and head.i - i < 2 and d is not None and any(d.country_code(e.text) for e in inside):
            ok = False  # "Armed Forces of Ukraine": whose forces, not a name of its own
        if ok and any(e.label_ == "PERSON" and len(e) >= 2 for e in inside):
            ok = False  # a person's name inside: "Sufi Muhammad Group"? leave it to the person passes
        if ok:
            ents.put(i, end, "ORG")
    for e in list(ents.spans.values()):
        if e.label_ == "NORP" and len(e) >= 2 and e[-1].text[:1].isupper() and e[-1].lower_ in w["heads"]:
            ents.put(e.start, e.end, "ORG")  # "East African Community" NORP
        elif e.label_ == "ORG" and len(e) >= 5 and d is not None:
            cut = next((t.i for t in e[2:-1] if t.lower_ == "in"), None)
            if cut is not None and doc[cut - 2].lower_ == "of" and d.country_code(doc[cut - 1].text) and \
                    doc[cut + 1].lower_ != "the" and all(_cap(t) for t in doc[cut + 1:e.end]):
                ents.put(e.start, cut, "ORG")  # "the Revolutionary Armed Forces of Colombia in Guaviare"
                ents.put(cut + 1, e.end, "GPE")


def _split_names(doc: Doc, ents: EntitySet, d: ActorDictionary | None) -> None:
    """Pass 3: "Mirza Fakhrul" ORG + "Islam Alamgir" PERSON, touching: one person of three to five words; "Haya"
    PERSON + "bint" + "Hussein" PERSON, a patronymic particle between them (``lexicon.json: patronymic_links``): one
    person."""
    w = _words()
    for e in sorted(ents.spans.values(), key=lambda s: s.start):
        if e.start not in ents.spans:
            continue
        nxt = ents.spans.get(e.end)
        gap = nxt is None and e.end + 1 < len(doc) and doc[e.end].lower_ in w["patronymic"]
        if gap:
            nxt = ents.spans.get(e.end + 1)
        if nxt is None or "PERSON" not in (e.label_, nxt.label_) or not doc[e.end - 1].whitespace_ or (
                e.start > 0 and doc[e.start - 1].lower_ in ("of", "for", "the")):
            continue  # "the Secretary of Homeland Security Kristi Noem": a portfolio, then the name
        if {e.label_, nxt.label_} - {"PERSON", "ORG", "NORP", "FAC", "GPE"} or gap and e.label_ != "PERSON":
            continue
        toks = [t for t in doc[e.start:nxt.end] if not (gap and t.i == e.end)]
        if not (2 if gap else 3) <= len(toks) <= 5 or not all(
                _cap(t) and t.lower_ not in w["stop"] and t.lower_ not in w["heads"] for t in toks):
            continue
        if d is not None and any(d.lookup_exact(s.text) and not any(a.kind == "person" for a in d.lookup_exact(s.text))
                                 or d.country_code(s.text) or d.demonym(s.text) for s in (e, nxt)):
            continue  # "Pakistan Imran Khan": a country and a person
        ents.put(e.start, nxt.end, "PERSON")


def _honorific_openings(doc: Doc, ents: EntitySet) -> None:
    """Pass 4: "El Hadj Ag Gamou" ORG: an organisation entity opening with an honorific (after "El"/"Al") and
    holding only name words is the person named after it; a person entity the model ran over a rank or honorific
    written without a full stop ("Gen Nathan Okello", "Sheikh Ali Mohamud Warsame") is the name after it, as a
    title written "Gen." or "President" is left out of the name (an honorific and one name word stay whole: it may
    be the name itself)."""
    w = _words()
    for e in list(ents.spans.values()):
        if e.label_ not in ("ORG", "FAC", "NORP", "PERSON") or len(e) < 3:
            continue
        k = e.start + 1 if e[0].lower_ in w["particles"] else e.start
        if k + 1 >= e.end or not (doc[k].text[:1].isupper() and doc[k].lower_.rstrip(".") in w["honorifics"]):
            continue
        rest = doc[k + 1:e.end]
        if e.label_ == "PERSON" and (k > e.start or len(rest) < 2):
            continue  # "Sheikh Hasina": the honorific and one name word may be the name itself
        if 1 <= len(rest) <= 4 and all(_cap(t) or t.lower_ in w["particles"] for t in rest) and \
                not any(t.lower_ in w["heads"] or t.lower_ in w["stop"] for t in rest):
            ents.put(k + 1, e.end, "PERSON")


def _known(text: str, given: frozenset[str]) -> bool:
    """A town or province the gazetteer knows, whose name opens with no common given name."""
    from .places import gazetteer

    loc = gazetteer().lookup(text)
    return loc is not None and loc.precision in ("city", "admin1") and text.split()[0].lower() not in given


def _gazetteer_places(doc: Doc, ents: EntitySet, d: ActorDictionary | None, given: frozenset[str]) -> None:
    """Pass 5: "Mthatha and Gqeberha" typed one organisation: two towns the gazetteer knows are two places; an
    untagged name the gazetteer knows as a town after a preposition of place or movement ("invited him to La Paz")
    or joined by a hyphen to a place ("the Termez-Peshawar railway") is a place."""
    w = _words()
    for e in list(ents.spans.values()):
        start = e.start + 1 if e[0].lower_ == "the" else e.start
        if e.label_ in ("ORG", "PERSON", "NORP", "FAC") and e.end - start == 3 and doc[start + 1].text in _HYPHENS \
                and _glued(doc, start) and _glued(doc, start + 1) and _known(doc[start].text, given) \
                and _known(doc[start + 2].text, given):
            ents.put(start, start + 1, "GPE")  # "the Abuja-Kaduna highway" typed one organisation: two towns
            ents.put(start + 2, start + 3, "GPE")
            continue
        if e.label_ not in ("ORG", "PERSON", "NORP", "FAC") or not 3 <= len(e) <= 5:
            continue
        cut = [t.i for t in e if t.lower_ == "and"]
        if len(cut) != 1 or cut[0] in (e.start, e.end - 1):
            continue
        left, right = doc[e.start:cut[0]], doc[cut[0] + 1:e.end]
        if all(_cap(t) for t in (*left, *right)) and len(left) <= 2 and len(right) <= 2 and \
                _known(left.text, given) and _known(right.text, given) and \
                not (d is not None and d.lookup_exact(e.text)):
            ents.put(left.start, left.end, "GPE")
            ents.put(right.start, right.end, "GPE")
    for i in ents.capitals():
        tok = doc[i]
        if ents.at(i) is not None or tok.pos_ != "PROPN" or not _cap(tok) or tok.is_sent_start or (
                tok.i > 0 and _cap(doc[tok.i - 1])):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i < 3 and doc[end].pos_ == "PROPN" and _cap(doc[end]) and ents.at(end) is None:
            end += 1
        if end < len(doc) and _cap(doc[end]) or any(t.lower_ in w["stop"] for t in doc[tok.i:end]):
            continue
        before = doc[tok.i - 1]
        nxt = ents.at(end + 1) if end + 1 < len(doc) else None
        hyphen = end + 1 < len(doc) and doc[end].text in _HYPHENS and _glued(doc, end - 1) and _glued(doc, end) and (
            nxt is not None and nxt.label_ in ("GPE", "LOC") or _known(doc[end + 1].text, given))
        if (before.lower_ in ("to", "from", "in", "near", "via", "towards") or hyphen) and \
                _known(doc[tok.i:end].text, given) and not (d is not None and d.lookup_exact(doc[tok.i:end].text)):
            ents.put(tok.i, end, "GPE")


def institution_of(ent: Span) -> bool:
    """"the Ministry of Foreign Affairs of Ukraine", "the Election Commission of Pakistan", "the Supreme Court of
    Ghana": an organisation entity naming an institution of what follows its last "of" (a capitalised organisation
    word of ``context.json``, not a government noun, before an "of"). The actor linker links it to that country, by
    the whole name (not by the country's word inside it alone)."""
    w = _words()
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 3:
        return False
    last_of = max((t.i for t in ent if t.lower_ == "of"), default=None)
    if last_of is None or last_of == ent.end - 1:
        return False
    return any(doc[k].text[:1].isupper() and doc[k].lower_ in w["institutions"] for k in range(ent.start, last_of))


def correct_name_forms(doc: Doc, ents: EntitySet, d: ActorDictionary | None, given: frozenset[str]) -> None:
    """Run the passes of the module docstring on ``ents`` (the entity list ``entities.correct_entities`` corrects;
    ``given``: the common given names of ``resources/actors/given_names.txt``)."""
    _linked_groups(doc, ents, d)
    _organisation_heads(doc, ents, d)
    _split_names(doc, ents, d)
    _honorific_openings(doc, ents)
    _gazetteer_places(doc, ents, d, given)


@lru_cache(maxsize=1)
def _vessel_prefixes() -> dict[str, str]:
    return {k: v for k, v in lexicon()["vessel_prefixes"].items() if not k.startswith("_")}


def vessel_names(doc: Doc, ents: EntitySet) -> None:
    """Pass 6: a ship's prefix and the capitalised words after it (up to three, or to the end of the entity the
    model found there) are one PRODUCT entity; an entity later in the doc that is the same name alone is too."""
    prefixes = _vessel_prefixes()
    names: set[str] = set()
    for i in ents.capitals():
        if i + 1 >= len(doc) or doc[i].text not in prefixes or not _cap(doc[i + 1]) or doc[i + 1].text.isupper():
            continue  # (a headline in capitals, "ITALY SENDS ITS NAVY", names no ship)
        end = i + 1
        while end < len(doc) and end - i <= 3 and _cap(doc[end]):
            end += 1
        inner = ents.at(i + 1)
        if inner is not None and inner.start >= i and end < inner.end <= i + 4:
            end = inner.end
        ents.put(i, end, "PRODUCT")
        names.add(doc[i + 1:end].text)
    if not names:
        return
    for e in list(ents.spans.values()):
        if e.label_ != "PRODUCT" and e.text in names:
            ents.put(e.start, e.end, "PRODUCT")  # "Corrib will escort the convoy" after "HMS Corrib"


def _vessels(ents: Iterable[Span]) -> list[tuple[Span, str | None]]:
    """Each ship entity (PRODUCT) of ``ents`` with the state its navy's prefix names: one opened by a prefix, and the
    same name later without it ("Corrib" after "HMS Corrib"), which sails for the same state; None for a merchant
    ship or a prefix two navies share."""
    prefixes = _vessel_prefixes()
    sails_for: dict[str, str | None] = {}
    out: list[tuple[Span, str | None]] = []
    for ent in ents:
        if ent.label_ != "PRODUCT":
            continue
        prefix = ent.doc[ent.start].text
        if prefix in prefixes:
            sails_for[ent[1:].text] = prefixes[prefix] or None
            out.append((ent, prefixes[prefix] or None))
        elif ent.text in sails_for:
            out.append((ent, sails_for[ent.text]))
    return out


def vessel_states(ents: list[Span]) -> list[tuple[int, int, str]]:
    """``(start, end, state ISO code)`` of each warship entity of ``ents`` whose navy's prefix names a state ("HMS
    Corrib": GBR), and of the same name later without its prefix ("Corrib")."""
    return [(ent.start, ent.end, state) for ent, state in _vessels(ents) if state]


def is_vessel(span: Span) -> bool:
    """``span`` names a ship: it opens with a ship's prefix, or is the name of a ship the doc named with one before."""
    return any(ent.start == span.start for ent, _ in _vessels(span.doc.ents))


@lru_cache(maxsize=1)
def _drill_nouns() -> frozenset[str]:
    return frozenset(load_json("events", "reports.json")["name_nouns"]) - {"operation"}


def named_drills(doc: Doc, ents: EntitySet) -> None:
    """Pass 7: an exercise's proper name is one EVENT entity (up to four capitalised words after the capitalised
    noun, and a number ending it)."""
    nouns = _drill_nouns()
    lowers = ents.lowers()
    for i in ents.capitals():
        if lowers[i] not in nouns or i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper() or not doc[i + 1].is_alpha:
            continue
        end = i + 1
        while end < len(doc) and end - i <= 4 and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if end < len(doc) and doc[end].is_digit:
            end += 1  # "Exercise Eager Falcon 21"
        ents.put(i, end, "EVENT")
