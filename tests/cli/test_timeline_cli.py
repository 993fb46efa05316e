"""The CLI over a real SQLite file: cluster, timeline, dyad, clusters, export clusters."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parents[1] / "analyze"))

from eventkit import World, art, ev  # noqa: E402

from annalyst.cli import app  # noqa: E402
from annalyst.models import Cluster, Event  # noqa: E402

runner = CliRunner()

CLUSTER_FIELDS = {"id", "event", "members", "n_articles", "n_sources", "first_reported", "contradictions",
                  "resolution", "resolved_by", "supplied_by"}
EVENT_FIELDS = {"id", "article_id", "event_type", "mode", "context", "actor", "recipient", "date", "location", "counts",
                "status", "attributed_to", "denied_by", "quote", "score", "quad_class", "cameo", "confidence",
                "evidence", "cluster_id"}


def _run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.db"
    w = World(path)
    w.add(art("a1", site="north.example", published="2025-07-12"),
          ev("e1", "a1", "SUPPORT", start="2025-07-01", end="2025-07-12", gran="interval", context=["diplomatic"]),
          ev("e2", "a1", "SANCTION", start="2000-01-01", end="2004-12-31", gran="part_of_decade", at=100),
          ev("e3", "a1", "ASSAULT", actor=["GON"], recipient=["ARN"], start="2025-06-10", killed=4, at=200),
          ev("e4", "a1", "AID", start="2025-07-12", end="2026-07-12", gran="interval", status="predicted",
             context=["military"], at=300))
    w.add(art("a2", site="south.example", published="2025-07-24"),
          ev("f1", "a2", "SUPPORT", start="2025-07-03", context=["diplomatic"]),
          ev("f2", "a2", "COERCE", start="2003-02-14", at=100),
          ev("f3", "a2", "ASSAULT", actor=["GON"], recipient=["ARN"], start="2025-06-10", killed=9, at=200))
    w.close()
    return str(path)


def test_cli_cluster_then_timeline_json_is_cluster_records_in_date_order(db):
    result = _run("cluster", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    assert stats["articles"] == 2 and stats["events"] == 7 and stats["clusters_created"] == 4
    result = _run("timeline", "ARN", "GON", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [set(r) for r in records] == [CLUSTER_FIELDS] * 4
    assert all(set(r["event"]) == EVENT_FIELDS for r in records)
    days = [r["event"]["date"]["start"] for r in records]
    assert days == sorted(days) == ["2003-02-14", "2025-06-10", "2025-07-03", "2025-07-12"]
    assert records[0]["n_sources"] == 2 and records[0]["supplied_by"]["date"] == "f2"
    assert records[-1]["event"]["status"] == "predicted" and records[-1]["resolution"] == "open"
    assert Cluster.from_dict(records[1]).event.counts.killed in (4, 9)
    assert isinstance(Cluster.from_dict(records[0]).event, Event)


def test_cli_timeline_table_shows_date_granularity_status_sources(db):
    _run("cluster", "--db", db)
    result = _run("timeline", "ARN", "GON", "--db", db, "--from", "2025-01-01")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "2025-07-03" in text and "(day)" in text and "predicted" in text and "open" in text
    assert "2 sources" in text and "north.example" in text and "disputed" in text
    assert "2003-02-14" not in text


def test_cli_timeline_single_actor_and_directed(db):
    _run("cluster", "--db", db)
    one = json.loads(_run("timeline", "GON", "--db", db, "--json").stdout)
    assert len(one) == 4
    directed = json.loads(_run("timeline", "GON", "ARN", "--directed", "--db", db, "--json").stdout)
    assert [r["event"]["event_type"] for r in directed] == ["ASSAULT"]


def test_cli_dyad_json_and_csv(db):
    _run("cluster", "--db", db)
    series = json.loads(_run("dyad", "ARN", "GON", "--db", db, "--json").stdout)
    months = {m["month"]: m for m in series["months"]}
    assert months["2025-06"]["count"] == 1 and months["2025-06"]["sum"] == -9.0
    assert months["2025-07"]["by_quad_class"]["verbal cooperation"]["count"] == 1
    assert series["coarse"] == 0  # the 2003 ban is day-precise: in February 2003
    rows = list(csv.DictReader(io.StringIO(_run("dyad", "ARN", "GON", "--db", db, "--csv").stdout)))
    # SANCTION and COERCE tie on sources: the better-dated report's COERCE (-7) supplies the type
    assert rows[0] == {"month": "2003-02", "quad_class": "all", "count": "1", "sum": "-7.0", "mean": "-7.0"}
    table = _run("dyad", "ARN", "GON", "--db", db).stdout
    assert "2025-06" in table and "2004-01" not in table  # empty months only in --json/--csv


def test_cli_clusters_filters(db):
    _run("cluster", "--db", db)
    disputed = [json.loads(line) for line in _run("clusters", "--disputed", "--db", db, "--json").stdout.splitlines()]
    assert [c["contradictions"][0]["field"] for c in disputed] == ["counts.killed"]
    open_ = _run("clusters", "--resolution", "open", "--db", db, "--json").stdout.splitlines()
    assert len(open_) == 1
    assert "no clusters match" in _run("clusters", "--type", "PROTEST", "--db", db).output


def test_cli_export_clusters_jsonl_csv_parquet(db, tmp_path):
    _run("cluster", "--db", db)
    lines = _run("export", "clusters", "--db", db).stdout.splitlines()
    assert len(lines) == 4 and set(json.loads(lines[0])) == CLUSTER_FIELDS
    rows = list(csv.DictReader(io.StringIO(_run("export", "clusters", "--db", db, "-f", "csv").stdout)))
    assert len(rows) == 4 and {"id", "event_type", "date_start", "n_sources", "contradictions"} <= set(rows[0])
    out = tmp_path / "clusters.parquet"
    assert _run("export", "clusters", "--db", db, "-f", "parquet", "-o", out).exit_code == 0
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == 4


def test_cli_timeline_bad_input_is_a_usage_error(db):
    assert _run("timeline", "A", "B", "C", "--db", db).exit_code == 2
    assert _run("timeline", "ARN", "--from", "yesterday-ish", "--db", db).exit_code == 2
    unknown = _run("timeline", "Nobody", "--db", db)  # an unknown actor is an error, not an empty timeline
    assert unknown.exit_code == 2 and "unknown actor 'Nobody'" in unknown.output
    empty = _run("timeline", "ARN", "--from", "2100-01-01", "--db", db)
    assert empty.exit_code == 0 and "no events" in empty.output


def test_cli_main_dyad_is_the_pair_with_most_events(db):
    from annalyst import Annalyst

    _run("cluster", "--db", db)
    with Annalyst(db=db) as an:
        assert an.main_dyad() == ("ARN", "GON")


@pytest.mark.slow
def test_cli_demo_ends_with_the_main_timeline(tmp_path):
    result = _run("demo", "--db", tmp_path / "demo.db")
    assert result.exit_code == 0, result.output
    assert "main timeline:" in result.stdout
    assert "real-world events" in result.output
