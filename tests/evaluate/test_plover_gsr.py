"""PLOVER gold records: type accuracy and actor F1 of the best-matching event per record.

Measured (2026-12-05, eleventh pass): type accuracy 0.792 over 322 records, actor F1 0.856 (precision 0.91, recall
0.81), recipient F1 0.709. Floors pinned at the measured figures minus about 0.03, rounded down: type accuracy 0.76,
actor F1 0.83, recipient F1 0.68 (seen data: the coder's rules were read against these records)."""

from __future__ import annotations

import pytest

from annalyst.evaluate.plover_gsr import actor_texts, best_event, content_words, evaluate_plover, load_records
from annalyst.models import Event, EventActor, Evidence

pytestmark = pytest.mark.slow


def test_plover_gsr_floors(nlp, shared_data):
    report = evaluate_plover(shared_data, nlp)
    assert report.metrics["records"] == 322
    assert report.metrics["type_accuracy"] >= 0.76
    assert report.metrics["actor_f1"] >= 0.83
    assert report.metrics["recipient_f1"] >= 0.68
    assert nlp.get_pipe("annalyst_events").coder.require_mention is True  # restored after the run


def test_plover_gsr_reader_and_helpers(shared_data):
    records = load_records(shared_data / "plover" / "PLOVER_GSR_CAMEO.json")
    assert len(records) == 322 and all(r["event"] != "DOCUMENT" for r in records)
    assert actor_texts({"source": [{"actorText": "Hungarian"}, {"actorText": " "}]}, "source") == ["Hungarian"]
    assert actor_texts({"target": "Tokyo"}, "target") == ["Tokyo"]
    assert content_words("the U.S. forces") == {"us", "forces", "force"}


def test_plover_gsr_best_event_prefers_the_gold_trigger():
    record = {"eventText": "agreed cooperate", "source": [{"actorText": "Hungarian"}]}
    met = Event(id="1", article_id=None, event_type="CONSULT", actor=[EventActor(None, "Hungarian", "Hungarian")],
                evidence=[Evidence("", 0, 1, "", "met")])
    agreed = Event(id="2", article_id=None, event_type="AGREE", actor=[EventActor(None, "officials", "officials")],
                   evidence=[Evidence("", 0, 1, "", "agreed")])
    assert best_event([met, agreed], record).id == "2"
    assert best_event([], record) is None
