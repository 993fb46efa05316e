"""Dates named at their precision (``serve.intervals``) and evidence grouped by article (``serve.evidence``)."""

from __future__ import annotations

import pytest

from annalyst.serve.evidence import count_ranges, evidence_cards
from annalyst.serve.intervals import interval, interval_label, interval_title
from annalyst.serve.views import public_source


@pytest.mark.parametrize("start, end, granularity, label", [
    ("2020-03-04", "2020-03-04", "day", "2020-03-04"),
    ("2020-01-01", "2020-12-31", "year", "2020"),
    ("2020-01-01", None, "year", "2020"),
    ("1990-01-01", "1999-12-31", "decade", "1990s"),
    ("1990-01-01", "1993-12-31", "part_of_decade", "early 1990s"),
    ("2017-01-01", "2019-12-31", "part_of_decade", "late 2010s"),
    ("2020-03-01", "2020-03-31", "month", "March 2020"),
    ("2020-01-01", "2020-03-31", "quarter", "Q1 2020"),
    ("2020-03-04", "2020-03-09", "week", "2020-03-04 – 2020-03-09"),
    ("2020-03-04", "2020-03-09", "interval", "2020-03-04 – 2020-03-09"),
    ("2025-09-01", "2025-11-30", "season", "September – November 2025"),
    ("2025-11-01", "2026-02-28", "interval", "November 2025 – February 2026"),
    ("2020-01-01", "2021-12-31", None, "2020 – 2021"),
    ("1990-01-01", "1999-12-31", None, "1990s"),
    ("2020-02-01", "2020-02-29", None, "February 2020"),
    (None, None, None, "undated"),
])
def test_intervals_label_keeps_the_precision(start, end, granularity, label):
    assert interval_label(start, end, granularity) == label


def test_intervals_never_show_a_first_day_for_a_coarse_date():
    for g, (s, e) in {"year": ("2020-01-01", "2020-12-31"), "month": ("2020-01-01", "2020-01-31"),
                      "decade": ("2020-01-01", "2029-12-31")}.items():
        assert "-01-01" not in interval_label(s, e, g)
    assert interval_title("2020-01-01", "2020-12-31", "year", "in 2020") == "2020-01-01 – 2020-12-31 (year; “in 2020”)"
    assert interval({"start": "2020-01-01", "end": "2020-12-31"})["granularity"] == "interval"


def test_evidence_one_card_per_article_and_count_ranges():
    art = {"id": "a1", "site": "Site A", "title": "T", "language": "ur"}
    other = {"id": "a2", "site": "Site B", "title": "U", "language": "en"}
    ctx = {"leading": False, "trailing": False}
    sources = [
        {"event": {"id": "e1", "article_id": "a1", "counts": {"killed": 15}}, "article": art,
         "evidence": [{"start": 0, "end": 5, "context": ctx}]},
        {"event": {"id": "e2", "article_id": "a1", "counts": {"killed": 15}}, "article": art,
         "evidence": [{"start": 0, "end": 5, "context": ctx}, {"start": 9, "end": 20, "context": ctx}]},
        {"event": {"id": "e3", "article_id": "a2", "counts": {"killed": 18}}, "article": other,
         "evidence": [{"start": 3, "end": 8, "context": ctx}]},
    ]
    out = evidence_cards(sources, [["s1"], ["s1", "s2"], ["s3"]], {"event": {}, "contradictions": []})
    assert out["n_cards"] == 2 and out["n_sites"] == 2
    first = out["cards"][0]
    assert [e["id"] for e in first["events"]] == ["e1", "e2"] and [x["html"] for x in first["evidence"]] == ["s1", "s2"]
    assert first["rtl"] and not out["cards"][1]["rtl"]
    killed = out["counts"][0]
    assert killed["label"] == "15–18" and killed["by"] == [{"value": 15, "sources": ["Site A"]}, {"value": 18, "sources": ["Site B"]}]
    assert count_ranges([], {}, {"counts": {"injured": 4}})[0]["label"] == "4"


def test_public_source_hides_server_folders():
    assert public_source("/srv/data/inbox/report.html") == "report.html"
    assert public_source("C:\\data\\x.txt") == "x.txt"
    assert public_source("/srv/feeds/articles.jsonl:3") == "articles.jsonl:3"
    assert public_source("https://example.org/a") == "https://example.org/a"
    assert public_source(None) is None
