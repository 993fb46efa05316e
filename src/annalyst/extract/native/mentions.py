"""Actor and place mentions in native script: dictionary aliases, capitals, demonyms and places of the lexicon.

Aliases come from the actor dictionary (every alias written in the language's script, whatever language it is
tagged with: Persian, Dari, Pashto and Urdu share most names). Matching is longest first, over word tokens:

* Arabic script: the words of a name are compared joined without spaces (so ``امیرخان متقی`` and ``امیر خان متقی``,
  ``ذبیح‌الله`` and ``ذبیح الله`` are one name), after a proclitic is taken off the first word (Arabic بـ لـ وـ ال)
  and a case suffix off the last (Pashto روسیې -> روسیه, طالبانو -> طالبان);
* Russian: every word is compared by its stem (case endings off: России, Россию, Россией are Россия), and a
  capitalised alias matches capitalised text only ("Того" the country, not "того");
* Chinese: aliases are found as strings in the sentence (no segmentation needed).

A capital ("Кабул", "کابل", "喀布尔") stands for the government of its country on the article's date, as in the
English component, unless a locative marker makes it a place ("в Кабуле", "در کابل"): that is decided later by the
coder, which sees the markers. Demonyms ("афганским", "امریکی") stand for their country. A phrase naming a country's
government ("временное правительство Афганистана", "阿富汗临时政府", "افغان عبوری حکومت") stands for whoever governs
it on the article's date (the Taliban in Afghanistan from 2021-08-15), like a capital.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ...models import Actor, Location
from ...actors.dictionary import script_of
from .lexicon import NativeLexicon
from .sentence import Sentence, no_overlaps
from .tokenize import SCRIPTS, normalise

if TYPE_CHECKING:  # pragma: no cover
    from ...actors.dictionary import ActorDictionary

__all__ = ["Unit", "MentionFinder", "mention_finder"]

_SPLIT = re.compile(r"[\s\-‐‑–—·・.,'\"«»“”()]+")


@dataclass
class Unit:
    """A mention: words ``start`` .. ``end`` (exclusive) of a sentence."""

    start: int
    end: int
    kind: str  # actor | capital | demonym | place
    actor: Actor | None = None
    place: Location | None = None
    exact: bool = True  # Russian: written as the alias is (nominative); False for an inflected form
    proclitic: str | None = None  # Arabic: the role of a proclitic on the first word (bi, to, and)
    weak: bool = False
    head: bool = False  # extended over a head noun ("правительство талибов", "طالبان حکومت")
    head_after: bool = False  # the head noun follows the name: the name's own case marker does not count
    capital: str | None = None  # the capital's English name

    @property
    def person(self) -> bool:
        return self.actor is not None and self.actor.kind == "person"

    @property
    def actor_id(self) -> str | None:
        return self.actor.id if self.actor is not None else None


@dataclass
class _Alias:
    actor_id: str
    text: str
    n: int
    exact: str
    weak: bool
    upper: bool


@dataclass
class MentionFinder:
    """Finds ``Unit``s in sentences of one language against one dictionary."""

    dictionary: ActorDictionary
    lex: NativeLexicon
    _index: dict[str, list[_Alias]] = field(default_factory=dict)
    _max_n: int = 1
    _strings: dict[int, dict[str, list[_Alias]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        script = SCRIPTS[self.lex.lang]
        for text, actor_id in self.dictionary.alias_texts():
            if script_of(text) != script:
                continue
            weak = self.dictionary.is_weak(actor_id, text)
            if self.lex.chars:
                key = normalise(text, "zh").replace("·", "").replace("・", "").replace(" ", "")
                if len(key) < 2 or key in self.lex.not_names:
                    continue
                self._strings.setdefault(len(key), {}).setdefault(key, []).append(
                    _Alias(actor_id, text, 1, key, weak, False))
                continue
            words = [w for w in _SPLIT.split(normalise(text, self.lex.lang)) if w]
            if not words or " ".join(words) in self.lex.not_names:
                continue
            key = self._key(words)
            if len(key) < 3 or (len(words) == 1 and len(words[0]) < 3):
                continue
            alias = _Alias(actor_id, text, len(words), "".join(words), weak, text[:1].isupper())
            self._index.setdefault(key, []).append(alias)
            self._max_n = max(self._max_n, len(words))

    # ----------------------------------------------------------------------------------------- keys

    def _key(self, words: list[str]) -> str:
        if self.lex.lang == "ru":
            return "".join(self.lex.stem(w, nominative=True) for w in words)
        return "".join(words[:-1]) + self.lex.name_stem(words[-1])

    def _ru_keys(self, norms: list[str]) -> list[str]:
        """Keys of inflected Russian words: each word as written, without its nominative ending, or without any
        case ending (every combination for short names)."""
        import itertools

        variants = [sorted({w, self.lex.stem(w), self.lex.stem(w, nominative=True)}) for w in norms]
        if len(norms) > 3:
            return ["".join(self.lex.stem(w) for w in norms), "".join(self.lex.stem(w, nominative=True) for w in norms)]
        return ["".join(combo) for combo in itertools.product(*variants)]

    def _text_keys(self, norms: list[str]) -> list[tuple[str, str | None]]:
        """Keys of a run of text words: ``(key, proclitic taken off the first word)``."""
        firsts: list[tuple[str, str | None]] = [(norms[0], None)]
        for prefix, role in self.lex.proclitics:
            if norms[0].startswith(prefix) and len(norms[0]) - len(prefix) >= 3:
                rest = norms[0][len(prefix):]
                firsts.append((rest, role or None))
                for inner, inner_role in self.lex.proclitics:  # وبـ / بالـ / لل
                    if rest.startswith(inner) and len(rest) - len(inner) >= 3:
                        firsts.append((rest[len(inner):], role or inner_role or None))
        out = []  # type: ignore[var-annotated]
        for first, role in firsts:  # type: ignore[assignment]
            words = [first, *norms[1:]]
            if self.lex.lang == "ru":
                out.extend((key, role) for key in self._ru_keys(words))
                continue
            out.append((self._key(words), role))
            out.append(("".join(words), role))
        return out  # type: ignore[return-value]

    # ---------------------------------------------------------------------------------------- finding

    def find(self, sent: Sentence, day: str | None, named: set[str]) -> list[Unit]:
        """Units of ``sent``, without overlaps, in text order. ``named`` holds the ids already named strongly in the
        article (a weak alias links only to one of those); strong links found here are added to it."""
        units = self._aliases(sent, named) if not self.lex.chars else self._strings_in(sent, named)
        units += self._lexicon_units(sent, day)
        units = _no_overlaps(units)
        self._extend_heads(sent, units)
        for u in units:
            if u.actor is not None and not u.weak:
                named.add(u.actor.id)
        return units

    def _pick(self, aliases: list[_Alias], named: set[str]) -> tuple[_Alias, bool] | None:
        strong = [a for a in aliases if not a.weak]
        if strong:
            own = [a for a in strong if a.actor_id in self.dictionary]
            return (own or strong)[0], False
        weak = [a for a in aliases if a.actor_id in named]
        return (weak[0], True) if weak else None

    def _aliases(self, sent: Sentence, named: set[str]) -> list[Unit]:
        plain = sent.plain
        out: list[Unit] = []
        p = 0
        while p < len(plain):
            found: Unit | None = None
            for n in range(min(self._max_n + 1, len(plain) - p), 0, -1):
                norms = [w.norm for w in plain[p:p + n]]
                for key, role in self._text_keys(norms):
                    aliases = self._index.get(key)
                    if not aliases:
                        continue
                    if self.lex.lang == "ru":
                        aliases = [a for a in aliases if not a.upper or plain[p].token.text[:1].isupper()]
                    picked = self._pick(aliases, named)
                    if picked is None:
                        continue
                    alias, weak = picked
                    actor = self.dictionary.find(alias.actor_id)
                    if actor is None:
                        continue
                    exact = "".join(norms) == alias.exact
                    found = Unit(plain[p].index, plain[p + n - 1].index + 1, "actor", actor=actor, exact=exact,
                                 proclitic=role, weak=weak)
                    break
                if found is not None:
                    break
            if found is not None:
                out.append(found)
                while p < len(plain) and plain[p].index < found.end:
                    p += 1
            else:
                p += 1
        return out

    def _strings_in(self, sent: Sentence, named: set[str]) -> list[Unit]:
        """Chinese: aliases found as strings (name dots and spaces ignored: 莫辛·纳克维 is 莫辛纳克维)."""
        raw = normalise(sent.text, "zh")
        keep = [i for i, ch in enumerate(raw) if ch not in "·・ "]
        text = "".join(raw[i] for i in keep)
        out: list[Unit] = []
        pos = 0
        lengths = sorted(self._strings, reverse=True)
        while pos < len(text):
            hit = None
            for n in lengths:
                aliases = self._strings[n].get(text[pos:pos + n])
                if aliases:
                    picked = self._pick(aliases, named)
                    if picked is not None:
                        hit = (n, picked)
                        break
            if hit is None:
                pos += 1
                continue
            n, (alias, weak) = hit
            actor = self.dictionary.find(alias.actor_id)
            if actor is not None:
                start = sent.word_at(sent.start + keep[pos])
                end = sent.word_at(sent.start + keep[pos + n - 1]) + 1
                out.append(Unit(start, end, "actor", actor=actor, weak=weak))
            pos += n
        return out

    def _lexicon_units(self, sent: Sentence, day: str | None) -> list[Unit]:
        out: list[Unit] = []
        for name, patterns in self.lex.capitals.items():
            target = self.dictionary.metonym(name)
            actor = self.dictionary.resolve_target(target, day) if target else None
            for hit in sent.find(patterns):
                surface = normalise(sent.surface(hit.start, hit.end), self.lex.lang)
                out.append(Unit(hit.start, hit.end, "capital", actor=actor, place=_location(name, None),
                                exact=surface == self.lex.nominative.get(name), capital=name))
        for iso, patterns in self.lex.governments.items():  # "阿富汗临时政府": whoever governs on that day
            actor = self.dictionary.resolve_target(f"GOV:{iso}", day)
            if actor is None:
                continue
            for hit in sent.find(patterns):
                out.append(Unit(hit.start, hit.end, "actor", actor=actor, head=True))
        for iso, patterns in self.lex.demonyms.items():
            actor = self.dictionary.find(iso)
            if actor is None:
                continue
            for hit in sent.find(patterns):
                out.append(Unit(hit.start, hit.end, "demonym", actor=actor, exact=True))
        for place, patterns in self.lex.places:
            for hit in sent.find(patterns):
                out.append(Unit(hit.start, hit.end, "place", place=_location(place["name"], place.get("country"))))
        # proclitics on the first word (Arabic بكابل, لأفغانستان)
        for u in out:
            word = sent.words[u.start]
            plain_forms = [f for f, _n in word.forms]
            if len(plain_forms) > 1:
                for form in plain_forms[1:]:
                    u.proclitic = self.lex.proclitic_of(word.norm, form) or u.proclitic
                    if u.proclitic:
                        break
        return out

    def _extend_heads(self, sent: Sentence, units: list[Unit]) -> None:
        """A head noun before or after a mention belongs to it ("правительство талибов", "طالبان حکومت",
        "حكومة طالبان", "塔利班政府"): the unit takes its words (and its proclitic)."""
        if not self.lex.heads:
            return
        taken = {i for u in units for i in range(u.start, u.end)}
        for u in units:
            if u.kind == "place":
                continue
            k = u.start
            while k > 0 and sent.words[k - 1].token.punct and sent.words[k - 1].token.text in "«»\"“”":
                k -= 1
            before = sent.ends_at(self.lex.heads, k)
            if before is not None and not (set(range(before.start, before.end)) & taken):
                word = sent.words[before.start]
                for form, _n in word.forms[1:]:
                    u.proclitic = self.lex.proclitic_of(word.norm, form) or u.proclitic
                    if u.proclitic:
                        break
                u.start, u.head, u.exact = before.start, True, True
                continue
            after = sent.first_at(self.lex.heads, _next_plain(sent, u.end))
            # "признание Туркменистаном правительства талибов": a head right before another name is that name's
            if after is not None and any(o.start == _next_plain(sent, after.end) for o in units if o is not u):
                continue
            if after is not None and not (set(range(after.start, after.end)) & taken):
                u.end, u.head, u.exact, u.head_after = after.end, True, True, True


def _next_plain(sent: Sentence, j: int) -> int:
    while j < len(sent.words) and sent.words[j].token.punct and sent.words[j].token.text in "«»\"“”":
        j += 1
    return j


@lru_cache(maxsize=512)
def _location(name: str, country: str | None) -> Location:
    """The gazetteer's record of a place named in English (a bare record when the gazetteer does not know it)."""
    from ..places import gazetteer

    loc = gazetteer().lookup(name)
    if loc is not None and (country is None or loc.country == country):
        return loc
    return Location(name=name, country=country, precision="city")


def _no_overlaps(units: list[Unit]) -> list[Unit]:
    rank = {"actor": 0, "capital": 1, "demonym": 2, "place": 3}
    return no_overlaps(units, lambda u: (-(u.end - u.start), rank[u.kind], u.start))


@lru_cache(maxsize=16)
def _finder(dictionary_id: int, version: int, lang: str, dictionary: ActorDictionary) -> MentionFinder:
    from .lexicon import native_lexicon

    return MentionFinder(dictionary, native_lexicon(lang))


def mention_finder(dictionary: ActorDictionary, lang: str) -> MentionFinder:
    """The finder of ``lang`` for ``dictionary`` (cached while the dictionary is unchanged)."""
    return _finder(id(dictionary), dictionary.version, lang, dictionary)
