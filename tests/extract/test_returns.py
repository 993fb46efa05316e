"""A visit is a journey: the generated verb layer's "return from X" is a visit only when nobody and nothing is moved
("helped return 300 migrants from Libya" is no visit by the helper); things handed back ("will return the weapons
taken from the peacekeepers") are a return of property (RETREAT, CAMEO 0842). Sentences written for the project."""

from __future__ import annotations

from ._fictional import events, ids, only


def test_moving_people_from_a_place_is_no_visit(nlp) -> None:
    found = events(nlp, "The IOM helped return 300 migrants from Libya to Niger last month.")
    assert [e for e in found if e.event_type == "CONSULT"] == []


def test_weapons_handed_back_are_a_return_of_property(nlp) -> None:
    event = only(events(nlp, "Armenia returned the weapons seized from Azerbaijani soldiers to Azerbaijan."),
                 "RETREAT")
    assert event.cameo == "0842" and ids(event.actor) == ["ARM"] and ids(event.recipient) == ["AZE"]
