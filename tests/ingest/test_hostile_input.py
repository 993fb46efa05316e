"""Hostile input that used to stop a whole batch or store something misleading (issue 14): each case is one input's
error line (or a clean article), the other inputs of the batch are stored, and nothing propagates out of ``ingest``.

URLs are served by a real HTTP server on 127.0.0.1 (``allow_private`` lets the fetcher reach it); nothing leaves the
machine: the malformed host names are refused before any lookup.
"""

from __future__ import annotations

import http.server
import json
import logging
import os
import threading

import pytest

from annalyst import Annalyst
from annalyst.errors import InputError, RefusedURL
from annalyst.ingest import read
from annalyst.models import Article
from annalyst.settings import Settings

PROSE = ("Transport ministers of Uzbekistan, Afghanistan and Pakistan met in Tashkent on Tuesday to discuss financing "
         "for the railway line that would link Termez with Peshawar through Kabul, officials said.")
PAGE = f"<html><head><title>Ministers meet in Tashkent</title></head><body><p>{PROSE}</p></body></html>".encode()
LONG_LABEL = "a" * 64


def _page(word: str) -> bytes:
    return PAGE.replace(b"Tuesday", word.encode())


class _Handler(http.server.BaseHTTPRequestHandler):
    """Pages named by path: /ok/WORD, /redirect/KIND, /gzip, /deflate, /charset-header/NAME, /charset-meta/NAME,
    /feed/NAME (a feed declaring encoding NAME whose items are one good page and two malformed hosts)."""

    REDIRECTS = {"data": "data:text/html,<p>hello</p>", "javascript": "javascript:alert(1)",
                 "mailto": "mailto:desk@news.example", "http-loopback": "http:127.0.0.1"}

    def do_GET(self):  # noqa: N802
        parts = self.path.strip("/").split("/")
        kind, arg = parts[0], (parts[1] if len(parts) > 1 else "")
        if kind == "redirect":
            self.send_response(302)
            self.send_header("Location", self.REDIRECTS[arg])
            self.end_headers()
            return
        body, ctype, extra = _page(arg or "Monday"), "text/html", {}
        if kind in ("gzip", "deflate"):
            extra["Content-Encoding"] = kind  # declared, but the body is plain HTML
        elif kind == "charset-header":
            ctype = f"text/html; charset={arg}"
        elif kind == "charset-meta":
            body = f'<html><head><meta charset="{arg}">'.encode() + _page("Thursday")[12:]
        elif kind == "feed":
            port = self.server.server_address[1]
            body = (f'<?xml version="1.0" encoding="{arg}"?><rss version="2.0"><channel><title>Desk</title>'
                    f"<item><title>Good</title><link>http://127.0.0.1:{port}/ok/Saturday</link></item>"
                    "<item><title>Empty label</title><link>http://a..b/</link></item>"
                    f"<item><title>Long label</title><link>http://{LONG_LABEL}.example/</link></item>"
                    "</channel></rss>").encode()
            ctype = "application/rss+xml"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        for key, value in extra.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def base():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def _local(**overrides) -> Settings:
    return Settings(allow_private=True, fetch_timeout=10.0, **overrides)


def _ingest(tmp_path, sources, settings=None):
    an = Annalyst(db=str(tmp_path / "store.db"), settings=settings or _local())
    return an, an.ingest(sources)


# ------------------------------------------------------------------------------------------------ JSONL, Unicode


def test_ingest_jsonl_lone_surrogate_loses_only_its_line(tmp_path):
    """A lone surrogate (half an emoji) made the store's UTF-8 encoding fail: 128 of 200 lines stored, 71 lost."""
    lines = [json.dumps({"text": f"{PROSE} Report number {n} of the series.", "title": f"Report {n}"})
             for n in range(200)]
    lines[150] = '{"text": "' + PROSE + ' Broken \\ud83d line.", "title": "Half an emoji"}'
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    an, report = _ingest(tmp_path, [str(path)])
    with an:
        assert len(report.stored) == 199
        assert [e.source for e in report.failed] == [f"{path}:151"]
        assert "surrogate" in report.failed[0].reason
        assert an.store.count_articles() == 199


def test_ingest_strips_bidi_controls_from_names(tmp_path):
    """U+202E (right-to-left override) in a stored name displays it reversed: removed from the short fields."""
    record = {"text": PROSE, "title": "\u202eMinisters meet\u202c in Tashkent", "authors": ["\u2067Dilnoza\u2069 Karimova"],
              "site": "Daily\u202a Desk\u202c", "subtitle": "\u202dA\u202c railway"}
    path = tmp_path / "bidi.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    an, report = _ingest(tmp_path, [str(path)])
    with an:
        stored = an.article(report.stored[0])
        assert stored.title == "Ministers meet in Tashkent"
        assert stored.authors == ["Dilnoza Karimova"]
        assert stored.site == "Daily Desk"
        assert stored.subtitle == "A railway"


def test_ingest_damaged_utf8_becomes_replacement_characters_with_a_warning(tmp_path, caplog):
    """A few invalid bytes in English text were read as a Cyrillic code page (every non-ASCII byte a Cyrillic
    letter); they are now U+FFFD, and the input gets a warning."""
    path = tmp_path / "damaged.txt"
    path.write_bytes(PROSE.encode().replace(b"Tashkent", b"Tash\xe8\xf0kent") + b"\n\n" + PROSE.encode() + b"\n")
    with caplog.at_level(logging.WARNING, logger="annalyst"):
        [article] = list(read([str(path)], _local()))
    assert isinstance(article, Article)
    assert "Tash\ufffd\ufffdkent" in article.text
    assert not any("\u0400" <= ch <= "\u04ff" for ch in article.text)
    assert any("invalid UTF-8" in r.getMessage() and str(path) in r.getMessage() for r in caplog.records)


def test_ingest_legacy_cyrillic_is_still_decoded(tmp_path):
    """The damaged-UTF-8 rule leaves real legacy-encoded text alone."""
    text = ("Министры транспорта Узбекистана, Афганистана и Пакистана встретились во вторник в Ташкенте, "
            "чтобы обсудить финансирование железной дороги.")
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1251"))
    [article] = list(read([str(path)], _local()))
    assert isinstance(article, Article) and "Ташкенте" in article.text


# ------------------------------------------------------------------------------------------------------ URLs


@pytest.mark.parametrize("url", ["http://a..b/", f"http://{LONG_LABEL}.example/", "http://.example/",
                                 "http://exa\x01mple.example/", "http://news.example/a\nb", "http://news.example/\x7f"])
def test_ingest_malformed_url_is_one_error_line(tmp_path, base, url):
    an, report = _ingest(tmp_path, [url, f"{base}/ok/Monday"])
    with an:
        assert len(report.stored) == 1
        [error] = report.failed
        assert isinstance(error, RefusedURL) and error.source == url and "malformed" in error.reason


@pytest.mark.parametrize("target", sorted(_Handler.REDIRECTS))
def test_ingest_redirect_to_unfetchable_target_is_one_error_line(tmp_path, base, target):
    an, report = _ingest(tmp_path, [f"{base}/redirect/{target}", f"{base}/ok/Monday"])
    with an:
        assert len(report.stored) == 1
        [error] = report.failed
        assert isinstance(error, RefusedURL) and error.source == f"{base}/redirect/{target}"
        assert "redirect" in error.reason


def test_ingest_body_that_is_not_gzip_is_one_error_line(tmp_path, base):
    an, report = _ingest(tmp_path, [f"{base}/gzip", f"{base}/ok/Monday"])
    with an:
        assert len(report.stored) == 1
        [error] = report.failed
        assert error.source == f"{base}/gzip" and "Content-Encoding" in error.reason


def test_ingest_body_that_is_not_deflate_does_not_stop_the_batch(tmp_path, base):
    """httpx falls back to raw deflate: the page is either read or reported, and the batch goes on."""
    an, report = _ingest(tmp_path, [f"{base}/deflate", f"{base}/ok/Monday"])
    with an:
        assert len(report.stored) + len(report.failed) == 2
        assert an.store.count_articles() == len(report.stored) >= 1


@pytest.mark.parametrize("charset", ["punycode", "undefined", "idna", "base64"])
def test_ingest_charset_no_document_uses_is_ignored(tmp_path, base, charset):
    """``<meta charset="punycode">`` or ``"undefined"`` (page or header) raised UnicodeError out of the batch; such a
    declaration is now ignored, as if the page declared nothing."""
    results = list(read([f"{base}/charset-header/{charset}", f"{base}/charset-meta/{charset}"], _local()))
    assert [type(r) for r in results] == [Article, Article], results
    assert "Tashkent" in results[0].text and "Thursday" in results[1].text


@pytest.mark.parametrize("encoding", ["punycode", "undefined", "utf-8"])
def test_ingest_feed_items_with_malformed_hosts_are_error_lines(tmp_path, base, encoding):
    """A feed declaring a codec no document uses is read as UTF-8; its items with an empty or 64-character host
    label are error lines naming the item, and its good item is stored."""
    an, report = _ingest(tmp_path, [f"{base}/feed/{encoding}"])
    with an:
        assert len(report.stored) == 1 and an.store.count_articles() == 1
        assert [e.source.split(" (")[0].rsplit(" ", 1)[-1] for e in report.failed] == ["2", "3"]
        assert all(isinstance(e, RefusedURL) and "malformed host name" in e.reason for e in report.failed)


# ----------------------------------------------------------------------------------------- regular files only


def _good_file(folder, name="good.txt", word="Monday"):
    path = folder / name
    path.write_text(PROSE.replace("Tuesday", word), encoding="utf-8")
    return path


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_ingest_folder_skips_devices_and_fifos(tmp_path):
    """/dev/zero (directly or behind a symlink) read until memory ran out, a FIFO hung: only regular files are read."""
    folder = tmp_path / "in"
    folder.mkdir()
    _good_file(folder)
    (folder / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.txt")
    an, report = _ingest(tmp_path, [str(folder), "/dev/zero"])
    with an:
        assert len(report.stored) == 1
        reasons = {e.source.rsplit("/", 1)[-1]: e.reason for e in report.failed}
        assert set(reasons) == {"pipe.txt", "zero.txt", "zero"}
        assert "FIFO" in reasons["pipe.txt"] and "device" in reasons["zero.txt"] and "device" in reasons["zero"]
        assert all(r.startswith("only regular files are read") for r in reasons.values())


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs /proc")
def test_ingest_byte_limit_is_enforced_while_reading(tmp_path):
    """/proc files are regular files reporting a size of 0: the limit is counted on the bytes read."""
    assert os.stat("/proc/self/status").st_size == 0
    folder = tmp_path / "in"
    folder.mkdir()
    _good_file(folder)
    (folder / "status.txt").symlink_to("/proc/self/status")
    results = list(read([str(folder)], Settings(max_bytes=300)))
    [error] = [r for r in results if isinstance(r, InputError)]
    assert error.source.endswith("status.txt") and "over the" in error.reason and "max_bytes" in error.reason
    assert sum(isinstance(r, Article) for r in results) == 1
