"""Commands that keep a store up to date: watch, run, digest."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import ConfigError
from ..settings import parse_duration
from .articles import print_ingest_report
from .common import DbOption, JsonOption, err, handles_errors, out, workspace

__all__ = ["register", "print_match"]


def print_match(record: dict) -> None:  # noqa: ANN001
    out.print(f"[bold]{record['alert']}[/] {record['reason']}: {record.get('summary') or record.get('cluster_id')}",
              highlight=False)


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def watch(
        sources: Annotated[Optional[list[str]], typer.Argument(help="Feed URLs, feed files or folders (default: the "
                                                                    "[[watch]] entries of config.toml).")] = None,
        db: DbOption = None,
        every: Annotated[Optional[str], typer.Option(help="Time between passes: 90s, 15m, 1h (setting watch_every).")] = None,
        once: Annotated[bool, typer.Option("--once", help="Run one pass and stop.")] = False,
        jsonl: Annotated[Optional[Path], typer.Option(help="Append each new alert match to this JSONL file.")] = None,
        webhook: Annotated[Optional[str], typer.Option(help="POST each new alert match here (setting webhook).")] = None,
        allow_private: Annotated[bool, typer.Option("--allow-private",
                                                    help="Allow URLs on loopback and private addresses.")] = False,
        as_json: Annotated[bool, typer.Option("--json", help="Print alert matches and pass summaries as JSON lines.")] = False,
    ) -> None:
        """Ingest what is new in SOURCES, extract it, update clusters and report alert matches; again and again."""
        try:
            interval = parse_duration(every) if every else None
        except ValueError:
            raise ConfigError(f"--every takes a duration (90s, 15m, 1h), not {every!r}") from None
        an = workspace(db, create=True, write=True, allow_private=allow_private or None, webhook=webhook)
        sources = list(sources or an.settings.watch)
        if not sources:
            raise ConfigError("nothing to watch: give SOURCES, or list them in config.toml as watch tables "
                              "(source = ...)")
        emit = (lambda r: print(json.dumps(r, ensure_ascii=False), flush=True)) if as_json else print_match
        interval = interval if interval is not None else an.settings.watch_every
        passes = 0
        with an:
            try:
                while True:
                    summary = an.watch_pass(sources, emit=emit, jsonl=jsonl)
                    passes += 1
                    for failure in summary.failed:
                        err.print(f"[red]failed[/] {failure.source}: {failure.reason}", highlight=False)
                    if as_json:
                        print(json.dumps({"pass": passes, **summary.to_dict()}), flush=True)
                    else:
                        err.print(f"pass {passes}: {summary.line()}", highlight=False)
                    if once:
                        break
                    time.sleep(interval)
            except KeyboardInterrupt:
                err.print(f"stopped after {passes} pass(es)")

    @app.command()
    @handles_errors
    def run(
        sources: Annotated[list[str], typer.Argument(help="Files, directories, URLs or feeds, as for ingest.")],
        db: DbOption = None,
        allow_private: Annotated[bool, typer.Option("--allow-private",
                                                    help="Allow URLs on loopback and private addresses.")] = False,
    ) -> None:
        """Ingest SOURCES, then extract and cluster what is new: ingest + extract + cluster in one command."""
        with workspace(db, create=True, write=True, allow_private=allow_private or None) as an:
            report, summary = an.run(sources, progress=lambda stage: err.print(f"{stage}...", highlight=False))
        print_ingest_report(report)
        err.print(f"extracted {summary.extracted}, clustered {summary.clustered}, {summary.changes} change(s)",
                  highlight=False)
        if report.failed:
            raise typer.Exit(1)

    @app.command()
    @handles_errors
    def digest(
        since: Annotated[str, typer.Option(help="Since when: 1d, 12h, 30m, or a date (YYYY-MM-DD).")] = "1d",
        db: DbOption = None,
        as_json: JsonOption = False,
    ) -> None:
        """What changed: new events, corroborations, contradictions, resolved forecasts, biggest dyad moves."""
        from ..watch.digest import SECTIONS

        with workspace(db) as an:
            data = an.digest(since)
        if as_json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
            return
        out.print(f"[bold]since {data['since']}[/]")
        for kind, title in SECTIONS:
            out.print(f"\n[bold]{title}[/] ({len(data[kind])})")
            for row in data[kind]:
                out.print(f"  {row['summary']}" + (f" [dim]{row['detail']}[/]" if row["detail"] else ""), highlight=False)
        out.print(f"\n[bold]Biggest dyad moves[/] ({len(data['dyad_moves'])})")
        for row in data["dyad_moves"]:
            out.print(f"  {row['a']} - {row['b']} {row['month']}: {row['before']} -> {row['mean']} "
                      f"({row['move']:+})", highlight=False)
