"""``annalyst actors``: search, show, add, alias, merge, import-phoenix."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Annotated, Optional

import typer
from rich.table import Table

from ..errors import ConfigError
from ..models import Actor, Alias, Role, stable_id
from .common import lit, DbOption, JsonOption, err, handles_errors, out, workspace

__all__ = ["register"]

actors_app = typer.Typer(help="Search and correct the actor dictionary (corrections apply to stored data).",
                         no_args_is_help=True)


def _script(text: str) -> str | None:
    from ..actors.dictionary import script_of

    return script_of(text)


def _role(spec: str) -> Role:
    """``CODE``, ``CODE:FROM``, ``CODE:FROM:TO`` or ``CODE::TO`` with ISO dates."""
    parts = spec.split(":")
    if not parts[0] or len(parts) > 3:
        raise ConfigError(f"--role takes CODE[:FROM[:TO]] with dates as YYYY-MM-DD, not {spec!r}")
    from ..ingest.metadata import parse_date

    dates = []
    for value in parts[1:]:
        if value and not parse_date(value):
            raise ConfigError(f"--role {spec!r}: {value!r} is not a date (YYYY-MM-DD)")
        dates.append(parse_date(value) if value else None)
    dates += [None] * (2 - len(dates))
    return Role(code=parts[0].upper(), start=dates[0], end=dates[1])


@actors_app.command("search")
@handles_errors
def search(name: Annotated[str, typer.Argument(help="A name in any spelling or script.")], db: DbOption = None,
           limit: Annotated[int, typer.Option(min=1, help="Rows to show.")] = 10, as_json: JsonOption = False) -> None:
    """Actors whose names are like NAME (dictionary, then candidates found in text), best first."""
    with workspace(db) as an:
        found = an.search_actors(name, limit=limit)
    if as_json:
        for actor, score in found:
            print(json.dumps({"score": round(score, 3), **actor.to_dict()}, ensure_ascii=False))
        return
    table = Table("id", "name", "kind", "country", "score")
    for actor, score in found:
        table.add_row(actor.id, actor.name, actor.kind, actor.country or "", f"{score:.2f}" if score else "candidate")
    out.print(table)


@actors_app.command("show")
@handles_errors
def show(actor_id: Annotated[str, typer.Argument(help="Actor id (see `annalyst actors search`).")], db: DbOption = None,
         as_json: JsonOption = False) -> None:
    """One actor: aliases by script, dated roles, codes, and how often stored articles mention it."""
    with workspace(db) as an:
        actor = an.actor(actor_id)
        mentions = an.mention_count(actor.id)
    if as_json:
        print(json.dumps({**actor.to_dict(), "mentions": mentions}, ensure_ascii=False, indent=2))
        return
    out.print(f"[bold]{lit(actor.name)}[/]  {lit(actor.id)}  ({actor.kind}{', ' + lit(actor.country) if actor.country else ''})")
    if actor.codes:
        out.print("codes: " + ", ".join(f"{k} {v}" for k, v in sorted(actor.codes.items())))
    for role in actor.roles:
        title = f" {role.title}" if role.title else ""
        out.print(f"role: {role.code}{title}  {role.start or '…'} to {role.end or '…'}")
    by_script: dict[str, list[str]] = defaultdict(list)
    for alias in actor.aliases:
        by_script[alias.script or _script(alias.text) or "?"].append(alias.text + (f" [{alias.lang}]" if alias.lang else ""))
    for script, names in sorted(by_script.items()):
        out.print(f"{script}: " + "; ".join(names), highlight=False, markup=False)
    out.print(f"mentions in stored articles: {mentions}")


@actors_app.command("add")
@handles_errors
def add(
    name: Annotated[str, typer.Argument(help="Canonical name.")],
    kind: Annotated[str, typer.Option(help="country, government, military, armed_group, party, person, organisation, media, igo, region ...")] = "person",
    country: Annotated[Optional[str], typer.Option(help="ISO 3166 alpha-3 code.")] = None,
    alias: Annotated[Optional[list[str]], typer.Option(help="Another spelling (repeatable).")] = None,
    role: Annotated[Optional[list[str]], typer.Option(help="Dated role CODE[:FROM[:TO]] (repeatable), e.g. AFGGOV:2021-08-15.")] = None,
    actor_id: Annotated[Optional[str], typer.Option("--id", help="Id to give it (default: derived from the name).")] = None,
    db: DbOption = None,
) -> None:
    """Add an actor (or replace one with the same --id); stored articles that name it are queued for extraction."""
    slug = "-".join(w for w in "".join(c if c.isalnum() else " " for c in name.upper()).split())
    actor = Actor(
        id=actor_id or (f"U-{slug}" if slug.isascii() and slug else f"U-{stable_id(name, length=10)}"),
        name=name, kind=kind, country=country.upper() if country else None,
        roles=[_role(r) for r in role or []],
        aliases=[Alias(text=a, script=_script(a)) for a in alias or []],
    )
    with workspace(db, create=True, write=True) as an:
        queued = an.add_actor(actor)
    err.print(f"added {actor.id}; {queued} stored articles queued for `annalyst extract`")


@actors_app.command("alias")
@handles_errors
def add_alias(actor_id: Annotated[str, typer.Argument(help="Actor id.")],
              text: Annotated[str, typer.Argument(help="The new spelling.")],
              lang: Annotated[Optional[str], typer.Option(help="Language of the spelling (ISO 639-1).")] = None,
              db: DbOption = None) -> None:
    """Give an actor another spelling; stored articles that use it are queued for extraction."""
    with workspace(db, create=True, write=True) as an:
        queued = an.add_alias(actor_id, Alias(text=text, lang=lang, script=_script(text)))
    err.print(f"alias added; {queued} stored articles queued for `annalyst extract`")


@actors_app.command("merge")
@handles_errors
def merge(keep: Annotated[str, typer.Argument(help="Id of the actor to keep.")],
          drop: Annotated[str, typer.Argument(help="Id of the actor that is the same one (e.g. a new:… candidate).")],
          db: DbOption = None) -> None:
    """Declare two actors the same; every stored mention, event and cluster of DROP now names KEEP."""
    with workspace(db, create=True, write=True) as an:
        counts = an.merge_actors(keep, drop)
    err.print(f"merged {drop} into {keep}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))


@actors_app.command("import-phoenix")
@handles_errors
def import_phoenix(path: Annotated[str, typer.Argument(help="A Phoenix/PETRARCH .actors.txt file.")], db: DbOption = None) -> None:
    """Import a Phoenix/PETRARCH actor dictionary, keeping its dated roles ([RUSGOV >080508])."""
    with workspace(db, create=True, write=True) as an:
        n, errors = an.import_phoenix(path)
    for e in errors:
        err.print(f"[yellow]skipped[/] {lit(e.source)}: {lit(e.reason)}", highlight=False)
    err.print(f"imported {n} actors, skipped {len(errors)} lines")


def register(app: typer.Typer) -> None:
    app.add_typer(actors_app, name="actors")
