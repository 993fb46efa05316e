"""A few kill -9 trials per phase (ingest, extract, cluster) from ``scripts/crash_trials.py``: after each kill the
store passes the check, and a rerun stores exactly what an uninterrupted run stores. The full campaign (50 trials
per phase) is the script itself; its figures are in SECURITY.md."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "crash_trials.py"


@pytest.fixture(scope="module")
def crash_trials():
    spec = importlib.util.spec_from_file_location("crash_trials", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_trials"] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("crash_trials", None)


def test_crash_trials_corpus_is_generated_in_three_formats(crash_trials, tmp_path):
    n = crash_trials.make_corpus(tmp_path, 12, seed=3)
    names = sorted(p.suffix for p in tmp_path.iterdir())
    assert n == 12 and {".txt", ".html", ".jsonl"} <= set(names)
    assert crash_trials.make_corpus(tmp_path / "again", 12, seed=3) == 12
    assert sorted(p.read_text() for p in tmp_path.glob("*.txt")) == sorted(
        p.read_text() for p in (tmp_path / "again").glob("*.txt"))


@pytest.mark.slow
def test_crash_trials_kill9_in_every_phase_loses_and_duplicates_nothing(crash_trials, tmp_path):
    lines: list[str] = []
    reports = crash_trials.run_campaign(trials=2, articles=24, seed=11, workdir=tmp_path, log=lines.append)
    by_phase = {r.phase: r for r in reports}
    for phase in crash_trials.PHASES:
        report = by_phase.get(phase)
        if report is None or report.skipped:
            pytest.skip(f"{phase}: {report.skipped if report else 'not run'}")
        row = report.row()
        assert row["trials"] == 2 and row["killed"] >= 1, lines
        assert row["failed"] == 0, "\n".join(lines)
    assert "failed" in crash_trials.format_table(reports)


def test_crash_trials_detects_a_lost_write(crash_trials, tmp_path):
    """The comparison with the uninterrupted run is what catches a lost or duplicated write: plant one."""
    import sqlite3

    from annalyst.api import Annalyst

    crash_trials.make_corpus(tmp_path / "corpus", 9, seed=5)
    db = tmp_path / "a.db"
    with Annalyst(db=str(db)) as an:
        an.ingest([str(tmp_path / "corpus")])
    before = crash_trials.snapshot(db)
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM articles WHERE seq = (SELECT max(seq) FROM articles)")
    after = crash_trials.snapshot(db)
    assert before["articles"] == 9 and after["articles"] == 8 and after["article_ids"] != before["article_ids"]
    assert crash_trials._check(db) == []  # a whole article gone leaves a consistent store: only the comparison sees it
