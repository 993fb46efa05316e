"""Event arguments on invented sentences: places are settings, not parties; agentless passives keep their event.

Grammar cases use fictional actors marked by hand (``_fictional``); the cases that need the place gazetteer run the
full pipeline on invented sentences with real place names."""

from __future__ import annotations

import pytest

from annalyst.extract.analyze import analyze
from annalyst.extract.events import EventCoder
from annalyst.models import Article, Published

from ._fictional import parse

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coder():
    return EventCoder()


def code(base_nlp, coder, text):
    return coder(parse(base_nlp, text))


def ids(side):
    return [a.actor_id or a.text for a in side]


def of_type(events, event_type):
    found = [e for e in events if e.event_type == event_type]
    assert found, [(e.event_type, e.evidence[0].trigger) for e in events]
    return found[0]


def full(nlp, text):
    article = Article(id="t", text=text, language="en", published=Published(date="2025-07-12", source="given"))
    return analyze(article, nlp).events


@pytest.mark.parametrize("text", [
    "Near Osgiliath, two strikes engaged Mordor fighters.",
    "Near Osgiliath, five strikes engaged a Mordor unit and destroyed a bunker.",
])
def test_event_arguments_a_fronted_place_is_never_the_actor(base_nlp, coder, text):
    e = of_type(code(base_nlp, coder, text), "ASSAULT")
    assert "Osgiliath" not in " ".join(a.text for a in e.actor)
    assert any("strikes" in a.text for a in e.actor)
    assert ids(e.recipient) == ["MOR"]


def test_event_arguments_a_fronted_place_is_the_setting_not_the_target(nlp):
    e = of_type(full(nlp, "In Yemen, coalition aircraft conducted nine strikes on Sunday."), "ASSAULT")
    assert not any(a.actor_id == "YEM" or a.name == "Yemen" for a in e.recipient)
    assert e.location is not None and e.location.country == "YEM"


def test_event_arguments_the_target_of_a_participle_against_phrase(nlp):
    events = full(nlp, "Coalition forces conducted nine strikes using attack, bomber and fighter aircraft against "
                       "ISIL positions.")
    e = next(e for e in events if e.event_type == "ASSAULT" and "strikes" in e.evidence[0].trigger)
    assert [r.name for r in e.recipient] and all("ISIL" in r.text for r in e.recipient)


def test_event_arguments_a_place_in_a_condemned_act_is_not_the_accused(nlp):
    events = full(nlp, "Britain condemned the attacks in Yemen which killed civilians.")
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    assert accuse and not any(r.name == "Yemen" for e in accuse for r in e.recipient)


@pytest.mark.parametrize("text, kind, patient", [
    ("Five Gondor soldiers were killed in an ambush on Monday.", "ASSAULT", "GON"),
    ("Elrond was shot dead outside his house.", "ASSAULT", "ELR"),
    ("Two Rohan journalists were arrested on Tuesday.", "COERCE", "ROH"),
])
def test_event_arguments_an_agentless_passive_keeps_its_event_with_no_actor(base_nlp, coder, text, kind, patient):
    e = of_type(code(base_nlp, coder, text), kind)
    assert e.actor == [] and ids(e.recipient) == [patient]


def test_event_arguments_at_the_hands_of_names_the_actor(base_nlp, coder):
    e = of_type(code(base_nlp, coder, "Thousands of Gondor civilians have been killed at the hands of Mordor."),
                "ASSAULT")
    assert ids(e.actor) == ["MOR"] and ids(e.recipient) == ["GON"]


def test_event_arguments_the_agent_of_a_passive_chain_acts_in_each_conjunct(base_nlp, coder):
    events = code(base_nlp, coder, "Elrond was struck and killed by a Mordor drone.")
    e = of_type(events, "ASSAULT")
    assert ids(e.actor) == ["MOR"] and ids(e.recipient) == ["ELR"]
