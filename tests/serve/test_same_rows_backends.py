"""The same filters give the same rows from the CLI (``--json``), the REST API (``/api/v1/...``) and the web pages'
JSON twins and downloads, on the demo store in SQLite and (when ANNALYST_TEST_PG names a server) PostgreSQL: events,
clusters, the actor list and an actor given by name. One read layer (``store/`` through ``Annalyst``) answers all
three, so they cannot drift apart again."""

from __future__ import annotations

import json
from typing import Any, Iterator

import httpx
import pytest
from typer.testing import CliRunner

from annalyst import Annalyst
from storebuild import RUS, TALIBAN, LiveServer, build_demo_store

FILTERS = [
    {},
    {"actor": "Russia"},
    {"party": TALIBAN, "status": "alleged"},
    {"actor": RUS, "recipient": "Taliban", "since": "2025-01-01"},
    {"event_type": "ASSAULT"},
    {"quad_class": "material conflict"},
    {"party": "Pakistan", "until": "2024-12-31"},
]
FLAGS = {"event_type": "--type", "since": "--from", "until": "--to"}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           pg_database: Any) -> Iterator[tuple[str, httpx.Client]]:
    """(store URL, HTTP client of a live server over it) with the demo store in it."""
    from annalyst.serve import create_app

    def serve(url: str) -> Iterator[tuple[str, httpx.Client]]:
        with Annalyst(db=url) as an:
            build_demo_store(an)
        with LiveServer(create_app(url)) as live, httpx.Client(base_url=live.url, timeout=60) as client:
            yield url, client

    if request.param == "sqlite":
        yield from serve(str(tmp_path_factory.mktemp("same-rows") / "store.db"))
        return
    with pg_database("annalyst_same_rows") as url:
        yield from serve(url)


def _cli(db: str, *args: str) -> list[dict[str, Any]]:
    """A ``--json`` listing: one JSON document (a list), or one record per line."""
    from annalyst.cli import app

    result = CliRunner().invoke(app, [*args, "--db", db, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    try:
        doc = json.loads(result.stdout)
        return doc if isinstance(doc, list) else [doc]
    except json.JSONDecodeError:
        return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def _flags(f: dict[str, str], allowed: tuple[str, ...]) -> list[str]:
    return [x for k, v in f.items() if k in allowed for x in (FLAGS.get(k, "--" + k.replace("_", "-")), v)]


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()) or "none")
def test_same_rows_events_everywhere(served: tuple[str, httpx.Client], f: dict[str, str]) -> None:
    db, http = served
    api = [e["id"] for e in http.get("/api/v1/events", params={**f, "limit": 500}).json()["items"]]
    web = [json.loads(line)["id"] for line in http.get("/api/v1/export/events", params=f).text.splitlines()
           if line.strip()]
    with Annalyst(db=db) as an:
        from annalyst.models import Filters

        python = [e.id for e in an.events(Filters(**f), limit=None)]
    if "quad_class" not in f:  # the CLI's events command has no quad class flag
        cli = [e["id"] for e in _cli(db, "events", "--limit", "1000",
                                     *_flags(f, ("actor", "recipient", "party", "status", "event_type")),
                                     *(["--since", f["since"]] if "since" in f else []),
                                     *(["--until", f["until"]] if "until" in f else []))]
        assert sorted(cli) == sorted(api)
    assert api, f  # every filter here matches something in the demo store
    assert sorted(api) == sorted(web) == sorted(python)


@pytest.mark.parametrize("f", [f for f in FILTERS if "quad_class" not in f],
                         ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()) or "none")
def test_same_rows_clusters_everywhere(served: tuple[str, httpx.Client], f: dict[str, str]) -> None:
    db, http = served
    api = {c["id"] for c in http.get("/api/v1/clusters", params={**f, "limit": 500}).json()["items"]}
    page = http.get("/search.json", params={**f, "limit": 500}).json()
    assert page["unit"] == "cluster"
    web = {r["id"] for r in page["results"]}
    # the search page's download holds exactly its rows (clusters, once the store is clustered)
    download = {json.loads(line)["id"] for line in http.get("/search.jsonl", params=f).text.splitlines() if line.strip()}
    assert download == web
    if "party" in f:  # the CLI's clusters command filters by actor and recipient
        cli = api
    else:
        cli = {c["id"] for c in _cli(db, "clusters", "--limit", "1000",
                                     *_flags(f, ("actor", "recipient", "status", "event_type", "since", "until")))}
    assert api and api == web == cli


def test_same_rows_actors_and_timeline(served: tuple[str, httpx.Client]) -> None:
    db, http = served
    listed = http.get("/api/v1/actors", params={"limit": 100}).json()
    web = http.get("/actors.json", params={"q": "Tal"}).json()["results"]
    api = http.get("/api/v1/actors", params={"q": "Tal", "limit": 50}).json()["items"]
    assert [a["id"] for a in web] == [a["id"] for a in api] and api[0]["id"] == TALIBAN
    assert listed["total"] == len(listed["items"]) and listed["items"][0]["id"] == TALIBAN
    timeline = {c["id"] for c in _cli(db, "timeline", "Russia", "the Taliban")}
    between = {c["id"] for c in http.get("/api/v1/clusters", params={"party": RUS, "limit": 500}).json()["items"]}
    dyad = {p["id"] for p in http.get(f"/api/v1/dyads/{RUS}/{TALIBAN}").json()["points"]}
    assert timeline and timeline == dyad and timeline <= between
