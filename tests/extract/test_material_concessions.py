"""Material cooperation and concessions told as wire reports write them (issue 17, CAMEO 07-08): a ceasefire told as
the subject of a verb of taking effect ("took effect", "came into force", "has held") or observed by its parties; the
people released, not the prison they leave, as the recipient of a release; captives repatriated (and profits
repatriated: no event); relief named by its kind (field hospitals, ambulances). Every sentence was written for the
project."""

from __future__ import annotations

import pytest

from ._fictional import events, only

pytestmark = pytest.mark.slow


def ids(side):
    return sorted(a.actor_id for a in side)


@pytest.mark.parametrize("text", [
    "A ceasefire between Israel and Hezbollah took effect at midnight on Saturday.",
    "A truce between Israel and Hezbollah came into force on Monday.",
    "The ceasefire between Israel and Hezbollah has largely held since Sunday.",
])
def test_a_ceasefire_in_force_is_a_truce_of_its_parties(nlp, text):
    e = only(events(nlp, text), "RETREAT")
    assert e.cameo == "0871" and e.mode == "ceasefire"
    assert ids(e.actor) == ["ISR", "LBN-HEZBOLLAH"] and not e.recipient  # "into force" names no recipient


@pytest.mark.parametrize("text", [
    "The ceasefire between Israel and Hezbollah collapsed on Tuesday.",
    "The ceasefire between Israel and Hezbollah held talks on Tuesday.",
])
def test_a_ceasefire_that_collapsed_is_no_truce(nlp, text):
    assert not [e for e in events(nlp, text) if e.event_type == "RETREAT"]


def test_a_truce_observed_by_both_sides_is_a_ceasefire(nlp):
    e = only(events(nlp, "Armenia and Azerbaijan observed the Easter truce on Sunday."), "RETREAT")
    assert e.cameo == "0871" and ids(e.actor) == ["ARM", "AZE"]


@pytest.mark.parametrize("text, released", [
    ("Israel freed 90 Palestinian prisoners from Ofer prison early on Monday.", "PSE"),
    ("Iran released a French tourist from Evin prison on Friday.", "FRA"),
])
def test_the_people_released_not_their_prison_are_the_recipient(nlp, text, released):
    e = only(events(nlp, text), "RETREAT")
    assert e.mode == "release" and ids(e.recipient) == [released]


def test_fishermen_repatriated_are_released(nlp):
    e = only(events(nlp, "North Korea repatriated the South Korean fishermen on Tuesday."), "RETREAT")
    assert e.cameo == "0841" and ids(e.actor) == ["PRK"] and ids(e.recipient) == ["KOR"]


def test_profits_repatriated_are_no_release(nlp):
    assert not [e for e in events(nlp, "The Swiss bank repatriated its profits from Argentina to Switzerland.")
                if e.event_type == "RETREAT"]


def test_field_hospitals_sent_to_a_country_are_aid(nlp):
    e = only(events(nlp, "Germany sent two field hospitals and 30 ambulances to Turkey after the earthquake."), "AID")
    assert ids(e.actor) == ["DEU"] and ids(e.recipient) == ["TUR"]


def test_a_release_named_by_its_noun_with_its_author_is_a_release(nlp):
    e = only(events(nlp, "The release of 20 prisoners by the Eritrean authorities was confirmed by the Red Cross on "
                         "Friday."), "RETREAT")
    assert e.mode == "release" and ids(e.actor) == ["ERI"]


def test_a_delivery_of_measured_relief_completed_is_aid(nlp):
    e = only(events(nlp, "Turkey completed the delivery of 500 tonnes of wheat to Syria on Monday."), "AID")
    assert ids(e.actor) == ["TUR"] and ids(e.recipient) == ["SYR"]


def test_an_exchange_of_prisoners_carried_out_is_a_release(nlp):
    e = only(events(nlp, "Russia and Ukraine carried out an exchange of prisoners on Friday."), "RETREAT")
    assert e.mode == "release" and ids(e.actor) == ["RUS", "UKR"]


@pytest.mark.parametrize("text", [
    "The Kenyan health ministry's release of its annual report was delayed on Friday.",
    "Aid deliveries to northern Gaza fell sharply in October.",
    "Sony completed the release of the film in Japan on Friday.",
])
def test_a_release_or_delivery_of_no_captive_or_relief_is_no_event(nlp, text):
    assert not [e for e in events(nlp, text) if e.event_type in ("RETREAT", "AID")]


def test_a_ship_dispatched_with_relief_is_aid_and_warships_are_forces(nlp):
    e = only(events(nlp, "India dispatched a ship carrying 50 tonnes of medicines to Sri Lanka."), "AID")
    assert ids(e.recipient) == ["LKA"]
    assert only(events(nlp, "India dispatched two warships to the Gulf of Aden."), "MOBILIZE")


@pytest.mark.parametrize("text, kind", [
    ("Germany expressed the hope that Russia would withdraw its troops from Ukraine.", "RETREAT"),
    ("Turkey expressed confidence that the ceasefire between Israel and Hezbollah would hold.", "RETREAT"),
    ("Japan voiced hope that Israel would release the Palestinian prisoners soon.", "RETREAT"),
])
def test_an_act_in_a_stated_hope_is_proposed_not_done(nlp, text, kind):
    assert only(events(nlp, text), kind).status == "proposed"


def test_an_act_hoped_not_to_happen_stays_negated(nlp):
    assert only(events(nlp, "Germany expressed hope that Russia would not attack Moldova."), "ASSAULT").status == \
        "negated"


def test_an_act_said_to_come_stays_predicted(nlp):
    assert only(events(nlp, "Germany said that Russia would withdraw its troops from Ukraine."),
                "RETREAT").status != "proposed"


def test_relief_convoys_entering_a_place_are_aid_by_their_owner(nlp):
    e = only(events(nlp, "UN aid convoys entered the besieged town of Madaya on Wednesday."), "AID")
    assert e.cameo == "073" and ids(e.actor) == ["IGO-UN"]
    assert not [e for e in events(nlp, "UN aid convoys entered the besieged town of Madaya on Wednesday.")
                if e.event_type == "MOBILIZE"]


def test_army_convoys_entering_a_town_stay_forces_moving(nlp):
    assert only(events(nlp, "Russian army convoys entered the town on Friday."), "MOBILIZE")
