"""Warnings and protests between states. A warning that tells what the warner would do is one threat, not two; a
state's forecast of what another named party will do is no threat of that party; a protest made to a state is an
official complaint, not a demonstration; an envoy named by country and a title the parser reads as plural is still
that country's. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, recipient", [
    ("Turkey warned Sweden that it would block its bid to join the alliance.", "SWE"),
    ("Iran warned Israel that it would retaliate.", "ISR"),
    ("Iran warned that it could strike Israeli bases.", "ISR"),
])
def test_a_warning_of_ones_own_act_is_one_threat(nlp, text: str, recipient: str) -> None:
    found = events(nlp, text)
    assert [e.event_type for e in found] == ["THREATEN"], kinds(found)
    assert ids(found[0].recipient) == [recipient]


def test_a_states_forecast_of_another_partys_attack_is_no_threat_of_that_party(nlp) -> None:
    event = only(events(nlp, "Pakistan warned that the Taliban would attack Kabul."), "ASSAULT")
    assert ids(event.actor) == ["AFG-TALIBAN"] and event.status == "predicted"


def test_a_protest_made_to_a_state_is_an_official_complaint(nlp) -> None:
    event = only(events(nlp, "Vietnam protested to China over the detention of its fishermen."), "ACCUSE")
    assert (event.cameo, ids(event.recipient)) == ("114", ["CHN"])


def test_an_envoy_named_by_country_belongs_to_it(nlp) -> None:
    # summoning an envoy is an official protest to the envoy's state (CAMEO 114; test_demands_constructions.py)
    event = only(events(nlp, "Poland summoned the Belarusian charge d'affaires over the border incident."), "ACCUSE")
    assert ids(event.recipient) == ["BLR"]
