"""A reaction to an act told before, named by a noun (nineteenth pass, invented sentences): "condemned the launch"
is addressed to the author of the launch told before it, even when that act had no recipient (a missile fired into
the sea, a weapons test) (docs/annotation.md: "we condemn that attack" is addressed to the author of the attack told
before it)."""

from __future__ import annotations

import pytest

from ._fictional import events, ids


def _condemnations(found):
    return [e for e in found if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text, author", [
    ("Pakistan test-fired a cruise missile into the Arabian Sea on Monday. India condemned the launch on Tuesday.",
     "PAK"),
    ("Iran fired two ballistic missiles into the Gulf of Oman, state media said. Israel's foreign minister "
     "condemned the launch as reckless.", "IRN"),
])
def test_a_reaction_to_an_act_with_no_recipient_is_addressed_to_its_author(nlp, text, author):
    found = _condemnations(events(nlp, text))
    assert found and author in ids(found[-1].recipient)


def test_negative_a_reaction_to_another_act_names_no_earlier_author(nlp):
    found = _condemnations(events(nlp, "Pakistan test-fired a cruise missile on Monday. India condemned the killing "
                                       "of a journalist in Kashmir."))
    assert not any("PAK" in ids(e.recipient) for e in found)
