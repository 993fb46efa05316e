"""``annalyst alerts``: saved alerts (add, list, remove), their new matches (check) and their history (log)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from .common import DbOption, JsonOption, err, handles_errors, out, workspace
from .watch import print_match

__all__ = ["register"]

alerts_app = typer.Typer(help="Saved alerts: what to tell you about as new articles come in.", no_args_is_help=True)


@alerts_app.command("add")
@handles_errors
def add(
    name: Annotated[str, typer.Argument(help="A name for the alert (letters, digits, _ . -).")],
    actor: Annotated[Optional[str], typer.Option(help="Actor (name or id); with --recipient: either way round.")] = None,
    recipient: Annotated[Optional[str], typer.Option(help="Recipient (name or id).")] = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")] = None,
    status: Annotated[Optional[str], typer.Option(help="Event status, e.g. asserted, predicted.")] = None,
    quad_class: Annotated[Optional[str], typer.Option(help="Quad class, e.g. 'material conflict'.")] = None,
    min_sources: Annotated[int, typer.Option(help="Least number of independent sources.")] = 1,
    place: Annotated[Optional[str], typer.Option(help="Place or country name the event is located in.")] = None,
    score_shift: Annotated[Optional[float], typer.Option(help="Dyad alert: report when the pair's monthly mean "
                                                               "PLOVER score moves by more than this.")] = None,
    db: DbOption = None,
) -> None:
    """Save an alert; it matches what changes from now on."""
    with workspace(db, create=True, write=True) as an:
        an.add_alert(name, actor=actor, recipient=recipient, event_type=event_type, status=status,
                     quad_class=quad_class, min_sources=min_sources, place=place, score_shift=score_shift)
    err.print(f"alert {name} saved")


@alerts_app.command("list")
@handles_errors
def list_(db: DbOption = None, as_json: JsonOption = False) -> None:
    """The saved alerts, with their filters and how many matches they have."""
    with workspace(db) as an:
        rows = an.alerts()
    if as_json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    table = Table("name", "filters", "matches", "not reported")
    for row in rows:
        filters = ", ".join(f"{k}={v}" for k, v in row["filters"].items() if k != "name")
        table.add_row(row["name"], filters, str(row["matches"]), str(row["pending"]))
    out.print(table)
    if not rows:
        err.print("no alerts: try `annalyst alerts add NAME --actor A --recipient B`")


@alerts_app.command("remove")
@handles_errors
def remove(name: Annotated[str, typer.Argument(help="The alert's name.")], db: DbOption = None) -> None:
    """Remove an alert and its matches."""
    with workspace(db, write=True) as an:
        n = an.remove_alert(name)
    err.print(f"alert {name} removed ({n} match(es) with it)")


@alerts_app.command("check")
@handles_errors
def check(
    db: DbOption = None,
    as_json: JsonOption = False,
    jsonl: Annotated[Optional[Path], typer.Option(help="Also append the matches to this JSONL file.")] = None,
) -> None:
    """The matches not reported yet (each reported once): alert, reason, cluster, summary and evidence."""
    emit = (lambda r: print(json.dumps(r, ensure_ascii=False))) if as_json else print_match
    with workspace(db, write=True) as an:
        found = an.check_alerts(emit=emit, jsonl=jsonl)
    if not as_json:
        err.print(f"{len(found)} new match(es)")


@alerts_app.command("log")
@handles_errors
def log(
    name: Annotated[Optional[str], typer.Argument(help="Only this alert.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Matches to show.")] = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Every match recorded so far, newest first (reported or not)."""
    with workspace(db) as an:
        rows = an.alert_log(name, limit=limit)
    if as_json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    table = Table("matched", "alert", "reason", "summary")
    for row in rows:
        table.add_row(row["matched_at"], row["alert"], row["reason"], row.get("summary") or "")
    out.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(alerts_app, name="alerts")
