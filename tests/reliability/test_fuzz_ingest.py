"""Property tests over the ingest readers: whatever bytes arrive, a reader returns an ``Article`` or an
``InputError`` — never another exception — within a bounded time, and big inputs within a stated memory bound.

Generated inputs: random bytes, truncated UTF-8, HTML from a small grammar (odd tags, control characters, broken
nesting), JSON lines of arbitrary values, feeds whose links point anywhere (file://, ../, loopback). Hand-made
inputs: 100k nested divs, a 10 MB attribute, 200k attributes on one element, long runs of spaces, digits, colons
and "By", a 1 MB single line. The long coverage-guided campaign is ``fuzz/atheris_ingest.py`` (see fuzz/RESULTS.md);
the regressions it found are replayed here.
"""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annalyst.errors import InputError
from annalyst.ingest import Fetcher, read
from annalyst.ingest.build import Hints
from annalyst.ingest.decode import decode, sniff_kind
from annalyst.ingest.feeds import read_feed
from annalyst.ingest.furniture import byline_author, classify_line, segment
from annalyst.ingest.html import read_html
from annalyst.ingest.jsonl import read_jsonl
from annalyst.ingest.metadata import date_from_url, parse_date
from annalyst.ingest.sources import read_document
from annalyst.ingest.text import read_text, split_blocks
from annalyst.models import Article
from annalyst.settings import Settings

#: hand-made big inputs: Python heap peak (tracemalloc) as a multiple of the input's size. Time is not asserted here
#: (shared machines are noisy): benchmarks/long_article.py measures it as a ratio.
BIG_PEAK_FACTOR = 30

FUZZ = settings(deadline=None, max_examples=60, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example,
                                       HealthCheck.function_scoped_fixture])

PROSE = ("Officials in Kabul said on Tuesday that talks with a delegation from Tashkent on the railway line would "
         "resume next week, after a pause of two months over financing.")


class _NoNetwork(httpx.BaseTransport):
    """Records what would have been requested; answers nothing."""

    def __init__(self) -> None:
        self.requests: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(str(request.url))
        return httpx.Response(404)


def _public_dns(host: str, port: int) -> list[str]:
    if host in ("localhost", "localhost.localdomain"):
        return ["127.0.0.1"]
    return ["93.184.216.34"]


def _fetcher(transport: httpx.BaseTransport | None = None) -> Fetcher:
    return Fetcher(Settings(allow_private=False), transport=transport or _NoNetwork(), resolver=_public_dns)


def _only_articles_or_errors(results) -> list[Article | InputError]:  # noqa: ANN001
    out = list(results)
    for r in out:
        assert isinstance(r, (Article, InputError)), f"reader yielded {type(r).__name__}"
        if isinstance(r, Article):
            assert r.text.strip() and r.id and r.content_hash
            for name in ("url", "site", "title", "subtitle", "original_url", "language"):
                assert isinstance(getattr(r, name), (str, type(None))), f"Article.{name} is {getattr(r, name)!r}"
            assert all(isinstance(a, str) for a in r.authors), r.authors
    return out


def _call(fn, *args):  # noqa: ANN001, ANN202
    """fn(*args) must return an Article (or yield Articles/InputErrors) or raise InputError."""
    try:
        result = fn(*args)
    except InputError as exc:
        assert exc.source and exc.reason
        return [exc]
    if isinstance(result, Article):
        return [result]
    return _only_articles_or_errors(result)


def _document(data: bytes, kind: str | None):  # noqa: ANN202
    settings_ = Settings(allow_private=False)
    with _fetcher() as fetcher:
        return _call(lambda: list(read_document(data, "fuzz", kind, settings_, Hints(), fetcher)))


# ---------------------------------------------------------------------------------------------- generated

_TAGS = ["html", "head", "body", "div", "p", "span", "a", "nav", "header", "footer", "aside", "article", "h1", "script",
         "style", "meta", "time", "figure", "figcaption", "table", "tr", "td", "li", "ul", "br", "img", "svg", "title"]
_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=80) | st.sampled_from(
    [PROSE, "By Ahmad Shah and Li Wei", "June 3, 2025", "\x00\x01\x0b\x0c\x1f", "\ud7ff\ufffe\uffff", "Share: Facebook",
     "Related", "Original: https://example.org/x", "<!--", "]]>", "&#0;&#xD800;&#x110000;&amp", "2025-13-45T99:99"])
_ATTR = st.tuples(st.sampled_from(["class", "id", "lang", "content", "property", "name", "datetime", "href", "rel",
                                   "type", "x\x01", ""]), _TEXT)


@st.composite
def html_pages(draw) -> str:  # noqa: ANN001
    parts: list[str] = []
    open_tags: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        choice = draw(st.integers(0, 4))
        if choice <= 1:
            tag = draw(st.sampled_from(_TAGS))
            attrs = " ".join(f'{k}="{v}"' for k, v in draw(st.lists(_ATTR, max_size=3)))
            parts.append(f"<{tag} {attrs}>")
            open_tags.append(tag)
        elif choice == 2 and open_tags and draw(st.booleans()):
            parts.append(f"</{open_tags.pop()}>")
        elif choice == 3:
            parts.append(f"<script type=\"application/ld+json\">{draw(_TEXT)}</script>")
        else:
            parts.append(draw(_TEXT))
    if draw(st.booleans()):
        parts.append(f"<p>{PROSE}</p>")
    return "".join(parts)


@given(st.binary(max_size=3000), st.sampled_from([None, "html", "text", "jsonl", "feed"]))
@FUZZ
def test_fuzz_random_bytes_give_article_or_input_error(data, kind):
    _document(data, kind)


@given(st.text(min_size=1, max_size=400), st.integers(0, 2000), st.sampled_from([None, "html", "text"]))
@FUZZ
def test_fuzz_truncated_utf8(text, cut, kind):
    data = (PROSE + " " + text + " Кабул کابل 喀布尔 ").encode("utf-8")
    _document(data[: max(1, cut % len(data))], kind)


@given(html_pages())
@FUZZ
def test_fuzz_generated_html(warm, page):
    _call(read_html, page, "fuzz.html", Hints())
    _document(page.encode("utf-8", "surrogatepass"), "html")


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | _TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
_FIELDS = ["text", "html", "url", "title", "subtitle", "authors", "author", "published", "site", "language",
           "translated", "original_url"]


@given(st.lists(st.dictionaries(st.sampled_from(_FIELDS), _JSON | st.just(PROSE), max_size=6) | _JSON, max_size=5))
@FUZZ
def test_fuzz_jsonl_records(records):
    text = "\n".join(json.dumps(r) for r in records)
    results = _call(read_jsonl, text, "fuzz.jsonl", Hints())
    for r in results:
        if isinstance(r, InputError):
            assert r.source.startswith("fuzz.jsonl:")


@given(st.lists(_TEXT | st.sampled_from(["By By By By", "::::::::", "1234567890" * 8, " " * 500, "\t\r\n\x0c"]),
                max_size=30))
@FUZZ
def test_fuzz_text_blocks_and_lines(lines):
    text = "\n".join(lines)
    segment(split_blocks(text))
    for line in lines:
        classify_line(line)
        byline_author(line)
        parse_date(line)
        parse_date(line, lenient=True)
        date_from_url(line)
    _call(read_text, text + "\n\n" + PROSE, "fuzz.txt", Hints())
    sniff_kind(text)


_LINKS = st.sampled_from([
    "file:///etc/passwd", "../../../../etc/passwd", "/etc/passwd", "page.html", "sub/../page.html", "http://127.0.0.1/",
    "http://localhost/x", "http://[::1]/", "http://169.254.169.254/latest/meta-data/", "gopher://x/", "data:text/html,x",
    "javascript:alert(1)", "\\\\server\\share", "", "http://news.example/a", "https://user:pw@news.example/",
]) | st.text(max_size=30)


@given(st.lists(_LINKS, min_size=1, max_size=6), st.booleans())
@FUZZ
def test_fuzz_feed_links_never_read_outside_or_local(tmp_path_factory, links, atom):
    """A feed file may link to pages beside it, never to files outside its folder; its http links go through the
    address checks (loopback, link-local refused); other schemes are never followed."""
    root = tmp_path_factory.mktemp("feed")
    (root / "page.html").write_text(f"<html><body><p>{PROSE}</p></body></html>", encoding="utf-8")
    secret = root.parent / "secret.txt"
    secret.write_text("SECRET " + PROSE, encoding="utf-8")
    if atom:
        items = "".join(f'<entry><title>t</title><link href="{_xml(link)}"/></entry>' for link in links)
        feed = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>{items}</feed>'
    else:
        items = "".join(f"<item><title>t</title><link>{_xml(link)}</link></item>" for link in links)
        feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'
    (root / "feed.xml").write_text(feed, encoding="utf-8")
    transport = _NoNetwork()
    with _fetcher(transport) as fetcher:
        results = _only_articles_or_errors(read([str(root / "feed.xml")], fetcher=fetcher))
    for r in results:
        if isinstance(r, Article):
            assert "SECRET" not in r.text and "root:" not in r.text
            assert r.source is None or Path(r.source).resolve().parent == root.resolve()
    for url in transport.requests:
        assert url.startswith(("http://news.example", "https://news.example", "http://93.184.216.34")), url


# hostile kinds of issue 14: each generated input is read through ``read`` (the batch entry point) and must give
# only Articles and InputErrors

_HOSTS = st.sampled_from(["news.example", "a..b", ".news.example", "news..example", "a" * 64 + ".example",
                          "b" * 63 + ".example", "xn--zz.example", "рф.example", "exa\x01mple.example",
                          "news.example.", "[::1", "1.2.3.4", "x" * 300])
_PATHS = st.sampled_from(["/", "/a", "/a\nb", "/\x7f", "/a b", "/%zz", "/\ud83d", ""])
_REDIRECTS = st.sampled_from(["", "data:text/html,<p>x</p>", "javascript:alert(1)", "mailto:desk@news.example",
                              "http:127.0.0.1", "http://a..b/", "//a..b/", "file:///etc/passwd", "ftp://news.example/",
                              "http://127.0.0.1/", "http://" + "c" * 64 + "/", "\x01", "http://[::1/", "/next"])
_CHARSETS = st.sampled_from(["", "utf-8", "punycode", "undefined", "idna", "utf-7", "base64", "rot13", "x-unknown",
                             "unicode_escape", "utf-16", "cp1251"])
_ENCODINGS = st.sampled_from(["", "gzip", "deflate", "br", "identity", "zstd", "x-garbage", "gzip, deflate"])
_BODIES = st.sampled_from([
    f"<html><head><title>T</title></head><body><p>{PROSE}</p></body></html>".encode(),
    PROSE.encode().replace(b"Kabul", b"Ka\xe8\xf0bul"),
    b'<meta charset="punycode"><p>' + PROSE.encode() + b"</p>",
    b'<meta charset="undefined"><p>' + PROSE.encode() + b"</p>",
    b'<?xml version="1.0" encoding="punycode"?><rss><channel><item><link>http://a..b/</link></item></channel></rss>',
    b'{"text": "' + PROSE.encode() + b' \\ud83d", "title": "\\u202eA"}',
]) | st.binary(max_size=300)


@given(_HOSTS, _PATHS, _REDIRECTS, _CHARSETS, _ENCODINGS, _BODIES)
@FUZZ
def test_fuzz_hostile_urls_redirects_charsets_and_encodings(host, path, redirect, charset, encoding, body):
    """Host labels, redirect targets, charsets and bodies that are not what their encoding says: every failure is
    the URL's error line (before: UnicodeError, httpx.InvalidURL, httpx.DecodingError escaped ``read``)."""
    hops: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        hops.append(str(request.url))
        if redirect and len(hops) == 1:
            return httpx.Response(302, headers={"Location": redirect})
        headers = {"Content-Type": "text/html" + (f"; charset={charset}" if charset else "")}
        if encoding:
            headers["Content-Encoding"] = encoding
        return httpx.Response(200, headers=headers, content=body)

    with _fetcher(httpx.MockTransport(answer)) as fetcher:
        out = _only_articles_or_errors(read([f"http://{host}{path}"], Settings(allow_private=False), fetcher=fetcher))
    assert len(out) >= 1


@given(st.lists(st.sampled_from(["\ud83d", "\udc00", "\ud83d\ude00", "\u202e", "\u2066", "ok"]), min_size=1,
                max_size=4), st.sampled_from(["text", "title", "authors", "site", "subtitle", "url"]))
@FUZZ
def test_fuzz_jsonl_surrogates_and_bidi_controls(pieces, field):
    """A lone surrogate anywhere in a line makes that line an error (no store can encode it); a paired one is an
    emoji; bidi controls never reach a stored short field."""
    value = "".join(pieces)
    record = {"text": f"{PROSE} {value}" if field == "text" else PROSE, "title": "Talks resume"}
    record[field] = [value] if field == "authors" else record.get(field, value) if field == "text" else value
    line = json.dumps(record)  # \\uXXXX escapes: surrogates survive into the parsed string
    out = _call(read_jsonl, line + "\n" + json.dumps({"text": PROSE + " Second."}) + "\n", "s.jsonl", Hints())
    assert len(out) == 2 and isinstance(out[1], Article)
    lone = any("\ud800" <= ch <= "\udfff" for ch in json.loads(json.dumps(value)))  # a high + low pair joins
    assert isinstance(out[0], InputError) == lone, out[0]
    if lone:
        assert "surrogate" in out[0].reason and out[0].source == "s.jsonl:1"
    for r in out:
        if isinstance(r, Article):
            for text in [r.title, r.site, r.subtitle, *r.authors]:
                assert not text or not any(ch in text for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
                assert not text or not any("\ud800" <= ch <= "\udfff" for ch in text)


def _xml(text: str) -> str:
    return "".join(c for c in text if c in "\t\n\r" or c >= " ").replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


@given(st.binary(max_size=2000))
@FUZZ
def test_fuzz_feed_parser(data):
    try:
        items = read_feed(data, "fuzz.xml")
    except InputError:
        return
    for item in items:
        assert (item.link is None) == (item.error is not None)


# -------------------------------------------------------------------------------------------- hand-made

_BODY = f"<p>{PROSE}</p>"


def _big_inputs() -> dict[str, tuple[str, str]]:
    return {
        "nested_divs_100k": ("html", "<html><body>" + "<div>" * 100_000 + _BODY + "</div>" * 100_000 + "</body></html>"),
        "unclosed_nested_100k": ("html", "<html><body>" + "<div><span>" * 50_000 + _BODY),
        "attribute_10mb": ("html", f'<html><body><div class="{"x" * 10_000_000}">{_BODY}</div></body></html>'),
        "meta_content_10mb": ("html", f'<html><head><meta property="og:title" content="{"t " * 5_000_000}"></head>'
                                      f"<body>{_BODY}</body></html>"),
        "spaces_1mb": ("text", PROSE + " " * 1_000_000 + "x\n\n" + PROSE),
        "digits_1mb": ("text", PROSE + "\n\n" + "1" * 1_000_000),
        "colons_1mb": ("text", ":" * 1_000_000 + "\n\n" + PROSE),
        "by_by_by": ("text", "By " * 300_000 + "\n\n" + PROSE),
        "single_line_1mb": ("text", (PROSE + " ") * 6000),
        "dots_and_spaces": ("text", (". " + " " * 50) * 20_000 + PROSE),
        "newline_space_runs": ("text", ("\n" + " " * 1000) * 1000 + PROSE),
        "dateline_like_lines": ("text", "\n".join(f"June {i % 28 + 1}, 20{i % 100:02d} By A" for i in range(5_000)) + "\n\n" + PROSE),
        "html_1mb_text_node": ("html", "<html><body><p>" + (PROSE + " ") * 6000 + "</p></body></html>"),
        "many_short_paragraphs": ("html", "<html><body>" + "<p>Kabul.</p>" * 10_000 + _BODY + "</body></html>"),
        "attributes_200k": ("html", "<html><body><div " + " ".join(f"a{i}=x" for i in range(200_000)) + f">{_BODY}</div>"),
        "jsonl_deep_nesting": ("jsonl", '{"text": ' + "[" * 50_000 + "]" * 50_000 + "}\n" + json.dumps({"text": PROSE})),
        "jsonl_huge_line": ("jsonl", json.dumps({"text": PROSE * 5000, "title": "x" * 1_000_000})),
    }


@pytest.fixture(scope="module")
def warm() -> None:
    """Load what every first call loads (language identification model, lexicons, the date parser's language data),
    so it is not counted (on a loaded machine the first generated page took over the 3 s deadline)."""
    _document(f"<html><body>{_BODY}</body></html>".encode(), "html")
    _document(PROSE.encode(), "text")
    _document(f'<html lang="en"><body><time datetime="2025-13-45T99:99">June 3, 2025</time><p>{PROSE}</p>'
              "<p>By Ahmad Shah and Li Wei</p></body></html>".encode(), "html")


@pytest.mark.parametrize("name", sorted(_big_inputs()))
def test_fuzz_big_inputs_bounded_in_memory(warm, name):
    kind, page = _big_inputs()[name]
    data = page.encode("utf-8")
    tracemalloc.start()
    try:
        results = _document(data, kind)
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert peak < BIG_PEAK_FACTOR * len(data) + 50_000_000, f"{name}: peak {peak / 1e6:.0f} MB"
    assert results


def test_fuzz_truncated_utf8_in_every_script_decodes():
    text = "Кабул — کابل — 喀布尔 — काबुल — Kabul. " * 20
    data = text.encode("utf-8")
    for cut in range(1, 200):
        try:
            decoded = decode(data[:-cut] if cut < len(data) else data[:1], "cut")
        except InputError:
            continue
        assert isinstance(decoded, str)


# ------------------------------------------------------------------------------ regressions found by fuzzing


@pytest.mark.parametrize("char", ["\x01", "\x0b", "\x1f", "\ufffe"])
def test_fuzz_html_control_character_after_furniture(char):
    """Found by atheris: lxml parses control characters but refuses them when the loose text after a removed
    furniture element is moved (ValueError from ``_drop``)."""
    for page in (f"<html><body><nav>menu</nav>{char}tail{_BODY}</body></html>",
                 f"<html><body><p>a</p><nav>menu</nav>{char}tail{_BODY}</body></html>"):
        [article] = _call(read_html, page, "ctrl.html", Hints())
        assert isinstance(article, Article) and "Kabul" in article.text


@pytest.mark.parametrize("field,value", [
    ("authors", 5), ("authors", [["x"], {"name": "A"}, 3]), ("author", {"name": "A"}), ("original_url", 3),
    ("title", 5), ("subtitle", ["a"]), ("site", {"name": "x"}),
])
def test_fuzz_jsonl_field_of_wrong_type_is_ignored(field, value):
    """Found by hypothesis: ``"authors": 5`` raised TypeError, ``"original_url": 3`` AttributeError, and
    ``"title": 5`` made an Article whose title was a number."""
    [article] = _call(read_jsonl, json.dumps({"text": PROSE, field: value}), "typed.jsonl", Hints())
    assert isinstance(article, Article) and "Kabul" in article.text


def test_fuzz_feed_with_undecodable_encoding_name():
    """Found by atheris: a non-ASCII byte in the XML encoding declaration made feedparser raise UnicodeDecodeError.
    An encoding no document can be in is now ignored, as if the feed declared none: its items are read."""
    data = (b'<?xml version="1.0" encoding="UT\xb0\xb0F-8"?>\n<rss version="2.0"><channel><title>t</title>'
            b"<item><link>http://news.example/a</link></item></channel></rss>")
    [item] = read_feed(data, "enc.xml")
    assert item.link == "http://news.example/a" and item.error is None
    assert all(isinstance(r, InputError) for r in _document(data, "feed"))


@pytest.mark.parametrize("value", ["Wed, 05 Mar 2025 09:00:00 +99999999999999", "Wed, 05 Mar 99999999999 09:00:00 +0000"])
def test_fuzz_rfc2822_date_with_absurd_numbers(value):
    """Found by atheris: a dateline like an RFC 2822 date with a huge zone offset raised OverflowError."""
    assert parse_date(value) is None or len(parse_date(value)) == 10
    [article] = _call(read_text, f"Talks resume\n\n{value}\n\n{PROSE}", "tz.txt", Hints())
    assert isinstance(article, Article)


def test_fuzz_many_date_like_header_lines_bounded(monkeypatch):
    """Found by the hand-made inputs: every header line with a four-digit number went to the multilingual date
    parser (~30 ms a call), so 50,000 such lines took about half an hour. Only the first lines are examined now:
    counted as calls of the parser (deterministic), not as seconds."""
    from annalyst.ingest import metadata

    calls = []
    real = metadata._dateparser_full_date
    monkeypatch.setattr(metadata, "_dateparser_full_date", lambda *a: calls.append(a) or real(*a))
    header = "\n".join(f"June {i % 28 + 1}, 20{i % 100:02d} By A" for i in range(2000))
    [article] = _call(read_text, f"{header}\n\n{PROSE}", "dates.txt", Hints())
    assert isinstance(article, Article)
    assert len(calls) <= 200, len(calls)  # 82 today; every line (2,000+) before the fix


def test_fuzz_deeply_nested_json_is_an_input_error():
    """Found by the hand-made inputs: json.loads raises RecursionError (not ValueError) on deep nesting, in a JSON
    line and in a page's JSON-LD block."""
    deep = "[" * 100_000 + "]" * 100_000
    first, second = _call(read_jsonl, '{"text": ' + deep + "}\n" + json.dumps({"text": PROSE}), "deep.jsonl", Hints())
    assert isinstance(first, InputError) and "deep.jsonl:1" in str(first) and isinstance(second, Article)
    page = f'<html><head><script type="application/ld+json">{deep}</script></head><body>{_BODY}</body></html>'
    [article] = _call(read_html, page, "deep.html", Hints())
    assert isinstance(article, Article)


@pytest.mark.parametrize("attrs", [
    " ".join(f"a{i}=x" for i in range(200_000)),
    " ".join(f"data-k{i}" for i in range(200_000)),
    "/".join(f"b{i}='v'" for i in range(50_000)),
])
def test_fuzz_attribute_bomb_is_refused_quickly(attrs):
    """Found by the hand-made inputs: 200,000 attributes on one element kept libxml2's HTML parser busy for about
    eight minutes (its cost grows faster than quadratically with one element's attributes)."""
    [error] = _call(read_html, f"<html><body><div {attrs}>{_BODY}</div></body></html>", "bomb.html", Hints())
    assert isinstance(error, InputError) and "attributes" in error.reason


def test_fuzz_long_attribute_values_are_not_counted_as_attributes():
    page = (f'<html><body><img src="data:image/png;base64,{"QUJD " * 100_000}" alt="x">'
            f"<div class='{' '.join(['c'] * 5000)}' data-x=\"{'a b ' * 2000}\">{_BODY}</div></body></html>")
    [article] = _call(read_html, page, "long-values.html", Hints())
    assert isinstance(article, Article)
