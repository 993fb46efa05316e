"""A place is a recipient only when it is the target itself (docs/annotation.md): the country a council meeting is
held on is its topic (a briefing with private talks after it, "on X"), and the place where a demanded truce
would hold is no party asked ("demanded a ceasefire in X"; the recipient of a REQUEST is the party asked to act).
A place that grants what is asked ("requested asylum in X") and a party met stay. Sentences written for the project;
the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-12-06"


def _sides(found, kind):
    return [(sorted(a.name for a in e.actor), sorted(r.name for r in e.recipient)) for e in found
            if e.event_type == kind]


@pytest.mark.parametrize("text", [
    "The Security Council will hold a briefing, followed by closed consultations, on Haiti on Friday.",
])
def test_unc17_the_country_a_meeting_is_held_on_is_its_topic(nlp, text):
    # a briefing held is briefing business (nonevents.briefing_business), no meeting coded; whatever is coded of it
    # never takes the topic country as the party met
    acts = _sides(events(nlp, text, DAY), "CONSULT")
    assert all(recipients == [] for _, recipients in acts)


@pytest.mark.parametrize("text, recipients", [
    # negatives: a visit paid on a person, a meeting with a party
    ("Blinken called on Erdogan in Ankara on Monday.", ["Recep Tayyip Erdoğan"]),
    ("The envoy held a meeting with the Houthis on the exchange of prisoners.", ["Houthis"]),
])
def test_unc17_parties_met_stay(nlp, text, recipients):
    acts = _sides(events(nlp, text, DAY), "CONSULT")
    assert [r for _, r in acts] == [recipients]


@pytest.mark.parametrize("text", [
    "The Security Council unanimously passed a resolution demanding a ceasefire in Yemen.",
    "The Arab League demanded an immediate truce in Sudan.",
    "Qatar called for a humanitarian pause in Gaza.",
])
def test_unc17_the_place_of_a_demanded_truce_is_no_party_asked(nlp, text):
    acts = _sides(events(nlp, text, DAY), "REQUEST")
    assert acts and all(recipients == [] for _, recipients in acts)


@pytest.mark.parametrize("text, recipients", [
    # negatives: the party asked stays, however the truce is placed
    ("The Security Council called on Sudan to respect the ceasefire in Darfur.", ["Sudan"]),
    ("The Arab League demanded that Israel agree to a truce in Gaza.", ["Israel"]),
])
def test_unc17_the_party_asked_stays(nlp, text, recipients):
    acts = _sides(events(nlp, text, DAY), "REQUEST")
    assert [r for _, r in acts] == [recipients]


def test_unc17_a_visit_paid_stays_a_visit(nlp):
    # negative: "is on a visit to X": X is visited, not a topic
    acts = _sides(events(nlp, "The Emir of Qatar is on a two-day visit to Jordan.", DAY), "CONSULT")
    assert [r for _, r in acts] == [["Jordan"]]
