"""``annalyst time``: JSON lines, stdin, the table, errors."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from annalyst.cli.time import FIELDS, register


@pytest.fixture()
def app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:  # keeps "time" a subcommand even when it is the only one
        pass

    register(app)
    return app


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_time_cli_prints_one_json_line_per_expression(app: typer.Typer) -> None:
    result = CliRunner().invoke(
        app, ["time", "late 2022", "In April this year", "Pakistan may take action", "--published", "2025-07-12",
              "--json"])
    assert result.exit_code == 0, result.output
    rows = _lines(result.output)
    assert [tuple(r) for r in rows] == [FIELDS] * 3
    assert rows[0] == {"text": "late 2022", "value_start": "2022-09-01", "value_end": "2022-12-31",
                       "granularity": "quarter", "anchor": None}
    assert rows[1]["value_start"] == "2025-04-01" and rows[1]["anchor"] == "published"
    assert rows[2] == {"text": "Pakistan may take action", "value_start": None, "value_end": None,
                       "granularity": None, "anchor": None}


def test_time_cli_reads_expressions_from_stdin(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["time", "-", "--published", "2025-07-12", "--lang", "zh", "--json"],
                                input="2025年4月17日\n\n去年\n")
    assert result.exit_code == 0, result.output
    rows = _lines(result.output)
    assert [(r["text"], r["value_start"], r["value_end"]) for r in rows] == [
        ("2025年4月17日", "2025-04-17", "2025-04-17"), ("去年", "2024-01-01", "2024-12-31")]


def test_time_cli_prints_a_table_without_json(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["time", "the late 2010s", "--published", "2025-07-12"])
    assert result.exit_code == 0, result.output
    assert "the late 2010s" in result.output and "2017-01-01" in result.output
    assert "part_of_decade" in result.output
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.output.splitlines()[0])


def test_time_cli_relative_expression_without_publication_is_null(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["time", "last week", "--json"])
    assert result.exit_code == 0
    assert _lines(result.output)[0]["value_start"] is None


def test_time_cli_bad_publication_date_fails_with_a_message(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["time", "late 2022", "--published", "2025-13-01"])
    assert result.exit_code == 1
    assert "published" in result.output


def test_time_cli_has_help(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["time", "--help"])
    assert result.exit_code == 0
    assert "--published" in result.output and "stdin" in result.output
