"""One watch pass: ingest what is new, extract it, update clusters, journal the changes, evaluate alerts, deliver,
in that order. Each stage is resumable on its own (claims, the extraction and clustering queues, the journal's
watermark, the alerts' cursors, the matches' reported/posted marks), so a pass killed anywhere and run again ends
where an uninterrupted pass would have, with no alert lost or repeated.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import sqlalchemy as sa

from ..errors import AnnalystError, InputError
from ..store import schema as t
from .alerts import evaluate_alerts
from .changes import journal_changes
from .delivery import post_pending, report_pending
from .sources import collect

__all__ = ["PassSummary", "watch_pass", "STAGES", "run_once"]

STAGES = ("ingest", "extract", "cluster", "changes", "alerts", "deliver")


@dataclass
class PassSummary:
    stored: int = 0
    duplicates: int = 0
    failed: list[InputError] = field(default_factory=list)
    items: int = 0
    extracted: int = 0
    clustered: int = 0
    changes: int = 0
    matches: int = 0
    reported: list[dict[str, Any]] = field(default_factory=list)
    posted: int = 0
    webhook_error: str | None = None
    skipped_sources: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        """The progress line of a pass."""
        text = (f"{self.items} new item(s): stored {self.stored}, duplicates {self.duplicates}, failed "
                f"{len(self.failed)}; extracted {self.extracted}, clustered {self.clustered}; {self.changes} "
                f"change(s), {self.matches} alert match(es)")
        if self.posted or self.webhook_error:
            text += f"; webhook: {self.posted} posted" + (f" ({self.webhook_error})" if self.webhook_error else "")
        if self.skipped_sources:
            text += f"; {len(self.skipped_sources)} source(s) not due"
        return text + f" in {self.seconds:.1f}s"

    def to_dict(self) -> dict[str, Any]:
        return {"stored": self.stored, "duplicates": self.duplicates, "failed": [str(e) for e in self.failed],
                "items": self.items, "extracted": self.extracted, "clustered": self.clustered,
                "changes": self.changes, "matches": self.matches, "reported": len(self.reported),
                "posted": self.posted, "webhook_error": self.webhook_error, "seconds": round(self.seconds, 3)}


def _pending_extraction(store: Any) -> bool:
    a = t.articles
    with store.read() as conn:
        return conn.execute(sa.select(a.c.id).where(a.c.extracted_at.is_(None), a.c.extract_failed_at.is_(None))
                            .limit(1)).first() is not None


def run_once(an: Any, summary: PassSummary, stage: Callable[[str], None]) -> None:
    """Extract, cluster and journal what is pending (the stages after ingestion)."""
    stage("extract")
    if _pending_extraction(an.store):
        summary.extracted = an.extract()
    stage("cluster")
    if an.store.count_pending_cluster():
        summary.clustered = an.cluster(journal=False).articles
    stage("changes")
    summary.changes = journal_changes(an.store)


def watch_pass(an: Any, sources: Iterable[str], *, fetcher: Any = None, force: bool = False,
               emit: Callable[[dict[str, Any]], None] | None = None, jsonl: Path | None = None,
               webhook: str | None = None, on_stage: Callable[[str], None] | None = None) -> PassSummary:
    """One pass over ``sources``; ``on_stage(name)`` is called before each of ``STAGES``. Matches not reported yet
    go to ``emit`` and ``jsonl``; matches not posted yet to ``webhook`` (default: the ``webhook`` setting)."""
    started = time.perf_counter()
    summary = PassSummary()
    stage = on_stage or (lambda name: None)
    stage("ingest")
    collected = collect(an, sources, fetcher=fetcher, force=force)
    summary.stored, summary.duplicates = len(collected.stored), collected.duplicates
    summary.failed, summary.items, summary.skipped_sources = collected.failed, collected.items, collected.skipped_sources
    run_once(an, summary, stage)
    stage("alerts")
    summary.matches = evaluate_alerts(an)
    stage("deliver")
    summary.reported = report_pending(an.store, emit=emit, jsonl=jsonl)
    url = webhook or an.settings.webhook
    if url:
        try:
            summary.posted = post_pending(an.store, url, an.settings)
        except AnnalystError as exc:  # kept for the next pass
            summary.webhook_error = str(exc)
    summary.seconds = time.perf_counter() - started
    return summary
