"""Commands about articles: ingest, articles, show, export articles, demo."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer
from rich.table import Table

from ..errors import InputError
from .common import (DbOption, FormatOption, JsonOption, OutputOption, check_date, err, handles_errors, lit, out,
                     progress_bar, workspace)

__all__ = ["register", "export_app"]

export_app = typer.Typer(help="Export stored records (JSONL: one docs/architecture.md record per line; CSV; Parquet).",
                         no_args_is_help=True)


def print_ingest_report(report, verbose: bool = True) -> None:  # noqa: ANN001
    for failure in report.failed:
        err.print(f"[red]failed[/] {lit(failure.source)}: {lit(failure.reason)}", highlight=False)
    err.print(
        f"stored {len(report.stored)}, duplicates {len(report.duplicates)}, failed {len(report.failed)}",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def ingest(
        sources: Annotated[list[str], typer.Argument(help="Files, directories (recursive), http(s) URLs, feeds, or - for stdin.")],
        db: DbOption = None,
        published: Annotated[Optional[str], typer.Option(help="Publication date to record for these inputs (YYYY-MM-DD).")] = None,
        allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow URLs on loopback and private addresses.")] = False,
    ) -> None:
        """Read articles and store them. Prints stored / duplicates / failed; exits 1 if anything failed."""
        an = workspace(db, create=True, write=True, allow_private=allow_private or None)
        with an, progress_bar("ingesting") as advance:
            def note(item) -> None:  # noqa: ANN001
                advance(1, item.source if isinstance(item, InputError) else (item.source or item.url or ""))

            report = an.ingest(sources, published=check_date(published, "--published"), stdin=sys.stdin.buffer, progress=note)
        print_ingest_report(report)
        if report.failed:
            raise typer.Exit(1)

    @app.command()
    @handles_errors
    def articles(
        db: DbOption = None,
        search: Annotated[Optional[str], typer.Option("--search", "-s", help='Full-text search: words, "phrases", OR, -word.')] = None,
        language: Annotated[Optional[str], typer.Option(help="Only this language (ISO 639-1).")] = None,
        site: Annotated[Optional[str], typer.Option(help="Only this site.")] = None,
        since: Annotated[Optional[str], typer.Option(help="Published on or after (YYYY-MM-DD).")] = None,
        until: Annotated[Optional[str], typer.Option(help="Published on or before (YYYY-MM-DD).")] = None,
        limit: Annotated[int, typer.Option(min=1, help="Rows to show.")] = 50,
        offset: Annotated[int, typer.Option(min=0, help="Rows to skip.")] = 0,
        failed: Annotated[bool, typer.Option("--failed", help="Only articles whose extraction failed, with the reason.")] = False,
        as_json: JsonOption = False,
    ) -> None:
        """List stored articles, newest first, or those matching --search, best first."""
        if failed:
            _failed_articles(db, limit, as_json)
            return
        with workspace(db) as an:
            rows = an.articles(search=search, language=language, site=site, since=check_date(since, "--since"),
                               until=check_date(until, "--until"), limit=limit, offset=offset)
        if as_json:
            for row in rows:
                print(json.dumps(vars(row), ensure_ascii=False))
            return
        table = Table("id", "published", "lang", "site", "title", *(["match"] if search else []))
        for row in rows:
            when = f"{row.published or '?'}" + (f" [dim]({lit(row.published_source)})[/]" if row.published_source else "")
            table.add_row(row.id, when, lit(row.language or ""), lit(row.site or ""), lit(row.title or ""), *([lit(row.snippet or "")] if search else []))
        out.print(table)
        if not rows:
            err.print("no articles" + (" match" if search else " stored yet: try `annalyst ingest FILE` or `annalyst demo`"))

    def _failed_articles(db: str | None, limit: int, as_json: bool) -> None:
        with workspace(db) as an:
            rows = an.extract_failures(limit=limit)
            total = an.count_extract_failures()
        if as_json:
            for article_id, title, reason, when in rows:
                print(json.dumps({"id": article_id, "title": title, "extract_error": reason, "extract_failed_at": when},
                                 ensure_ascii=False))
            return
        table = Table("id", "failed at", "title", "reason")
        for article_id, title, reason, when in rows:
            table.add_row(article_id, when, title or "", reason)
        out.print(table)
        err.print(f"{total} article(s) failed extraction" + ("; `annalyst extract --retry-failed` tries them again"
                                                            if total else ""))

    @app.command()
    @handles_errors
    def show(
        article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix of it).")],
        db: DbOption = None,
        as_json: JsonOption = False,
    ) -> None:
        """Show one article: metadata with the provenance of its date, body, and the furniture removed."""
        with workspace(db) as an:
            article = an.article(article_id)
        if as_json:
            print(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
            return
        meta = Table.grid(padding=(0, 2))
        pub = article.published
        for label, value in (
            ("id", article.id), ("title", article.title), ("subtitle", article.subtitle),
            ("authors", ", ".join(article.authors)), ("site", article.site), ("url", article.url),
            ("published", f"{pub.date} ({pub.source}{': ' + pub.detail if pub.detail else ''})" if pub.date else "unknown"),
            ("language", article.language), ("translated", "yes" if article.translated else "no"),
            ("original", article.original_url), ("source", article.source),
        ):
            if value:
                meta.add_row(f"[bold]{label}[/]", str(value))
        out.print(meta)
        out.print()
        out.print(article.text, highlight=False, markup=False)
        if article.furniture:
            out.print()
            out.print(f"[dim]removed as page furniture ({len(article.furniture)}):[/]")
            for item in article.furniture:
                lang = f" [{item.language}]" if item.language else ""
                out.print(f"[dim]  {item.kind}{lit(lang)}: {lit(item.text[:100])}[/]", highlight=False)

    @export_app.command("articles")
    @handles_errors
    def export_articles(
        db: DbOption = None,
        fmt: FormatOption = "jsonl",
        output: OutputOption = None,
    ) -> None:
        """Export every stored article (JSONL: the architecture.md Article record per line)."""
        with workspace(db) as an:
            n = an.export_articles(fmt, output if output else sys.stdout)
        err.print(f"exported {n} articles" + (f" to {output}" if output else ""))

    @app.command()
    @handles_errors
    def demo(db: DbOption = None) -> None:
        """Ingest the bundled sample corpus (fictional articles written for annalyst) and show what was found."""
        from ..api import demo_corpus_path

        path = demo_corpus_path()
        with workspace(db, create=True, write=True) as an:
            err.print(f"store: {lit(an.store_url)}")
            with progress_bar("ingesting the sample corpus") as advance:
                report = an.ingest([str(path)], progress=lambda item: advance(1))
            print_ingest_report(report)
            rows = an.articles(limit=1000)
        by_lang: dict[str, int] = {}
        for row in rows:
            by_lang[row.language or "?"] = by_lang.get(row.language or "?", 0) + 1
        out.print(f"[bold]{len(rows)} articles[/] in the store: " + ", ".join(f"{k} {v}" for k, v in sorted(by_lang.items())))
        table = Table("published", "lang", "site", "title")
        for row in rows[:30]:
            table.add_row(f"{row.published or '?'} [dim]{lit(row.published_source or '')}[/]", lit(row.language or ""), lit(row.site or ""), lit(row.title or ""))
        out.print(table)
        from .timeline import show_demo_timeline

        show_demo_timeline(db)
