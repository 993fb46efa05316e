"""The per-language lexicons of the native extractor: ``resources/native/<lang>.json``, compiled once.

A lexicon entry is a *pattern*: one or more words separated by spaces. In a word, a final ``*`` takes any ending of
at most ``wildcard`` characters (``признал*`` is признал, признала, признали ...); ``~`` between two words lets up
to two other words stand between them (Pashto ``خبرې ~ وکړې`` matches خبرې یې وکړې). Words are compared in their
``tokenize.normalise`` form, after taking off a proclitic (Arabic و ف ب ل ك and the article ال) or a verb prefix
(Persian می/نمی/ن/ب, Pashto و, Arabic future س) when the language lists them; a negative or future verb prefix
flags the word ("neg", "fut").
Chinese patterns are plain strings matched where a word starts.

What each file holds is described in ``resources/native/README.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from ...errors import ModelError
from ...resources import load_json
from .tokenize import ARABIC_SCRIPT, Token, normalise

__all__ = ["LANGUAGES", "Pattern", "TriggerEntry", "NativeLexicon", "native_lexicon", "Word"]

#: languages with a native lexicon
LANGUAGES = ("ru", "ur", "fa", "ps", "zh", "ar")

GAP = "~"
_MAX_GAP = 2


@dataclass(frozen=True)
class Word:
    """A word token with the forms it may be matched in: ``(form, flag)`` pairs, the plain form first; the flag
    is what a verb prefix taken off says ("neg", "fut") or ""."""

    token: Token
    forms: tuple[tuple[str, str], ...]
    index: int  # position among the sentence's tokens

    @property
    def norm(self) -> str:
        return self.token.norm


@dataclass(frozen=True)
class Pattern:
    """One lexicon entry (see the module docstring)."""

    text: str
    parts: tuple[str, ...]
    wildcard: int
    char: bool = False  # Chinese: match the string where a word starts

    def _word_ok(self, part: str, word: Word) -> tuple[bool, str]:
        wild = part.endswith("*") and len(part) > 1
        stem = part[:-1] if wild else part
        for form, flag in word.forms:
            if form == stem or (wild and form.startswith(stem) and len(form) - len(stem) <= self.wildcard):
                return True, flag
        return False, ""

    def match(self, words: list[Word], i: int) -> tuple[int, frozenset[str]] | None:
        """``(index after the match, flags of verb prefixes)`` when the pattern matches from word ``i``, else None."""
        k = i
        flags: set[str] = set()
        gap = False
        for part in self.parts:
            if part == GAP:
                gap = True
                continue
            tries = range(k, min(len(words), k + (_MAX_GAP + 1 if gap else 1)))
            gap = False
            for j in tries:
                ok, flag = self._word_ok(part, words[j])
                if ok:
                    if flag:
                        flags.add(flag)
                    k = j + 1
                    break
            else:
                return None
        return k, frozenset(flags)

    def match_chars(self, text: str, pos: int) -> int | None:
        """Chinese: the end offset when the string starts at ``pos`` of ``text``."""
        if text.startswith(self.text, pos):
            return pos + len(self.text)
        return None


@dataclass(frozen=True)
class TriggerEntry:
    event_type: str
    patterns: tuple[Pattern, ...]
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    needs_recipient: bool = False
    victim: bool = False  # the words name the victims' fate ("were killed"): a subject is no actor
    territory: bool = False  # taking a place (CAMEO 192): the place named is the other party
    of_event: bool = False  # support of an event ("welcomed the recognition"): the other party is its actor


@dataclass
class NativeLexicon:
    """A language's lexicon, compiled."""

    lang: str
    order: str
    wildcard: int
    proclitics: tuple[tuple[str, str], ...]
    verb_prefixes: tuple[tuple[str, str], ...]
    name_suffixes: tuple[str, ...]
    stem_endings: tuple[str, ...]
    nominative_endings: tuple[str, ...]
    triggers: list[TriggerEntry]
    exclude: list[Pattern]
    weapons: list[Pattern]
    cues: dict[str, list[Pattern]]
    pre_markers: list[Pattern]
    post_markers: list[Pattern]
    roles: dict[str, str]  # marker pattern text -> role (pre and post markers)
    coordination: list[Pattern]
    boundaries: list[Pattern]
    complementizers: list[Pattern]
    heads: list[Pattern]
    titles: list[Pattern]
    pronouns: list[Pattern]
    demonyms: dict[str, list[Pattern]]
    governments: dict[str, list[Pattern]]  # ISO3 -> phrases naming its government ("Afghan interim government")
    capitals: dict[str, list[Pattern]]
    places: list[tuple[dict[str, Any], list[Pattern]]]
    nominative: dict[str, str]  # a capital's first listed form, normalised (Russian: the nominative)
    not_names: frozenset[str] = frozenset()
    raw: dict[str, Any] = field(repr=False, default_factory=dict)
    trigger_patterns: list[Pattern] = field(default_factory=list)
    entry_of: dict[int, TriggerEntry] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for entry in self.triggers:
            for pat in entry.patterns:
                self.trigger_patterns.append(pat)
                self.entry_of[id(pat)] = entry
        self.trigger_patterns.sort(key=lambda p: (-len(p.parts), -len(p.text)))

    @property
    def chars(self) -> bool:
        return self.lang == "zh"

    # ------------------------------------------------------------------------------------------- words

    def word(self, token: Token, index: int) -> Word:
        """The token with its matching forms (proclitics and verb prefixes taken off)."""
        return Word(token, self.forms(token.norm), index)

    def forms(self, norm: str) -> tuple[tuple[str, str], ...]:
        out: list[tuple[str, str]] = [(norm, "")]
        for prefix, _role in self.proclitics:
            if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
                rest = norm[len(prefix):]
                out.append((rest, ""))
                for inner, _r in self.proclitics:  # و + ب + ال ...
                    if rest.startswith(inner) and len(rest) - len(inner) >= 2:
                        out.append((rest[len(inner):], ""))
        for form, _flag in list(out):
            for prefix, flag in self.verb_prefixes:
                if form.startswith(prefix) and len(form) - len(prefix) >= 2:
                    out.append((form[len(prefix):], flag))
        seen: set[str] = set()
        unique = []
        for form, flag in out:
            if form and form not in seen:
                seen.add(form)
                unique.append((form, flag))
        return tuple(unique)

    def proclitic_of(self, norm: str, rest: str) -> str | None:
        """The role of the proclitic that makes ``norm`` out of ``rest`` (Arabic ب -> "bi"), if any."""
        if norm == rest or not norm.endswith(rest):
            return None
        prefix = norm[: len(norm) - len(rest)]
        for p, role in self.proclitics:
            if prefix.startswith(p) and role:
                return role
        return None

    def stem(self, norm: str, nominative: bool = False) -> str:
        """Russian: the word without its case ending (at least three letters kept); with ``nominative`` only a
        nominative ending is taken off (an alias: "Кабулов" keeps its -ов). Other languages: the word."""
        for ending in self.nominative_endings if nominative else self.stem_endings:
            if norm.endswith(ending) and len(norm) - len(ending) >= 3:
                return norm[: -len(ending)]
        return norm

    def name_stem(self, norm: str) -> str:
        """The last word of a name without a case suffix (Pashto روسیې -> روسی), at least four letters kept."""
        for suffix in self.name_suffixes:
            if norm.endswith(suffix) and len(norm) - len(suffix) >= 4:
                return norm[: -len(suffix)]
        return norm


def _pattern(text: str, lang: str, wildcard: int) -> Pattern:
    text = text.strip()
    if lang == "zh":
        return Pattern(text, (text,), 0, char=True)
    parts = []
    for raw in text.split():
        raw = raw.strip(",.;:،؛")
        if not raw:
            continue
        if raw == GAP:
            parts.append(GAP)
            continue
        wild = raw.endswith("*")
        norm = normalise(raw.rstrip("*"), lang)
        parts.append(norm + ("*" if wild else ""))
    return Pattern(text, tuple(parts), wildcard)


def _patterns(items: Iterable[str], lang: str, wildcard: int) -> list[Pattern]:
    pats = [p for p in (_pattern(t, lang, wildcard) for t in items if t and t.strip()) if p.parts]
    pats.sort(key=lambda p: (-len(p.parts), -len(p.text)))
    return pats


def _check(data: dict[str, Any], lang: str) -> None:
    for key in ("lang", "order", "triggers", "cues", "markers"):
        if key not in data:
            raise ModelError(f"resources/native/{lang}.json: missing {key!r}")
    if data["lang"] != lang:
        raise ModelError(f"resources/native/{lang}.json: lang is {data['lang']!r}")
    if data["order"] not in ("SVO", "SOV", "VSO"):
        raise ModelError(f"resources/native/{lang}.json: order must be SVO, SOV or VSO")


@lru_cache(maxsize=len(LANGUAGES))
def native_lexicon(lang: str) -> NativeLexicon:
    """The compiled lexicon of ``lang`` (one of ``LANGUAGES``); ``ModelError`` for another language or a bad file."""
    if lang not in LANGUAGES:
        raise ModelError(f"no native lexicon for language {lang!r} (have: {', '.join(LANGUAGES)})")
    data = load_json("native", f"{lang}.json")
    _check(data, lang)
    wc = int(data.get("wildcard", 4))

    def pats(items: Iterable[str]) -> list[Pattern]:
        return _patterns(items, lang, wc)

    triggers: list[TriggerEntry] = []
    for event_type, entries in data["triggers"].items():
        for entry in entries:
            triggers.append(TriggerEntry(
                event_type=event_type, patterns=tuple(pats(entry["words"])), mode=entry.get("mode"),
                context=tuple(entry.get("context", ())), cameo=entry.get("cameo"),
                needs_recipient=bool(entry.get("needs_recipient", False)), victim=bool(entry.get("victim", False)),
                territory=bool(entry.get("territory", False)), of_event=bool(entry.get("of_event", False)),
            ))
    markers = data["markers"]
    proclitics = tuple(sorted(((normalise(p, lang), role or "") for p, role in data.get("proclitics", {}).items()),
                              key=lambda pr: -len(pr[0])))
    verb_prefixes = tuple(sorted(((normalise(p, lang), flag or "") for p, flag in data.get("verb_prefixes", {}).items()),
                                 key=lambda pr: -len(pr[0])))
    return NativeLexicon(
        lang=lang,
        order=data["order"],
        wildcard=wc,
        proclitics=proclitics,
        verb_prefixes=verb_prefixes,
        name_suffixes=tuple(sorted((normalise(s, lang) for s in data.get("name_suffixes", [])), key=len, reverse=True)),
        stem_endings=tuple(sorted((normalise(s, lang) for s in data.get("stem_endings", [])), key=len, reverse=True)),
        nominative_endings=tuple(sorted((normalise(s, lang) for s in data.get("nominative_endings", [])), key=len,
                                        reverse=True)),
        triggers=triggers,
        exclude=pats(data.get("exclude", [])),
        weapons=pats(data.get("weapons", [])),
        cues={kind: pats(words) for kind, words in data["cues"].items()},
        pre_markers=pats(markers.get("pre", {})),
        post_markers=pats(markers.get("post", {})),
        roles={**{k.strip(): v for k, v in markers.get("pre", {}).items()},
               **{k.strip(): v for k, v in markers.get("post", {}).items()}},
        coordination=pats(data.get("coordination", [])),
        boundaries=pats(data.get("boundaries", [])),
        complementizers=pats(data.get("complementizers", [])),
        heads=pats(data.get("heads", [])),
        titles=pats(data.get("titles", [])),
        pronouns=pats(data.get("pronouns", [])),
        demonyms={iso: pats(words) for iso, words in data.get("demonyms", {}).items()},
        governments={iso: pats(words) for iso, words in data.get("governments", {}).items()},
        capitals={name: pats(words) for name, words in data.get("capitals", {}).items()},
        places=[(place, pats(place["forms"])) for place in data.get("places", [])],
        nominative={name: normalise(forms[0], lang) for name, forms in data.get("capitals", {}).items() if forms},
        not_names=frozenset(normalise(t, lang) for t in data.get("not_names", [])),
        raw=data,
    )


def arabic_script(lang: str) -> bool:
    return lang in ARABIC_SCRIPT
