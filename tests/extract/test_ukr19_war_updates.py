"""War updates (defence-ministry summaries and wire reports on interstate wars): the attack of the party that
launched missiles or drones another party shot down, claims of one's own gains and losses, deals quit or broken
off, and a war named only as the time or cause of something else. Sentences written for the project; the full
English pipeline.

* An interception is no act, but a weapon named with its launcher ("drones launched by X", "X-launched missiles")
  tells X's attack, aimed at the party whose defences downed them
  (``military.weapon_launchers``, the verb class of launched weapons).
* "X claimed to have destroyed Y" and "X claimed that it / its troops did Y" or "claimed its soldiers were killed"
  report X's own acts or losses: attributed to X; "X claimed that Z shelled Y" stays a charge, alleged
  (``claims``, ``phrases.own_act``).
* A deal, accord or truce quit, exited, ditched or broken off is a refusal (REJECT), as pulling out of one is (one
  revoked, terminated or scrapped stays the reduction of relations it was: SANCTION 160).
* "since X's invasion (began)", "since the start of the war", "due to the invasion", "a two-year offensive" name a
  war's course, no act (``background.war_course``); a dated invasion told by its verb stays an attack.
"""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only

DAY = "2026-11-30"


@pytest.mark.parametrize("text, launcher, target", [
    ("Estonia's air force said it downed six out of ten drones launched by Belarus on Sunday.", "BLR", "EST"),
    ("Finnish air defences shot down five Belarusian-launched missiles over the lakes.", "BLR", "FIN"),
    ("The Lithuanian army destroyed 40 of 52 drones sent by Belarus, the ministry said.", "BLR", "LTU"),
    ("Six drones sent by Belarus were shot down by Latvian gunners.", "BLR", "LVA"),
])
def test_ukr19_interception_tells_the_launchers_attack(nlp, text, launcher, target):
    event = only(events(nlp, text, DAY), "ASSAULT")
    assert ids(event.actor) == [launcher]
    assert target in ids(event.recipient)


@pytest.mark.parametrize("text", [
    "Air defence crews shot down 25 drones over the southern provinces, officials said.",
    "The navy intercepted two missiles overnight.",
    "The army said it shot down 12 Belarusian drones near the border.",
])
def test_ukr19_interception_with_no_launcher_is_no_act(nlp, text):
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]


def test_ukr19_weapon_fired_by_a_party_is_one_attack(nlp):
    found = [e for e in events(nlp, "The air force intercepted a cruise missile fired by Belarus.", DAY)
             if e.event_type == "ASSAULT"]
    assert len(found) == 1 and ids(found[0].actor) == ["BLR"]


@pytest.mark.parametrize("text", [
    "Belarus claimed to have struck an Estonian radar station.",
    "The Belarusian army claims to have destroyed nine Estonian tanks.",
    "Belarus claimed that it had shelled Estonian positions.",
    "The Estonian army claimed four of its soldiers were killed near the border.",
])
def test_ukr19_claim_of_own_act_or_loss_is_attributed(nlp, text):
    assert only(events(nlp, text, DAY), "ASSAULT").status == "attributed"


def test_ukr19_claim_that_another_party_attacked_stays_a_charge(nlp):
    found = events(nlp, "Estonia claimed that Belarusian troops shelled a border village.", DAY)
    assert only(found, "ASSAULT").status == "alleged"


@pytest.mark.parametrize("text", [
    "Belarus quit the border demarcation accord on Tuesday.",
    "Minsk broke off the fisheries agreement with Vilnius.",
    "Belarus ditched the transit treaty last week.",
])
def test_ukr19_deal_quit_or_broken_off_is_a_refusal(nlp, text):
    event = only(events(nlp, text, DAY), "REJECT")
    assert ids(event.actor) == ["BLR"]


@pytest.mark.parametrize("text", [
    "Fuel prices have tripled since Belarus's invasion of Estonia in 2024.",
    "Trade has collapsed since the start of the war with Belarus.",
    "The ferry had been stuck in port since the Belarusian invasion began.",
    "Exports halted due to Belarus's invasion.",
    "Estonia has struggled through the nearly three-year-old war with Belarus.",
])
def test_ukr19_war_named_as_a_time_or_cause_is_no_act(nlp, text):
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Belarus invaded Estonia in March 2024.",
    "Belarusian troops launched a fresh offensive near Narva on Monday.",
])
def test_ukr19_war_told_by_its_verb_stays_an_event(nlp, text):
    assert [e for e in events(nlp, text, DAY) if e.event_type in ("ASSAULT", "MOBILIZE")]


def test_ukr19_strikes_aimed_at_a_country_when_only_things_are_hit(nlp):
    event = only(events(nlp, "Belarusian missile strikes on northern Estonia destroyed two fuel depots.", DAY), "ASSAULT")
    assert ids(event.recipient) == ["EST"]


def test_ukr19_people_hit_stay_the_recipient_of_strikes_on_a_place(nlp):
    event = only(events(nlp, "Belarusian strikes on Tartu wounded six civilians.", DAY), "ASSAULT")
    assert "EST" not in ids(event.recipient) and event.recipient


def test_ukr19_both_sides_accusing_the_other_is_one_accusation_each(nlp):
    found = [e for e in events(nlp, "Estonia and Belarus traded fire on the border. Both sides accused the other of "
                                    "targeting farms.", DAY) if e.event_type == "ACCUSE"]
    assert sorted((ids(e.actor), ids(e.recipient)) for e in found) == [(["BLR"], ["EST"]), (["EST"], ["BLR"])]


@pytest.mark.parametrize("text, kind", [
    ("The Estonian army admitted that nine of its soldiers had been killed by Belarusian fire.", "ASSAULT"),
    ("A regiment spokesman informed journalists that his unit captured three Belarusian soldiers.", "COERCE"),
])
def test_ukr19_admitted_or_informed_that_is_attributed(nlp, text, kind):
    assert only(events(nlp, text, DAY), kind).status == "attributed"


def test_ukr19_results_of_an_offensive_announced_are_no_start(nlp):
    found = events(nlp, "An army spokesman announced the early results of the counteroffensive near Narva.", DAY)
    assert not [e for e in found if e.event_type == "MOBILIZE"]
    assert [e for e in events(nlp, "The army announced a new counteroffensive near Narva.", DAY)
            if e.event_type == "MOBILIZE"]
