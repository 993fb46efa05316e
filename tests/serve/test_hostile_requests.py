"""Hostile requests over real HTTP on loopback, on a store of the bundled demo corpus: search syntax never makes
a 500, expensive searches are a 400, 500 bodies never show paths, ``next`` links ignore the Host header."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import httpx
import pytest
import sqlalchemy as sa

from annalyst import Annalyst
from annalyst.api import demo_corpus_path
from annalyst.store.search import MAX_TERMS
from storebuild import LiveServer

SEARCHES = ["Russia OR", "a OR -b", '"a" OR', 'x OR "', "NEAR(a b)", "a*", "title:x", "(", "-", '"']
PAGES = ["/search", "/search.json", "/api/v1/events", "/api/v1/clusters", "/api/v1/articles", "/map.json",
         "/network.json"]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("hostile") / "demo.db"
    with Annalyst(db=str(db)) as an:
        assert an.ingest([str(demo_corpus_path())]).stored
    return db


@pytest.fixture(scope="module")
def client(demo_db: Path) -> Iterator[httpx.Client]:
    from annalyst.serve import create_app

    with LiveServer(create_app(str(demo_db))) as live, httpx.Client(base_url=live.url, timeout=60) as http:
        yield http


@pytest.mark.parametrize("page", PAGES)
def test_search_syntax_is_never_a_server_error(client: httpx.Client, page: str) -> None:
    for q in SEARCHES:
        response = client.get(page, params={"q": q})
        assert response.status_code == 200, (page, q, response.status_code, response.text[:300])


def test_too_many_terms_is_a_400(client: httpx.Client) -> None:
    many = " ".join(f"w{i}" for i in range(MAX_TERMS + 1))
    response = client.get("/api/v1/events", params={"q": many})
    assert response.status_code == 400 and "query too expensive" in response.text
    assert client.get("/api/v1/articles", params={"q": " ".join(["war"] * 100)}).status_code == 200


def test_next_links_ignore_the_host_header(client: httpx.Client) -> None:
    body = client.get("/api/v1/articles", params={"limit": 2}, headers={"Host": "evil.example"}).json()
    assert body["has_more"]
    assert body["next"].startswith("/api/v1/articles?") and "evil" not in body["next"]
    assert client.get(body["next"]).status_code == 200


def test_server_errors_show_no_paths(tmp_path: Path) -> None:
    from annalyst.serve import create_app

    db = tmp_path / "secret-folder" / "broken.db"
    with Annalyst(db=str(db)) as an:
        an.ingest([str(demo_corpus_path())])
    app = create_app(str(db))
    with LiveServer(app) as live, httpx.Client(base_url=live.url, timeout=60) as http:
        engine = sa.create_engine(f"sqlite:///{db}")
        with engine.begin() as conn:  # the store breaks under the running server
            conn.exec_driver_sql("DROP TABLE events")
        engine.dispose()
        for page in ("/api/v1/events", "/search", "/search.json"):
            response = http.get(page)
            assert response.status_code == 500, (page, response.status_code)
            assert "secret-folder" not in response.text and str(tmp_path) not in response.text


@pytest.fixture(scope="module")
def write_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[httpx.Client, str]]:
    from annalyst.serve import create_app
    from storebuild import TOKEN

    db = tmp_path_factory.mktemp("hostile-write") / "w.db"
    with LiveServer(create_app(str(db), write=True, token=TOKEN)) as live, \
            httpx.Client(base_url=live.url, timeout=60) as http:
        yield http, live.url


def test_the_token_is_checked_before_the_body_is_parsed(write_client: tuple[httpx.Client, str]) -> None:
    import socket
    from urllib.parse import urlsplit

    http, base = write_client
    bad_json = http.post("/api/v1/extract", content=b"{not json", headers={"content-type": "application/json"})
    assert bad_json.status_code == 401
    wrong = http.post("/api/v1/extract", content=b"{not json", headers={"content-type": "application/json",
                                                                       "authorization": "Bearer nope"})
    assert wrong.status_code == 403
    files = [("files", (f"f{i}.txt", b"x", "text/plain")) for i in range(1001)]
    assert http.post("/api/v1/ingest", files=files).status_code == 401
    # a 49 MB body is announced and never sent: the answer comes from the headers alone
    parts = urlsplit(base)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        sock.sendall(b"POST /api/v1/ingest HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                     b"Content-Length: 49000000\r\n\r\n")
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 401")
