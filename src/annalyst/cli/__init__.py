"""The ``annalyst`` command: a thin layer that parses arguments, calls the Python API and renders the result.

Each command group lives in its own module with a ``register(app)`` function.
"""

from __future__ import annotations

import importlib
import logging

import typer

__all__ = ["app", "main", "build_app"]

#: modules under ``annalyst.cli`` that add commands, in the order ``--help`` lists them
COMMAND_MODULES = ("articles", "events", "actors", "time", "timeline", "watch", "alerts", "serve", "check")


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="annalyst",
        help="Turn news articles into a sourced, queryable record of political events.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )

    @app.callback()
    def _root(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log what happens to stderr.")) -> None:
        if verbose:
            logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

    from .articles import export_app

    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(app)
    app.add_typer(export_app, name="export")
    return app


app = build_app()


def main() -> None:
    app()
