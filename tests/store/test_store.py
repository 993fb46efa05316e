"""The store on real backends: a SQLite file and (when ANNALYST_TEST_PG is set) a PostgreSQL server."""

from __future__ import annotations

import sqlalchemy as sa

from annalyst.models import Article, Published
from annalyst.store import Store
from annalyst.store import schema
from annalyst.store.engine import current_revision, head_revision


def _article(i: int, text: str | None = None, **kw) -> Article:
    body = text or f"Delegations from Kabul and Tashkent met for round {i} of talks on the railway, officials said."
    from annalyst.ingest.metadata import article_id, content_hash

    return Article(id=article_id(kw.get("url"), body), text=body, content_hash=content_hash(body),
                   published=Published(date=f"2025-03-{i % 28 + 1:02d}", source="meta"), **kw)


def test_store_migrates_to_head_and_matches_schema(store):
    assert current_revision(store.engine) == head_revision()
    inspector = sa.inspect(store.engine)
    for table in schema.metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        expected = {c.name for c in table.columns}
        assert expected <= columns, (table.name, expected - columns)
        extra = columns - expected - {"tsv"}
        assert not extra, (table.name, extra)
        indexes = {i["name"] for i in inspector.get_indexes(table.name)}
        assert {i.name for i in table.indexes} <= indexes


def test_store_reopen_is_cheap_and_idempotent(store_url):
    Store(store_url).close()
    s = Store(store_url)
    assert current_revision(s.engine) == head_revision()
    s.close()


def test_store_same_article_twice_is_stored_once(store):
    a = _article(1, title="Talks")
    first = store.add_articles([a])
    second = store.add_articles([a, _article(2)])
    assert first.stored == [a.id]
    assert [d[0] for d in second.duplicates] == [a.id]
    assert store.count_articles() == 2


def test_store_canonical_url_gives_the_id(store):
    a = _article(1, url="https://www.news.example/a/b/?utm_source=x#top")
    b = _article(1, text="A different rendering of the same page, with a changed headline and a corrected sentence.",
                 url="https://news.example/a/b")
    assert a.id == b.id
    store.add_articles([a])
    assert store.add_articles([b]).duplicates


def test_store_round_trips_the_article_record(store):
    a = _article(3, title="Talks", authors=["A. Writer"], url="https://news.example/x", language="en")
    store.add_articles([a])
    got = store.get_article(a.id)
    assert got.to_dict() == a.to_dict()
    assert store.get_article(a.id[:8]).id == a.id


def test_store_full_text_search(store):
    store.add_articles([
        _article(1, text="The envoy Zamir Kabulov proposed arming the movement against ISKP fighters in the north."),
        _article(2, text="Wheat prices rose in Mazar-i-Sharif as the border crossing stayed closed for a week."),
        _article(3, text="Mazar-i-Sharif traders said the envoy's visit changed nothing for the wheat market."),
    ])
    assert [r.title for r in store.list_articles(search="Kabulov")] == [None]
    assert len(store.list_articles(search="envoy")) == 2
    assert len(store.list_articles(search="envoy wheat")) == 1
    assert len(store.list_articles(search='"border crossing"')) == 1
    # user input is never FTS syntax
    assert store.list_articles(search='"unbalanced AND ( -') == []
    assert store.list_articles(search="envoy")[0].snippet


def test_store_lists_with_filters_and_pages(store):
    store.add_articles([_article(i, language="en" if i % 2 else "ru", site="A" if i < 5 else "B") for i in range(10)])
    assert len(store.list_articles(limit=3)) == 3
    assert len(store.list_articles(language="ru")) == 5
    assert len(store.list_articles(site="B", language="en")) == 3
    assert {r.published for r in store.list_articles(since="2025-03-05", until="2025-03-06")} == {"2025-03-05", "2025-03-06"}
    page1 = store.list_articles(limit=4)
    page2 = store.list_articles(limit=4, offset=4)
    assert not {r.id for r in page1} & {r.id for r in page2}


def test_store_batch_is_atomic(store):
    good = _article(1)
    bad = _article(2)
    bad.content_hash = None  # a NOT NULL column gets "" -- make the row invalid another way:
    bad.authors = None  # type: ignore[assignment]
    try:
        store.add_articles([good, bad])
    except Exception:
        pass
    assert store.count_articles() == 0, "a failed batch leaves nothing behind"


def test_store_iter_articles_streams_in_batches(store):
    store.add_articles([_article(i) for i in range(25)])
    seen = [a.id for a in store.iter_articles(batch=7)]
    assert len(seen) == len(set(seen)) == 25
    assert len(list(store.iter_articles(ids=seen[:3]))) == 3
