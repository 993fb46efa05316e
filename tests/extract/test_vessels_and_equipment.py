"""Ships and weapons named like parties (extract/nameforms.py pass 6, extract/actors.py, on invented text): a ship
opened by its navy's prefix is a vessel acting for that state, never a person or an organisation; a merchant ship
is no party; an exercise's name is one name, no place; a weapon or vehicle named by its acronym ("VBIED", "UAVs") is no actor mention unless the article
named an organisation with those initials. And the re3d scorer reads documents as the product does (speaker labels
blanked) and types no ship. Negatives: persons, organisations and headlines in capitals stay as they are."""

from __future__ import annotations

import pytest

from ._fictional import events
from ._fictional import kind_at as kind
from ._fictional import mention_at
from ._fictional import place_at as place
from ._fictional import run as _run


@pytest.fixture(scope="module")
def names(names_nlp):
    return names_nlp


def run(nlp, text: str):
    return _run(nlp, text, "2026-05-04")


def _ent_label(doc, needle: str) -> str | None:
    start = doc.text.index(needle)
    return next((e.label_ for e in doc.ents if e.start_char <= start < e.end_char), None)


# ------------------------------------------------------------------------------------------------------------ ships

@pytest.mark.parametrize("text, ship, state", [
    ("The frigate HMS Corrib joined the patrol on Monday.", "HMS Corrib", "GBR"),
    ("USS Halvard Quist escorted two tankers through the strait.", "USS Halvard Quist", "USA"),
    ("The Danish frigate HDMS Skagerrak reached Djibouti.", "HDMS Skagerrak", "DNK"),
    ("Sailors aboard FS Montcalm rescued 40 migrants.", "FS Montcalm", "FRA"),
])
def test_a_ship_named_with_its_navys_prefix_is_a_vessel_of_that_state(names, text, ship, state):
    doc = run(names, text)
    assert _ent_label(doc, ship) == "PRODUCT"
    m = mention_at(doc, ship)
    assert m is not None and m.kb_id_ == state
    assert kind(doc, ship) == "country"


def test_the_ships_name_later_without_its_prefix_is_the_same_vessel(names):
    doc = run(names, "HMS Corrib left Bahrain on Monday. Corrib will escort the convoy, said Captain Ellis Marr.")
    assert _ent_label(doc, "Corrib will") == "PRODUCT"
    assert mention_at(doc, "Corrib will").kb_id_ == "GBR"
    assert kind(doc, "Ellis Marr") == "person"


@pytest.mark.parametrize("text, ship", [
    ("Rebels fired two missiles at the MV Selma Rose, a Panamanian-flagged bulk carrier.", "MV Selma Rose"),
    ("The Indian destroyer INS Tamsa docked in Colombo.", "INS Tamsa"),  # a prefix two navies share
])
def test_a_merchant_ship_or_a_shared_prefix_names_no_state(names, text, ship):
    doc = run(names, text)
    assert _ent_label(doc, ship) == "PRODUCT"
    m = mention_at(doc, ship)
    assert m is None or m.kb_id_ not in ("PAN", "IND", "ISR")


@pytest.mark.parametrize("text, needle, expected", [
    # negatives: a person, an organisation and a headline in capitals stay as they were
    ("Fleet commander Maren Tosh said the navy would send two frigates.", "Maren Tosh", "person"),
    ("ITALY SENDS ITS NAVY TO THE RED SEA", "ITS NAVY", None),
    ("The striker joined JS Kabylie last season, RFA Burmese reported.", "JS Kabylie", None),
])
def test_words_that_only_look_like_a_ships_prefix_stay(names, text, needle, expected):
    doc = run(names, text)
    assert _ent_label(doc, needle) != "PRODUCT"
    if expected is not None:
        assert kind(doc, needle) == expected


def test_a_warship_is_the_actor_of_what_it_does_for_its_state(nlp):
    found = events(nlp, "USS Halvard Quist fired on Houthi boats in the Red Sea.", "2026-05-04")
    assert [(e.event_type, [a.actor_id for a in e.actor]) for e in found] == [("ASSAULT", ["USA"])]


# ----------------------------------------------------------------------------------------------------- exercises

@pytest.mark.parametrize("text, name, word", [
    ("Marines from Ruritania will join Freedonia in Exercise Eager Falcon 21 next month.", "Exercise Eager Falcon 21",
     "Falcon"),
    ("Drill Northern Lance began on Monday near Aqaba.", "Drill Northern Lance", "Lance"),
])
def test_an_exercises_name_is_one_event_and_names_no_place(names, text, name, word):
    doc = run(names, text)
    assert _ent_label(doc, name) == "EVENT"
    assert place(doc, word) is None and mention_at(doc, word) is None


@pytest.mark.parametrize("text, needle", [
    # negatives: the noun in another use, and a place after the name
    ("Exercise of the new powers began in Mosul on Monday.", "Mosul"),
    ("Exercise Eager Falcon 21 will be held in Aqaba.", "Aqaba"),
])
def test_the_noun_in_another_use_and_places_after_the_name_stay(names, text, needle):
    assert place(run(names, text), needle) == needle


# -------------------------------------------------------------------------------------------------------- weapons

@pytest.mark.parametrize("text, needle", [
    ("Coalition aircraft destroyed two VBIEDs near Hajin.", "VBIEDs"),
    ("The militia flew a UAV over the base.", "UAV"),
    ("Police defused an Improvised Explosive Device on the highway.", "Improvised Explosive Device"),
])
def test_a_weapon_named_by_its_acronym_is_no_actor_mention(names, text, needle):
    assert mention_at(run(names, text), needle) is None


def test_an_acronym_of_an_organisation_the_article_named_stays_that_organisation(names):
    doc = run(names, "The All Progressives Congress won the vote. The APC said it would form a government.")
    m = mention_at(doc, "APC")
    assert m is not None and m.kb_id_ == mention_at(doc, "All Progressives Congress").kb_id_


# ---------------------------------------------------------------------------------------------------- the scorer

def test_the_entity_scorer_reads_speaker_labels_blanked_and_types_no_ship(tmp_path, names):
    import json

    from annalyst.evaluate.re3d import evaluate_re3d

    text = ("QUESTION: Will HMS Corrib sail to Aden?\nMR ODDLEY: HMS Corrib will sail on Friday with Tarn Vell "
            "aboard.\n")
    sub = tmp_path / "Sub"
    sub.mkdir()
    (sub / "documents.json").write_text(json.dumps({"_id": "d1", "text": text}) + "\n")
    gold = [{"documentId": "d1", "begin": text.index("Aden"), "end": text.index("Aden") + 4, "type": "Location",
             "value": "Aden", "confidence": 1.0},
            {"documentId": "d1", "begin": text.index("Tarn Vell"), "end": text.index("Tarn Vell") + 9,
             "type": "Person", "value": "Tarn Vell", "confidence": 1.0}]
    (sub / "entities.json").write_text("".join(json.dumps(g) + "\n" for g in gold))
    result = evaluate_re3d(tmp_path, names, names_only=True)
    # no "QUESTION" person, no ship typed as an organisation: every prediction is a gold entity
    assert result["overall"]["fp"] == 0
    assert result["overall"]["tp"] == 2


def test_the_defense_departments_acronym_in_mixed_case_is_that_department(names):
    doc = run(names, "The strike is under review, according to a DoD statement.")
    assert mention_at(doc, "DoD").kb_id_ == "USA-DOD"


def test_a_force_named_after_its_operation_still_acts(nlp):
    found = events(nlp, "Troops of Operation Kessa Shield killed 12 fighters near Ndala.", "2026-05-04")
    assert [e.event_type for e in found] == ["ASSAULT"] and found[0].actor
