"""Shared fixtures: the shared gold data (read in place), a store per test, the English pipeline once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` beside the project; tests that need it skip when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not beside the project (gold data is read in place, never copied)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def nlp():
    """The full English pipeline with annalyst's components, loaded once per session."""
    from annalyst.extract.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def base_nlp():
    """The bare English model (no annalyst components), loaded once per session."""
    from annalyst.extract.pipeline import load_base_model, register_extensions

    register_extensions()
    return load_base_model()
