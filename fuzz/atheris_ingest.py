#!/usr/bin/env python
"""Coverage-guided fuzzing of the ingest readers (and, with ``--target parse``, of ingest + event extraction).

Usage::

    python fuzz/atheris_ingest.py --make-seeds fuzz/corpus          # seed inputs from the bundled demo corpus
    nice -n 10 python fuzz/atheris_ingest.py fuzz/corpus -max_total_time=1800 -timeout=20 -rss_limit_mb=3072
    nice -n 10 python fuzz/atheris_ingest.py --target parse fuzz/corpus -max_total_time=600 -timeout=60

The first byte of an input picks the reader (HTML, text, JSONL, feed, sniffed document, decode only, dates and
furniture lines, a fetched URL); the rest is the document. For ``url`` the document is a URL and a server's answer:
line 1 the URL, line 2 a redirect target (empty: none), line 3 the Content-Type, line 4 the Content-Encoding, the
rest the body, answered by a mock transport (host labels, redirect targets, charsets, bodies that are not what their
encoding says). Seeds cover lone surrogates in JSON lines, malformed host labels, ``data:`` / ``javascript:`` /
``mailto:`` / ``http:host`` redirects, ``punycode`` / ``undefined`` charsets and false gzip / deflate bodies. The contract under test: every reader returns an ``Article`` or
raises / yields ``InputError`` — anything else is a finding. Findings do not stop the campaign: each distinct one
(exception type + innermost annalyst frame) is written once to ``fuzz/findings/`` with the input that caused it, and
inputs slower than ``SLOW_SECONDS`` are recorded the same way. libFuzzer's ``-timeout`` and ``-rss_limit_mb`` catch
hangs and memory blow-ups (those do stop the run, with the input saved as ``timeout-*`` / ``oom-*``).

Needs ``pip install atheris``. Nothing here touches the network: the fetcher's resolver refuses every host.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
FINDINGS = Path(os.environ.get("ANNALYST_FUZZ_FINDINGS", HERE / "findings"))
SLOW_SECONDS = float(os.environ.get("ANNALYST_FUZZ_SLOW", "5"))
READERS = ("html", "text", "jsonl", "feed", "sniff", "decode", "lines", "url")

_seen: set[str] = set()
_stats = {"runs": 0, "articles": 0, "input_errors": 0, "findings": 0, "slow": 0}
_nlp = None
TARGET = "ingest"


def _no_dns(host: str, port: int) -> list[str]:
    raise OSError(f"fuzzing: no network ({host})")


def _public_dns(host: str, port: int) -> list[str]:
    return ["93.184.216.34"]  # every host "resolves" to a public address; the mock transport answers


def _url(body: bytes):  # noqa: ANN202
    """``read([url])`` against a mock server whose answer the input describes (see the module docstring)."""
    import httpx

    from annalyst.ingest import Fetcher, read
    from annalyst.settings import Settings

    url, location, ctype, encoding, content = (body.split(b"\n", 4) + [b""] * 5)[:5]
    url_text = url.decode("utf-8", "replace")
    hops = [0]

    def answer(request: httpx.Request) -> httpx.Response:
        hops[0] += 1
        headers = {}
        if location and hops[0] == 1:
            headers["Location"] = location.decode("latin-1")
            return httpx.Response(302, headers=headers)
        if ctype:
            headers["Content-Type"] = ctype.decode("latin-1")
        if encoding:
            headers["Content-Encoding"] = encoding.decode("latin-1")
        return httpx.Response(200, headers=headers, content=content)

    settings = Settings(allow_private=False, fetch_timeout=5.0)
    try:
        transport = httpx.MockTransport(answer)
    except Exception:  # noqa: BLE001 - building the mock is not under test
        return
    with Fetcher(settings, transport=transport, resolver=_public_dns) as fetcher:
        yield from read([url_text], settings, fetcher=fetcher)


def _setup_imports(instrument: bool) -> None:
    global annalyst_ingest
    if instrument:
        import atheris

        with atheris.instrument_imports(include=["annalyst.ingest", "annalyst.extract"]):
            if TARGET == "parse":  # every extraction module, so the spaCy components are instrumented too
                import importlib
                import pkgutil

                import annalyst.extract

                for info in pkgutil.walk_packages(annalyst.extract.__path__, "annalyst.extract."):
                    importlib.import_module(info.name)
            import annalyst.ingest.build  # noqa: F401
            import annalyst.ingest.decode  # noqa: F401
            import annalyst.ingest.feeds  # noqa: F401
            import annalyst.ingest.furniture  # noqa: F401
            import annalyst.ingest.html  # noqa: F401
            import annalyst.ingest.jsonl  # noqa: F401
            import annalyst.ingest.metadata  # noqa: F401
            import annalyst.ingest.sources  # noqa: F401
            import annalyst.ingest.text  # noqa: F401


def _record(kind: str, key: str, data: bytes, detail: str) -> None:
    if key in _seen:
        return
    _seen.add(key)
    FINDINGS.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(data).hexdigest()[:12]
    (FINDINGS / f"{kind}-{digest}.bin").write_bytes(data)
    (FINDINGS / f"{kind}-{digest}.txt").write_text(f"{key}\n\n{detail}\n", encoding="utf-8")
    _stats["findings" if kind == "crash" else "slow"] += 1
    print(f"\n== {kind}: {key} (input saved as {kind}-{digest}.bin)", file=sys.stderr, flush=True)


def _finding_key(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "annalyst" in f.filename] or frames
    last = ours[-1] if ours else None
    where = f"{Path(last.filename).name}:{last.lineno} in {last.name}" if last else "?"
    return f"{type(exc).__name__} at {where}"


def run_one(data: bytes) -> None:
    """Run one input through the reader its first byte selects; raise on anything but Article / InputError."""
    from annalyst.errors import InputError
    from annalyst.ingest.build import Hints
    from annalyst.models import Article

    if not data:
        return
    reader = READERS[data[0] % len(READERS)]
    body = data[1:]
    results: list[object] = []
    try:
        if TARGET == "parse":
            results = list(_parse(body))
        elif reader == "decode":
            from annalyst.ingest.decode import decode, sniff_kind

            sniff_kind(decode(body, "fuzz"))
        elif reader == "lines":
            _lines(body.decode("utf-8", "replace"))
        elif reader == "url":
            results = list(_url(body))
        else:
            results = list(_read(reader, body, Hints()))
    except InputError:
        _stats["input_errors"] += 1
        return
    for r in results:
        if isinstance(r, Article):
            _stats["articles"] += 1
            assert r.text and r.id and r.content_hash, "article without text, id or hash"
        elif isinstance(r, InputError):
            _stats["input_errors"] += 1
        else:
            raise TypeError(f"reader yielded {type(r).__name__}, not Article or InputError")


def _read(reader: str, body: bytes, hints):  # noqa: ANN001, ANN202
    from annalyst.ingest.decode import check_binary, decode
    from annalyst.ingest.feeds import read_feed
    from annalyst.ingest.fetch import Fetcher
    from annalyst.ingest.html import read_html
    from annalyst.ingest.jsonl import read_jsonl
    from annalyst.ingest.sources import read_document
    from annalyst.ingest.text import read_text
    from annalyst.settings import Settings

    if reader == "sniff":
        settings = Settings(allow_private=False)
        with Fetcher(settings, resolver=_no_dns) as fetcher:
            yield from read_document(body, "fuzz", None, settings, hints, fetcher)
        return
    if reader == "feed":
        for item in read_feed(body, "fuzz"):
            yield item.error or _feed_ok(item)
        return
    check_binary(body, "fuzz")
    text = decode(body, "fuzz")
    if reader == "html":
        yield read_html(text, "fuzz", hints)
    elif reader == "text":
        yield read_text(text, "fuzz", hints)
    elif reader == "jsonl":
        yield from read_jsonl(text, "fuzz", hints)


def _feed_ok(item):  # noqa: ANN001, ANN202
    """A feed item with a link stands in for the article its page would give (the page is not fetched here)."""
    from annalyst.errors import InputError

    assert item.link, "feed item without link and without error"
    assert isinstance(item.where, str)
    return InputError(item.where, "not fetched while fuzzing")


def _lines(text: str) -> None:
    """Functions fed single lines and short strings: dates, bylines, furniture classification, segmenting."""
    from annalyst.ingest.furniture import byline_author, classify_line, segment
    from annalyst.ingest.metadata import date_from_url, parse_date, site_from_url
    from annalyst.ingest.text import split_blocks

    for line in text.splitlines()[:50] or [text]:
        parse_date(line)
        classify_line(line)
        byline_author(line)
        date_from_url(line)
        site_from_url(line)
    segment(split_blocks(text))


def _parse(body: bytes):  # noqa: ANN202
    """ingest + extraction: what ``annalyst parse`` does with one document."""
    global _nlp
    from annalyst.extract.document import analyze
    from annalyst.extract.pipeline import build_pipeline
    from annalyst.ingest.decode import decode
    from annalyst.ingest.text import read_text
    from annalyst.models import ParseResult

    article = read_text(decode(body, "fuzz"), "fuzz")
    if _nlp is None:
        _nlp = build_pipeline()
    result = analyze(article, _nlp)
    assert isinstance(result, ParseResult)
    for m in result.mentions:
        assert 0 <= m.start <= m.end <= len(article.text), "mention offsets outside the text"
    for e in result.events:
        for ev in e.evidence:
            assert 0 <= ev.start <= ev.end <= len(article.text), "evidence offsets outside the text"
    result.to_dict()
    yield article


def test_one_input(data: bytes) -> None:
    _stats["runs"] += 1
    if _stats["runs"] % 5000 == 0:
        print(f"annalyst fuzz progress: {_stats}", file=sys.stderr, flush=True)
    started = time.monotonic()
    try:
        run_one(data)
    except Exception as exc:  # noqa: BLE001 - every other exception is a finding
        _record("crash", _finding_key(exc), data, "".join(traceback.format_exception(exc)))
    elapsed = time.monotonic() - started
    if elapsed > SLOW_SECONDS:
        reader = READERS[data[0] % len(READERS)] if data else "-"
        _record("slow", f"slow {reader} input ({len(data)} bytes, {elapsed:.1f} s)", data, f"{elapsed:.2f} s")


def _warm_up() -> None:
    """Load what the first call of each reader loads (language model, lexicons, dateparser's language data), so the
    first inputs are not reported as slow."""
    page = b"<html><body><p>Officials in Kabul said on Tuesday, 3 June 2025, that talks would resume.</p></body></html>"
    text = ("Talks resume\n\n3 июня 2025\n\nن 2025\n\n٣ حزيران ٢٠٢٥\n\n2025年6月3日\n\nBy A. Writer\n\n"
            "Officials in Kabul said on Tuesday that talks would resume.")
    for selector in range(len(READERS)):
        for body in (page, text.encode("utf-8")):
            try:
                run_one(bytes([selector]) + body)
            except Exception:  # noqa: BLE001 - warming up only
                pass


def make_seeds(target: Path) -> int:
    """Seed inputs: each demo document (and a few hand-made edge cases) prefixed with each reader's byte."""
    demo = Path(__file__).resolve().parents[1] / "src" / "annalyst" / "data" / "demo"
    target.mkdir(parents=True, exist_ok=True)
    docs: list[tuple[str, bytes]] = []
    for path in sorted(demo.rglob("*")):
        if path.is_file() and path.suffix in (".html", ".txt", ".jsonl", ".xml"):
            docs.append((path.suffix, path.read_bytes()[:60_000]))
    docs += [
        (".html", b"<html><body>" + b"<div>" * 2000 + b"<p>deep</p>" + b"</div>" * 2000 + b"</body></html>"),
        (".txt", b"By By By By By " * 200 + b"\n\nJune 3, 2025\n\n" + b"1" * 3000),
        (".txt", "Kabul, 12 جون 2025\n\nطالبان نے کہا\n".encode()[:-3]),
        (".jsonl", b'{"text": "x", "published": "2025-13-45"}\n{"html": "<p>a</p>"}\n[1,2]\n'),
        (".xml", b'<?xml version="1.0"?><rss><channel><item><link>file:///etc/passwd</link></item></channel></rss>'),
    ]
    page = b"<html><body><p>Officials in Kabul said on Tuesday that talks with Tashkent would resume.</p></body></html>"
    docs += [
        (".jsonl", b'{"text": "Officials in Kabul said on Tuesday that talks would resume \\ud83d soon."}\n'),
        (".jsonl", b'{"text": "Officials in Kabul said that talks would resume.", "title": "\\udc00\\u202eA"}\n'),
        (".html", b'<meta charset="punycode">' + page),
        (".html", b'<meta charset="undefined">' + page.replace(b"Kabul", b"K\xe4bul")),
        (".xml", b'<?xml version="1.0" encoding="punycode"?><rss><channel><item><link>http://a..b/</link></item>'
                 b"<item><link>http://" + b"a" * 64 + b".example/</link></item></channel></rss>"),
    ]
    urls = [
        b"http://a..b/\n\ntext/html\n\n" + page,
        b"http://" + b"a" * 64 + b".example/\n\ntext/html\n\n" + page,
        b"http://exa\x01mple.example/\n\ntext/html\n\n" + page,
        b"http://news.example/a\ndata:text/html,<p>x</p>\ntext/html\n\n" + page,
        b"http://news.example/a\njavascript:alert(1)\ntext/html\n\n" + page,
        b"http://news.example/a\nmailto:desk@news.example\ntext/html\n\n" + page,
        b"http://news.example/a\nhttp:127.0.0.1\ntext/html\n\n" + page,
        b"http://news.example/a\n\ntext/html\ngzip\n" + page,
        b"http://news.example/a\n\ntext/html\ndeflate\n" + page,
        b"http://news.example/a\n\ntext/html; charset=punycode\n\n" + page,
        b"http://news.example/a\n\ntext/html; charset=undefined\n\n" + page,
        b"http://news.example/a\n\ntext/plain\n\nOfficials in Kabul said \xe8\xf0 on Tuesday that talks would resume.",
    ]
    index = {".html": 0, ".txt": 1, ".jsonl": 2, ".xml": 3}
    n = 0
    for i, (suffix, data) in enumerate(docs):
        for sel in {index[suffix], 4}:
            (target / f"seed-{i:03d}-{sel}").write_bytes(bytes([sel]) + data)
            n += 1
    url_selector = READERS.index("url")
    for i, data in enumerate(urls):
        (target / f"seed-url-{i:03d}").write_bytes(bytes([url_selector]) + data)
        n += 1
    return n


def main(argv: list[str]) -> None:
    global TARGET
    if "--make-seeds" in argv:
        where = Path(argv[argv.index("--make-seeds") + 1])
        print(f"wrote {make_seeds(where)} seed inputs to {where}")
        return
    if "--target" in argv:
        i = argv.index("--target")
        TARGET = argv[i + 1]
        del argv[i:i + 2]
    import atheris

    _setup_imports(instrument=True)
    import atexit

    def report() -> None:
        print(f"\nannalyst fuzz summary: target={TARGET} {_stats}", file=sys.stderr, flush=True)

    atexit.register(report)
    _warm_up()
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
