"""Fixtures of the extraction tests: one event coder per test module."""

from __future__ import annotations

import pytest

from annalyst.extract.events import EventCoder


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()
