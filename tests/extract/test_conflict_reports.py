"""Conflict-report style items (daily items of a conflict portal, wire reports of attacks, arrests, protests):
their date and place. Invented sentences with real place names; the full English pipeline."""

from __future__ import annotations

import pytest

from annalyst.extract.places import gazetteer

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def test_conflict_part_of_day_keeps_the_day(nlp):
    """"on Monday evening", "Tuesday morning": the day dates the act (the TIME word after it is part of it)."""
    found = events(nlp, "A police constable was shot dead by unidentified gunmen in Quetta on Monday evening.", DAY)
    assert only(found, "ASSAULT").date.start == "2026-11-23"
    found = events(nlp, "Militants attacked a check post in Bannu on Tuesday morning.", DAY)
    assert only(found, "ASSAULT").date.start == "2026-11-24"


def test_conflict_village_named_before_its_district_is_the_place(nlp):
    """A place the gazetteer lacks, told before the district or province it lies in, is the place, with their
    country."""
    found = events(nlp, "On November 23, unidentified gunmen shot dead a shopkeeper near Gorkop in the Kech "
                        "District of Balochistan.", DAY)
    loc = only(found, "ASSAULT").location
    assert loc.name == "Gorkop" and loc.country == "PAK"


def test_conflict_place_of_a_phrase_inside_the_object_or_a_clause(nlp):
    """The place hangs off "dozens of activists", "a raid", "the city of X", or the "when" clause that tells the
    act."""
    found = events(nlp, "Indian police detained dozens of opposition activists in New Delhi on Tuesday.", DAY)
    assert only(found, "COERCE").location.country == "IND"
    found = events(nlp, "Police apprehended a commander of the banned Lashkar-e-Jhangvi during a raid in Karachi "
                        "on November 22.", DAY)
    assert only(found, "COERCE").location.name == "Karachi"
    found = events(nlp, "Russian forces shelled the city of Kherson overnight, killing two civilians.", DAY)
    assert only(found, "ASSAULT").location.name == "Kherson"
    found = events(nlp, "Two soldiers were killed and three others injured when a bomb went off near their vehicle "
                        "in Bannu on Sunday.", DAY)
    assert only(found, "ASSAULT").location.name == "Bannu"


def test_conflict_a_word_of_a_name_is_no_town_it_is_an_alternate_name_of(nlp):
    """"North" (North Korea) and "Rapid" (Rapid Support Forces) are no towns, though alternate names of some."""
    found = events(nlp, "North Korea warned South Korea on Monday of a merciless response.", DAY)
    loc = only(found, "THREATEN").location
    assert loc is None or loc.country != "USA"
    found = events(nlp, "The Rapid Support Forces attacked a camp for displaced people on Monday.", DAY)
    loc = only(found, "ASSAULT").location
    assert loc is None or loc.country != "USA"


def test_conflict_first_level_divisions_and_districts_are_places():
    """States and provinces (ISO 3166-2) and the districts of the conflict areas are in the gazetteer; a
    subdivision named by a common word is not."""
    gaz = gazetteer()
    assert gaz.lookup("Chhattisgarh").country == "IND" and gaz.lookup("Chhattisgarh").precision == "admin1"
    assert gaz.lookup("Zamfara").country == "NGA"
    assert gaz.lookup("Borno").country == "NGA"  # not the German town one of whose old names it is
    assert gaz.lookup("Kech District").country == "PAK"
    assert gaz.lookup("Kherson").precision == "city"  # a city's own name beats the division
    delta = gaz.lookup("Delta")
    assert delta is None or delta.precision != "admin1"


def test_conflict_state_of_a_country_places_the_attack(nlp):
    found = events(nlp, "Gunmen killed at least 12 villagers in an attack in Nigeria's Zamfara state late on "
                        "Saturday.", DAY)
    event = only(found, "ASSAULT")
    assert event.location.name == "Zamfara" and event.location.country == "NGA" and event.date.start == "2026-11-21"


def test_conflict_a_town_the_model_reads_as_a_date_is_a_place(nlp):
    """"protested in Turbat" with Turbat labelled DATE by the model: still the place (so the protest stands); a
    month after "in" stays a date."""
    found = events(nlp, "Thousands of people protested in Turbat on Monday.", DAY)
    assert only(found, "PROTEST").location.name == "Turbat"
    from ._fictional import run

    doc = run(nlp, "Elections were held in May.", DAY)
    assert not doc.spans["places"]


def test_conflict_demands_charges_and_refusals_of_generic_agents_stand(nlp):
    """A demand, a charge, a refusal made by protesters, rights groups, separatists: an event with no named party."""
    event = only(events(nlp, "Protesters in Turbat demanded the immediate recovery of a missing student.", DAY),
                 "REQUEST")
    assert [a.actor_id for a in event.actor] == ["agent:OPP"]
    event = only(events(nlp, "Human rights groups criticised the police on Monday.", DAY), "ACCUSE")
    assert [a.actor_id for a in event.actor] == ["agent:NGO"]
    event = only(events(nlp, "The separatists refused to take part in the talks.", DAY), "REJECT")
    assert [a.actor_id for a in event.actor] == ["agent:SEP"]


def test_conflict_relatives_of_the_missing_block_a_road(nlp):
    event = only(events(nlp, "Relatives of the missing persons blocked a highway near Mastung on Saturday.", DAY),
                 "PROTEST")
    assert event.actor[0].actor_id == "agent:CVL" and event.date.start == "2026-11-21"


def test_conflict_workers_stopping_work_with_no_place_is_a_strike(nlp):
    event = only(events(nlp, "Workers stopped work on Monday to demand unpaid wages.", DAY), "PROTEST")
    assert event.mode == "strike" and event.actor[0].actor_id == "agent:LAB"


def test_conflict_clashes_between_two_sides(nlp):
    """"clashes erupted between X": the fight noun's sides told on the verb it is the subject of."""
    event = only(events(nlp, "Clashes erupted between rival tribes in the Kurram district on November 23, leaving six "
                             "people dead.", DAY), "ASSAULT")
    assert event.actor[0].text == "rival tribes" and event.location.name == "Kurram"


def test_conflict_thrown_explosives_and_aimed_fire_hit_what_they_were_aimed_at(nlp):
    event = only(events(nlp, "Unknown assailants hurled a grenade at a police station in Pulwama on Monday night.", DAY),
                 "ASSAULT")
    assert event.mode == "explosives" and [r.actor_id for r in event.recipient] == ["agent:COP"]
    event = only(events(nlp, "Unidentified motorcyclists opened fire on a polio vaccination team in Bannu.", DAY),
                 "ASSAULT")
    assert [r.text for r in event.recipient] == ["polio vaccination team"]


def test_conflict_communications_cut(nlp):
    event = only(events(nlp, "The government suspended mobile internet services in Quetta on Monday.", DAY), "COERCE")
    assert event.mode == "censor" and event.location.name == "Quetta"


def test_conflict_a_body_found_is_a_killing_its_finder_no_killer(nlp):
    event = only(events(nlp, "The bullet-riddled body of a local shopkeeper was found in Panjgur on Tuesday.", DAY),
                 "ASSAULT")
    assert event.actor == [] and [r.text for r in event.recipient] == ["local shopkeeper"]
    assert event.date.start == "2026-11-24"
    assert not [e for e in events(nlp, "Police found the body of a missing boy in a canal in Panjgur.", DAY)
                if e.event_type == "ASSAULT"]


def test_conflict_a_toll_told_with_a_blast_that_names_no_attacker_is_the_attack(nlp):
    """"were injured when a landmine exploded": the clause names a weapon, not an attacker, so the toll verb tells
    the attack (not dropped as the toll of another event)."""
    event = only(events(nlp, "Three labourers were injured when a landmine exploded in Sui on November 22.", DAY),
                 "ASSAULT")
    assert event.actor == [] and event.recipient[0].text == "Three labourers" and event.date.start == "2026-11-22"
    event = only(events(nlp, "Three policemen were killed when gunmen attacked their van in Quetta.", DAY), "ASSAULT")
    assert event.actor[0].text == "gunmen"


@pytest.mark.parametrize("text, kind, mode", [
    ("The police took three suspects into custody in Hyderabad on Monday.", "COERCE", "arrest"),
    ("Security forces rounded up more than 40 suspects in Anantnag on Tuesday.", "COERCE", "arrest"),
    ("A mob lynched a man in the Nankana Sahib district on Saturday.", "ASSAULT", "beat"),
    ("Residents held a sit-in on Tuesday.", "PROTEST", "demo"),
    ("The district administration imposed Section 144 in Gilgit on Monday.", "COERCE", "curfew"),
])
def test_conflict_verbs_of_daily_security_items(nlp, text, kind, mode):
    event = only(events(nlp, text, DAY), kind)
    assert event.mode == mode and event.date.start is not None


def test_conflict_generic_agents_of_reports(nlp):
    event = only(events(nlp, "Unidentified persons kidnapped a schoolteacher in Awaran on Sunday.", DAY), "ASSAULT")
    assert event.actor[0].actor_id == "agent:UAF"
    event = only(events(nlp, "The families of the victims demanded the arrest of the killers.", DAY), "REQUEST")
    assert event.actor[0].actor_id == "agent:CVL"


def test_conflict_a_town_named_as_a_far_citys_alternate_name_is_the_local_town(nlp):
    """"the Khar tehsil of Bajaur": Khar is an alternate name of a German town; with Bajaur (Pakistan) beside it,
    it is the local town the gazetteer lacks."""
    event = only(events(nlp, "Gunmen shot dead a tribal elder and his son in the Khar tehsil of Bajaur on "
                             "November 20.", DAY), "ASSAULT")
    assert event.location.name == "Khar" and event.location.country == "PAK"


def test_conflict_wire_dateline_dates_a_report_with_a_trailing_attribution(nlp):
    """"QUETTA, Nov 24 (Reuters) - X killed Y, police said": the dateline dates the reported act, and the blanked
    dateline is no part of the actor's text."""
    from ._fictional import analyzed

    found = analyzed(nlp, "QUETTA, Nov 24 (Reuters) - Security forces killed two militants in Harnai, the military "
                          "said.", DAY).events
    event = only(found, "ASSAULT")
    assert event.date.start == "2026-11-24" and event.actor[0].text == "Security forces"


def test_conflict_a_sentence_naming_no_place_takes_the_place_of_the_story(nlp):
    """A physical act in a sentence naming no place is placed where the paragraph's story is; a statement is not."""
    found = events(nlp, "Terrorists attacked a security forces convoy in the Tirah valley on November 22. Security "
                        "forces responded and killed two terrorists.", DAY)
    second = [e for e in found if e.evidence[0].trigger == "killed"]
    assert len(second) == 1 and second[0].location.name == "Tirah"
    found = events(nlp, "Terrorists attacked a convoy in Bannu on Monday. Pakistan condemned the attack.", DAY)
    assert only(found, "ACCUSE").location is None


def test_conflict_the_threatened_party_is_the_object_of_the_infinitive(nlp):
    event = only(events(nlp, "Hamas threatened to kill Israeli hostages if the bombardment continued.", DAY),
                 "THREATEN")
    # people a country word names are that country's people: named as written, coded as the country
    assert [(r.name, r.actor_id) for r in event.recipient] == [("Israeli hostages", "ISR")]
    event = only(events(nlp, "Turkey threatened to cut ties with Sweden on Sunday.", DAY), "THREATEN")
    assert [r.name for r in event.recipient] == ["Sweden"]


def test_conflict_rioters_burning_cars_riot(nlp):
    """The protest-crowd class is tried before the destruction of property: rioters torching cars riot."""
    event = only(events(nlp, "Rioters torched cars in the French city of Marseille overnight.", DAY), "PROTEST")
    assert event.mode == "riot"
    event = only(events(nlp, "Militants torched three trucks in Bannu on Monday.", DAY), "ASSAULT")
    assert event.mode == "destroy"  # CAMEO 1712 destroy property: PLOVER ASSAULT destroy


def test_conflict_a_junta_refusing_stands(nlp):
    event = only(events(nlp, "The junta refused to hand over power to the elected government.", DAY), "REJECT")
    assert event.actor[0].actor_id == "agent:MIL"


def test_conflict_the_claimed_attack_noun_is_one_event_with_its_claimant(nlp):
    """"X claimed responsibility for the suicide bombing in Bannu": one ASSAULT, by X (the bombing noun is the
    claimed attack, not a second attack with no attacker)."""
    found = events(nlp, "The Tehreek-e-Taliban Pakistan claimed responsibility for the suicide bombing in Bannu.", DAY)
    event = only(found, "ASSAULT")
    assert [a.text for a in event.actor] == ["Tehreek-e-Taliban Pakistan"]
