"""A name of the dictionary written with dotted initials ("U.N. Security Council", "U.S. State Department") is
found whole: the tokenizer keeps "U.N." one token, so the name is matched as written, not only lower-cased
(``actors``); the act is the body's, not the United Nations' or the United States' alone. Sentences written for the
project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-12-06"


@pytest.mark.parametrize("text, actor", [
    ("The U.N. Security Council condemned the raid on the camp in Ituri.", "United Nations Security Council"),
    ("The U.N. General Assembly condemned the annexation of the island.", "United Nations General Assembly"),
])
def test_unc17_dotted_body_names_are_the_body(nlp, text, actor):
    found = [e for e in events(nlp, text, DAY) if e.event_type == "ACCUSE"]
    assert [[a.name for a in e.actor] for e in found] == [[actor]]


def test_unc17_the_un_alone_stays_the_un(nlp):
    # negative: "the U.N." with no body's name after it
    found = [e for e in events(nlp, "The U.N. condemned the raid on the camp in Ituri.", DAY)
             if e.event_type == "ACCUSE"]
    assert [[a.name for a in e.actor] for e in found] == [["United Nations"]]
