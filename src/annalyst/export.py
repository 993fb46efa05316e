"""Writing records out: JSON Lines (the architecture.md record, one per line, nested as it is), CSV (flat columns: one
value per cell, lists joined with ``"; "``, never JSON) and Parquet."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from .errors import ConfigError

__all__ = ["FORMATS", "CLUSTER_COLUMNS", "EVENT_COLUMNS", "LIST_SEP", "write_records", "text_chunks", "flatten",
           "flat_cluster", "flat_event"]

FORMATS = ("jsonl", "csv", "parquet")


#: what joins the values of a list in one CSV cell (no JSON in cells: a spreadsheet shows each cell as one value)
LIST_SEP = "; "


def _joined(values: Iterable[Any]) -> str:
    return LIST_SEP.join("" if v is None else str(v) for v in values)


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """A record as flat columns of one value each (CSV and Parquet): nested dicts become ``a.b`` columns, a list of
    plain values one cell joined with ``"; "``, and a list of records one ``list.field`` column per field, each
    joined with ``"; "`` in the list's order (``actor.name`` = ``Russia; China``, ``actor.actor_id`` = ``RUS; CHN``)."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, f"{name}."))
        elif isinstance(value, list):
            if value and all(isinstance(v, dict) for v in value):
                rows = [flatten(v) for v in value]
                for column in dict.fromkeys(k for r in rows for k in r):
                    out[f"{name}.{column}"] = _joined(r.get(column) for r in rows)
            else:
                out[name] = _joined(v if not isinstance(v, (dict, list)) else json.dumps(v, ensure_ascii=False, sort_keys=True)
                                    for v in value)
        else:
            out[name] = value
    return out


#: the columns of ``export events`` and of the web's event downloads in CSV and Parquet (``flat_event``)
EVENT_COLUMNS = [
    "id", "article_id", "cluster_id", "event_type", "mode", "context", "status", "date_start", "date_end",
    "granularity", "date_text", "actor", "actor_ids", "recipient", "recipient_ids", "location", "country", "lat",
    "lon", "killed", "injured", "arrested", "attributed_to", "denied_by", "quote", "score", "quad_class", "cameo",
    "confidence", "sentence", "trigger", "evidence_articles",
]


def _names(people: Any) -> str:
    return _joined((p or {}).get("name") for p in people or [])


def _ids(people: Any) -> str:
    return _joined((p or {}).get("actor_id") or "" for p in people or [])


def _who(value: Any) -> Any:
    """``attributed_to``/``denied_by``: a name, an actor dict or a list of either, as text."""
    if isinstance(value, list):
        return _joined(_who(v) for v in value)
    if isinstance(value, dict):
        return value.get("name") or value.get("actor_id") or value.get("text")
    return value


def flat_event(record: dict[str, Any]) -> dict[str, Any]:
    """One Event record (a dict) as a flat row of ``EVENT_COLUMNS``: one value per cell, lists joined with ``"; "``."""
    date = record.get("date") or {}
    loc = record.get("location") or {}
    counts = record.get("counts") or {}
    evidence = record.get("evidence") or []
    quote = record.get("quote")
    return {
        "id": record.get("id"), "article_id": record.get("article_id"), "cluster_id": record.get("cluster_id"),
        "event_type": record.get("event_type"), "mode": record.get("mode"), "context": _joined(record.get("context") or []),
        "status": record.get("status"), "date_start": date.get("start"), "date_end": date.get("end"),
        "granularity": date.get("granularity"), "date_text": date.get("text"),
        "actor": _names(record.get("actor")), "actor_ids": _ids(record.get("actor")),
        "recipient": _names(record.get("recipient")), "recipient_ids": _ids(record.get("recipient")),
        "location": loc.get("name"), "country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"),
        "killed": counts.get("killed"), "injured": counts.get("injured"), "arrested": counts.get("arrested"),
        "attributed_to": _who(record.get("attributed_to")), "denied_by": _who(record.get("denied_by") or []),
        "quote": quote.get("text") if isinstance(quote, dict) else quote, "score": record.get("score"),
        "quad_class": record.get("quad_class"), "cameo": record.get("cameo"), "confidence": record.get("confidence"),
        "sentence": _joined(e.get("sentence") for e in evidence), "trigger": _joined(e.get("trigger") for e in evidence),
        "evidence_articles": _joined(e.get("article_id") for e in evidence),
    }


#: the columns of ``export clusters`` and of the web's search downloads in CSV and Parquet (``flat_cluster``)
CLUSTER_COLUMNS = [
    "id", "event_type", "mode", "status", "date_start", "date_end", "granularity", "actor", "actor_ids", "recipient",
    "recipient_ids", "location", "country", "killed", "injured", "arrested", "score", "quad_class", "confidence",
    "n_articles", "n_sources", "first_reported", "resolution", "resolved_by", "attributed_to", "denied_by",
    "contradictions", "supplied_by", "members",
]


def _contradiction(c: dict[str, Any]) -> str:
    values = " / ".join(str(v.get("value")) for v in c.get("values") or [])
    return f"{c.get('field')}: {values}"


def flat_cluster(c: Any) -> dict[str, Any]:
    """One Cluster (the model or its record as a dict) as a flat row of ``CLUSTER_COLUMNS``: one value per cell,
    lists joined with ``"; "`` (contradictions as ``field: value / value``, supplied_by as ``field=event id``)."""
    record = c if isinstance(c, dict) else c.to_dict()
    e = record.get("event") or {}
    date = e.get("date") or {}
    loc = e.get("location") or {}
    counts = e.get("counts") or {}
    return {
        "id": record.get("id"), "event_type": e.get("event_type"), "mode": e.get("mode"), "status": e.get("status"),
        "date_start": date.get("start"), "date_end": date.get("end"), "granularity": date.get("granularity"),
        "actor": _names(e.get("actor")), "actor_ids": _ids(e.get("actor")), "recipient": _names(e.get("recipient")),
        "recipient_ids": _ids(e.get("recipient")), "location": loc.get("name"), "country": loc.get("country"),
        "killed": counts.get("killed"), "injured": counts.get("injured"), "arrested": counts.get("arrested"),
        "score": e.get("score"), "quad_class": e.get("quad_class"), "confidence": e.get("confidence"),
        "n_articles": record.get("n_articles"), "n_sources": record.get("n_sources"),
        "first_reported": record.get("first_reported"), "resolution": record.get("resolution"),
        "resolved_by": record.get("resolved_by"), "attributed_to": _who(e.get("attributed_to")),
        "denied_by": _who(e.get("denied_by") or []),
        "contradictions": _joined(_contradiction(x) for x in record.get("contradictions") or []),
        "supplied_by": _joined(f"{k}={v}" for k, v in sorted((record.get("supplied_by") or {}).items())),
        "members": _joined(record.get("members") or []),
    }


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def _cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text: a string starting like a formula (=, +, -, @, tab, CR, or their
    full-width forms) gets a leading apostrophe (OWASP's advice against CSV injection); numbers are left alone."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def text_chunks(records: Iterable[dict[str, Any]], fmt: str, columns: list[str] | None = None,
                chunk: int = 65536, flat: Callable[[dict[str, Any]], dict[str, Any]] = flatten) -> Iterator[str]:
    """Records as JSON Lines (as they are) or CSV text (each record made flat by ``flat``), chunk by chunk (memory
    stays flat; the CSV header comes from ``columns`` or the first record). The file export and the web server's
    downloads both write through this."""
    if fmt == "jsonl":
        for record in records:
            yield json.dumps(record, ensure_ascii=False) + "\n"
        return
    buf = io.StringIO()
    writer = None
    for record in records:
        row = flat(record)
        if writer is None:
            writer = csv.DictWriter(buf, fieldnames=columns or list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: _cell(v) for k, v in row.items()})
        if buf.tell() > chunk:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    if writer is None and columns:
        csv.DictWriter(buf, fieldnames=columns).writeheader()
    if buf.tell():
        yield buf.getvalue()


def write_records(records: Iterable[dict[str, Any]], fmt: str, out: IO[str] | Path, *, columns: list[str] | None = None,
                  flat: Callable[[dict[str, Any]], dict[str, Any]] = flatten) -> int:
    """Write ``records`` in ``fmt`` to a text stream (jsonl, csv) or a path (any format); CSV and Parquet rows are
    made flat by ``flat``. Returns the count."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ConfigError("Parquet is binary: give --output FILE")
        return _parquet(records, out, columns, flat)
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as fh:
            return write_records(records, fmt, fh, columns=columns, flat=flat)
    count = 0

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal count
        for record in records:
            count += 1
            yield record

    for text in text_chunks(counted(), fmt, columns, flat=flat):
        out.write(text)
    return count


def _parquet(records: Iterable[dict[str, Any]], path: Path, columns: list[str] | None,
             flat: Callable[[dict[str, Any]], dict[str, Any]] = flatten, batch: int = 5000) -> int:
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
        rows.append(flat(record))
        n += 1
        if len(rows) >= batch:
            flush()
    flush()
    if writer is not None:
        writer.close()
    else:
        pq.write_table(pa.table({c: pa.array([], pa.string()) for c in (columns or ["id"])}), str(path))
    return n
