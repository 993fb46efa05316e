"""The search workbench over real HTTP on the demo store: its downloads are the rows on screen (every page, same
filters, same order), CSV cells hold one value each, every list carries its total, facets add up to it, a bad filter
keeps the form, and /docs is served from the package."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import pytest

from storebuild import RUS, TALIBAN

QUERIES = [
    {},
    {"actor": RUS},
    {"party": TALIBAN, "sort": "date"},
    {"status": "asserted", "sort": "-sources"},
    {"sort": "-score"},
    {"sort": "score", "until": "2025-09-30"},
    {"q": "Taliban", "sort": "-date"},
]

#: the Cluster record of docs/architecture.md (design.md): what a cluster export carries, exactly
CLUSTER_FIELDS = {"id", "event", "members", "n_articles", "n_sources", "first_reported", "contradictions", "resolution",
                  "resolved_by", "supplied_by"}


def _screen_ids(http: Any, params: dict[str, Any], limit: int = 7) -> list[str]:
    """The ids of the rows on every page of the HTML search, following its "next" links as a person would."""
    ids: list[str] = []
    url: str | None = "/search"
    query: dict[str, Any] | None = {**params, "limit": limit}
    for _ in range(100):
        html = http.get(url, params=query).text
        table = html.split('<table class="units">', 1)[1].split("</table>", 1)[0] if '<table class="units">' in html else ""
        ids += re.findall(r'<a href="/events/([^"]+)" class="unit-link"', table)
        nxt = re.search(r'<a href="(/search\?[^"]+)" class="next"', html)
        if not nxt:
            return ids
        url, query = nxt.group(1).replace("&amp;", "&"), None
    raise AssertionError("the pager never ends")


@pytest.mark.parametrize("params", QUERIES, ids=lambda p: ",".join(f"{k}={v}" for k, v in p.items()) or "all")
def test_search_downloads_are_the_rows_on_screen(http: Any, params: dict[str, Any]) -> None:
    screen = _screen_ids(http, params)
    assert screen, params
    jsonl = [json.loads(line) for line in http.get("/search.jsonl", params=params).text.splitlines()]
    rows = list(csv.DictReader(io.StringIO(http.get("/search.csv", params=params).text)))
    assert [r["id"] for r in jsonl] == screen  # same ids, same order, every page
    assert [r["id"] for r in rows] == screen
    twin = http.get("/search.json", params={**params, "limit": 500}).json()
    assert [r["id"] for r in twin["results"]] == screen
    assert twin["total"] == len(screen) and twin["total_capped"] is False
    html = http.get("/search", params=params).text
    assert re.search(rf'data-total="{len(screen)}">{len(screen)}</span> results?', html)


def test_search_jsonl_keeps_the_cluster_record_and_csv_is_flat(http: Any) -> None:
    records = [json.loads(line) for line in http.get("/search.jsonl").text.splitlines()]
    assert all(set(r) == CLUSTER_FIELDS for r in records)  # the contracted record, its fields exactly
    assert any(len(r["event"]["actor"]) > 1 for r in records)  # nested lists stay lists
    text = http.get("/search.csv").text
    rows = list(csv.DictReader(io.StringIO(text)))
    by_id = {r["id"]: r for r in records}
    for row in rows:
        for value in row.values():
            assert not value.startswith(("[", "{")), value  # no JSON in a cell
        record = by_id[row["id"]]
        assert row["actor"] == "; ".join(a["name"] for a in record["event"]["actor"])
        assert row["actor_ids"] == "; ".join(a["actor_id"] or "" for a in record["event"]["actor"])
        assert row["members"] == "; ".join(record["members"])


def test_search_flat_rows_join_lists_and_name_contradictions() -> None:
    """Contradictions, who supplied what and who denied it read as text: ``field: value / value`` joined by "; "."""
    from annalyst.export import flat_cluster, flat_event, flatten

    record = {"id": "c1", "members": ["e1", "e2"], "n_articles": 2, "n_sources": 2, "first_reported": "2025-03-03",
              "resolution": None, "resolved_by": None, "supplied_by": {"date": "e2", "counts.killed": "e1"},
              "contradictions": [{"field": "counts.killed", "values": [{"value": 15, "event_ids": ["e1"]},
                                                                      {"value": 18, "event_ids": ["e2"]}]}],
              "event": {"event_type": "ASSAULT", "status": "asserted", "denied_by": ["Ministry", "Army"],
                        "actor": [{"actor_id": "A", "name": "Arnor", "text": "Arnor"}], "recipient": [],
                        "date": {"start": "2025-03-03", "end": "2025-03-03", "granularity": "day"},
                        "counts": {"killed": 15}, "evidence": []}}
    row = flat_cluster(record)
    assert row["contradictions"] == "counts.killed: 15 / 18"
    assert row["supplied_by"] == "counts.killed=e1; date=e2" and row["members"] == "e1; e2"
    assert row["denied_by"] == "Ministry; Army" and row["recipient"] == "" and row["killed"] == 15
    event = flat_event(dict(record["event"], id="e1", context=["military", "border"],
                            evidence=[{"article_id": "a1", "sentence": "One.", "trigger": "shelled"},
                                      {"article_id": "a2", "sentence": "Two.", "trigger": "hit"}]))
    assert event["context"] == "military; border" and event["sentence"] == "One.; Two."
    assert event["evidence_articles"] == "a1; a2" and event["actor_ids"] == "A"
    generic = flatten({"a": {"b": 1}, "tags": ["x", "y"], "people": [{"name": "P", "age": 3}, {"name": "Q"}]})
    assert generic == {"a.b": 1, "tags": "x; y", "people.name": "P; Q", "people.age": "3; "}


def test_search_csv_still_escapes_formulas(http: Any) -> None:
    """Cells that a spreadsheet would run as a formula start with an apostrophe (the export's CSV injection rule)."""
    from annalyst.export import flat_cluster, text_chunks

    record = json.loads(http.get("/search.jsonl").text.splitlines()[0])
    record["event"]["actor"] = [{"actor_id": "=HYPERLINK(1)", "name": "=cmd|' /C calc'!A0", "text": "x"}]
    row = next(csv.DictReader(io.StringIO("".join(text_chunks([record], "csv", flat=flat_cluster)))))
    assert row["actor"].startswith("'=") and row["actor_ids"].startswith("'=")


def test_search_timeline_download_is_the_dyad_timeline_on_screen(http: Any) -> None:
    html = http.get(f"/dyads/{RUS}/{TALIBAN}").text
    table = html.split("<h2>Timeline</h2>", 1)[1]
    screen = re.findall(r'<a href="/events/([^"]+)" class="unit-link"', table)
    assert len(screen) >= 5
    rows = list(csv.DictReader(io.StringIO(http.get(f"/dyads/{RUS}/{TALIBAN}.csv").text)))
    jsonl = [json.loads(line) for line in http.get(f"/dyads/{RUS}/{TALIBAN}.jsonl").text.splitlines()]
    assert [r["id"] for r in rows] == [r["id"] for r in jsonl] == screen
    assert all(set(r) == CLUSTER_FIELDS for r in jsonl)


def test_search_every_list_carries_its_total(http: Any) -> None:
    for path, params in (("/api/v1/events", {"actor": RUS}), ("/api/v1/clusters", {}), ("/api/v1/articles", {"q": "Taliban"})):
        first = http.get(path, params={**params, "limit": 2}).json()
        every = http.get(path, params={**params, "limit": 500}).json()
        assert first["total"] == every["total"] == len(every["items"]) > 2, path
        assert first["has_more"] and first["total_capped"] is False
    data = http.get("/search.json", params={"q": "Taliban"}).json()
    assert data["articles"]["total"] >= len(data["articles"]["items"]) > 0


def test_search_facets_add_up_and_narrow(http: Any) -> None:
    data = http.get("/search.json").json()
    total = data["total"]
    for name in ("event_type", "quad_class", "status"):
        assert sum(v["n"] for v in data["facets"][name]) == total, name
    aid = next(v for v in data["facets"]["event_type"] if v["value"] == "AID")
    assert http.get("/search.json", params={"event_type": "AID"}).json()["total"] == aid["n"]
    parties = data["facets"]["party"]
    assert 0 < len(parties) <= 10 and parties == sorted(parties, key=lambda v: -v["n"])
    top = parties[0]
    assert http.get("/search.json", params={"party": top["value"]}).json()["total"] == top["n"]
    html = http.get("/search").text
    assert 'href="/search?event_type=AID"' in html
    # the histogram: one bin per month from the first to the last, counts adding up to the dated results
    hist = data["histogram"]
    assert hist["by"] == "month" and sum(b["n"] for b in hist["bins"]) + hist["undated"] == total
    labels = [b["label"] for b in hist["bins"]]
    assert labels == sorted(labels) and len(set(labels)) == len(labels)
    assert html.count('<rect class="bar"') == sum(1 for b in hist["bins"] if b["n"])


def test_search_sorts_order_the_results(http: Any) -> None:
    def rows(sort: str) -> list[dict[str, Any]]:
        return http.get("/search.json", params={"sort": sort, "limit": 500}).json()["results"]

    newest = [r["date"] for r in rows("-date") if r["date"]]
    assert newest == sorted(newest, reverse=True)
    sources = [r["n_sources"] for r in rows("-sources")]
    assert sources == sorted(sources, reverse=True) and sources[0] > sources[-1]
    scores = [r["score"] for r in rows("-score") if r["score"] is not None]
    assert scores == sorted(scores, reverse=True)
    assert [r["score"] for r in rows("score") if r["score"] is not None] == sorted(scores)
    assert http.get("/search.json", params={"sort": "random"}).status_code == 422


def test_search_date_presets_link_the_last_days(http: Any) -> None:
    import datetime as dt

    html = http.get("/search", params={"actor": RUS}).text
    today = dt.datetime.now(dt.UTC).date()
    for n in (7, 30, 365):
        since = (today - dt.timedelta(days=n)).isoformat()
        assert f'href="/search?actor={RUS}&amp;since={since}">last {n} days</a>' in html
    assert f'href="/search?actor={RUS}" aria-current="true">all dates</a>' in html


@pytest.mark.parametrize("params, field, says", [
    ({"event_type": "SUPORT", "actor": "Russia"}, "event_type", "Did you mean SUPPORT?"),
    ({"since": "2025-13-01", "q": "Taliban"}, "since", "since takes a date as YYYY-MM-DD, not &#39;2025-13-01&#39;"),
    ({"status": "alledged"}, "status", "Did you mean alleged?"),
])
def test_search_bad_filter_keeps_the_form_and_says_what_is_wrong(http: Any, params: dict[str, str], field: str,
                                                                 says: str) -> None:
    r = http.get("/search", params=params)
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert says in r.text
    assert f'id="f-{field}" aria-invalid="true"' in r.text
    for name, value in params.items():  # the form keeps what was typed
        if name in ("since", "q", "actor"):
            assert f'name="{name}" id="f-{name}"' in r.text and f'value="{value}"' in r.text
        else:
            assert f'<option selected value="{value}">{value} (unknown)</option>' in r.text
    assert 'role="alert"' in r.text and "No results: fix the filter above." in r.text
    api = http.get("/search.json", params=params)
    assert api.status_code == 400 and api.json()["detail"]


def test_search_bad_filter_on_other_pages_keeps_their_form(http: Any) -> None:
    for path in ("/network", f"/dyads/{RUS}/{TALIBAN}", "/map", f"/actors/{RUS}"):
        r = http.get(path, params={"since": "yesterday", "event_type": "ASSAULT"})
        assert r.status_code == 400, path
        assert 'id="f-since" aria-invalid="true"' in r.text and 'value="yesterday"' in r.text, path
        assert ("<option selected>ASSAULT</option>" in r.text
                or '<input type="hidden" name="event_type" value="ASSAULT">' in r.text), path
    too_long = http.get("/search", params={"since": "2025-01-0112"})
    assert too_long.status_code == 422 and 'id="f-since" aria-invalid="true"' in too_long.text
    assert http.get("/api/v1/events", params={"since": "2025-01-0112"}).status_code == 422


def test_search_docs_are_served_from_the_package(http: Any) -> None:
    r = http.get("/docs")
    assert r.status_code == 200
    spec = http.get("/openapi.json").json()
    for path in spec["paths"]:
        assert f'<span class="path">{path}</span>' in r.text
    assert r.text.count('<form class="try"') == sum(1 for ops in spec["paths"].values() if "get" in ops)
    sources = re.findall(r'(?:src|href)="([^"]+)"', r.text)
    assert all(s.startswith(("/", "#")) for s in sources), [s for s in sources if not s.startswith(("/", "#"))]
    assert http.get("/static/js/apidocs.js").status_code == 200


def test_search_skip_link_comes_first(http: Any) -> None:
    for path in ("/", "/search", "/docs", f"/dyads/{RUS}/{TALIBAN}"):
        body = http.get(path).text.split("<body>", 1)[1]
        first = re.search(r"<(a|input|select|button|textarea)\b[^>]*>", body)
        assert first and 'class="skip-link" href="#main"' in first.group(0), path
        assert '<main id="main"' in body


def test_search_same_rows_in_the_same_order_on_postgresql(demo_store: dict[str, Any], pg_database: Any) -> None:
    """The search's page, total, facets and download read the same rows in the same order from PostgreSQL as from
    SQLite (the demo store built in each; ties broken by id on both)."""
    from annalyst import Annalyst
    from annalyst.serve import searching
    from annalyst.serve.queries import Filters
    from annalyst.serve.views import unit_for
    from annalyst.store import Store
    from storebuild import build_demo_store

    def read(store: Store) -> list[Any]:
        unit = unit_for(store)
        out = []
        for f, sort in ((Filters(), "-date"), (Filters(party=TALIBAN), "-sources"), (Filters(status="asserted"), "-score"),
                        (Filters(), "score"), (Filters(event_type="AID"), "-date")):
            items, _ = searching.page(store, f, unit, sort=sort, limit=5, offset=5)
            found = searching.summary(store, f, unit, sort)
            download = [r["id"] for r in searching.iter_records(store, f, unit, sort=sort, batch=4)]
            out.append(([r["id"] for r in items], found["total"], found["facets"], found["histogram"]["bins"], download))
        return out

    sqlite = Store(f"sqlite:///{demo_store['db']}")
    try:
        expected = read(sqlite)
    finally:
        sqlite.close()
    with pg_database("annalyst_search") as url:
        with Annalyst(db=url) as an:
            build_demo_store(an)
            got = read(an.store)
    # the PostgreSQL store has no markup-laden article: compare without it
    xss = {demo_store["xss_cluster"]}
    for (_, _, _, _, dl_a), (page_b, total_b, _, _, dl_b) in zip(expected, got):
        assert [i for i in dl_a if i not in xss] == dl_b
        assert total_b == len(dl_b) and page_b == dl_b[5:10]


def test_search_every_filtering_page_has_the_one_filter_form(http: Any) -> None:
    """One macro renders the filter form of every page that filters: the same markup, ids and error display."""
    from annalyst.serve.forms import PAGE_FIELDS, fields_for

    pages = ["/search", "/network", "/map", f"/dyads/{RUS}/{TALIBAN}", f"/actors/{RUS}", "/articles"]
    assert all(fields_for(p) for p in pages) and len(pages) == len(PAGE_FIELDS)
    for path in pages:
        html = http.get(path).text
        assert html.count('<form class="filters filter-form"') == 1, path
        for name in fields_for(path):
            assert f'name="{name}" id="f-{name}"' in html, (path, name)


def test_search_histogram_bins_by_year_past_ten_years() -> None:
    from annalyst.serve.searching import histogram

    h = histogram({"1990-03": 2, "1990-11": 1, "2025-07": 5, None: 4, "undated": 1})
    assert h["by"] == "year" and [b["label"] for b in h["bins"]][:2] == ["1990", "1991"] and h["bins"][-1]["label"] == "2025"
    assert h["bins"][0]["n"] == 3 and h["bins"][-1]["n"] == 5 and h["undated"] == 5
    assert h["bins"][0]["since"] == "1990-01-01" and h["bins"][-1]["until"] == "2025-12-31"
    assert h["bins"][-1]["h"] == h["height"] - 4 and h["bins"][1]["h"] == 0  # the tallest bar fills the box
    months = histogram({"2024-02": 1, "2024-04": 2})
    assert [b["label"] for b in months["bins"]] == ["2024-02", "2024-03", "2024-04"]
    assert months["bins"][0]["until"] == "2024-02-29"  # a leap year's February
