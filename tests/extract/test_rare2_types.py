"""The rarer event types as releases and wire news tell them: warnings of force (THREATEN), walkouts and strikes
(PROTEST), non-compliance and brushed-aside calls (REJECT), measures put or placed on a party (SANCTION). Invented
sentences with real names; the full English pipeline. Each test also holds the same words in a sense that is no
such event."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def _texts(side) -> list[str]:
    return [a.text for a in side]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran warned on Tuesday that it would respond with force to any attack on its nuclear facilities.", "Iran", None),
    ("Russia said all options are on the table if NATO deploys troops to Moldova.", "Russia", "NATO"),
    ("The United States keeps all options on the table against Iran.", "United States", "Iran"),
])
def test_rare2_warning_of_force_is_a_threat(nlp, text, actor, recipient):
    """A party that says it would respond with force, or that all options are on the table against or if another
    party acts, warns it may use force (PLOVER THREATEN): the warning is the event, aimed at the party of the 'if'
    clause or the 'against' phrase, never at the force itself. A reply by statement and options for a stadium are
    no threat."""
    threat = only(events(nlp, text, DAY), "THREATEN")
    assert actor in " ".join(_texts(threat.actor))
    assert _texts(threat.recipient) == ([recipient] if recipient else [])
    assert not events(nlp, "The ministry responded with a statement on Tuesday.", DAY)
    assert not [e for e in events(nlp, "The club said all options were on the table for the new stadium.", DAY)
                if e.event_type == "THREATEN"]


@pytest.mark.parametrize("text, recipient, dropped", [
    ("Turkey threatened a new offensive against the PKK.", "PKK", None),
    ("Israel's defence minister threatened to flatten Beirut if Hezbollah fired more rockets.", "Beirut", "ASSAULT"),
    ("Russia warned of serious consequences if Finland joined NATO.", "Finland", "COOPERATE"),
])
def test_rare2_threat_is_aimed_at_the_target_and_its_condition_is_no_act(nlp, text, recipient, dropped):
    """A threat of an act against a party ('threatened a new offensive against X') is aimed at X; the act a threat
    hangs on ('if Hezbollah fired more rockets', 'if Finland joined NATO') is no act the text tells, and a warning
    of consequences is aimed at the party of its 'if' clause."""
    found = events(nlp, text, DAY)
    assert _texts(only(found, "THREATEN").recipient) == [recipient]
    if dropped:
        assert not [e for e in found if e.event_type == dropped]


@pytest.mark.parametrize("text, actor, cameo", [
    ("A jailed activist has been on hunger strike for three weeks in Bahrain.", "activist", "142"),
    ("Miners at the Kolwezi pit have been on strike since March.", "Miners", "143"),
    ("Delegates from Ukraine walked out of the assembly as the Russian envoy began to speak.", "Ukraine", "143"),
])
def test_rare2_strikes_and_walkouts_are_protests(nlp, text, actor, cameo):
    """Being on (hunger) strike and walking out of an assembly or session are protests (PLOVER
    PROTEST, CAMEO 142 hunger strike, 143 strike or boycott) by the subject; walking out of a hospital is no event."""
    protest = only(events(nlp, text, DAY), "PROTEST")
    assert protest.cameo == cameo
    assert actor in " ".join(_texts(protest.actor))
    assert not events(nlp, "The minister walked out of the hospital on Friday.", DAY)


@pytest.mark.parametrize("text, actor", [
    ("Niger's junta ignored the ECOWAS deadline to restore the president.", "Niger"),
    ("Armenia flouted the court's order to release the detainees.", "Armenia"),
    ("The junta brushed aside calls from the African Union to hand power back to civilians.", "junta"),
])
def test_rare2_non_compliance_is_a_rejection(nlp, text, actor):
    """Ignoring a deadline, flouting an order and brushing aside calls are refusals
    (PLOVER REJECT); ignoring a weather warning or a question is no event."""
    reject = only(events(nlp, text, DAY), "REJECT")
    assert actor in " ".join(_texts(reject.actor))
    for negative in ("Residents ignored the warning and stayed in their homes.",
                     "The spokesman ignored the question about the budget."):
        assert not [e for e in events(nlp, negative, DAY) if e.event_type == "REJECT"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("The United States placed export controls on 30 Chinese technology firms.", "United States", "Chinese"),
    ("Britain put sanctions on six Russian oligarchs.", "Britain", "Russian"),
    ("France secured new EU sanctions on Iran.", "France", "Iran"),
])
def test_rare2_measures_put_or_secured_on_a_party_are_sanctions(nlp, text, actor, recipient):
    """Sanctions or export controls put or placed on a party, and sanctions a state secures in a body it belongs to,
    are its measure against that party (PLOVER SANCTION, CAMEO 163), the party after 'on' the recipient; restrictions
    on gatherings at home are no sanction and an order placed for aircraft no event."""
    sanction = only(events(nlp, text, DAY), "SANCTION")
    assert actor in " ".join(_texts(sanction.actor))
    assert recipient in " ".join(_texts(sanction.recipient))
    assert not [e for e in events(nlp, "The government placed restrictions on public gatherings.", DAY)
                if e.event_type == "SANCTION"]
    assert not events(nlp, "The company placed an order for 20 aircraft.", DAY)
