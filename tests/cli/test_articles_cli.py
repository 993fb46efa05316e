"""The CLI over a real SQLite file: ingest, articles, show, export articles; exit codes and messages."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from annalyst.api import demo_corpus_path
from annalyst.cli import app

DEMO = demo_corpus_path()
HELICOPTERS = DEMO / "html" / "amudaryareview_taliban-ask-moscow-helicopters.html"
TRANSLATION = DEMO / "text" / "eurasiareader_kazakhstan-may-recognize-translation.txt"

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.db")


def _run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)


def test_cli_every_command_has_help():
    import click
    import typer

    root = typer.main.get_command(app)
    stack = [(root, [])]
    while stack:
        cmd, path = stack.pop()
        if isinstance(cmd, click.Group):
            for name, sub in cmd.commands.items():
                assert sub.help or sub.short_help, f"annalyst {' '.join(path + [name])} has no help text"
                stack.append((sub, path + [name]))


def test_cli_ingest_reports_stored_duplicates_failed(tmp_path, db):
    (tmp_path / "empty.txt").write_text("")
    result = _run("ingest", TRANSLATION, DEMO / "html", tmp_path / "empty.txt", "--db", db)
    assert result.exit_code == 1, "a failed input makes the exit code 1"
    assert "stored 12, duplicates 0, failed 1" in result.stderr
    assert "empty.txt: empty input" in result.stderr
    again = _run("ingest", TRANSLATION, "--db", db)
    assert again.exit_code == 0 and "stored 0, duplicates 1, failed 0" in again.stderr


def test_cli_articles_search_show_export(db, tmp_path):
    assert _run("ingest", TRANSLATION, HELICOPTERS, "--db", db).exit_code == 0
    listing = _run("articles", "--db", db, "--json")
    rows = [json.loads(line) for line in listing.stdout.splitlines()]
    assert [r["published"] for r in rows] == ["2025-08-15", "2025-08-05"]
    found = _run("articles", "--db", db, "--search", "Tokumov", "--json")
    [hit] = [json.loads(line) for line in found.stdout.splitlines()]
    assert hit["title"].startswith("Kazakhstan may recognize")
    shown = _run("show", hit["id"][:8], "--db", db, "--json")
    record = json.loads(shown.stdout)
    assert list(record) == ["id", "url", "site", "title", "subtitle", "authors", "published", "language", "translated",
                            "original_url", "text", "furniture", "fetched_at", "content_hash"]
    assert record["published"]["source"] == "text" and record["translated"] and record["original_url"]
    text = _run("show", hit["id"], "--db", db)
    assert "2025-08-15 (text: dateline)" in text.stdout and "removed as page furniture" in text.stdout
    exported = _run("export", "articles", "--db", db)
    lines = [json.loads(x) for x in exported.stdout.splitlines()]
    assert len(lines) == 2 and all(set(x) == set(record) for x in lines)
    as_csv = list(csv.DictReader(io.StringIO(_run("export", "articles", "--db", db, "--format", "csv").stdout)))
    assert {r["published.date"] for r in as_csv} == {"2025-08-05", "2025-08-15"}
    out = tmp_path / "a.parquet"
    assert _run("export", "articles", "--db", db, "--format", "parquet", "--output", out).exit_code == 0
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == 2


def test_cli_errors_are_one_line(db):
    from annalyst.store import Store

    Store(f"sqlite:///{db}").close()  # an existing, empty store
    missing = _run("show", "ffffffffffff", "--db", db)
    assert missing.exit_code == 1 and "no article with id" in missing.stderr
    bad_date = _run("ingest", "-", "--published", "yesterday", "--db", db, input="x")
    assert bad_date.exit_code == 2 and "--published takes a date" in bad_date.stderr
    bad_format = _run("export", "articles", "--format", "xml", "--db", db)
    assert bad_format.exit_code == 2 and "unknown export format" in bad_format.stderr


def test_cli_ingest_stdin_with_given_date(db):
    text = ("Talks resume in Doha\n\nQatari mediators said on Monday that delegations from the Taliban and the United "
            "States would meet again next week to discuss the release of frozen central bank assets.\n")
    result = _run("ingest", "-", "--published", "2025-03-03", "--db", db, input=text)
    assert result.exit_code == 0, result.stderr
    [row] = [json.loads(x) for x in _run("articles", "--db", db, "--json").stdout.splitlines()]
    assert row["published"] == "2025-03-03" and row["published_source"] == "given"


def test_cli_db_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("ANNALYST_DB", str(tmp_path / "env.db"))
    assert _run("ingest", HELICOPTERS).exit_code == 0
    assert (tmp_path / "env.db").exists()
