"""analyze(): one article through the whole pipeline; batches, stable ids, long and odd texts."""

from __future__ import annotations


import pytest

from annalyst.extract import document as analyze_module
from annalyst.extract.document import EXTRACTOR_VERSION, analyze, analyze_many, chunks
from annalyst.models import Article, Published

pytestmark = pytest.mark.slow

TEXT = ("In 2020, Russia accused Ukraine of shelling Donetsk. Ukraine strongly rejected the charge.\n\n"
        "Pakistan hosted talks with the Taliban in Islamabad on Monday.")


def article(text: str = TEXT, language: str = "en", aid: str = "art-1") -> Article:
    return Article(id=aid, text=text, language=language, published=Published(date="2025-07-12", source="given"))


def test_analyze_returns_the_design_record(nlp):
    result = analyze(article(), nlp)
    record = result.to_dict()
    assert set(record) == {"article", "mentions", "actors", "time_expressions", "events", "quotes"}
    assert result.events and all(e.article_id == "art-1" for e in result.events)
    for e in result.events:
        ev = e.evidence[0]
        assert TEXT[ev.start:ev.end] == ev.sentence


def test_analyze_event_ids_are_stable(nlp):
    first = [e.id for e in analyze(article(), nlp).events]
    second = [e.id for _, r in analyze_many([article()], nlp) for e in r.events]
    assert first == second and len(set(first)) == len(first)
    other = [e.id for e in analyze(article(aid="art-2"), nlp).events]
    assert not set(first) & set(other)


def test_analyze_many_keeps_order_and_keeps_other_languages_off_the_english_parser(nlp):
    batch = [article(aid="a"), article("Russland hat die Regierung der Taliban anerkannt.", language="de", aid="b"),
             article("Россия признала правительство талибов.", language="ru", aid="c"), article(aid="d")]
    results = list(analyze_many(batch, nlp, batch_size=2))
    assert [aid for aid, _ in results] == ["a", "b", "c", "d"]
    assert results[1][1].events == [] and results[1][1].mentions == []  # no extractor for German yet
    for event in results[2][1].events:  # Russian goes to the native extractor
        assert event.evidence[0].sentence in batch[2].text
    assert results[0][1].events and [e.id for e in results[0][1].events] != [e.id for e in results[3][1].events]
    assert EXTRACTOR_VERSION


@pytest.mark.parametrize("text", [
    "", "   \n\n  ", "...", "\u200b\u200c\u200d\u2060",
    "Россия и Pakistan: 俄罗斯 and پاکستان signed a deal with Iran.",
    "\u202bمسکو\u202c recognized the Afghan government \u200ftoday\u200f.",
    "Iran\u200b attacked\u200d Iraq.",
])
def test_analyze_odd_texts_do_not_crash(nlp, text):
    result = analyze(article(text), nlp)
    for e in result.events:
        assert 0 <= e.evidence[0].start <= e.evidence[0].end <= len(text)


def test_analyze_chunks_cut_long_texts_at_boundaries():
    text = ("word " * 30 + "\n\n") * 50
    parts = chunks(text, limit=400)
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= 400 for _, p in parts)
    assert all(text[o:o + len(p)] == p for o, p in parts)
    single = "x" * 1_000_000
    parts = chunks(single)
    assert "".join(p for _, p in parts) == single and max(len(p) for _, p in parts) <= analyze_module.MAX_CHUNK


def test_analyze_offsets_survive_chunking(nlp, monkeypatch):
    monkeypatch.setattr(analyze_module, "MAX_CHUNK", 120)
    text = "Officials met on Monday and talked for hours.\n\n" * 3 + "Pakistan hosted talks with the Taliban in Islamabad."
    result = analyze(article(text), nlp)
    consult = [e for e in result.events if e.event_type == "CONSULT"]
    assert consult
    ev = consult[0].evidence[0]
    assert text[ev.start:ev.end] == ev.sentence
    for m in result.mentions:
        assert text[m.start:m.end] == m.text


def test_analyze_one_megabyte_single_line_does_not_crash(nlp):
    text = "a" * 1_000_000
    result = analyze(article(text), nlp)
    assert result.events == []
