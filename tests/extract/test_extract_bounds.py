"""Extraction is bounded per article: pieces parsed one at a time, a time limit, failures marked and skipped.

Invented text only. The time limit is forced with a tiny ``extract_timeout`` (no timed assertions); a failing
article is made with a pipeline component that raises on a marker word.
"""

from __future__ import annotations

import gc
import weakref

import pytest
from spacy.language import Language

from annalyst.errors import ExtractionTimeout
from annalyst.extract import document as analyze_mod
from annalyst.extract.document import ExtractFailure, analyze, analyze_many, chunks, time_limit
from annalyst.jobs.runner import extract_pending
from annalyst.ingest.metadata import content_hash
from annalyst.models import Article, Published
from annalyst.settings import Settings

PARAGRAPH = ("The Kelmar Compact accused Veltria of shelling the border town of Ostrev on Monday. "
             "Veltria's foreign minister met the Kelmar envoy in Doha on Tuesday.")


def _articles(n: int, marker: int | None = None) -> list[Article]:
    out = []
    for i in range(n):
        text = f"{PARAGRAPH}\n\nTalks number {i} went on."
        if i == marker:
            text += " Kaboomword appears here."
        out.append(Article(id=f"art{i:03d}", text=text, language="en", title=f"Story {i}",
                           published=Published(date="2025-06-02"), content_hash=content_hash(text)))
    return out


@Language.component("test_raise_on_marker")
def _raise_on_marker(doc):
    if "Kaboomword" in doc.text:
        raise RuntimeError("injected failure in a component")
    return doc


@pytest.fixture(scope="module")
def failing_nlp():
    from annalyst.extract.pipeline import build_pipeline

    nlp = build_pipeline()
    nlp.add_pipe("test_raise_on_marker", first=True)
    return nlp


class _Tracking:
    """The pipeline, remembering every Doc it returned (weakly) and how many were alive at each parse."""

    def __init__(self, nlp):
        self.nlp, self.docs, self.alive = nlp, [], []

    def __getattr__(self, name):
        return getattr(self.nlp, name)

    def _seen(self, doc):
        gc.collect()
        self.alive.append(sum(1 for ref in self.docs if ref() is not None))
        self.docs.append(weakref.ref(doc))
        return doc

    def __call__(self, doc):
        return self._seen(self.nlp(doc))

    def pipe(self, docs, **kwargs):
        for doc in self.nlp.pipe(docs, **kwargs):
            yield self._seen(doc)


def test_long_article_is_parsed_one_piece_at_a_time(nlp, monkeypatch):
    monkeypatch.setattr(analyze_mod, "MAX_CHUNK", 600)
    monkeypatch.setattr(analyze_mod, "PIPE_CHARS", 600)
    text = "\n\n".join(f"{PARAGRAPH} Round {i} ended." for i in range(12))
    article = Article(id="long", text=text, language="en", published=Published(date="2025-06-02"))
    assert len(chunks(text)) >= 4
    tracking = _Tracking(nlp)
    result = analyze(article, tracking)
    assert len(tracking.docs) == len(chunks(text))
    assert max(tracking.alive) == 0  # the earlier pieces' Docs were gone before each next parse
    assert result.events and all(text[e.evidence[0].start:e.evidence[0].end] == e.evidence[0].sentence
                                 for e in result.events)
    ids = [e.id for e in result.events]
    assert len(ids) == len(set(ids))


def test_a_sentence_without_full_stop_is_cut_before_the_parser(monkeypatch):
    monkeypatch.setattr(analyze_mod, "MAX_CHUNK", 1000)
    text = " ".join(["word"] * 5000)  # 25,000 characters, no full stop
    pieces = chunks(text)
    assert max(len(p) for _, p in pieces) <= 1000
    assert "".join(p for _, p in pieces) == text


def test_time_limit_interrupts_and_cooperative_check_fires():
    with pytest.raises(ExtractionTimeout):
        with time_limit(0.01):
            while True:
                sum(range(1000))
    with time_limit(None) as check:
        check()  # no limit: never raises


def test_timeout_gives_a_failure_per_article_and_no_result(nlp):
    out = list(analyze_many(_articles(3), nlp, timeout=1e-6, failures=True))
    assert [i for i, _ in out] == ["art000", "art001", "art002"]
    assert all(isinstance(r, ExtractFailure) and r.reason.startswith("timed out") for _, r in out)
    with pytest.raises(ExtractionTimeout):
        list(analyze_many(_articles(1), nlp, timeout=1e-6))


def test_one_raising_article_fails_alone_in_its_group(failing_nlp):
    out = dict(analyze_many(_articles(5, marker=2), failing_nlp, batch_size=8, failures=True))
    assert isinstance(out["art002"], ExtractFailure)
    assert "injected failure" in out["art002"].reason
    assert all(not isinstance(out[f"art00{i}"], ExtractFailure) and out[f"art00{i}"].events for i in (0, 1, 3, 4))


def test_failed_articles_are_marked_skipped_and_retried(store, nlp, failing_nlp):
    store.add_articles(_articles(4, marker=1))
    settings = Settings(db=store.url)
    assert extract_pending(store, settings, nlp=failing_nlp, batch_size=8) == 4
    failures = store.extract_failures()
    assert [(f[0], f[1]) for f in failures] == [("art001", "Story 1")]
    assert "RuntimeError: injected failure" in failures[0][2] and failures[0][3]
    assert store.count_extract_failures() == 1
    assert list(store.iter_articles(pending_extraction=True)) == []  # the failed article is out of the queue
    assert extract_pending(store, settings, nlp=failing_nlp) == 0  # a later run does not stall on it
    assert store.extraction("art000").events and not store.extraction("art001").events

    assert store.clear_extract_failures() == 1
    assert extract_pending(store, settings.replace(extract_timeout=1e-6), nlp=nlp) == 1
    assert store.extract_failures()[0][2].startswith("timed out")
    assert store.clear_extract_failures() == 1
    assert extract_pending(store, settings, nlp=nlp) == 1
    assert store.count_extract_failures() == 0 and store.extraction("art001").events


def test_cli_marks_timeouts_lists_them_and_retries(tmp_path):
    from typer.testing import CliRunner

    from annalyst.cli import app
    from annalyst.store import Store

    db = tmp_path / "cli.db"
    with Store(f"sqlite:///{db}") as s:
        s.add_articles(_articles(3))
    runner = CliRunner()
    result = runner.invoke(app, ["extract", "--db", str(db), "--timeout", "0.000001"])
    assert result.exit_code == 0, result.output
    assert "3 article(s) marked failed" in result.output
    listed = runner.invoke(app, ["articles", "--db", str(db), "--failed", "--json"])
    assert listed.exit_code == 0 and listed.output.count('"extract_error": "timed out') == 3
    again = runner.invoke(app, ["extract", "--db", str(db)])
    assert "extracted 0 articles" in again.output
    retried = runner.invoke(app, ["extract", "--db", str(db), "--retry-failed"])
    assert retried.exit_code == 0 and "extracted 3 articles" in retried.output
    assert "marked failed" not in retried.output


@pytest.mark.slow
def test_worker_processes_mark_timeouts_too(tmp_path):
    from annalyst import Annalyst

    with Annalyst(db=str(tmp_path / "w.db"), extract_timeout=1e-6) as an:
        an.store.add_articles(_articles(4))
        assert an.extract(workers=2, batch_size=2) == 4
        assert an.store.count_extract_failures() == 4
        assert an.pending_extraction() == 0


def test_a_requeued_article_that_fails_keeps_its_rows_and_check_is_clean(store, nlp):
    import sqlalchemy as sa

    from annalyst.store import schema as t
    from annalyst.store.check import check_store

    store.add_articles(_articles(1))
    settings = Settings(db=store.url)
    assert extract_pending(store, settings, nlp=nlp) == 1
    events = store.extraction("art000").events
    with store.write() as conn:  # queued again, as a new alias does
        conn.execute(sa.update(t.articles).values(extracted_at=None))
    assert extract_pending(store, settings.replace(extract_timeout=1e-6), nlp=nlp) == 1
    assert store.count_extract_failures() == 1
    assert store.extraction("art000").events == events  # nothing lost
    assert check_store(store) == []
