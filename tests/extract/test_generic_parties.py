"""Parties that are no dictionary names, and places the gazetteer lacks, on invented sentences.

Reports of violence and protest name most parties by what they are ("militants", "unidentified gunmen", "security
forces", "protesters"): such a party carries its CAMEO sector (``agent:<CODE>``, ``extract/agents.py``) and keeps an
ASSAULT, COERCE, PROTEST or MOBILIZE; a place known only from its context ("in the town of X", "X district", "in X")
is the event's place, never a party; an organisation named with a country or a province is not that country. The
sentences are written for these tests; the place names Zorvani, Kharbela, Tarkoli and Sangwar are invented."""

from __future__ import annotations

import pytest

from annalyst.extract.agents import agent_table

from ._fictional import analyzed, only

pytestmark = pytest.mark.slow


def parse(nlp, text):
    return analyzed(nlp, text)


def events(nlp, text):
    return parse(nlp, text).events


def ids(parties):
    return [p.actor_id for p in parties]


def test_generic_parties_table_reads_the_sector_of_singular_plural_and_irregular_forms():
    table = agent_table()
    assert table["militant"] == table["militants"] == "REB"
    assert table["gunmen"] == table["gunman"] == "UAF"
    assert table["police"] == "COP" and "polices" not in table
    assert table["security forces"] == "MIL"
    assert table["protesters"] == "OPP" and table["students"] == "EDU" and table["farmers"] == "AGR"


def test_generic_parties_an_attack_by_militants_in_an_unknown_place_is_one_assault_with_its_toll(nlp):
    found = events(nlp, "Militants attacked a police checkpoint in Tarkoli district, killing four officers.")
    e = only(found, "ASSAULT")
    assert ids(e.actor) == ["agent:REB"]
    assert ids(e.recipient) == ["agent:COP"]  # the police, not the country of the place
    assert e.counts.killed == 4
    assert e.location is not None and e.location.name == "Tarkoli"


@pytest.mark.parametrize("text, event_type, actor, recipient", [
    ("Unidentified gunmen shot dead two guards in the town of Zorvani.", "ASSAULT", "agent:UAF", None),
    ("Security forces killed three terrorists in Kharbela district.", "ASSAULT", "agent:MIL", "agent:REB"),
    ("Police arrested twelve protesters near Sangwar.", "COERCE", "agent:COP", "agent:OPP"),
    ("Insurgents ambushed an army convoy in the Tarkoli valley.", "ASSAULT", "agent:REB", "agent:MIL"),
    ("Students protested outside the university in Zorvani.", "PROTEST", "agent:EDU", None),
    ("Farmers held a rally in Kharbela district.", "PROTEST", "agent:AGR", None),
])
def test_generic_parties_carry_their_sector_and_keep_the_event(nlp, text, event_type, actor, recipient):
    e = only(events(nlp, text), event_type)
    assert ids(e.actor) == [actor]
    if recipient is not None:
        assert ids(e.recipient) == [recipient]
    assert e.location is not None and e.location.country is None  # the place is known by its context only
    assert not any(p.text in e.location.name for p in e.actor + e.recipient)


def test_generic_parties_demonstrators_burning_tyres_protest_where_they_are(nlp):
    e = only(events(nlp, "Demonstrators in Lashkar Gah burned tyres."), "PROTEST")
    assert ids(e.actor) == ["agent:OPP"] and e.mode == "riot"
    assert e.location is not None and e.location.name == "Lashkar Gah"


def test_generic_parties_a_name_read_as_a_place_is_no_target(nlp):
    e = only(events(nlp, "Militants of Tehreek-e-Taliban Pakistan attacked a school in Shangla."), "ASSAULT")
    assert ids(e.actor) == ["PAK-TTP"]
    assert not any("Shangla" in p.text for p in e.recipient)
    assert e.location is not None and e.location.name == "Shangla"


def test_generic_parties_an_organisation_named_with_a_country_and_province_is_not_the_country(nlp):
    e = only(events(nlp, "Fighters of Islamic State Pakistan Province attacked a police station in Bajaur."),
             "ASSAULT")
    assert ids(e.actor) == ["X-ISIL"]
    assert ids(e.recipient) == ["agent:COP"]


def test_generic_parties_victims_named_by_what_they_are_are_the_target_not_the_country(nlp):
    e = only(events(nlp, "Gunmen abducted three engineers in Zhob."), "ASSAULT")
    assert [p.text for p in e.recipient] == ["three engineers"]
    assert e.location is not None and e.location.country == "PAK"


def test_generic_parties_the_parse_output_describes_each_sector(nlp):
    result = parse(nlp, "Rioters pelted the police with stones in Karachi.")
    e = only(result.events, "PROTEST")
    assert ids(e.actor) == ["agent:OPP"] and ids(e.recipient) == ["agent:COP"]
    police = result.actors["agent:COP"]
    assert police.country is None and [r.code for r in police.roles] == ["COP"] and police.codes["cameo"] == "COP"
    assert result.actors["agent:OPP"].kind == "party"


@pytest.mark.parametrize("text", [
    "Students attended a lecture at the university.",
    "Villagers celebrated the harvest in Zorvani.",
    "Soldiers visited the museum in Kharbela district.",
    "Farmers sold their wheat at the market in Tarkoli.",
    "Police officers attended a ceremony in Lahore.",
])
def test_generic_parties_no_event_where_nothing_happened(nlp, text):
    assert events(nlp, text) == []


def test_generic_parties_a_flood_is_no_attacker(nlp):
    assert not [e for e in events(nlp, "The flood killed twenty villagers in Quetta.") if e.event_type == "ASSAULT"]


def test_generic_parties_an_agent_id_is_an_actor_of_the_api(tmp_path):
    from annalyst.api import Annalyst

    with Annalyst(db=str(tmp_path / "agents.db")) as an:
        police = an.actor("agent:COP")
    assert police.name == "police" and police.country is None and police.codes == {"cameo": "COP"}


def test_generic_parties_a_state_force_acting_in_a_country_does_not_attack_that_country(nlp):
    found = events(nlp, "Security forces raided a house in Quetta on Monday.")
    e = only(found, "ASSAULT")
    assert ids(e.actor) == ["agent:MIL"]
    assert "PAK" not in ids(e.recipient) and e.location is not None and e.location.country == "PAK"


def test_generic_parties_forces_deployed_in_a_place_mobilise_themselves(nlp):
    e = only(events(nlp, "Additional police were deployed in Zorvani ahead of the protest."), "MOBILIZE")
    assert ids(e.actor) == ["agent:COP"] and e.recipient == []
    assert e.location is not None and e.location.name == "Zorvani"
