"""Crowds in protest reports. A crowd told by its size alone ("Thousands marched") is a party (civilians, CAMEO
CVL); a protest told as the purpose of a gathering is the protest; people kept "from marching" would march, not
those who kept them; force used "to disperse" a crowd hits that crowd. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Thousands marched in Belgrade against the government.",
    "Tens of thousands took to the streets of Tel Aviv on Saturday to protest the judicial overhaul.",
])
def test_a_crowd_told_by_its_size_protests(nlp, text: str) -> None:
    assert ids(only(events(nlp, text), "PROTEST").actor) == ["agent:CVL"]


def test_a_protest_told_as_the_purpose_of_a_gathering_is_the_protest(nlp) -> None:
    found = events(nlp, "Hundreds of students gathered outside parliament in Tbilisi to protest the new law.")
    assert ids(only(found, "PROTEST").actor) == ["agent:EDU"], kinds(found)


def test_people_kept_from_marching_would_march(nlp) -> None:
    found = events(nlp, "About 2,000 protesters were blocked by police from marching toward the palace in Dhaka.")
    assert ids(only(found, "PROTEST").actor) == ["agent:OPP"]
    assert ids(only(found, "COERCE").actor) == ["agent:COP"]


def test_force_used_to_disperse_a_crowd_hits_it(nlp) -> None:
    found = events(nlp, "Peruvian police fired tear gas and rubber bullets to disperse protesters in Lima.")
    assert ids(only(found, "ASSAULT").recipient) == ["agent:OPP"]
