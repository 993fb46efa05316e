"""PETRARCH validation set with the PETR.Validate dictionaries loaded.

Measured: 0.618 of the 359 expected codings produced (222), spurious 0.150 of the 260 produced. Pinned at the
issue's floors (0.60, 0.25); the produced share has two codings of margin."""

from __future__ import annotations

import pytest

from annalyst.evaluate.petrarch import PetrDictionaries, codes_match, evaluate_petrarch, load_sentences

pytestmark = pytest.mark.slow

PRODUCED_FLOOR = 0.60
SPURIOUS_CEILING = 0.25


def test_petrarch_floors(base_nlp, shared_data):
    report = evaluate_petrarch(shared_data, base_nlp)
    assert report.metrics["sentences"] == 284
    assert report.metrics["produced"] >= PRODUCED_FLOOR
    assert report.metrics["spurious"] <= SPURIOUS_CEILING


def test_petrarch_reader_and_dictionaries(base_nlp, shared_data):
    sentences = load_sentences(shared_data / "phoenix" / "PETR.UnitTest.records.xml")
    demo = next(s for s in sentences if s.id == "DEMO-00")
    assert demo.expected == [("ARN", "GON", "064")] and demo.date == "1995-01-01"
    assert any(s.no_event for s in sentences)
    d = PetrDictionaries(shared_data / "phoenix")
    doc = base_nlp("The Calenardhon government condemned Gondor.")
    d.mark(doc, "1995-01-01")
    assert [(s.text, s.kb_id_) for s in doc.spans["mentions"]] == [("Calenardhon government", "CALGOV"), ("Gondor", "GON")]
    assert d.discarded("Arnor won the baseball match.")


def test_petrarch_code_equivalence():
    assert codes_match("064", "064") and codes_match("0631", "064")  # same root
    assert codes_match("111", "1121")  # both ACCUSE
    assert not codes_match("030", "081")
