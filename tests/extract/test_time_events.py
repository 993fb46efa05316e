"""Event dates with the real English model: the ``annalyst_time`` component and ``governing_time``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from annalyst.extract.time import TimeComponent, governing_time
from annalyst.models import TimeExpr

PUB = "2025-07-12"


@pytest.fixture(scope="module")
def parse(base_nlp):
    """Parse ``text`` with the bare model, then run the time component (the shared model is left unchanged)."""

    def _parse(text: str, published: str | None = PUB, language: str = "en"):
        doc = base_nlp.make_doc(text)
        doc._.published = published
        doc._.language = language
        for _, proc in base_nlp.pipeline:
            doc = proc(doc)
        return TimeComponent()(doc)

    return _parse


def _tok(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def _when(doc, word: str, nth: int = 0) -> tuple | None:
    t = governing_time(doc, _tok(doc, word, nth))
    return None if t is None else (t.text, t.value_start, t.value_end)


def test_time_component_is_declared_and_fills_the_doc() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("annalyst_time")
    analysis = nlp.analyze_pipes()
    assert "doc._.published" in analysis["summary"]["annalyst_time"]["requires"]
    assert "doc._.time_exprs" in analysis["summary"]["annalyst_time"]["assigns"]
    doc = nlp.make_doc("In late 2022, a bomb went off. It happened again last week.")
    doc._.published = PUB
    doc = nlp(doc)
    assert [t.text for t in doc._.time_exprs] == ["late 2022", "last week"]
    spans = list(doc.spans["time"])
    assert [s.text for s in spans] == ["late 2022", "last week"]
    assert isinstance(spans[1]._.time, TimeExpr) and spans[1]._.time.value_start == "2025-06-30"


def test_time_component_uses_the_doc_language() -> None:
    nlp = spacy.blank("xx")
    nlp.add_pipe("annalyst_time")
    doc = nlp.make_doc("в прошлом году")
    doc._.published = PUB
    doc._.language = "ru"
    assert [t.value_start for t in nlp(doc)._.time_exprs] == ["2024-01-01"]


def test_time_clause_expression_governs_its_clause(parse) -> None:
    doc = parse("In 2018, the general claimed that Russia was supplying arms to the Taliban.")
    assert _when(doc, "claimed") == ("2018", "2018-01-01", "2018-12-31")
    assert _when(doc, "supplying") == ("2018", "2018-01-01", "2018-12-31")


def test_time_own_clause_beats_the_main_clause(parse) -> None:
    doc = parse("In 2020, officials said that the embassy had closed in 2019.")
    assert _when(doc, "closed")[0] == "2019"
    assert _when(doc, "said")[0] == "2020"


def test_time_anchored_duration_dates_the_event_it_names(parse) -> None:
    doc = parse("It comes nearly a week after the Russian Federation officially recognized the Afghan government, "
                "becoming the first country to do so since the Taliban's return to power in August 2021.")
    assert _when(doc, "recognized") == ("nearly a week after", "2025-07-05", "2025-07-07")
    assert _when(doc, "comes")[0] == "nearly a week after"


def test_time_coordinated_clauses_give_an_interval(parse) -> None:
    doc = parse("The first emirate, proclaimed in 1996 and ended in 2001, was only recognized by three states.")
    t = governing_time(doc, _tok(doc, "recognized"))
    assert (t.value_start, t.value_end, t.granularity) == ("1996-01-01", "2001-12-31", "interval")


def test_time_narrative_time_carries_within_the_paragraph(parse) -> None:
    doc = parse("In 2020, intelligence officials accused Moscow of paying bounties. The allegations remained "
                "unverified. Moscow rejected them.\n\nMoscow rejected the claims again.")
    assert _when(doc, "remained")[0] == "2020"
    assert _when(doc, "rejected", 0)[0] == "2020"
    assert _when(doc, "rejected", 1) is None  # a new paragraph, and no date of its own


def test_time_narrative_time_is_replaced_by_a_newer_one(parse) -> None:
    doc = parse("In 2018, the envoy visited Kabul. In 2020, the talks collapsed. The envoy left.")
    assert _when(doc, "left")[0] == "2020"


def test_time_noun_modifier_dates_only_its_noun(parse) -> None:
    doc = parse("It was the worst attack since the 2004 Beslan school siege.")
    assert _when(doc, "siege")[0] == "2004"
    assert _when(doc, "was") is None


def test_time_undated_past_event_is_unknown(parse) -> None:
    doc = parse("The foreign minister welcomed the decision.")
    assert _when(doc, "welcomed") is None
    assert _when(parse("The foreign minister welcomed the decision.", published=None), "welcomed") is None


def test_time_present_reporting_verb_takes_the_publication_day(parse) -> None:
    doc = parse("The ministry says the border is open.")
    t = governing_time(doc, _tok(doc, "says"))
    assert (t.value_start, t.value_end, t.granularity, t.anchor) == (PUB, PUB, "day", "published")
    assert _when(parse("The ministry said the border was open."), "said") is None


def test_time_future_tense_reaches_a_year_ahead(parse) -> None:
    doc = parse("It appears likely that Moscow will support the Taliban with military hardware.")
    t = governing_time(doc, _tok(doc, "support"))
    assert (t.text, t.value_start, t.value_end) == ("will support", PUB, "2026-07-12")


def test_time_present_perfect_is_the_recent_past(parse) -> None:
    doc = parse("A Russian newspaper reported that the interim government has requested military gear.")
    t = governing_time(doc, _tok(doc, "requested"))
    assert (t.text, t.value_start, t.value_end) == ("has requested", "2025-07-05", PUB)


def test_time_anaphor_resolved_on_the_narrative_time(parse) -> None:
    doc = parse("In 2018, the envoy visited Kabul. The following year, the talks collapsed.")
    t = governing_time(doc, _tok(doc, "collapsed"))
    assert (t.value_start, t.value_end, t.anchor) == ("2019-01-01", "2019-12-31", "event:2018")


#: gold event -> the trigger word in its first evidence string, per seed article
SEED_TRIGGERS = {
    "000_aa07555c92a9a70e.txt": ("2025-07-12", {
        "G01": "recognized", "G02": "requested", "G03": "backed", "G05": "designated", "G06": "hosted",
        "G07": "claimed", "G08": "supplying", "G10": "accused", "G11": "offering", "G15": "removed",
        "G16": "proposed", "G17": "carried", "G18": "launched", "G19": "support"}),
    "001_6076a8fbbe9d5b38.txt": ("2025-07-24", {
        "G05": "banned", "G15": "suspended", "G21": "recognized", "G26": "withdrawal"}),
}


def test_time_seed_events_fall_in_their_gold_windows(parse, shared_data: Path) -> None:
    seeds = shared_data / "seeds"
    gold = {e["id"]: e for e in map(json.loads, (seeds / "gold_events.jsonl").read_text("utf-8").splitlines())}
    checked = 0
    for name, (pub, triggers) in SEED_TRIGGERS.items():
        text = (seeds / name).read_text("utf-8")
        doc = parse(text, pub)
        for gid, word in triggers.items():
            event = gold[gid]
            window = event["article_windows"][name]
            evidence = event["evidence"][name][0]
            start = text.index(evidence)
            token = next(t for t in doc if start <= t.idx < start + len(evidence) and t.text == word)
            t = governing_time(doc, token)
            assert t is not None, gid
            assert window[0] <= t.value_start and t.value_end <= window[1], (gid, t, window)
            checked += 1
    required = [g for g in gold.values() if g["required"]
                and any(w for w in (g.get("article_windows") or {}).values())]
    covered = {gid for _, triggers in SEED_TRIGGERS.values() for gid in triggers}
    assert {g["id"] for g in required} <= covered
    assert checked == 18


def test_time_without_a_parse_the_nearest_expression_dates_the_event() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("annalyst_time")
    doc = nlp.make_doc("In 2018, the envoy visited Kabul. Talks resumed in late 2022.")
    doc._.published = PUB
    doc = nlp(doc)
    assert governing_time(doc, doc[5]).text == "2018"
    assert governing_time(doc, doc[-4]).text == "late 2022"
