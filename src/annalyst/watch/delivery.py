"""Delivering alert matches: to a callback (stdout), a JSONL file, a webhook (POST JSON), and as an Atom feed.

A match is marked reported (``reported_at``) or posted (``posted_at``) right after it is written or accepted, so a
rerun delivers what a killed run had not; the ``id`` of each record (``<alert>:<seq>``) lets a receiver drop the one
record a kill between writing and marking could repeat.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable
from xml.sax.saxutils import escape

import sqlalchemy as sa

from ..errors import FetchError
from ..ingest.metadata import utc_now
from ..store import schema as t

__all__ = ["report_pending", "post_pending", "atom_feed", "recent_matches"]


def _pending(store: Any, column: str, limit: int) -> list[tuple[int, dict[str, Any]]]:
    m = t.alert_matches
    query = sa.select(m.c.seq, m.c.record).where(m.c[column].is_(None)).order_by(m.c.seq).limit(limit)
    with store.read() as conn:
        return [(r.seq, {"id": f"{r.record.get('alert')}:{r.seq}", **r.record}) for r in conn.execute(query)]


def _mark(store: Any, column: str, seqs: list[int]) -> None:
    if seqs:
        m = t.alert_matches
        with store.write() as conn:
            conn.execute(sa.update(m).where(m.c.seq.in_(seqs), m.c[column].is_(None)).values({column: utc_now()}))


def report_pending(store: Any, *, emit: Callable[[dict[str, Any]], None] | None = None, jsonl: Path | None = None,
                   limit: int = 10_000) -> list[dict[str, Any]]:
    """The matches not reported yet, in order: each given to ``emit`` and appended to ``jsonl``, then marked."""
    pending = _pending(store, "reported_at", limit)
    if not pending:
        return []
    out = jsonl.open("a", encoding="utf-8") if jsonl else None
    try:
        for seq, record in pending:
            if emit:
                emit(record)
            if out:
                out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
                out.flush()
            _mark(store, "reported_at", [seq])
    finally:
        if out:
            out.close()
    return [r for _, r in pending]


def post_pending(store: Any, url: str, settings: Any, *, client: Any = None, limit: int = 1000) -> int:
    """POST each match not yet posted to ``url`` as JSON (in order; stops at the first failure, kept for the next
    pass). Returns how many were accepted. The URL is checked like any fetched URL (``allow_private`` for loopback)."""
    import httpx

    from ..ingest import Fetcher

    pending = _pending(store, "posted_at", limit)
    if not pending:
        return 0
    with Fetcher(settings) as fetcher:
        fetcher.check_url(url)
    own = client is None
    client = client or httpx.Client(timeout=settings.fetch_timeout, follow_redirects=False,
                                    headers={"User-Agent": settings.user_agent})
    sent = 0
    try:
        for seq, record in pending:
            try:
                response = client.post(url, json=record)
            except httpx.HTTPError as exc:
                raise FetchError(url, f"webhook failed ({exc.__class__.__name__})") from None
            if response.status_code >= 300:
                raise FetchError(url, f"webhook answered HTTP {response.status_code}")
            _mark(store, "posted_at", [seq])
            sent += 1
    finally:
        if own:
            client.close()
    return sent


def recent_matches(store: Any, alert: str | None = None, *, limit: int = 50) -> list[dict[str, Any]]:
    """The latest matches, newest first, as records with their ``id``."""
    m = t.alert_matches
    query = sa.select(m.c.seq, m.c.record).order_by(m.c.seq.desc()).limit(limit)
    if alert:
        query = query.where(m.c.alert == alert)
    with store.read() as conn:
        return [{"id": f"{r.record.get('alert')}:{r.seq}", **r.record} for r in conn.execute(query)]


def atom_feed(alert: str, records: list[dict[str, Any]], *, base_url: str, updated: str | None = None) -> str:
    """An Atom 1.0 feed of ``records`` (newest first) for the alert named ``alert``."""
    base = base_url.rstrip("/")
    feed_id = f"{base}/alerts/{alert}.atom"
    updated = updated or (records[0]["matched_at"] if records else utc_now())
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{escape('annalyst alert: ' + alert)}</title>",
        f"<id>{escape(feed_id)}</id>",
        f'<link rel="self" href="{escape(feed_id)}"/>',
        f'<link rel="alternate" href="{escape(base + "/alerts")}"/>',
        f"<updated>{escape(updated)}</updated>",
        "<author><name>annalyst</name></author>",
    ]
    for r in records:
        link = base + (r.get("links", {}).get("cluster") or r.get("links", {}).get("dyad") or "/alerts")
        lines = [r.get("summary") or ""] + [f"{e['article_id']}: {e['sentence']}" for e in r.get("evidence", [])]
        parts += [
            "<entry>",
            f"<title>{escape(r['reason'] + ': ' + (r.get('summary') or r.get('cluster_id') or ''))}</title>",
            f"<id>{escape(feed_id + '#' + r['id'])}</id>",
            f'<link href="{escape(link)}"/>',
            f"<updated>{escape(r['matched_at'])}</updated>",
            f'<category term="{escape(r["reason"])}"/>',
            f'<content type="text">{escape(chr(10).join(lines))}</content>',
            "</entry>",
        ]
    parts.append("</feed>")
    return "\n".join(parts) + "\n"
