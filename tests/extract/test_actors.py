"""The annalyst_actors component: every gold spelling of the seeds linked, metonymy, titles, dated roles,
coreference, unknown actors, configuration."""

from __future__ import annotations

import json
import re

import pytest

from annalyst.extract.actors import ActorLinker, is_agentive
from annalyst.actors.dictionary import default_dictionary

SEEDS = {"000_aa07555c92a9a70e.txt": "2025-07-12", "001_6076a8fbbe9d5b38.txt": "2025-07-24"}


@pytest.fixture(scope="module")
def nlp(names_nlp):
    """The names-and-places pipeline (tests/extract/conftest.py) under this module's name for it."""
    return names_nlp


def run(nlp, text: str, day: str | None = "2025-07-12"):
    doc = nlp.make_doc(text)
    doc._.published = day
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def links(doc) -> list[tuple[str, str]]:
    return [(m.text, m.kb_id_) for m in doc.spans["mentions"]]


def linked_at(doc, start: int, end: int) -> set[str]:
    return {m.kb_id_ for m in doc.spans["mentions"] if m.start_char < end and start < m.end_char}


@pytest.fixture(scope="module")
def seed_docs(nlp, shared_data):
    docs = {}
    for name, day in SEEDS.items():
        docs[name] = run(nlp, (shared_data / "seeds" / name).read_text(encoding="utf-8"), day)
    return docs


def test_actors_component_declares_what_it_reads_and_writes(nlp):
    meta = nlp.get_pipe_meta("annalyst_actors")
    assert set(meta.requires) == {"doc.ents", "token.dep", "token.pos"}
    assert set(meta.assigns) == {"doc.spans", "doc._.actors", "doc.ents"}
    # the attribute_ruler sets token.pos without declaring it; nothing else may be missing
    assert set(nlp.analyze_pipes()["problems"]["annalyst_actors"]) <= {"token.pos"}


def test_actors_seed_gold_spellings_link_to_canonical_actor(seed_docs, shared_data):
    gold = json.loads((shared_data / "seeds" / "gold_articles.json").read_text(encoding="utf-8"))["actors"]
    d = default_dictionary()
    for canonical, info in gold.items():
        ids = [a.id for a in d.lookup_exact(canonical)]
        assert len(ids) == 1, canonical
        expected = ids[0]
        for spelling in info["mentions"]:
            found = linked_any = False
            for doc in seed_docs.values():
                for m in re.finditer(rf"(?<!\w){re.escape(spelling)}(?!\w)", doc.text):
                    found = True
                    linked_any = linked_any or expected in linked_at(doc, m.start(), m.end())
            assert found, f"{spelling!r} is not in the seed texts"
            assert linked_any, f"{spelling!r} is never linked to {expected}"


def test_actors_seed_places_are_not_agents(seed_docs):
    doc = seed_docs["000_aa07555c92a9a70e.txt"]
    for phrase, place in [("Russian embassy in Kabul", "Kabul"), ("Afghanistan’s embassy in Moscow", "Moscow"),
                          ("concert venue near Moscow", "Moscow"), ("the Moscow Format", "Moscow")]:
        start = doc.text.index(phrase) + phrase.index(place)
        assert not linked_at(doc, start, start + len(place)), phrase
    start = doc.text.index("Kabul’s interest")
    assert linked_at(doc, start, start + 5) == {"AFG-TALIBAN"}


def test_actors_seed_candidates_are_kept(seed_docs):
    doc = seed_docs["001_6076a8fbbe9d5b38.txt"]
    sayed = [m for m in doc.spans["mentions"] if m.text == "Mohammad Hussain Sayed"]
    assert sayed and sayed[0].kb_id_ == "new:mohammad-hussain-sayed" and sayed[0].label_ == "unknown"
    assert doc._.actors["new:mohammad-hussain-sayed"].kind == "person"
    assert doc._.actors["P-AMIR-KHAN-MUTTAQI"].name == "Amir Khan Muttaqi"


def test_actors_capital_metonymy_only_for_agents(nlp):
    doc = run(nlp, "Moscow said it would help. Islamabad's decision surprised Kabul. "
                   "The talks between Kabul and Tashkent went well. A bomb exploded in Kabul.")
    got = links(doc)
    assert ("Moscow", "RUS") in got and ("Islamabad", "PAK") in got
    assert ("Kabul", "AFG-TALIBAN") in got and ("Tashkent", "UZB") in got
    last = doc.text.rindex("Kabul")
    assert not linked_at(doc, last, last + 5)


def test_actors_dated_roles_pick_the_government_of_the_day(nlp):
    text = "The Afghan government said on Monday that Kabul's patience had limits."
    assert {i for _, i in links(run(nlp, text, "2025-07-01"))} == {"AFG-TALIBAN"}
    assert {i for _, i in links(run(nlp, text, "2016-03-01"))} == {"AFG-REPUBLIC"}
    assert ("Russian government", "RUS") in links(run(nlp, "The Russian government agreed."))
    assert ("government of Pakistan", "PAK") in links(run(nlp, "The government of Pakistan agreed."))


def test_actors_titles_resolve_to_the_office_holder(nlp):
    doc = run(nlp, "The Afghan Foreign Minister welcomed the decision, and Russia's ambassador to Kabul spoke.",
              "2025-07-24")
    got = dict(links(doc))
    assert got["Afghan Foreign Minister"] == "P-AMIR-KHAN-MUTTAQI"
    assert got["Russia's ambassador to Kabul"] == "P-DMITRY-ZHIRNOV"
    assert dict(links(run(nlp, "The US Secretary of State arrived.", "2016-05-01")))["US Secretary of State"] == "P-JOHN-KERRY"
    assert dict(links(run(nlp, "The US Secretary of State arrived.", "2025-05-01")))["US Secretary of State"] == "P-MARCO-RUBIO"


def test_actors_an_office_of_one_body_is_not_anothers(nlp):
    """A title linked to the holder of that office of that body, never to a holder of the same title elsewhere:
    Russia's envoy to Afghanistan is not "the UN envoy"; the Taliban's spokesman does not speak "for the Kenyan
    police"; "Crimean" is no spelling of "German" (a country is named exactly or not at all)."""
    day = "2024-05-01"
    assert not any(kb.startswith("P-") for kb in linked_at(run(nlp, "The UN envoy commended the factions.", day), 4, 12))
    got = links(run(nlp, "A spokesman for the Kenyan police said nothing.", day))
    assert not any(kb.startswith("P-") for _, kb in got)
    assert dict(got).get("Kenyan", "KEN") == "KEN"
    assert "DEU" not in linked_at(run(nlp, "Kyiv cut off water to the Crimean peninsula.", day), 25, 32)
    assert dict(links(run(nlp, "The UN secretary-general called for calm.", day)))["UN secretary-general"] == \
        "P-ANTONIO-GUTERRES"  # the office of that body still finds its holder


def test_actors_a_title_says_whose_office_and_gives_no_name(nlp):
    """A bare title in one country's own wording is that country's office ("the Foreign Secretary" is the UK's,
    even after the US Secretary of State was named); a mention by title adds no name ("State" is nobody); an
    acronym is never matched fuzzily ("SAC" is not the "SCO")."""
    doc = run(nlp, "The US Secretary of State met the Foreign Secretary. State media reported it.", "2016-12-01")
    got = links(doc)
    assert ("US Secretary of State", "P-JOHN-KERRY") in got
    assert ("Foreign Secretary", "P-BORIS-JOHNSON") in got
    assert not any(text == "State" and kb.startswith("P-") for text, kb in got)
    assert not linked_at(run(nlp, "The Coalition supports the SAC with training.", "2016-12-01"), 28, 31) & {"IGO-SCO"}


def test_actors_title_followed_by_name_is_one_mention(nlp):
    doc = run(nlp, "Russian Foreign Minister Sergey Lavrov met the Afghan Foreign Minister Amr Khan Mutaqi.",
              "2025-07-24")
    got = links(doc)
    assert ("Sergey Lavrov", "P-SERGEY-LAVROV") in got and ("Amr Khan Mutaqi", "P-AMIR-KHAN-MUTTAQI") in got
    assert ("Russian", "RUS") in got
    assert not any("Minister" in text for text, _ in got)
    got = links(run(nlp, "Pakistan's army chief General Asim Munir warned the TTP.", "2024-03-15"))
    assert got == [("Pakistan", "PAK"), ("Asim Munir", "P-ASIM-MUNIR"), ("TTP", "PAK-TTP")]


def test_actors_fuzzy_linking_respects_threshold(nlp):
    text = "Amr Khan Mutaqi spoke to reporters."
    assert ("Amr Khan Mutaqi", "P-AMIR-KHAN-MUTTAQI") in links(run(nlp, text))
    strict = ActorLinker(nlp, link_threshold=0.99)
    doc = strict(run(nlp, text))
    assert [(m.text, m.kb_id_, m.label_) for m in doc.spans["mentions"]][0] == (
        "Amr Khan Mutaqi", "new:amr-khan-mutaqi", "unknown")


def test_actors_relatives_are_not_merged(nlp):
    doc = run(nlp, "Sirajuddin Haqqani and his brother Anas Haqqani met Jalaluddin Haqqani's old allies.")
    ids = [i for t, i in links(doc) if "Haqqani" in t]
    assert ids == ["P-SIRAJUDDIN-HAQQANI", "P-ANAS-HAQQANI", "P-JALALUDDIN-HAQQANI"]


def test_actors_surname_links_back_within_the_article(nlp):
    doc = run(nlp, "Mohammad Hussain Sayed is an analyst. Sayed said the talks would go on. "
                   "Zamir Kablov spoke later. Kablov said Russia would help.")
    got = links(doc)
    assert ("Sayed", "new:mohammad-hussain-sayed") in got
    assert ("Kablov", "P-ZAMIR-KABULOV") in got


def test_actors_coreference_to_last_fitting_actor(nlp):
    doc = run(nlp, "ISKP claimed the attack in Kabul. The group said it would strike again. "
                   "Zamir Kabulov condemned it. He said Russia would help.")
    got = links(doc)
    assert ("The group", "AFG-ISKP") in got
    assert ("He", "P-ZAMIR-KABULOV") in got


def test_actors_weak_alias_needs_a_prior_strong_mention(nlp):
    assert not any(i == "AFG-ISKP" for _, i in links(run(nlp, "IS claimed the attack.")))
    assert ("IS", "AFG-ISKP") in links(run(nlp, "ISKP is active. The IS attack killed ten."))


def test_actors_quoted_name_and_ban_marker(nlp):
    doc = run(nlp, 'The Islamic Emirate was declared by the "Taliban" movement * after it retook Kabul.')
    got = links(doc)
    assert ('"Taliban" movement', "AFG-TALIBAN") in got
    assert ("Islamic Emirate", "AFG-TALIBAN") in got
    assert not any("*" in t for t, _ in got)


def test_actors_lowercase_words_are_not_countries(nlp):
    doc = run(nlp, "Let us turkey-trot to the west of the chad before we eat.")
    assert links(doc) == []


def test_actors_is_agentive_rules(nlp):
    doc = run(nlp, "Moscow denied the charge made in Kabul.")
    assert is_agentive(doc[0]) and not is_agentive(doc[6])
