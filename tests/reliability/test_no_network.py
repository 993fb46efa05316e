"""No network at run time except the URLs the user asks for: the whole pipeline over local files (ingest, extract,
cluster, check, a page of the web app) runs with every socket connection and DNS lookup refused, so it cannot be
loading a model, a dictionary or an asset from anywhere."""

from __future__ import annotations

import socket
import warnings

import pytest

from annalyst.api import Annalyst, demo_corpus_path


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(name):  # noqa: ANN001, ANN202
        def blocked(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network access during the test: {name}")
        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def test_no_network_blocker_works(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80))
    assert no_network


@pytest.mark.slow
def test_no_network_pipeline_over_local_files(no_network, tmp_path):
    db = tmp_path / "store.db"
    with Annalyst(db=str(db)) as an:
        report = an.ingest([str(demo_corpus_path())])
        assert report.stored and not report.failed
        assert an.extract(limit=6) == 6
        an.cluster()
        assert an.store.count_events() > 0

        from annalyst.store.check import check_store

        assert check_store(an.store) == []

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from annalyst.serve import create_app

    with TestClient(create_app(str(db))) as client:
        assert client.get("/").status_code == 200
        assert client.get("/api/v1/events").json()["items"]
    assert no_network == [], no_network
