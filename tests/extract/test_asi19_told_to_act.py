"""Security news from Asia: a foreign office telling another state what "it should" do. Sentences written for the
project; the full English pipeline.

* "X told / conveyed to / reminded Y that it should <act>": the pronoun is the party told, so the clause is a
  demand (REQUEST demand) of Y by X, and the acts it asks are no acts told (``obligations._addressees``).
* A speaker's own duty ("said it should have acted sooner") and a clause told to no party ("told reporters that it
  should ...") are no demand.
"""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds, only

DAY = "2026-12-01"


@pytest.mark.parametrize("text, actor, recipient", [
    ("Bhutan told Nepal that it should hand over the suspects.", "BTN", "NPL"),
    ("Sri Lanka conveyed to the Maldivian government that it should withdraw its trawlers and pay the fishermen.",
     "LKA", "MDV"),
    ("Laos reminded Thailand that it should respect the border agreement.", "LAO", "THA"),
])
def test_asi19_party_told_what_it_should_do_is_asked(nlp, text, actor, recipient):
    found = events(nlp, text, DAY)
    assert [k[0] for k in kinds(found)] == ["REQUEST"]
    event = only(found, "REQUEST")
    assert ids(event.actor) == [actor]
    assert ids(event.recipient) == [recipient]


@pytest.mark.parametrize("text", [
    "Chile said it should have acted sooner.",
    "Bhutan told reporters that it should finish the new road by June.",
])
def test_asi19_own_duty_or_no_party_told_is_no_demand(nlp, text):
    assert not [k for k in kinds(events(nlp, text, DAY)) if k[0] == "REQUEST"]
