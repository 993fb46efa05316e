"""Missile launches told with no target are weapons tests, shows of force (MOBILIZE, mode weapons, CAMEO 150), not
attacks: a ballistic or intercontinental missile fired or launched with no target phrase, one fired toward the sea,
and a test-firing whose hyphened prefix the parser hung as a loose dependent or whose verb it read as an adjective.
The end of a launch (a missile that fell into the sea, one that blew up after lift-off) is no act of its own.
Missiles fired at a party or place, or told with what they hit, stay attacks. Sentences written for the project;
the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds, only

DAY = "2026-10-04"


@pytest.mark.parametrize("text", [
    "Ukraine fired a ballistic missile on Wednesday morning, the Romanian defence ministry said.",
    "Last month Pakistan launched an ICBM after a pause of two years.",
    "Officials expect that Iran could launch another intercontinental ballistic missile in the spring.",
    "Egypt launched two ballistic missiles toward the Red Sea on Saturday.",
])
def test_msl19_ballistic_launch_with_no_target_is_show_of_force(nlp, text):
    event = only(events(nlp, text, DAY), "MOBILIZE")
    assert (event.mode, event.cameo) == ("weapons", "150")
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The Turkish army has now successfully test-fired its newest missile over the weekend.",
    "Egypt's Republican Guard test-fired several advanced rockets during desert manoeuvres on Friday.",
    "Iraq test-fired two missiles into the sea.",
])
def test_msl19_test_firing_with_hyphened_prefix_is_show_of_force(nlp, text):
    assert [k[0] for k in kinds(events(nlp, text, DAY))] == ["MOBILIZE"]


@pytest.mark.parametrize("text", [
    "The rocket came down outside the exclusive economic zone of Chile, the navy said.",
    "The second missile fell into the Black Sea about 300 km from the coast.",
    "According to Ankara, one of the rockets exploded shortly after launch.",
])
def test_msl19_end_of_a_launch_is_no_event(nlp, text):
    assert events(nlp, text, DAY) == []


@pytest.mark.parametrize("text", [
    # negatives: missiles fired at a party or place, or told with what they hit, stay attacks
    "Armenia fired two ballistic missiles at Azerbaijani positions.",
    "The militia launched a ballistic missile toward Riyadh on Sunday.",
    "The rebels fired a ballistic missile, killing six soldiers at the airbase.",
])
def test_msl19_missiles_fired_at_a_target_stay_attacks(nlp, text):
    assert only(events(nlp, text, DAY), "ASSAULT").recipient


@pytest.mark.parametrize("text", [
    "A rocket fell on a school in Sderot, wounding two pupils.",
    "Police baton-charged students outside the university.",
])
def test_msl19_impacts_and_other_hyphened_verbs_unchanged(nlp, text):
    assert [k[0] for k in kinds(events(nlp, text, DAY))] == ["ASSAULT"]
