"""What every command shares: the ``--db`` option, the workspace, consoles, and turning errors into messages."""

from __future__ import annotations

import contextlib
import functools
import sys
from pathlib import Path
from typing import Annotated, Any, Callable, Iterator, Optional

import typer
from rich.console import Console
from rich.markup import escape as lit

from ..api import Annalyst
from ..errors import AnnalystError, ConfigError, InputError, NotFound, StoreDamaged, StoreTooNew

__all__ = ["DbOption", "JsonOption", "FormatOption", "OutputOption", "out", "err", "lit", "workspace", "handles_errors",
           "progress_bar", "check_date"]

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="Store: a SQLite file or a postgresql:// URL (env ANNALYST_DB; default: the user data dir)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
#: the record exports' format (``annalyst export articles|events|clusters``)
FormatOption = Annotated[str, typer.Option("--format", "-f", help="One of jsonl, csv, parquet.")]
OutputOption = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file (default: stdout).")]


def check_date(value: str | None, flag: str) -> str | None:
    """``value`` as an ISO day (None stays None); anything else is a usage error naming ``flag``."""
    from ..ingest.metadata import parse_date

    if value is None:
        return None
    day = parse_date(value)
    if not day:
        raise ConfigError(f"{flag} takes a date as YYYY-MM-DD, not {value!r}")
    return day


def workspace(db: str | None, *, create: bool = False, write: bool = False, **overrides: Any) -> Annalyst:
    """The workspace of ``--db``. Only commands that bring data in (``create=True``: ingest, demo, actor edits)
    may create a new SQLite store; any other command refuses a store file that does not exist, so a mistyped
    ``--db`` says so instead of answering from a new empty store. Commands that write (``write=True``) first refuse
    a damaged store (``Annalyst.refuse_damaged``)."""
    an = Annalyst(db=db, **overrides)
    url = an.settings.db_url
    if not create and url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):])
        if not path.exists():
            raise ConfigError(f"no store at {path}: check --db (or ANNALYST_DB); `annalyst ingest` or "
                              f"`annalyst demo` creates a new one")
    if write:
        an.refuse_damaged()
    return an


def handles_errors(fn: Callable) -> Callable:
    """Turn annalyst's errors into one line on stderr and an exit code (2 for usage/config, 1 otherwise)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except NotFound as exc:
            err.print(f"[red]not found:[/] {lit(str(exc))}", highlight=False)
            raise typer.Exit(1) from None
        except (ConfigError, StoreTooNew, StoreDamaged) as exc:
            err.print(f"[red]error:[/] {lit(str(exc))}", highlight=False)
            raise typer.Exit(2) from None
        except InputError as exc:
            err.print(f"[red]failed:[/] {lit(exc.source)}: {lit(exc.reason)}", highlight=False)
            raise typer.Exit(1) from None
        except AnnalystError as exc:
            err.print(f"[red]error:[/] {lit(str(exc))}", highlight=False)
            raise typer.Exit(1) from None

    return wrapper


@contextlib.contextmanager
def progress_bar(description: str, total: int | None = None) -> Iterator[Callable[..., None]]:
    """A rich progress bar on stderr (hidden when stderr is not a terminal); yields ``advance(n=1, note="")``."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    if not sys.stderr.isatty():
        yield lambda n=1, note="": None
        return
    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("[dim]{task.fields[note]}")]
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(description, total=total, note="")

        def advance(n: int = 1, note: str = "") -> None:
            progress.update(task, advance=n, note=note[-60:])

        yield advance
