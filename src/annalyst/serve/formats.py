"""Export formats that need no web server: the actor network as GraphML, a dyad series as CSV rows.

Used by ``annalyst export network`` / ``annalyst export dyad`` and by the API's export endpoints.
"""

from __future__ import annotations

import csv
import re
from typing import IO, Any, Iterator
from xml.sax.saxutils import escape, quoteattr

__all__ = ["graphml", "write_graphml", "DYAD_COLUMNS", "dyad_rows", "write_dyad_csv"]

# characters XML 1.0 does not allow at all
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(value: Any) -> str:
    return escape(_BAD_XML.sub("", str(value)))


def graphml(net: dict[str, Any]) -> Iterator[str]:
    """The network (``views.network`` output) as GraphML text: a directed graph; nodes carry ``name`` and
    ``weight``, edges ``weight``, ``mean_score`` and ``kind`` (``directed``, or ``mutual`` for actors acting
    together with no recipient)."""
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    yield 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    yield 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    yield '  <key id="name" for="node" attr.name="name" attr.type="string"/>\n'
    yield '  <key id="nweight" for="node" attr.name="weight" attr.type="int"/>\n'
    yield '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>\n'
    yield '  <key id="mean_score" for="edge" attr.name="mean_score" attr.type="double"/>\n'
    yield '  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>\n'
    yield f'  <graph id={quoteattr("annalyst-" + str(net.get("unit", "event")))} edgedefault="directed">\n'
    for node in net.get("nodes", []):
        yield f'    <node id={quoteattr(_BAD_XML.sub("", node["id"]))}>\n'
        yield f'      <data key="name">{_x(node.get("name") or node["id"])}</data>\n'
        yield f'      <data key="nweight">{int(node.get("weight") or 0)}</data>\n'
        yield '    </node>\n'
    for i, edge in enumerate(net.get("edges", [])):
        src, dst = quoteattr(_BAD_XML.sub("", edge["source"])), quoteattr(_BAD_XML.sub("", edge["target"]))
        yield f'    <edge id="e{i}" source={src} target={dst}>\n'
        yield f'      <data key="weight">{int(edge.get("weight") or 0)}</data>\n'
        if edge.get("mean_score") is not None:
            yield f'      <data key="mean_score">{float(edge["mean_score"])}</data>\n'
        yield f'      <data key="kind">{_x(edge.get("kind") or "directed")}</data>\n'
        yield '    </edge>\n'
    yield '  </graph>\n</graphml>\n'


def write_graphml(net: dict[str, Any], out: IO[str]) -> int:
    """Write the network as GraphML; returns the number of edges."""
    for chunk in graphml(net):
        out.write(chunk)
    return len(net.get("edges", []))


DYAD_COLUMNS = ["id", "date", "date_end", "granularity", "event_type", "status", "direction", "score",
                "n_articles", "n_sources", "resolution", "a", "b"]


def dyad_rows(series: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per point of a dyad series (``views.dyad_series`` output), oldest first."""
    a, b = series["a"]["id"], series["b"]["id"]
    for p in series.get("points", []):
        row = {k: p.get(k) for k in DYAD_COLUMNS}
        row.update(a=a, b=b)
        yield row


def write_dyad_csv(series: dict[str, Any], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=DYAD_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in dyad_rows(series):
        writer.writerow(row)
        n += 1
    return n
