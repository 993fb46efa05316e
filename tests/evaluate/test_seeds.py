"""Acceptance on the seed articles: both ingested through the real ingest, analysed, matched per the seeds README.

Measured (text files and HTML pages alike): required-event recall 18/18 = 1.0, precision 26/28 = 0.929 (the lifting
of the ban and Kabulov's quoted proposal now coded too), status right on every matched required event. Floors pinned below with a margin of one event, never below the issue's floors
(0.90, 0.80)."""

from __future__ import annotations

import pytest

from annalyst.evaluate.seeds import _date_ok, evaluate_seeds, load_gold, match_reason, read_seed_articles
from annalyst.models import Event, EventActor, EventDate, Evidence

pytestmark = pytest.mark.slow

RECALL_FLOOR = 0.94  # measured 1.0, one required event of margin
PRECISION_FLOOR = 0.88  # measured 0.929, one event of margin


@pytest.fixture(scope="module")
def report(nlp, shared_data):
    return evaluate_seeds(shared_data, nlp)


def test_seeds_recall_precision_and_status(report):
    m = report.metrics
    assert m["recall"] >= RECALL_FLOOR, report.rows
    assert m["precision"] >= PRECISION_FLOOR, report.events_table
    assert m["status_accuracy"] == 1.0


@pytest.mark.parametrize("gold_id", ["G01", "G05", "G07", "G08", "G11", "G15", "G16", "G17", "G18", "G19", "G21",
                                     "G22", "G24"])
def test_seeds_key_events_are_matched(report, gold_id):
    row = next(r for r in report.rows if r["gold"] == gold_id)
    assert row["matched"] != "-", row


@pytest.mark.parametrize("gold_id", ["G15", "G16"])
def test_seeds_second_article_codes_the_lifted_ban_and_the_quoted_proposal(report, gold_id):
    """"according to the court's ruling ..., this ban has been suspended" and "we should support them ..., including
    arming them": the translated article states both by itself."""
    row = next(r for r in report.rows if r["gold"] == gold_id)
    assert "001_6076a8fbbe9d5b38.txt:" in row["matched"], row


def test_seeds_html_pages_score_the_same(nlp, shared_data):
    html = evaluate_seeds(shared_data, nlp, html=True)
    assert html.metrics["recall"] >= RECALL_FLOOR and html.metrics["precision"] >= PRECISION_FLOOR


def test_seeds_no_event_from_page_furniture(nlp, shared_data):
    from annalyst.extract.document import analyze

    for _, article in read_seed_articles(shared_data, html=True):
        result = analyze(article, nlp)
        furniture = " ".join(f.text for f in article.furniture)
        for event in result.events:
            ev = event.evidence[0]
            assert article.text[ev.start:ev.end] == ev.sentence
            assert ev.sentence not in furniture


def test_seeds_counts_location_and_denial(nlp, shared_data):
    from annalyst.extract.document import analyze

    articles = dict(read_seed_articles(shared_data))
    events = analyze(articles["000_aa07555c92a9a70e.txt"], nlp).events
    crocus = next(e for e in events if e.counts.killed)
    assert (crocus.counts.killed, crocus.counts.injured) == (145, 551)
    assert crocus.location is not None and "Crocus" in crocus.location.name
    supply = next(e for e in events if e.evidence[0].trigger == "supplying")
    assert supply.status == "alleged" and supply.denied_by == ["Russia"] and supply.attributed_to == "John Nicholson"


def _event(event_type="SUPPORT", actor="Russian Federation", recipient="Afghan government", start=None, end=None,
           status="asserted") -> Event:
    return Event(id="e", article_id="a", event_type=event_type,
                 actor=[EventActor(None, actor, actor)], recipient=[EventActor(None, recipient, recipient)],
                 date=EventDate(start=start, end=end), status=status,
                 evidence=[Evidence("a", 0, 1, "x", "recognized")])


def test_seeds_matching_rules(shared_data):
    gold = load_gold(shared_data / "seeds")
    g01 = next(g for g in gold.events if g["id"] == "G01")
    a = "000_aa07555c92a9a70e.txt"
    assert match_reason(_event(start="2025-07-05", end="2025-07-07"), g01, gold, a) is None
    assert match_reason(_event(), g01, gold, a) == "date"  # undated never matches a dated window
    assert match_reason(_event(), g01, gold, "001_6076a8fbbe9d5b38.txt") is None  # null window: not checked
    assert match_reason(_event(event_type="AID"), g01, gold, a) == "type"
    assert match_reason(_event(actor="Moscow", start="2025-07-05", end="2025-07-07", status="predicted"), g01, gold, a) == "status"
    assert match_reason(_event(recipient="Kazakhstan"), g01, gold, a) == "recipient"
    assert _date_ok(_event(start="2025-06-05", end="2025-07-02"), ["2025-07-01", "2025-07-12"])  # 31 days of slack
    assert not _date_ok(_event(start="2025-05-01", end="2025-07-02"), ["2025-07-01", "2025-07-12"])
