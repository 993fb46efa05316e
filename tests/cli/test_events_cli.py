"""``annalyst parse``, ``extract``, ``events``, ``export events`` and ``evaluate``: through the real CLI app."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from annalyst.api import Annalyst
from annalyst.cli import build_app

pytestmark = pytest.mark.slow

PARAGRAPH = ("In 2018, General John Nicholson claimed that Russia was supplying arms to the Taliban, a charge Moscow "
             "denied. It appears likely that Moscow will support the Taliban with military hardware.")


@pytest.fixture()
def cli(monkeypatch, nlp):
    monkeypatch.setattr(Annalyst, "pipeline", lambda self: nlp)  # one model per test session
    runner = CliRunner()
    app = build_app()
    return lambda *args, **kw: runner.invoke(app, list(args), **kw)


def test_events_cli_parse_json_from_stdin(cli, tmp_path):
    result = cli("parse", "-", "--published", "2025-07-12", "--json", "--db", str(tmp_path / "x.db"), input=PARAGRAPH)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"article", "mentions", "actors", "time_expressions", "events", "quotes"}
    statuses = {(e["event_type"], e["status"]) for e in data["events"]}
    assert ("AID", "alleged") in statuses and ("AID", "predicted") in statuses
    alleged = next(e for e in data["events"] if e["status"] == "alleged")
    assert alleged["denied_by"] == ["Russia"] and alleged["evidence"][0]["trigger"] == "supplying"
    assert not (tmp_path / "x.db").exists()  # parse stores nothing


def test_events_cli_parse_table_and_bad_date(cli, tmp_path):
    path = tmp_path / "p.txt"
    path.write_text(PARAGRAPH, encoding="utf-8")
    ok = cli("parse", str(path), "--db", str(tmp_path / "x.db"))
    assert ok.exit_code == 0 and "AID" in ok.stdout
    bad = cli("parse", str(path), "--published", "yesterday-ish", "--db", str(tmp_path / "x.db"))
    assert bad.exit_code == 2
    missing = cli("parse", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "x.db"))
    assert missing.exit_code == 1


def test_events_cli_extract_list_and_export(cli, tmp_path):
    from annalyst.api import demo_corpus_path

    db = str(tmp_path / "store.db")
    demo = demo_corpus_path()
    sources = [str(demo / "text" / "borderlinesreport_us-accuses-russia.txt"),
               str(demo / "html" / "kabulcourier_emirate-rejects-pakistan-accusations.html")]
    assert cli("ingest", *sources, "--db", db).exit_code == 0
    first = cli("extract", "--db", db)
    assert first.exit_code == 0, first.output
    again = cli("extract", "--db", db)  # resumable: nothing left to do
    assert again.exit_code == 0 and "extracted 0 articles" in again.output
    listed = cli("events", "--db", db, "--actor", "Russia", "--status", "alleged", "--json")
    rows = [json.loads(line) for line in listed.stdout.splitlines() if line.strip()]
    assert rows and all(r["status"] == "alleged" for r in rows)
    assert {r["date"]["start"][:7] for r in rows} == {"2025-10"}
    dated = cli("events", "--db", db, "--type", "ASSAULT", "--since", "2025-03-01", "--until", "2025-03-31", "--json")
    assert [json.loads(x)["counts"]["killed"] for x in dated.stdout.splitlines() if x.strip()] == [15]
    assert cli("events", "--db", db, "--type", "ASSAULT", "--since", "2025-04-01", "--json").stdout.strip() == ""
    assert cli("events", "--db", db, "--status", "rumoured").exit_code == 2
    exported = cli("export", "events", "--db", db)
    records = [json.loads(line) for line in exported.stdout.splitlines() if line.strip()]
    assert len(records) >= 5 and set(records[0]) >= {"id", "event_type", "actor", "recipient", "status", "evidence"}
    table = list(csv.DictReader(io.StringIO(cli("export", "events", "--db", db, "--format", "csv").stdout)))
    assert len(table) == len(records) and {"location", "actor", "actor_ids", "date_start"} <= set(table[0])
    by_id = {r["id"]: r for r in records}  # flat: one value per cell, lists joined with "; "
    assert all(row["actor"] == "; ".join(a["name"] for a in by_id[row["id"]]["actor"]) for row in table)
    parquet = tmp_path / "events.parquet"
    assert cli("export", "events", "--db", db, "--format", "parquet", "--output", str(parquet)).exit_code == 0
    import pyarrow.parquet as pq

    assert pq.read_table(parquet).num_rows == len(records)


def test_events_cli_evaluate_json(cli, tmp_path, shared_data):
    result = cli("evaluate", "--gold", "seeds", "--data", str(shared_data), "--json", "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["seeds"]["metrics"]["recall"] >= 0.9 and data["seeds"]["floors"]["recall"]["passed"]
    bad = cli("evaluate", "--gold", "nonsense", "--data", str(shared_data), "--db", str(tmp_path / "x.db"))
    assert bad.exit_code == 2


def test_events_cli_commands_have_help(cli):
    for command in (["parse"], ["extract"], ["events"], ["evaluate"], ["export", "events"]):
        result = cli(*command, "--help")
        assert result.exit_code == 0 and len(result.stdout) > 100
