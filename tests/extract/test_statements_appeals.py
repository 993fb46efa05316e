"""Appeals and demands in government statements (issue: event coding that holds on unseen text): an appeal with no
addressee ("Canada urges restraint"), a demand for the release of someone (addressed to whoever holds them, not to
them), and a welcomed agreement "reached between" two parties, which is their AGREE. Every sentence was written for
the project."""

from __future__ import annotations

import pytest

from ._fictional import events, only

pytestmark = pytest.mark.slow


def ids(side):
    return [a.actor_id for a in side]


@pytest.mark.parametrize("text, actor", [
    ("Canada urges restraint in the South China Sea", "CAN"),
    ("Austria urged calm after the clashes in Bosnia.", "AUT"),
])
def test_urging_restraint_is_an_appeal_with_no_addressee(nlp, text, actor):
    e = only(events(nlp, text), "REQUEST")
    assert e.mode == "appeal" and e.cameo.startswith("02") and ids(e.actor) == [actor] and e.recipient == []


@pytest.mark.parametrize("text", [
    "France demanded the immediate release of President Bazoum.",
    "Britain called for the immediate release of Jimmy Lai.",
])
def test_a_demand_for_a_release_is_not_addressed_to_the_prisoner(nlp, text):
    e = only(events(nlp, text), "REQUEST")
    assert e.recipient == []


def test_a_demand_for_a_release_is_addressed_to_the_holder(nlp):
    e = only(events(nlp, "Germany demanded the release of two journalists held by Iran."), "REQUEST")
    assert ids(e.recipient) == ["IRN"]


def test_an_agreement_reached_between_two_parties_is_theirs(nlp):
    found = events(nlp, "Tobias Ellwood said: I welcome the agreement reached yesterday between the Government of "
                        "Iraq and the Kurdistan Regional Government on the budget.")
    e = only(found, "AGREE")
    assert "IRQ" in ids(e.actor) and len(e.actor) == 2


@pytest.mark.parametrize("text, speaker, asked", [
    ("Foreign Secretary: Russia must withdraw its troops from Ukraine", "Foreign Secretary", "RUS"),
    ("Foreign Secretary statement: Iran must stop its attacks on shipping", "Foreign Secretary", "IRN"),
    ("Minister Ellwood: the regime must allow humanitarian access to Aleppo", "Ellwood", None),
])
def test_a_title_with_a_speaker_and_a_colon_tells_a_demand(nlp, text, speaker, asked):
    e = only(events(nlp, text), "REQUEST")
    assert e.mode == "demand" and e.status == "asserted" and [a.text for a in e.actor] == [speaker]
    if asked is not None:
        assert ids(e.recipient) == [asked]


@pytest.mark.parametrize("text", [
    "Note: visitors must register at the gate.",
    "Update: We must keep pushing for a political process.",
])
def test_a_colon_with_no_named_speaker_tells_no_demand(nlp, text):
    assert not [e for e in events(nlp, text) if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text, warned", [
    ("Russia warned NATO against sending troops to Ukraine.", "IGO-NATO"),
    ("The United States warned Iran against attacking shipping in the Gulf.", "IRN"),
])
def test_the_act_warned_against_is_no_act_of_the_warner(nlp, text, warned):
    found = events(nlp, text)
    assert ids(only(found, "THREATEN").recipient) == [warned]
    assert [e.event_type for e in found] == ["THREATEN"]
