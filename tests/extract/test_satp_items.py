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


@pytest.mark.parametrize(("text", "kind", "side", "want"), [
    ("The Special Operations Group (SOG) arrested a LeT militant in Srinagar on November 21.", "COERCE", "actor",
     ["new:special-operations-group"]),
    ("The Frontier Corps (FC) killed three terrorists in Kech District on November 22.", "ASSAULT", "actor",
     ["new:frontier-corps"]),
    ("Militants shot dead a Special Police Officer (SPO) in Tral on November 22.", "ASSAULT", "recipient",
     ["agent:COP"]),
])
def test_satp_a_short_form_in_brackets_is_the_same_party(nlp, text, kind, side, want):
    """A report writes a force's short form in brackets after its full name the first time ("the Special
    Operations Group (SOG)"): one party, not a second one named by the short form; an officer's short form does
    not hide that the officer is of the police."""
    assert ids(getattr(only(events(nlp, text, DAY), kind), side)) == want


@pytest.mark.parametrize(("text", "day"), [
    ("Militants shot dead a trader in Tral on November 22. A day earlier, militants had hurled a grenade at a "
     "Police station in Awantipora.", "2026-11-21"),
    ("SFs arrested two militants in Sopore on November 20. Two days later, militants hurled a grenade at a Police "
     "station in Baramulla.", "2026-11-22"),
])
def test_satp_a_bare_day_earlier_counts_from_the_items_date(nlp, text, day):
    """"A day earlier" / "two days later" with no anchor of its own count from the date the item told before (as
    "the previous day" does), not from the publication day."""
    grenade = next(e for e in events(nlp, text, DAY) if e.mode == "explosives")
    assert grenade.date.start == day


def test_satp_a_day_earlier_with_no_date_told_before_stays_on_publication(nlp):
    """With no date told earlier in the item, the duration still counts back from the publication day."""
    found = events(nlp, "Militants attacked a Police post in Tank. A day earlier, militants had killed a trader.", DAY)
    killing = next(e for e in found if ids(e.recipient) == ["agent:BUS"])
    assert killing.date.start == "2026-11-24"


def test_satp_a_rank_in_quotes_is_of_its_armed_group(nlp):
    """Portals put a rank in quotes ("a Maoist 'section commander'"): the rank is still of the group named before
    it."""
    found = events(nlp, "SFs arrested a Maoist 'section commander' from Gadchiroli District on November 22.", DAY)
    assert ids(only(found, "COERCE").recipient) == ["agent:REB"]


@pytest.mark.parametrize(("text", "seized"), [
    ("The Police arrested a drug peddler in Anantnag District on November 22. The Police also recovered 500 grams "
     "of heroin from his possession.", True),
    ("The Police recovered two kilograms of charas from a truck in Kathua on November 22.", True),
    # recovering from an addiction is no seizure
    ("The patient recovered from drug addiction at a clinic in Amritsar on November 22.", False),
])
def test_satp_drugs_recovered_by_the_police_are_a_seizure(nlp, text, seized):
    """Portals tell drugs taken by the police in the same items and words as arms ("recovered 500 grams of
    heroin"): a seizure (COERCE seize) by the police, dated as the item, with the drugs no party."""
    found = [e for e in events(nlp, text, DAY) if e.mode == "seize"]
    assert bool(found) == seized
    if seized:
        assert ids(found[0].actor) == ["agent:COP"] and found[0].recipient == [] and \
            found[0].date.start == "2026-11-22"


@pytest.mark.parametrize("text", [
    "Maoists killed a villager in Bijapur District on Sunday night, suspecting him to be a Police informer.",
    "Militants abducted two youths in Shopian on November 22, branding them Police informers.",
])
def test_satp_the_motive_of_a_killing_is_no_accusation(nlp, text):
    """"killed a villager, suspecting him to be a police informer": the participle tells why the attackers acted;
    the item tells one attack, no accusation of its own."""
    found = events(nlp, text, DAY)
    assert [e.event_type for e in found] == ["ASSAULT"] and ids(found[0].actor) == ["agent:REB"]


def test_satp_an_accusation_told_by_its_own_verb_stays(nlp):
    """An accusation that is the clause's own act stays one."""
    found = events(nlp, "Pakistan accused India of killing civilians in Kotli on November 22.", DAY)
    assert only(found, "ACCUSE").actor[0].actor_id == "PAK"
