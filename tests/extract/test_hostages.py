"""People taken or held hostage or captive are abducted (ASSAULT abduct, CAMEO 181), whichever way the parser hangs
the state on the verb; set free stays a release. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only


@pytest.mark.parametrize("sentence, actor, victims", [
    ("Gunmen took 20 passengers hostage on a bus near Quetta.", "agent:UAF", "20 passengers"),
    ("Al-Shabaab militants took three aid workers hostage in Mandera.", "SOM-AL-SHABAAB", "three aid workers"),
    ("The rebels took a French journalist captive in northern Mali.", "agent:REB", "French journalist"),
])
def test_people_taken_hostage_are_abducted(nlp, sentence, actor, victims) -> None:
    event = only(events(nlp, sentence), "ASSAULT")
    assert event.cameo == "181" and event.mode == "abduct"
    assert ids(event.actor) == [actor] and [r.text for r in event.recipient] == [victims]


def test_people_set_free_are_released(nlp) -> None:
    assert only(events(nlp, "Venezuela set the American oil executives free."), "RETREAT").mode == "release"
