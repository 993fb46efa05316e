"""Entities of foreign-ministry and defence releases on invented text: a holder's name after the portfolio of an
office ("Minister of State for the Middle East Hamish Falconer", extract/portfolios.py), and the negatives that must
stay as they are."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(names_nlp):
    """The names-and-places pipeline (tests/extract/conftest.py) under this module's name for it."""
    return names_nlp


def ents(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


# ------------------------------------------------------------------------------------ a name after a portfolio

@pytest.mark.parametrize("text, name", [
    ("Minister of State for the Middle East Hamish Falconer met the Qatari Prime Minister in Doha.", "Hamish Falconer"),
    ("Special Envoy for the Horn of Africa Mike Hammer travelled to Addis Ababa on Monday.", "Mike Hammer"),
    ("Deputy Chief of Mission Ahmed Rahimi delivered the remarks in Dhaka.", "Ahmed Rahimi"),
])
def test_the_holder_after_a_portfolio_is_a_person_of_its_own(nlp, text, name):
    found = ents(nlp, text)
    assert (name, "PERSON") in found
    assert not any(name in t and t != name for t, _ in found)  # not one entity with the portfolio's words


def test_the_portfolio_stays_a_place_when_the_model_read_one(nlp):
    found = ents(nlp, "Special Envoy for the Horn of Africa Mike Hammer travelled to Addis Ababa on Monday.")
    assert ("Horn of Africa", "LOC") in found


def test_a_word_of_the_portfolio_is_no_part_of_a_name(nlp):
    found = ents(nlp, "Deputy Chief of Mission Ahmed Rahimi delivered the remarks in Dhaka.")
    assert ("Ahmed Rahimi", "PERSON") in found and not any("Mission" in t for t, _ in found)


def test_the_holder_is_chained_later(nlp):
    doc = nlp("Special Envoy for the Horn of Africa Mike Hammer travelled to Addis Ababa on Monday. "
              "Hammer met the Ethiopian Prime Minister.")
    assert {(e.text, e.label_) for e in doc.ents} >= {("Mike Hammer", "PERSON"), ("Hammer", "PERSON")}


def test_the_holder_chained_later_is_the_actor_of_an_event():
    from annalyst.extract.pipeline import build_pipeline

    from ._fictional import events

    found = events(build_pipeline(), "Special Envoy for the Horn of Africa Mike Hammer travelled to Addis Ababa on "
                                     "Monday. Hammer met the Ethiopian Prime Minister.")
    met = next(e for e in found if e.evidence[0].trigger == "met")
    assert [a.actor_id for a in met.actor] == ["new:mike-hammer"]


# --------------------------------------------------------------------------------------------------- negatives

@pytest.mark.parametrize("text, name", [
    ("The Commander of the Islamic Revolutionary Guard Corps warned Israel on Monday.", "Islamic Revolutionary Guard Corps"),
    ("The President of the European Commission arrived in Kyiv.", "European Commission"),
    ("Minister of State for Foreign Affairs Ahmed Attaf arrived in Tunis.", "Ahmed Attaf"),
])
def test_an_organisation_or_a_plain_titled_name_is_left_whole(nlp, text, name):
    found = ents(nlp, text)
    assert any(t.removeprefix("the ") == name for t, _ in found)


# ---------------------------------------------------------------------------------- ground taken or struck

@pytest.mark.parametrize("text, name", [
    ("The Hayat Tahrir al-Sham group recaptured Maarat al-Numan on Thursday.", "Maarat al-Numan"),
    ("Rebels overran Tessit after two days of fighting, the army said.", "Tessit"),
])
def test_the_bare_object_of_a_verb_of_taking_ground_is_a_place(nlp, text, name):
    found = ents(nlp, text)
    assert (name, "GPE") in found


def test_a_person_after_such_a_verb_stays_a_person(nlp):
    # a name opening with a given name: a person seized
    assert ("Habib Rahman", "PERSON") in ents(nlp, "The army seized Habib Rahman at his home in Kabul.")


def test_an_object_with_an_article_is_not_read_as_a_place(nlp):
    found = ents(nlp, "Houthi forces seized the Galaxy Leader in the Red Sea.")
    assert not any("Galaxy" in t and label == "GPE" for t, label in found)


# ------------------------------------------------------------------------------ a given name left untagged

@pytest.mark.parametrize("text, name", [
    ("Mahsa Rezaei, a spokeswoman for the judiciary, said the verdict was final.", "Mahsa Rezaei"),
])
def test_an_untagged_given_name_before_a_person_joins_the_name(nlp, text, name):
    assert (name, "PERSON") in ents(nlp, text)


def test_a_title_before_a_person_does_not_join_the_name(nlp):
    found = ents(nlp, "President Rezaei, a former judge, said the verdict was final.")
    assert not any(t.startswith("President") and label == "PERSON" for t, label in found)


# ------------------------------------------------------------------- "the Kurdish town of X": the town is X

@pytest.mark.parametrize("text, word, town", [
    ("Gunmen attacked a checkpoint in the Kurdish town of Qamishli on Sunday.", "Kurdish", "Qamishli"),
    ("Troops entered the Pashtun village of Shah Wali Kot.", "Pashtun", "Shah Wali Kot"),
    ("Clashes erupted in the Druze city of Sweida.", "Druze", "Sweida"),
])
def test_a_peoples_word_before_a_place_noun_and_of_is_no_place(nlp, text, word, town):
    doc = nlp(text)
    assert (town, "GPE") in {(e.text, e.label_) for e in doc.ents}
    assert not any(e.text == word and e.label_ == "GPE" for e in doc.ents)
    assert word not in {p.text for p in doc.spans["places"]}


def test_a_name_before_district_of_stays_a_place(nlp):
    doc = nlp("Gunmen killed two men in the Bannu district of Khyber Pakhtunkhwa.")
    assert "Bannu" in {p.text for p in doc.spans["places"]}


# ------------------------------------------------------------------------------------- bases and airfields

@pytest.mark.parametrize("text, name", [
    ("Rockets hit near Al Udeid Air Base in Qatar.", "Al Udeid Air Base"),
    ("The drones were launched from Shahid Beheshti Air Base.", "Shahid Beheshti Air Base"),
])
def test_a_base_is_a_place_not_an_organisation(nlp, text, name):
    doc = nlp(text)
    assert (name, "FAC") in {(e.text, e.label_) for e in doc.ents}
    assert name in {p.text for p in doc.spans["places"]}
    assert name not in {m.text for m in doc.spans["mentions"]}  # no actor


# ------------------------------------------------- "the head of the UN mission, X,": the holder of the role

@pytest.mark.parametrize("text, name", [
    ("Ould Ghazouani received the head of the UN mission, El-Ghassim Wane, in Nouakchott.", "El-Ghassim Wane"),
    ("The minister met the commander of the Kenyan contingent, Godfrey Otunge, in Port-au-Prince.", "Godfrey Otunge"),
    ("He spoke with the leader of the Shiite bloc, Hadi al-Amiri, by phone.", "Hadi al-Amiri"),
])
def test_a_name_apposed_to_a_role_of_a_body_is_a_person(nlp, text, name):
    assert (name, "PERSON") in ents(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("He praised the leader of the group, Islamic State, in a video.", "Islamic State"),
    ("The chief of the militia, Jaish al-Adl, claimed the attack.", "Jaish al-Adl"),
])
def test_an_organisation_apposed_to_the_body_stays_an_organisation(nlp, text, name):
    assert not any(t.removeprefix("the ") == name and label == "PERSON" for t, label in ents(nlp, text))


@pytest.mark.parametrize("text, name", [
    ("Rebels seized Ahmed Warsame, a former militia leader, near the border.", "Ahmed Warsame"),
    ("Police seized Ilya Sorokin at the airport on Friday.", "Ilya Sorokin"),
    ("Pirates seized Ocean Star in the Gulf of Aden.", "Ocean Star"),
    ("Commandos stormed Sea Breeze off the coast of Yemen.", "Sea Breeze"),
])
def test_a_person_or_a_ship_seized_is_no_place(nlp, text, name):
    assert not any(t == name and label in ("GPE", "LOC") for t, label in ents(nlp, text))


def test_the_holder_after_a_portfolio_is_the_party_met():
    from annalyst.extract.pipeline import build_pipeline

    from ._fictional import events

    found = events(build_pipeline(), "Kenya's President met Special Envoy for the Horn of Africa Mike Hammer in "
                                     "Nairobi.")
    met = next(e for e in found if e.evidence[0].trigger == "met")
    assert [a.actor_id for a in met.recipient] == ["new:mike-hammer"]


def test_the_people_a_town_is_described_by_is_no_party_struck():
    from annalyst.extract.pipeline import build_pipeline

    from ._fictional import events

    found = events(build_pipeline(), "The Kurdish town of Qamishli was shelled by Turkey.")
    e = next(e for e in found if e.event_type == "ASSAULT")
    assert [a.actor_id for a in e.actor] == ["TUR"] and "new:kurdish" not in [a.actor_id for a in e.recipient]
