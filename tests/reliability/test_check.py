"""``check_store`` / ``annalyst check``: a clean store passes; each kind of damage planted in it is reported.

The store is built without the language model: articles, hand-made extractions (events with actors and evidence)
and the real clustering run. Damage is planted with SQL as a crash, a bug or a manual edit would leave it.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from annalyst.analyze.runner import cluster_pending
from annalyst.cli import app
from annalyst.ingest.metadata import content_hash
from annalyst.models import (
    Article, Event, EventActor, EventDate, Evidence, Mention, ParseResult, Published, Quote, TimeExpr, stable_id,
)
from annalyst.store import Store
from annalyst.store import schema as t
from annalyst.store.check import Problem, check_store

SENTENCE = "Russia delivered two helicopters to the Taliban government in Kabul on Monday, officials said."


def _article(n: int, site: str) -> Article:
    text = f"{SENTENCE} Report number {n} adds that the delivery was agreed in talks earlier this year."
    aid = stable_id("test", str(n))
    return Article(id=aid, text=text, url=f"https://{site}/a/{n}", site=site, title=f"Helicopters {n}",
                   published=Published(date="2025-07-0" + str(n), source="meta"), language="en",
                   content_hash=content_hash(text))


def _extraction(article: Article, actor: tuple[str, str] = ("RUS", "Russia")) -> ParseResult:
    event = Event(
        id=stable_id(article.id, "0", "AID"), article_id=article.id, event_type="AID", mode="military",
        actor=[EventActor(actor_id=actor[0], name=actor[1], text=actor[1])],
        recipient=[EventActor(actor_id="AFG-TALIBAN", name="Taliban", text="the Taliban government")],
        date=EventDate(start="2025-06-30", end="2025-06-30", granularity="day", text="on Monday", anchor="published"),
        score=7.0, quad_class="material cooperation", confidence=0.8,
        evidence=[Evidence(article_id=article.id, start=0, end=len(SENTENCE), sentence=SENTENCE, trigger="delivered")],
    )
    return ParseResult(
        article=article,
        mentions=[Mention(article_id=article.id, start=0, end=6, text="Russia", actor_id=actor[0], score=1.0)],
        time_expressions=[TimeExpr(text="on Monday", start=75, end=84, value_start="2025-06-30", value_end="2025-06-30",
                                   granularity="day", anchor="published")],
        events=[event],
        quotes=[Quote(speaker=None, text="agreed", start=130, end=136)],
    )


@pytest.fixture
def built(store):
    """Four articles from three sites: three report one delivery (one cluster), one another actor's delivery."""
    articles = [_article(1, "a.example"), _article(2, "b.example"), _article(3, "c.example"), _article(4, "d.example")]
    store.add_articles(articles)
    results = [(a.id, _extraction(a)) for a in articles[:3]]
    results.append((articles[3].id, _extraction(articles[3], ("CHN", "China"))))
    store.save_extractions(results, "test")
    cluster_pending(store)
    assert store.count_clusters() >= 1
    return store


def _kinds(problems: list[Problem]) -> set[tuple[str, str | None]]:
    return {(p.kind, p.table) for p in problems}


def _sqlite_raw(store: Store) -> sqlite3.Connection:
    """A raw connection with foreign keys off: how a crash, an older build or a manual edit could write."""
    path = store.url.split("///", 1)[1]
    store.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=OFF")
    return conn


def _one_cluster(store: Store) -> tuple[str, list[str]]:
    """The cluster with the most members, and its member event ids."""
    with store.read() as conn:
        rows = conn.execute(sa.select(t.cluster_members.c.cluster_id, t.cluster_members.c.event_id)).all()
    by: dict[str, list[str]] = {}
    for cid, eid in rows:
        by.setdefault(cid, []).append(eid)
    cid = max(by, key=lambda c: len(by[c]))
    return cid, sorted(by[cid])


def _exec(store: Store, statement: sa.Executable) -> None:
    with store.write() as conn:
        conn.execute(statement)


def test_check_clean_store_has_no_problems(built):
    assert check_store(built) == []
    assert check_store(built, deep=False) == []


def test_check_reextracted_store_waiting_for_clustering_is_clean(built):
    """Re-extraction removes an article's old cluster members; until the next clustering run that is legitimate."""
    article = built.get_article(stable_id("test", "1"))
    built.save_extractions([(article.id, _extraction(article))], "test")
    assert check_store(built) == []
    cluster_pending(built)
    assert check_store(built) == []


def test_check_cluster_with_no_members(built):
    cid, _ = _one_cluster(built)
    _exec(built, sa.delete(t.cluster_members).where(t.cluster_members.c.cluster_id == cid))
    problems = check_store(built)
    messages = " | ".join(map(str, problems))
    assert "no members" in messages and cid in messages
    assert ("cluster", "events") in _kinds(problems)  # its events still name it


def test_check_n_articles_inconsistent(built):
    cid, _ = _one_cluster(built)
    _exec(built, sa.update(t.clusters).where(t.clusters.c.id == cid).values(n_articles=99))
    [problem] = check_store(built)
    assert problem.kind == "cluster" and "n_articles" in problem.message and problem.examples == [cid]


def test_check_event_cluster_id_disagrees_with_members(built):
    cid, members = _one_cluster(built)
    other = next(c for c in _all_clusters(built) if c != cid)
    _exec(built, sa.update(t.events).where(t.events.c.id == members[0]).values(cluster_id=other))
    problems = check_store(built)
    assert any(p.table == "events" and "not the cluster listing them" in p.message and members[0] in p.examples
               for p in problems)
    assert any("does not list them" in p.message for p in problems)


def test_check_event_in_two_clusters(built):
    cid, members = _one_cluster(built)
    other = next(c for c in _all_clusters(built) if c != cid)
    _exec(built, t.cluster_members.insert().values(cluster_id=other, event_id=members[0]))
    problems = check_store(built)
    assert any("more than one cluster" in p.message and p.examples == [members[0]] for p in problems)


def test_check_cluster_record_members_differ(built):
    cid, members = _one_cluster(built)
    with built.read() as conn:
        record = conn.execute(sa.select(t.clusters.c.record).where(t.clusters.c.id == cid)).scalar_one()
    record = dict(record, members=members[:1])
    _exec(built, sa.update(t.clusters).where(t.clusters.c.id == cid).values(record=record))
    [problem] = check_store(built)
    assert "record" in problem.message and problem.examples == [cid]


def test_check_partial_extraction(built):
    aid = stable_id("test", "2")
    _exec(built, sa.update(t.articles).where(t.articles.c.id == aid).values(extracted_at=None))
    problems = check_store(built)
    tables = {p.table for p in problems if p.kind == "extraction"}
    assert {"mentions", "time_exprs", "quotes", "events", "articles"} <= tables
    assert all(aid in p.examples for p in problems if p.kind == "extraction")


def test_check_event_actor_rows_missing(built):
    _, members = _one_cluster(built)
    _exec(built, sa.delete(t.event_actors).where(t.event_actors.c.event_id == members[0], t.event_actors.c.side == "actor"))
    problems = check_store(built)
    assert [(p.table, p.examples) for p in problems] == [("event_actors", [members[0]])]
    assert check_store(built, deep=False) == []  # a record-level check: skipped by --quick


def test_check_text_not_matching_hash(built):
    aid = stable_id("test", "3")
    _exec(built, sa.update(t.articles).where(t.articles.c.id == aid).values(text="Something else entirely, written later."))
    [problem] = check_store(built)
    assert problem.kind == "article" and problem.examples == [aid]


def test_check_dyad_pairs_out_of_step(built):
    """``cluster_pairs`` is kept by triggers; a row edited by hand, deleted or invented is reported (deep check)."""
    cid, _ = _one_cluster(built)
    p = t.cluster_pairs
    with built.read() as conn:
        rows = conn.execute(sa.select(p.c.a_key, p.c.b_key, p.c.side_a, p.c.side_b).where(p.c.cluster_id == cid)
                            .order_by(p.c.a_key, p.c.b_key, p.c.side_a, p.c.side_b)).all()
    assert len(rows) >= 2
    one = [p.c.cluster_id == cid, p.c.a_key == rows[0].a_key, p.c.b_key == rows[0].b_key, p.c.side_a == rows[0].side_a,
           p.c.side_b == rows[0].side_b]
    _exec(built, sa.update(p).where(*one).values(quad_class="verbal conflict"))
    [problem] = check_store(built)
    assert (problem.kind, problem.table, problem.examples, problem.count) == ("cluster", "cluster_pairs", [cid], 1)
    assert "disagree with their cluster" in problem.message
    assert check_store(built, deep=False) == []  # a deep check
    _exec(built, sa.update(p).where(*one).values(b_key="CHN"))  # a pair of actor rows the cluster does not have
    messages = sorted(pr.message for pr in check_store(built))
    assert len(messages) == 3 and "1 dyad pair row(s) disagree" in messages[0]
    assert "1 dyad pair row(s) match no pair" in messages[1] and "1 pair(s) of cluster actor rows missing" in messages[2]
    _exec(built, sa.delete(p).where(p.c.cluster_id == cid, p.c.b_key == "CHN"))
    [problem] = check_store(built)
    assert "1 pair(s) of cluster actor rows missing from cluster_pairs" in problem.message


def _all_clusters(store: Store) -> list[str]:
    with store.read() as conn:
        return sorted(conn.execute(sa.select(t.clusters.c.id)).scalars())


# ------------------------------------------------------------------------------------- SQLite-only damage


@pytest.fixture
def sqlite_built(built):
    if built.dialect != "sqlite":
        pytest.skip("planted with foreign keys off: SQLite only")
    return built


def test_check_orphan_mention(sqlite_built):
    raw = _sqlite_raw(sqlite_built)
    raw.execute("INSERT INTO mentions(article_id, start, \"end\", text, score) VALUES ('nosucharticle', 0, 3, 'x', 1)")
    raw.close()
    problems = check_store(Store(sqlite_built.url))
    assert ("orphan", "mentions") in _kinds(problems)
    assert ("integrity", "mentions") in _kinds(problems)  # PRAGMA foreign_key_check agrees
    assert any("nosucharticle" in p.examples for p in problems if p.kind == "orphan")


def test_check_cluster_deleted_under_its_members(sqlite_built):
    cid, members = _one_cluster(sqlite_built)
    raw = _sqlite_raw(sqlite_built)
    raw.execute("DELETE FROM clusters WHERE id = ?", (cid,))
    raw.close()
    problems = check_store(Store(sqlite_built.url))
    orphans = {p.table: p for p in problems if p.kind == "orphan"}
    assert {"cluster_members", "cluster_actors", "cluster_articles", "events"} <= set(orphans)
    assert cid in orphans["cluster_members"].examples and cid in orphans["events"].examples


def test_check_event_actors_without_event(sqlite_built):
    _, members = _one_cluster(sqlite_built)
    raw = _sqlite_raw(sqlite_built)
    raw.execute("DELETE FROM events WHERE id = ?", (members[0],))
    raw.close()
    kinds = _kinds(check_store(Store(sqlite_built.url)))
    assert ("orphan", "event_actors") in kinds and ("orphan", "cluster_members") in kinds


def test_check_fts_out_of_step(sqlite_built):
    raw = _sqlite_raw(sqlite_built)
    raw.execute("DROP TRIGGER articles_fts_insert")
    a = _article(9, "e.example")
    raw.execute(
        "INSERT INTO articles(id, text, authors, furniture, translated, content_hash, ingested_at) "
        "VALUES (?, ?, '[]', '[]', 0, ?, '2025-07-09T00:00:00Z')", (a.id, a.text, a.content_hash),
    )
    raw.close()
    problems = check_store(Store(sqlite_built.url))
    fts = [p for p in problems if p.kind == "fts"]
    assert any("articles_fts_insert" in p.message for p in fts)
    assert any("disagrees" in p.message or "document(s)" in p.message for p in fts)


def test_check_damaged_file_is_reported_not_raised(sqlite_built, tmp_path):
    path = sqlite_built.url.split("///", 1)[1]
    sqlite_built.close()
    data = bytearray(open(path, "rb").read())
    page = 4096
    for i in range(2 * page, len(data) - page, 3 * page):  # scribble over every third page after the schema
        data[i + 100:i + 600] = b"\xa5" * 500
    open(path, "wb").write(bytes(data))
    problems = check_store(Store(sqlite_built.url, auto_migrate=False))
    assert problems and problems[0].kind == "integrity"


def test_check_old_schema_revision(sqlite_built):
    raw = _sqlite_raw(sqlite_built)
    raw.execute("UPDATE alembic_version SET version_num = '0001'")
    raw.close()
    [problem] = check_store(Store(sqlite_built.url, auto_migrate=False))
    assert problem.kind == "schema" and "0001" in problem.message


# ---------------------------------------------------------------------------------------------------- CLI


def test_check_cli_exit_codes_and_lines(sqlite_built):
    runner = CliRunner()
    db = sqlite_built.url.split("///", 1)[1]
    ok = runner.invoke(app, ["check", "--db", db])
    assert ok.exit_code == 0, ok.output
    cid, _ = _one_cluster(sqlite_built)
    _exec(sqlite_built, sa.update(t.clusters).where(t.clusters.c.id == cid).values(n_articles=0))
    aid = stable_id("test", "4")
    _exec(sqlite_built, sa.update(t.articles).where(t.articles.c.id == aid).values(extracted_at=None))
    bad = runner.invoke(app, ["check", "--db", db])
    assert bad.exit_code == 1
    lines = [ln for ln in bad.stdout.splitlines() if ln.strip()]
    assert len(lines) == len(check_store(sqlite_built)) >= 2
    as_json = runner.invoke(app, ["check", "--db", db, "--json"])
    data = json.loads(as_json.stdout)
    assert as_json.exit_code == 1 and data["ok"] is False and {p["kind"] for p in data["problems"]} >= {"cluster", "extraction"}


def test_check_cli_missing_store(tmp_path):
    result = CliRunner().invoke(app, ["check", "--db", str(tmp_path / "nothing.db")])
    # a read command refuses a store that does not exist (a usage error, exit 2) and creates nothing
    assert result.exit_code == 2 and not (tmp_path / "nothing.db").exists()
    assert "no store at" in result.output
