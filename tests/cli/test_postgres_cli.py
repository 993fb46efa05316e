"""Every CLI command that touches the store works with ``--db postgresql://…`` and prints what it prints over SQLite.

The same session (ingest the demo corpus, list, search, show, extract, events, cluster, clusters, timeline, dyad,
actors search/add/alias/show/merge, every export, check) runs against a new PostgreSQL database and a SQLite file;
each command must succeed on PostgreSQL, and the deterministic outputs (exports, JSON listings) must be equal.
Skipped unless ANNALYST_TEST_PG names a server (.ci/run starts one).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annalyst.api import demo_corpus_path
from annalyst.cli import app

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

runner = CliRunner()


def _lines(text: str) -> list:
    """A ``--json`` output: one JSON document, or one record per line."""
    try:
        return [json.loads(text)]
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]


def _session(db: str, out: Path) -> dict[str, tuple[int, str]]:
    """Run the session against ``db``; ``{step: (exit code, stdout or the exported file)}``."""
    results: dict[str, tuple[int, str]] = {}

    def run(step: str, *args: str, output: Path | None = None) -> str:
        argv = [*args, "--db", db] + (["--output", str(output)] if output else [])
        result = runner.invoke(app, argv, catch_exceptions=False)
        text = output.read_text(encoding="utf-8") if output and output.exists() else result.stdout
        results[step] = (result.exit_code, text if result.exit_code == 0 else result.output)
        return text

    run("ingest", "ingest", str(demo_corpus_path()))
    listed = _lines(run("articles", "articles", "--json"))
    run("search", "articles", "--search", "Kazakhstan recognition", "--json")
    run("show", "show", listed[-1]["id"] if listed else "missing")
    run("extract", "extract", "--batch-size", "8")
    run("events", "events", "--party", "AFG-TALIBAN", "--json", "--limit", "500")
    run("cluster", "cluster", "--json")
    run("clusters", "clusters", "--json", "--limit", "500")
    run("timeline", "timeline", "AFG-TALIBAN", "--json")
    run("timeline2", "timeline", "KAZ", "AFG-TALIBAN", "--json")
    run("dyad", "dyad", "KAZ", "AFG-TALIBAN", "--json")
    run("actors_search", "actors", "search", "Muttaqi")
    run("actors_add", "actors", "add", "Zorvath Quell", "--kind", "person", "--id", "KLM-ENVOY")
    run("actors_alias", "actors", "alias", "KLM-ENVOY", "Z. Quell")
    run("actors_show", "actors", "show", "KLM-ENVOY", "--json")
    run("export_events", "export", "events", output=out / "events.jsonl")
    run("export_articles", "export", "articles", output=out / "articles.jsonl")
    run("export_clusters", "export", "clusters", output=out / "clusters.jsonl")
    run("export_network", "export", "network", output=out / "network.graphml")
    run("export_dyad", "export", "dyad", "KAZ", "AFG-TALIBAN", output=out / "dyad.csv")
    run("check", "check", "--json")
    return results


@pytest.fixture(scope="module")
def sessions(tmp_path_factory, pg_database):
    with pg_database("annalyst_cli") as url:
        url = url.replace("postgresql+psycopg://", "postgresql://", 1)  # the form users type (the CLI picks the driver)
        pg_dir, lite_dir = tmp_path_factory.mktemp("pg"), tmp_path_factory.mktemp("sqlite")
        pg = _session(url, pg_dir)
        lite = _session(str(lite_dir / "store.db"), lite_dir)
        yield pg, lite


def test_postgres_cli_every_command_succeeds(sessions):
    pg, lite = sessions
    failed = {step: text[-500:] for step, (code, text) in pg.items() if code != 0}
    assert not failed
    assert set(pg) == set(lite) and all(code == 0 for code, _ in lite.values())


def test_postgres_cli_stores_what_sqlite_stores(sessions):
    pg, lite = sessions
    events = pg["export_events"][1]
    assert events.count("\n") > 50
    for step in ("export_events", "events", "export_dyad", "actors_show"):
        assert pg[step][1] == lite[step][1], step  # the same bytes
    # cluster records keep ``supplied_by`` as stored: PostgreSQL's JSONB orders an object's keys its own way, so
    # these are compared as records
    for step in ("export_clusters", "clusters", "timeline", "timeline2", "dyad"):
        assert _lines(pg[step][1]) == _lines(lite[step][1]), step


def test_postgres_cli_articles_and_search(sessions):
    pg, lite = sessions
    listed = _lines(pg["articles"][1])
    assert len(listed) == len(_lines(lite["articles"][1])) > 20
    found = _lines(pg["search"][1])
    assert found and any("Kazakhstan" in (row.get("title") or "") for row in found)
    exported = [json.loads(line) for line in pg["export_articles"][1].splitlines()]
    assert sorted(a["id"] for a in exported) == sorted(json.loads(line)["id"] for line in lite["export_articles"][1].splitlines())


def test_postgres_cli_check_is_clean(sessions):
    pg, _ = sessions
    report = json.loads(pg["check"][1])
    assert report.get("ok", not report.get("problems")), report
