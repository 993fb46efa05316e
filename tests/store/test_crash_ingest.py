"""kill -9 during a large ingest leaves a store that opens, passes SQLite's integrity check and holds only whole
articles; rerunning the ingest completes the work without duplicates."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from annalyst.ingest.metadata import content_hash

N_FILES = 1500


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    for i in range(N_FILES):
        (root / f"a{i:05d}.txt").write_text(
            f"Report {i} from the border\n\nJune {i % 28 + 1}, 2025\n\n"
            f"Officials in Herat said on day {i} that {i % 7 + 2} trucks of wheat crossed from Iran after the customs post "
            f"reopened, and that talks on tariffs would continue next week in Mashhad with a delegation of {i} traders.\n",
            encoding="utf-8",
        )
    return root


def _ingest(corpus, db):
    return subprocess.Popen(
        [sys.executable, "-m", "annalyst.cli", "ingest", str(corpus), "--db", str(db)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "ANNALYST_BATCH_SIZE": "50"},
    )


def _wait_for_rows(db, minimum, timeout=120.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    if conn.execute("select count(*) from articles").fetchone()[0] >= minimum:
                        return
            except sqlite3.Error:
                pass
        time.sleep(0.05)
    raise AssertionError("ingest did not start writing")


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(3))
def test_crash_kill9_during_ingest_loses_nothing_stored(corpus, tmp_path, trial):
    db = tmp_path / "store.db"
    proc = _ingest(corpus, db)
    _wait_for_rows(db, 50 * (trial + 1))
    time.sleep(0.05 * trial)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("select text, content_hash from articles").fetchall()
        assert 0 < len(rows) < N_FILES
        assert len(rows) % 50 == 0, "only whole batches are committed"
        assert all(content_hash(text) == digest for text, digest in rows)
        fts = conn.execute("select count(*) from articles_fts").fetchone()[0]
        assert fts == len(rows)

    rerun = _ingest(corpus, db)
    assert rerun.wait(timeout=300) == 0
    with sqlite3.connect(db) as conn:
        total, distinct = conn.execute("select count(*), count(distinct id) from articles").fetchone()
    assert total == distinct == N_FILES
