"""What every scorer returns and how it is shown: a ``Report`` (figures, floors, a detail table, notes) rendered as
a rich table or as JSON (``annalyst evaluate --json``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

__all__ = ["Report", "render_reports", "reports_to_json", "run_evaluations", "default_data_dir", "GOLD_SETS"]


@dataclass
class Report:
    """One gold set's result. ``metrics`` are figures in 0..1 (or counts); ``floors`` the issue's floors for some of
    them; ``rows`` a per-item table (e.g. one row per gold event); ``notes`` how the figures were computed."""

    name: str
    metrics: dict[str, float | int | None] = field(default_factory=dict)
    floors: dict[str, tuple[str, float]] = field(default_factory=dict)  # metric -> (">=" or "<=", value)
    rows: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: ``seen`` (gold sets the rules were written against: seeds, PLOVER, PETRARCH, demo) or ``unseen`` (own gold
    #: on text the rules were not fitted to); the summary prints each group under its own heading
    group: str = "seen"

    def passed(self) -> dict[str, bool]:
        out = {}
        for metric, (op, value) in self.floors.items():
            got = self.metrics.get(metric)
            out[metric] = got is not None and (got >= value if op == ">=" else got <= value)
        return out

    def to_dict(self, rows: bool = True) -> dict[str, Any]:
        return {
            "name": self.name,
            "metrics": self.metrics,
            "floors": {k: {"op": op, "value": v, "passed": self.passed()[k]} for k, (op, v) in self.floors.items()},
            "rows": self.rows if rows else [],
            "notes": self.notes,
            "group": self.group,
        }


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)


def reports_to_json(reports: Iterable[Report], rows: bool = True) -> dict[str, Any]:
    return {r.name: r.to_dict(rows=rows) for r in reports}


def render_reports(reports: Iterable[Report], console: Any, rows: bool = False) -> None:
    """Print a summary table (one line per metric) and, with ``rows``, each report's detail table."""
    from rich.table import Table

    reports = list(reports)
    for group, title in (("unseen", "Own gold on unseen text (dev and test splits)"),
                         ("seen", "Seen data (gold sets the rules were written against)")):
        members = [r for r in reports if r.group == group]
        if not members:
            continue
        summary = Table("gold", "metric", "value", "floor", "", title=title)
        for report in members:
            passed = report.passed()
            for metric, value in report.metrics.items():
                floor = report.floors.get(metric)
                mark = "" if floor is None else ("[green]ok[/]" if passed[metric] else "[red]below[/]")
                summary.add_row(report.name, metric, _fmt(value), f"{floor[0]} {floor[1]}" if floor else "", mark)
        console.print(summary)
    if not rows:
        return
    for report in reports:
        if not report.rows:
            continue
        columns = list(report.rows[0])
        table = Table(*columns, title=report.name)
        for row in report.rows:
            table.add_row(*(_fmt(row.get(c)) for c in columns))
        console.print(table)
        for note in report.notes:
            console.print(f"[dim]{note}[/]")


#: the gold sets ``run_evaluations`` knows, in the order they run
GOLD_SETS = ("events", "seeds", "plover", "petrarch", "re3d", "demo", "native")
#: the gold sets read from the shared data folder (``demo`` is bundled with the package)
_SHARED = frozenset({"events", "seeds", "plover", "petrarch", "re3d"})


def default_data_dir() -> Path | None:
    """``../shared/data`` beside the project checkout (or beside the working directory), if it exists."""
    candidates = [Path(__file__).resolve().parents[3].parent / "shared" / "data", Path.cwd().parent / "shared" / "data",
                  Path.cwd() / "shared" / "data"]
    return next((c for c in candidates if c.is_dir()), None)


def run_evaluations(gold: list[str], *, data_dir: str | Path | None = None, nlp: Any = None,
                    html: bool = False) -> list[Report]:
    """Run the named scorers (``events``: own event gold on re3d, one report per split; ``seeds``, ``plover``, ``petrarch``, ``re3d``, ``demo``; ``all`` for every one) and
    return their reports. All but ``demo`` need the gold data folder."""
    from ..errors import ConfigError

    names = list(GOLD_SETS) if "all" in gold else gold
    unknown = [g for g in names if g not in GOLD_SETS]
    if unknown:
        raise ConfigError(f"unknown gold set(s) {', '.join(unknown)}: choose from {', '.join(GOLD_SETS)} or all")
    folder = Path(data_dir) if data_dir else default_data_dir()
    if (folder is None or not folder.is_dir()) and _SHARED & set(names):
        raise ConfigError(f"gold data folder not found ({data_dir or '../shared/data'}): give --data DIR")
    gold_dir = folder or Path("../shared/data")  # only the sets in _SHARED read it, and those checked it above
    if nlp is None and set(names) - {"native"}:  # the native coders need no English pipeline
        from ..extract.pipeline import build_pipeline

        nlp = build_pipeline()
    reports: list[Report] = []
    for name in names:
        if name == "events":
            from .re3d_events import evaluate_re3d_events

            reports.extend(evaluate_re3d_events(gold_dir / "re3d", nlp))
        elif name == "seeds":
            from .seeds import evaluate_seeds

            reports.append(evaluate_seeds(gold_dir, nlp, html=html))
        elif name == "plover":
            from .plover_gsr import evaluate_plover

            reports.append(evaluate_plover(gold_dir, nlp))
        elif name == "petrarch":
            from .petrarch import evaluate_petrarch

            reports.append(evaluate_petrarch(gold_dir, nlp))
        elif name == "re3d":
            reports.append(re3d_report(gold_dir / "re3d", nlp))
        elif name == "demo":
            from .demo import evaluate_demo

            reports.append(evaluate_demo(nlp))
        elif name == "native":
            from .native import evaluate_native

            reports.append(evaluate_native())
    return reports


def re3d_report(root: Path, nlp: Any) -> Report:
    """Entity mentions (actors and places) against re3d's Person/Organisation/Location/Nationality gold: named
    mentions (the floor of the actors issue, F1 >= 0.70) and, for reference, every gold mention."""
    from .re3d import evaluate_re3d

    named = evaluate_re3d(root, nlp, names_only=True)
    every = evaluate_re3d(root, nlp)
    metrics: dict[str, float | int | None] = {
        "precision": named["overall"]["precision"], "recall": named["overall"]["recall"], "f1": named["overall"]["f1"],
    }
    metrics.update({f"f1_{t.lower()}": v["f1"] for t, v in sorted(named["by_type"].items())})
    metrics.update({"f1_all_mentions": every["overall"]["f1"], "documents": named["documents"], "gold": named["gold"]})
    return Report(
        name="re3d", metrics=metrics, floors={"f1": (">=", 0.70)},
        rows=[{"type": t, **{k: v[k] for k in ("precision", "recall", "f1")}} for t, v in sorted(named["by_type"].items())],
        notes=["A mention matches a gold entity of the same type when their character ranges overlap, one to one. "
               "Named mentions only (pronouns and common-noun phrases, which re3d also marks, are left out on both "
               "sides); f1_all_mentions scores every gold mention."],
    )
