"""Movements across borders: people fleeing or coming home are no act between parties ("hundreds of refugees
crossed into Chad": no appeal for aid, as the generated verb layer had it), troops crossing are, aimed at the
country they cross into, not the one they come from; an abstention in a vote concedes nothing. Sentences written
for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only


@pytest.mark.parametrize("sentence", [
    "Hundreds of Sudanese refugees crossed into Chad over the weekend to escape the fighting.",
    "Thousands of families fled into Tajikistan as the fighting spread.",
])
def test_people_crossing_a_border_make_no_event(nlp, sentence) -> None:
    assert events(nlp, sentence) == []


@pytest.mark.parametrize("sentence, actor, target", [
    ("Russian troops crossed into Ukraine from Belarus.", "RUS", "UKR"),
    ("Thousands of Eritrean troops crossed into Ethiopia from Eritrea.", "ERI", "ETH"),
])
def test_troops_crossing_into_a_country_are_aimed_at_it(nlp, sentence, actor, target) -> None:
    event = only(events(nlp, sentence), "ASSAULT")
    assert ids(event.actor) == [actor] and ids(event.recipient) == [target]


def test_an_abstention_concedes_nothing(nlp) -> None:
    found = events(nlp, "The council adopted a resolution demanding a ceasefire in Sudan, with China abstaining.")
    assert [e for e in found if e.event_type == "CONCEDE"] == []


@pytest.mark.parametrize("sentence, mode, actor", [
    ("Kenyan police officers arrived in Haiti on Tuesday to lead a multinational force.", "police", "KEN"),
    ("Two Russian warships arrived in Havana on Wednesday.", "troops", "RUS"),
])
def test_forces_arriving_are_a_deployment_not_a_visit(nlp, sentence, mode, actor) -> None:
    found = events(nlp, sentence)
    assert [e for e in found if e.event_type == "CONSULT"] == []
    event = only(found, "MOBILIZE")
    assert event.mode == mode and ids(event.actor) == [actor]


def test_a_minister_arriving_still_visits(nlp) -> None:
    assert ids(only(events(nlp, "Kenya's foreign minister arrived in Addis Ababa on Monday for talks."),
                    "CONSULT").recipient) == ["ETH"]


@pytest.mark.parametrize("sentence", [
    "Kenya sent 400 police officers to Haiti on Tuesday.",
    "Nairobi dispatched police to the border with Somalia.",
])
def test_police_sent_or_dispatched_is_a_deployment(nlp, sentence) -> None:
    """Armed police sent abroad or to a border are a force moved (CAMEO 154, MOBILIZE) as troops are; a company's
    staff or a club's players moved are no force."""
    assert only(events(nlp, sentence), "MOBILIZE").mode == "troops"


@pytest.mark.parametrize("sentence", [
    "The company moved its personnel to Dubai.",
    "The club sent its players to a training camp in Dubai.",
])
def test_staff_or_players_moved_make_no_deployment(nlp, sentence) -> None:
    assert [e for e in events(nlp, sentence) if e.event_type == "MOBILIZE"] == []
