"""Highlighting builds HTML from escaped pieces: marks never break, and no text from an article becomes markup."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.serve.highlight import Span, highlight, snippet_html


def test_highlight_marks_overlapping_spans_and_escapes() -> None:
    text = 'Russia <b>recognized</b> the "Taliban".'
    html = str(highlight(text, [Span(0, 6, "mention", title="Russia", href="/actors/RUS"), Span(0, 24, "evidence"),
                                Span(10, 20, "trigger", title='a "quoted" <title>')]))
    assert html.startswith('<mark class="evidence mention" title="Russia"><a href="/actors/RUS">Russia</a></mark>')
    assert '<mark class="evidence"> &lt;b&gt;</mark>' in html
    assert 'title="a &#34;quoted&#34; &lt;title&gt;"' in html
    assert html.endswith("the &#34;Taliban&#34;.")
    assert "<b>" not in html


def test_highlight_window_and_bad_spans() -> None:
    text = "0123456789"
    assert str(highlight(text, [Span(2, 5, "time")], start=3, end=8)) == '<mark class="time">34</mark>567'
    # empty, reversed, out-of-range spans and unknown kinds are ignored rather than breaking the page
    assert str(highlight(text, [Span(4, 4, "time"), Span(6, 3, "time"), Span(50, 60, "time"), Span(1, 2, 'x" onclick="y')])) == text


def test_highlight_escapes_hrefs() -> None:
    html = str(highlight("Kabul", [Span(0, 5, "mention", href='/actors/"><script>')]))
    assert '<script>' not in html and 'href="/actors/&#34;&gt;&lt;script&gt;"' in html


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70),
                                                st.sampled_from(["mention", "time", "trigger", "evidence"])), max_size=6))
def test_highlight_keeps_the_text_and_balances_tags(text: str, spans: list[tuple[int, int, str]]) -> None:
    import html as html_lib
    import re

    out = str(highlight(text, [Span(a, b, k) for a, b, k in spans]))
    assert out.count("<mark") == out.count("</mark>")
    assert html_lib.unescape(re.sub(r"</?mark[^>]*>", "", out)) == text
    assert "<" not in re.sub(r"</?mark[^>]*>", "", out)


def test_snippet_html_marks_matches_only() -> None:
    assert str(snippet_html("a [Kabul] b <i>")) == 'a <mark class="match">Kabul</mark> b &lt;i&gt;'
    assert str(snippet_html("[<script>]")) == '<mark class="match">&lt;script&gt;</mark>'
    assert str(snippet_html("unclosed [x")) == "unclosed [x"
    assert str(snippet_html(None)) == ""
