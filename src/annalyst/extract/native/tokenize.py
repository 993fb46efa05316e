"""Sentences, tokens and the matching form of words for the native-language extractor.

* ``normalise(text, lang)`` is the form words are compared in: NFKC, lower case, Russian ё as е; in Arabic script the
  short vowels, tatweel and zero-width non-joiners are dropped and letters that vary between Arabic, Persian, Urdu
  and Pashto spelling are unified (alef forms, the yehs including Pashto ې and ۍ, kaf, heh, gaf), Eastern digits
  become ASCII digits.
* ``sentences(text, lang)`` cuts at . ! ? … and the script's own stops (``۔ ؟ 。！？``), keeping offsets.
* ``tokenize(text, lang)`` uses spaCy's blank pipeline of the language (``ru``, ``ur``, ``fa``, ``ar``; ``xx`` for
  Pashto, which spaCy has no language for) and, for Chinese, jieba's word segmentation when jieba is installed (the
  ``zh`` extra; it ships its dictionary), else one token per character. Every token keeps its character offsets in
  the original text.

Nothing is loaded at import; tokenizers are built on first use and cached.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["Token", "normalise", "sentences", "tokenize", "SCRIPTS", "ARABIC_SCRIPT", "is_punct"]

#: the script of each language the native extractor reads
SCRIPTS = {"ru": "Cyrl", "ur": "Arab", "fa": "Arab", "ps": "Arab", "ar": "Arab", "zh": "Hans"}
ARABIC_SCRIPT = frozenset({"ur", "fa", "ps", "ar"})
_SPACY_LANG = {"ru": "ru", "ur": "ur", "fa": "fa", "ar": "ar", "ps": "xx"}

_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d\u200e\u200f]")
_ARABIC_MAP = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ي": "ی", "ى": "ی", "ك": "ک", "ګ": "گ", "ہ": "ه", "ۀ": "ه",
    "ة": "ه", "ۃ": "ه", "ھ": "ه", "ؤ": "و", "ڪ": "ک", "ې": "ی", "ۍ": "ی",
    **{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
})
_SENT_END = re.compile(r"(?<=[.!?…])[\"'»”)\]]*\s+|(?<=[۔؟。！？])[\"'»”)\]」』]*\s*|\n\s*\n")
_PUNCT = re.compile(r"^[\W_]+$", re.UNICODE)


@dataclass(frozen=True)
class Token:
    """One token: its text in the original, its offsets in the article, and its matching form."""

    text: str
    start: int
    end: int
    norm: str
    punct: bool = False


def is_punct(text: str) -> bool:
    return bool(_PUNCT.match(text))


def normalise(text: str, lang: str) -> str:
    """The form ``text`` is compared in (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if lang in ARABIC_SCRIPT:
        text = _DIACRITICS.sub("", text).translate(_ARABIC_MAP)
    elif lang == "ru":
        text = text.replace("ё", "е")
    return text


def sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` of the sentences of ``text`` (blank stretches left out)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        _add_span(text, pos, m.start() + len(m.group(0).rstrip()), out)
        pos = m.end()
    _add_span(text, pos, len(text), out)
    return out


def _add_span(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


@lru_cache(maxsize=8)
def _spacy_tokenizer(lang: str) -> Any:
    import spacy

    return spacy.blank(_SPACY_LANG[lang]).tokenizer


@lru_cache(maxsize=1)
def _jieba() -> Any | None:
    try:
        import jieba
    except ImportError:
        return None
    import logging

    jieba.setLogLevel(logging.WARNING)
    return jieba


def has_segmenter(lang: str) -> bool:
    """True when ``lang`` is segmented into words (False for Chinese without jieba: one token per character)."""
    return lang != "zh" or _jieba() is not None


def _raw_tokens(text: str, lang: str) -> list[tuple[str, int]]:
    if lang == "zh":
        jieba = _jieba()
        if jieba is not None:
            return [(w, s) for w, s, _e in jieba.tokenize(text) if w.strip()]
        return [(ch, i) for i, ch in enumerate(text) if not ch.isspace()]
    tokenizer = _spacy_tokenizer(lang if lang in _SPACY_LANG else "ps")
    out = []
    for tok in tokenizer(text):
        word = tok.text
        # "И." ending a sentence (spaCy keeps some "X." as abbreviations): the stop is its own token
        if len(word) > 1 and word.endswith(".") and tok.idx + len(word) == len(text.rstrip()):
            out.append((word[:-1], tok.idx))
            out.append((".", tok.idx + len(word) - 1))
        else:
            out.append((word, tok.idx))
    return out


def tokenize(text: str, lang: str, offset: int = 0) -> list[Token]:
    """The tokens of ``text`` (offsets shifted by ``offset``), punctuation marked."""
    out = []
    for word, start in _raw_tokens(text, lang):
        out.append(Token(word, start + offset, start + offset + len(word), normalise(word, lang), is_punct(word)))
    return out
