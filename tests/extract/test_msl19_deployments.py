"""Forces in shows of force: warships or warplanes sent or scrambled to watch, shadow or warn off another party's
forces are deployed (MOBILIZE), no military aid; warships or a fleet training or drilling with no object hold an
exercise (MOBILIZE); military cooperation strengthened with a partner is cooperation (COOPERATE), not forces
built up. Jets sent to a party stay aid, a presence built up stays a build-up. Sentences written for the project;
the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds, only

DAY = "2026-10-04"


@pytest.mark.parametrize("text", [
    "Athens sent planes and ships to warn off the Turkish survey vessel.",
    "Tokyo sent aircraft to monitor the Chinese bombers.",
    "Japan dispatched two destroyers to shadow the Russian flotilla.",
])
def test_msl19_craft_sent_to_watch_are_deployed(nlp, text):
    assert [k[0] for k in kinds(events(nlp, text, DAY))] == ["MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Iranian frigates are drilling in the Gulf of Oman, state television reported.",
    "The Russian fleet drilled in the Sea of Okhotsk on Thursday.",
])
def test_msl19_craft_training_alone_hold_an_exercise(nlp, text):
    assert [k[0] for k in kinds(events(nlp, text, DAY))] == ["MOBILIZE"]


def test_msl19_military_cooperation_strengthened_is_cooperation(nlp):
    event = only(events(nlp, "Minsk is deepening and strengthening military cooperation with Beijing.", DAY),
                 "COOPERATE")
    assert ids(event.recipient) == ["CHN"]


@pytest.mark.parametrize("text, coded", [
    # negatives: jets sent to a party are aid; a presence built up is a build-up; soldiers training are no event
    ("Canada sent four fighter jets to Romania.", "AID"),
    ("Serbia is strengthening its military presence along the border.", "MOBILIZE"),
])
def test_msl19_other_sendings_and_buildups_unchanged(nlp, text, coded):
    assert [k[0] for k in kinds(events(nlp, text, DAY))] == [coded]


def test_msl19_soldiers_training_abroad_no_exercise(nlp):
    assert events(nlp, "Moldovan soldiers are training in Germany this month.", DAY) == []


@pytest.mark.parametrize("text", [
    "Turkish frigates are drilling in the eastern Mediterranean, as per the Greek navy.",
    "Greece sent aircraft to track the Turkish survey ship, per the Greek defence ministry.",
])
def test_msl19_as_per_source_attributes(nlp, text):
    assert only(events(nlp, text, DAY), "MOBILIZE").status == "attributed"


def test_msl19_price_per_unit_is_no_source(nlp):
    event = only(events(nlp, "Greece sent aircraft to track the Turkish survey ship at a cost of $900 per hour.",
                        DAY), "MOBILIZE")
    assert event.status == "asserted"


@pytest.mark.parametrize("text", [
    "Overnight twelve Chinese planes and a drone crossed the strait's median line.",
    "Six Russian planes entered the Korean air defence identification zone on Monday.",
])
def test_msl19_median_line_or_adiz_crossed_is_show_of_force(nlp, text):
    assert [k[0] for k in kinds(events(nlp, text, DAY))] == ["MOBILIZE"]


def test_msl19_border_crossed_by_migrants_is_no_show_of_force(nlp):
    assert not [e for e in events(nlp, "Hundreds of migrants crossed the border into Greece.", DAY)
                if e.event_type == "MOBILIZE"]
