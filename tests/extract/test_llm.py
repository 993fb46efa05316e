"""The optional LLM coder against a scripted fake OpenAI-compatible server on loopback (no internet).

These tests prove the plumbing (prompt, JSON validation, verbatim evidence, confirm/reject, settings), not the
accuracy of any model."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from annalyst.errors import ConfigError, ModelError
from annalyst.extract.llm import LLMCoder, apply_coder, llm_from_settings
from annalyst.models import Article, Event, EventActor, Evidence, ParseResult, Published
from annalyst.settings import Settings

TEXT = ("Officials in Arnor said the weather was mild. Arnor urged Gondor to reopen the mountain pass on Monday. "
        "Rohan troops shelled a village near the river.")


class _Handler(BaseHTTPRequestHandler):
    script: list[tuple[int, str]] = []
    requests: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, "body": body})
        status, content = type(self).script.pop(0)
        data = json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:  # noqa: ANN002 - silence
        pass


@pytest.fixture
def server():
    _Handler.requests, _Handler.script = [], []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def _answer(events):
    return "Here you are:\n" + json.dumps({"events": events})


def test_llm_keeps_only_events_whose_evidence_and_trigger_are_verbatim(server):
    good = {"event_type": "REQUEST", "mode": "appeal", "actor": ["Arnor"], "recipient": ["Gondor"],
            "status": "asserted", "trigger": "urged",
            "evidence": "Arnor urged Gondor to reopen the mountain pass on Monday."}
    invented = {**good, "evidence": "Arnor demanded that Gondor reopen the pass."}
    wrong_trigger = {**good, "trigger": "demanded"}
    bad_type = {**good, "event_type": "CELEBRATE"}
    bad_status = {**good, "status": "rumoured"}
    no_actor = {**good, "actor": []}
    attack = {"event_type": "ASSAULT", "mode": "heavy-weapons", "actor": "Rohan troops", "recipient": [],
              "trigger": "shelled", "evidence": "Rohan troops shelled a village near the river."}
    _Handler.script = [(200, _answer([good, invented, wrong_trigger, bad_type, bad_status, no_actor, attack]))]
    coder = LLMCoder(server, "test-model")
    try:
        events = coder.code(TEXT, "a1")
    finally:
        coder.close()
    assert [(e.event_type, e.mode) for e in events] == [("REQUEST", "appeal"), ("ASSAULT", "heavy-weapons")]
    request = events[0]
    assert TEXT[request.evidence[0].start:request.evidence[0].end] == request.evidence[0].sentence
    assert [a.name for a in request.actor] == ["Arnor"] and request.recipient[0].name == "Gondor"
    assert request.score is not None and request.quad_class == "verbal conflict"
    sent = _Handler.requests[0]["body"]
    assert _Handler.requests[0]["path"] == "/v1/chat/completions" and sent["model"] == "test-model"
    assert "REQUEST" in sent["messages"][0]["content"] and "appeal" in sent["messages"][0]["content"]
    assert sent["messages"][1]["content"] == TEXT


def test_llm_answer_that_is_not_json_codes_nothing(server):
    _Handler.script = [(200, "I could not find any events, sorry.")]
    coder = LLMCoder(server + "/v1", "m")
    try:
        assert coder.code(TEXT, "a1") == []
    finally:
        coder.close()


def test_llm_server_error_is_a_model_error(server):
    _Handler.script = [(500, "oops")]
    coder = LLMCoder(server, "m")
    try:
        with pytest.raises(ModelError):
            coder.code(TEXT, "a1")
    finally:
        coder.close()


def _rule_event(n: int, event_type: str, sentence: str) -> Event:
    start = TEXT.index(sentence)
    return Event(id=f"e{n}", article_id="a1", event_type=event_type, actor=[EventActor(None, "Arnor", "Arnor")],
                 confidence=0.7, evidence=[Evidence("a1", start, start + len(sentence), sentence, "x")])


def test_llm_hybrid_confirms_and_rejects_the_rule_coders_events(server):
    events = [_rule_event(0, "REQUEST", "Arnor urged Gondor to reopen the mountain pass on Monday."),
              _rule_event(1, "ACCUSE", "Officials in Arnor said the weather was mild."),
              _rule_event(2, "ASSAULT", "Rohan troops shelled a village near the river.")]
    _Handler.script = [(200, json.dumps({"verdicts": [{"index": 0, "keep": True}, {"index": 1, "keep": False}]}))]
    article = Article(id="a1", text=TEXT, language="en", published=Published(date="2026-03-18", source="given"))
    coder = LLMCoder(server, "m")
    try:
        result = apply_coder(ParseResult(article=article, events=events), coder, "hybrid")
    finally:
        coder.close()
    assert [e.id for e in result.events] == ["e0", "e2"]
    assert result.events[0].confidence == 0.8 and result.events[1].confidence == 0.7
    assert "0. REQUEST" in _Handler.requests[0]["body"]["messages"][1]["content"]


def test_llm_settings_off_by_default_and_validated(monkeypatch):
    monkeypatch.delenv("ANNALYST_CODER", raising=False)
    monkeypatch.setenv("ANNALYST_CONFIG", "/nonexistent/annalyst.toml")
    assert Settings().coder == "rules" and llm_from_settings("rules", None) is None
    with pytest.raises(ConfigError):
        Settings(coder=None) and llm_from_settings("oracle", None)
    with pytest.raises(ConfigError):
        llm_from_settings("hybrid", None)
    with pytest.raises(ConfigError):
        llm_from_settings("llm", "openai:ftp://x|m")
    monkeypatch.setenv("ANNALYST_CODER", "sometimes")
    with pytest.raises(ConfigError):
        Settings()
    coder = llm_from_settings("llm", "openai:http://127.0.0.1:9|tiny")
    assert coder.url == "http://127.0.0.1:9/v1/chat/completions" and coder.model == "tiny"


@pytest.mark.slow
def test_llm_coder_replaces_the_rule_coders_events_in_a_batch(server, nlp):
    from annalyst.jobs.runner import extract_batch

    attack = {"event_type": "ASSAULT", "actor": ["Rohan troops"], "recipient": [], "status": "asserted",
              "trigger": "shelled", "evidence": "Rohan troops shelled a village near the river."}
    _Handler.script = [(200, _answer([attack])), (200, json.dumps({"verdicts": []}))]
    article = Article(id="a1", text=TEXT, language="en", published=Published(date="2026-03-18", source="given"))
    coder = LLMCoder(server, "m")
    try:
        [(_, coded)] = extract_batch([article], nlp, llm=coder, coder="llm")
        [(_, rules)] = extract_batch([article], nlp)
        [(_, hybrid)] = extract_batch([article], nlp, llm=coder, coder="hybrid")
    finally:
        coder.close()
    assert [e.event_type for e in coded.events] == ["ASSAULT"] and coded.events[0].evidence[0].trigger == "shelled"
    assert [e.id for e in hybrid.events] == [e.id for e in rules.events]  # no verdicts: the rule events stand
