"""The REST API under /api/v1 and its exports, over real HTTP on loopback."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from storebuild import RUS, TALIBAN


def test_api_events_paginate_with_next_links(http: Any) -> None:
    seen: list[str] = []
    url: str | None = "/api/v1/events?limit=7"
    pages = 0
    while url:
        body = http.get(url).json()
        assert len(body["items"]) <= 7 and body["limit"] == 7
        seen += [e["id"] for e in body["items"]]
        url = body["next"]
        pages += 1
        assert pages < 20
    assert pages >= 3
    assert len(seen) == len(set(seen))
    everything = http.get("/api/v1/events", params={"limit": 500}).json()
    assert not everything["has_more"] and everything["next"] is None
    assert sorted(seen) == sorted(e["id"] for e in everything["items"])


def test_api_events_sort_orders(http: Any) -> None:
    newest = [e["date"]["start"] for e in http.get("/api/v1/events", params={"limit": 500}).json()["items"]]
    dated = [d for d in newest if d]
    assert dated == sorted(dated, reverse=True)
    assert newest[-1] is None or newest.index(None) > newest.index(dated[-1])  # undated last
    oldest = [e["date"]["start"] for e in http.get("/api/v1/events", params={"limit": 500, "sort": "date"}).json()["items"]]
    assert [d for d in oldest if d] == sorted(dated)
    assert http.get("/api/v1/events", params={"sort": "-id"}).status_code == 422


def test_api_events_filters_combine(http: Any, demo_store: dict[str, Any]) -> None:
    def ids(**params: Any) -> set[str]:
        return {e["id"] for e in http.get("/api/v1/events", params={"limit": 500, **params}).json()["items"]}

    everything = http.get("/api/v1/events", params={"limit": 500}).json()["items"]
    by_actor = ids(actor=RUS)
    assert by_actor == {e["id"] for e in everything if any(a["actor_id"] == RUS for a in e["actor"])}
    assert ids(actor="Russia") == by_actor  # a name resolves to the dictionary id
    assert ids(actor="Russian Federation") == by_actor  # and so does an alias of it
    to_taliban = ids(actor=RUS, recipient=TALIBAN)
    assert to_taliban and to_taliban < by_actor
    assert ids(party=TALIBAN) == {e["id"] for e in everything
                                  if any(a["actor_id"] == TALIBAN for a in e["actor"] + e["recipient"])}
    aid = ids(actor=RUS, event_type="aid")
    assert aid and aid == {e["id"] for e in everything if e["id"] in by_actor and e["event_type"] == "AID"}
    recent = ids(since="2025-01-01", until="2025-07-31")  # intervals that overlap the range
    assert recent == {e["id"] for e in everything
                      if e["date"]["start"] and e["date"]["end"] >= "2025-01-01" and e["date"]["start"] <= "2025-07-31"}
    assert ids(status="predicted") == {e["id"] for e in everything if e["status"] == "predicted"} != set()
    languages = demo_store["languages"]
    english = ids(language="en")
    assert english == {e["id"] for e in everything if languages.get(e["article_id"], "en") == "en"}
    assert ids(language="ru") == {e["id"] for e in everything if languages.get(e["article_id"]) == "ru"} != set()
    assert ids(language="ja") == set()
    moscow_desk = demo_store["articles"]["d16"]
    assert ids(source="Moscow Desk") == {e["id"] for e in everything if e["article_id"] == moscow_desk}
    assert ids(q="Lavrov") and ids(q="Lavrov") <= {e["id"] for e in everything}


def test_api_events_cluster_and_article_filters(http: Any, demo_store: dict[str, Any]) -> None:
    members = http.get("/api/v1/events", params={"cluster_id": demo_store["delivery"]}).json()["items"]
    assert sorted(e["id"] for e in members) == sorted(demo_store["delivery_events"])
    article = demo_store["articles"]["d16"]
    mine = http.get("/api/v1/events", params={"article_id": article, "limit": 500}).json()["items"]
    assert mine and all(e["article_id"] == article for e in mine)


def test_api_single_records(http: Any, demo_store: dict[str, Any]) -> None:
    eid = demo_store["delivery_events"][0]
    event = http.get(f"/api/v1/events/{eid}").json()
    assert event["id"] == eid and event["cluster_id"] == demo_store["delivery"]
    cluster = http.get(f"/api/v1/clusters/{demo_store['delivery']}").json()
    assert cluster["cluster"]["n_sources"] == 3 and len(cluster["sources"]) == 3
    aid = demo_store["articles"]["d13"]
    article = http.get(f"/api/v1/articles/{aid}").json()
    assert article["title"] == "Taliban ask Moscow for helicopters as Russia weighs first arms deliveries"
    assert set(article) == {"id", "url", "site", "title", "subtitle", "authors", "published", "language", "translated",
                            "original_url", "text", "furniture", "fetched_at", "content_hash"}
    parsed = http.get(f"/api/v1/articles/{aid}/extraction").json()
    assert set(parsed) == {"article", "mentions", "actors", "time_expressions", "events", "quotes"}
    assert http.get("/api/v1/events/nope").status_code == 404
    assert http.get("/api/v1/clusters/nope").status_code == 404


def test_api_clusters_filter_by_actor_and_type(http: Any, demo_store: dict[str, Any]) -> None:
    body = http.get("/api/v1/clusters", params={"actor": RUS, "recipient": TALIBAN, "event_type": "AID"}).json()
    assert demo_store["delivery"] in {c["id"] for c in body["items"]}
    assert all(c["event"]["event_type"] == "AID" for c in body["items"])
    assert http.get("/api/v1/clusters", params={"q": "Lavrov"}).json()["items"]


def test_api_articles_list_and_search(http: Any, demo_store: dict[str, Any]) -> None:
    listed = http.get("/api/v1/articles", params={"limit": 500}).json()["items"]
    assert len(listed) == len(demo_store["articles"]) + 1  # the demo corpus and the markup-laden article
    hits = http.get("/api/v1/articles", params={"q": "Zakharova"}).json()["items"]
    assert [h["id"] for h in hits] == [demo_store["articles"]["d15"]]
    assert "[Zakharova]" in hits[0]["snippet"]


def test_api_actors_dyads_network_places(http: Any, demo_store: dict[str, Any]) -> None:
    found = http.get("/api/v1/actors", params={"q": "Taliban"}).json()["items"]
    assert found[0]["id"] == TALIBAN
    assert http.get("/api/v1/actors").status_code == 422
    profile = http.get(f"/api/v1/actors/{RUS}").json()
    assert profile["name"] == "Russia" and profile["counts"]["as_actor"] > profile["counts"]["as_recipient"]
    dyad = http.get(f"/api/v1/dyads/{RUS}/{TALIBAN}").json()
    assert demo_store["delivery"] in [p["id"] for p in dyad["points"]]
    assert all(p["mean_score"] is None or -10 <= p["mean_score"] <= 10 for p in dyad["periods"])
    assert len(http.get(f"/api/v1/dyads/{RUS}/{TALIBAN}", params={"limit": 2}).json()["points"]) == 2
    net = http.get("/api/v1/network", params={"max_nodes": 3}).json()
    assert len(net["nodes"]) <= 3
    places = http.get("/api/v1/places").json()["places"]
    assert {p["name"] for p in places} >= {"Kabul"}


def test_api_openapi_lists_read_endpoints_only(http: Any) -> None:
    spec = http.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/v1/articles", "/api/v1/events", "/api/v1/clusters", "/api/v1/actors", "/api/v1/dyads/{a}/{b}",
            "/api/v1/export/events", "/api/v1/export/network.graphml"} <= paths
    assert not any(p in paths for p in ("/api/v1/ingest", "/api/v1/extract", "/api/v1/jobs"))
    assert all(set(ops) == {"get"} for ops in spec["paths"].values())
    assert http.post("/api/v1/ingest").status_code in (404, 405)
    assert http.put(f"/api/v1/actors/{RUS}", json={"name": "x", "kind": "country"}).status_code == 405


# ------------------------------------------------------------------------------------------------ exports


def test_api_export_events_jsonl_csv_parquet(http: Any, tmp_path: Any) -> None:
    params = {"actor": RUS}
    jsonl = http.get("/api/v1/export/events", params={**params, "format": "jsonl"})
    records = [json.loads(line) for line in jsonl.text.splitlines()]
    expected = {e["id"] for e in http.get("/api/v1/events", params={**params, "limit": 500}).json()["items"]}
    assert {r["id"] for r in records} == expected
    rows = list(csv.DictReader(io.StringIO(http.get("/api/v1/export/events", params={**params, "format": "csv"}).text)))
    assert {r["id"] for r in rows} == expected
    import pyarrow.parquet as pq

    r = http.get("/api/v1/export/events", params={**params, "format": "parquet"})
    assert r.headers["content-type"] == "application/vnd.apache.parquet"
    path = tmp_path / "events.parquet"
    path.write_bytes(r.content)
    table = pq.read_table(path)
    assert set(table.column("id").to_pylist()) == expected
    assert {"date_start", "actor", "actor_ids", "sentence"} <= set(table.column_names)  # flat: one value per cell
    assert http.get("/api/v1/export/events", params={"format": "xml"}).status_code == 422


def test_api_export_clusters_are_design_records(http: Any, demo_store: dict[str, Any]) -> None:
    lines = http.get("/api/v1/export/clusters").text.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(demo_store["clusters"]) + 1  # the manifest's timeline and the markup-laden event
    assert all({"id", "event", "members", "n_articles", "n_sources"} <= set(r) for r in records)


def test_api_export_network_graphml_parses(http: Any) -> None:
    r = http.get("/api/v1/export/network.graphml")
    assert r.headers["content-type"].startswith("application/graphml+xml")
    root = ET.fromstring(r.content)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = {n.get("id") for n in root.iterfind(".//g:node", ns)}
    assert {RUS, TALIBAN} <= nodes
    edges = [(e.get("source"), e.get("target")) for e in root.iterfind(".//g:edge", ns)]
    assert (RUS, TALIBAN) in edges
    assert all(s in nodes and t in nodes for s, t in edges)
    # the markup-laden actor name is text inside the XML, not markup
    names = [d.text for d in root.iterfind(".//g:node/g:data[@key='name']", ns)]
    assert '<script>alert("a")</script>' in names


def test_api_export_dyad_csv(http: Any, demo_store: dict[str, Any]) -> None:
    rows = list(csv.DictReader(io.StringIO(http.get(f"/api/v1/export/dyads/{RUS}/{TALIBAN}").text)))
    assert demo_store["delivery"] in {r["id"] for r in rows}
    assert set(rows[0]) >= {"id", "date", "event_type", "status", "direction", "score", "a", "b"}


# ------------------------------------------------------------------------------------------------- limits


@pytest.mark.parametrize("params", [
    {"limit": 0}, {"limit": 501}, {"offset": -1}, {"since": "2025-13-01"}, {"event_type": "HUG"}, {"status": "rumoured"},
    {"q": "x" * 600},
])
def test_api_bad_parameters_are_client_errors(http: Any, params: dict[str, Any]) -> None:
    r = http.get("/api/v1/events", params=params)
    assert r.status_code in (400, 422)
    assert "detail" in r.json()


def test_api_request_bodies_are_capped(http: Any) -> None:
    r = http.post("/api/v1/events", content=b"x" * 2_000_000, headers={"content-type": "application/octet-stream"})
    assert r.status_code == 413
    assert "content-security-policy" in r.headers


def test_api_fulltext_syntax_is_not_sql_or_fts_injection(http: Any) -> None:
    for q in ['"', "' OR 1=1 --", "NEAR(", "a AND", "*", "title:x", "-", "Taliban) OR (1"]:
        r = http.get("/api/v1/events", params={"q": q})
        assert r.status_code == 200, q
