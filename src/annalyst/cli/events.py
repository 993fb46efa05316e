"""Commands about events: ``parse``, ``extract``, ``events``, ``evaluate``, ``train`` and ``export events``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from ..api import Annalyst, read_page
from ..errors import ConfigError, InputError
from ..models import STATUSES, Filters
from .articles import export_app
from .common import (DbOption, FormatOption, JsonOption, OutputOption, check_date, err, handles_errors, out, progress_bar,
                     workspace)

__all__ = ["register"]

_HTML = (".html", ".htm", ".xhtml")


def _read_input(source: str, published: str | None):  # noqa: ANN202 - (text | None, Article | None)
    """``-`` or a file: plain text is analysed as it is; an HTML page goes through ingest (furniture removed)."""
    if source == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        path = Path(source).expanduser()
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(source, f"cannot read: {exc.strerror or exc}") from None
        name = source
    head = data[:2000].lstrip().lower()
    if name.endswith(_HTML) or head.startswith((b"<!doctype html", b"<html")):
        return None, read_page(data, name, published)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        raise InputError(name, "not UTF-8 text") from None


def _events_table(events) -> Table:  # noqa: ANN001
    table = Table("date", "type", "actor", "recipient", "status", "trigger", "id")
    for e in events:
        when = e.date.start or "?"
        if e.date.end and e.date.end != e.date.start:
            when += f"..{e.date.end}"
        status = e.status + (f" ({e.attributed_to})" if e.attributed_to else "") + \
            (f" denied by {', '.join(e.denied_by)}" if e.denied_by else "")
        table.add_row(when, e.event_type + (f"/{e.mode}" if e.mode else ""), ", ".join(a.name for a in e.actor),
                      ", ".join(a.name for a in e.recipient), status, e.evidence[0].trigger if e.evidence else "", e.id)
    return table


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def parse(
        source: Annotated[str, typer.Argument(help="A text or HTML file, or - for stdin.")] = "-",
        published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) to resolve relative dates against.")] = None,
        language: Annotated[Optional[str], typer.Option(help="Language code (default: detected).")] = None,
        as_json: JsonOption = False,
        db: DbOption = None,
    ) -> None:
        """Analyse one article or paragraph (mentions, time expressions, events, quotes) without storing it."""
        day = check_date(published, "--published")
        text, article = _read_input(source, day)
        # free text needs no store (the actor dictionary of a new one is the bundled one)
        with workspace(db, create=True) as an:
            result = an.parse(text, published=day, language=language) if article is None else an.parse_article(article)
        if as_json:
            print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
            return
        out.print(_events_table(result.events))
        if result.quotes:
            quotes = Table("speaker", "quote")
            for q in result.quotes:
                quotes.add_row(str(q.speaker), q.text)
            out.print(quotes)
        err.print(f"{len(result.mentions)} mentions, {len(result.time_expressions)} time expressions, "
                  f"{len(result.events)} events, {len(result.quotes)} quotes")

    @app.command()
    @handles_errors
    def extract(
        db: DbOption = None,
        batch_size: Annotated[Optional[int], typer.Option("--batch-size", help="Articles per batch and transaction.")] = None,
        workers: Annotated[Optional[int], typer.Option("--workers", min=1, help="Extraction processes, each loading the model once (env ANNALYST_WORKERS; default 1).")] = None,
        dask: Annotated[Optional[str], typer.Option("--dask", help="Run on a Dask cluster: its scheduler address (tcp://host:8786), or local (env ANNALYST_DASK).")] = None,
        limit: Annotated[Optional[int], typer.Option(min=1, help="Stop after this many articles.")] = None,
        retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Clear the failure marks of articles whose extraction failed or timed out, and try them again.")] = False,
        timeout: Annotated[Optional[float], typer.Option("--timeout", min=0, help="Seconds one article may take before it is marked failed (env ANNALYST_EXTRACT_TIMEOUT; default 300; 0: no limit).")] = None,
        cluster: Annotated[bool, typer.Option("--cluster/--no-cluster", help="Cluster the newly extracted articles afterwards (default), so timelines and dyads include them; --no-cluster leaves that to `annalyst cluster`.")] = True,
    ) -> None:
        """Code every stored article not yet extracted (resumable: a stopped run leaves whole batches stored), then
        cluster them (``--no-cluster``: leave that to `annalyst cluster`, and be told what is stale).
        An article that fails or runs past the time limit is marked failed and skipped (see `annalyst articles
        --failed`)."""
        with workspace(db, write=True, batch_size=batch_size, workers=workers, dask=dask, extract_timeout=timeout) as an:
            if retry_failed:
                cleared = an.retry_extract_failures()
                if cleared:
                    err.print(f"retrying {cleared} article(s) whose extraction had failed")
            total = an.pending_extraction()
            if limit is not None:
                total = min(total, limit)
            with progress_bar("extracting", total=total) as advance:
                n = an.extract(progress=lambda k, note: advance(k, note), limit=limit)
            events = an.count_events()
            failed = an.count_extract_failures()
            stale = an.pending_clustering()
            stats = None
            if cluster and stale:
                with progress_bar("clustering", total=stale) as advance:
                    stats = an.cluster(progress=lambda r: advance(1, r.article_id))
                stale = an.pending_clustering()
        err.print(f"extracted {n} articles; {events} events stored")
        if stats is not None:
            err.print(f"clustered {stats.articles} articles: {stats.clusters_created} new clusters, "
                      f"{stats.clusters_joined} joined", highlight=False)
        if stale:
            err.print(f"clusters are stale: {stale} extracted article(s) not yet clustered, so timelines, dyads and "
                      "the web pages leave them out; run `annalyst cluster`", highlight=False)
        if failed:
            err.print(f"{failed} article(s) marked failed and skipped: `annalyst articles --failed` says why, "
                      "`annalyst extract --retry-failed` tries them again")

    @app.command()
    @handles_errors
    def events(
        db: DbOption = None,
        actor: Annotated[Optional[str], typer.Option(help="Actor id or name on the actor side.")] = None,
        recipient: Annotated[Optional[str], typer.Option(help="Actor id or name on the recipient side.")] = None,
        party: Annotated[Optional[str], typer.Option(help="Actor id or name on either side.")] = None,
        event_type: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. SUPPORT.")] = None,
        status: Annotated[Optional[str], typer.Option(help=f"One of {', '.join(STATUSES)}.")] = None,
        since: Annotated[Optional[str], typer.Option(help="Events ending on or after (YYYY-MM-DD).")] = None,
        until: Annotated[Optional[str], typer.Option(help="Events starting on or before (YYYY-MM-DD).")] = None,
        article: Annotated[Optional[str], typer.Option(help="Only this article's events.")] = None,
        limit: Annotated[int, typer.Option(min=1, help="Rows to show.")] = 100,
        offset: Annotated[int, typer.Option(min=0, help="Rows to skip.")] = 0,
        as_json: JsonOption = False,
    ) -> None:
        """List stored events, oldest first, filtered by actor, recipient, type, status and date range."""
        if status and status not in STATUSES:
            raise ConfigError(f"--status takes one of {', '.join(STATUSES)}, not {status!r}")
        f = Filters(actor=actor, recipient=recipient, party=party, event_type=event_type, status=status,
                    since=check_date(since, "--since"), until=check_date(until, "--until"), article_id=article)
        with workspace(db) as an:
            rows = an.events(f, limit=limit, offset=offset)
        if as_json:
            for e in rows:
                print(json.dumps(e.to_dict(), ensure_ascii=False))
            return
        out.print(_events_table(rows))
        if not rows:
            err.print("no events match" + ("" if any((actor, recipient, party, event_type, status, since, until, article))
                                           else ": try `annalyst extract` after `annalyst ingest`"))

    @app.command()
    @handles_errors
    def evaluate(
        gold: Annotated[list[str], typer.Option("--gold", help="events, seeds, plover, petrarch, re3d, demo or all (repeatable).")] = ["all"],  # noqa: B006
        data: Annotated[Optional[Path], typer.Option("--data", help="The gold data folder (default: ../shared/data).")] = None,
        html: Annotated[bool, typer.Option("--html", help="Seeds: read the HTML pages instead of the text files.")] = False,
        rows: Annotated[bool, typer.Option("--rows", help="Also print each gold set's detail table.")] = False,
        as_json: JsonOption = False,
        db: DbOption = None,
    ) -> None:
        """Score event coding on gold data: the project's own event gold on re3d (dev and test splits apart), then
        the seen data (the seed timeline, PLOVER's gold records, PETRARCH's validation set, the bundled demo
        corpus) under its own heading."""
        from ..evaluate.report import render_reports, reports_to_json

        with workspace(db, create=True) as an:  # evaluates gold files, not the store
            reports = an.evaluate(gold, data_dir=data, html=html)
        if as_json:
            print(json.dumps(reports_to_json(reports, rows=rows), ensure_ascii=False, indent=2))
            return
        render_reports(reports, out, rows=rows)

    @app.command()
    @handles_errors
    def train(
        data: Annotated[Optional[Path], typer.Option("--data", help="The gold data folder (default: ../shared/data).")] = None,
        seed: Annotated[int, typer.Option("--seed", help="Seed of the dev halves and the initial weights.")] = 17,
        output: OutputOption = None,
    ) -> None:
        """Fit the learned check on the rule coder's candidates (re3d dev split and PLOVER gold; never the test
        split) and the type model (the same plus the invented event corpus) and write both models (default: the
        packaged resources/events/learned.json and types.json)."""
        summary = Annalyst().train(data, seed=seed, out=output)
        fit = summary["dev_crossfit"]
        out.print(f"wrote {summary['path']} ({summary['bytes']} bytes); trained on "
                  f"{summary['trained_on']['re3d_dev_candidates']} dev and {summary['trained_on']['plover_candidates']}"
                  f" PLOVER candidates; dev cross-fitted: ECE {fit['rule_confidence_ece']:.3f} (rule confidence) -> "
                  f"{fit['ece']:.3f}, event F1 {fit['f1_before']:.3f} -> {fit['f1_after']:.3f} with rejection; "
                  f"confidence {'calibrated' if summary['enabled'] else 'left as is'}, rejection "
                  f"{'on' if summary['reject'] else 'off'}")
        types = summary["types"]
        tfit = types["dev_crossfit"]
        used = types["trained_on"]
        out.print(f"wrote {types['path']} ({types['bytes']} bytes, {types['features']} features x {types['classes']} "
                  f"classes) from {used['re3d_dev_words']} dev, {used['plover_words']} PLOVER and "
                  f"{used['invented_words']} invented words; dev cross-fitted trigger accuracy "
                  f"{types['dev_crossfit_trigger_accuracy']:.3f}, type macro-F1 {tfit['type_macro_f1_before']:.3f} -> "
                  f"{tfit['type_macro_f1_after']:.3f}, event F1 {tfit['event_f1_before']:.3f} -> "
                  f"{tfit['event_f1_after']:.3f}; propose {tfit['propose'] or 'off'}, retype {tfit['retype'] or 'off'}")

    @export_app.command("events")
    @handles_errors
    def export_events(
        db: DbOption = None,
        fmt: FormatOption = "jsonl",
        output: OutputOption = None,
    ) -> None:
        """Export every stored event (JSONL: the architecture.md Event record per line)."""
        with workspace(db) as an:
            n = an.export_events(fmt, output if output else sys.stdout)
        err.print(f"exported {n} events" + (f" to {output}" if output else ""))
