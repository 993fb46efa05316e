"""An attack named by a noun with its own place stands without an attacker ("the bombings in X"): attacks are news
before anyone claims them (docs/annotation.md). Not when the noun is only a topic of talk, a modifier ("attack
aircraft") or the means of another act. Sentences written for the project."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def coded(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp.make_doc(text)
    doc._.published = "2026-03-18"
    doc._.language = "en"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(e.event_type, e.evidence[0].trigger) for e in doc._.events]


@pytest.mark.parametrize("text, trigger", [
    ("The government condemned the terrorist attacks in Peshawar and Quetta.", "attacks"),
    ("Our thoughts are with the victims of the bombing near Mogadishu.", "bombing"),
    ("The minister sent condolences after the deadly blast in Karachi on Sunday.", "blast"),
])
def test_an_attack_named_with_its_place_is_an_event(nlp, text: str, trigger: str) -> None:
    assert ("ASSAULT", trigger) in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "The envoy commented on the bombings in Peshawar.",
    "The squadron flies attack aircraft from a base in Qatar.",
    "Analysts expect more attacks.",
])
def test_a_topic_a_modifier_or_an_attack_with_no_place_is_no_event(nlp, text: str) -> None:
    assert [t for t, _ in coded(nlp, text)] == []
