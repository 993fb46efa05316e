"""Entity corrections for names that news and releases of many regions write without the cue the other passes read
(extract/personslots.py, namecues.base_names, personnames._bare_roles, on invented sentences): a surname alone that
the article never gives in full, read as a person from the slot it fills; a site named with "Park", "Square",
"Airport", "Stadium"; a role abbreviation typed a name of its own. And the negatives that must stay as they are:
companies that say things, capitals that speak for their governments, titled names."""

from __future__ import annotations

import pytest

from ._fictional import kind_at as kind
from ._fictional import place_at as place
from ._fictional import run as _run


@pytest.fixture(scope="module")
def nlp(names_nlp):
    """The names-and-places pipeline (tests/extract/conftest.py) under this module's name for it."""
    return names_nlp


def run(nlp, text: str):
    return _run(nlp, text, "2026-03-02")


@pytest.mark.parametrize("text, name", [
    ("Born to a farming family near the coast, the 61-year-old Bhosale, a former union organiser, became the first "
     "woman to lead the province.", "Bhosale"),
    ("The 47-year-old Chandio was sworn in as the district's first elected mayor on Monday.", "Chandio"),
    ("The family said the 70-year-old Nadeem had been unwell for months.", "Nadeem"),
])
def test_a_surname_after_an_age_is_a_person(nlp, text, name):
    """"the 61-year-old Bhosale": an age before a lone name says person, whatever the model typed it (an
    organisation, nothing) and even when a town is spelt so; no place or organisation has an age in years."""
    assert kind(run(nlp, text), name) == "person"


@pytest.mark.parametrize("text, name", [
    ('"We took her (Mirzaei) to the station for questioning," a police spokesman told reporters.', "Mirzaei"),
    ('"We released him (Nazari) after he signed a pledge," the officer said.', "Nazari"),
])
def test_a_name_in_brackets_after_a_personal_pronoun_is_that_person(nlp, text, name):
    """"him (Nazari)": a quoted official names the person a pronoun stands for in brackets; the name is the
    person's, not a town's or an organisation's."""
    assert kind(run(nlp, text), name) == "person"


@pytest.mark.parametrize("text, name", [
    ("Jatoi was elected chairman of the district council on Friday.", "Jatoi"),
    ("Gondal was arrested at his home in the early hours of Saturday.", "Gondal"),
])
def test_the_subject_of_an_arrest_or_an_election_is_a_person(nlp, text, name):
    """"Gondal was arrested", "Jatoi was elected": no organisation or town is arrested or elected, so a lone
    surname in that slot is a person, even one the gazetteer also knows as a town."""
    assert kind(run(nlp, text), name) == "person"


@pytest.mark.parametrize("text, name", [
    ("Gazprom said gas exports would fall next year.", "Gazprom"),
    ("Huawei said it would appeal the ruling.", "Huawei"),
    ("Ecobank said profits rose in the third quarter.", "Ecobank"),
    ("Kabul said the border would reopen on Monday.", "Kabul"),
])
def test_companies_and_capitals_that_say_things_are_no_persons(nlp, text, name):
    """Negative: companies, agencies and capitals say and tell as often as persons do; the subject of a verb of
    saying is no cue for a name the model typed an organisation or left untagged, and a capital stays a place."""
    assert kind(run(nlp, text), name) != "person"


def test_a_capitalised_plural_in_a_headline_run_is_no_person(nlp):
    """Negative: "Targeted Operations ... died" in a run of capitalised words: a plural common noun is no surname,
    whatever verb it heads."""
    doc = run(nlp, "Joint Task Force Targeted Operations Against Militants Continue; a soldier died on Monday.")
    assert kind(doc, "Operations") != "person"


@pytest.mark.parametrize("text, site", [
    ("Supporters filled the Moshood Abiola Stadium for the rally.", "Moshood Abiola Stadium"),
    ("The delegation landed at Mallam Aminu Kano Airport on Monday.", "Mallam Aminu Kano Airport"),
    ("Thousands marched to Tahrir Square on Friday.", "Tahrir Square"),
])
def test_a_site_named_with_stadium_airport_or_square_is_a_place(nlp, text, site):
    """"Tahrir Square", "Moshood Abiola Stadium": a name ending in a capitalised word of a site is where something
    happens, not an organisation that acts (nor a person, though the name holds one)."""
    doc = run(nlp, text)
    assert place(doc, site) is not None
    assert kind(doc, site) is None


def test_a_role_abbreviation_alone_is_no_organisation(nlp):
    """"The IG ordered ...": the short form of an office (Inspector General) names the holder by a role, not an
    unknown organisation."""
    assert kind(run(nlp, "The IG ordered the command to deploy more officers to the highway."), "IG") != "organisation"


def test_a_title_before_a_name_stays_a_title(nlp):
    """Negative: "General Votel": a role word right before a name is the title of a person, who stays one."""
    assert kind(run(nlp, "General Votel said the operation would continue."), "Votel") == "person"


@pytest.mark.parametrize("text, outlet", [
    ("The blast killed two guards, a Geo reporter at the scene said.", "Geo"),
    ("Polling stations closed on time, a Telegraf correspondent in the capital reported.", "Telegraf"),
])
def test_the_name_before_a_reporter_or_correspondent_is_an_outlet(nlp, text, outlet):
    """"a Geo reporter", "an Interfax correspondent": the name between "a" and a noun of an outlet's staff is the
    outlet the reporter works for, an organisation, however the model typed it."""
    assert kind(run(nlp, text), outlet) == "organisation"


@pytest.mark.parametrize("text, name, not_kind", [
    ("A Pakistani reporter and a Kenyan photographer were detained at the border.", "Pakistani", "organisation"),
    ("He spoke to a reporter from the capital on Friday.", "reporter", "organisation"),
])
def test_a_nationality_before_a_reporter_stays_a_nationality(nlp, text, name, not_kind):
    """Negative: "a Pakistani reporter" is a reporter of that nationality, no outlet."""
    assert kind(run(nlp, text), name) != not_kind
