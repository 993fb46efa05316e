"""Statements that judge an act (issue: event coding that holds on unseen text): a condemnation or a welcome of an
act ("condemned the killing of X by Y", "welcomes the release of X by Y") is directed at the act's author, never at
its victims, its place or the parties of a welcomed agreement. Every sentence was written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, only

pytestmark = pytest.mark.slow


def ids(side):
    return [a.actor_id for a in side]


@pytest.mark.parametrize("text, event_type, author", [
    ("The Foreign Office condemned the execution of four activists by the Iranian authorities.", "ACCUSE", "IRN"),
    ("Canada welcomes the release of the detained journalists by Myanmar.", "SUPPORT", "MMR"),
    ("Norway deplored the sentencing of two students by the Belarusian authorities.", "ACCUSE", "BLR"),
    ("UK condemns Iranian drone strikes on Erbil", "ACCUSE", "IRN"),
])
def test_a_judged_act_is_directed_at_its_author_not_at_whom_it_was_done_to(nlp, text, event_type, author):
    e = only(events(nlp, text), event_type)
    assert ids(e.recipient) == [author]


@pytest.mark.parametrize("text, event_type", [
    ("Kenya condemned the killing of two aid workers.", "ACCUSE"),
    ("Ireland denounced the abduction of three nurses.", "ACCUSE"),
    ("Minister deplores rocket attacks on Israel", "ACCUSE"),
    ("Peru condemned the killing of two aid workers in Somalia.", "ACCUSE"),
    ("The United States condemns in the strongest possible terms the bombing of a school in Afghanistan.", "ACCUSE"),
])
def test_a_judged_act_with_no_author_named_has_no_recipient(nlp, text, event_type):
    e = only(events(nlp, text), event_type)
    assert e.recipient == []


def test_a_welcomed_agreement_is_not_directed_at_its_parties(nlp):
    found = events(nlp, "The UN Secretary-General welcomed the agreement between Armenia and Azerbaijan.")
    assert only(found, "SUPPORT").recipient == []
    assert sorted(ids(only(found, "AGREE").actor)) == ["ARM", "AZE"]


def test_a_condemned_attack_claimed_by_a_group_is_directed_at_the_group(nlp):
    e = only(events(nlp, "The Security Council condemned the attack on peacekeepers in the Central African "
                         "Republic, which was claimed by the 3R rebel group."), "ACCUSE")
    assert [a.name for a in e.recipient] == ["3R rebel group"]


def test_the_partner_of_a_welcomed_act_is_still_its_recipient(nlp):
    e = only(events(nlp, "Saudi Arabia welcomed the resumption of diplomatic ties with Iran."), "SUPPORT")
    assert ids(e.recipient) == ["IRN"]


@pytest.mark.parametrize("text, author", [
    ("The United States strongly condemns the rocket attacks launched by Hamas against Israeli towns.", "PSE-HAMAS"),
    ("Estonia condemned the bombings carried out by the Islamic State in Kabul.", None),
])
def test_a_condemned_attack_told_with_its_perpetrator_is_an_attack_by_them(nlp, text, author):
    found = events(nlp, text)
    e = only(found, "ASSAULT")
    assert e.actor and (author is None or ids(e.actor) == [author])
    assert ids(only(found, "ACCUSE").recipient) == ids(e.actor)



@pytest.mark.parametrize("text, maker", [
    ("Russia rejected the claims of interference in the Moldovan elections.", None),
    ("Belarus dismissed the allegations of torture in Lithuanian prisons.", None),
    ("China dismissed the accusations of espionage made by Germany.", "DEU"),
])
def test_a_rejection_of_claims_is_directed_at_who_made_them_not_at_what_they_are_about(nlp, text, maker):
    e = only(events(nlp, text), "REJECT")
    assert ids(e.recipient) == ([maker] if maker else [])
