"""One actor resolver for the CLI, the Python API and the web app (``Annalyst.resolve_actor``): an id or an exact name
or alias first; anything else is an error that names the closest actors, never a silent replacement. And the actor
list: without ``q`` the store's actors with their event counts; a search ranks prefix matches above substrings."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from annalyst import Annalyst
from annalyst.errors import UnknownActor
from annalyst.models import Filters
from storebuild import RUS, TALIBAN


def _cli(db: str, *args: str) -> Any:
    from annalyst.cli import app

    return CliRunner().invoke(app, [*args, "--db", db], catch_exceptions=False)


def test_resolver_exact_id_name_and_alias(demo_store: dict[str, Any]) -> None:
    with Annalyst(db=demo_store["db"]) as an:
        assert an.resolve_actor(RUS).keys == [RUS]
        assert an.resolve_actor("Russia").keys[0] == RUS and an.resolve_actor("Russia").label == "Russia"
        assert an.resolve_actor("the Taliban").keys[0] == TALIBAN
        assert an.resolve_actor("text:someone").keys == ["text:someone"]
        for typo, meant in (("Narnia", "Nauru"), ("Rusia", "Russia")):
            with pytest.raises(UnknownActor) as caught:
                an.resolve_actor(typo)
            # the closest spelling first (Belarus has an alias containing "rusia"; Russia is one letter away)
            assert caught.value.suggestions[0].startswith(meant), caught.value.suggestions
            assert f"unknown actor {typo!r}; did you mean:" in str(caught.value)
        with pytest.raises(UnknownActor):
            an.events(Filters(actor="Narnia"))


def test_resolver_cli_refuses_unknown_actors_and_types(demo_store: dict[str, Any]) -> None:
    db = demo_store["db"]
    result = _cli(db, "timeline", "Narnia", "Russia")  # used to print "Nauru - Russia"
    assert result.exit_code == 2 and "unknown actor 'Narnia'; did you mean: Nauru (NRU)?" in result.output
    assert "Nauru –" not in result.output
    result = _cli(db, "timeline", "Rusia")  # used to become Russia silently
    assert result.exit_code == 2 and "Russia (RUS)" in result.output
    result = _cli(db, "events", "--type", "SUPORT")  # used to say "no events match"
    assert result.exit_code == 2 and "unknown event type 'SUPORT'" in result.output
    for args in (("events", "--actor", "Rusia"), ("clusters", "--actor", "Narnia"), ("dyad", RUS, "NARNIA")):
        assert _cli(db, *args).exit_code == 2, args
    ok = _cli(db, "timeline", "Russia", "Taliban", "--json")
    assert ok.exit_code == 0 and json.loads(ok.stdout)


def test_resolver_web_answers_404_with_suggestions(http: Any) -> None:
    r = http.get(f"/dyads/{RUS}/NARNIA")  # used to be a 200 whose link 404'd
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert "did you mean" in r.text and "Nauru" in r.text
    detail = http.get(f"/api/v1/dyads/{RUS}/NARNIA").json()["detail"]
    assert detail == "unknown actor 'NARNIA'; did you mean: Nauru (NRU)?"
    assert http.get("/api/v1/events", params={"actor": "Rusia"}).status_code == 404
    assert http.get("/search", params={"actor": "Rusia"}).status_code == 404
    assert http.get("/api/v1/events", params={"actor": "Russia"}).json()["items"]  # an exact name still works
    page = http.get("/search", params={"actor": "<b>Narnia</b>"})
    assert page.status_code == 404 and "<b>Narnia" not in page.text and "&lt;b&gt;Narnia" in page.text
    # a download checks its filters before it starts streaming (it used to break off mid-response)
    for path in ("/api/v1/export/events", "/api/v1/export/clusters", "/search.csv"):
        assert http.get(path, params={"actor": "Narnia"}).status_code == 404, path


def test_actor_list_without_q_counts_events_and_pages(http: Any) -> None:
    first = http.get("/api/v1/actors", params={"limit": 3}).json()
    assert [x["id"] for x in first["items"]][0] == TALIBAN
    counts = [x["n"] for x in first["items"]]
    assert counts == sorted(counts, reverse=True) and first["has_more"] and first["total"] > 3
    second = http.get("/api/v1/actors", params={"limit": 3, "offset": 3}).json()
    assert not {x["id"] for x in first["items"]} & {x["id"] for x in second["items"]}
    assert second["total"] == first["total"]


def test_actor_search_ranks_prefix_above_substring(http: Any) -> None:
    found = [x["id"] for x in http.get("/api/v1/actors", params={"q": "Tal"}).json()["items"]]
    assert found[0] == TALIBAN and "ITA" in found and found.index(TALIBAN) < found.index("ITA")
    assert http.get("/api/v1/actors", params={"q": "Russia"}).json()["items"][0]["id"] == RUS
