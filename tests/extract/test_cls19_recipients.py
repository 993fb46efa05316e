"""Recipients of the nineteenth pass (invented sentences): a thing an attack hit, told with the place it stands
in, names no party (docs/annotation.md: "objects destroyed are not recipients", "a place is a recipient only when
it is the target itself"); people a sanctions measure lists by their country's word are named as what they are."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only


# -- a thing struck in a place: the place's country is where, not whom

@pytest.mark.parametrize("text", [
    "Insurgent fighters shelled a fuel depot in Chad's Lac province on Sunday night.",
    "Warplanes bombed an ammunition factory in Sudan late on Tuesday.",
    "Armed men blew up a telecom mast in Mozambique's Cabo Delgado province.",
    "Kamikaze drones hit a radar station in Erbil early on Saturday.",
])
def test_a_thing_struck_in_a_place_names_no_party(nlp, text):
    attack = only(events(nlp, text), "ASSAULT")
    assert attack.recipient == []


@pytest.mark.parametrize("text, people", [
    ("Bandits raided a gold mine in northern Mali, killing seven miners.", "seven miners"),
    ("Militants attacked a fuel depot in India's Manipur state, killing three guards.", "three guards"),
])
def test_a_thing_struck_in_a_place_keeps_the_people_it_killed(nlp, text, people):
    attack = only(events(nlp, text), "ASSAULT")
    assert [r.text for r in attack.recipient] == [people]


@pytest.mark.parametrize("text, target", [
    ("Gunmen attacked the Turkish consulate in Mosul on Friday.", "TUR"),
    ("Militants stormed a Nigerien army post in the Tillaberi region.", "NER"),
])
def test_negative_a_party_owning_the_thing_stays(nlp, text, target):
    attack = only(events(nlp, text), "ASSAULT")
    assert target in ids(attack.recipient)


def test_negative_a_place_attacked_itself_stays(nlp):
    attack = only(events(nlp, "Rebel artillery pounded Kharkiv overnight."), "ASSAULT")
    assert [r.name for r in attack.recipient] == ["Kharkiv"]


# -- a call for a withdrawal is addressed to the party that would withdraw, not to the place it would leave
# (docs/annotation.md: "The recipient of a REQUEST is the party asked to act, not the party the act would concern")

@pytest.mark.parametrize("text, asked", [
    ("The foreign ministers called for the swift withdrawal of Eritrean troops from Ethiopia.", "ERI"),
    ("The leaders called for the withdrawal of Turkish forces from northern Cyprus.", "TUR"),
])
def test_a_call_for_a_withdrawal_is_addressed_to_who_withdraws(nlp, text, asked):
    appeal = only(events(nlp, text), "REQUEST")
    assert ids(appeal.recipient) == [asked]


def test_negative_a_call_on_a_party_to_withdraw_stays(nlp):
    appeal = only(events(nlp, "The envoy called on Rwanda to pull its forces out of eastern Congo."), "REQUEST")
    assert ids(appeal.recipient) == ["RWA"]
