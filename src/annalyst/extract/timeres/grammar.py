"""Load the per-language time grammars of ``resources/time/<lang>.txt`` and compile them (lazily, once).

A grammar file has three kinds of line (``#`` starts a comment; the first line says where the file came from):

``@class KEY = word|word phrase|...``
    a lexicon entry: ``@month 4 = april|apr``, ``@unit week = week|weeks``, ``@count 2-4 = a few``,
    ``@hedge under = nearly|almost``, ``@part late = late|the end of``, ``@season autumn = autumn|fall``,
    ``@weekday 1 = tuesday``, ``@ordinal 3 = third|3rd``, ``@decadeword 1990 = nineties``, ``@solar 1 = farvardin``,
    ``@yearnoun - = election|summit`` (nouns a bare year may modify), ``@prefix by = by`` (combinators),
    ``@option spaces = optional`` (Chinese: no spaces between words).
    Words are literal (a space inside one matches any run of spaces). Month and weekday names of dateparser's
    locale for the language are added to ``@month``/``@weekday`` unless ``@option dateparser_months = no``.
``PATTERN => ACTION ARG...``
    a regular expression (case-insensitive; a literal space matches one or more spaces, or zero or more where
    spaces are optional) with placeholders for the lexicon classes: ``{M}`` month, ``{SM}`` solar month,
    ``{D}`` day of month, ``{MN}`` month number, ``{Y}`` year, ``{YY}`` two-digit decade (``90``), ``{N}`` count,
    ``{U}`` unit, ``{H}`` optional hedge followed by a space, ``{P}`` part (early/mid/late), ``{S}`` season,
    ``{WD}`` weekday, ``{ORD}`` ordinal, ``{DW}`` decade word, ``{C}`` century number; a second of a kind is
    ``{M2}``, ``{D2}``, ``{Y2}``. A group ``(?P<core>...)`` narrows the expression's span to that group.
    ``ACTION`` names a function of ``actions.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ...errors import ModelError

__all__ = ["Grammar", "Rule", "load_grammar", "normalize", "LANGUAGES"]

#: languages with a grammar file
LANGUAGES = ("en", "ru", "ur", "fa", "ps", "zh", "ar")

_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# ----------------------------------------------------------------------------------------------- normalizing

_DIGITS = {**{0x0660 + i: str(i) for i in range(10)}, **{0x06F0 + i: str(i) for i in range(10)},
           **{0xFF10 + i: str(i) for i in range(10)}}
#: zero-width characters, bidi marks and controls become spaces (one for one: offsets stay valid)
_INVISIBLE = {c: " " for c in (0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x061C, 0x00AD,
                               *range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_COMMON = {**_DIGITS, **_INVISIBLE, 0x2019: "'", 0x2018: "'", 0x2013: "-", 0x2014: "-", 0x2212: "-", 0x066B: ".",
           0x066C: ",", 0x0640: " "}
#: Persian-script languages write yeh and kaf with their own letters; dateparser's data mixes in the Arabic ones
_PERSO = {**_COMMON, ord("ي"): "ی", ord("ك"): "ک", ord("ى"): "ی", ord("ە"): "ه"}
_TABLES = {"fa": _PERSO, "ur": _PERSO, "ps": _PERSO}


def normalize(text: str, lang: str) -> str:
    """``text`` with digits made ASCII, invisible characters made spaces and letter variants unified.

    One character in, one character out, so offsets into the result are offsets into ``text``.
    """
    return text.translate(_TABLES.get(lang, _COMMON))


# -------------------------------------------------------------------------------------------------- grammar


@dataclass(frozen=True)
class Rule:
    regex: re.Pattern[str]
    action: str
    args: tuple[str, ...]
    order: int
    source: str
    #: trigger classes one of which every match contains (empty: run everywhere)
    needs: frozenset[str] = frozenset()
    #: trigger classes every match contains (the rule runs only where all are near)
    all_of: frozenset[str] = frozenset()
    #: lower-case literal words every match contains (the rule runs only where all occur)
    literals: tuple[str, ...] = ()
    #: the same pattern without IGNORECASE, to scan lower-cased text faster (None when it spells a capital: "Q1")
    scan: re.Pattern[str] | None = None


@dataclass
class Grammar:
    lang: str
    #: class -> {normalized lower-case word -> key}
    lexicon: dict[str, dict[str, str]] = field(default_factory=dict)
    rules: list[Rule] = field(default_factory=list)
    options: dict[str, str] = field(default_factory=dict)
    #: combinator words by kind (prefix by/since, range_open, range_sep)
    combinators: dict[str, re.Pattern[str]] = field(default_factory=dict)
    #: cue words and numbers, one regex per class: rules run only in windows around them
    trigger: dict[str, re.Pattern[str]] = field(default_factory=dict)
    #: the same cue regexes without IGNORECASE, for the lower-cased text (a class whose words spell a capital: none)
    trigger_scan: dict[str, re.Pattern[str] | None] = field(default_factory=dict)

    def key(self, cls: str, word: str | None) -> str | None:
        """The lexicon key of ``word`` in class ``cls`` (None when absent)."""
        if word is None:
            return None
        table = self.lexicon.get(cls, {})
        w = _squash(word.lower())
        hit = table.get(w)
        if hit is None and w.endswith("."):
            hit = table.get(w[:-1])
        return hit


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip())


_PLACEHOLDER = re.compile(r"\{([A-Z]+)(2?)\}")

#: lexicon classes whose words are triggers, and the placeholders that stand for them
_TRIGGER_CLASSES = ("month", "weekday", "unit", "season", "decadeword", "solar", "trigger")
_PLACEHOLDER_TRIGGER = {"M": "month", "SM": "solar", "WD": "weekday", "U": "unit", "S": "season", "DW": "decadeword",
                        "Y": "digit", "YS": "digit", "YY": "digit", "D": "digit", "DN": "digit", "MN": "digit",
                        "C": "digit"}

_CLASS_OF = {"M": "month", "SM": "solar", "U": "unit", "P": "part", "S": "season", "WD": "weekday",
             "ORD": "ordinal", "DW": "decadeword", "H": "hedge", "N": "count"}


def _alternation(words: list[str], sp: str) -> str:
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", sp) for w in uniq)


def _expand(pattern: str, g: Grammar) -> str:
    optional_spaces = g.options.get("spaces") == "optional"
    sp = r"\s*" if optional_spaces else r"\s+"
    # literal spaces outside character classes
    out: list[str] = []
    depth = 0
    skip = False
    for i, ch in enumerate(pattern):
        if skip:
            skip = False
            continue
        if ch == "[" and (not out or out[-1] != "\\"):
            depth += 1
        elif ch == "]" and depth and (not out or out[-1] != "\\"):
            depth -= 1
        if ch == " " and depth == 0:
            optional = pattern[i + 1:i + 2] == "?"
            out.append(r"\s*" if optional else sp)
            skip = optional
        else:
            out.append(ch)
    body = "".join(out)
    ordsfx = g.options.get("ordinal_suffix", "")
    ordsfx_re = f"(?:{_alternation(ordsfx.split('|'), sp)})?" if ordsfx else ""

    def sub(m: re.Match[str]) -> str:
        kind, second = m.group(1), m.group(2)
        name = kind.lower() + second
        if kind == "Y":
            return rf"(?<!\d)(?P<{name}>1\d{{3}}|20\d\d)(?!\d)"
        if kind == "YS":
            return rf"(?P<ys{second}>\d\d)(?!\d)"
        if kind == "YY":
            return rf"(?<!\d)(?P<yy{second}>\d0)(?!\d)"
        if kind == "D":
            return rf"(?<!\d)(?P<{name}>3[01]|[12]\d|0?[1-9])(?!\d){ordsfx_re}"
        if kind == "DN":
            return rf"(?<!\d)(?P<d{second}>3[01]|[12]\d|0[1-9])(?!\d)"
        if kind == "MN":
            return rf"(?<!\d)(?P<mn{second}>1[0-2]|0?[1-9])(?!\d)"
        if kind == "C":
            return rf"(?<!\d)(?P<c{second}>[12]?\d)(?:st|nd|rd|th)?"
        lb, rb = ("", "") if optional_spaces else (r"(?<![^\W\d_])", r"(?![^\W\d_])")
        if kind == "N":
            words = list(g.lexicon.get("count", {}))
            alt = _alternation(words, sp)
            digits = r"(?<!\d)\d{1,3}(?!\d)"
            return rf"(?P<{name}>{digits}|{lb}(?:{alt}){rb})" if alt else rf"(?P<{name}>{digits})"
        if kind == "H":
            alt = _alternation(list(g.lexicon.get("hedge", {})), sp)
            return rf"(?:{lb}(?P<h{second}>{alt}){rb}{sp})?" if alt else ""
        cls = _CLASS_OF.get(kind)
        if cls is None:
            raise ModelError(f"time grammar {g.lang}: unknown placeholder {{{kind}}}")
        words = list(g.lexicon.get(cls, {}))
        if not words:
            return "(?!)"
        suffix = r"\.?" if cls in ("month", "weekday") else ""
        if optional_spaces:
            return rf"(?P<{name}>{_alternation(words, sp)}){suffix}"
        # a word class matches whole words only (no letter right before or after)
        return rf"(?<![^\W\d_])(?P<{name}>{_alternation(words, sp)}){suffix}(?![^\W\d_])"

    return _PLACEHOLDER.sub(sub, body)


def _add_words(g: Grammar, cls: str, key: str, words: list[str]) -> None:
    table = g.lexicon.setdefault(cls, {})
    for w in words:
        w = _squash(normalize(w, g.lang).lower())
        if w and w not in table:
            table[w] = key


def _dateparser_names(g: Grammar) -> None:
    try:
        from dateparser.languages.loader import default_loader
    except ImportError as exc:  # pragma: no cover - dateparser is a dependency
        raise ModelError(f"dateparser is needed for month names: {exc}") from exc
    try:
        info = default_loader.get_locale(g.lang).info
    except Exception:  # noqa: BLE001 - a language dateparser lacks simply adds nothing
        return
    min_len = int(g.options.get("min_month_len", "3"))
    for i, key in enumerate(_MONTH_KEYS, start=1):
        _add_words(g, "month", str(i), [w for w in info.get(key, []) if len(w) >= min_len])


def _lines(lang: str) -> list[str]:
    try:
        text = resources.files("annalyst.extract").joinpath("resources", "time", f"{lang}.txt").read_text("utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise ModelError(f"no time grammar for language {lang!r}: {exc}") from exc
    return text.splitlines()


@lru_cache(maxsize=16)
def load_grammar(lang: str) -> Grammar:
    """The compiled grammar of ``lang`` (``ModelError`` when there is none or it is malformed)."""
    g = Grammar(lang=lang)
    patterns: list[tuple[str, str, int]] = []
    for lineno, raw in enumerate(_lines(lang), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            head, sep, words = line[1:].partition("=")
            if not sep:
                raise ModelError(f"time grammar {lang}:{lineno}: expected '@class key = words'")
            parts = head.split()
            cls, key = parts[0], (parts[1] if len(parts) > 1 else "")
            if cls == "option":
                g.options[key] = words.strip()
                continue
            _add_words(g, cls, key, [w for w in words.split("|")])
            continue
        pattern, sep, action = line.partition(" => ")
        if not sep:
            raise ModelError(f"time grammar {lang}:{lineno}: expected 'PATTERN => ACTION'")
        patterns.append((pattern.strip(), action.strip(), lineno))
    if g.options.get("dateparser_months", "yes") != "no":
        _dateparser_names(g)
    flags = re.IGNORECASE
    for order, (pattern, action, lineno) in enumerate(patterns):
        normalized = normalize(pattern, lang)
        body = _expand(normalized, g)
        if g.options.get("spaces") != "optional":
            # whole words only; a language may allow clitics glued in front (Arabic wa-, fa-, bi-, li-)
            clitic = g.options.get("proclitics")
            body = rf"(?<![^\W\d_])(?:(?:{clitic})(?=[^\W\d_]))?(?:{body})(?![^\W\d_])" if clitic \
                else rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])"
        try:
            regex = re.compile(body, flags)
        except re.error as exc:
            raise ModelError(f"time grammar {lang}:{lineno}: {exc}") from exc
        name, *args = action.split()
        needs = _needs(normalized, g)
        # only placeholders are sure to be matched by their own class's cue regex ("дня" is inside "сегодня")
        all_of = frozenset(_PLACEHOLDER_TRIGGER[k] for k, _ in _PLACEHOLDER.findall(_mandatory(normalized))
                           if k in _PLACEHOLDER_TRIGGER)
        literals = _literals(_mandatory(normalized))
        scan = None if _has_capital(body) else re.compile(body)
        g.rules.append(Rule(regex, name, tuple(args), order, f"{lang}:{lineno}", needs, all_of, literals, scan))
    g.trigger = _trigger(g)
    g.trigger_scan = {cls: None if _has_capital(rx.pattern) else re.compile(rx.pattern) for cls, rx in g.trigger.items()}
    sp = r"\s*" if g.options.get("spaces") == "optional" else r"\s+"
    for kind in ("by", "since", "range_open", "range_sep", "range_close"):
        words = [w for w, k in g.lexicon.get("prefix", {}).items() if k == kind]  # type: ignore[assignment]
        if words:
            g.combinators[kind] = re.compile(_alternation(words, sp), flags)  # type: ignore[arg-type]
    return g


def _has_capital(pattern: str) -> bool:
    """``pattern`` spells a capital letter (escapes such as ``\\D`` and group names aside)."""
    return any(ch.isupper() for ch in re.sub(r"\\.|\(\?P[<=]\w+>?", "", pattern))


def _needs(pattern: str, g: Grammar) -> frozenset[str]:
    """The trigger classes a rule's matches may contain (placeholders, digits, literal cue words)."""
    needs = {_PLACEHOLDER_TRIGGER[k] for k, _ in _PLACEHOLDER.findall(pattern) if k in _PLACEHOLDER_TRIGGER}
    if re.search(r"\\d|\[[0-9]", pattern):
        needs.add("digit")
    low = pattern.lower()
    for cls in _TRIGGER_CLASSES:
        if any(w in low for w in g.lexicon.get(cls, {}) if len(w) >= 2 or g.options.get("spaces") == "optional"):
            needs.add(cls)
    return frozenset(needs)


def _trigger(g: Grammar) -> dict[str, re.Pattern[str]]:
    """One regex per trigger class (classes may share words: "年" is a unit and part of "年代")."""
    sp = r"\s*" if g.options.get("spaces") == "optional" else r"\s+"
    start = "" if g.options.get("spaces") == "optional" else r"(?<![^\W\d_])"
    out = {"digit": re.compile(r"\d+")}
    for cls in _TRIGGER_CLASSES:
        words = list(g.lexicon.get(cls, {}))
        if words:
            out[cls] = re.compile(f"{start}(?:{_alternation(words, sp)})", re.IGNORECASE)
    return out


def _mandatory(pattern: str) -> str:
    """``pattern`` without its optional groups, alternations and lookarounds (what every match contains), roughly.

    A pattern with a top-level alternation gives "" (nothing is mandatory).
    """
    out: list[list[str]] = [[]]
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            out[-1].append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            out[-1].append(ch)
            in_class = ch != "]"
            i += 1
            continue
        if ch == "[":
            in_class = True
            out[-1].append(ch)
        elif ch == "(":
            out.append(["("])
        elif ch == ")" and len(out) > 1:
            body = "".join(out.pop()) + ")"
            nxt = pattern[i + 1] if i + 1 < n else ""
            look = body.startswith(("(?=", "(?!", "(?<=", "(?<!"))
            alternation = "|" in _top_level(body[1:-1])
            if nxt in ("?", "*"):
                i += 1
                out[-1].append(" ")
            elif look or alternation:
                out[-1].append(" ")
            else:
                out[-1].append(body)
        elif ch == "|" and len(out) == 1:
            return ""
        else:
            out[-1].append(ch)
        i += 1
    return "".join(out[0])


def _top_level(body: str) -> str:
    """``body`` with its nested groups removed (to see its own alternation bars)."""
    depth, keep = 0, []
    for ch in body:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            keep.append(ch)
    return "".join(keep)


def _literals(mandatory: str) -> tuple[str, ...]:
    """Literal words (3 letters or more, not made optional by a quantifier) of a mandatory pattern part."""
    text = _PLACEHOLDER.sub(" ", mandatory)
    text = re.sub(r"\\.", " ", text)
    text = re.sub(r"\[[^\]]*\]", " ", text)
    text = re.sub(r"\(\?P<\w+>|\(\?:|[()]", " ", text)
    words = []
    for m in re.finditer(r"[^\W\d_]+", text):
        nxt = text[m.end():m.end() + 1]
        if nxt in ("?", "*", "{"):
            continue
        if len(m.group()) >= 3:
            words.append(m.group().lower())
    return tuple(dict.fromkeys(words))
