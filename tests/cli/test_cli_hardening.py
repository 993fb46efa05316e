"""The CLI's answers to mistakes: a mistyped --db, negative limits, error text printed literally, a busy port,
formula-like CSV cells, and clusters kept fresh after extract."""

from __future__ import annotations

import csv
import io
import socket
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from annalyst.cli import app
from annalyst.store import Store

runner = CliRunner()


def _run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture
def store_db(tmp_path):
    db = tmp_path / "store.db"
    Store(f"sqlite:///{db}").close()
    return str(db)


@pytest.mark.parametrize("command", [["articles"], ["events"], ["clusters"], ["actors", "search", "x"],
                                     ["show", "abc"]])
def test_mistyped_db_is_refused_and_not_created(tmp_path, command):
    typo = tmp_path / "sotre.db"
    result = _run(*command, "--db", typo)
    assert result.exit_code == 2, result.stdout + result.stderr
    assert "no store at" in result.stderr and "sotre.db" in result.stderr
    assert not typo.exists()


def test_ingest_may_create_the_store(tmp_path):
    db = tmp_path / "new.db"
    text = "Talks in Lakeport\n\nThe mayor of Lakeport met the council on Monday to discuss the new harbour.\n"
    result = _run("ingest", "-", "--published", "2025-03-03", "--db", db, input=text)
    assert result.exit_code == 0, result.stderr
    assert db.exists()


@pytest.mark.parametrize("args", [["articles", "--limit", "-5"], ["articles", "--limit", "0"],
                                  ["events", "--limit", "-1"], ["clusters", "--limit", "-5"],
                                  ["articles", "--offset", "-3"], ["extract", "--limit", "-2"],
                                  ["timeline", "RUS", "UKR", "--limit", "-5"]])
def test_negative_or_zero_limits_are_refused(store_db, args):
    result = _run(*args, "--db", store_db)
    assert result.exit_code == 2
    assert "Invalid value" in result.stderr or "invalid" in result.stderr.lower()


def test_error_text_is_printed_literally(store_db, monkeypatch):
    monkeypatch.setenv("ANNALYST_BATCH_SIZE", "[web]")
    result = _run("articles", "--db", store_db)
    assert result.exit_code == 2
    assert "[web]" in result.stderr and "ANNALYST_BATCH_SIZE" in result.stderr


def test_busy_port_fails_before_serving_on(store_db):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    port = sock.getsockname()[1]
    try:
        result = subprocess.run([sys.executable, "-m", "annalyst", "serve", "--db", store_db, "--port", str(port)],
                                capture_output=True, text=True, timeout=120)
    finally:
        sock.close()
    assert result.returncode == 2, result.stderr
    assert "serving on" not in result.stderr
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr


def test_csv_export_cells_cannot_be_formulas(tmp_path):
    db = tmp_path / "csv.db"
    text = ('=HYPERLINK("http://example.invalid/x","click")\n\n'
            "The council of Lakeport met on Monday to discuss the harbour and the new ferry timetable.\n")
    assert _run("ingest", "-", "--published", "2025-03-03", "--db", db, input=text).exit_code == 0
    result = _run("export", "articles", "--format", "csv", "--db", db)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and rows[0]["title"].startswith("'=HYPERLINK(")
    for row in rows:
        for value in row.values():
            assert not (value or "").startswith(("=", "+", "@")), value


def test_extract_clusters_afterwards_unless_told_not_to(tmp_path):
    text = ("Lakeport and Eastmoor sign water deal\n\nThe government of Lakeport signed an agreement with Eastmoor on "
            "Monday to share the river's water, officials in both capitals said.\n")
    for flag, fresh in (("--cluster", True), ("--no-cluster", False)):
        db = tmp_path / f"{flag}.db"
        assert _run("ingest", "-", "--published", "2025-03-03", "--db", db, input=text).exit_code == 0
        result = _run("extract", flag, "--db", db)
        assert result.exit_code == 0, result.stderr
        with Store(f"sqlite:///{db}") as store:
            pending = store.count_pending_cluster()
        if fresh:
            assert pending == 0 and "clustered 1 articles" in result.stderr and "stale" not in result.stderr
        else:
            assert pending == 1 and "clusters are stale: 1 extracted article(s)" in result.stderr
