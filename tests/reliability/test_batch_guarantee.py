"""The batch guarantee, as a property: whatever exception any reader stage raises on any of its calls, ``ingest``
returns normally, each raised exception is exactly one error line, every article not touched by a failure is stored,
and the store passes ``check_store``.

The batch mixes every kind of input: text, HTML and JSONL files in a folder, a local feed whose items are pages
beside it, and a URL served by a real HTTP server on 127.0.0.1. Hypothesis picks the stage, the exception class and
which calls of that stage fail; the stage is replaced by a wrapper that raises on those calls and otherwise calls the
real function.
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import tempfile
import threading
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annalyst import Annalyst
from annalyst.ingest import fetch as fetch_module
from annalyst.ingest import html as html_module
from annalyst.ingest import jsonl as jsonl_module
from annalyst.ingest import sources as sources_module
from annalyst.ingest import text as text_module
from annalyst.settings import Settings
from annalyst.store.check import check_store

SENTENCE = ("The foreign ministers of {a} and {b} met in {c} on {d} and agreed to reopen the border crossing for "
            "trucks carrying food and fuel, officials of both governments said after the talks.")
PLACES = ["Kabul", "Tashkent", "Islamabad", "Dushanbe", "Tehran", "Ashgabat", "Bishkek", "Almaty", "Herat", "Quetta"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _prose(n: int) -> str:
    return SENTENCE.format(a=PLACES[n % 10], b=PLACES[(n + 3) % 10], c=PLACES[(n + 6) % 10], d=DAYS[n % 7]) + \
        f" It was meeting number {n} this year."


#: (module, attribute) of each reader stage, in the order the readers reach them
STAGES = [
    (sources_module, "read_regular_file"),
    (sources_module, "check_binary"),
    (sources_module, "decode"),
    (sources_module, "sniff_kind"),
    (sources_module, "read_document"),
    (sources_module, "read_text"),
    (sources_module, "read_html"),
    (sources_module, "read_jsonl"),
    (sources_module, "read_feed"),
    (jsonl_module, "read_record"),
    (text_module, "build_article"),
    (html_module, "build_article"),
    (jsonl_module, "build_article"),
    (fetch_module.Fetcher, "fetch"),
]
EXCEPTIONS = [RuntimeError, ValueError, TypeError, KeyError, UnicodeError, OSError, MemoryError, RecursionError,
              AttributeError, httpx.InvalidURL, httpx.DecodingError, ZeroDivisionError]
#: the most articles one exception can take with it (the JSONL file's three lines)
MOST_LOST_PER_FAILURE = 3


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        body = f"<html><head><title>Crossing</title></head><body><p>{_prose(90)}</p></body></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def batch():
    """The folder of inputs and the URL: returns (sources, settings, the ids stored when nothing fails)."""
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    root = Path(tempfile.mkdtemp(prefix="annalyst-batch-"))
    folder = root / "in"
    (folder / "pages").mkdir(parents=True)
    for n in range(3):
        (folder / f"t{n}.txt").write_text(_prose(n), encoding="utf-8")
    (folder / "h.html").write_text(f"<html><head><title>Talks</title></head><body><p>{_prose(10)}</p></body></html>",
                                   encoding="utf-8")
    (folder / "lines.jsonl").write_text("".join(json.dumps({"text": _prose(20 + n)}) + "\n" for n in range(3)),
                                        encoding="utf-8")
    items = ""
    for n in range(2):
        (folder / "pages" / f"p{n}.page").write_text(
            f"<html><head><title>Item {n}</title></head><body><p>{_prose(30 + n)}</p></body></html>", encoding="utf-8")
        items += f"<item><title>Item {n}</title><link>pages/p{n}.page</link></item>"
    (folder / "feed.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>{items}'
                                     "</channel></rss>", encoding="utf-8")
    sources = [str(folder), f"http://127.0.0.1:{srv.server_address[1]}/page"]
    conf = Settings(allow_private=True, fetch_timeout=10.0, batch_size=3)
    with Annalyst(db=str(root / "baseline.db"), settings=conf) as an:
        baseline = an.ingest(sources)
    assert not baseline.failed and len(baseline.stored) == 10, baseline.failed
    yield sources, conf, root, set(baseline.stored)
    srv.shutdown()
    srv.server_close()
    shutil.rmtree(root, ignore_errors=True)


def _failing(real, calls: set[int], exc_type: type[BaseException], fired: list[int]):  # noqa: ANN001, ANN202
    count = [0]

    @functools.wraps(real)
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        count[0] += 1
        if count[0] in calls:
            fired.append(count[0])
            if exc_type is httpx.InvalidURL:
                raise httpx.InvalidURL("injected")
            raise exc_type("injected")
        return real(*args, **kwargs)

    return wrapper


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(stage=st.sampled_from(STAGES), exc_type=st.sampled_from(EXCEPTIONS),
       calls=st.sets(st.integers(min_value=1, max_value=6), min_size=1, max_size=3))
def test_batch_survives_an_exception_in_any_reader_stage(batch, stage, exc_type, calls):
    sources, conf, root, baseline = batch
    owner, name = stage
    fired: list[int] = []
    db = Path(tempfile.mkdtemp(dir=root)) / "store.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(owner, name, _failing(getattr(owner, name), calls, exc_type, fired))
        with Annalyst(db=str(db), settings=conf) as an:
            report = an.ingest(sources)  # never raises
            stored = set(report.stored)
            assert len(report.failed) == len(fired), [str(e) for e in report.failed]
            assert all(e.source and e.reason for e in report.failed)
            assert stored <= baseline
            assert len(stored) >= len(baseline) - MOST_LOST_PER_FAILURE * len(fired)
            assert an.store.count_articles() == len(stored)
            assert not check_store(an.store), [str(p) for p in check_store(an.store)]
    if fired:
        assert any(exc_type.__name__ in e.reason or "ran out of memory" in e.reason or "nested too deeply" in e.reason
                   for e in report.failed)
