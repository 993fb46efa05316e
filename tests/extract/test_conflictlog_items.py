"""Daily items of conflict reports (a regional terrorism portal's style), judged as whole events: type, actor,
recipient, date and place. Districts named after a known town, a place phrase told last in the clause, surrenders
before an authority, a rank in an armed group, arms recovered, an arrest and a recovery in one item. Sentences
written for the project (real district names, invented events)."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only

DAY = "2026-11-25"  # a Wednesday


def test_a_district_named_after_a_known_town_is_placed_in_its_country():
    """"Dantewada District": the gazetteer knows the town, not the district; the district is the town's, at the
    level of the curated districts. An alternate name of a far town ("Khar") or a common word is no district."""
    from annalyst.extract.places import gazetteer
    from annalyst.extract.reports import district_place

    gaz = gazetteer()
    loc = district_place(gaz, "Dantewada District")
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Dantewada", "IND", "admin1")
    assert district_place(gaz, "Mastung district").country == "PAK"
    assert district_place(gaz, "Dantewada") is None  # no division word
    assert district_place(gaz, "Khar tehsil") is None  # only an alternate name of a far town
    assert district_place(gaz, "the district") is None


def test_an_item_in_a_district_has_its_date_and_place(nlp):
    event = only(events(nlp, "Insurgents shot dead a retired teacher in Latehar District on Sunday.", DAY),
                 "ASSAULT")
    assert event.location.name == "Latehar" and event.location.country == "IND"
    assert event.date.start == "2026-11-22" and ids(event.recipient) == ["agent:EDU"]


@pytest.mark.parametrize(("text", "kind", "place"), [
    # the parser hangs the place phrase off the last noun before it
    ("Maoists killed a tribal youth branding him a police informer in Kondagaon District on November 20.",
     "ASSAULT", "Kondagaon"),
    ("Four Maoists surrendered before the Superintendent of Police in Sukma District on November 21.",
     "RETREAT", "Sukma"),
    ("The Police arrested a Maoist carrying a cash reward of INR 2 lakh from Gumla District on November 21.",
     "COERCE", "Gumla"),
])
def test_a_place_told_last_in_the_clause_places_the_act(nlp, text, kind, place):
    event = only(events(nlp, text, DAY), kind)
    assert event.location is not None and event.location.name == place


def test_a_place_in_a_relative_clause_is_not_the_acts_place(nlp):
    from annalyst.extract.reports import late_place

    from ._fictional import run

    doc = run(nlp, "Gunmen killed a trader who had moved from Latehar District.", DAY)
    killed = next(t for t in doc if t.text == "killed")
    assert late_place(doc, killed) == []


def test_a_surrender_before_an_authority_names_it(nlp):
    event = only(events(nlp, "Nine Maoists surrendered before the Police in Malkangiri District on Tuesday.", DAY),
                 "RETREAT")
    assert ids(event.actor) == ["agent:REB"] and ids(event.recipient) == ["agent:COP"]
    assert event.date.start == "2026-11-24" and event.location.name is not None
    event = only(events(nlp, "Two Maoist cadres surrendered before the Superintendent of Police in Sukma on Monday.", DAY),
                 "RETREAT")
    assert ids(event.recipient) == ["agent:COP"]


def test_a_rank_in_an_armed_group_is_its_generic_agent(nlp):
    event = only(events(nlp, "A Maoist commander surrendered before the Police in Rayagada District on Monday.", DAY),
                 "RETREAT")
    assert ids(event.actor) == ["agent:REB"] and event.date.start == "2026-11-23"


@pytest.mark.parametrize("text", [
    "The Police recovered 15 kilograms of explosives from a truck in Quetta on November 23.",
    "The Army recovered three AK rifles and 90 rounds from a hideout in Rajouri on November 23.",
    "SFs unearthed two pistols and a grenade from a hideout in Poonch on November 23.",
])
def test_arms_recovered_are_a_seizure_whose_things_are_no_party(nlp, text):
    event = only(events(nlp, text, DAY), "COERCE")
    assert event.mode == "seize" and event.recipient == [] and event.date.start == "2026-11-23"
    assert event.actor[0].actor_id in ("agent:COP", "agent:MIL")


def test_recovering_from_a_crisis_is_no_seizure(nlp):
    assert not [e for e in events(nlp, "The economy recovered from the floods in Sindh.", DAY)
                if e.event_type == "COERCE"]


def test_an_arrest_and_a_recovery_in_one_item_are_two_acts(nlp):
    found = events(nlp, "SFs arrested a militant and recovered a pistol in Bandipora on November 23.", DAY)
    assert sorted(e.mode for e in found if e.event_type == "COERCE") == ["arrest", "seize"]
    arrest = next(e for e in found if e.mode == "arrest")
    assert ids(arrest.recipient) == ["agent:REB"]


def test_two_arrests_told_in_one_coordination_stay_one_act(nlp):
    found = events(nlp, "Police arrested two smugglers and detained their driver in Amritsar on Monday.", DAY)
    assert len([e for e in found if e.event_type == "COERCE"]) == 1


def test_a_planted_device_exploding_with_a_toll_is_a_bombing_of_the_victims_by_the_planters(nlp):
    event = only(events(nlp, "A landmine planted by Maoists exploded in Kanker on November 22, injuring three "
                             "villagers.", DAY), "ASSAULT")
    assert event.mode == "explosives" and ids(event.actor) == ["agent:REB"]
    assert ids(event.recipient) == ["agent:CVL"] and event.date.start == "2026-11-22"
    event = only(events(nlp, "An IED exploded near a school in Bannu on Sunday, killing a child.", DAY),
                 "ASSAULT")
    assert event.actor == [] and [r.text for r in event.recipient] == ["child"]


def test_an_explosion_explaining_a_toll_stays_the_toll_verbs_one_event(nlp):
    event = only(events(nlp, "Two porters were injured when an IED exploded in Kanker on Monday.", DAY), "ASSAULT")
    assert [r.text for r in event.recipient] == ["Two porters"]


def test_a_participle_of_harm_has_the_noun_it_follows_as_victim(nlp):
    """"A shopkeeper injured in the grenade attack on November 20 died on Tuesday": the shopkeeper was hurt, not the
    town named in the attack's place phrase."""
    found = events(nlp, "A shopkeeper injured in the grenade attack on November 20 in Sopore died in hospital on "
                        "Tuesday.", DAY)
    event = only(found, "ASSAULT")
    assert [r.text for r in event.recipient] == ["shopkeeper"] and event.date.start == "2026-11-20"


def test_an_elided_toll_after_a_killing_is_the_same_attack(nlp):
    found = events(nlp, "A porter was killed and four others injured in a grenade blast in Peshawar on Tuesday.", DAY)
    event = only(found, "ASSAULT")
    assert [r.text for r in event.recipient] == ["porter"]


def test_a_sector_thing_named_through_two_compounds_is_the_target(nlp):
    event = only(events(nlp, "Militants attacked a police check post in Bannu on Monday, killing a constable.", DAY),
                 "ASSAULT")
    assert ids(event.recipient) == ["agent:COP"] and ids(event.actor) == ["agent:REB"]


def test_a_title_of_a_force_in_capitals_is_no_town_and_names_the_police(nlp):
    """"a Special Police Officer": not the town called Officer; the officer is of the police."""
    event = only(events(nlp, "Militants shot dead a Special Police Officer near his house in Sopore on Monday.", DAY),
                 "ASSAULT")
    assert event.location.name != "Officer" and event.location.country == "IND"
    assert ids(event.recipient) == ["agent:COP"]


def test_a_device_set_off_by_its_attackers_is_their_bombing(nlp):
    event = only(events(nlp, "Two jawans were injured when Maoists triggered an IED in Kanker on Sunday.", DAY),
                 "ASSAULT")
    assert event.mode == "explosives" and ids(event.actor) == ["agent:REB"] and ids(event.recipient) == ["agent:MIL"]
    event = only(events(nlp, "Maoists detonated a landmine in Kanker on Sunday, killing two jawans.", DAY), "ASSAULT")
    assert ids(event.recipient) == ["agent:MIL"] and event.counts.killed == 2
    assert not [e for e in events(nlp, "The speech triggered a debate in the assembly.", DAY)
                if e.event_type == "ASSAULT"]


def test_the_toll_of_an_attack_told_before_is_no_new_attack(nlp):
    """"The death toll in the X attack rose to 12 on Tuesday": the attack was told in an earlier item; its noun here
    is no attack of Tuesday. The attack told in the same item stays one event."""
    found = events(nlp, "The death toll in the suicide attack in Bajaur rose to 14 on Tuesday after three injured "
                        "persons died in hospital.", DAY)
    assert [e for e in found if e.event_type == "ASSAULT"] == []
    found = events(nlp, "Militants attacked a police post in Bannu on Monday. The death toll of the attack rose to "
                        "five on Tuesday.", DAY)
    event = only(found, "ASSAULT")
    assert event.date.start == "2026-11-23" and ids(event.actor) == ["agent:REB"]


def test_a_person_abducted_by_an_armed_group_is_its_victim(nlp):
    found = events(nlp, "The body of a youth abducted by militants was found in Sopore on Tuesday.", DAY)
    event = next(e for e in found if e.mode == "abduct")
    assert ids(event.actor) == ["agent:REB"] and [r.text for r in event.recipient] == ["youth"]


def test_a_toll_of_the_same_fight_on_the_other_side_is_by_the_earlier_victims(nlp):
    """"Two Maoists were killed in an encounter with SFs. A jawan was also injured in the exchange of fire": the
    jawan was hurt by the Maoists; a toll of a fight with no earlier victims of the other side stays agentless."""
    found = events(nlp, "Two Maoists were killed in an encounter with SFs in Sukma on Monday. A jawan was also "
                        "injured in the exchange of fire.", DAY)
    hurt = next(e for e in found if e.event_type == "ASSAULT" and ids(e.recipient) == ["agent:MIL"])
    assert ids(hurt.actor) == ["agent:REB"]
    event = only(events(nlp, "Two policemen were killed in an encounter in Bannu on Monday.", DAY), "ASSAULT")
    assert event.actor == []


def test_a_device_of_a_toll_planted_by_a_party_is_its_attack(nlp):
    event = only(events(nlp, "A pressure bomb planted by Maoists killed two jawans in Chaibasa on Sunday.", DAY),
                 "ASSAULT")
    assert ids(event.actor) == ["agent:REB"] and ids(event.recipient) == ["agent:MIL"]


def test_police_officials_in_capitals_are_the_police_not_a_town(nlp):
    """"laid down arms before senior Police officials in X District": the police, and X is the place (not the
    Polish town called Police)."""
    event = only(events(nlp, "Three Maoists laid down arms before senior Police officials in Kanker District on "
                             "Monday.", DAY), "RETREAT")
    assert ids(event.recipient) == ["agent:COP"] and event.location.name == "Kanker"
