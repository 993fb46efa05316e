"""Acts two or more parties do with each other need no recipient: "Canada and Mexico will share information on X",
"the two governments exchanged intelligence", "about 40 nations have joined together to fight piracy" (COOPERATE by
the parties of the subject). A single party's act with no one named ("Iraq will share information") still needs its
recipient, and an uncounted crowd of states is still no party. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds

pytestmark = pytest.mark.slow


def _cooperation(found):
    return [e for e in found if e.event_type == "COOPERATE"]


@pytest.mark.parametrize("text, actors", [
    ("Canada and Mexico will share information on migrant smuggling.", ["CAN", "MEX"]),
    ("Kenya and Uganda exchanged intelligence on cattle raiders last month.", ["KEN", "UGA"]),
])
def test_named_parties_acting_together_cooperate_with_each_other(nlp, text: str, actors: list[str]) -> None:
    found = _cooperation(events(nlp, text))
    assert len(found) == 1, kinds(events(nlp, text))
    assert sorted(ids(found[0].actor)) == actors and found[0].recipient == []


@pytest.mark.parametrize("text, actor", [
    ("About 40 nations have joined together to fight piracy off Somalia.", "About 40 nations"),
    ("The two governments exchanged information on suspected traffickers.", "two governments"),
])
def test_a_counted_plural_of_states_acting_together_is_a_party(nlp, text: str, actor: str) -> None:
    found = _cooperation(events(nlp, text))
    assert [a.text for e in found for a in e.actor] == [actor], kinds(events(nlp, text))


@pytest.mark.parametrize("text", [
    "Iraq will share information on the attack.",
    "Many nations have joined the effort.",
    "Officials shared information about the weather.",
])
def test_a_single_or_uncounted_party_with_no_recipient_is_no_cooperation(nlp, text: str) -> None:
    assert _cooperation(events(nlp, text)) == [], kinds(events(nlp, text))
