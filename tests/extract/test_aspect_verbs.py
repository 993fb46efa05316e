"""An act that goes on, starts or starts again ("continued striking", "resumed shelling", "began shelling") is one
event of that act, told as happening: the aspect verb is its clause, not an act of its own, nor a plan. A participle
modifying an object never makes that object a labour strike. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import code, events, ids, kinds, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, trigger", [
    ("Russian forces resumed shelling Kharkiv after a brief lull.", "shelling"),
    ("Russian forces kept shelling Kharkiv overnight.", "shelling"),
    ("Israeli jets continued striking targets in Gaza on Tuesday.", "striking"),
])
def test_an_aspect_verb_and_its_act_are_one_event(nlp, text: str, trigger: str) -> None:
    found = events(nlp, text)
    assert kinds(found) == [("ASSAULT", trigger)]
    assert only(found, "ASSAULT").status == "asserted"


def test_a_participle_before_the_object_is_the_act_in_the_aspect_verbs_clause(nlp) -> None:
    """The parser reads "continued striking targets" as targets that strike: the act is still the striking, with
    the continuing verb's subject as its actor, and no strike of workers."""
    event = only(events(nlp, "Israeli jets continued striking targets in Gaza on Tuesday."), "ASSAULT")
    assert ids(event.actor) == ["ISR"]


def test_an_act_that_began_happened(base_nlp, coder) -> None:
    """"began shelling" tells shelling that took place; "plans to shell" does not."""
    began = only(code(base_nlp, coder, "Gondor began shelling Arnor at dawn."), "ASSAULT")
    assert began.status == "asserted"
    assert not [e for e in code(base_nlp, coder, "Gondor plans to shell Arnor at dawn.")
                if e.event_type == "ASSAULT" and e.status == "asserted"]


@pytest.mark.parametrize("text", [
    "Gondor's dockworkers continued their strike.",
    "Teachers in Gondor began a strike on Monday.",
    "Gondor's doctors and nurses resumed the strike.",
])
def test_a_strike_of_workers_is_a_stoppage_not_an_attack(base_nlp, coder, text: str) -> None:
    event = only(code(base_nlp, coder, text), "PROTEST")
    assert (event.cameo, event.mode) == ("143", "strike")


@pytest.mark.parametrize("text", ["Gondor launched strikes on Arnor.", "Gondor's jets continued their strikes on Arnor."])
def test_strikes_of_armed_forces_stay_attacks(base_nlp, coder, text: str) -> None:
    assert ids(only(code(base_nlp, coder, text), "ASSAULT").recipient) == ["ARN"]


@pytest.mark.parametrize("text", [
    "All factions in Gondor must cooperate to defeat Mordor.",
    "Gondor and Rohan are working to defeat Mordor.",
])
def test_the_goal_of_a_joint_effort_is_no_act(base_nlp, coder, text: str) -> None:
    assert not [e for e in code(base_nlp, coder, text) if e.event_type == "ASSAULT"]


def test_support_one_is_committed_to_is_support(nlp) -> None:
    """docs/annotation.md: a standing commitment is no act, except support stated as such; an act one is determined
    to do is an intent (a threat for a conflict act), not an act that happened."""
    event = only(events(nlp, "Japan is committed to supporting Ukraine."), "SUPPORT")
    assert (ids(event.actor), ids(event.recipient)) == (["JPN"], ["UKR"])
    assert events(nlp, "The UK remains committed to working with Iraq.") == []
    assert [e.event_type for e in events(nlp, "Israel is determined to destroy Hamas.")] == ["THREATEN"]
