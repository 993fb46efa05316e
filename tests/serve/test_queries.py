"""The serve queries on both backends (SQLite, and PostgreSQL when ANNALYST_TEST_PG is set): filters, pagination,
dyads through the trigger-maintained ``cluster_pairs``, the network and places."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from annalyst.errors import ConfigError
from annalyst.models import Article, Event, EventActor, EventDate, Evidence, Location, ParseResult, Published, stable_id
from annalyst.store import schema as t
from storebuild import insert_cluster

A, B, C = "RUS", "AFG-TALIBAN", "PAK"


def _article(i: int, lang: str = "en", site: str = "one.example") -> Article:
    text = f"Report {i}: Russia and the Taliban met in Kabul. Pakistan watched closely."
    return Article(id=stable_id("q", str(i)), text=text, title=f"Report {i}", site=site, language=lang,
                   content_hash=stable_id("h", str(i)), published=Published(date=f"2025-0{1 + i % 6}-1{i % 9}", source="meta"))


def _event(article: Article, n: int, etype: str, actors: list[str], recipients: list[str], day: str | None,
           status: str = "asserted", score: float = 2.5, location: Location | None = None) -> Event:
    names = {A: "Russia", B: "Taliban", C: "Pakistan"}
    return Event(
        id=stable_id("qe", article.id, str(n)), article_id=article.id, event_type=etype, status=status, score=score,
        actor=[EventActor(actor_id=x, name=names.get(x, x), text=x) for x in actors],
        recipient=[EventActor(actor_id=x, name=names.get(x, x), text=x) for x in recipients],
        date=EventDate(start=day, end=day, granularity="day" if day else None), location=location,
        evidence=[Evidence(article_id=article.id, start=0, end=20, sentence=article.text[:20], trigger="met")],
    )


@pytest.fixture()
def filled(store: Any) -> dict[str, Any]:
    arts = [_article(i, lang="ru" if i % 4 == 0 else "en", site="two.example" if i % 3 == 0 else "one.example") for i in range(12)]
    store.add_articles(arts)
    events: dict[str, list[Event]] = {}
    kabul = Location(name="Kabul", country="AFG", lat=34.53, lon=69.17, precision="city")
    for i, art in enumerate(arts):
        day = f"2025-{1 + i % 6:02d}-{10 + i:02d}"
        evs = [
            _event(art, 0, "CONSULT", [A], [B], day, location=kabul if i % 2 else None),
            _event(art, 1, "ACCUSE", [B], [C], day, score=-3.0, status="alleged" if i % 5 == 0 else "asserted"),
            _event(art, 2, "AGREE", [A, B], [], None if i == 11 else day),
        ]
        events[art.id] = evs
    store.save_extractions([(a.id, ParseResult(article=a, events=events[a.id])) for a in arts], "test")
    sites = {a.id: a.site for a in arts}
    published = {a.id: a.published.date for a in arts}
    with store.write() as conn:
        for art in arts:
            for j, ev in enumerate(events[art.id]):
                insert_cluster(conn, stable_id("qc", art.id, str(j)), [ev], sites, published)
    return {"articles": arts, "events": events}


def test_queries_events_filters_and_pages(store: Any, filled: dict[str, Any]) -> None:
    from annalyst.serve.queries import Filters, search_events

    everything = search_events(store, Filters(), limit=500).items
    assert len(everything) == 36
    dated = [e["date"]["start"] for e in everything if e["date"]["start"]]
    assert dated == sorted(dated, reverse=True) and everything[-1]["date"]["start"] is None
    consult = search_events(store, Filters(actor=A, recipient=B), limit=500).items
    assert {e["event_type"] for e in consult} == {"CONSULT"} and len(consult) == 12
    party = search_events(store, Filters(party=B), limit=500).items
    assert len(party) == 36
    assert len(search_events(store, Filters(party=C), limit=500).items) == 12
    assert len(search_events(store, Filters(language="ru"), limit=500).items) == 9
    assert len(search_events(store, Filters(source="two.example", status="alleged"), limit=500).items) == 1
    p1 = search_events(store, Filters(actor=A), limit=10)
    p2 = search_events(store, Filters(actor=A), limit=10, offset=10)
    assert p1.has_more and len(p1.items) == 10
    assert not {e["id"] for e in p1.items} & {e["id"] for e in p2.items}
    assert len(search_events(store, Filters(q="Pakistan"), limit=500).items) == 36


def test_queries_filters_refuse_bad_values() -> None:
    from annalyst.serve.queries import Filters

    with pytest.raises(ConfigError):
        Filters(event_type="HUG")
    with pytest.raises(ConfigError):
        Filters(status="maybe")
    with pytest.raises(ConfigError):
        Filters(since="2025-02-30")
    assert Filters(event_type=" support ", q="  ").given() == {"event_type": "SUPPORT"}


def test_queries_cluster_pairs_follow_cluster_actors(store: Any, filled: dict[str, Any]) -> None:
    p = t.cluster_pairs
    with store.read() as conn:
        n_pairs = conn.execute(sa.select(sa.func.count()).select_from(p)).scalar_one()
        assert n_pairs == 12 * (2 + 2 + 2)  # A-B both orders in each of the three clusters of every article
        cid = conn.execute(sa.select(p.c.cluster_id).where(p.c.a_key == A, p.c.b_key == B, p.c.side_b == "recipient")).first()[0]
    with store.write() as conn:  # a cluster's status and score changing reach its pairs
        conn.execute(sa.update(t.clusters).where(t.clusters.c.id == cid).values(status="denied", score=-1.0))
    with store.read() as conn:
        assert set(conn.execute(sa.select(p.c.status, p.c.score).where(p.c.cluster_id == cid)).all()) == {("denied", -1.0)}
    with store.write() as conn:  # ... and its end date, quad class and whether it has a date of its own (0005)
        conn.execute(sa.update(t.clusters).where(t.clusters.c.id == cid)
                     .values(date_start=None, date_end="2025-03-31", quad_class="material conflict"))
    with store.read() as conn:
        assert set(conn.execute(sa.select(p.c.date_end, p.c.quad_class, p.c.dated).where(p.c.cluster_id == cid)).all()) \
            == {("2025-03-31", "material conflict", False)}
    with store.write() as conn:  # a writer replaces a cluster's actor rows, as the clusterer does
        conn.execute(sa.delete(t.cluster_actors).where(t.cluster_actors.c.cluster_id == cid))
        conn.execute(t.cluster_actors.insert(), [
            {"cluster_id": cid, "side": "actor", "actor_key": A, "actor_id": A, "date_start": "2025-01-01"},
            {"cluster_id": cid, "side": "recipient", "actor_key": C, "actor_id": C, "date_start": "2025-01-01"},
        ])
    with store.read() as conn:
        rows = conn.execute(sa.select(p.c.a_key, p.c.b_key, p.c.side_a, p.c.date_start).where(p.c.cluster_id == cid)).all()
    assert sorted(rows) == sorted([(A, C, "actor", "2025-01-01"), (C, A, "recipient", "2025-01-01")])
    with store.write() as conn:
        conn.execute(sa.delete(t.cluster_actors).where(t.cluster_actors.c.cluster_id == cid))
        conn.execute(sa.delete(t.cluster_members).where(t.cluster_members.c.cluster_id == cid))
        conn.execute(sa.delete(t.clusters).where(t.clusters.c.id == cid))
    with store.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(p).where(p.c.cluster_id == cid)).scalar_one() == 0


def test_queries_dyad_series_counts_opposite_sides_and_joint_acts(store: Any, filled: dict[str, Any]) -> None:
    from annalyst.serve.views import dyad_series

    series = dyad_series(store, A, B)
    assert series["unit"] == "cluster"
    kinds = {(p["event_type"], p["direction"]) for p in series["points"]}
    assert kinds == {("CONSULT", "a->b"), ("AGREE", "mutual")}
    assert len(series["points"]) == 24
    assert sum(p["n"] for p in series["periods"]) == 23  # one AGREE is undated
    # the store's dyad rows (read from cluster_pairs alone) agree with the join over clusters, the undated one too
    for directed in (False, True):
        rows = store.dyad_rows([A], [B], directed=directed)
        assert rows == store.dyad_rows([A], [B], directed=directed, literal=True)
        assert len(rows) == (12 if directed else 24) and (directed or sum(r[1] is None for r in rows) == 1)
    assert store.dyad_rows([A], [B], since="2025-01-01") == store.dyad_rows([A], [B], since="2025-01-01", literal=True)
    reverse = dyad_series(store, B, A)
    assert {p["direction"] for p in reverse["points"]} == {"b->a", "mutual"}
    assert dyad_series(store, A, C)["points"] == []  # never on opposite sides, never acting together
    limited = dyad_series(store, A, B, limit=5)
    assert limited["truncated"] and len(limited["points"]) == 5
    assert [p["date"] for p in limited["points"]] == sorted(p["date"] for p in limited["points"])
    assert limited["points"][-1]["date"] == max(p["date"] for p in series["points"] if p["date"])  # the latest kept


def test_queries_network_and_places(store: Any, filled: dict[str, Any]) -> None:
    from annalyst.serve.views import located, network

    net = network(store)
    edges = {(e["source"], e["target"], e["kind"]): e["weight"] for e in net["edges"]}
    assert edges == {(A, B, "directed"): 12, (B, C, "directed"): 12, tuple(sorted((A, B))) + ("mutual",): 12}
    places = located(store)["places"]
    assert [(p["name"], p["n"]) for p in places] == [("Kabul", 6)]


def test_queries_event_unit_before_clustering(store: Any) -> None:
    from annalyst.serve.queries import Filters
    from annalyst.serve.views import dyad_series, network, units_page

    art = _article(1)
    store.add_articles([art])
    store.save_extractions([(art.id, ParseResult(article=art, events=[_event(art, 0, "CONSULT", [A], [B], "2025-01-02")]))], "t")
    assert dyad_series(store, A, B)["unit"] == "event"
    assert len(dyad_series(store, A, B)["points"]) == 1
    assert network(store)["edges"][0]["weight"] == 1
    items, more = units_page(store, Filters(actor=A))
    assert len(items) == 1 and items[0]["unit"] == "event" and not more


def test_event_types_are_plovers_sixteen_from_one_place() -> None:
    """The web app's filters and the coder read the same PLOVER types (models.EVENT_TYPES is plover.json's)."""
    from annalyst.extract.eventlex import plover_table
    from annalyst.models import EVENT_TYPES
    from annalyst.serve.queries import Filters

    assert EVENT_TYPES == tuple(plover_table()["types"])
    assert Filters(event_type="aid").event_type == "AID"
