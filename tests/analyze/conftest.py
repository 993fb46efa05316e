"""Fixtures of the analysis tests: a fresh SQLite store with helpers (``eventkit.World``).

The suite runs with ``--import-mode=importlib``, so this folder is put on ``sys.path`` here for ``eventkit``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from eventkit import World  # noqa: E402


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path / "store.db")
    yield w
    w.close()
