"""The same event reported in Russian (native extraction) and in English (the English pipeline) joins one cluster;
a different event in Russian does not."""

from __future__ import annotations

import pytest

from annalyst.models import Article, Published

clusters = pytest.importorskip("annalyst.analyze.clusters", reason="analyze/clusters.py is not importable yet")

EN = "Russia formally recognized the Taliban government on Thursday, becoming the first country to do so."
RU = "Россия в четверг официально признала правительство талибов, став первой страной, сделавшей это."
RU_OTHER = "Иран в понедельник запретил афганским бензовозам въезд в страну."


def _article(aid: str, text: str, lang: str, site: str) -> Article:
    from annalyst.ingest.metadata import content_hash

    return Article(id=aid, text=text, language=lang, site=site, published=Published("2025-07-04", "meta"),
                   content_hash=content_hash(text))


@pytest.mark.slow
def test_cross_language_russian_and_english_reports_share_a_cluster(tmp_path, nlp):
    from annalyst.analyze.runner import cluster_pending
    from annalyst.extract.document import analyze_many
    from annalyst.store import Store

    articles = [_article("en-1", EN, "en", "steppe.example"), _article("ru-1", RU, "ru", "vestnik.example"),
                _article("ru-2", RU_OTHER, "ru", "vestnik.example")]
    results = dict(analyze_many(articles, nlp))
    en_events = [e for e in results["en-1"].events if e.event_type == "SUPPORT"]
    ru_events = [e for e in results["ru-1"].events if e.event_type == "SUPPORT"]
    other = results["ru-2"].events
    assert en_events and ru_events and other, "each report is coded (English by its pipeline, Russian natively)"
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        store.add_articles(articles)
        store.save_extractions(list(results.items()), extractor="test")
        cluster_pending(store)
        found = store.clusters(limit=None)
        by_member = {m: c.id for c in found for m in c.members}
        assert by_member[en_events[0].id] == by_member[ru_events[0].id]
        joined = next(c for c in found if en_events[0].id in c.members)
        assert joined.n_sources == 2
        assert all(by_member[e.id] != by_member[en_events[0].id] for e in other)
    finally:
        store.close()
