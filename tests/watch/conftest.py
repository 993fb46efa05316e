"""Fixtures of the watch tests: a loopback webhook receiver."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the helpers beside this file (tests/ is not a package)

from watchkit import Receiver  # noqa: E402


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()
