"""Sanctions notices as governments write them (issue 17, sanctions): a named party designated with no 'as' phrase
or for its role, penalties imposed on a party, a measure a body decides to take (the measure, not a threat), aid or
lending suspended, a member suspended by its union, a party a designation targets, and sanctions lifted or eased
(CONCEDE by docs/annotation.md, not RETREAT). Every sentence was written for the project; Arnor, Gondor and Rohan
test the grammar without the actor dictionary."""

from __future__ import annotations

import pytest

from ._fictional import code, events, ids, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, target", [
    ("The Treasury of Gondor is designating Elrond and Faramir.", ["ELR", "FAR"]),
    ("Gondor designated Faramir for his role in the smuggling ring.", ["FAR"]),
    ("Today Gondor also designated Faramir, a commander of the Rohan militia.", ["FAR"]),
])
def test_a_named_party_designated_is_sanctioned(base_nlp, coder, text, target):
    e = only(code(base_nlp, coder, text), "SANCTION")
    assert e.cameo == "163" and ids(e.actor) == ["GON"] and ids(e.recipient)[:len(target)] == target


@pytest.mark.parametrize("text", [
    "Gondor designated Faramir as its envoy to the talks.",
    "Gondor designated a new zone for the harvest fair.",
])
def test_a_designation_to_an_office_or_of_a_thing_is_no_sanction(base_nlp, coder, text):
    assert not [e for e in code(base_nlp, coder, text) if e.event_type == "SANCTION"]


def test_penalties_imposed_on_a_party_are_a_sanction(base_nlp, coder):
    e = only(code(base_nlp, coder, "Gondor imposed heavy penalties on Rohan for breaking the embargo."), "SANCTION")
    assert e.cameo == "163" and ids(e.actor) == ["GON"] and ids(e.recipient) == ["ROH"]


@pytest.mark.parametrize("text, cameo", [
    ("The Council of Gondor decided to extend the arms embargo on Rohan for another year.", "163"),
    ("Gondor decided to suspend development assistance to Rohan.", "162"),
])
def test_a_measure_decided_is_the_measure_not_a_threat(base_nlp, coder, text, cameo):
    found = code(base_nlp, coder, text)
    e = only(found, "SANCTION")
    assert e.cameo == cameo and e.status == "asserted" and ids(e.recipient) == ["ROH"]
    assert not [x for x in found if x.event_type == "THREATEN"]


def test_a_measure_pledged_stays_a_threat(base_nlp, coder):
    e = only(code(base_nlp, coder, "Gondor vowed to impose sanctions on Rohan."), "THREATEN")
    assert ids(e.recipient) == ["ROH"]


def test_lending_suspended_stops_aid(base_nlp, coder):
    e = only(code(base_nlp, coder, "The bank of Gondor suspended its lending to Rohan."), "SANCTION")
    assert e.cameo == "162" and ids(e.recipient) == ["ROH"]


def test_a_member_suspended_by_its_union_loses_relations(base_nlp, coder):
    e = only(code(base_nlp, coder, "The Union of Arnor suspended Rohan after the coup."), "SANCTION")
    assert e.cameo == "160" and ids(e.recipient) == ["ROH"]


@pytest.mark.parametrize("text", [
    "Gondor's new sanctions target Faramir and his bankers.",
    "Gondor's latest listings target Faramir and two of his firms.",
])
def test_a_party_a_designation_targets_is_sanctioned(base_nlp, coder, text):
    e = only(code(base_nlp, coder, text), "SANCTION")
    assert e.cameo == "163" and ids(e.actor) == ["GON"] and "FAR" in ids(e.recipient)


def test_a_strike_that_targets_a_party_is_no_sanction(base_nlp, coder):
    found = code(base_nlp, coder, "The new strikes by Gondor target Faramir and his fighters.")
    assert not [e for e in found if e.event_type == "SANCTION"]


@pytest.mark.parametrize("verb", ["lifted", "eased", "relaxed", "revoked"])
def test_sanctions_lifted_are_a_concession(base_nlp, coder, verb):
    found = code(base_nlp, coder, f"Gondor {verb} its sanctions on Rohan.")
    e = only(found, "CONCEDE")
    assert e.cameo == "085" and ids(e.actor) == ["GON"] and ids(e.recipient) == ["ROH"]
    assert not [x for x in found if x.event_type == "RETREAT"]


def test_people_a_measure_targets_by_their_role_are_its_recipient(base_nlp, coder):
    e = only(code(base_nlp, coder, "Gondor is targeting financiers and facilitators of the smuggling ring."),
             "SANCTION")
    assert e.recipient and e.recipient[0].text.startswith("financiers")


@pytest.mark.parametrize("text", [
    "The Council of Gondor adopted new sanctions listings on Rohan.",
    "Gondor adopted restrictive measures against Rohan.",
])
def test_sanctions_or_restrictive_measures_adopted_are_imposed(base_nlp, coder, text):
    e = only(code(base_nlp, coder, text), "SANCTION")
    assert e.cameo == "163" and ids(e.recipient) == ["ROH"]


def test_a_budget_adopted_is_no_event(base_nlp, coder):
    assert not code(base_nlp, coder, "The parliament of Gondor adopted a new budget.")


def test_access_to_a_financial_system_denied_is_a_sanction(base_nlp, coder):
    found = code(base_nlp, coder, "Gondor's action denies Rohan access to the international financial system.")
    e = only(found, "SANCTION")
    assert ids(e.actor) == ["GON"] and ids(e.recipient) == ["ROH"]
    assert not [x for x in found if x.event_type == "REJECT"]


def test_the_party_added_to_a_list_is_the_recipient_not_the_list(base_nlp, coder):
    e = only(code(base_nlp, coder, "Gondor added five individuals to its Rohan sanctions list."), "SANCTION")
    assert e.recipient and e.recipient[0].text == "five individuals"


@pytest.mark.parametrize("text, actor", [
    ("The Office of Foreign Assets Control sanctioned two Iranian shipping firms.", "USA-OFAC"),
    ("The Rewards for Justice program is offering a reward for information on Abu Bakr al-Baghdadi.",
     "USA-STATE-DEPT"),
    ("The Department of Commerce added three Russian firms to its export list.", "USA-COMMERCE"),
])
def test_sanctions_offices_are_named_actors(nlp, text, actor):
    e = only(events(nlp, text), "SANCTION")
    assert [a.actor_id for a in e.actor] == [actor]


def test_the_department_that_issues_a_notice_is_its_actor(base_nlp, coder):
    e = only(code(base_nlp, coder, "The department today also sanctioned Faramir's deputy in Rohan."), "SANCTION")
    assert [a.text for a in e.actor] == ["department"] and ids(e.recipient) == ["FAR"]


def test_listed_as_a_global_terrorist_is_a_sanction_not_a_ban_at_home(base_nlp, coder):
    found = code(base_nlp, coder, "Rohan was listed as a Specially Designated Global Terrorist group in May.")
    e = only(found, "SANCTION")
    assert e.cameo == "163" and ids(e.recipient) == ["ROH"] and not [x for x in found if x.event_type == "COERCE"]


@pytest.mark.parametrize("text", [
    "Gondor prolonged the asset freeze on Rohan until March.",
    "Gondor extended the designation of Rohan for another year.",
])
def test_a_freeze_or_designation_prolonged_is_imposed_anew(base_nlp, coder, text):
    e = only(code(base_nlp, coder, text), "SANCTION")
    assert e.cameo == "163" and ids(e.recipient) == ["ROH"]


@pytest.mark.parametrize("text", [
    "Gondor unfroze two billion dollars of Rohan assets.",
    "Gondor granted sanctions relief to Rohan.",
])
def test_assets_unfrozen_or_sanctions_relief_granted_ease_sanctions(base_nlp, coder, text):
    found = code(base_nlp, coder, text)
    e = only(found, "CONCEDE")
    assert e.cameo == "085" and ids(e.actor) == ["GON"] and ids(e.recipient) == ["ROH"]
    assert not [x for x in found if x.event_type == "AID"]


def test_humanitarian_relief_granted_stays_aid(base_nlp, coder):
    assert only(code(base_nlp, coder, "Gondor granted humanitarian relief to Rohan."), "AID")


@pytest.mark.parametrize("text", [
    "Gondor designated Faramir for supplying weapons to Rohan.",
    "Today Gondor also designated Faramir for selling drones to Rohan.",
])
def test_the_party_designated_for_an_act_did_the_act(base_nlp, coder, text):
    found = code(base_nlp, coder, text)
    assert ids(only(found, "SANCTION").recipient) == ["FAR"]
    assert ids(only(found, "AID").actor) == ["FAR"]
