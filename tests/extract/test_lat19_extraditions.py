"""Conflict and politics in Latin America and the Caribbean: extraditions. Sentences written for the project; the full
English pipeline.

* A person extradited, or handed or turned over to another state's authorities, marshals or prosecutors, is judicial
  cooperation (COOPERATE, CAMEO 063) with the state that receives the person, the recipient told by the "to"
  phrase; the person extradited is not the recipient (``triggering``, ``triggers.json``).
* Hostages handed over stay a release, goods handed over stay aid.
"""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only

DAY = "2026-12-04"


@pytest.mark.parametrize("text, giver, receiver", [
    ("Honduras extradited the gang leader to the United States on Tuesday.", "HND", "USA"),
    ("Guatemala has extradited alleged smuggler Tomas Rivas Ochoa to Mexico, prosecutors said.", "GTM", "MEX"),
    ("Peru handed the fugitive banker over to Chilean prosecutors at the border.", "PER", "CHL"),
])
def test_lat19_extradition_is_judicial_cooperation_with_the_receiving_state(nlp, text, giver, receiver):
    event = only(events(nlp, text, DAY), "COOPERATE")
    assert ids(event.actor) == [giver]
    assert ids(event.recipient) == [receiver]


def test_lat19_hostages_handed_over_stay_a_release(nlp):
    found = events(nlp, "The guerrillas handed over three hostages to the Red Cross.", DAY)
    assert [e.event_type for e in found] == ["RETREAT"]


def test_lat19_goods_handed_over_stay_aid(nlp):
    found = events(nlp, "Brazil handed over 30 tonnes of medicine to the Bolivian authorities.", DAY)
    assert [e.event_type for e in found] == ["AID"]
