"""Writing records out: JSON Lines (the architecture.md record, one per line), CSV (flat columns) and Parquet."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from .errors import ConfigError

__all__ = ["FORMATS", "CLUSTER_COLUMNS", "write_records", "text_chunks", "flatten", "flat_cluster"]

FORMATS = ("jsonl", "csv", "parquet")


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts become ``a.b`` columns; lists become JSON text (CSV and Parquet columns stay scalar)."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, f"{name}."))
        elif isinstance(value, list):
            out[name] = json.dumps(value, ensure_ascii=False, sort_keys=True)
        else:
            out[name] = value
    return out


#: the columns of ``export clusters`` in CSV and Parquet (lists and dicts as JSON text)
CLUSTER_COLUMNS = [
    "id", "event_type", "mode", "status", "date_start", "date_end", "granularity", "actor", "actor_ids", "recipient",
    "recipient_ids", "location", "country", "killed", "injured", "arrested", "score", "quad_class", "confidence",
    "n_articles", "n_sources", "first_reported", "resolution", "resolved_by", "denied_by", "contradictions",
    "supplied_by", "members",
]


def flat_cluster(c: Any) -> dict[str, Any]:
    """One ``Cluster`` as a flat row of ``CLUSTER_COLUMNS``."""
    e = c.event
    dump = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)  # noqa: E731
    return {
        "id": c.id, "event_type": e.event_type, "mode": e.mode, "status": e.status, "date_start": e.date.start,
        "date_end": e.date.end, "granularity": e.date.granularity, "actor": "; ".join(p.name for p in e.actor),
        "actor_ids": "; ".join(p.actor_id or "" for p in e.actor), "recipient": "; ".join(p.name for p in e.recipient),
        "recipient_ids": "; ".join(p.actor_id or "" for p in e.recipient),
        "location": e.location.name if e.location else None, "country": e.location.country if e.location else None,
        "killed": e.counts.killed, "injured": e.counts.injured, "arrested": e.counts.arrested, "score": e.score,
        "quad_class": e.quad_class, "confidence": e.confidence, "n_articles": c.n_articles, "n_sources": c.n_sources,
        "first_reported": c.first_reported, "resolution": c.resolution, "resolved_by": c.resolved_by,
        "denied_by": dump(e.denied_by), "contradictions": dump(c.contradictions), "supplied_by": dump(c.supplied_by),
        "members": dump(c.members),
    }


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def _cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text: a string starting like a formula (=, +, -, @, tab, CR, or their
    full-width forms) gets a leading apostrophe (OWASP's advice against CSV injection); numbers are left alone."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def text_chunks(records: Iterable[dict[str, Any]], fmt: str, columns: list[str] | None = None,
                chunk: int = 65536) -> Iterator[str]:
    """Records as JSON Lines or CSV text, chunk by chunk (memory stays flat; the CSV header comes from ``columns``
    or the first record). The file export and the web server's downloads both write through this."""
    if fmt == "jsonl":
        for record in records:
            yield json.dumps(record, ensure_ascii=False) + "\n"
        return
    buf = io.StringIO()
    writer = None
    for record in records:
        flat = flatten(record)
        if writer is None:
            writer = csv.DictWriter(buf, fieldnames=columns or list(flat), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: _cell(v) for k, v in flat.items()})
        if buf.tell() > chunk:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    if writer is None and columns:
        csv.DictWriter(buf, fieldnames=columns).writeheader()
    if buf.tell():
        yield buf.getvalue()


def write_records(records: Iterable[dict[str, Any]], fmt: str, out: IO[str] | Path, *, columns: list[str] | None = None) -> int:
    """Write ``records`` in ``fmt`` to a text stream (jsonl, csv) or a path (any format). Returns the count."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ConfigError("Parquet is binary: give --output FILE")
        return _parquet(records, out, columns)
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as fh:
            return write_records(records, fmt, fh, columns=columns)
    count = 0

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal count
        for record in records:
            count += 1
            yield record

    for text in text_chunks(counted(), fmt, columns):
        out.write(text)
    return count


def _parquet(records: Iterable[dict[str, Any]], path: Path, columns: list[str] | None, batch: int = 5000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    schema = None
    n = 0
    rows: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal writer, schema
        if not rows:
            return
        names = columns or list(rows[0])
        table = pa.Table.from_pylist([{k: r.get(k) for k in names} for r in rows], schema=schema)
        if writer is None:
            schema = table.schema
            writer = pq.ParquetWriter(str(path), schema)
        writer.write_table(table)
        rows.clear()

    for record in records:
        rows.append(flatten(record))
        n += 1
        if len(rows) >= batch:
            flush()
    flush()
    if writer is not None:
        writer.close()
    else:
        pq.write_table(pa.table({c: pa.array([], pa.string()) for c in (columns or ["id"])}), str(path))
    return n
