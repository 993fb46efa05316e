"""Opening a store that cannot be written (read-only file system: opened read-only) or that a newer annalyst
wrote (one clear line, exit 2); over a real SQLite file and the real CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from annalyst import Annalyst
from annalyst.api import demo_corpus_path
from annalyst.errors import StoreTooNew
from annalyst.store import Store


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "annalyst", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    folder.mkdir()
    db = folder / "demo.db"
    with Annalyst(db=str(db)) as an:
        assert an.ingest([str(demo_corpus_path())]).stored
    return db


def test_newer_store_says_upgrade_annalyst(demo_db: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{demo_db}")
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    engine.dispose()
    with pytest.raises(StoreTooNew, match="0099_from_the_future"):
        Store(f"sqlite:///{demo_db}")
    for args in (["articles"], ["events"], ["ingest", str(demo_corpus_path())]):
        result = _cli(*args, "--db", str(demo_db))
        assert result.returncode == 2, result.stderr
        assert "written by a newer annalyst (revision 0099_from_the_future); upgrade annalyst" in result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not shutil.which("unshare"), reason="needs unshare to mount a read-only file system")
def test_store_on_a_read_only_file_system_can_be_read(demo_db: Path) -> None:
    folder = demo_db.parent
    expected = _cli("articles", "--json", "--limit", "500", "--db", str(demo_db))
    assert expected.returncode == 0, expected.stderr
    script = (f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && "
              f"touch {folder}/probe 2>/dev/null && echo WRITABLE; "
              f"{sys.executable} -m annalyst articles --json --limit 500 --db {demo_db}")
    env = dict(os.environ)
    result = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, timeout=300, env=env)
    if "Operation not permitted" in result.stderr and "mount" in result.stderr:
        pytest.skip("this machine does not allow a private read-only mount")
    assert "WRITABLE" not in result.stdout
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == len(expected.stdout.splitlines()) > 0
