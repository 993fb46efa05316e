"""The last words of a title the model typed a name of their own ("Secretary of [State]" ORG) name no body
(extract/entities.py, the dictionary's titles). Invented persons."""

from __future__ import annotations

import pytest

from ._fictional import kind_at as kind
from ._fictional import run as _run


def run(names_nlp, text: str):
    return _run(names_nlp, text, "2026-03-02")


@pytest.mark.parametrize("text", [
    "US Secretary of State Hollis Brandt and the Chinese foreign minister met in Jakarta.",
    "Secretary of State Hollis Brandt flew to Jakarta on Monday.",
])
def test_the_last_word_of_a_title_is_no_organisation(names_nlp, text):
    """"Secretary of State Hollis Brandt": "State" is a word of the title, not an organisation called State."""
    doc = run(names_nlp, text)
    state = text.index("State")
    assert not any(m.start_char == state and m.text == "State" for m in doc.spans["mentions"])
    assert kind(doc, "Hollis Brandt") == "person"


def test_negative_a_state_body_after_of_stays(names_nlp):
    """Negative: "the Council of State" is a body, no title ends with it."""
    doc = run(names_nlp, "The Council of State rejected the appeal on Tuesday.")
    assert kind(doc, "Council of State") is not None
