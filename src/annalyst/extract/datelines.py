"""Wire-service datelines and agency credits: the report's place and source, never a party of an event.

A **dateline** opens an article or a paragraph of a wire report: a capitalised place, optionally a region, optionally
a date, optionally an agency credit in parentheses, then a dash or colon ("KABUL, March 3 (Reuters) -",
"ISLAMABAD (AP) —", "WASHINGTON:", "NEW DELHI, Dec 3 (IANS)", "Beirut, Lebanon (CNN) --", "LONDON — "). A
**credit** is a news agency's name in parentheses (``resources/actors/wire.json``), in a dateline or standing alone
("(Reuters)", "(Xinhua) --"); in a dateline before a dash or colon, any capitalised name in parentheses is the
outlet's credit ("KARACHI (Dawn) —").

A **headline credit** ends a one-line wire headline with its source after a dash ("Russia to expel 20 diplomats
-officials", "Iran urges U.N. to act -state media", "Houthis say they hit ship - UKMTO"): the line has no closing
full stop and the source is one to four words; it is the headline's source, no party (a credit with no place).

``find_datelines(text)`` finds them all; ``blank(text, datelines)`` gives the text as the parser should see it, each
dateline and credit replaced by spaces (same length: every offset holds, records quote the original text). The
parser, the actor linker and the events coder therefore never see them: a dateline's place is no actor mention and
no subject, its agency no party. A **closing credit** is the outlet a digest item is credited to, told after the item's last
clause ("..., reports The Hindu.", "..., report Dawn and The Express Tribune."): the same source as a dateline's
credit, so it is blanked too (else the parser takes the outlet for the subject of the item's verb, and "They" of
the item for the outlet). What they say is kept on the doc (``doc._.datelines``, set by
``document.analyze``) for the stages that may use it when the sentence says nothing better:

* ``time``: the dateline's date is a time expression of the article and the date of an event of its paragraph that
  has no other (``dateline_time``);
* ``counts.location_for``: the dateline's place is the location of an event of its paragraph that has no other
  (``dateline_location``).

Both only for an act of a main clause (``is_main_act``): "WASHINGTON — The United States accused Russia of supplying
arms" places the accusation in Washington, not the supplying.

A place alone before a dash or colon counts only when the gazetteer knows it as a city or province ("LONDON —",
"Kabul:"; not "NATO —" or "US - China"); with a date it must be written in capitals or be a known place; with an
agency credit any capitalised name counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..models import Location, TimeExpr
from ..resources import load_json

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from .places import Gazetteer

__all__ = ["Dateline", "find_datelines", "blank", "agencies", "dateline_of", "dateline_location", "dateline_time",
           "is_main_act"]


@dataclass
class Dateline:
    """A dateline or a lone agency credit: character offsets into the text it was found in (``start``..``end`` the
    whole of it, separator included), the place, its region, date text and agency as written (None when absent),
    the gazetteer's ``location`` of the place, and ``time`` (the date resolved by the time component)."""

    start: int
    end: int
    place: str | None = None
    region: str | None = None
    date: str | None = None
    date_start: int | None = None
    agency: str | None = None
    location: Location | None = None
    time: TimeExpr | None = None

    @property
    def credit_only(self) -> bool:
        """A lone agency credit ("(Reuters)") with no place."""
        return self.place is None


@lru_cache(maxsize=1)
def agencies() -> tuple[str, ...]:
    """Names of news agencies as printed in credits, longest first."""
    names = load_json("actors", "wire.json")["agencies"]
    return tuple(sorted(set(names), key=lambda s: (-len(s), s)))


_CAPS = r"[A-Z][A-Z'’.]*[A-Z.]"
_TITLE = r"[A-Z][a-z'’]+(?:[A-Z][a-z'’]+)?\.?"  # "Tampa", "Fla.", "MacDill"
_LINK = r"(?:de|da|del|do|dos|al|el|es|of|upon|on|la|le|sur)"


def _words(word: str) -> str:
    return rf"{word}(?:(?:[ \-]|\s?/\s?)(?:{_LINK}[ \-])?{word}){{0,3}}"


_PLACE = rf"(?:{_words(_CAPS)}|{_words(_TITLE)})"
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?|\d{1,2}\s[A-Z][a-z]{2,8}\.?(?:\s\d{4})?|[A-Z][a-z]{2,5}day)"
#: another outlet credited in a dateline's parentheses ("KARACHI (Dawn) —"): counted only before a dash or colon
_OUTLET = r"[A-Z][A-Za-z.&'’ ]{1,30}?"
#: a military or government press office credited in a release's header ("BAGHDAD (Operation Inherent Resolve Public
#: Affairs) –", "(Combined Joint Task Force – Operation Inherent Resolve Public Affairs)", "(CJTF-OIR Public Affairs)"):
#: longer names, with hyphens, dashes and numbers; counted, like an outlet, only before a dash or colon
_OFFICE = r"[A-Z][\w.&'’/ ]{1,80}?(?:[\-–][ ]?[A-Z][\w.&'’/ ]{1,80}?)*"
_SEP = r"(?:\s+-{1,2}\s*|\s*-{1,2}\s+|\s*[–—]+\s*|:\s*)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(re.escape(a) for a in agencies())
    dateline = re.compile(
        rf"(?m)^[ \t]*(?P<place>{_PLACE})(?:,\s(?P<region>{_PLACE}(?:,\s{_PLACE}(?!\s\d))?))??"
        rf"(?:,\s(?P<date>{_DATE})|\s\((?P<pdate>{_DATE})\))?"
        rf"(?:\s*\(\s*(?:(?P<agency>{names})|(?P<outlet>{_OUTLET}|{_OFFICE}))\s*\))?(?P<sep>{_SEP})?"
        rf"(?=\s*[\"“‘'A-Z0-9])")
    credit = re.compile(rf"\(\s*(?P<agency>{names})\s*\)(?P<sep>{_SEP})?")
    return dateline, credit


#: a headline credit: a dash after a space, then one to four words closing a line that has no full stop
_TRAIL = re.compile(r"(?m)(?<=[^\s\-–—])[ \t]+(?P<credit>[-–—]{1,2}[ \t]?(?P<source>[A-Za-z][\w'’&]*"
                    r"(?:\.[\w'’&]+)*\.?(?:[ \t]+[A-Za-z][\w'’&.]*){0,3}))[ \t]*$")
_NEXT = re.compile(r"\s*(\S)")


@lru_cache(maxsize=1)
def _credit_words() -> frozenset[str]:
    return frozenset(load_json("actors", "wire.json")["credit_words"])


def _credit_phrase(source: str) -> bool:
    """The words after a headline's dash are a noun phrase of credit: names ("TASS", "Kremlin", "IDF") and the nouns
    of sources and offices with their modifiers and "says/said" ("officials", "state media", "air force says",
    "regional governor"). A verb form, an -ing/-ed word, a number or a quantifier ("Israel strikes Rafah", "dozens
    wounded", "killing three civilians", "RSF denies") makes them a second clause, no source."""
    words = _credit_words()
    for w in source.split():
        low = w.lower().strip(".'’")
        if any(ch.isdigit() for ch in w) or (len(low) > 4 and low.endswith(("ing", "ed")) and low not in words):
            return False
        if not w[0].isupper() and low not in words:
            return False
    return True


def _headline_credits(text: str) -> list[Dateline]:
    """The headline credits of ``text``: a line of at least three words before the dash, with no full stop,
    question or exclamation mark ending it or its source, a source that is a noun phrase of credit (see
    ``_credit_phrase``) and no lowercase word opening the next line (a wrapped sentence going on)."""
    out = []
    for m in _TRAIL.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        source = m.group("source")
        if len(line.split()) < 3 or line.rstrip()[-1:] in ".?!:;," or (source.endswith(".") and
                                                                      source.count(".") == 1):
            continue  # "... said on Tuesday - officials." is a sentence; "Talks - UN" too short for a headline
        if not _credit_phrase(source):
            continue  # "met in Doha - and agreed to meet again", "- Israel strikes Rafah": a clause, no source
        nxt = _NEXT.match(text, m.end())
        if nxt is not None and nxt.group(1).islower():
            continue  # a hard-wrapped sentence going on in the next line ("said on Monday - Russian\nforces ...")
        out.append(Dateline(start=m.start("credit"), end=m.end("credit"), agency=source))
    return out


_OUTLET_WORD = r"(?:[Tt]he[ \t]+)?[A-Z][\w'’&-]*"
#: ", reports The Hindu." closing a sentence: an inverted reporting verb and a capitalised name up to the stop
_CLOSING = re.compile(rf",[ \t]*(?:reports|report|reported)[ \t]+(?P<outlet>{_OUTLET_WORD}"
                      rf"(?:[ \t]+(?:(?:of|and|&)[ \t]+)?{_OUTLET_WORD}){{0,5}})[ \t]*(?=[.!?](?:\s|$)|\r?\n|$)")


@lru_cache(maxsize=1)
def _not_outlet() -> frozenset[str]:
    return frozenset(load_json("actors", "wire.json")["not_outlet_words"])


def _closing_credits(text: str) -> list[Dateline]:
    """The closing credits of ``text`` (", reports The Hindu."): an outlet's name, never a ministry's or an
    official's (``wire.json: not_outlet_words``)."""
    if "report" not in text:
        return []
    out = []
    for m in _CLOSING.finditer(text):
        if not _not_outlet().isdisjoint(m.group("outlet").split()):
            continue
        out.append(Dateline(start=m.start(), end=m.end("outlet"), agency=m.group("outlet")))
    return out


def _is_date(text: str) -> bool:
    from .time import resolve

    found = resolve(text, None, "en")
    return bool(found) and found[0].start == 0 and found[0].end == len(text)


#: nouns that end a region's name ("Kurdistan Region", "Punjab Province"): after a known city, a region
_REGION_NOUNS = frozenset({"region", "province", "state", "governorate", "oblast", "county", "district", "territory"})


#: a US state or similar region abbreviated as wire and military releases write it after their town ("Fla.", "Va.",
#: "Calif.", "Wash."): a capitalised word of two to six letters closed by a full stop
_ABBREVIATED = re.compile(r"[A-Z][a-z]{1,5}\.")


@lru_cache(maxsize=1)
def _name_suffixes() -> frozenset[str]:
    """Abbreviations that close a person's name ("Jr.", "Sr."), never a state's."""
    return frozenset(load_json("actors", "wire.json")["name_suffixes"])


@lru_cache(maxsize=1)
def _header_place_words() -> frozenset[str]:
    """Words that open or close a place of several words in capitals heading a release ("SOUTHWEST ASIA", "FORT
    BRAGG"): regions, seas, bases, camps."""
    return frozenset(load_json("actors", "wire.json")["header_place_words"])


def _region_part(part: str, place: str, loc: Location | None, gaz: Gazetteer) -> bool:
    """``part`` (one comma-separated piece after the dateline's place) is a region of it: a place the gazetteer
    knows, a name in capitals, an abbreviated state ("Fla."), or a name closed by a region's own noun ("Kurdistan
    Region", "Nineveh Province") after a known city or a place written in capitals."""
    if gaz.lookup(part) is not None or part.isupper() or _ABBREVIATED.fullmatch(part):
        return True
    return part.split()[-1].lower() in _REGION_NOUNS and (
        place.isupper() or (loc is not None and loc.precision == "city"))


def _headed(place: str, parts: list[str], loc: Location | None, gaz: Gazetteer) -> bool:
    """The shape of an official release's header, whatever the gazetteer knows of the place: a place in capitals
    with its region ("FORT BRAGG, N.C. –", "CAMP LEMONNIER, Djibouti –"), a place of several words in capitals
    ("SOUTHWEST ASIA –", "NORTHERN ARABIAN GULF –": one the gazetteer knows, or opened or closed by a word of a
    region, sea, base or camp, so that "BREAKING NEWS –" is none), or a place with a region the gazetteer knows as a country or
    province ("Camp Arifjan, Kuwait –") or an abbreviated state ("MacDill Air Force Base, Fla. –"; a name's "Jr."
    is no state). A country is no dateline's place ("Russia, Ukraine –"), nor is one
    capitalised word alone ("NATO –")."""
    if loc is not None and loc.precision == "country":
        return False
    if place.isupper():
        words = place.lower().split()
        return bool(parts) or len(words) > 1 and (
            loc is not None or words[0] in _header_place_words() or words[-1] in _header_place_words())
    return any(_ABBREVIATED.fullmatch(part) and part not in _name_suffixes() or (
        (found := gaz.lookup(part)) is not None and found.precision in ("country", "admin1")) for part in parts)


def find_datelines(text: str) -> list[Dateline]:
    """The datelines (at the start of the text or of a line), lone agency credits, headline credits and closing
    credits of ``text``, in text order."""
    from .places import gazetteer

    dateline_re, credit_re = _patterns()
    out: list[Dateline] = []
    for m in dateline_re.finditer(text):
        place, region, agency, sep = (m.group(k) for k in ("place", "region", "agency", "sep"))
        day = m.group("date") or m.group("pdate")
        if m.group("outlet"):
            if not sep:
                continue  # "Pakistan (PAK) rejected": an abbreviation, not a credit
            agency = m.group("outlet")
        if not (day or agency or sep) or (day is not None and not _is_date(day)):
            continue
        gaz = gazetteer()  # built once per process, and only when a text has a candidate
        loc = gaz.lookup(place) or (gaz.lookup(re.split(r"\s?/\s?", place)[0]) if "/" in place else None)
        parts = region.split(", ") if region is not None else []
        if not agency and not _headed(place, parts, loc, gaz):
            if not day and (loc is None or loc.precision not in ("city", "admin1")):
                continue  # "NATO —", "US - China": a place alone before a dash must be a known city or province
            if day and loc is None and not place.isupper():
                continue
        if parts and not all(_region_part(part, place, loc, gaz) for part in parts):
            continue  # a known city's region may be named by its own noun: "ERBIL, Kurdistan Region -"
        if loc is None:
            loc = next((found for found in map(gaz.lookup, parts) if found is not None), None)
        start = m.start("place")
        out.append(Dateline(start=start, end=m.end(), place=place, region=region, date=day,
                            date_start=m.start("date" if m.group("date") else "pdate") if day else None,
                            agency=agency,
                            location=loc or Location(name=place.title() if place.isupper() else place)))
    taken = [(d.start, d.end) for d in out]
    for m in credit_re.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        agency = m.group("agency")
        if len(agency) <= 3 and not m.group("sep"):
            continue  # "(PA)" after "the Palestinian Authority" is an abbreviation, not a credit
        out.append(Dateline(start=m.start(), end=m.end(), agency=agency))
    if "-" in text or "–" in text or "—" in text:
        out += [d for d in _headline_credits(text) if not any(a <= d.start < b for a, b in taken)]
    out.extend(_closing_credits(text))
    out.sort(key=lambda d: d.start)
    return out


def blank(text: str, datelines: list[Dateline]) -> str:
    """``text`` with every dateline and credit replaced by spaces (same length)."""
    if not datelines:
        return text
    chars = list(text)
    for d in datelines:
        for i in range(d.start, d.end):
            if chars[i] not in "\n\r":
                chars[i] = " "
    return "".join(chars)


_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n")


def dateline_of(doc: Doc, char: int) -> Dateline | None:
    """The dateline (with a place) that opens the paragraph holding character ``char`` of ``doc``, or None."""
    found = [d for d in (getattr(doc._, "datelines", None) or []) if not d.credit_only and d.start <= char]
    if not found:
        return None
    last = found[-1]
    breaks = [m.end() for m in _PARAGRAPH.finditer(doc.text, last.end, char)] if char > last.end else []
    return None if breaks else last


def is_main_act(token: Token) -> bool:
    """A verb of its sentence's main clause (the root or a conjunct of it), or of the clause a trailing attribution
    reports ("gunmen killed four miners, police said"): the act a dateline reports. Not an act inside a clause or
    phrase ("accused Russia of supplying arms": the supplying happened elsewhere), nor a noun."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ == "ccomp" and token.head.dep_ == "ROOT" and token.head.i > token.i:
        return True
    return token.dep_ == "ROOT"


def dateline_location(doc: Doc, token: Token) -> Location | None:
    """The place of the dateline opening the paragraph of ``token``, a main-clause verb (``is_main_act``), or
    None."""
    found = dateline_of(doc, token.idx) if is_main_act(token) else None
    return found.location if found is not None else None


def dateline_time(doc: Doc, token: Token) -> TimeExpr | None:
    """The resolved date of the dateline opening the paragraph of ``token``, a main-clause verb, or None."""
    found = dateline_of(doc, token.idx) if is_main_act(token) else None
    return found.time if found is not None else None

