"""The web server under hostile use, in process (TestClient) over a small store of our own: read-only unless built
with write=True (checked on the route table, so a write route added later without the token is caught), every
write route behind the token, request bodies capped, every text filter bound as a parameter (SQL and LIKE
wildcards), every stored field escaped on every page, no path out of /static. tests/serve covers the same app
over the seed store with a live uvicorn; these tests need neither the shared data nor a socket."""

from __future__ import annotations

import re
from typing import Any, Iterator
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import warnings  # noqa: E402

from fastapi.routing import APIRoute  # noqa: E402

with warnings.catch_warnings():  # starlette asks for its httpx fork; the httpx it supports still works
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from annalyst.analyze.runner import cluster_pending  # noqa: E402
from annalyst.models import (  # noqa: E402
    Article, Event, EventActor, EventDate, Evidence, Furniture, Location, Mention, ParseResult, Published, stable_id,
)
from annalyst.ingest.metadata import content_hash  # noqa: E402
from annalyst.serve import create_app  # noqa: E402
from annalyst.store import Store  # noqa: E402

TOKEN = "reliability-token-0123456789"
HOSTILE = {
    "title": '<script>alert("title")</script>',
    "subtitle": "</textarea><script>alert(2)</script>",
    "site": '"><svg onload=alert(3)>',
    "author": "<img src=x onerror=alert(4)>",
    "url": "javascript:alert(5)//https://evil.example/x",
    "section": "<iframe src=javascript:alert(6)>",
    "furniture": "<object data=javascript:alert(7)>",
    "actor": "<script>alert(8)</script>",
    "place": '<b onmouseover="alert(9)">Kabul</b>',
}
RAW_MARKUP = ("<script>alert", "<svg onload", "<img src=x", "<iframe src", "<object data", "<b onmouseover",
              "</textarea><script")
SENTENCE = "Russia delivered two helicopters to the Taliban government in Kabul on Monday, officials said."
INJECTIONS = ["' OR '1'='1", "1; DROP TABLE articles; --", '" OR ""="', "%' OR 1=1 --", "'); DELETE FROM events; --",
              "text:' OR 1=1 --", "%", "_", "\\", "*", "NEAR(a b)", "' UNION SELECT id FROM articles --", "a\x01b"]


def _article(n: int, hostile: bool = False) -> Article:
    text = f"{SENTENCE} Report {n} says the delivery followed talks earlier this year."
    if hostile:
        text += f" A reader wrote {HOSTILE['title']} and {HOSTILE['author']} in the comments."
    return Article(
        id=stable_id("security", str(n)), text=text, content_hash=content_hash(text), language="en",
        url=HOSTILE["url"] if hostile else f"https://news{n}.example/a",
        site=HOSTILE["site"] if hostile else f"news{n}.example",
        title=HOSTILE["title"] if hostile else f"Helicopters {n}",
        subtitle=HOSTILE["subtitle"] if hostile else None,
        authors=[HOSTILE["author"]] if hostile else [],
        section=HOSTILE["section"] if hostile else None,
        furniture=[Furniture(kind="related", text=HOSTILE["furniture"])] if hostile else [],
        published=Published(date=f"2025-07-0{n}", source="meta", detail="article:published_time"),
    )


def _parse(article: Article, hostile: bool) -> ParseResult:
    actor = HOSTILE["actor"] if hostile else "Russia"
    event = Event(
        id=stable_id(article.id, "AID"), article_id=article.id, event_type="AID",
        actor=[EventActor(actor_id=None if hostile else "RUS", name=actor, text=actor)],
        recipient=[EventActor(actor_id="AFG-TALIBAN", name="Taliban", text="the Taliban government")],
        date=EventDate(start="2025-06-30", end="2025-06-30", granularity="day"), score=7.0,
        location=Location(name=HOSTILE["place"] if hostile else "Kabul", country="AFG", precision="city"),
        quad_class="material cooperation", confidence=0.8,
        evidence=[Evidence(article_id=article.id, start=0, end=len(SENTENCE), sentence=SENTENCE, trigger="delivered")],
    )
    mention = Mention(article_id=article.id, start=0, end=6, text="Russia", actor_id="RUS", score=1.0)
    return ParseResult(article=article, mentions=[mention], events=[event])


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    db = tmp_path_factory.mktemp("security") / "store.db"
    store = Store(f"sqlite:///{db}")
    articles = [_article(1), _article(2), _article(3, hostile=True)]
    store.add_articles(articles)
    store.save_extractions([(a.id, _parse(a, a.site == HOSTILE["site"])) for a in articles], "security-test")
    cluster_pending(store)
    store.close()
    return str(db)


@pytest.fixture(scope="module")
def client(store_path) -> Iterator[TestClient]:
    with TestClient(create_app(store_path, max_body=4000)) as c:
        yield c


@pytest.fixture(scope="module")
def writer(store_path) -> Iterator[TestClient]:
    with TestClient(create_app(store_path, write=True, token=TOKEN, max_body=4000, max_upload=20_000)) as c:
        yield c


def _counts(store_path: str) -> tuple[int, int, int]:
    store = Store(f"sqlite:///{store_path}")
    try:
        return store.count_articles(), store.count_events(), store.count_clusters()
    finally:
        store.close()


def _api_routes(routes: Any) -> Iterator[APIRoute]:
    """Every endpoint, also inside included routers (newer FastAPI keeps them wrapped)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        elif getattr(route, "original_router", None) is not None:
            yield from _api_routes(route.original_router.routes)


def _write_routes(app: Any) -> list[tuple[str, str]]:
    out = []
    for route in _api_routes(app.routes):
        for method in sorted(route.methods - {"GET", "HEAD"}):
            out.append((method, re.sub(r"\{[^}]+\}", "X-TEST", route.path)))
    return out


# ------------------------------------------------------------------------------------------------ read-only


def test_server_read_only_app_has_no_write_route(client):
    assert len(list(_api_routes(client.app.routes))) > 10  # the walk sees the endpoints
    assert _write_routes(client.app) == []


def test_server_write_routes_are_absent_without_write(client, writer, store_path):
    before = _counts(store_path)
    routes = _write_routes(writer.app)
    assert {path for _, path in routes} >= {"/api/v1/ingest", "/api/v1/extract"}
    for method, path in routes:
        r = client.request(method, path, headers={"Authorization": f"Bearer {TOKEN}"}, data={"urls": "http://x.example/"})
        assert r.status_code in (404, 405), (method, path, r.status_code)
    assert client.get("/upload").status_code == 404
    assert _counts(store_path) == before


def test_server_every_write_route_needs_the_token(writer, store_path):
    """Enumerated from the route table: a write route added without the token dependency fails here."""
    before = _counts(store_path)
    for method, path in _write_routes(writer.app):
        assert writer.request(method, path).status_code == 401, (method, path)
        for header in (f"Bearer {TOKEN[:-1]}", f"Basic {TOKEN}", TOKEN, f"Bearer {TOKEN} extra", "Bearer "):
            r = writer.request(method, path, headers={"Authorization": header})
            assert r.status_code == 403, (method, path, header, r.status_code)
    assert _counts(store_path) == before


def test_server_write_needs_a_token_to_start():
    from annalyst.errors import ConfigError

    with pytest.raises(ConfigError):
        create_app("sqlite:///:memory:", write=True)
    with pytest.raises(ConfigError):
        create_app("sqlite:///:memory:", write=True, token="0123456789")


# ------------------------------------------------------------------------------------------- request size


def test_server_request_size_is_capped(client, writer):
    assert client.post("/api/v1/events", content=b"x" * 5000).status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while it streams in
        for _ in range(10):
            yield b"y" * 1000

    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = writer.post("/api/v1/ingest", headers=auth, files={"files": ("a.txt", b"z" * 30_000, "text/plain")})
    assert big.status_code == 413
    streamed = writer.post("/api/v1/ingest", headers={**auth, "content-type": "multipart/form-data; boundary=b"},
                           content=(b"--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\n",
                                    *chunks(), *chunks(), *chunks()))
    assert streamed.status_code == 413
    assert writer.put("/api/v1/actors/X-TEST", headers=auth, content=b"{" + b" " * 5000 + b"}").status_code == 413


# ------------------------------------------------------------------------------------------ SQL injection


@pytest.mark.parametrize("param", ["q", "actor", "recipient", "party", "source", "article_id", "cluster_id", "language"])
def test_server_filters_are_bound_parameters(client, store_path, param):
    before = _counts(store_path)
    baseline = {path: len(client.get(path).json()["items"]) for path in ("/api/v1/events", "/api/v1/clusters")}
    assert all(baseline.values())
    for value in INJECTIONS:
        for path in ("/api/v1/events", "/api/v1/clusters", "/api/v1/articles"):
            r = client.get(path, params={param: value[:8] if param == "language" else value})
            assert r.status_code < 500, (path, param, value, r.text[:200])
            if r.status_code == 200 and param != "q" and path != "/api/v1/articles":  # articles ignore event filters
                assert r.json()["items"] == [], (path, param, value)  # never "match everything"
        page = client.get("/search", params={param: value[:8] if param == "language" else value})
        assert page.status_code < 500, (param, value)
    assert _counts(store_path) == before


def test_server_ids_in_paths_are_bound_parameters(client, store_path):
    before = _counts(store_path)
    for value in INJECTIONS:
        for path in ("/api/v1/articles/{}", "/api/v1/events/{}", "/api/v1/clusters/{}", "/articles/{}", "/actors/{}",
                     "/api/v1/dyads/{}/RUS"):
            r = client.get(path.format(quote(value, safe="")))
            assert r.status_code < 500, (path, value, r.status_code)
    assert client.get("/api/v1/actors", params={"q": "%"}).status_code < 500
    assert _counts(store_path) == before


@given(st.text(max_size=60), st.sampled_from(["q", "actor", "party", "source", "since", "event_type", "status"]))
@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_server_random_filter_values_are_never_a_server_error(client, value, param):
    for path in ("/api/v1/events", "/search"):
        assert client.get(path, params={param: value}).status_code < 500, (path, param, value)


# ------------------------------------------------------------------------------------------------ escaping


def test_server_pages_escape_every_stored_field(client):
    hostile = stable_id("security", "3")
    events = client.get("/api/v1/events", params={"article_id": hostile}).json()["items"]
    cluster = events[0]["cluster_id"]
    pages = ["/", f"/articles/{hostile}", "/search?q=helicopters", "/search?q=alert", f"/events/{cluster}",
             f"/events/{events[0]['id']}", "/actors", "/network", "/map", "/search?source=" + HOSTILE["site"]]
    for path in pages:
        r = client.get(path)
        assert r.status_code == 200, (path, r.status_code)
        assert "text/html" in r.headers["content-type"]
        assert "script-src 'self'" in r.headers["content-security-policy"]
        for raw in RAW_MARKUP:
            assert raw not in r.text, (path, raw)
        assert not re.search(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", r.text, re.I), path
    article = client.get(f"/articles/{hostile}").text
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in article  # shown, as text
    assert "&lt;img src=x onerror=alert(4)&gt;" in article


def test_server_json_twins_are_not_html(client):
    hostile = stable_id("security", "3")
    r = client.get(f"/api/v1/articles/{hostile}")
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.json()["title"] == HOSTILE["title"]


@pytest.mark.parametrize("path", ["/static/../pyproject.toml", "/static/%2e%2e/%2e%2e/setup.py", "/static/..%2f..%2fapp.py",
                                  "/static//etc/passwd", "/static/%2Fetc%2Fpasswd"])
def test_server_static_files_stay_inside_static(client, path):
    r = client.get(path)
    assert r.status_code in (400, 404), (path, r.status_code)
    assert "root:" not in r.text and "[project]" not in r.text and "import" not in r.text


# ------------------------------------------------------------------------------ server bugs found under load


def test_server_nul_in_search_is_a_client_error_or_nothing(client):
    for path in ("/api/v1/events", "/api/v1/articles", "/search"):
        assert client.get(path, params={"q": "Kabul\x00"}).status_code < 500, path


def test_server_article_page_with_a_given_date(tmp_path):
    db = tmp_path / "given.db"
    store = Store(f"sqlite:///{db}")
    article = _article(4)
    article.published = Published(date="2025-07-04", source="given")
    store.add_articles([article])
    store.close()
    with TestClient(create_app(str(db)), raise_server_exceptions=False) as c:
        assert c.get(f"/articles/{article.id}").status_code == 200
