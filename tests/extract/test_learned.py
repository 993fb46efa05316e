"""The learned check on the rule coder's candidates (extract/learned.py): features over the parse, a deterministic
numpy logistic regression, and the hook in the events component (off unless the shipped model is enabled)."""

from __future__ import annotations

import json

import pytest

from annalyst.evaluate.train import reliability
from annalyst.extract import learned

pytestmark = pytest.mark.slow


def test_features_read_the_parse_around_the_trigger(nlp):
    doc = nlp("Freedonia will not attack the Ruritanian border post, the minister said.")
    events = doc._.events
    assert events, "the rule coder proposes the attack"
    names = learned.features(doc, events[0])
    assert "lemma=attack" in names and "negated" in names and "modal=will" in names
    assert f"type={events[0].event_type}" in names


def test_fit_is_deterministic_and_learns_the_signal():
    rows = [(["lemma=condemn", "type=ACCUSE"], 1)] * 8 + [(["lemma=decline", "type=REJECT", "child_dep=xcomp"], 0)] * 8
    a, b = learned.fit(rows, seed=3), learned.fit(rows, seed=3)
    assert a.to_dict() == b.to_dict()
    assert a.prob(["lemma=condemn", "type=ACCUSE"]) > 0.75 > 0.25 > a.prob(["lemma=decline", "type=REJECT"])


def test_apply_sets_confidence_and_rejects_only_when_told(nlp):
    doc = nlp("Freedonian troops attacked the Molvanian embassy. Freedonia met Ruritania in Vienna.")
    kinds = {e.event_type for e in doc._.events}
    assert {"ASSAULT", "CONSULT"} <= kinds
    weights = {"type=CONSULT": -6.0, "type=ASSAULT": 3.0}
    calibrate = learned.Model(weights, 0.0, threshold=0.5, enabled=True)
    kept = learned.apply(doc, list(doc._.events), calibrate)
    assert [e.event_type for e in kept] == [e.event_type for e in doc._.events]  # no rejection: all kept
    assert {e.event_type: e.confidence for e in kept}["CONSULT"] == round(calibrate.prob(["type=CONSULT"]), 2) < 0.1
    reject = learned.Model(weights, 0.0, threshold=0.5, enabled=True, reject=True)
    kept = learned.apply(doc, list(doc._.events), reject)
    assert {e.event_type for e in kept} == {"ASSAULT"}
    assert all(e.confidence == round(reject.prob(learned.features(doc, e)), 2) for e in kept)
    before = [e.confidence for e in doc._.events]
    off = learned.Model(weights, 0.0, enabled=False, reject=True)
    assert learned.apply(doc, list(doc._.events), off) == list(doc._.events)
    assert [e.confidence for e in doc._.events] == before


def test_shipped_model_states_how_it_was_made_and_its_switches_follow_dev():
    data = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))
    meta = data["meta"]
    assert "dev split only" in meta["source"] and meta["seed"] == 17
    fit = meta["dev_crossfit"]
    assert data["enabled"] == (fit["ece"] < fit["rule_confidence_ece"])
    assert data["reject"] == (data["enabled"] and fit["f1_after"] >= fit["f1_before"] + 0.01)
    assert learned.MODEL_PATH.stat().st_size < 200_000


def test_reliability_table_and_ece():
    rows, ece = reliability([0.05, 0.15, 0.95, 0.95], [0, 0, 1, 0])
    assert [r["n"] for r in rows] == [1, 1, 2]
    assert ece == pytest.approx((0.05 + 0.15 + abs(0.95 - 0.5) * 2) / 4, abs=1e-4)
