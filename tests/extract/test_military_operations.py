"""Military operations as coalition commands, defence ministries and wire reports write them: areas, camps and
hideouts cleared, clearing operations begun, advisers and trainers sent, warships named by their navy's prefix
sailing or departing (docs/annotation.md: COERCE/seize for what is cleared, MOBILIZE for deployments and the start of
an operation). Invented sentences with real names of forces and places; the full English pipeline."""

from __future__ import annotations

from ._fictional import events, ids, only


def test_military_camps_and_hideouts_cleared_are_seized_from_their_owner(nlp):
    """Camps, hideouts or positions of a group cleared by a force are COERCE/seize with the group as recipient, not
    a concession (the generated layer's default for 'clear')."""
    found = events(nlp, "Nigerian troops cleared several Boko Haram camps in the Sambisa forest.")
    event = only(found, "COERCE")
    assert event.cameo == "192" and ids(event.actor) == ["NGA"] and ids(event.recipient) == ["NGA-BOKO-HARAM"]
    assert not [e for e in found if e.event_type == "CONCEDE"]
    event = only(events(nlp, "Afghan commandos cleared Taliban hideouts in Kunar on Thursday."), "COERCE")
    assert ids(event.recipient) == ["AFG-TALIBAN"]
    # other senses of 'clear' are no seizure
    assert not [e for e in events(nlp, "The court cleared the minister of all charges.") if e.event_type == "COERCE"]
    assert not [e for e in events(nlp, "Regulators in Brussels cleared the merger on Monday.")
                if e.event_type == "COERCE"]


def test_military_clearing_operations_begun_are_no_concession(nlp):
    """"began clearing operations in X" is the start of an operation (MOBILIZE), not a concession; the participle
    of the kind of an operation under a light verb is no act of its own ("conducted clearing operations": one
    event)."""
    found = events(nlp, "Iraqi forces began clearing operations in western Mosul on Sunday.")
    assert [e.event_type for e in found] == ["MOBILIZE"] and ids(found[0].actor) == ["IRQ"]
    found = events(nlp, "Iraqi forces conducted clearing operations in western Mosul.")
    assert len(found) == 1 and found[0].event_type != "CONCEDE"


def test_military_advisers_and_trainers_sent_are_forces_moved(nlp):
    """Military advisers, trainers or instructors sent or dispatched are a deployment (MOBILIZE)."""
    event = only(events(nlp, "Britain sent 60 more advisers to Nigeria in May."), "MOBILIZE")
    assert ids(event.actor) == ["GBR"]
    event = only(events(nlp, "Canada dispatched instructors to Latvia last week."), "MOBILIZE")
    assert ids(event.actor) == ["CAN"]


def test_military_named_warships_sailing_are_deployments(nlp):
    """A warship named by its navy's prefix that sails, steams or departs is a movement of forces."""
    found = events(nlp, "HMS Montrose sailed into the Gulf of Oman on Tuesday.")
    assert [e.event_type for e in found] == ["MOBILIZE"]
    found = events(nlp, "HMAS Toowoomba departed Darwin for the Middle East.")
    assert [e.event_type for e in found] == ["MOBILIZE"]
    # a ship that is no warship named by a prefix stays no event
    assert events(nlp, "The ferry sailed into the harbour at dawn.") == []
