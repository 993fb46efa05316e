"""One act told as several in military and security releases: the strikes an attack was carried out with, what the
strikes used, and what a blockade cut off are that act, coded once (docs/annotation.md: each act gets one event);
two acts told one after the other stay two. Invented sentences with real place names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize("text", [
    "Coalition forces continued to attack ISIS militants near Hajin on Sunday, using bomber aircraft to conduct "
    "seven airstrikes.",
    "U.S. forces attacked Houthi radar sites near Hodeidah, using fighter jets to carry out four strikes.",
    "Coalition forces continued to strike ISIS militants in Iraq Saturday and today using fighter aircraft to "
    "conduct five airstrikes.",
])
def test_one13_means_infinitive_is_the_attack(nlp, text):
    """"attacked X, using jets to conduct four strikes": the participle of "use" names the attack's means and its
    infinitive the strikes that carried it out (also when the participle hangs from "continued"): one attack, with the attacked party its target, not a second attack
    with no target."""
    attack = only(events(nlp, text, DAY), "ASSAULT")
    assert attack.recipient


@pytest.mark.parametrize("text", [
    "Coalition aircraft conducted three strikes on ISIS command posts near Abu Kamal. The strikes used 24 precision "
    "munitions.",
    "Israeli jets struck Hezbollah positions in southern Lebanon. The strikes employed guided bombs dropped by F-16s.",
])
def test_one13_strikes_using_munitions_are_the_strikes(nlp, text):
    """"The strikes used 24 precision munitions": "the strikes" names the attack just told, and "used" its means:
    no second attack whose doer is the strikes."""
    attack = only(events(nlp, text, DAY), "ASSAULT")
    assert attack.actor and all(a.text.lower() != "strikes" for a in attack.actor)


@pytest.mark.parametrize("text", [
    "Russia declared a naval blockade of the port of Mykolaiv, cutting off grain exports.",
    "The junta blockaded the town of Lashio, cutting off deliveries of food and fuel to its residents.",
])
def test_one13_blockade_cutting_off_supplies_is_the_blockade(nlp, text):
    """A blockade told with what it cuts off ("blockaded the road, cutting off deliveries of food"): the participle
    tells the blockade's result, one coercive act, not a sanction of its own."""
    found = events(nlp, text, DAY)
    assert only(found, "COERCE")
    assert not [e for e in found if e.event_type == "SANCTION"]


@pytest.mark.parametrize("text", [
    "U.S. jets struck a militant convoy near Sirte and later raided a compound in the city.",
    "Israeli aircraft struck a Hamas tunnel in Rafah and then bombed a weapons depot in Khan Younis.",
])
def test_one13_acts_told_one_after_the_other_stay_two(nlp, text):
    """A conjunct told as coming after the first act ("struck a convoy and later raided a compound") is a second
    act, with its own target: two attacks."""
    assert len([e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]) == 2


@pytest.mark.parametrize("text", [
    "Police used tear gas to disperse the protesters outside parliament in Nairobi.",
    "Ukraine used long-range missiles to strike a Russian headquarters in Sevastopol.",
    "Israeli aircraft struck a Hamas tunnel in Rafah on Monday. A second strike hit a weapons depot in Khan Younis.",
])
def test_one13_means_of_an_act_of_its_own_stay(nlp, text):
    """Negatives: "used tear gas to disperse", "used missiles to strike" tell their own act (no attack told
    before them hangs the participle), and "a second strike" is a new attack: each stays."""
    found = [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]
    assert found
    if "second strike" in text:
        assert len(found) == 2
