"""Sanctions notices (issue 18): who imposes what on whom. Sentences written for the project; the full English
pipeline.

* a sanctions authority that "targets" a party sanctions it (``verb_classes.json``: ``subj_ids``); sanctions "aimed
  at" a party are against it; an army or gunmen targeting a place still attack;
* "N individuals linked to X", as a recipient, are the individuals (``arguments.json``: ``listed_nouns``);
* "sanctioned X after allegedly doing Y": X is said to have done Y (``allegation_adverbs``);
* "placed under sanctions by X": X imposes them (``frames.placed_under_by``);
* countermeasures imposed or announced are a sanction; a promise to take them stays a threat;
* sanctions to be lifted, announced, are the concession, predicted (``intent``);
* "took the step of expelling X": who takes the step expels;
* a reaction to "this" or "it" ("Rohan deplores this") is addressed to the actor of the act told before
  (``anaphora.back_reference``); with nothing told before, no event.
"""

from __future__ import annotations

import pytest

from ._fictional import events, kinds, only

DAY = "2026-11-30"


def _types(found):
    return sorted(e.event_type for e in found)


@pytest.mark.parametrize("text", [
    "OFAC is also targeting the junta and its cronies in Yangon.",
    "The Treasury Department will keep targeting the Houthis with every tool it has.",
    "Ottawa aimed new sanctions at the Sudanese militia's commanders.",
])
def test_sdn18_targeting_by_sanctions_authority_is_a_sanction(nlp, text):
    found = events(nlp, text, DAY)
    assert "SANCTION" in _types(found), kinds(found)
    assert not {"ASSAULT", "ACCUSE", "THREATEN"} & set(_types(found)), kinds(found)


@pytest.mark.parametrize("text, kind", [
    ("Rebel gunmen targeted a police checkpoint outside Kirkuk.", "ASSAULT"),
    ("The army aimed its artillery at rebel positions near Idlib.", "ASSAULT"),
])
def test_sdn18_targeting_by_armed_party_stays_an_attack(nlp, text, kind):
    found = events(nlp, text, DAY)
    assert kind in _types(found) and "SANCTION" not in _types(found), kinds(found)


def test_sdn18_aimed_sanctions_are_against_the_party_aimed_at(nlp):
    sanction = only(events(nlp, "Ottawa aimed new sanctions at the Sudanese militia's commanders.", DAY), "SANCTION")
    assert any("commanders" in r.text or "Sudan" in r.text for r in sanction.recipient), sanction.recipient


@pytest.mark.parametrize("text, word", [
    ("The EU sanctioned four individuals linked to the Houthis.", "individuals"),
    ("Britain designated three companies affiliated with the Wagner Group.", "companies"),
])
def test_sdn18_listed_people_linked_to_a_group_are_the_recipient(nlp, text, word):
    sanction = only(events(nlp, text, DAY), "SANCTION")
    assert [word in r.text for r in sanction.recipient] == [True], [r.text for r in sanction.recipient]


def test_sdn18_people_linked_to_a_group_arrested_keep_the_group(nlp):
    arrest = only(events(nlp, "Police arrested militants linked to the Islamic State in Mosul.", DAY), "COERCE")
    assert any("Islamic State" in r.text for r in arrest.recipient), [r.text for r in arrest.recipient]


def test_sdn18_act_told_after_allegedly_is_the_punished_partys(nlp):
    found = events(nlp, "London sanctioned Omar Haddad after allegedly supplying drones to Russia.", DAY)
    aid = only(found, "AID")
    assert [a.text for a in aid.actor] == ["Omar Haddad"], kinds(found)


def test_sdn18_act_told_after_without_allegation_is_the_subjects(nlp):
    found = events(nlp, "The EU imposed sanctions on Belarus after meeting in Luxembourg.", DAY)
    meeting = only(found, "CONSULT")
    assert [a.actor_id for a in meeting.actor] == ["IGO-EU"] or [a.text for a in meeting.actor] == ["EU"]


def test_sdn18_placed_under_sanctions_by_a_party(nlp):
    sanction = only(events(nlp, "Nadia Korrin was placed under sanctions by Canada last year.", DAY), "SANCTION")
    assert [a.text for a in sanction.actor] == ["Canada"]
    assert [r.text for r in sanction.recipient] == ["Nadia Korrin"]


def test_sdn18_placed_under_house_arrest_is_no_sanction(nlp):
    assert "SANCTION" not in _types(events(nlp, "The opposition leader was placed under house arrest.", DAY))


@pytest.mark.parametrize("text", [
    "Beijing will impose countermeasures on two American satellite firms.",
    "China announced countermeasures against three US drone makers on Friday.",
])
def test_sdn18_countermeasures_imposed_are_a_sanction(nlp, text):
    assert "SANCTION" in _types(events(nlp, text, DAY))


def test_sdn18_countermeasures_promised_stay_a_threat(nlp):
    found = events(nlp, "Moscow said it would take countermeasures against Norway.", DAY)
    assert _types(found) == ["THREATEN"], kinds(found)


def test_sdn18_sanctions_to_be_lifted_announced_are_the_concession(nlp):
    found = events(nlp, "President Lopez announced he would lift the sanctions on Venezuela's state oil firm.", DAY)
    concession = only(found, "CONCEDE")
    assert concession.status == "predicted"
    assert "AGREE" not in _types(found)


@pytest.mark.parametrize("text", [
    "Canberra took the unusual step of expelling three Iranian diplomats.",
    "Nairobi took the step of expelling two Sudanese consular officials on Monday.",
])
def test_sdn18_step_of_expelling_is_the_expulsion(nlp, text):
    found = events(nlp, text, DAY)
    expulsion = only(found, "SANCTION")
    assert expulsion.mode == "expel" and expulsion.actor, kinds(found)


def test_sdn18_step_welcomed_tells_no_doer(nlp):
    found = events(nlp, "The ministers welcomed the step of lifting the sanctions on Syria.", DAY)
    assert _types(found) == ["SUPPORT"], kinds(found)


@pytest.mark.parametrize("text, kind", [
    ("Washington approved new arms sales to Taiwan on Monday. Beijing sharply denounced this.", "ACCUSE"),
    ("The United States approved a new drone sale to Taiwan. Beijing rejects it.", "REJECT"),
])
def test_sdn18_reaction_to_this_is_addressed_to_the_act_told_before(nlp, text, kind):
    found = events(nlp, text, DAY)
    reaction = only(found, kind)
    assert [a.actor_id for a in reaction.recipient] == ["USA"] or \
        any(r.actor_id and r.actor_id.startswith("USA") for r in reaction.recipient), kinds(found)


def test_sdn18_two_reactions_to_this_and_it_are_both_addressed_to_the_act_told_before(nlp):
    found = events(nlp, "The U.S. approved a drone sale to Taiwan. Beijing rejected this and denounced it.",
                   DAY)
    for kind in ("REJECT", "ACCUSE"):
        assert [r.actor_id for r in only(found, kind).recipient] == ["USA"], kinds(found)


def test_sdn18_reaction_to_this_with_nothing_told_before_is_no_event(nlp):
    assert events(nlp, "The UK condemns this.", DAY) == []
