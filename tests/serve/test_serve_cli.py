"""``annalyst serve`` and the exports it brings: ``export network --format graphml``, ``export dyad A B``."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from annalyst.cli import app
from storebuild import RUS, TALIBAN

runner = CliRunner()


def _run(*args: Any) -> Any:
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_serve_cli_help_names_the_options() -> None:
    result = _run("serve", "--help")
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--write"):
        assert option in result.output


def test_serve_cli_write_without_token_fails_cleanly(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.delenv("ANNALYST_TOKEN", raising=False)
    monkeypatch.setenv("ANNALYST_CONFIG", str(tmp_path / "none.toml"))
    result = _run("serve", "--db", tmp_path / "s.db", "--write", "--port", "1")
    assert result.exit_code == 2
    assert "ANNALYST_TOKEN" in result.output


def test_serve_cli_export_network_graphml(demo_store: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "net.graphml"
    result = _run("export", "network", "--db", demo_store["db"], "--format", "graphml", "--output", out)
    assert result.exit_code == 0, result.output
    root = ET.parse(out).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    edges = {(e.get("source"), e.get("target")) for e in root.iterfind(".//g:edge", ns)}
    assert (RUS, TALIBAN) in edges
    only_assaults = _run("export", "network", "--db", demo_store["db"], "--event-type", "ASSAULT")
    root = ET.fromstring(only_assaults.stdout)
    assert (RUS, TALIBAN) not in {(e.get("source"), e.get("target")) for e in root.iterfind(".//g:edge", ns)}
    assert _run("export", "network", "--db", demo_store["db"], "--format", "gexf").exit_code == 2


def test_serve_cli_export_dyad_csv(demo_store: dict[str, Any]) -> None:
    result = _run("export", "dyad", RUS, TALIBAN, "--db", demo_store["db"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert demo_store["delivery"] in {r["id"] for r in rows}
    assert {r["a"] for r in rows} == {RUS} and {r["b"] for r in rows} == {TALIBAN}
    by_name = _run("export", "dyad", "Russia", "Taliban", "--db", demo_store["db"])
    assert [r["id"] for r in csv.DictReader(io.StringIO(by_name.stdout))] == [r["id"] for r in rows]
    since = _run("export", "dyad", RUS, TALIBAN, "--db", demo_store["db"], "--since", "2025-01-01")
    assert all(r["date"] >= "2025-01-01" for r in csv.DictReader(io.StringIO(since.stdout)))
    assert _run("export", "dyad", RUS, TALIBAN, "--db", demo_store["db"], "--since", "soon").exit_code == 2
