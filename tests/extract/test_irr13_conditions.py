"""Acts that news of crises, deterrence and negotiations tells without telling them as happening: an attack named
as a condition ("in the event of", "any attack on X will be met with", "a Russian attack on X would ...", "should
X strike") is hypothetical, and an act one party wants of another ("wants X to withdraw") is a wish, no event.
Invented sentences with real names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize("text", [
    "NATO would invoke Article 5 in the event of a Russian attack on Lithuania.",
    "Seoul drew up plans to evacuate civilians in the event of a North Korean artillery strike on the islands.",
    "The drills are meant to prepare troops in case of an Iranian strike on the base.",
    "Plans call for evacuating embassy staff in the event of a Russian invasion of Moldova.",
])
def test_irr13_act_in_the_event_of_is_hypothetical(nlp, text):
    """The noun of "in the event of" / "in case of" names the condition of what the clause tells, an act not
    done: status hypothetical (docs/annotation.md, a condition is ``hypothetical``)."""
    found = [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]
    assert found and all(e.status == "hypothetical" for e in found), [(e.evidence[0].trigger, e.status) for e in found]


@pytest.mark.parametrize("text", [
    "A Russian attack on Estonia would force the alliance to respond.",
    "A Chinese blockade of Taiwan would disrupt global trade for months, analysts say.",
    "A Turkish incursion into Iraq would not necessarily lead to a wider war.",
    "Reversing a successful Russian invasion of the Baltics would be hard.",
])
def test_irr13_indefinite_act_that_would_bring_something_is_hypothetical(nlp, text):
    """An indefinite act noun as the subject of a clause of what it would bring ("a X attack on Y would force
    ..."), or the object of a gerund that is that subject ("reversing a Russian invasion would be hard"), is
    supposed, not told: hypothetical, not asserted."""
    found = [e for e in events(nlp, text, DAY) if e.event_type in ("ASSAULT", "COERCE")]
    assert found and all(e.status == "hypothetical" for e in found), [(e.evidence[0].trigger, e.status) for e in found]


@pytest.mark.parametrize("text", [
    "Hezbollah said it would not stay neutral should Israel strike Iran.",
    "Tehran vowed to hit American bases across the Gulf should Washington strike.",
])
def test_irr13_inverted_should_opens_a_condition(nlp, text):
    """"... should X strike" in mid-sentence is a condition opened by an inverted auxiliary, not a proposal that
    X should strike: hypothetical; the threat of the main clause is not made a proposal by it."""
    found = events(nlp, text, DAY)
    strike = only(found, "ASSAULT")
    assert strike.status == "hypothetical"
    for threat in (e for e in found if e.event_type == "THREATEN"):
        assert threat.status == "asserted"


@pytest.mark.parametrize("text", [
    "The European Union wants Moscow to withdraw its troops from the border.",
    "Israel wants Hezbollah to pull back its fighters from the frontier.",
    "The allies want Pyongyang to surrender its whole nuclear arsenal by 2030.",
])
def test_irr13_act_one_party_wants_of_another_is_no_event(nlp, text):
    """"X wants Y to <act>" tells X's wish about Y, not an act of Y, neither done nor announced by Y: no event
    (docs/annotation.md: an act only wished is no event)."""
    found = events(nlp, text, DAY)
    assert not [e for e in found if e.event_type in ("RETREAT", "CONCEDE")], [
        (e.event_type, e.evidence[0].trigger, e.status) for e in found]


@pytest.mark.parametrize("text, threat", [
    ("Iran warned that any attack on its nuclear sites would be met with a crushing response.", True),
    ("Hezbollah warned that any strike on Beirut would be met with a harsh response.", True),
    ("The mayor warned that any outbreak of cholera would be met with a swift response.", False),
])
def test_irr13_warning_that_any_attack_will_be_met_with_a_response_is_a_threat(nlp, text, threat):
    """"warned that any attack on X would be met with a crushing response" is a threat (130) by the one who warns,
    against whoever would attack, though no attacker is named; the attack is only its condition. A response to an
    outbreak of disease is no threat."""
    found = events(nlp, text, DAY)
    assert bool([e for e in found if e.event_type == "THREATEN"]) == threat, [
        (e.event_type, e.evidence[0].trigger) for e in found]
    assert not [e for e in found if e.event_type == "ASSAULT" and e.status != "hypothetical"]


@pytest.mark.parametrize("text, gone", [
    ("EU foreign ministers are considering imposing sanctions on Belarusian officials.", "SANCTION"),
    ("Envoys said the council should look at strengthening sanctions against Pyongyang.", "SANCTION"),
    ("Japan is weighing sending warships to the Red Sea.", "MOBILIZE"),
    ("Iran's leaders debated launching a second strike on Israel.", "ASSAULT"),
])
def test_irr13_act_weighed_is_no_event(nlp, text, gone):
    """The gerund of a verb of weighing ("considering imposing", "look at strengthening", "weighing sending",
    "debated launching") names an act weighed, neither done nor decided: no event of its own; the talk, where one
    is told, is the event (docs/annotation.md: the act a discussion weighs is no event)."""
    found = events(nlp, text, DAY)
    assert not [e for e in found if e.event_type == gone], [(e.event_type, e.evidence[0].trigger) for e in found]


@pytest.mark.parametrize("text, event_type, status", [
    ("Russia launched a missile attack on Kyiv overnight.", "ASSAULT", "asserted"),
    ("An Israeli airstrike on the camp killed 12 people on Monday.", "ASSAULT", "asserted"),
    ("Britain sent two frigates to the Gulf on Monday.", "MOBILIZE", "asserted"),
    ("Washington wants to impose new sanctions on Moscow.", "SANCTION", "predicted"),
    ("Iran wants to hold talks with the Europeans in Geneva.", "CONSULT", "predicted"),
    ("Russia has not launched any attack on the city since March.", "ASSAULT", "negated"),
    ("Israel resumed striking targets in Gaza on Sunday.", "ASSAULT", "asserted"),
    ("The ministers agreed on imposing new sanctions on Belarus.", "SANCTION", "asserted"),
])
def test_irr13_acts_told_as_happening_or_intended_keep_their_status(nlp, text, event_type, status):
    """The same acts told as done, as a party's own aim ("wants to impose": its intent, predicted) or denied by
    their verb ("has not launched any attack") keep their status: only a condition or another's wish changes it."""
    assert only(events(nlp, text, DAY), event_type).status == status
