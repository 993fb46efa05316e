"""An optional large-language-model coder behind an OpenAI-compatible chat endpoint (llama.cpp, Ollama, vLLM ...).

Off by default. The setting ``coder`` chooses who codes English events:

* ``rules`` (default): the rule coder (``events.EventCoder``) alone;
* ``llm``: the model codes each article; its events replace the rule coder's;
* ``hybrid``: the rule coder proposes, the model confirms or rejects each proposal (an event the model rejects is
  dropped; one it confirms gains 0.1 confidence; one it says nothing about is kept as it was).

The setting ``llm`` names the endpoint as ``openai:<base url>|<model>[|<name of an environment variable holding the
API key>]`` (the same form as ``translator``), e.g. ``openai:http://127.0.0.1:8080|qwen2.5-7b-instruct``.

The prompt gives the PLOVER types in one line each (``resources/events/plover_definitions.json``) and asks for JSON
only. Every event the model returns is validated against the event record: a known PLOVER type (and a mode of that
type, else none), a design status, actor and recipient names as strings, and an ``evidence`` sentence and a
``trigger`` word that are found **verbatim** in the article (the trigger inside the evidence); anything else is
dropped, so the model cannot invent evidence. Kept events point at the evidence's offsets, carry the type's PLOVER
score and quad class, and the actors' names as written (no dictionary link: ``actor_id`` is null).

An endpoint that cannot be reached, or answers with an HTTP error, raises ``ModelError``; an answer that is not the
JSON asked for codes nothing for that article (``llm``) or leaves the rule coder's events as they are (``hybrid``).
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from typing import Any

from ..errors import ConfigError, ModelError
from ..models import STATUSES, Event, EventActor, Evidence, ParseResult, stable_id
from ..resources import load_json
from .eventlex import plover_table, score_for

__all__ = ["CODERS", "LLMCoder", "llm_from_settings", "apply_coder"]

#: values of the ``coder`` setting
CODERS = ("rules", "llm", "hybrid")
_STATUSES = frozenset(STATUSES)
_JSON = re.compile(r"\{.*\}", re.S)


@lru_cache(maxsize=1)
def _definitions() -> str:
    types = load_json("events", "plover_definitions.json")["types"]
    modes = {name: sorted(info["modes"]) for name, info in plover_table()["types"].items()}
    return "\n".join(f"- {name}: {text}" + (f" (modes: {', '.join(modes[name])})" if modes.get(name) else "")
                     for name, text in types.items())


def _code_prompt() -> str:
    return (
        "You code political events in news text with the PLOVER ontology. Event types:\n" + _definitions() + "\n"
        "Reply with JSON only: {\"events\": [{\"event_type\": TYPE, \"mode\": MODE or null, \"actor\": [names], "
        "\"recipient\": [names], \"status\": one of asserted, attributed, alleged, denied, proposed, predicted, "
        "hypothetical, negated, \"trigger\": the word of the text that names the act, \"evidence\": the whole "
        "sentence of the text, copied exactly}]}. Copy names, trigger and evidence exactly as they are written.")


def _review_prompt() -> str:
    return (
        "You check political events coded from news text with the PLOVER ontology. Event types:\n" + _definitions()
        + "\nFor each numbered event, say whether the sentence supports it with this type, actor and recipient. "
        "Reply with JSON only: {\"verdicts\": [{\"index\": N, \"keep\": true or false}]}.")


class LLMCoder:
    """A chat endpoint that codes or reviews events (see the module docstring). ``client`` may be an
    ``httpx.Client``."""

    def __init__(self, base_url: str, model: str, api_key: str | None = None, timeout: float = 120.0,
                 client: Any = None) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(f"llm endpoint must be an http(s) URL, not {base_url!r}")
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key = api_key
        self.timeout = timeout
        self._client = client

    def close(self) -> None:
        """Close the HTTP client this coder opened."""
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def url(self) -> str:
        base = self.base_url
        return f"{base}/chat/completions" if base.endswith("/v1") else f"{base}/v1/chat/completions"

    def _ask(self, system: str, user: str) -> dict | None:
        """The model's JSON answer, or None when it is not a JSON object."""
        import httpx

        if self._client is None:
            self._client = httpx.Client(timeout=self.timeout)
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        body = {"model": self.model, "temperature": 0,
                "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}]}
        try:
            response = self._client.post(self.url, json=body, headers=headers)
            response.raise_for_status()
            content = response.json()["choices"][0]["message"]["content"]
        except httpx.HTTPError as exc:
            raise ModelError(f"llm endpoint {self.url}: {exc}") from exc
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise ModelError(f"llm endpoint {self.url}: not a chat-completions answer ({exc})") from exc
        match = _JSON.search(content or "")
        if match is None:
            return None
        try:
            data = json.loads(match.group(0))
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def code(self, text: str, article_id: str | None) -> list[Event]:
        """Events the model finds in ``text``, each validated (module docstring)."""
        data = self._ask(_code_prompt(), text)
        raw = data.get("events") if data else None
        if not isinstance(raw, list):
            return []
        out: list[Event] = []
        for item in raw:
            event = _validated(item, text, article_id)
            if event is not None and all(e.id != event.id for e in out):
                out.append(event)
        return out

    def review(self, text: str, events: list[Event]) -> list[Event]:
        """The rule coder's ``events`` the model does not reject (confirmed ones gain 0.1 confidence)."""
        if not events:
            return events
        lines = []
        for n, e in enumerate(events):
            sentence = e.evidence[0].sentence if e.evidence else ""
            mode = f" ({e.mode})" if e.mode else ""
            lines.append(f"{n}. {e.event_type}{mode}: actor {[a.name for a in e.actor]}, recipient "
                         f"{[a.name for a in e.recipient]}; sentence: {sentence}")
        data = self._ask(_review_prompt(), "\n".join(lines))
        verdicts = data.get("verdicts") if data else None
        if not isinstance(verdicts, list):
            return events
        keep: dict[int, bool] = {}
        for v in verdicts:
            if isinstance(v, dict) and isinstance(v.get("index"), int) and isinstance(v.get("keep"), bool):
                keep[v["index"]] = v["keep"]
        out = []
        for n, e in enumerate(events):
            if keep.get(n) is False:
                continue
            if keep.get(n) is True:
                e.confidence = round(min(0.95, e.confidence + 0.1), 2)
            out.append(e)
        return out


def _names(value: Any) -> list[str] | None:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        return None
    return [v.strip() for v in value]


def _validated(item: Any, text: str, article_id: str | None) -> Event | None:
    """The event record of one model answer, or None when it does not validate (module docstring)."""
    if not isinstance(item, dict):
        return None
    types = plover_table()["types"]
    event_type = str(item.get("event_type") or "").strip().upper()
    if event_type not in types:
        return None
    mode = item.get("mode")
    mode = mode if isinstance(mode, str) and mode in types[event_type]["modes"] else None
    status = item.get("status") or "asserted"
    actors, recipients = _names(item.get("actor")), _names(item.get("recipient"))
    evidence, trigger = item.get("evidence"), item.get("trigger")
    if status not in _STATUSES or not actors or recipients is None:
        return None
    if not isinstance(evidence, str) or not isinstance(trigger, str) or not evidence.strip() or not trigger.strip():
        return None
    evidence, trigger = evidence.strip(), trigger.strip()
    start = text.find(evidence)
    if start < 0 or trigger not in evidence:
        return None  # evidence or trigger not in the article: invented
    score, quad = score_for(event_type, mode)
    return Event(
        id=stable_id(article_id or text[:200], str(start), event_type, "llm"),
        article_id=article_id, event_type=event_type, mode=mode,
        actor=[EventActor(actor_id=None, name=a, text=a) for a in actors],
        recipient=[EventActor(actor_id=None, name=r, text=r) for r in recipients],
        status=status, score=score, quad_class=quad, confidence=0.5,
        evidence=[Evidence(article_id=article_id or "", start=start, end=start + len(evidence), sentence=evidence,
                           trigger=trigger)],
    )


def llm_from_settings(coder: str | None, value: str | None) -> LLMCoder | None:
    """The model the ``coder`` and ``llm`` settings name (None for ``rules``); ``ConfigError`` if malformed."""
    mode = (coder or "rules").strip().lower()
    if mode not in CODERS:
        raise ConfigError(f"coder {coder!r}: expected one of {', '.join(CODERS)}")
    if mode == "rules":
        return None
    kind, _, rest = (value or "").strip().partition(":")
    parts = rest.split("|")
    if kind.lower() != "openai" or len(parts) < 2 or not parts[0] or not parts[1]:
        raise ConfigError(f"coder {mode!r} needs llm = openai:<base url>|<model>[|<API key variable>], "
                          f"not {value!r}")
    key = os.environ.get(parts[2]) if len(parts) > 2 and parts[2] else None
    return LLMCoder(parts[0], parts[1], api_key=key)


def apply_coder(result: ParseResult, llm: LLMCoder | None, coder: str) -> ParseResult:
    """``result`` with its English events coded (``llm``) or reviewed (``hybrid``) by the model."""
    if llm is None or coder == "rules" or result.article.language not in (None, "en"):
        return result
    text = result.article.text or ""
    if coder == "llm":
        result.events = llm.code(text, result.article.id)
    elif coder == "hybrid":
        result.events = llm.review(text, result.events)
    return result
