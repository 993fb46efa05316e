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


def test_people_coming_home_make_no_visit(nlp) -> None:
    for sentence in ("Aid goes first to families who returned from Iran and Pakistan this year.",
                     "Thousands of refugees returned from Pakistan last month."):
        assert [e for e in events(nlp, sentence) if e.event_type == "CONSULT"] == [], sentence


def test_an_envoy_coming_back_from_talks_still_visited(nlp) -> None:
    event = only(events(nlp, "The Iranian delegation returned from Baku after two days of talks."), "CONSULT")
    assert ids(event.actor) == ["IRN"] and ids(event.recipient) == ["AZE"]
