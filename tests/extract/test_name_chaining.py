"""Entity labels corrected from the article's context (extract/entities.py), on invented text: a later given or
family name or a titled name is the person named in full before; a name in a place's position is a place; and the
negatives: a country, a company, a verb or an assembly that only looks like one of those stays what it is."""

from __future__ import annotations

import pytest

from annalyst.extract.entities import place_context, titled

from ._fictional import mention_at, span_of
from ._fictional import run as _run


@pytest.fixture(scope="module")
def nlp(names_nlp):
    """The names-and-places pipeline (tests/extract/conftest.py) under this module's name for it."""
    return names_nlp


def run(nlp, text: str):
    return _run(nlp, text, "2026-03-02")


def is_place(doc, needle: str, nth: int = 0) -> bool:
    start, end = span_of(doc, needle, nth)
    return any(p.start_char < end and start < p.end_char for p in doc.spans["places"])


def kind(doc, mention) -> str | None:
    return None if mention is None else doc._.actors[mention.kb_id_].kind


# ------------------------------------------------------------------------------------------------ name chaining

def test_surname_that_is_a_country_name_chains_to_the_person_named_before(nlp):
    doc = run(nlp, "Michael Jordan arrived in Amman on Sunday. Jordan said he had come to meet students.")
    full, alone = mention_at(doc, "Michael Jordan"), mention_at(doc, "Jordan", 1)
    assert full is not None and kind(doc, full) == "person"
    assert alone is not None and alone.kb_id_ == full.kb_id_
    assert not is_place(doc, "Jordan", 1)


def test_titled_name_the_model_left_untagged_is_the_person(nlp):
    doc = run(nlp, "Special Envoy Ilyas Thornbury arrived in Doha. Special Envoy Thornbury met the delegation.")
    full, later = mention_at(doc, "Ilyas Thornbury"), mention_at(doc, "Thornbury", 1)
    assert full is not None and kind(doc, full) == "person"
    assert later is not None and later.kb_id_ == full.kb_id_
    assert "Doha" not in full.text and "Special" not in later.text


def test_short_name_typed_as_organisation_before_its_titled_form_is_a_person(nlp):
    doc = run(nlp, "Knox Thames, the special advisor, travelled to Beirut. In Lebanon, Special Advisor Thames "
                   "will meet religious leaders.")
    full = mention_at(doc, "Knox Thames")
    assert full is not None and kind(doc, full) == "person"
    later = mention_at(doc, "Thames", 1)
    assert later is not None and later.kb_id_ == full.kb_id_


def test_ruler_name_before_regime_links_to_the_known_person(nlp):
    doc = run(nlp, "The Asad regime shelled the suburbs again, the monitors said.")
    m = mention_at(doc, "Asad")
    assert m is not None and kind(doc, m) == "person"
    assert m.kb_id_ == "P-BASHAR-AL-ASSAD"


# --------------------------------------------------------------------------------------------- place context

def test_name_after_near_at_the_start_of_a_sentence_is_a_place(nlp):
    doc = run(nlp, "Near Tal Kharif, one strike destroyed a fighting position. Near Palmyra, two strikes hit a tank.")
    assert is_place(doc, "Tal Kharif") and is_place(doc, "Palmyra")
    assert mention_at(doc, "Tal Kharif") is None and mention_at(doc, "Palmyra") is None


def test_name_after_the_town_of_or_before_district_is_a_place_not_a_person(nlp):
    doc = run(nlp, "The attack took place in the town of Tel Kharaba. Three soldiers died in Nad Ali district.")
    for name in ("Tel Kharaba", "Nad Ali"):
        assert is_place(doc, name), name
        assert kind(doc, mention_at(doc, name)) != "person", name


def test_name_listed_after_a_place_is_a_place(nlp):
    doc = run(nlp, "The attacks in Kafrum, Tallun and Sarmadin demonstrate the cruelty of the regime.")
    for name in ("Kafrum", "Tallun", "Sarmadin"):
        assert is_place(doc, name), name
        assert mention_at(doc, name) is None, name


def test_place_context_and_titles_read_from_the_parse(nlp):
    doc = nlp("Villagers fled to Darra Khel. Mr Rezvani met officials of the Karimabad-based group.")
    start = next(t.i for t in doc if t.text == "Darra")
    assert place_context(doc, start, start + 2)
    rez = next(t.i for t in doc if t.text == "Rezvani")
    assert titled(doc, rez) and not place_context(doc, rez, rez + 1)
    kar = next(t.i for t in doc if t.text == "Karimabad")
    assert place_context(doc, kar, kar + 1)


# ------------------------------------------------------------------------------------------------- negatives

def test_country_named_before_the_person_and_after_a_preposition_stays_a_country(nlp):
    doc = run(nlp, "Jordan closed its border on Monday. Michael Jordan, who lives in Jordan, criticised the move.")
    first = mention_at(doc, "Jordan")
    assert first is not None and first.kb_id_ == "JOR"
    assert kind(doc, mention_at(doc, "Jordan", 2)) != "person"


def test_person_named_in_full_stays_a_person_after_in(nlp):
    doc = run(nlp, "Erik Halvorsen leads the mission. Several ministers said they had no confidence in Halvorsen.")
    m = mention_at(doc, "Halvorsen", 1)
    assert m is not None and m.kb_id_ == mention_at(doc, "Erik Halvorsen").kb_id_
    assert not is_place(doc, "Halvorsen", 1)


def test_titled_person_in_a_place_position_stays_a_person(nlp):
    doc = run(nlp, "Talks were held in Kabul with Governor Wahid Tarzi. Protesters gathered near Governor Tarzi.")
    m = mention_at(doc, "Tarzi", 1)
    assert m is not None and kind(doc, m) == "person"
    assert not is_place(doc, "Tarzi", 1)


def test_title_words_inside_organisation_names_make_no_person(nlp):
    doc = run(nlp, "The UN General Assembly adopted the text. General Motors and General Electric reported profits.")
    for name in ("Assembly", "Motors", "Electric"):
        assert kind(doc, mention_at(doc, name)) != "person", name


def test_given_name_that_is_a_word_at_the_start_of_a_question_is_no_person(nlp):
    doc = run(nlp, "Will Somers chaired the meeting. Will the talks succeed? Somers did not say.")
    assert mention_at(doc, "Will", 1) is None
    later = mention_at(doc, "Somers", 1)
    assert later is not None and later.kb_id_ == mention_at(doc, "Will Somers").kb_id_


def test_organisation_before_regime_is_not_made_a_person(nlp):
    doc = run(nlp, "The Taliban regime banned the broadcasts, the Pakistani foreign office said.")
    m = mention_at(doc, "Taliban")
    assert m is not None and kind(doc, m) != "person"


# ------------------------------------------------------------------------------------ organisations' short forms

def test_acronym_and_short_form_of_an_unknown_organisation_link_to_its_full_name(nlp):
    doc = run(nlp, "The Coastal Fishermen Union (CFU) called a strike on Monday. The CFU said talks had failed. "
                   "The Union later met officials.")
    full = mention_at(doc, "Coastal Fishermen Union")
    assert full is not None and full.kb_id_.startswith("new:")
    assert mention_at(doc, "CFU", 1).kb_id_ == full.kb_id_
    assert mention_at(doc, "Union", 1).kb_id_ == full.kb_id_


def test_acronym_with_other_initials_stays_its_own_organisation(nlp):
    doc = run(nlp, "The Coastal Fishermen Union called a strike. The KPA said it would not join.")
    m = mention_at(doc, "KPA")
    assert m is None or m.kb_id_ != mention_at(doc, "Coastal Fishermen Union").kb_id_


# -------------------------------------------------------------------------------------------------- person cues

def test_name_starting_with_a_given_name_typed_as_organisation_is_a_person(nlp):
    doc = run(nlp, "Shireen Mazari criticised the decision. Mazari said it was illegal.")
    full, later = mention_at(doc, "Shireen Mazari"), mention_at(doc, "Mazari", 1)
    assert kind(doc, full) == "person"
    assert later is not None and later.kb_id_ == full.kb_id_


def test_name_in_apposition_with_a_person_noun_is_a_person(nlp):
    doc = run(nlp, "Mohsin Dawar, a lawmaker from North Waziristan, condemned the killing.")
    assert kind(doc, mention_at(doc, "Mohsin Dawar")) == "person"


def test_given_name_in_a_place_position_stays_a_place(nlp):
    doc = run(nlp, "Two drones struck a compound in Mir Ali on Friday, residents said.")
    assert is_place(doc, "Mir Ali")
    assert kind(doc, mention_at(doc, "Mir Ali")) != "person"


def test_surname_the_tagger_read_as_a_verb_chains_to_the_person(nlp):
    doc = run(nlp, "Lt. Gen. Stephen J. Townsend said the operation would continue. Townsend added that the "
                   "forces had advanced.")
    later = mention_at(doc, "Townsend", 1)
    assert later is not None and later.kb_id_ == mention_at(doc, "Stephen J. Townsend").kb_id_


def test_title_opening_the_name_of_a_base_makes_no_person(nlp):
    doc = run(nlp, "Aircraft flew from Prince Sultan Air Base on Monday.")
    assert kind(doc, mention_at(doc, "Sultan")) != "person"


def test_name_after_access_to_is_a_place(nlp):
    doc = run(nlp, "Relief convoys finally gained access to Tel Qarmish this week. Aid workers were denied access "
                   "to Kafr Batna on Monday.")
    for name in ("Tel Qarmish", "Kafr Batna"):
        assert is_place(doc, name), name
        assert mention_at(doc, name) is None, name
