"""A trailing source the parser hangs on the verb's object as a relative clause ("... killed four fighters, a
monitoring group says") still attributes the act to that source (``claims._source_read_as_relative``); a true
relative clause ("fighters, who the monitor says were civilians") attributes nothing. Sentences written for the
project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-30"


@pytest.mark.parametrize("text", [
    "Turkish shelling near the dam killed two YPG fighters, a rights monitor says.",
])
def test_syr17_source_read_as_a_relative_clause_attributes(nlp, text):
    attacks = [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]
    assert attacks and all(e.status == "attributed" for e in attacks), [e.status for e in attacks]


@pytest.mark.parametrize("text", [
    # negative: a relative clause of the victims is no source of the act
    "Russian jets killed six fighters near Idlib, who the local council says were farmers.",
])
def test_syr17_true_relative_clause_attributes_nothing(nlp, text):
    killed = [e for e in events(nlp, text, DAY) if e.evidence[0].trigger == "killed"]
    assert killed and killed[0].status == "asserted"
