"""Commands about real-world events: cluster, timeline, dyad, clusters, export clusters."""

from __future__ import annotations

import csv
import json
import sys
from typing import Annotated, Any, Optional

import typer
from rich.table import Table

from ..errors import ConfigError
from .articles import export_app
from .common import (DbOption, FormatOption, JsonOption, OutputOption, check_date, err, handles_errors, lit, out,
                     progress_bar, workspace)

__all__ = ["register", "render_timeline", "show_demo_timeline"]

FromOption = Annotated[Optional[str], typer.Option("--from", help="Events on or after this day (YYYY-MM-DD).")]
ToOption = Annotated[Optional[str], typer.Option("--to", help="Events on or before this day (YYYY-MM-DD).")]
ExpandOption = Annotated[bool, typer.Option("--expand", help="Also every actor that acts for each one (ministries, officials).")]
LiteralOption = Annotated[bool, typer.Option("--literal", help="Only events naming the actor itself, not those acting for it.")]
DirectedOption = Annotated[bool, typer.Option("--directed", help="Only the first actor acting on the second.")]


def _when(event: Any) -> str:
    d = event.date
    if not d.start:
        return "undated"
    text = d.start if d.start == d.end or not d.end else f"{d.start}..{d.end}"
    return f"{text} [dim]({d.granularity or '?'})[/]"


def _names(people: list[Any]) -> str:
    return ", ".join(p.name for p in people) or "-"


def render_timeline(an: Any, clusters: list[Any], title: str | None = None) -> Table:
    """The sourced timeline as a rich table: date and granularity, event, status, sources (``an``: the workspace
    that names each article's outlet)."""
    sites = an.source_names(ev.article_id for c in clusters for ev in c.event.evidence)
    table = Table("date", "event", "status", "sources", "cluster", title=title, title_justify="left")
    for c in clusters:
        e = c.event
        what = f"[bold]{e.event_type}[/]{'/' + e.mode if e.mode else ''} {lit(_names(e.actor))} → {lit(_names(e.recipient))}"
        status = e.status
        if c.resolution:
            status += f" [dim]({c.resolution}{' by ' + c.resolved_by[:8] if c.resolved_by else ''})[/]"
        if e.denied_by:
            status += f"\n[dim]denied by {lit(', '.join(e.denied_by))}[/]"
        if c.contradictions:
            status += "\n[red]disputed: " + ", ".join(x["field"] for x in c.contradictions) + "[/]"
        names = sorted({sites.get(ev.article_id, ev.article_id[:8]) for ev in e.evidence})
        sources = f"{c.n_sources} source{'s' if c.n_sources != 1 else ''}, {c.n_articles} article{'s' if c.n_articles != 1 else ''}"
        if names:
            sources += f"\n[dim]{lit(', '.join(names))}[/]"
        table.add_row(_when(e), what, status, sources, c.id[:10])
    return table


def show_demo_timeline(db: str | None) -> None:
    """The end of ``annalyst demo``: extract and cluster what was ingested, then print the main timeline."""
    with workspace(db) as an:
        with progress_bar("extracting events", total=an.pending_extraction()) as advance:
            n = an.extract(progress=lambda k, note: advance(k, note))
        err.print(f"extracted {n} articles")
        with progress_bar("clustering", total=an.pending_clustering()) as advance:
            stats = an.cluster(progress=lambda r: advance(1, r.article_id))
        err.print(f"{stats.events} events in {stats.clusters_created} real-world events; "
                  f"{stats.links} republications and near-duplicates linked", highlight=False)
        pair = an.main_dyad()
        if pair is None:
            err.print("no events between two actors to show")
            return
        names = an.actor_names(pair)
        labels = [names.get(k, k) for k in pair]
        clusters = an.clusters(between=([pair[0]], [pair[1]]), limit=None)
        out.print(render_timeline(an, clusters, title=f"main timeline: {labels[0]} – {labels[1]}"))
        err.print(f"more: annalyst timeline {pair[0]} {pair[1]} --json; annalyst dyad {pair[0]} {pair[1]}", highlight=False)


def register(app: typer.Typer) -> None:
    @app.command("cluster")
    @handles_errors
    def cluster_cmd(
        db: DbOption = None,
        as_of: Annotated[Optional[str], typer.Option("--as-of", help="Expire forecasts whose horizon is before this day (default: the latest publication date stored).")] = None,
        rebuild: Annotated[bool, typer.Option("--rebuild", help="Forget every cluster and cluster all articles again under this version's rules (after an upgrade, or after merging actors).")] = False,
        as_json: JsonOption = False,
    ) -> None:
        """Link near-duplicate articles and merge the events of every article not yet clustered into real-world
        events (clusters); settle forecasts that later reports confirm or refute."""
        with workspace(db, write=True) as an:
            day = check_date(as_of, "--as-of")
            if rebuild:
                removed = an.reset_clusters()
                err.print(f"forgot {removed} clusters; clustering every article again", highlight=False)
            total = an.pending_clustering()
            with progress_bar("clustering", total=total) as advance:
                stats = an.cluster(as_of=day, progress=lambda r: advance(1, r.article_id))
        if as_json:
            print(json.dumps(stats.to_dict(), ensure_ascii=False))
            return
        err.print(
            f"clustered {stats.articles} articles, {stats.events} events: {stats.clusters_created} new clusters, "
            f"{stats.clusters_joined} joined; {stats.links} article links"
            + (f" ({', '.join(f'{k} {v}' for k, v in sorted(stats.link_kinds.items()))})" if stats.links else "")
            + f"; forecasts settled {stats.confirmed_or_refuted}, expired {stats.expired}",
            highlight=False,
        )

    @app.command()
    @handles_errors
    def timeline(
        actors: Annotated[list[str], typer.Argument(help="One actor, or two for the timeline between them: an id (RUS) or a name.")],
        db: DbOption = None,
        since: FromOption = None,
        until: ToOption = None,
        expand: ExpandOption = False,
        literal: LiteralOption = False,
        directed: DirectedOption = False,
        status: Annotated[Optional[list[str]], typer.Option("--status", help="Only these statuses (repeatable).")] = None,
        limit: Annotated[Optional[int], typer.Option(min=1, help="At most this many events.")] = None,
        as_json: JsonOption = False,
    ) -> None:
        """The sourced timeline of an actor or a pair: one row per real-world event, in date order, with the
        date's granularity, status, and the sources that report it. --json prints the Cluster records."""
        if not 1 <= len(actors) <= 2:
            raise ConfigError("timeline takes one or two actors")
        with workspace(db) as an:
            clusters = an.timeline(actors[0], actors[1] if len(actors) > 1 else None, since=check_date(since, "--from"),
                                   until=check_date(until, "--to"), expand=expand, literal=literal, directed=directed,
                                   status=status, limit=limit)
            if as_json:
                print(json.dumps([c.to_dict() for c in clusters], ensure_ascii=False, indent=2))
                return
            labels = [an.actor_ref(a).label for a in actors]
            out.print(render_timeline(an, clusters, title=" – ".join(labels)))
        if not clusters:
            err.print("no events: has `annalyst cluster` run since the articles were extracted?")

    @app.command()
    @handles_errors
    def dyad(
        a: Annotated[str, typer.Argument(help="First actor: id or name.")],
        b: Annotated[str, typer.Argument(help="Second actor: id or name.")],
        db: DbOption = None,
        since: FromOption = None,
        until: ToOption = None,
        expand: ExpandOption = False,
        literal: LiteralOption = False,
        directed: DirectedOption = False,
        status: Annotated[Optional[list[str]], typer.Option("--status", help="Statuses counted (default: asserted, attributed).")] = None,
        as_json: JsonOption = False,
        as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV: month, quad_class, count, sum, mean.")] = False,
    ) -> None:
        """The month-by-month PLOVER-score series (count, sum, mean; overall and by quad class) between two actors,
        computed from real-world events, not from reports."""
        with workspace(db) as an:
            series = an.dyad(a, b, expand=expand, literal=literal, directed=directed, status=status,
                             since=check_date(since, "--from"), until=check_date(until, "--to"))
        if as_json:
            print(json.dumps(series.to_dict(), ensure_ascii=False, indent=2))
            return
        if as_csv:
            writer = csv.DictWriter(sys.stdout, fieldnames=["month", "quad_class", "count", "sum", "mean"])
            writer.writeheader()
            writer.writerows(series.rows())
            return
        arrow = "→" if directed else "↔"
        table = Table("month", "events", "sum", "mean", "verbal coop", "material coop", "verbal conflict",
                      "material conflict", title=f"{series.a} {arrow} {series.b}", title_justify="left")
        for m in series.months:
            if not m.total.count:
                continue  # the table lists months with events; --json and --csv keep the empty months
            cells = []
            for q in ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict"):
                s = m.by_quad_class.get(q)
                cells.append(f"{s.count} ({s.sum:+g})" if s and s.count else "")
            mean = m.total.mean
            table.add_row(m.month, str(m.total.count), f"{m.total.sum:+g}" if m.total.count else "",
                          f"{mean:+.2f}" if mean is not None else "", *cells)
        out.print(table)
        if series.coarse:
            err.print(f"{series.coarse} events dated too coarsely for a month are not in the series", highlight=False)

    @app.command("clusters")
    @handles_errors
    def clusters_cmd(
        db: DbOption = None,
        actor: Annotated[Optional[str], typer.Option(help="Only events by this actor (id or name).")] = None,
        recipient: Annotated[Optional[str], typer.Option(help="Only events aimed at this actor (id or name).")] = None,
        event_type: Annotated[Optional[str], typer.Option("--type", help="Only this PLOVER type.")] = None,
        status: Annotated[Optional[str], typer.Option(help="Only this status.")] = None,
        resolution: Annotated[Optional[str], typer.Option(help="Forecasts only: open, confirmed, refuted, expired.")] = None,
        disputed: Annotated[bool, typer.Option("--disputed", help="Only events whose sources contradict each other.")] = False,
        since: FromOption = None,
        until: ToOption = None,
        limit: Annotated[int, typer.Option(min=1, help="Rows to show.")] = 50,
        offset: Annotated[int, typer.Option(min=0, help="Rows to skip.")] = 0,
        as_json: JsonOption = False,
    ) -> None:
        """List real-world events (clusters) in date order, with filters."""
        with workspace(db) as an:
            found = an.clusters(
                actor=an.actor_ref(actor).keys if actor else None,
                recipient=an.actor_ref(recipient).keys if recipient else None,
                event_type=event_type, status=status, resolution=resolution,
                contradictions=True if disputed else None, since=check_date(since, "--from"), until=check_date(until, "--to"),
                limit=limit, offset=offset,
            )
            if as_json:
                for c in found:
                    print(json.dumps(c.to_dict(), ensure_ascii=False))
                return
            out.print(render_timeline(an, found))
        if not found:
            err.print("no clusters match")

    @export_app.command("clusters")
    @handles_errors
    def export_clusters(
        db: DbOption = None,
        fmt: FormatOption = "jsonl",
        output: OutputOption = None,
    ) -> None:
        """Export every cluster (JSONL: the architecture.md Cluster record per line, the merged event inside)."""
        with workspace(db) as an:
            n = an.export_clusters(fmt, output if output else sys.stdout)
        err.print(f"exported {n} clusters" + (f" to {output}" if output else ""))
