"""A watched folder and a local feed feed a store; a saved alert fires once for a new matching cluster, again as
``corroborated`` when a second independent source joins it, never twice for one reason; the webhook receiver gets
the same records as the JSONL file, and the Atom feed of the alert parses."""

from __future__ import annotations

import json
from collections import Counter

import feedparser
import pytest

from annalyst import Annalyst

from watchkit import FIRST, SECOND, Workbench, drop, write_feed

TTP = "Tehrik-i-Taliban Pakistan"


def _assault(records):
    return [r for r in records if r.get("event_type") == "ASSAULT"]


@pytest.fixture
def an(store_url):
    with Annalyst(db=store_url, allow_private=True, watch_host_interval=0) as an:
        yield an


def test_alert_fires_new_then_corroborated_once(an, tmp_path, receiver):
    folder, feed_dir = tmp_path / "inbox", tmp_path / "feed"
    out = tmp_path / "alerts.jsonl"
    an.add_alert("ttp", actor=TTP, recipient="Pakistan")
    an.add_alert("elsewhere", actor="Uzbekistan", recipient="Kazakhstan")
    an.add_alert("ttp-score", actor=TTP, recipient="Pakistan", score_shift=2.0)
    sources = [str(folder), str(write_feed(feed_dir, []))]
    drop(FIRST, folder)

    first = an.watch_pass(sources, jsonl=out, webhook=receiver.url)
    assert first.stored == 1 and first.extracted == 1
    shifts = [r for r in first.reported if r["alert"] == "ttp-score"]
    assert [(r["reason"], r["month"], r["before"]) for r in shifts] == [("score_shift", "2025-03", None)]
    assert shifts[0]["mean"] < -2  # the bombing moves the pair's March score into conflict
    first.reported = [r for r in first.reported if r["alert"] != "ttp-score"]
    assert [r["reason"] for r in _assault(first.reported)] == ["new"]
    cluster_id = _assault(first.reported)[0]["cluster_id"]

    write_feed(feed_dir, [SECOND])  # the Urdu report of the same bombing arrives through the feed
    second = an.watch_pass(sources, jsonl=out, webhook=receiver.url)
    assert second.stored == 1
    reasons = [r["reason"] for r in second.reported if r["cluster_id"] == cluster_id]
    assert "corroborated" in reasons and "new" not in reasons
    corroborated = next(r for r in second.reported if r["reason"] == "corroborated")
    assert corroborated["n_sources"] == 2 and len(corroborated["links"]["articles"]) == 2

    third = an.watch_pass(sources, jsonl=out, webhook=receiver.url)
    assert third.items == 0 and third.reported == [] and an.check_alerts() == []

    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r for r in written if r["alert"] == "ttp-score"] == shifts  # the score did not move again
    assert receiver.bodies == written  # the webhook got the same records, each once
    written = [r for r in written if r["alert"] != "ttp-score"]
    assert written == first.reported + second.reported
    assert all(r["alert"] == "ttp" for r in written)  # the other alert matches nothing here
    assert not [k for k, n in Counter((r["alert"], r["cluster_id"], r["reason"], r["detail"]) for r in written).items()
                if n > 1]
    assert [r["id"] for r in an.alert_log("ttp", limit=100)] == [r["id"] for r in reversed(written)]


def test_atom_feed_and_pages(an, tmp_path):
    import httpx

    from annalyst.serve.app import create_app

    folder = tmp_path / "inbox"
    an.add_alert("ttp", actor=TTP)
    drop(FIRST, folder)
    an.watch_pass([str(folder)])
    drop(SECOND, folder)
    an.watch_pass([str(folder)])
    log = an.alert_log("ttp")
    assert {"new", "corroborated"} <= {r["reason"] for r in log}

    bench = Workbench(create_app(an))
    try:
        with httpx.Client(base_url=bench.url, timeout=30) as client:
            _check_pages(client, bench.url, log)
    finally:
        bench.close()


def _check_pages(client, base, log):  # noqa: ANN001
    feed = feedparser.parse(client.get("/alerts/ttp.atom").content)
    assert not feed.bozo and feed.version == "atom10"
    assert len(feed.entries) == len(log)
    assert [e.id for e in feed.entries] == [f"{base}/alerts/ttp.atom#{r['id']}" for r in log]
    assert all(e.link.startswith(f"{base}/events/") for e in feed.entries)
    assert client.get("/alerts/nothing.atom").status_code == 404
    page = client.get("/alerts")
    assert page.status_code == 200 and "corroborated" in page.text and log[0]["evidence"][0]["sentence"][:30] in page.text
    digest = client.get("/digest.json?since=1d").json()
    assert list(digest)[:5] == ["since", "new", "corroborated", "contradicted", "forecast_resolved"]
    assert any(row["cluster_id"] == log[0]["cluster_id"] for row in digest["corroborated"])
    assert client.get("/digest?since=1d").status_code == 200
    assert client.get("/digest?since=yesterdayish").status_code == 422
