"""Names across spellings and scripts: normalisation, phonetic keys and a name similarity score.

The same person is written "Kabulov" and "Kablov", "Muttaqi" and "Mutaqi", "Haqqani" and "Hakani", "Yaqoob" and
"Yaqub". Two people who share a surname ("Anas Haqqani", "Sirajuddin Haqqani") or a given name ("Hassan", "Hussain")
must stay apart. The score here decides both, in four steps:

1. ``name_tokens`` transliterates to ASCII (anyascii), lowercases, splits on spaces and hyphens, drops leading
   honorifics and ranks ("Mullah", "General", "Foreign Minister") and, after the first token, particles ("al", "bin").
2. ``token_similarity`` compares two tokens: equal; an initial against a token with that first letter; the same
   consonant skeleton (doubles collapsed, q/k/c and w/v merged, vowels dropped) with a compatible vowel pattern;
   the same coarse skeleton (voiced = voiceless, Gaddafi = Qadhafi); else the edit-distance ratio minus a margin.
3. ``name_similarity`` aligns the tokens of the shorter name, in order, onto the longer one. The surname (last
   token) must match; every given name of the shorter must match a given name of the longer; an unmatched extra
   token in the longer (a middle name: Ahmad *Shah* Massoud vs Ahmad Massoud) costs a factor 0.85, a trailing
   family name (Ashraf Ghani *Ahmadzai*) 0.9, a patronymic (Vladimirovich) nothing. A bare surname scores 0.93 times
   its match.
4. ``org_similarity`` compares names of organisations: every token of the shorter must match one of the longer,
   and each extra token of the longer costs a factor 0.8.

Scores are in 0..1; linking compares them with the setting ``link_threshold`` (0.86).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from anyascii import anyascii
from rapidfuzz.distance import Indel
import jellyfish

from ..errors import ModelError

__all__ = [
    "lexicon",
    "norm_key",
    "ascii_fold",
    "name_tokens",
    "skeleton",
    "coarse_skeleton",
    "vowel_pattern",
    "token_similarity",
    "name_similarity",
    "org_similarity",
    "blocking_keys",
    "slug",
]

_SPLIT = re.compile(r"[\s\-‐‑‒–—_/]+")
_DROP = re.compile(r"[^\w\s\-]", re.UNICODE)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The word lists of ``resources/actors/lexicon.json`` (honorifics, particles, government nouns ...)."""
    try:
        text = resources.files("annalyst.extract").joinpath("resources/actors/lexicon.json").read_text("utf-8")
        return json.loads(text)
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read resources/actors/lexicon.json: {exc}") from exc


@lru_cache(maxsize=1)
def _sets() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    lex = lexicon()
    return frozenset(lex["honorifics"]), frozenset(lex["particles"]), tuple(lex["patronymic_suffixes"])


@lru_cache(maxsize=131072)
def norm_key(text: str) -> str:
    """The key of an exact alias lookup: NFKC, casefolded, quotes and hyphens unified, spaces collapsed, a leading
    "the" dropped. Scripts are kept (no transliteration): "Талибан" and "Taliban" are different keys."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    text = re.sub(r"[\-‐‑‒–—_]+", " ", text)
    text = re.sub(r"[\"*]+", " ", text)
    text = re.sub(r"'s\b", "", text) if text.endswith("'s") else text
    text = " ".join(text.split())
    if text.startswith("the "):
        text = text[4:]
    return text.strip(" .,;:")


@lru_cache(maxsize=65536)
def ascii_fold(text: str) -> str:
    """ASCII transliteration, lowercased, punctuation other than spaces and hyphens dropped."""
    folded = anyascii(unicodedata.normalize("NFKC", text).translate(_QUOTES)).lower().replace("'", "")
    return _DROP.sub(" ", folded)


@lru_cache(maxsize=65536)
def name_tokens(text: str, person: bool = True) -> tuple[str, ...]:
    """Comparison tokens of a name: folded, honorifics (leading) and particles (not first) dropped.

    >>> name_tokens("Mullah Mohammad Yaqoob")
    ('mohammad', 'yaqoob')
    >>> name_tokens("Bashar al-Assad")
    ('bashar', 'assad')
    """
    honorifics, particles, _ = _sets()
    tokens = [t for t in _SPLIT.split(ascii_fold(text)) if t]
    if person:
        while len(tokens) > 1 and tokens[0].rstrip(".") in honorifics:
            tokens.pop(0)
    out: list[str] = []
    for i, tok in enumerate(tokens):
        tok = tok.strip(".")
        if not tok:
            continue
        if i > 0 and tok in particles and i < len(tokens) - 1:
            continue
        if tok in ("the", "of", "and", "for") and not person:
            continue
        out.append(tok)
    return tuple(out)


_DIGRAPHS = (
    ("tch", "č"), ("sch", "š"), ("kh", "h"), ("gh", "g"), ("sh", "š"), ("ch", "č"), ("zh", "ž"), ("th", "t"),
    ("dh", "d"), ("ph", "f"), ("ck", "k"), ("dj", "ž"), ("j", "ž"), ("x", "ks"), ("q", "k"), ("c", "k"), ("w", "v"),
)
_VOWELS = set("aeiouy")
_COARSE = str.maketrans({"b": "p", "d": "t", "g": "k", "v": "f", "z": "s", "ž": "š"})
_VOWEL_CLASS = str.maketrans({"a": "a", "e": "e", "i": "e", "y": "e", "o": "o", "u": "o"})


def _respell(token: str) -> str:
    """Spelling variants made equal before the skeleton: initial "ye" is "e" (Yevgeny/Evgeny), German "tsch" is
    "ch" (Gorbatschow), "w" after a vowel and before a consonant is a vowel (Jawlani/Julani), a final "h" after a
    vowel is silent (Haniyeh/Haniya)."""
    t = token
    if t.startswith("ye") and len(t) > 5 and t[2] not in _VOWELS and t[2] != "h":
        t = t[1:]
    t = t.replace("tsch", "ch")
    t = re.sub(r"(?<=[aeiou])w(?=[^aeiouy])", "u", t)
    if len(t) > 3 and t.endswith("h") and t[-2] in _VOWELS:
        t = t[:-1]
    return t


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Consonant skeleton of a transliterated token: digraphs merged, adjacent doubles collapsed, vowels dropped.

    Letters are only merged when adjacent, so "Keqiang" (k-e-q) keeps two k's and stays apart from "Qiang".
    """
    t = _respell(token)
    for a, b in _DIGRAPHS:
        if a in t:
            t = t.replace(a, b)
    out: list[str] = []
    prev = ""
    for i, ch in enumerate(t):
        if ch == prev:
            continue
        prev = ch
        if ch in _VOWELS and not (ch == "y" and i == 0 and len(t) > 1 and t[1] in _VOWELS):
            continue
        if ch.isalpha():
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def coarse_skeleton(token: str) -> str:
    """The skeleton with voiced and voiceless consonants merged (b=p, d=t, g=k, v=f, z=s, zh=sh)."""
    return skeleton(token).translate(_COARSE)


@lru_cache(maxsize=65536)
def vowel_pattern(token: str) -> str:
    """Vowel classes in order (a / e,i,y / o,u), runs collapsed: "Yaqoob" -> "ao", "Yaqub" -> "ao"."""
    token = _respell(token)
    body = token[1:] if token[:1] == "y" else token
    classes = [c.translate(_VOWEL_CLASS) for c in body if c in _VOWELS]
    out: list[str] = []
    for c in classes:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=262144)
def token_similarity(a: str, b: str) -> float:
    """Similarity of two folded name tokens in 0..1 (see the module docstring)."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    if len(a) == 1 or len(b) == 1:
        return 0.9 if a[0] == b[0] else 0.0
    ratio = Indel.normalized_similarity(a, b)
    ska, skb = skeleton(a), skeleton(b)
    best = 0.0
    if ska == skb and len(ska) >= 2:
        va, vb = vowel_pattern(a), vowel_pattern(b)
        if len(ska) < 3 and (a[0] in _VOWELS) != (b[0] in _VOWELS):
            best = 0.7  # two consonants leave too little to go on: "Saied" is not "Assad", nor "Adel" "Dolo"
        elif va == vb:
            best = 0.96
        elif _vowels_compatible(va, vb) and (len(ska) >= 3 or len(va) == len(vb) or abs(len(a) - len(b)) <= 1):
            best = 0.9  # short skeletons need the same vowel count or one dropped letter: "Khan" is not "Haniyeh"
        else:
            best = 0.7
    elif len(ska) >= 3 and coarse_skeleton(a) == coarse_skeleton(b):
        best = 0.92 if vowel_pattern(a) == vowel_pattern(b) else 0.7
    if best:
        return max(best, ratio if ratio >= 0.9 else 0.0)
    if len(a) >= 6 and abs(len(a) - len(b)) == 1 and _is_subsequence(*sorted((a, b), key=len)):
        return ratio  # one letter dropped: "Akhunzada" / "Akhundzada", "Zabiullah" / "Zabihullah"
    cratio = Indel.normalized_similarity(ska, skb) if ska and skb else 0.0
    # Jaro-Winkler rewards a shared start; the skeleton ratio guards against one-consonant-different names
    jw = jellyfish.jaro_winkler_similarity(a, b)
    return max(0.0, min(max(ratio, jw - 0.05), cratio) - 0.1)


def _vowels_compatible(va: str, vb: str) -> bool:
    """Vowel patterns of transliteration variants: same length with one difference ("Mehsud"/"Mahsud"), or
    mostly the same ("Haniyeh"/"Haniya"); "Hassan" (a) and "Hussain" (o-a-e) are not."""
    if len(va) == len(vb):
        return sum(x != y for x, y in zip(va, vb)) <= 1
    return Indel.normalized_similarity(va, vb) > 0.5


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def last_token_hint(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Similarity of the last tokens (used to grade a failed alignment below the threshold)."""
    return token_similarity(a[-1], b[-1]) if a and b else 0.0


def _is_patronymic(token: str) -> bool:
    return token.endswith(_sets()[2]) and len(token) > 6


def _align(short: tuple[str, ...], long: tuple[str, ...], floor: float) -> list[tuple[int, float]] | None:
    """Monotonic alignment of every token of ``short`` onto ``long`` maximising the sum of similarities; None when
    some token finds no partner scoring at least ``floor``."""
    n, m = len(short), len(long)
    neg = float("-inf")
    # best[i][j]: best total aligning short[:i] within long[:j]
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    for j in range(m + 1):
        best[0][j] = 0.0
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            # skip long[j-1]
            if best[i][j - 1] > best[i][j]:
                best[i][j] = best[i][j - 1]
                back[i][j] = back[i][j - 1]
            s = token_similarity(short[i - 1], long[j - 1])
            if s >= floor and best[i - 1][j - 1] != neg and best[i - 1][j - 1] + s > best[i][j]:
                best[i][j] = best[i - 1][j - 1] + s
                back[i][j] = (i - 1, j - 1, s)
    if best[n][m] == neg:
        return None
    pairs: list[tuple[int, float]] = []
    i, j = n, m
    while i > 0:
        step = back[i][j]
        if step is None:
            return None
        pi, pj, s = step
        pairs.append((pj, s))
        i, j = pi, pj
    pairs.reverse()
    return pairs


@lru_cache(maxsize=65536)
def _person_score(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    if not a or not b:
        return 0.0
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) == 1:
        # a bare surname (or a mononym): it must match the surname of the longer name
        s = token_similarity(short[0], long[-1])
        if len(long) == 1:
            return s
        return s * 0.93 if s >= 0.8 else s * 0.5
    pairs = _align(short, long, 0.8)
    if pairs is None:
        if len(a) == len(b):
            return 0.6 * last_token_hint(a, b)
        joined = token_similarity("".join(a), "".join(b))  # "Abdul Ghani" vs "Abdulghani"
        return joined if joined >= 0.9 else min(0.6, joined)
    last_j, last_s = pairs[-1]
    given = [s for _, s in pairs[:-1]]
    score = 0.55 * last_s + 0.45 * (sum(given) / len(given))
    used = {j for j, _ in pairs}
    for j, tok in enumerate(long):
        if j in used or _is_patronymic(tok):
            continue
        if len(tok) == 1 and not any(len(t) == 1 for t in short):
            score *= 0.97  # a middle initial the shorter form leaves out
        elif j > last_j:
            score *= 0.9  # a trailing family or tribal name: "Ashraf Ghani Ahmadzai", "Faisal bin Farhan Al Saud"
        else:
            score *= 0.85  # a given or middle name: Ahmad *Shah* Massoud is not his son Ahmad Massoud
    return score


def name_similarity(a: str | Iterable[str], b: str | Iterable[str]) -> float:
    """How likely two person names are the same person, in 0..1 (strings or ``name_tokens`` tuples)."""
    ta = name_tokens(a) if isinstance(a, str) else tuple(a)
    tb = name_tokens(b) if isinstance(b, str) else tuple(b)
    return _person_score(ta, tb)


@lru_cache(maxsize=65536)
def _org_score(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    pairs = _align(short, long, 0.8)
    if pairs is None:
        if len(a) == len(b):
            return 0.6 * last_token_hint(a, b)
        joined = token_similarity("".join(a), "".join(b))  # "Abdul Ghani" vs "Abdulghani"
        return joined if joined >= 0.9 else min(0.6, joined)
    score = sum(s for _, s in pairs) / len(pairs)
    return score * (0.8 ** (len(long) - len(short)))


def org_similarity(a: str | Iterable[str], b: str | Iterable[str]) -> float:
    """Similarity of two names of organisations, places or groups: all tokens on both sides must match."""
    ta = name_tokens(a, person=False) if isinstance(a, str) else tuple(a)
    tb = name_tokens(b, person=False) if isinstance(b, str) else tuple(b)
    return _org_score(ta, tb)


def blocking_keys(tokens: Iterable[str]) -> set[str]:
    """Keys under which a name is indexed for fuzzy candidates: the coarse skeleton of each token of 3+ letters."""
    keys: set[str] = set()
    for tok in tokens:
        if len(tok) >= 3:
            key = coarse_skeleton(tok)
            if len(key) >= 2:
                keys.add(key)
    return keys


def slug(text: str) -> str:
    """A lowercase ASCII slug: "Mohammad Hussain Sayed" -> "mohammad-hussain-sayed"."""
    s = re.sub(r"[^a-z0-9]+", "-", ascii_fold(text))
    return s.strip("-") or "x"
