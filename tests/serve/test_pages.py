"""The HTML pages over real HTTP: each renders, has a JSON twin with the data it shows and, where it lists rows,
CSV and JSON Lines downloads; security headers; text from articles is escaped everywhere."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from storebuild import PLOVER, RUS, TALIBAN

EVIL_ACTOR = '<script>alert("a")</script>'

PAGES = [
    "/", "/search", "/search?q=delivery", "/search?actor=Russia&event_type=AID", "/actors", "/actors?q=taliban",
    f"/actors/{RUS}", f"/actors/{TALIBAN}", f"/dyads/{RUS}/{TALIBAN}", "/network", "/network?event_type=ASSAULT", "/map",
]


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_with_security_headers(http: Any, path: str) -> None:
    r = http.get(path)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert "<script>" not in r.text  # every script is a static file or a JSON data block
    assert "/static/app.css" in r.text


@pytest.mark.parametrize("path", ["/", "/search", f"/actors/{RUS}", f"/dyads/{RUS}/{TALIBAN}", "/network", "/map"])
def test_pages_link_their_json_twin(http: Any, path: str) -> None:
    html = http.get(path).text
    twin = "/index.json" if path == "/" else path + ".json"
    assert f'href="{twin}"' in html
    r = http.get(twin)
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    assert isinstance(r.json(), dict)


def test_pages_event_twin_has_both_sources(http: Any, demo_store: dict[str, Any]) -> None:
    cid = demo_store["delivery"]
    data = http.get(f"/events/{cid}.json").json()
    assert data["unit"] == "cluster"
    assert data["cluster"]["id"] == cid and data["cluster"]["n_sources"] == 3
    sentences = [ev["sentence"] for s in data["sources"] for ev in s["evidence"]]
    assert sorted(sentences) == sorted(demo_store["delivery_sentences"])
    for s in data["sources"]:
        for ev in s["evidence"]:
            ctx = ev["context"]
            assert ctx["start"] <= ev["start"] < ev["end"] <= ctx["end"]
            assert ev["sentence"] in ctx["text"]


def test_pages_event_html_marks_each_source_sentence(http: Any, demo_store: dict[str, Any]) -> None:
    html = http.get(f"/events/{demo_store['delivery']}").text
    assert html.count('<mark class="evidence">') + html.count('<mark class="evidence trigger"') >= 2
    for trigger in demo_store["delivery_triggers"]:
        assert f'<mark class="evidence trigger" title="trigger">{trigger}</mark>' in html
    assert f'/dyads/{RUS}/{TALIBAN}' in html


def test_pages_event_id_of_a_member_redirects_to_its_cluster(http: Any, demo_store: dict[str, Any]) -> None:
    member = demo_store["delivery_events"][0]
    r = http.get(f"/events/{member}", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/events/{demo_store['delivery']}"
    r = http.get(f"/events/{member}.json", follow_redirects=False)
    assert r.headers["location"] == f"/events/{demo_store['delivery']}.json"


def test_pages_missing_records_are_404_in_html_and_json(http: Any) -> None:
    r = http.get("/events/doesnotexist")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert http.get("/events/doesnotexist.json").json() == {"detail": "no event or cluster with id 'doesnotexist'"}
    assert http.get("/articles/doesnotexist.json").status_code == 404
    assert http.get("/actors/NO-SUCH-ACTOR.json").status_code == 404
    assert http.get("/index.csv").status_code == 404


def test_pages_search_downloads_are_the_filtered_clusters(http: Any) -> None:
    """The search lists clusters (real-world events): its downloads are those clusters, as records (JSONL) and flat
    rows (CSV); tests/serve/test_search.py checks they are the screen's rows in the screen's order."""
    jsonl = http.get("/search.jsonl", params={"actor": RUS, "event_type": "AID"})
    assert jsonl.headers["content-type"].startswith("application/x-ndjson")
    assert 'filename="search.jsonl"' in jsonl.headers["content-disposition"]
    records = [json.loads(line) for line in jsonl.text.splitlines()]
    assert records and all(r["event"]["event_type"] == "AID" for r in records)
    assert all(any(a["actor_id"] == RUS for a in r["event"]["actor"]) for r in records)
    assert set(records[0]) >= {"id", "event", "members", "n_articles", "n_sources", "first_reported", "contradictions"}
    rows = list(csv.DictReader(io.StringIO(http.get("/search.csv", params={"actor": RUS, "event_type": "AID"}).text)))
    assert [r["id"] for r in rows] == [r["id"] for r in records]
    assert rows[0]["date_start"] and "date.start" not in rows[0]


def test_pages_search_finds_articles_by_full_text(http: Any, demo_store: dict[str, Any]) -> None:
    data = http.get("/search.json", params={"q": "Bagram"}).json()
    ids = [a["id"] for a in data["articles"]["items"]]
    assert ids == [demo_store["articles"]["d15"]]  # the one English report naming the air base
    html = http.get("/search", params={"q": "Zakharova"}).text
    assert '<mark class="match">Zakharova</mark>' in html


def test_pages_search_paginates(http: Any) -> None:
    first = http.get("/search.json", params={"limit": 5}).json()
    second = http.get("/search.json", params={"limit": 5, "offset": 5}).json()
    assert first["has_more"] and len(first["results"]) == 5
    assert not {r["id"] for r in first["results"]} & {r["id"] for r in second["results"]}
    assert 'href="/search?limit=5&amp;offset=5"' in http.get("/search", params={"limit": 5}).text


def test_pages_bad_filters_are_400_not_500(http: Any) -> None:
    assert http.get("/search", params={"event_type": "NOPE"}).status_code == 400
    assert http.get("/search.json", params={"since": "last week"}).status_code == 400
    assert http.get("/search", params={"limit": 0}).status_code == 422


def test_pages_article_highlights_mentions_times_and_triggers(http: Any, demo_store: dict[str, Any]) -> None:
    xss = demo_store["xss_article"]
    html = http.get(f"/articles/{xss}").text
    assert '<mark class="mention" title="Russia"><a href="/actors/RUS">Russia</a></mark>' in html
    assert '<mark class="time" title="2025-07-07 (day)">on Monday</mark>' in html
    data = http.get(f"/articles/{xss}.json").json()
    assert data["article"]["published"] == {"date": "2025-07-10", "source": "meta", "detail": "article:published_time"}
    assert [m["text"] for m in data["mentions"]][0] == "Russia"


def test_pages_article_shows_date_provenance_and_furniture(http: Any, demo_store: dict[str, Any]) -> None:
    aid = demo_store["articles"]["d08"]  # a translation with a platform disclaimer
    html = http.get(f"/articles/{aid}").text
    data = http.get(f"/articles/{aid}.json").json()
    pub = data["article"]["published"]
    assert f"(from {pub['source']}" in html
    assert data["article"]["furniture"] and "Removed as page furniture" in html
    assert "Statement: The article represents the views of the author." not in data["article"]["text"]


def test_pages_actor_shows_aliases_by_script_roles_and_counterparts(http: Any) -> None:
    data = http.get(f"/actors/{TALIBAN}.json").json()
    scripts = {g["script"] for g in data["aliases_by_script"]}
    assert {"Latn", "Arab", "Cyrl"} <= scripts
    assert [r["code"] for r in data["roles"]][-1] == "AFGGOV"
    top = data["counterparts"][0]
    assert top["id"] == RUS and top["n"] >= 5
    assert sum(m["n"] for m in data["activity"]) <= data["counts"]["units"]
    html = http.get(f"/actors/{TALIBAN}").text
    assert "Талибан" in html and "طالبان" in html
    assert f'href="/dyads/{TALIBAN}/{RUS}"' in html


def test_pages_dyad_twin_has_series_and_csv(http: Any, demo_store: dict[str, Any]) -> None:
    data = http.get(f"/dyads/{RUS}/{TALIBAN}.json").json()
    assert data["unit"] == "cluster"
    ids = [p["id"] for p in data["points"]]
    assert demo_store["delivery"] in ids
    delivery = next(p for p in data["points"] if p["id"] == demo_store["delivery"])
    assert delivery["n_sources"] == 3 and delivery["direction"] == "a->b" and delivery["score"] == PLOVER["AID"][0]
    dated = [p["date"] for p in data["points"] if p["date"]]
    assert dated == sorted(dated)
    rows = list(csv.DictReader(io.StringIO(http.get(f"/dyads/{RUS}/{TALIBAN}.csv").text)))
    assert sorted(r["id"] for r in rows) == sorted(ids)  # the timeline's rows (test_search checks its order)
    assert [r["date_start"] for r in rows if r["date_start"]] == sorted(dated, reverse=True)
    swapped = http.get(f"/dyads/{TALIBAN}/{RUS}.json").json()
    assert {p["id"] for p in swapped["points"]} == set(ids)
    assert next(p for p in swapped["points"] if p["id"] == demo_store["delivery"])["direction"] == "b->a"


def test_pages_dyad_by_names_equals_dyad_by_ids(http: Any) -> None:
    by_id = http.get(f"/dyads/{RUS}/{TALIBAN}.json").json()
    by_name = http.get("/dyads/Russia/Taliban.json").json()
    assert [p["id"] for p in by_name["points"]] == [p["id"] for p in by_id["points"]]


def test_pages_network_has_weighted_edges(http: Any) -> None:
    data = http.get("/network.json").json()
    edge = next(e for e in data["edges"] if e["source"] == RUS and e["target"] == TALIBAN)
    assert edge["weight"] >= 5 and edge["mean_score"] > 0
    assert {n["id"] for n in data["nodes"]} >= {RUS, TALIBAN}
    assault = http.get("/network.json", params={"event_type": "ASSAULT"}).json()
    assert all(e["mean_score"] == -9.0 for e in assault["edges"])


def test_pages_map_places_located_events(http: Any) -> None:
    data = http.get("/map.json").json()
    names = {p["name"] for p in data["places"]}
    assert {"Kabul", "Tehran"} <= names
    kabul = next(p for p in data["places"] if p["name"] == "Kabul")
    assert abs(kabul["lat"] - 34.5) < 0.5 and abs(kabul["lon"] - 69.2) < 0.5
    outline = http.get("/static/map/world.geojson").json()
    assert any(f["properties"]["iso3"] == "AFG" for f in outline["features"])


# --------------------------------------------------------------------------------------------- escaping


def test_pages_escape_article_text_everywhere(http: Any, demo_store: dict[str, Any]) -> None:
    from storebuild import XSS_TITLE

    paths = [f"/articles/{demo_store['xss_article']}", f"/events/{demo_store['xss_cluster']}", "/", "/search?q=Evil",
             f"/actors/{TALIBAN}", "/network", "/map", "/search?actor=" + EVIL_ACTOR]
    for path in paths:
        r = http.get(path)
        assert r.status_code == 200, (path, r.status_code)
        body = r.text
        for raw in ("<script>alert", "<img src=x", "<b>\"Kabul\"</b>"):
            assert raw not in body, (path, raw)
    article = http.get(f"/articles/{demo_store['xss_article']}").text
    assert "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt;" in article
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in article
    assert http.get(f"/articles/{demo_store['xss_article']}.json").json()["article"]["title"] == XSS_TITLE


def test_pages_json_data_blocks_cannot_close_their_script(http: Any, demo_store: dict[str, Any]) -> None:
    html = http.get("/network").text
    block = html.split('<script type="application/json" id="page-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block  # tojson writes < as \\u003c, so no text can end the block
    assert json.loads(block)["nodes"]
