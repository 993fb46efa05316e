"""Conflict-monitoring items: a conflict's course told as background (a progressive since a year long past, attacks a
place or party undergoes as a habit, a kind of act a place is beset by, a gerund of what a group is like, a count
of the killed over a calendar stretch) is no act; the day's acts beside them stay. Invented sentences with real
names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-30"


@pytest.mark.parametrize("text", [
    "The New People's Army has been fighting Philippine troops in the southern hills since 1978.",
    "Boko Haram has been attacking Nigerian troops in Borno since 2009.",
    "The Taliban have been battling Pakistani forces along the border since 2007, with thousands of soldiers "
    "killed in the fighting.",
])
def test_ter16_progressive_since_a_distant_year_is_background(nlp, text):
    """A present perfect progressive since a year a decade or more before publication tells the course of a long
    conflict (docs/annotation.md: general states and background are no events)."""
    assert "ASSAULT" not in {e.event_type for e in events(nlp, text, DAY)}


def test_ter16_progressive_since_dawn_is_the_days_fighting(nlp):
    """Negative: the same progressive since dawn tells fighting going on, an ASSAULT."""
    found = events(nlp, "The New People's Army has been fighting Philippine troops in the southern hills since dawn, "
                   "the military said.", DAY)
    assert [e.event_type for e in found] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Supply trucks on the coastal road regularly come under attack from Taliban gunmen.",
    "Philippine army outposts are frequently attacked by the New People's Army.",
])
def test_ter16_attack_undergone_as_a_habit_is_background(nlp, text):
    """An attack a place or party undergoes in the present tense with an adverb of habit is a general state."""
    assert not events(nlp, text, DAY)


@pytest.mark.parametrize("text", [
    "Supply trucks on the coastal road came under attack from Taliban gunmen on Monday.",
    "Philippine army outposts were attacked by the New People's Army on Monday.",
])
def test_ter16_attack_undergone_on_a_day_stays(nlp, text):
    """Negative: the same attack told on a day is an ASSAULT."""
    assert [e.event_type for e in events(nlp, text, DAY)] == ["ASSAULT"]


def test_ter16_acts_a_place_is_plagued_by_are_background(nlp):
    """The "by" phrase of "plagued" names the kind of act a place is beset by, no attack of the day."""
    found = events(nlp, "Quetta, which is plagued by kidnappings and attacks by the Pakistani Taliban, lies near the "
                   "border.", DAY)
    assert not found


def test_ter16_gerund_of_what_a_group_is_like_is_background(nlp):
    """A gerund clause on "has become a threat" with bare plural objects says what the group does in general."""
    found = events(nlp, "Boko Haram has become a major threat in the region, attacking troops on patrol while killing "
                   "and abducting travellers at roadblocks.", DAY)
    assert not found


def test_ter16_gerund_with_a_counted_object_stays(nlp):
    """Negative: a counted object ("killing 30 Nigerian soldiers") tells the act of the raid."""
    found = events(nlp, "The Boko Haram raid was the deadliest this month, killing 30 Nigerian soldiers.", DAY)
    assert [e.event_type for e in found] == ["ASSAULT"]


def test_ter16_killed_this_year_is_a_tally(nlp):
    """A present perfect of killing counted over "this year" is a tally, no act."""
    found = events(nlp, "At least 210 villagers have been killed by Boko Haram in Borno this year, a monitoring "
                   "group said.", DAY)
    assert not found


def test_ter16_killed_since_monday_stays(nlp):
    """Negative: killed "since Monday" tells the acts of the last days."""
    found = events(nlp, "Twelve villagers have been killed by Boko Haram in Borno since Monday, police said.", DAY)
    assert [e.event_type for e in found] == ["ASSAULT"]
