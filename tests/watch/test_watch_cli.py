"""The commands: ``run`` (ingest + extract + cluster once), ``alerts add/list/check/log/remove``, ``watch --once``
with [[watch]] entries from config.toml, and ``digest`` (table and JSON)."""

from __future__ import annotations

import json

from typer.testing import CliRunner
from watchkit import FIRST, SECOND, drop

from annalyst.cli import app

runner = CliRunner()


def _ok(*args: str, env: dict | None = None):
    result = runner.invoke(app, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result


def test_run_alerts_watch_and_digest(tmp_path):
    db = str(tmp_path / "s.db")
    folder = tmp_path / "inbox"
    config = tmp_path / "config.toml"
    config.write_text(f'[[watch]]\nsource = "{folder}"\n', encoding="utf-8")
    env = {"ANNALYST_CONFIG": str(config)}

    _ok("alerts", "add", "ttp", "--actor", "Tehrik-i-Taliban Pakistan", "--type", "ASSAULT", "--db", db, env=env)
    bad = runner.invoke(app, ["alerts", "add", "ttp", "--db", db], env=env)
    assert bad.exit_code == 2 and "exists" in bad.output
    listed = json.loads(_ok("alerts", "list", "--json", "--db", db, env=env).stdout)
    assert listed["filters"]["actor"] == "Tehrik-i-Taliban Pakistan" and listed["matches"] == 0

    _ok("run", str(FIRST), "--db", db, env=env)  # ingest + extract + cluster in one command
    checked = [json.loads(line) for line in _ok("alerts", "check", "--json", "--db", db, env=env).stdout.splitlines()]
    assert [(r["alert"], r["reason"], r["event_type"]) for r in checked] == [("ttp", "new", "ASSAULT")]
    assert _ok("alerts", "check", "--json", "--db", db, env=env).stdout == ""  # reported once

    drop(SECOND, folder)
    watched = _ok("watch", "--once", "--json", "--db", db, env=env)  # the source comes from config.toml
    lines = [json.loads(line) for line in watched.stdout.splitlines()]
    # the second report corroborates the bombing and states it itself (attributed -> asserted)
    assert [(r["reason"], r["detail"]) for r in lines if "alert" in r] == [("corroborated", None),
                                                                          ("status_changed", "attributed->asserted")]
    assert lines[-1]["pass"] == 1 and lines[-1]["stored"] == 1

    log = [json.loads(line) for line in _ok("alerts", "log", "--json", "--db", db, env=env).stdout.splitlines()]
    assert [r["reason"] for r in log] == ["status_changed", "corroborated", "new"]
    digest = json.loads(_ok("digest", "--since", "1d", "--json", "--db", db, env=env).stdout)
    assert checked[0]["cluster_id"] in [r["cluster_id"] for r in digest["corroborated"]]
    assert any(m["move"] for m in digest["dyad_moves"])
    table = _ok("digest", "--db", db, env=env).stdout
    assert table.index("New events") < table.index("Corroborated") < table.index("Biggest dyad moves")
    assert runner.invoke(app, ["digest", "--since", "soon", "--db", db], env=env).exit_code == 2

    _ok("alerts", "remove", "ttp", "--db", db, env=env)
    assert _ok("alerts", "list", "--json", "--db", db, env=env).stdout == ""
    assert runner.invoke(app, ["alerts", "remove", "ttp", "--db", db], env=env).exit_code == 1


def test_watch_without_sources_says_what_to_do(tmp_path):
    result = runner.invoke(app, ["watch", "--once", "--db", str(tmp_path / "s.db")],
                           env={"ANNALYST_CONFIG": str(tmp_path / "none.toml")})
    assert result.exit_code == 2 and "config.toml" in result.output


def test_a_new_alert_does_not_report_clusters_already_stored(tmp_path):
    db = str(tmp_path / "s.db")
    _ok("run", str(FIRST), "--db", db)
    _ok("alerts", "add", "ttp", "--actor", "Tehrik-i-Taliban Pakistan", "--db", db)
    assert _ok("alerts", "check", "--json", "--db", db).stdout == ""


def test_digest_sees_clusters_made_by_the_three_commands(tmp_path):
    """Clusters made by ``ingest`` + ``extract`` (which clusters) without any watcher are in the change journal, so
    the digest after them is not an empty 'nothing changed'."""
    db = str(tmp_path / "s.db")
    _ok("ingest", str(FIRST), str(SECOND), "--db", db)
    _ok("extract", "--db", db)
    digest = json.loads(_ok("digest", "--since", "1d", "--json", "--db", db).stdout)
    assert digest["new"], digest  # before: empty (only a watch pass journaled), though the store had clusters
