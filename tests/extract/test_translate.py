"""The translation plug-in against a fake OpenAI-compatible server on loopback (canned translations, no internet)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from annalyst.errors import ConfigError, ModelError
from annalyst.extract.translate import (
    OpenAICompatibleTranslator,
    Translator,
    translate_and_analyze,
    translator_from_settings,
)
from annalyst.models import Article, Published

RU = ("Погода в Кабуле была тёплой. Россия в четверг официально признала правительство талибов. "
      "Цены на муку не изменились.")
CANNED = {
    "Погода в Кабуле была тёплой.": "The weather in Kabul was warm.",
    "Россия в четверг официально признала правительство талибов.":
        "Russia officially recognized the Taliban government on Thursday.",
    "Цены на муку не изменились.": "Flour prices did not change.",
}


class _Handler(BaseHTTPRequestHandler):
    requests: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
        text = body["messages"][-1]["content"]
        if text not in CANNED:
            self.send_response(500)
            self.end_headers()
            return
        answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": CANNED[text]}}]}
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:  # noqa: ANN002 - silence
        pass


@pytest.fixture
def server():
    _Handler.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def test_translate_openai_compatible_posts_chat_completions(server):
    translator = OpenAICompatibleTranslator(server, "test-model", api_key="k")
    try:
        out = translator.translate(list(CANNED), "ru")
    finally:
        translator.close()
    assert out == list(CANNED.values())
    assert isinstance(translator, Translator)
    req = _Handler.requests[0]
    assert req["path"] == "/v1/chat/completions" and req["auth"] == "Bearer k"
    assert req["body"]["model"] == "test-model" and "Russian" in req["body"]["messages"][0]["content"]


def test_translate_server_error_is_a_model_error(server):
    translator = OpenAICompatibleTranslator(server + "/v1", "m")
    try:
        with pytest.raises(ModelError, match="/v1/chat/completions"):
            translator.translate(["Нет такого перевода."], "ru")
    finally:
        translator.close()


def test_translate_settings_values():
    assert translator_from_settings(None) is None and translator_from_settings("none") is None
    t = translator_from_settings("openai:http://127.0.0.1:9|qwen")
    assert isinstance(t, OpenAICompatibleTranslator) and t.model == "qwen" and t.url.endswith("/v1/chat/completions")
    for bad in ("openai:http://x", "deepl:abc", "openai:ftp://x|m", "argos:"):
        with pytest.raises(ConfigError):
            translator_from_settings(bad)


def test_translate_settings_row_defaults_to_none():
    from annalyst.settings import Settings

    assert Settings().translator == "none"


def test_translate_argos_missing_package_names_it(tmp_path):
    try:
        import argostranslate  # noqa: F401
    except ImportError:
        with pytest.raises(ModelError, match="argostranslate"):
            translator_from_settings(f"argos:{tmp_path}")
    else:  # pragma: no cover - only where argostranslate is installed
        pytest.skip("argostranslate is installed here")


@pytest.mark.slow
def test_translate_and_analyze_maps_evidence_to_the_original(server, nlp):
    article = Article(id="ru-t", text=RU, language="ru", published=Published("2025-07-04", "given"))
    translator = OpenAICompatibleTranslator(server, "m")
    try:
        result = translate_and_analyze(article, translator, nlp)
    finally:
        translator.close()
    support = [e for e in result.events if e.event_type == "SUPPORT"]
    assert support, [e.event_type for e in result.events]
    ev = support[0].evidence[0]
    assert RU[ev.start:ev.end] == ev.sentence == "Россия в четверг официально признала правительство талибов."
    assert ev.trigger.endswith("[en]")
    assert {a.actor_id for a in support[0].actor} == {"RUS"}
    assert result.article is article and all(RU[m.start:m.end] == m.text for m in result.mentions)


@pytest.mark.slow
def test_translate_through_analyze_when_a_translator_is_given(server, nlp):
    from annalyst.extract.document import analyze

    article = Article(id="ru-u", text=RU, language="ru", published=Published("2025-07-04", "given"))
    translator = OpenAICompatibleTranslator(server, "m")
    try:
        translated = analyze(article, nlp, translator=translator)
    finally:
        translator.close()
    native = analyze(article, nlp)
    assert any(e.evidence[0].trigger.endswith("[en]") for e in translated.events)
    assert native.events and not any(e.evidence[0].trigger.endswith("[en]") for e in native.events)


@pytest.mark.slow
def test_translate_setting_reaches_stored_extraction(server, tmp_path):
    """The ``translator`` setting is honoured by ``annalyst extract`` in one process, as by workers and Dask."""
    from annalyst import Annalyst

    article = Article(id="ru-store", text=RU, language="ru", published=Published("2025-07-04", "given"),
                      content_hash="x")
    with Annalyst(db=str(tmp_path / "t.db"), translator=f"openai:{server}|m") as an:
        an.store.add_articles([article])
        assert an.extract() == 1
        events = an.events(article_id="ru-store")
    assert events and all(e.evidence[0].trigger.endswith("[en]") for e in events)
    assert _Handler.requests, "the stored extraction went through the translator"
