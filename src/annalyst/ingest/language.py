"""Language identification of article text and of single blocks (paragraphs, teasers).

``detect(text)`` returns an ISO 639-1 code (``"fa"`` for Persian and Dari, ``"ps"`` Pashto, ``"ur"`` Urdu,
``"zh"``, ``"ar"``, ``"ru"``, ``"en"`` ...; a three-letter code where the model has no two-letter one) or
``None`` for empty, too short or non-linguistic input (numbers, URLs, punctuation).

How it decides, cheapest first:

1. Only the first ``MAX_CHARS`` characters are examined; URLs, e-mail addresses and digits are ignored.
2. The dominant script is counted. Han text without kana or hangul is Chinese, kana means Japanese, hangul
   Korean: no model is needed for these.
3. Arabic-script text is settled by the letters only one of its languages uses, when they are frequent enough:
   ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې and the particle د standing alone are Pashto, ٹ ڈ ڑ ں ے ہ ۃ ھ are Urdu. Text with letters of Uyghur or Sorani (ۆ ۇ ۈ ۋ ە ێ ڵ ڕ)
   is left to the model unrestricted; other Arabic-script text is classified by the model among Arabic, Persian,
   Urdu and Pashto only (the model otherwise drifts to Moroccan/Egyptian Arabic, Southern Uzbek or Kurdish on
   short Persian or Arabic sentences).
4. Running English text (30 words or more, at least 10 % of them English function words that other Latin-script
   languages do not use, from ``resources/ingest/english_markers.txt``) is English without the model: inside
   ingestion the model costs about 110 us a text (a 39 MB byte automaton and a 57 MB table, read after trafilatura
   has filled the caches), the words 10 us.
5. Everything else goes to py3langid (loaded once, lazily); regional labels are folded into their macrolanguage
   (``wuu``/``yue`` -> ``zh``, ``arz``/``ary`` -> ``ar``), since the model calls short Mandarin sentences Wu; the
   English-lexified creoles ``pcm``/``jam`` -> ``en``, since it calls about 1 in 70 short English news sentences
   Nigerian Pidgin.

Measured on ``tests/data/langid_sentences.jsonl`` (see ``benchmarks/langid_compare.py``): the model alone is right
on every en/ru/ur/fa/ps sentence there but labels 8 of 47 Mandarin sentences ``wuu`` and one Arabic one ``ary``;
steps 2-5 fix those. Step 3 matters for short Pashto or Urdu fragments where the model has few features.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..errors import ModelError

__all__ = ["MAX_CHARS", "MIN_LETTERS", "detect", "detect_blocks"]

MAX_CHARS = 2000
"""Characters of a text examined: detection must cost little next to HTML extraction."""

MIN_LETTERS = 6
"""Fewer letters than this (a Han character counts two) is too short to tell: ``detect`` returns ``None``.
A lone short word (``Share:``, ``Kabul``) says nothing reliable about the language around it."""

_LINKS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_DIGITS = re.compile(r"\d+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_ASCII_NOT_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff]")
_HANGUL = re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")

# Letters of one Arabic-script language only (among those the project reads).
_PASHTO = re.compile("[\u067c\u0681\u0685\u0689\u0693\u0696\u069a\u06ab\u06bc\u06cd\u06d0]")  # ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې
_URDU = re.compile("[\u0679\u0688\u0691\u06ba\u06d2\u06c1\u06c3\u06be]")  # ٹ ڈ ڑ ں ے ہ ۃ ھ
_PASHTO_DE = re.compile(r"(?<!\w)\u062f(?![\w.])")  # the particle د standing alone ("د." is Arabic for Dr.)
_UYGHUR_KURDISH = re.compile("[\u06c6\u06c7\u06c8\u06cb\u06d5\u06ce\u06b5\u0695]")  # ۆ ۇ ۈ ۋ ە ێ ڵ ڕ
_ARABIC_SCRIPT_CANDIDATES = ("ar", "fa", "ur", "ps", "arz", "ary")

_WORD = re.compile(r"[^\W\d_]+")
MARKER_CHARS = 600
"""Characters read for English function words."""
MARKER_MIN_WORDS = 30
MARKER_SHARE = 0.10
"""Share of the words that must be English function words (``resources/ingest/english_markers.txt``)."""

_DENSITY = 0.01
"""Share of Arabic-script letters that must be language-specific before letters alone decide (or 3 of them)."""

#: labels folded into the language whose coder reads them: regional varieties into their macrolanguage, and the
#: English-lexified creoles the model gives short English news sentences ("Niger broke off diplomatic relations with
#: Ukraine." scores as Nigerian Pidgin) into English, whose coder reads them better than no coder at all
_MACRO = {"wuu": "zh", "yue": "zh", "arz": "ar", "ary": "ar", "uzs": "uz", "pcm": "en", "jam": "en"}


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The py3langid model, loaded on first use (about half a second) and kept.

    Its feature table ships as float16; scoring a text gathers a few hundred rows of it, and numpy converts float16
    in software (about 40 us per text, the largest share of ``detect``). The table is held as float32 instead:
    28 MB more memory, the same scores (the products were computed in float32 already), scoring 8 times faster.
    """
    try:
        import numpy as np
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError as exc:  # pragma: no cover - py3langid is a dependency
        raise ModelError(f"py3langid is not installed: {exc}") from exc
    try:
        ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    except (OSError, ValueError) as exc:  # pragma: no cover - a broken installation
        raise ModelError(f"cannot load the py3langid model: {exc}") from exc
    table = getattr(ident, "nb_ptc", None)
    if table is not None and table.dtype == np.float16:
        ident.nb_ptc = table.astype(np.float32)
        if isinstance(getattr(ident, "_full_model", None), tuple):  # its copy for set_languages: let float16 go
            ident._full_model = (ident.nb_ptc, *ident._full_model[1:])
    return ident


def _fold(code: str) -> str | None:
    if code in ("zxx", "und"):
        return None
    return _MACRO.get(code, code)


def _arabic_script(text: str, n_arabic: int) -> str | None:
    """Pashto or Urdu by their own letters; otherwise the model, restricted where that is safe."""
    n_ps = len(_PASHTO.findall(text)) + len(_PASHTO_DE.findall(text))
    n_ur = len(_URDU.findall(text))
    need = min(3, max(1, int(n_arabic * _DENSITY)))
    if n_ps >= need and n_ps > n_ur:
        return "ps"
    if n_ur >= need and n_ur > n_ps:
        return "ur"
    ident = _identifier()
    if _UYGHUR_KURDISH.search(text):
        return _fold(ident.classify(text)[0])
    for code, _score in ident.rank(text):
        if code in _ARABIC_SCRIPT_CANDIDATES:
            return _fold(code)
    return None  # pragma: no cover - the candidates are always ranked


def detect(text: str) -> str | None:
    """The language of ``text`` as an ISO 639-1 code, or ``None`` when there is too little text to tell.

    Only the first ``MAX_CHARS`` characters are read. Raises ``ModelError`` if the model cannot be loaded.
    """
    if not text:
        return None
    sample = text[:MAX_CHARS]
    if "@" in sample or "://" in sample or "www." in sample:
        sample = _LINKS.sub(" ", sample)
    sample = _DIGITS.sub(" ", sample)
    if sample.isascii():  # the common case, counted in C: no Han, kana, hangul or Arabic
        n_letters = len(sample.encode("ascii").translate(None, _ASCII_NOT_LETTERS))
        if n_letters < MIN_LETTERS:
            return None
        return "en" if _english_by_markers(sample) else _fold(_identifier().classify(sample)[0])
    n_letters = len(_NOT_LETTERS.sub("", sample))
    n_han = len(_HAN.findall(sample))
    if n_letters + n_han < MIN_LETTERS:
        return None
    n_kana = len(_KANA.findall(sample))
    n_hangul = len(_HANGUL.findall(sample))
    n_cjk = n_han + n_kana + n_hangul
    if n_cjk * 2 > n_letters:
        if n_kana:
            return "ja"
        if n_hangul > n_han:
            return "ko"
        return "zh"
    n_arabic = len(_ARABIC.findall(sample))
    if n_arabic * 2 > n_letters:
        return _arabic_script(sample, n_arabic)
    if not n_cjk and not n_arabic and _english_by_markers(sample):
        return "en"
    return _fold(_identifier().classify(sample)[0])


def _english_by_markers(sample: str) -> bool:
    """Running English text, told by its function words (step 4 of the module's docstring)."""
    words = _WORD.findall(sample.lower(), 0, MARKER_CHARS)
    if len(words) < MARKER_MIN_WORDS:
        return False
    markers = _english_markers()
    return sum(w in markers for w in words) >= MARKER_SHARE * len(words)


@lru_cache(maxsize=1)
def _english_markers() -> frozenset[str]:
    from ..resources import load_lines

    return frozenset(load_lines("ingest", "english_markers.txt"))


def detect_blocks(blocks: list[str]) -> list[str | None]:
    """``detect`` applied to each block (a paragraph, a heading, a teaser), in order."""
    return [detect(block) for block in blocks]
