"""The write endpoints: absent unless the app is built with write=True and a token; then every request needs
``Authorization: Bearer <token>`` (none: 401, wrong: 403, right: it works)."""

from __future__ import annotations

import time
from typing import Any, Iterator

import pytest

from storebuild import TOKEN

BAD_TOKENS = ["Bearer wrong-token-0123456789", "Bearer " + TOKEN[:-1], "Bearer " + TOKEN + "x", "Basic " + TOKEN, TOKEN]


@pytest.fixture()
def client(write_server: Any) -> Iterator[Any]:
    import httpx

    with httpx.Client(base_url=write_server.url, timeout=30) as c:
        yield c


def _auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _wait(client: Any, url: str, timeout: float = 60) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        job = client.get(url, headers=_auth()).json()
        if job["state"] in ("done", "failed"):
            return job
        assert time.monotonic() < deadline, job
        time.sleep(0.1)


def test_write_app_needs_a_long_token() -> None:
    from annalyst.errors import ConfigError
    from annalyst.serve import create_app

    with pytest.raises(ConfigError, match="token"):
        create_app("sqlite:///:memory:", write=True)
    with pytest.raises(ConfigError, match="16"):
        create_app("sqlite:///:memory:", write=True, token="short")


@pytest.mark.parametrize("method,path", [
    ("post", "/api/v1/ingest"), ("post", "/api/v1/extract"), ("get", "/api/v1/jobs"), ("get", "/api/v1/jobs/x"),
    ("put", "/api/v1/actors/X-TEST"),
])
def test_write_endpoints_refuse_missing_and_wrong_tokens(client: Any, method: str, path: str) -> None:
    r = client.request(method, path)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    for header in BAD_TOKENS:
        r = client.request(method, path, headers={"Authorization": header})
        assert r.status_code == 403, header


def test_write_token_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import hmac

    from annalyst.api import Annalyst
    from annalyst.serve.app import ServeContext

    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    ctx = ServeContext(annalyst=Annalyst(db="sqlite:///:memory:"), write=True, token=TOKEN)
    assert ctx.token_ok(f"Bearer {TOKEN}") and not ctx.token_ok("Bearer nope")
    assert calls == [(TOKEN.encode(), TOKEN.encode()), (b"nope", TOKEN.encode())]
    assert not ServeContext(annalyst=ctx.annalyst, write=False, token=TOKEN).token_ok(f"Bearer {TOKEN}")


def test_write_upload_ingests_files_as_a_job(client: Any) -> None:
    from annalyst.api import demo_corpus_path

    page = demo_corpus_path() / "html" / "amudaryareview_taliban-ask-moscow-helicopters.html"
    files = [("files", (page.name, page.read_bytes(), "text/html")),
             ("files", ("../../etc/evil name.txt", b"Just a short note about nothing in particular.\n", "text/plain"))]
    r = client.post("/api/v1/ingest", files=files, headers=_auth())
    assert r.status_code == 202, r.text
    job = _wait(client, r.json()["url"])
    assert job["state"] == "done", job
    titles = [a["title"] for a in job["articles"]]
    title = "Taliban ask Moscow for helicopters as Russia weighs first arms deliveries"
    assert title in titles
    listed = client.get("/api/v1/articles", params={"q": "night-vision"}).json()["items"]
    assert listed and listed[0]["title"] == title
    assert any(j["id"] == job["id"] for j in client.get("/api/v1/jobs", headers=_auth()).json()["items"])


def test_write_upload_rejects_bad_requests(client: Any) -> None:
    assert client.post("/api/v1/ingest", headers=_auth(), data={"urls": ""}).status_code == 400
    r = client.post("/api/v1/ingest", headers=_auth(), data={"urls": "file:///etc/passwd"})
    assert r.status_code == 400 and "http" in r.json()["detail"]
    r = client.post("/api/v1/ingest", headers=_auth(), data={"urls": "https://example.org/a", "published": "yesterday"})
    assert r.status_code == 400


def test_write_upload_of_a_private_url_fails_in_the_job_not_the_server(client: Any) -> None:
    r = client.post("/api/v1/ingest", headers=_auth(), data={"urls": "http://127.0.0.1:9/x"})
    assert r.status_code == 202
    job = _wait(client, r.json()["url"])
    assert job["state"] == "done" and job["failed"] and not job["articles"]


def test_write_actor_correction_is_stored_and_served(client: Any) -> None:
    body = {"name": "Test Council", "kind": "organisation", "country": "AFG",
            "aliases": [{"text": "Тестовый совет", "lang": "ru", "script": "Cyrl"}],
            "roles": [{"code": "AFGGOV", "from": "2021-08-15", "to": None}]}
    r = client.put("/api/v1/actors/X-TEST-COUNCIL", json=body, headers=_auth())
    assert r.status_code == 200, r.text
    assert r.json()["roles"] == [{"code": "AFGGOV", "from": "2021-08-15", "to": None}]
    found = client.get("/api/v1/actors", params={"q": "test council"}).json()["items"]
    assert found[0]["id"] == "X-TEST-COUNCIL"


def test_write_actor_put_queues_the_articles_naming_it_like_the_cli(client: Any) -> None:
    """PUT /api/v1/actors/{id} is `annalyst actors add`: the stored articles that name the actor are queued for
    extraction again, so its mentions and events are found (the store-only upsert left them as they were)."""
    note = ("Granary board meets in Herat\n\nThe Western Granary Board, a body of wheat traders, met provincial "
            "officials in Herat on Sunday to discuss flour prices, a spokesman said.\n")
    r = client.post("/api/v1/ingest", files=[("files", ("granary.txt", note.encode(), "text/plain"))], headers=_auth())
    job = _wait(client, r.json()["url"], timeout=300)
    assert job["state"] == "done" and len(job["articles"]) == 1, job
    body = {"name": "Western Granary Board", "kind": "organisation", "country": "AFG"}
    r = client.put("/api/v1/actors/X-WESTERN-GRANARY-BOARD", json=body, headers=_auth())
    assert r.status_code == 200, r.text
    assert r.json()["queued"] == 1
    assert r.json()["id"] == "X-WESTERN-GRANARY-BOARD" and r.json()["name"] == "Western Granary Board"
    assert client.put("/api/v1/actors/bad id", json=body, headers=_auth()).status_code == 422
    assert client.put("/api/v1/actors/X-OK", json={"name": ""}, headers=_auth()).status_code == 422


def test_write_upload_page_only_in_write_mode(client: Any, http: Any) -> None:
    page = client.get("/upload")
    assert page.status_code == 200 and 'id="upload-form"' in page.text
    assert '<a href="/upload"' in client.get("/").text
    assert http.get("/upload").status_code == 404
    assert '<a href="/upload"' not in http.get("/").text


def test_write_upload_size_is_capped(client: Any, write_server: Any) -> None:
    import socket

    # a declared length over the cap is refused before any of the body is read
    with socket.create_connection(("127.0.0.1", write_server.port), timeout=10) as sock:
        sock.sendall((f"POST /api/v1/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {TOKEN}\r\n"
                      "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 60000000\r\n\r\n").encode())
        assert sock.recv(4096).startswith(b"HTTP/1.1 413")

    # a chunked body that never says its length is counted as it streams in
    def body() -> Iterator[bytes]:
        yield b"--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n\r\n"
        for _ in range(60):
            yield b"a" * 1_000_000

    r = client.post("/api/v1/ingest", headers={**_auth(), "content-type": "multipart/form-data; boundary=x"}, content=body())
    assert r.status_code == 413
