"""Opening a store: the engine for SQLite or PostgreSQL, connection pragmas, and migrations to the head revision."""

from __future__ import annotations

import logging
import os
from urllib.parse import quote
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event

from ..errors import StoreError, StoreTooNew

__all__ = ["make_engine", "migrate", "head_revision", "current_revision"]

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def make_engine(url: str) -> sa.Engine:
    """An engine for ``url``. SQLite gets WAL, foreign keys, a busy timeout and ``BEGIN IMMEDIATE`` transactions
    (so two writers queue instead of failing halfway); PostgreSQL gets a small pool and pre-ping."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the store's directory for {path}: {exc}") from None
        read_only = _read_only_path(path)
        if read_only:
            # a read-only file or file system: open it read-only (immutable where not even the WAL index can be
            # written), so the store can still be read
            flags = "mode=ro&immutable=1" if read_only == "fs" else "mode=ro"
            url = f"sqlite:///file:{quote(path)}?{flags}&uri=true"
        engine = sa.create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})
        _sqlite_hooks(engine)
        return engine
    if url.startswith("postgresql"):
        try:
            return sa.create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)
        except ModuleNotFoundError as exc:
            raise StoreError(f"PostgreSQL needs psycopg: pip install 'annalyst[postgres]' ({exc})") from None
    raise StoreError(f"unsupported store URL {url!r}: give a file path or a postgresql:// URL")


def is_read_only(engine: sa.Engine) -> bool:
    """Whether ``make_engine`` opened this SQLite store read-only."""
    return engine.url.drivername.startswith("sqlite") and "mode=ro" in str(engine.url)


def _read_only_path(path: str) -> str:
    """"fs" when the store file exists but neither it nor its folder can be written (a read-only file system or
    folder), "file" when only the file is read-only, "" otherwise."""
    if not path or path == ":memory:" or path.startswith("file:") or not os.path.isfile(path):
        return ""
    if not os.access(os.path.dirname(os.path.abspath(path)), os.W_OK):
        return "fs"
    return "" if os.access(path, os.W_OK) else "file"


def _sqlite_hooks(engine: sa.Engine) -> None:
    read_only = is_read_only(engine)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (pysqlite's implicit BEGIN is deferred)
        cur = dbapi_conn.cursor()
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        # writers take the write lock up front; readers (execution option readonly=True) don't block them
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("readonly") else "BEGIN IMMEDIATE")


def _alembic_config(connection: sa.Connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(None)  # type: ignore[arg-type]
    return ScriptDirectory.from_config(cfg).get_current_head() or ""


def current_revision(engine: sa.Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_alembic_config(None)).walk_revisions()}  # type: ignore[arg-type]


def migrate(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the store to ``revision`` (default: the newest). Cheap when it is already there. A store written by a
    newer annalyst (a revision this version does not know) raises ``StoreTooNew``; a read-only store (see
    ``make_engine``) is never written: it must be at the newest revision already."""
    from alembic import command

    try:
        current = current_revision(engine)
        if revision == "head" and current == head_revision():
            return
        if current is not None and current not in _known_revisions():
            raise StoreTooNew(f"this store was written by a newer annalyst (revision {current}); upgrade annalyst "
                              f"to read it")
        if is_read_only(engine):
            raise StoreError(f"the store is read-only and at revision {current}, older than this annalyst's "
                             f"{head_revision()}: upgrade it once where it is writable (any annalyst command does)")
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), revision)
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"cannot open the store {engine.url.render_as_string(hide_password=True)}: {short_reason(exc)}") from exc


def short_reason(exc: BaseException) -> str:
    """The first line of a database error, without SQLAlchemy's background link."""
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [exc.__class__.__name__])[0]
