"""Acceptance of the foundation issue: the seed texts and pages ingest with the metadata of gold_articles.json."""

from __future__ import annotations

import json

import pytest

from annalyst.errors import InputError
from annalyst.ingest import read


@pytest.fixture(scope="module")
def gold(shared_data):
    return json.loads((shared_data / "seeds" / "gold_articles.json").read_text(encoding="utf-8"))


def _one(path):
    results = list(read([str(path)]))
    assert len(results) == 1 and not isinstance(results[0], InputError), results
    return results[0]


SOURCES = {
    "000_aa07555c92a9a70e.txt": ["seeds/000_aa07555c92a9a70e.txt", "pages/oxuswatch_taliban_military_gear.html"],
    "001_6076a8fbbe9d5b38.txt": ["seeds/001_6076a8fbbe9d5b38.txt", "pages/toutiao_russia_will_arm_taliban.html"],
}


@pytest.mark.parametrize("gold_name,relpath", [(g, p) for g, ps in SOURCES.items() for p in ps])
def test_ingest_seed_metadata_matches_gold(shared_data, gold, gold_name, relpath):
    expected = gold["articles"][gold_name]
    article = _one(shared_data / relpath)
    assert article.title == expected["title"]
    assert article.authors == [expected["author"]]
    assert article.language == expected["language"]
    assert article.translated == expected.get("translated", False)
    assert article.original_url == expected.get("original_url")
    if "subtitle" in expected:
        assert article.subtitle == expected["subtitle"]
    assert article.published.date == expected["published"]
    if gold_name.startswith("001"):
        # not printed anywhere: inferred from the Toutiao id, and it says so
        assert article.published.source == "inferred"
        assert "7530500401381016103" in article.published.detail
    else:
        assert article.published.source in ("meta", "text")
    for fragment in expected["not_body"]:
        assert fragment not in article.text, fragment


def test_ingest_seed_body_keeps_every_paragraph(shared_data):
    article = _one(shared_data / "seeds" / "000_aa07555c92a9a70e.txt")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("A reputed Russian newspaper has reported")
    assert paragraphs[-1].startswith("According to the recent report by the Russian newspaper Nezavisimaya Gazeta")
    assert len(paragraphs) == 10
    assert "Photo credit" not in article.text


@pytest.mark.parametrize("relpath", SOURCES["000_aa07555c92a9a70e.txt"])
def test_ingest_urdu_teaser_is_furniture_identified_as_urdu(shared_data, relpath):
    article = _one(shared_data / relpath)
    urdu = [f for f in article.furniture if "احمد الشرع" in f.text]
    assert urdu, "the Urdu teaser is kept as furniture for audit"
    assert all(f.kind == "related" for f in urdu)
    assert all(f.language == "ur" for f in urdu)


def test_ingest_toutiao_page_is_not_dated_from_its_body(shared_data):
    """trafilatura alone dates this page 2003-02-14 from a sentence in the text."""
    article = _one(shared_data / "pages" / "toutiao_russia_will_arm_taliban.html")
    assert article.published.date != "2003-02-14"
    assert article.published.source == "inferred"


def test_ingest_text_and_html_of_a_page_give_the_same_body(shared_data):
    txt = _one(shared_data / "seeds" / "001_6076a8fbbe9d5b38.txt")
    page = _one(shared_data / "pages" / "toutiao_russia_will_arm_taliban.html")
    assert txt.text == page.text
    assert txt.id == page.id  # no URL on either: the id comes from the normalised text


def test_ingest_image_credit_kept_as_furniture(shared_data, gold):
    article = _one(shared_data / "seeds" / "000_aa07555c92a9a70e.txt")
    credits = [f.text for f in article.furniture if f.kind == "image_credit"]
    assert credits == [gold["articles"]["000_aa07555c92a9a70e.txt"]["image_credit"]]
    assert article.section == "articles"
