"""``annalyst time``: resolve time expressions against a publication date, to check the conventions of docs/time.md."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer

from ..api import resolve_time
from .common import JsonOption, handles_errors, out

__all__ = ["register", "FIELDS"]

#: the TimeExpr fields printed for each expression
FIELDS = ("text", "value_start", "value_end", "granularity", "anchor")


def register(app: typer.Typer) -> None:
    """Add the ``time`` command to ``app``."""
    @app.command("time")
    @handles_errors
    def time_command(
        expressions: Annotated[list[str], typer.Argument(
            help="Expressions to resolve, each as one expression; '-' reads one expression per line from stdin.",
            show_default=False)],
        published: Annotated[Optional[str], typer.Option(
            "--published", help="Publication date (YYYY-MM-DD) that relative expressions are resolved against.")] = None,
        lang: Annotated[str, typer.Option("--lang", help="Language code: en, ru, ur, fa, ps, zh, ar.")] = "en",
        json_out: JsonOption = False,
    ) -> None:
        """Resolve time expressions to intervals ("late 2022", "earlier this month", "2025年4月17日")."""
        texts: list[str] = []
        for item in expressions:
            if item == "-":
                texts.extend(line.rstrip("\r\n") for line in sys.stdin if line.strip())
            else:
                texts.append(item)
        results = [resolve_time(t, published, lang) for t in texts]
        if json_out:
            for r in results:
                typer.echo(json.dumps({k: getattr(r, k) for k in FIELDS}, ensure_ascii=False))
            return
        from rich.table import Table

        table = Table("text", "start", "end", "granularity", "anchor")
        for r in results:
            table.add_row(r.text, r.value_start or "-", r.value_end or "-", r.granularity or "-", r.anchor or "-")
        out.print(table)
