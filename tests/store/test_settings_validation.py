"""Every setting has a type and a range in the one table; bad values are a ConfigError from every source."""

from __future__ import annotations

import pytest

from annalyst.errors import ConfigError
from annalyst.settings import SETTINGS, Settings

BAD = [
    ("batch_size", 0), ("batch_size", -5), ("batch_size", "abc"), ("batch_size", True),
    ("fetch_timeout", float("nan")), ("fetch_timeout", float("inf")), ("fetch_timeout", -1), ("fetch_timeout", "nan"),
    ("max_bytes", [1, 2]), ("max_bytes", 0), ("allow_private", 2), ("allow_private", "maybe"),
    ("workers", -2), ("workers", 0), ("link_threshold", 5), ("link_threshold", -0.1),
    ("extract_timeout", -1), ("query_timeout", "inf"), ("coder", "magic"),
    ("token", "short"), ("token", "ünïcödé-token-value-x"), ("token", "a-long-enough-token-value "),
]


@pytest.mark.parametrize("name,value", BAD)
def test_bad_keyword_values_are_refused(name, value):
    with pytest.raises(ConfigError, match=name):
        Settings(**{name: value})


@pytest.mark.parametrize("name,value", [(n, v) for n, v in BAD if not isinstance(v, (list, bool))])
def test_bad_environment_values_are_refused(monkeypatch, name, value):
    monkeypatch.setenv(f"ANNALYST_{name.upper()}", str(value))
    with pytest.raises(ConfigError, match=f"ANNALYST_{name.upper()}"):
        Settings()


@pytest.mark.parametrize("line", ["batch_size = 0", "max_bytes = [1, 2]", "allow_private = 2",
                                  'fetch_timeout = "nan"', "fetch_timeout = inf", "workers = -2",
                                  "link_threshold = 5.0"])
def test_bad_config_file_values_are_refused(monkeypatch, tmp_path, line):
    path = tmp_path / "config.toml"
    path.write_text(line + "\n", encoding="utf-8")
    monkeypatch.setenv("ANNALYST_CONFIG", str(path))
    with pytest.raises(ConfigError, match=line.split()[0]):
        Settings()


def test_good_values_are_typed(monkeypatch, tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('batch_size = "32"\nallow_private = true\nfetch_timeout = 3\n', encoding="utf-8")
    monkeypatch.setenv("ANNALYST_CONFIG", str(path))
    monkeypatch.setenv("ANNALYST_WORKERS", "2")
    s = Settings(link_threshold="0.5")
    assert (s.batch_size, s.allow_private, s.fetch_timeout, s.workers, s.link_threshold) == (32, True, 3.0, 2, 0.5)


def test_every_default_passes_its_own_check():
    for setting in SETTINGS:
        assert setting.check(setting.default, setting.name) == setting.default


def test_cli_reports_a_bad_setting_in_one_line(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from annalyst.cli import app

    monkeypatch.setenv("ANNALYST_BATCH_SIZE", "0")
    result = CliRunner().invoke(app, ["extract", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "ANNALYST_BATCH_SIZE" in result.stderr and "Traceback" not in result.stderr


def test_serve_refuses_a_token_that_can_never_match(tmp_path):
    from annalyst.serve import create_app

    for token in ("ünïcödé-token-value-x", "a-long-enough-token-value ", "short"):
        with pytest.raises(ConfigError, match="token"):
            create_app(str(tmp_path / "s.db"), write=True, token=token)
