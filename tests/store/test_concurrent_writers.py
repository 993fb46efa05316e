"""Two ``annalyst ingest`` processes at once on overlapping inputs, into one SQLite file or one PostgreSQL database:
every article is stored once, nothing is lost, and each process accounts for every input (stored or duplicate)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import sqlalchemy as sa

N_FILES = 600
OVERLAP = 300  # files 0..449 go to the first process, 150..599 to the second


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> list[str]:
    root = tmp_path_factory.mktemp("overlap")
    paths = []
    for i in range(N_FILES):
        path = root / f"r{i:04d}.txt"
        path.write_text(
            f"Border report {i}\n\nMay {i % 28 + 1}, 2025\n\nOfficials in Torkham said on day {i} that {i % 9 + 2} "
            f"convoys crossed from Pakistan after the gate reopened; a delegation of {i} traders met customs staff.\n",
            encoding="utf-8",
        )
        paths.append(str(path))
    return paths


def _ingest(db: str, paths: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "annalyst.cli", "ingest", "--db", db, *paths],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "ANNALYST_BATCH_SIZE": "10"},  # many small transactions, so the two interleave
    )


def _counts(stderr: str) -> tuple[int, int, int]:
    found = re.search(r"stored (\d+), duplicates (\d+), failed (\d+)", stderr)
    assert found, stderr[-2000:]
    return int(found[1]), int(found[2]), int(found[3])


def test_concurrent_writers_two_ingests_lose_nothing(store, files):
    url = store.url
    store.count_articles()  # the schema exists before both processes start (as after a first run)
    half = (N_FILES + OVERLAP) // 2
    first, second = files[:half], files[N_FILES - half:]
    procs = [_ingest(url, first), _ingest(url, second)]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (_out, err) in zip(procs, outputs):
        assert proc.returncode == 0, err[-2000:]
    (s1, d1, f1), (s2, d2, f2) = (_counts(err) for _out, err in outputs)
    assert f1 == f2 == 0
    assert s1 + d1 == len(first) and s2 + d2 == len(second)
    assert s1 + s2 == N_FILES  # each article stored by exactly one of the two processes
    with store.read() as conn:
        total = conn.execute(sa.text("SELECT count(*), count(DISTINCT id), count(DISTINCT content_hash) FROM articles")).one()
        sources = {r[0] for r in conn.execute(sa.text("SELECT source FROM articles"))}
    assert tuple(total) == (N_FILES, N_FILES, N_FILES)
    assert len(sources) == N_FILES


def test_concurrent_writers_ingest_while_extracting(store, files, tmp_path):
    """An ingest running while another process extracts: the new articles stay pending, none is lost."""
    url = store.url
    seed = _ingest(url, files[:40])
    assert seed.wait(timeout=300) == 0
    extract = subprocess.Popen([sys.executable, "-m", "annalyst.cli", "extract", "--db", url, "--batch-size", "8"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    more = _ingest(url, files[40:200])
    _, err_more = more.communicate(timeout=300)
    _, err_extract = extract.communicate(timeout=300)
    assert more.returncode == 0, err_more[-2000:]
    assert extract.returncode == 0, err_extract[-2000:]
    with store.read() as conn:
        n, extracted = conn.execute(sa.text("SELECT count(*), count(extracted_at) FROM articles")).one()
    assert n == 200 and extracted >= 40
