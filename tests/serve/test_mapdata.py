"""The shipped map outline (Natural Earth, simplified) and the simplification it was made with."""

from __future__ import annotations

import json
from pathlib import Path

from annalyst.serve.mapbuild import ring_area, ring_centroid, simplify

WORLD = Path(__file__).resolve().parents[2] / "src" / "annalyst" / "serve" / "static" / "map" / "world.geojson"


def test_mapdata_outline_covers_the_region_with_centroids() -> None:
    data = json.loads(WORLD.read_text(encoding="utf-8"))
    assert "Natural Earth" in data["source"]
    by_iso = {f["properties"]["iso3"]: f for f in data["features"]}
    for iso in ("AFG", "PAK", "IRN", "RUS", "CHN", "IND", "UZB", "TJK", "TKM", "KAZ", "KGZ", "QAT", "SAU", "ARE"):
        assert iso in by_iso, iso
    lon, lat = by_iso["AFG"]["properties"]["centroid"]
    assert 60 < lon < 72 and 30 < lat < 38
    for f in data["features"]:
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                assert len(ring) >= 4
                assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)
    assert WORLD.stat().st_size < 400_000


def test_mapdata_simplify_keeps_corners_and_drops_collinear_points() -> None:
    line = [(0.0, 0.0), (1.0, 0.001), (2.0, 0.0), (2.0, 2.0)]
    assert simplify(line, 0.01) == [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0)]
    assert simplify(line, 0.0001) == line


def test_mapdata_area_and_centroid_of_a_square() -> None:
    square = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)]
    assert abs(ring_area(square)) == 4.0
    assert ring_centroid(square) == (1.0, 1.0)
