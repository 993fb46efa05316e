"""Fixtures of the extraction tests: one event coder per test module."""

from __future__ import annotations

import pytest

from annalyst.extract.events import EventCoder


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()


@pytest.fixture(scope="module")
def names_nlp():
    """The pipeline of names and places only (actors and places components): one per test module."""
    from annalyst.extract.pipeline import build_pipeline

    return build_pipeline(components=("annalyst_actors", "annalyst_places"))
