"""``annalyst check``: is the store whole (SQLite integrity, orphan rows, cluster membership, full-text index)?"""

from __future__ import annotations

import json
from typing import Annotated

import typer

from .common import DbOption, JsonOption, err, handles_errors, out, workspace

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def check(
        db: DbOption = None,
        as_json: JsonOption = False,
        quick: Annotated[bool, typer.Option("--quick", help="Skip the checks that read every record and text.")] = False,
    ) -> None:
        """Check the store: SQLite integrity, orphan rows, cluster membership, the full-text index. Exits 0 when
        clean, 1 with one line per problem."""
        an = workspace(db)
        problems = an.check(deep=not quick)
        display = an.store_url
        if as_json:
            print(json.dumps({"store": display, "ok": not problems,
                              "problems": [p.to_dict() for p in problems]}, ensure_ascii=False))
        else:
            for problem in problems:
                out.print(str(problem), highlight=False, markup=False)
            err.print(f"{display}: " + (f"{len(problems)} problem(s)" if problems else "ok"), highlight=False,
                      markup=False)
        if problems:
            raise typer.Exit(1)
