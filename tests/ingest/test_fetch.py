"""URL fetching: refused address classes, redirects checked hop by hop, size and type limits, and real HTTP on
loopback. The network edge is an httpx MockTransport plus a fake resolver; nothing reaches the internet."""

from __future__ import annotations

import http.server
import threading

import httpx
import pytest

from annalyst.errors import FetchError, InputError, RefusedURL
from annalyst.ingest import Fetcher, read
from annalyst.settings import Settings

PAGE = """<html lang="en"><head><title>Border crossing reopens - Example Wire</title>
<meta property="article:published_time" content="2025-03-05T08:00:00Z"><meta name="author" content="Wire Desk"></head>
<body><article><h1>Border crossing reopens</h1>
<p>Pakistan reopened the Torkham border crossing with Afghanistan on Wednesday after a four-day closure, officials said.</p>
<p>Hundreds of trucks carrying fruit and coal crossed in the first hours, according to customs officers at the post.</p>
</article></body></html>"""

PUBLIC = {"news.example": ["93.184.216.34"], "evil.example": ["93.184.216.35"], "inside.example": ["192.168.1.20"]}


def _resolver(host: str, port: int) -> list[str]:
    if host not in PUBLIC:
        raise OSError(f"cannot resolve host {host!r}")
    return PUBLIC[host]


def _fetcher(handler, **settings) -> Fetcher:
    return Fetcher(Settings(**settings), transport=httpx.MockTransport(handler), resolver=_resolver)


def _ok(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/redirect-private":
        return httpx.Response(302, headers={"location": "http://inside.example/admin"})
    if request.url.path == "/redirect-loopback":
        return httpx.Response(301, headers={"location": "http://127.0.0.1/secret"})
    if request.url.path == "/redirect-file":
        return httpx.Response(302, headers={"location": "file:///etc/passwd"})
    if request.url.path == "/loop":
        return httpx.Response(302, headers={"location": "/loop"})
    if request.url.path == "/pdf":
        return httpx.Response(200, content=b"%PDF-1.4", headers={"content-type": "application/pdf"})
    if request.url.path == "/big":
        return httpx.Response(200, content=b"<p>x</p>" * 200_000, headers={"content-type": "text/html"})
    if request.url.path == "/missing":
        return httpx.Response(404)
    return httpx.Response(200, text=PAGE, headers={"content-type": "text/html; charset=utf-8"})


@pytest.mark.parametrize("url,reason", [
    ("http://127.0.0.1/", "loopback"),
    ("http://[::1]/", "loopback"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://10.0.0.8/", "private"),
    ("http://172.16.3.4/", "private"),
    ("http://192.168.0.1/", "private"),
    ("http://100.64.1.1/", "carrier-grade"),
    ("http://0.0.0.0/", "unspecified"),
    ("http://[::ffff:127.0.0.1]/", "loopback"),
    ("http://inside.example/", "private"),
    ("file:///etc/passwd", "only http and https"),
    ("gopher://news.example/", "only http and https"),
    ("http://user:pw@news.example/", "credentials"),
])
def test_fetch_refuses_address_classes(url, reason):
    with _fetcher(_ok) as f, pytest.raises(RefusedURL) as info:
        f.fetch(url)
    assert reason in info.value.reason


@pytest.mark.parametrize("path,reason", [
    ("/redirect-private", "private"),
    ("/redirect-loopback", "loopback"),
    ("/redirect-file", "only http and https"),
])
def test_fetch_checks_every_redirect(path, reason):
    with _fetcher(_ok) as f, pytest.raises(RefusedURL) as info:
        f.fetch(f"http://news.example{path}")
    assert reason in info.value.reason


@pytest.mark.parametrize("path,reason", [
    ("/loop", "redirects"),
    ("/pdf", "content type application/pdf"),
    ("/big", "limit"),
    ("/missing", "HTTP 404"),
])
def test_fetch_limits(path, reason):
    with _fetcher(_ok, max_bytes=1_000_000) as f, pytest.raises(FetchError) as info:
        f.fetch(f"http://news.example{path}")
    assert reason in info.value.reason


def test_fetch_timeout_is_reported():
    def slow(request):
        raise httpx.ReadTimeout("read timed out", request=request)

    with _fetcher(slow, fetch_timeout=0.5) as f, pytest.raises(FetchError) as info:
        f.fetch("http://news.example/a")
    assert "timed out" in info.value.reason


def test_fetch_unresolvable_host_is_reported():
    with _fetcher(_ok) as f, pytest.raises(FetchError) as info:
        f.fetch("http://nowhere.example/")
    assert "cannot resolve" in info.value.reason


def test_fetch_page_is_read_with_its_metadata():
    with _fetcher(_ok) as f:
        [article] = list(read(["http://news.example/2025/03/05/border"], fetcher=f))
    assert not isinstance(article, InputError)
    assert article.url == "http://news.example/2025/03/05/border"
    assert article.published.date == "2025-03-05" and article.published.source == "meta"
    assert article.authors == ["Wire Desk"] and article.fetched_at


def test_fetch_feed_url_fetches_each_item_with_feed_dates():
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
    <item><title>Border</title><link>/nodate/border</link><pubDate>Wed, 05 Mar 2025 09:00:00 +0000</pubDate></item>
    <item><title>Hidden</title><link>http://inside.example/x</link></item>
    </channel></rss>"""

    def handler(request):
        if request.url.path == "/feed.xml":
            return httpx.Response(200, text=feed, headers={"content-type": "application/rss+xml"})
        return httpx.Response(200, text=PAGE.replace('<meta property="article:published_time" content="2025-03-05T08:00:00Z">', ""),
                              headers={"content-type": "text/html"})

    with _fetcher(handler) as f:
        results = list(read(["http://news.example/feed.xml"], fetcher=f))
    articles = [r for r in results if not isinstance(r, InputError)]
    errors = [r for r in results if isinstance(r, InputError)]
    assert len(articles) == 1 and articles[0].published.source == "feed" and articles[0].published.date == "2025-03-05"
    assert len(errors) == 1 and "private" in errors[0].reason


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        body = PAGE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def loopback_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_fetch_real_http_on_loopback_needs_allow_private(loopback_server):
    url = f"{loopback_server}/2025/03/05/border"
    [refused] = list(read([url]))
    assert isinstance(refused, RefusedURL) and "loopback" in refused.reason
    [article] = list(read([url], Settings(allow_private=True)))
    assert not isinstance(article, InputError), article
    assert article.title == "Border crossing reopens"


def test_fetch_feed_item_refusals_keep_their_kind():
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Hidden</title><link>http://inside.example/x</link></item></channel></rss>"""

    def handler(request):
        return httpx.Response(200, text=feed, headers={"content-type": "application/rss+xml"})

    with _fetcher(handler) as f:
        [refused] = list(read(["http://news.example/feed.xml"], fetcher=f))
    assert isinstance(refused, RefusedURL) and "item 1" in refused.source
