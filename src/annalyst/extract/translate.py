"""Machine translation as a plug-in: run the English pipeline on a translation, keep the evidence in the original.

Off by default. The setting ``translator`` chooses one:

* ``none`` (default): non-English articles go to the native extractor (``extract.native``);
* ``openai:<base url>|<model>[|<name of an environment variable holding the API key>]``: a local server speaking the
  OpenAI chat-completions API (llama.cpp, vLLM, Ollama, LM Studio ...), e.g.
  ``openai:http://127.0.0.1:8080|qwen2.5-7b-instruct``; annalyst POSTs ``/v1/chat/completions`` there, one request
  per sentence, temperature 0;
* ``argos:<directory>``: Argos Translate models (``*.argosmodel`` files, CTranslate2 inside) the user downloaded
  into that directory; needs the ``argostranslate`` package.

``translate_and_analyze(article, translator, nlp)`` cuts the original into sentences (``native.tokenize``),
translates them, joins the translations into one English text while keeping an alignment table (English span ->
original sentence span), runs ``analyze`` on it, and maps each event's evidence back: its ``start``/``end`` and
``sentence`` become those of the original sentence(s) its English sentence came from; ``trigger`` stays the English
word, marked ``[en]``. Mentions and time expressions come from the native extractor on the original text (their
offsets are real offsets of the original). Translated events keep the English coder's confidence times 0.9.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Any, Protocol, runtime_checkable

from ..errors import ConfigError, ModelError
from ..models import Article, Event, Evidence, ParseResult, stable_id

__all__ = [
    "Translator",
    "OpenAICompatibleTranslator",
    "ArgosTranslator",
    "translator_from_settings",
    "translate_and_analyze",
    "Alignment",
    "LANGUAGE_NAMES",
]

LANGUAGE_NAMES = {"ru": "Russian", "ur": "Urdu", "fa": "Persian (Dari)", "ps": "Pashto", "zh": "Chinese",
                  "ar": "Arabic", "uz": "Uzbek", "tg": "Tajik", "tk": "Turkmen", "kk": "Kazakh", "ky": "Kyrgyz",
                  "hi": "Hindi", "tr": "Turkish", "uk": "Ukrainian"}
_PROMPT = ("You translate news text from {language} into English. Keep every name, number and date. Reply with the "
           "English translation only, no notes.")


@runtime_checkable
class Translator(Protocol):
    """Anything that turns a list of texts in ``source_lang`` into English, one output per input, in order."""

    def translate(self, texts: list[str], source_lang: str) -> list[str]: ...


class OpenAICompatibleTranslator:
    """A local OpenAI-compatible chat endpoint (see the module docstring). ``client`` may be an ``httpx.Client``."""

    def __init__(self, base_url: str, model: str, api_key: str | None = None, timeout: float = 60.0,
                 client: Any = None) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(f"translator endpoint must be an http(s) URL, not {base_url!r}")
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key = api_key
        self.timeout = timeout
        self._client = client

    @property
    def url(self) -> str:
        base = self.base_url
        return f"{base}/chat/completions" if base.endswith("/v1") else f"{base}/v1/chat/completions"

    def _http(self) -> Any:
        if self._client is None:
            import httpx

            self._client = httpx.Client(timeout=self.timeout)
        return self._client

    def translate(self, texts: list[str], source_lang: str) -> list[str]:
        import httpx

        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        system = _PROMPT.format(language=LANGUAGE_NAMES.get(source_lang, source_lang))
        out: list[str] = []
        for text in texts:
            if not text.strip():
                out.append(text)
                continue
            body = {"model": self.model, "temperature": 0,
                    "messages": [{"role": "system", "content": system}, {"role": "user", "content": text}]}
            try:
                response = self._http().post(self.url, json=body, headers=headers)
                response.raise_for_status()
                content = response.json()["choices"][0]["message"]["content"]
            except httpx.HTTPError as exc:
                raise ModelError(f"translator at {self.url}: {exc}") from exc
            except (KeyError, IndexError, TypeError, ValueError) as exc:
                raise ModelError(f"translator at {self.url}: unexpected answer ({exc})") from exc
            out.append(str(content).strip())
        return out

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


class ArgosTranslator:
    """Argos Translate models installed from ``model_dir`` (``*.argosmodel`` files); needs ``argostranslate``."""

    def __init__(self, model_dir: str) -> None:
        try:
            import argostranslate.package
            import argostranslate.translate
        except ImportError as exc:
            raise ModelError("the argos translator needs the argostranslate package (pip install argostranslate)") \
                from exc
        if not os.path.isdir(model_dir):
            raise ModelError(f"argos model directory not found: {model_dir}")
        self.model_dir = model_dir
        self._translate = argostranslate.translate
        for name in sorted(os.listdir(model_dir)):
            if name.endswith(".argosmodel"):
                argostranslate.package.install_from_path(os.path.join(model_dir, name))

    def translate(self, texts: list[str], source_lang: str) -> list[str]:
        try:
            return [self._translate.translate(t, source_lang, "en") if t.strip() else t for t in texts]
        except Exception as exc:  # noqa: BLE001 - argostranslate raises plain exceptions for missing pairs
            raise ModelError(f"argos cannot translate {source_lang} -> en: {exc}") from exc


def translator_from_settings(value: str | None) -> Translator | None:
    """The translator a ``translator`` setting names (None for ``none`` or empty); ``ConfigError`` if malformed."""
    text = (value or "").strip()
    if not text or text.lower() == "none":
        return None
    kind, _, rest = text.partition(":")
    kind = kind.lower()
    if kind == "openai":
        parts = rest.split("|")
        if len(parts) < 2 or not parts[0] or not parts[1]:
            raise ConfigError(f"translator {text!r}: expected openai:<base url>|<model>[|<API key variable>]")
        key = os.environ.get(parts[2]) if len(parts) > 2 and parts[2] else None
        return OpenAICompatibleTranslator(parts[0], parts[1], api_key=key)
    if kind == "argos":
        if not rest:
            raise ConfigError(f"translator {text!r}: expected argos:<model directory>")
        return ArgosTranslator(rest)
    raise ConfigError(f"translator {text!r}: expected none, openai:<url>|<model> or argos:<directory>")


@dataclass(frozen=True)
class Alignment:
    """One translated sentence: its span in the English text and the original sentence's span."""

    en_start: int
    en_end: int
    start: int
    end: int


def _join(originals: list[tuple[int, int]], translations: list[str]) -> tuple[str, list[Alignment]]:
    parts: list[str] = []
    table: list[Alignment] = []
    pos = 0
    for (start, end), english in zip(originals, translations):
        english = " ".join(english.split())
        if not english:
            continue
        if english[-1] not in ".!?\"'”»)":
            english += "."
        if parts:
            parts.append(" ")
            pos += 1
        table.append(Alignment(pos, pos + len(english), start, end))
        parts.append(english)
        pos += len(english)
    return "".join(parts), table


def _map_event(event: Event, article: Article, table: list[Alignment]) -> Event | None:
    evidence: list[Evidence] = []
    for ev in event.evidence:
        rows = [a for a in table if a.en_start < ev.end and ev.start < a.en_end]
        if not rows:
            continue
        start, end = min(a.start for a in rows), max(a.end for a in rows)
        evidence.append(Evidence(article_id=article.id, start=start, end=end, sentence=article.text[start:end],
                                 trigger=f"{ev.trigger} [en]"))
    if not evidence:
        return None
    first = evidence[0]
    return replace(event, id=stable_id(article.id, "translated", str(first.start), event.event_type),
                   article_id=article.id, evidence=evidence, confidence=round(event.confidence * 0.9, 2))


def translate_and_analyze(article: Article, translator: Translator, nlp: Any) -> ParseResult:
    """The English pipeline's events on a translation of ``article``, evidence in the original (module docstring)."""
    from .document import analyze
    from .native import analyze_native, supports
    from .native.tokenize import sentences
    from .pipeline import pipeline_dictionary

    lang = (article.language or "").split("-")[0].lower()
    text = article.text or ""
    spans = sentences(text, lang)
    if not spans:
        return ParseResult(article=article)
    originals = [text[s:e] for s, e in spans]
    translations = translator.translate(originals, lang)
    if len(translations) != len(originals):
        raise ModelError(f"translator returned {len(translations)} sentences for {len(originals)}")
    english, table = _join(spans, translations)
    english_article = replace(article, text=english, language="en", furniture=[])
    result = analyze(english_article, nlp)
    events = [e for e in (_map_event(ev, article, table) for ev in result.events) if e is not None]
    dictionary = pipeline_dictionary(nlp)
    native = analyze_native(article, dictionary) if supports(lang) else ParseResult(article=article)
    actors = dict(native.actors)
    actors.update(result.actors)
    return ParseResult(article=article, mentions=native.mentions, actors=actors,
                       time_expressions=native.time_expressions, events=events)

