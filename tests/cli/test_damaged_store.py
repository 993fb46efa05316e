"""Commands that write refuse a store whose file is damaged: they print what ``annalyst check`` says, exit 2 and
leave the file byte for byte as it was (a real SQLite file, pages overwritten). Before the guard, ``ingest`` wrote
eleven articles into such a store."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annalyst.api import demo_corpus_path
from annalyst.cli import app

runner = CliRunner()
DEMO = demo_corpus_path()


def _run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def damaged(tmp_path_factory) -> Path:
    """A store holding the demo texts whose clusters table pages are overwritten: ingest never reads them, so only
    a check of the file finds the damage."""
    db = tmp_path_factory.mktemp("damaged") / "store.db"
    assert _run("ingest", DEMO / "text", "--db", db).exit_code == 0
    con = sqlite3.connect(db)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in con.execute("SELECT rootpage FROM sqlite_schema WHERE tbl_name = 'clusters' "
                                       "AND rootpage > 0")]
    con.close()
    assert len(pages) >= 2 and not Path(f"{db}-wal").exists()  # closed and checkpointed
    with open(db, "r+b") as f:
        for page in pages:
            f.seek((page - 1) * page_size)
            f.write(bytes(random.Random(page).randrange(256) for _ in range(page_size)))
    return db


WRITES = [
    ["ingest", DEMO / "html"],
    ["extract"],
    ["cluster"],
    ["run", DEMO / "html"],
    ["watch", DEMO / "html", "--once"],
    ["actors", "add", "Invented Guild", "--kind", "organisation"],
    ["alerts", "add", "guild", "--actor", "Invented Guild"],
    ["alerts", "check"],
]


@pytest.mark.parametrize("command", WRITES, ids=lambda c: " ".join(str(x) for x in c[:2]))
def test_write_commands_refuse_a_damaged_store(damaged: Path, command: list) -> None:
    before = _digest(damaged)
    check = _run("check", "--db", damaged)
    assert check.exit_code == 1 and "integrity" in check.stdout
    result = _run(*command, "--db", damaged)
    assert result.exit_code == 2, result.stdout + result.stderr
    assert "damaged" in result.stderr and "nothing was written" in result.stderr
    assert check.stdout.strip().splitlines()[0] in result.stderr  # the line `annalyst check` prints
    assert _digest(damaged) == before


def test_reading_commands_still_read_a_damaged_store(damaged: Path) -> None:
    before = _digest(damaged)
    result = _run("articles", "--db", damaged, "--json")
    assert result.exit_code == 0 and len(result.stdout.strip().splitlines()) == 10
    assert _digest(damaged) == before


def test_the_check_can_be_turned_off(damaged: Path, tmp_path: Path, monkeypatch) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(damaged.read_bytes())
    monkeypatch.setenv("ANNALYST_CHECK_BEFORE_WRITE", "false")
    result = _run("ingest", DEMO / "html", "--db", copy)
    assert result.exit_code == 0, result.stderr  # the damage is elsewhere: the articles go in
    assert _digest(copy) != _digest(damaged)
