"""Build the map outline shipped in ``static/map/world.geojson`` (a development tool, not used at run time).

The outline is Natural Earth's 1:110m "Admin 0 – Countries" (public domain), as redistributed in the
``naturalearth_lowres`` shapefile of the geopandas 0.14 wheel. Run once with that shapefile's path::

    python -m annalyst.serve.mapbuild path/to/naturalearth_lowres.shp src/annalyst/serve/static/map/world.geojson

It needs ``pyshp`` (``pip install pyshp``), which annalyst itself does not depend on. Each ring is simplified
(Douglas–Peucker, ``tolerance`` degrees), coordinates are rounded to two decimals, and every country gets a
``centroid`` (area-weighted centroid of its largest ring) that the map uses for events located only by country.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

Point = tuple[float, float]

__all__ = ["simplify", "ring_area", "ring_centroid", "build"]


def _perpendicular(p: Point, a: Point, b: Point) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker on an open or closed line (iterative, so long rings cannot overflow the stack)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            d = _perpendicular(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if index >= 0 and worst > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def ring_area(ring: list[Point]) -> float:
    """Signed area (shoelace formula), in square degrees."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1])) / 2.0


def ring_centroid(ring: list[Point]) -> Point:
    area = ring_area(ring)
    if abs(area) < 1e-12:
        xs, ys = zip(*ring)
        return sum(xs) / len(xs), sum(ys) / len(ys)
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        cross = x1 * y2 - x2 * y1
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return cx / (6 * area), cy / (6 * area)


def build(shp: Path, tolerance: float = 0.08) -> dict[str, Any]:
    import shapefile  # pyshp: a development-time dependency only

    reader = shapefile.Reader(str(shp))
    names = [f[0] for f in reader.fields[1:]]
    features = []
    for shape, record in zip(reader.shapes(), reader.records()):
        props = dict(zip(names, record))
        parts = list(shape.parts) + [len(shape.points)]
        rings: list[list[Point]] = []
        for start, end in zip(parts, parts[1:]):
            ring = [(float(x), float(y)) for x, y in shape.points[start:end]]
            small = [(round(x, 2), round(y, 2)) for x, y in simplify(ring, tolerance)]
            if len(small) >= 4 and abs(ring_area(small)) > 0.01:
                rings.append(small)
        if not rings:
            continue
        largest = max(rings, key=lambda r: abs(ring_area(r)))
        cx, cy = ring_centroid(largest)
        features.append({
            "type": "Feature",
            "properties": {"iso3": props["iso_a3"], "name": props["name"], "centroid": [round(cx, 2), round(cy, 2)]},
            # each ring as its own polygon: holes are rare at this scale and the map draws outlines only
            "geometry": {"type": "MultiPolygon", "coordinates": [[[list(p) for p in r]] for r in rings]},
        })
    return {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:110m Admin 0 - Countries (public domain), simplified for annalyst",
        "features": features,
    }


if __name__ == "__main__":  # pragma: no cover - development tool
    data = build(Path(sys.argv[1]))
    Path(sys.argv[2]).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
