"""Fixtures of the web tests: the demo store (the bundled demo corpus plus events and clusters from its manifest),
live servers on loopback (read-only, and with the write endpoints on), and an HTTP client."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import sys

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the helpers beside this file (tests/ is not a package)

from annalyst import Annalyst  # noqa: E402
from annalyst.models import stable_id  # noqa: E402
from storebuild import TOKEN, LiveServer, add_xss_article, build_demo_store  # noqa: E402


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A SQLite store with the demo corpus, its manifest's events and clusters, and the markup-laden article."""
    folder = tmp_path_factory.mktemp("serve-store")
    db = folder / "store.db"
    with Annalyst(db=str(db)) as an:
        info = build_demo_store(an)
        info["xss_article"] = add_xss_article(an, folder)
        info["xss_event"] = stable_id("serve-test-xss", info["xss_article"])
        info["xss_cluster"] = stable_id("serve-test-xss-cluster", info["xss_article"])
    info["db"] = str(db)
    return info


@pytest.fixture(scope="session")
def server(demo_store: dict[str, Any]) -> Iterator[LiveServer]:
    """The read-only app over the demo store."""
    from annalyst.serve import create_app

    with LiveServer(create_app(demo_store["db"])) as live:
        yield live


@pytest.fixture(scope="session")
def write_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """An app with the write endpoints on (token ``TOKEN``), over an empty store."""
    from annalyst.serve import create_app

    db = tmp_path_factory.mktemp("serve-write") / "store.db"
    with LiveServer(create_app(str(db), write=True, token=TOKEN)) as live:
        yield live


@pytest.fixture()
def http(server: LiveServer) -> Iterator[Any]:
    import httpx

    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client
