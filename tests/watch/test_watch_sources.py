"""Watched sources: feed URLs polled with conditional GET, a per-host interval and backoff on errors; folders pick
up new and changed files; several watchers on one PostgreSQL store never ingest the same item twice; a claim left by
a killed watcher is taken over."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import sqlalchemy as sa

from annalyst import Annalyst
from annalyst.store import schema as t
from annalyst.watch.sources import collect, source_states


def _article(i: int) -> str:
    return (f"Invented dispatch {i}\n\nJune {i % 28 + 1}, 2025\n\nOfficials in the invented town of Qalat-{i} said on "
            f"Monday that {i % 9 + 2} lorries of flour had crossed the border after talks number {i}.\n")


class FeedServer:
    """A loopback site with one RSS feed (ETag and Last-Modified) and its article pages; ``fail`` answers 500."""

    def __init__(self, n: int) -> None:
        self.requests: list[tuple[str, str | None]] = []
        self.n, self.fail = n, False
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                outer.requests.append((self.path, self.headers.get("If-None-Match")))
                if outer.fail:
                    self.send_response(500)
                    self.end_headers()
                    return
                if self.path == "/feed.xml":
                    etag = f'"v{outer.n}"'
                    if self.headers.get("If-None-Match") == etag:
                        self.send_response(304)
                        self.end_headers()
                        return
                    items = "".join(f"<item><title>Dispatch {i}</title><link>/a/{i}.txt</link></item>"
                                    for i in range(outer.n))
                    body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>invented</title>'
                            f"<link>http://x.example/</link><description>d</description>{items}</channel></rss>")
                    self._send(body.encode(), "application/rss+xml", etag)
                elif self.path == "/moved.xml":  # the feed moved: a redirect the watcher follows, checked
                    self.send_response(301)
                    self.send_header("location", "/feed.xml")
                    self.end_headers()
                elif self.path == "/elsewhere.xml":  # a redirect to a target that is never fetched
                    self.send_response(302)
                    self.send_header("location", "file:///etc/passwd")
                    self.end_headers()
                elif self.path.startswith("/a/"):
                    self._send(_article(int(self.path[3:].split(".")[0])).encode(), "text/plain", None)
                else:
                    self.send_response(404)
                    self.end_headers()

            def _send(self, body: bytes, kind: str, etag: str | None) -> None:
                self.send_response(200)
                self.send_header("content-type", kind)
                self.send_header("content-length", str(len(body)))
                if etag:
                    self.send_header("etag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:  # noqa: ANN002
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/feed.xml"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def site():
    s = FeedServer(3)
    yield s
    s.close()


def test_feed_url_conditional_get_interval_and_backoff(tmp_path, site):
    with Annalyst(db=str(tmp_path / "s.db"), allow_private=True, watch_host_interval=0) as an:
        first = collect(an, [site.url])
        assert len(first.stored) == 3 and first.items == 3
        site.n = 4  # one more entry: the feed changes
        second = collect(an, [site.url])
        assert len(second.stored) == 1 and second.items == 1  # only the new entry is fetched
        third = collect(an, [site.url])
        assert third.items == 0 and site.requests[-1] == ("/feed.xml", '"v4"')  # answered 304
        state = source_states(an.store)[0]
        assert state["etag"] == '"v4"' and state["items_seen"] == 4 and state["errors"] == 0
        site.fail = True
        failed = collect(an, [site.url])
        assert failed.failed and "HTTP 500" in failed.failed[0].reason
        state = source_states(an.store)[0]
        assert state["errors"] == 1 and "500" in state["last_error"] and state["next_poll_at"]
        asked = len(site.requests)
        assert collect(an, [site.url]).skipped_sources == [site.url]  # backing off: not polled
        assert len(site.requests) == asked
    site.fail = False
    with Annalyst(db=str(tmp_path / "t.db"), allow_private=True, watch_host_interval=60) as an:
        assert collect(an, [site.url]).items == 4
        asked = len(site.requests)
        assert collect(an, [site.url]).skipped_sources == [site.url]  # the host was asked a moment ago
        assert len(site.requests) == asked


def test_feed_url_is_fetched_like_every_url(tmp_path, site):
    """The watcher fetches feeds through the fetcher's public, checked path: a moved feed is followed (its items
    resolve against the new address), a redirect to a target that is never fetched and a feed over ``max_bytes``
    are the source's errors."""
    base = site.url.rsplit("/", 1)[0]
    with Annalyst(db=str(tmp_path / "s.db"), allow_private=True, watch_host_interval=0) as an:
        moved = collect(an, [f"{base}/moved.xml"])
        assert len(moved.stored) == 3 and not moved.failed
        assert ("/a/0.txt", None) in site.requests
        refused = collect(an, [f"{base}/elsewhere.xml"], force=True)
        assert refused.stored == [] and "redirected" in refused.failed[0].reason
    with Annalyst(db=str(tmp_path / "t.db"), allow_private=True, watch_host_interval=0, max_bytes=200) as an:
        big = collect(an, [site.url])
        assert big.stored == [] and "max_bytes" in big.failed[0].reason
        assert source_states(an.store)[0]["errors"] == 1


def test_fetcher_conditional_get(site):
    from annalyst.ingest import Fetcher
    from annalyst.settings import Settings

    with Fetcher(Settings(allow_private=True)) as fetcher:
        page = fetcher.fetch_if_changed(site.url)
        assert page is not None and page.etag == '"v3"' and b"Dispatch 2" in page.content
        assert fetcher.fetch_if_changed(site.url, etag=page.etag) is None  # 304 Not Modified
        site.n = 4
        assert fetcher.fetch_if_changed(site.url, etag=page.etag).etag == '"v4"'
    assert site.requests[-2:] == [("/feed.xml", '"v3"'), ("/feed.xml", '"v3"')]


#: SQLAlchemy ``Row``'s public names (underscored so that they never clash with column names)
ROW_API = {"_mapping", "_asdict", "_fields", "_t", "_tuple"}


def test_watch_package_uses_only_public_names_of_other_packages():
    """``watch`` reads through ingestion's public functions, never its private helpers or the fetcher's client."""
    import ast
    from pathlib import Path

    import annalyst.watch

    found = []
    for path in Path(annalyst.watch.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 2:
                found += [f"{path.name}: {node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
            elif (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                  and node.attr not in ROW_API):
                if not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
                    found.append(f"{path.name}:{node.lineno}: .{node.attr}")
    assert found == []


def test_folder_picks_up_new_and_changed_files(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(_article(1), encoding="utf-8")
    with Annalyst(db=str(tmp_path / "s.db")) as an:
        assert len(collect(an, [str(folder)]).stored) == 1
        assert collect(an, [str(folder)]).items == 0
        (folder / "a.txt").write_text(_article(2), encoding="utf-8")  # changed
        (folder / "b.txt").write_text(_article(3), encoding="utf-8")  # new
        (folder / "c.txt").write_bytes(b"\x00\x01binary\x00" * 50)  # broken: reported and skipped
        report = collect(an, [str(folder)])
        assert len(report.stored) == 2
        assert [f.source for f in report.failed] == [str(folder / "c.txt")]
        assert collect(an, [str(folder)]).failed == []  # not read again until it changes


def test_claim_of_a_killed_watcher_is_taken_over(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(_article(1), encoding="utf-8")
    db = str(tmp_path / "s.db")
    # a watcher that claims the file and is killed before reading it
    script = ("import os, signal, sys\nfrom annalyst import Annalyst\nfrom annalyst.watch import sources\n"
              "orig = sources.Collector.claim\n"
              "def claim(self, *a):\n    orig(self, *a); os.kill(os.getpid(), signal.SIGKILL)\n"
              "sources.Collector.claim = claim\n"
              "with Annalyst(db=sys.argv[1]) as an:\n    sources.collect(an, [sys.argv[2]])\n")
    assert subprocess.run([sys.executable, "-c", script, db, str(folder)], env=dict(os.environ)).returncode == -9
    with Annalyst(db=db, watch_lease=3600) as an:
        assert len(collect(an, [str(folder)]).stored) == 1  # its owner is gone: taken over at once


WORKER = """
import json, sys
from annalyst import Annalyst
from annalyst.watch.sources import collect
with Annalyst(db=sys.argv[1]) as an:
    report = collect(an, [sys.argv[2]])
print(json.dumps({"stored": len(report.stored), "duplicates": report.duplicates, "items": report.items}))
"""


@pytest.mark.postgres
def test_watchers_sharing_postgres_never_ingest_an_item_twice(tmp_path, pg_database):
    import json

    folder = tmp_path / "inbox"
    folder.mkdir()
    n = 120
    for i in range(n):
        (folder / f"d{i:03d}.txt").write_text(_article(i), encoding="utf-8")
    with pg_database("annalyst_watch") as url:
        with Annalyst(db=url) as an:
            _ = an.store  # migrated before the watchers start
        procs = [subprocess.Popen([sys.executable, "-c", WORKER, url, str(folder)], stdout=subprocess.PIPE, text=True)
                 for _ in range(3)]
        results = [json.loads(p.communicate(timeout=600)[0]) for p in procs]
        assert sum(r["items"] for r in results) == n
        assert sum(r["stored"] for r in results) == n and sum(r["duplicates"] for r in results) == 0
        with Annalyst(db=url) as an, an.store.read() as conn:
            assert conn.execute(sa.select(sa.func.count()).select_from(t.watch_items)).scalar() == n
            assert an.store.count_articles() == n
