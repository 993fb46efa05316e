"""Daily items of a South Asian security portal, judged as whole events (type, actor, recipient, date): the
newspaper credited at the end of an item ("..., reports The Hindu."), fights told by a noun ("an encounter broke
out between SFs and militants", "an exchange of fire"), and equipment spelled out in capitals ("an Improvised
Explosive Device (IED)"). Sentences written for the project (real places and groups, invented events)."""

from __future__ import annotations

import pytest

from ._fictional import analyzed, events, ids, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize(("text", "found"), [
    ("SFs arrested two militants in Sopore on November 22, reports The Hindu.",
     [(", reports The Hindu", "The Hindu")]),
    ("Militants shot dead a trader in Pulwama on Monday, report Greater Kashmir and Daily Excelsior.\n\nNext item.",
     [(", report Greater Kashmir and Daily Excelsior", "Greater Kashmir and Daily Excelsior")]),
    ("Two Maoists surrendered in Sukma, reported The Times of India", [(", reported The Times of India",
                                                                       "The Times of India")]),
    # a ministry, the police or an official told after an inverted verb is a party's report, not an outlet's credit
    ("Ten militants were killed in Kech, reports the Interior Ministry.", []),
    ("Two suspects were held in Quetta, reports the Balochistan Police.", []),
    ("The minister, reports said, left for Kabul.", []),
])
def test_satp_closing_credit_of_an_outlet_is_found(text, found):
    """A closing credit names the outlet an item comes from, as an agency credit in a dateline does: it is found
    (and then blanked for the parser), but a name with an office word is a party's report and stays text."""
    from annalyst.extract.datelines import find_datelines

    assert [(text[d.start:d.end], d.agency) for d in find_datelines(text)] == found


@pytest.mark.parametrize(("text", "kind", "actor", "recipient", "day"), [
    # the parser took the outlet for the subject of "reports" and "They" for the outlet
    ("Seven Maoists surrendered before the Police in Malkangiri District on November 20. They handed over two rifles "
     "to the Police, reports The Hindu.", "RETREAT", ["agent:REB"], ["agent:COP"], "2026-11-20"),
    # the parser took the arrested men for the subject of "reports": the arrest lost its recipient
    ("The Counter Terrorism Department (CTD) arrested four Tehreek-e-Taliban Pakistan (TTP) terrorists from Dera "
     "Ismail Khan on November 23, reports Dawn.", "COERCE", ["new:counter-terrorism-department"], ["PAK-TTP"],
     "2026-11-23"),
])
def test_satp_the_credited_outlet_is_no_party(nlp, text, kind, actor, recipient, day):
    """The outlet credited at the end of an item is its source, never an actor or a subject of the item's verbs:
    the item's act keeps its own parties and date."""
    found = analyzed(nlp, text, DAY).events  # as ingestion reads an article: credits blanked
    assert not [e for e in found for a in [*e.actor, *e.recipient] if "Hindu" in a.text or "Dawn" in a.text]
    event = only(found, kind)
    assert ids(event.actor) == actor and ids(event.recipient) == recipient and event.date.start == day


@pytest.mark.parametrize("text", [
    "An encounter broke out between SFs and militants in Kulgam District on November 23.",
    "An exchange of fire took place between SFs and militants in Rajouri District on November 23.",
    "A gunfight started between troops and militants in Kupwara on Monday.",
])
def test_satp_a_fight_noun_between_forces_and_militants_is_their_fight(nlp, text):
    """"An encounter" (a gunfight, in South Asian security reports), "an exchange of fire", "a gunfight" between
    two sides is one fight (CAMEO 190) of both sides, as "clashes broke out between X and Y" is: the noun is
    not a party of the verb it is the subject of."""
    found = [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]
    assert len(found) == 1
    assert ids(found[0].actor) in (["agent:MIL", "agent:REB"],) and found[0].cameo == "190"
    assert found[0].date.start == "2026-11-23"


@pytest.mark.parametrize("text", [
    "The minister recalled a chance encounter with the Prime Minister in Delhi.",
    "Her first encounter with the Chief Minister was in 2019.",
])
def test_satp_an_encounter_of_no_armed_side_is_no_fight(nlp, text):
    """An encounter is a fight only when a side it is between or with is a force or an armed group."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "SFs recovered an Improvised Explosive Device (IED) from a roadside in Bijapur District on November 22.",
    "The Police seized a Vehicle-Borne Improvised Explosive Device near Bannu on November 22.",
])
def test_satp_equipment_spelled_out_in_capitals_is_no_party(nlp, text):
    """Equipment spelled out in capitals ("an Improvised Explosive Device (IED)") is a thing as its acronym is:
    never the recipient of the act that seizes or defuses it."""
    event = next(e for e in events(nlp, text, DAY) if e.event_type == "COERCE")
    assert event.recipient == [] and event.date.start == "2026-11-22"


def test_satp_a_party_whose_initials_spell_equipment_stays_a_party():
    """Only a name ending in a weapon's or vehicle's word counts: "All Progressives Congress" is no APC."""
    from annalyst.extract.argwords import is_equipment

    assert is_equipment("Improvised Explosive Device") and is_equipment("Unmanned Aerial Vehicles")
    assert not is_equipment("All Progressives Congress") and not is_equipment("Hizbul Mujahideen")
