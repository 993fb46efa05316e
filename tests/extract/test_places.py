"""Places: the offline gazetteer, the annalyst_places component and place_for."""

from __future__ import annotations

import pytest

from annalyst.extract.places import Gazetteer, gazetteer, place_for


@pytest.fixture(scope="module")
def nlp(names_nlp):
    """The names-and-places pipeline (tests/extract/conftest.py) under this module's name for it."""
    return names_nlp


def run(nlp, text: str, day: str = "2025-07-12"):
    doc = nlp.make_doc(text)
    doc._.published = day
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def places(doc) -> dict[str, str | None]:
    return {p.text: p._.location.precision for p in doc.spans["places"]}


def test_places_gazetteer_precision_and_coordinates():
    gaz = gazetteer()
    moscow = gaz.lookup("Moscow")
    assert moscow.precision == "city" and moscow.country == "RUS" and abs(moscow.lat - 55.75) < 0.1
    crocus = gaz.lookup("Crocus City Hall")
    assert crocus.precision == "site" and crocus.country == "RUS" and abs(crocus.lon - 37.39) < 0.05
    assert gaz.near("Crocus City Hall").name == "Krasnogorsk"
    assert gaz.lookup("Kandahar").precision == "city"  # geonames spells it Kandahār
    helmand = gaz.lookup("Helmand")
    assert helmand.precision == "admin1" and abs(helmand.lat - 31.6) < 0.3  # located at Lashkar Gah
    afghanistan = gaz.lookup("Afghanistan")
    assert afghanistan.precision == "country" and afghanistan.country == "AFG" and afghanistan.lat is not None
    assert gaz.lookup("Afghan") is None  # a demonym is not a place name
    assert gaz.lookup("Nowhere-on-Earth") is None


def test_places_gazetteer_from_curated_rows_only():
    gaz = Gazetteer([{"name": "Minas Tirith", "precision": "city", "country": "GON", "lat": 1.0, "lon": 2.0}],
                    cities=False, countries=False)
    assert gaz.lookup("minas tirith").country == "GON"
    assert gaz.lookup("Moscow") is None


def test_places_site_near_a_city(nlp):
    doc = run(nlp, "Militants attacked the Crocus City Hall concert venue near Moscow, killing 145 people.")
    assert places(doc) == {"Crocus City Hall": "site", "Moscow": "city"}
    loc = place_for(doc, doc[1])
    assert loc.name == "Crocus City Hall" and loc.precision == "site"


def test_places_agents_and_name_parts_are_not_places(nlp):
    doc = run(nlp, "Moscow said the Doha Working Group and the Moscow Format would meet. "
                   "A bomb exploded at the Russian embassy in Kabul.")
    assert places(doc) == {"Kabul": "city"}


def test_places_place_for_meeting_held_in_a_city(nlp):
    doc = run(nlp, "Kabulov, speaking on the sidelines of the Doha Working Group meetings, proposed arming the Taliban.")
    proposed = next(t for t in doc if t.lemma_ == "propose")
    loc = place_for(doc, proposed)
    assert loc is not None and loc.name == "Doha" and loc.country == "QAT"
    assert "Doha" not in places(doc)


def test_places_place_for_none_without_a_place(nlp):
    doc = run(nlp, "Russia recognised the Taliban government.")
    assert place_for(doc, doc[1]) is None


def test_places_seed_article(nlp, shared_data):
    doc = run(nlp, (shared_data / "seeds" / "000_aa07555c92a9a70e.txt").read_text(encoding="utf-8"))
    found = {p.text for p in doc.spans["places"]}
    assert {"Afghanistan", "Moscow", "Kabul", "Crocus City Hall", "Beslan"} <= found
    kabul = [p for p in doc.spans["places"] if p.text == "Kabul"][0]._.location
    assert kabul.country == "AFG" and abs(kabul.lat - 34.53) < 0.05


def test_places_a_word_of_a_persons_name_is_no_place(nlp):
    from annalyst.extract.places import place_for

    doc = nlp.make_doc("The Afghan Foreign Minister Amr Khan Mutaqi welcomed Moscow's decision, calling it a good beginning.")
    doc._.published = "2025-07-24"
    doc = nlp(doc)
    trigger = next(t for t in doc if t.text == "welcomed")
    assert place_for(doc, trigger) is None


def test_places_an_institution_word_is_no_town_of_that_name(nlp):
    # "Police" is also a town in Poland: capitalised before a role noun it is the institution
    assert "Police" not in places(run(nlp, "Gunmen shot dead a Police constable in Quetta on Monday."))
    assert "Police" in places(run(nlp, "Fighting broke out near Police, a town in western Poland."))
