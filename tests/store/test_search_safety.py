"""Search text is text: the query language (words, "phrases", OR, -exclusion), its cost bounds, and the read
deadline, on a real SQLite file and a real PostgreSQL database, over the bundled demo corpus."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from annalyst import Annalyst
from annalyst.api import demo_corpus_path
from annalyst.errors import QueryTooExpensive
from annalyst.store.search import MAX_TERMS, parse_search, to_fts5, to_websearch

HOSTILE = ["Russia OR", "a OR -b", '"a" OR', 'x OR "', "OR", "-", '"', "NEAR(a b)", "a*", "title:x", "^a", "(", ")",
           "a AND", "NOT", "a NOT", "'", "\\", "%_", "a\x00b", "--", "-\"x", "x OR OR y", "\u202ex", "*", ":", "{a}"]


@pytest.fixture
def demo_store(store_url):
    with Annalyst(db=store_url) as an:
        report = an.ingest([str(demo_corpus_path())])
        assert report.stored
        yield an.store


def _ids(store, text):
    return {row.id for row in store.list_articles(search=text, limit=500)}


def test_hostile_search_text_never_raises(demo_store):
    for text in HOSTILE:
        demo_store.list_articles(search=text, limit=5)
        with demo_store.read() as conn:
            conn.execute(demo_store.search_ids(text)).all()


def test_query_language_words_phrases_or_exclusion(demo_store):
    every = {row.id for row in demo_store.list_articles(limit=500)}
    texts = {row.id: (row.title or "") for row in demo_store.list_articles(limit=500)}
    words = sorted({w.lower() for t in texts.values() for w in t.split() if w.isalpha() and len(w) > 5})
    a, b = words[0], words[-1]
    with_a, with_b = _ids(demo_store, a), _ids(demo_store, b)
    assert with_a and with_b
    assert _ids(demo_store, f"{a} OR {b}") == with_a | with_b
    assert _ids(demo_store, f"{a} {b}") == with_a & with_b
    assert _ids(demo_store, f"{a} -{b}") == with_a - with_b
    assert _ids(demo_store, f"{a} OR") == with_a  # a dangling OR is ignored
    assert _ids(demo_store, f"-{a}") == set()  # exclusions alone match nothing
    assert with_a <= every


def test_repeated_terms_count_once_and_too_many_are_refused(demo_store):
    demo_store.list_articles(search=" ".join(["war"] * 100), limit=5)  # one distinct term
    many = " ".join(f"w{i}" for i in range(MAX_TERMS + 1))
    with pytest.raises(QueryTooExpensive, match="query too expensive"):
        demo_store.list_articles(search=many, limit=5)


def test_read_deadline_interrupts_a_long_statement(demo_store):
    demo_store.query_timeout = 0.2
    if demo_store.dialect == "sqlite":
        forever = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    else:
        forever = "SELECT pg_sleep(60)"
    with pytest.raises(QueryTooExpensive, match="query_timeout"):
        with demo_store.read() as conn:
            conn.execute(sa.text(forever)).all()
    demo_store.query_timeout = 0
    with demo_store.read() as conn:  # the connection is usable again, without a limit
        assert conn.execute(sa.text("SELECT 1")).scalar_one() == 1


def test_every_term_is_quoted():
    q = parse_search('NEAR(a b) x* "y z" OR w -v title:t')
    fts = to_fts5(q)
    assert "NEAR(" not in fts and "*" not in fts and "title:" not in fts
    assert to_websearch(q).count('"') % 2 == 0
