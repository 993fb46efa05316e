"""Releases, concessions and withdrawals as news reports write them, and the same words in their other senses:
people freed or to be freed with no one named, a crossing reopened, penalties and tariffs lifted, a withdrawal from
an agreement or an election, "is set to free", a retreating force. Invented sentences with real place names; the
full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def _kinds(found) -> list[str]:
    return sorted(e.event_type for e in found)


@pytest.mark.parametrize(("text", "recipient", "status"), [
    ("Two aid workers were released in the north on Friday.", "Two aid workers", "asserted"),
    ("Fourteen fishermen were freed overnight, police said.", "Fourteen fishermen", "attributed"),
    ("About 2,500 inmates will be released next week under the amnesty.", "2,500 inmates", "predicted"),
    ("The detained crew members have been set free.", "crew members", "asserted"),
])
def test_rel14_release_of_people_named_by_what_they_are(nlp, text, recipient, status):
    """A release of people named by what they are ("two aid workers were released", "2,500 inmates will be
    released") is a release (PLOVER RETREAT release, CAMEO 0841) though no party is named: the people held are what
    the release is about. Money, papers or names released free no one, and a release only hoped for did not
    happen."""
    act = only(events(nlp, text, DAY), "RETREAT")
    assert act.mode == "release" and recipient in " ".join(a.text for a in act.recipient)
    assert act.status == status
    assert not events(nlp, "Police released the names of the victims on Monday.", DAY)
    assert not [e for e in events(nlp, "The ministry released $40 million for flood relief.", DAY)
                if e.event_type == "RETREAT"]
    assert not events(nlp, "The families hoped their sons might be released.", DAY)


def test_rel14_release_announced_in_the_passive_is_scheduled_not_an_intent(nlp):
    """"Eligible prisoners will be freed on Monday, the department said": the passive names no one whose intent it
    is, so the release is told as scheduled (RETREAT, predicted), not a statement of intent (AGREE) with no actor;
    "X said it will release Y" stays X's stated intent."""
    found = events(nlp, "Eligible prisoners will be freed on Monday, the corrections department said.", DAY)
    act = only(found, "RETREAT")
    assert act.status == "predicted" and not [e for e in found if e.event_type == "AGREE"]
    found = events(nlp, "Ethiopia said it will release 300 prisoners on Monday.", DAY)
    assert [e.event_type for e in found] == ["AGREE"]


def test_rel14_set_to_free_is_the_freeing_not_set_free(nlp):
    """"Israel is set to free 300 prisoners": "set to" schedules the freeing, one release by Israel of the
    prisoners; "set" is no "set X free" of Israel. "set the hostages free" stays a release."""
    found = events(nlp, "Israel is set to free 300 Palestinian prisoners on Saturday.", DAY)
    act = only(found, "RETREAT")
    assert [a.text for a in act.actor] == ["Israel"] and "prisoners" in act.recipient[0].text
    act = only(events(nlp, "Somali gunmen set the two Kenyan hostages free on Monday.", DAY), "RETREAT")
    assert act.mode == "release"


@pytest.mark.parametrize("text", [
    "Pakistan reopened the Torkham border crossing with Afghanistan on Friday.",
    "Jordan decided to reopen its border with Syria after three years.",
])
def test_rel14_reopening_a_closed_crossing_is_a_closure_lifted(nlp, text):
    """A crossing or border reopened after its closure is a restriction lifted (CONCEDE, CAMEO 081, as "lifted the
    closure"), not aid; a border opened "to" refugees lets them in (AID, as PLOVER's gold codes it), and a museum
    reopened is no event."""
    found = events(nlp, text, DAY)
    assert _kinds(found) == ["CONCEDE"]
    found = events(nlp, "Chad opened its border to refugees from Sudan on Monday.", DAY)
    assert _kinds(found) == ["AID"]
    assert not events(nlp, "The national museum in Kabul reopened its doors on Friday.", DAY)


@pytest.mark.parametrize(("text", "recipient"), [
    ("The United States eased penalties against Sudan on Friday.", "Sudan"),
    ("Ghana lifted tariffs on rice from Togo on Monday.", ""),
])
def test_rel14_penalties_and_tariffs_lifted_are_concessions(nlp, text, recipient):
    """Penalties, tariffs, duties and quotas lifted or eased are concessions, as sanctions lifted are (CONCEDE,
    CAMEO 085); prices or tensions that "eased" are no event."""
    act = only(events(nlp, text, DAY), "CONCEDE")
    assert recipient in " ".join(a.text for a in act.recipient)
    assert not events(nlp, "Oil prices eased on Monday after the talks in Vienna.", DAY)


def test_rel14_withdrawing_from_an_agreement_or_an_election_is_no_retreat(nlp):
    """A state withdrawing from a deal or a treaty rejects it (REJECT, CAMEO 120): no forces move; a candidate
    withdrawing from an election is no event; forces withdrawing from a town retreat."""
    found = events(nlp, "The United States withdrew from the Paris climate agreement in 2017.", DAY)
    assert _kinds(found) == ["REJECT"]
    assert not events(nlp, "Abdullah Abdullah withdrew from the presidential election on Sunday.", DAY)
    assert _kinds(events(nlp, "Russian forces withdrew from Kherson on Friday.", DAY)) == ["RETREAT"]


def test_rel14_retreating_forces_are_the_actor_of_their_retreat(nlp):
    """"The retreating Russian troops blew up a bridge": an active participle of moving before a noun tells the
    noun's party retreating (RETREAT, actor the troops); a participle naming a role ("the investigating officer")
    tells no act."""
    found = events(nlp, "The retreating Russian troops blew up a bridge near Kherson.", DAY)
    act = only(found, "RETREAT")
    assert "Russian troops" in " ".join(a.text for a in act.actor)
    assert not events(nlp, "The investigating officer will present the findings on Monday.", DAY)
