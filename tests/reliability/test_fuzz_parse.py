"""Property tests of ``annalyst parse`` (ingest + extraction): whatever text arrives, the analysis is a ParseResult
whose offsets point into the text and whose record serialises, or a clear input error; the command never shows a
traceback. The coverage-guided campaign of the same path is ``fuzz/atheris_ingest.py --target parse``."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from annalyst.cli import app
from annalyst.extract.document import MAX_CHUNK, analyze
from annalyst.models import Article, ParseResult, Published, stable_id

pytestmark = pytest.mark.slow

FRAGMENTS = [
    "Russia delivered two helicopters to the Taliban government in Kabul on Monday, officials said.",
    "Pakistan accused the Taliban of sheltering militants, which Kabul denied.",
    '"We will not accept this," the foreign minister said on Tuesday.',
    "China may sign an agreement with Uzbekistan in late 2025.",
    "Three soldiers were killed and 12 injured in the attack in Bannu.",
    "By By By", "((((", "))))", "“”„«»", "\u200b\u200c\u200d", "\x0b\x0c", "1" * 60, ":" * 40, "—" * 20,
    "Кабул", "کابل", "喀布尔", "U.S.-Russia", "Dr. Mr. St.", "...", "?!", "\n\n", "\t", "  ",
]
TEXT = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=40), min_size=1, max_size=14).map(" ".join)


def _article(text: str, published: str | None) -> Article:
    return Article(id=stable_id("text", text), text=text, language="en",
                   published=Published(date=published, source="given" if published else None))


def _check(result: ParseResult, text: str) -> None:
    assert isinstance(result, ParseResult)
    for m in result.mentions:
        assert 0 <= m.start <= m.end <= len(text) and text[m.start:m.end] == m.text
    for x in result.time_expressions:
        if x.start is not None:
            assert 0 <= x.start <= x.end <= len(text)
    for q in result.quotes:
        assert 0 <= q.start <= q.end <= len(text)
    for e in result.events:
        assert e.id and e.event_type
        for ev in e.evidence:
            assert 0 <= ev.start <= ev.end <= len(text)
    json.dumps(result.to_dict())


@given(TEXT, st.sampled_from([None, "2025-07-01", "1999-12-31"]))
@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def test_fuzz_parse_any_text_gives_a_consistent_analysis(nlp, text, published):
    if not text.strip():
        return
    _check(analyze(_article(text, published), nlp), text)


def test_fuzz_parse_text_longer_than_a_chunk_keeps_offsets(nlp, monkeypatch):
    """A single line longer than the parser's chunk (MAX_CHUNK, here made small to keep the test fast) is cut at a
    word boundary; offsets are shifted back right."""
    import annalyst.extract.document as analyze_module

    real = analyze_module.chunks
    monkeypatch.setattr(analyze_module, "chunks", lambda text, limit=MAX_CHUNK: real(text, 700))
    sentence = FRAGMENTS[0] + " "
    text = (sentence * 30).replace(". ", "; ")  # one line, one sentence: only word boundaries to cut at
    result = analyze(_article(text, "2025-07-01"), nlp)
    _check(result, text)
    assert len(real(text, 700)) > 3 and any(m.start > 1400 for m in result.mentions)


@pytest.mark.parametrize("name,data", [
    ("binary.txt", bytes(range(256)) * 4),
    ("empty.txt", b""),
    ("latin1.txt", "Kabul - café à Hérat".encode("latin-1")),
    ("page.html", b"<html><body><nav>menu</nav>\x01<p>x</p></body></html>"),
    ("pdf.html", b"%PDF-1.7\n" + b"\x00" * 100),
])
def test_fuzz_parse_command_reports_bad_files_in_one_line(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["parse", str(path), "--json", "--db", str(tmp_path / "s.db")])
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    if result.exit_code == 1:
        assert len([ln for ln in result.stderr.splitlines() if ln.strip()]) == 1, result.stderr
    else:
        json.loads(result.stdout)
