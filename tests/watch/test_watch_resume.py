"""kill -9 of a watcher at any stage of a pass, then a rerun: the alerts reported by both runs together are exactly
those of an uninterrupted pass, each once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from watchkit import FIRST, SECOND, drop

#: a watcher that kills itself (SIGKILL) when it reaches the stage named in argv[3]
SCRIPT = """
import os, signal, sys
from pathlib import Path
from annalyst import Annalyst
db, folder, stop, out = sys.argv[1:5]
def stage(name):
    if name == stop:
        os.kill(os.getpid(), signal.SIGKILL)
with Annalyst(db=db) as an:
    if not an.alerts():
        an.add_alert("ttp", actor="Tehrik-i-Taliban Pakistan")
    an.watch_pass([folder], on_stage=stage, jsonl=Path(out))
"""


def _watch(db: Path, folder: Path, stop: str, out: Path) -> int:
    env = {**os.environ, "ANNALYST_CONFIG": str(db.parent / "none.toml")}
    return subprocess.run([sys.executable, "-c", SCRIPT, str(db), str(folder), stop, str(out)], env=env,
                          timeout=600).returncode


def _records(out: Path) -> list[tuple[str, str, str]]:
    if not out.exists():
        return []
    return [(r["reason"], r["summary"], r["detail"] or "") for r in map(json.loads, out.read_text().splitlines())]


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The alerts of two uninterrupted passes (the second after a second report of the bombing)."""
    root = tmp_path_factory.mktemp("reference")
    folder, out = root / "inbox", root / "alerts.jsonl"
    drop(FIRST, folder)
    assert _watch(root / "store.db", folder, "never", out) == 0
    drop(SECOND, folder)
    assert _watch(root / "store.db", folder, "never", out) == 0
    records = _records(out)
    assert {"new", "corroborated"} <= {r[0] for r in records}
    return records


@pytest.mark.slow
@pytest.mark.parametrize("stop", ["extract", "cluster", "changes", "alerts", "deliver"])
def test_kill9_mid_pass_neither_loses_nor_repeats(tmp_path, reference, stop):
    folder, out, db = tmp_path / "inbox", tmp_path / "alerts.jsonl", tmp_path / "store.db"
    drop(FIRST, folder)
    assert _watch(db, folder, "never", out) == 0
    drop(SECOND, folder)
    assert _watch(db, folder, stop, out) == -9  # killed mid-pass, after the earlier stages committed
    assert _watch(db, folder, "never", out) == 0  # the rerun finishes the pass
    records = _records(out)
    assert len(records) == len(set(records)), "an alert was repeated"
    assert sorted(records) == sorted(reference), "an alert was lost"
