"""Shared fixtures: the shared gold data (read in place), a store per test, the English pipeline once per session,
Debian's Chromium for the browser tests (one per test module)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any, Iterator

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
    from annalyst.extract.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def base_nlp():
    """The bare English model (no annalyst components), loaded once per session."""
    from annalyst.extract.pipeline import load_base_model, register_extensions

    register_extensions()
    return load_base_model()


def _pg_admin_url() -> str | None:
    import os

    url = os.environ.get("ANNALYST_TEST_PG")
    if not url:
        return None
    return url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url


@contextlib.contextmanager
def _new_pg_database(prefix: str) -> Iterator[str]:
    """A new, empty database on the ANNALYST_TEST_PG server (its SQLAlchemy URL), dropped afterwards; skips the
    test when no server is named."""
    admin = _pg_admin_url()
    if not admin:
        pytest.skip("ANNALYST_TEST_PG is not set (.ci/run starts a PostgreSQL server and sets it)")
    import uuid

    import sqlalchemy as sa

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield sa.engine.make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()


@pytest.fixture(scope="session")
def pg_database():
    """``with pg_database("prefix") as url:`` a new, empty PostgreSQL database, dropped afterwards (skips the test
    when ANNALYST_TEST_PG names no server)."""
    return _new_pg_database


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path, pg_database) -> str:
    """A fresh, empty store: a SQLite file, and (when ANNALYST_TEST_PG names a server) a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    with pg_database("annalyst_test") as url:
        yield url


@pytest.fixture
def store(store_url):
    from annalyst.store import Store

    s = Store(store_url)
    yield s
    s.close()


#: Debian's Chromium (``.ci/run`` installs it); browser tests skip without it
CHROMIUM = Path(os.environ.get("ANNALYST_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-quic", "--no-first-run", "--disable-sync"]
#: screenshots of the browser tests (ignored by git)
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One Chromium per test module (playwright driving Debian's build; nothing is downloaded)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium (CI installs it)")
    playwright = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / ".gitignore").write_text("*\n", encoding="utf-8")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()
