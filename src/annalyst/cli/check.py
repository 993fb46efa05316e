"""``annalyst check``: is the store whole (SQLite integrity, orphan rows, cluster membership, full-text index)?"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..errors import NotFound
from .common import DbOption, JsonOption, err, handles_errors, out

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
        from ..settings import Settings
        from ..store import Store
        from ..store.check import check_store

        url = Settings().replace(db=db).db_url
        if url.startswith("sqlite:///"):
            path = Path(url[len("sqlite:///"):])
            if not path.exists():
                raise NotFound(f"no store at {path}")
        store = Store(url, auto_migrate=False)
        try:
            problems = check_store(store, deep=not quick)
        finally:
            store.close()
        if as_json:
            print(json.dumps({"store": store.display_url, "ok": not problems,
                              "problems": [p.to_dict() for p in problems]}, ensure_ascii=False))
        else:
            for problem in problems:
                out.print(str(problem), highlight=False, markup=False)
            err.print(f"{store.display_url}: " + (f"{len(problems)} problem(s)" if problems else "ok"), highlight=False,
                      markup=False)
        if problems:
            raise typer.Exit(1)
