"""Wire datelines and agency credits on invented sentences: "KABUL, March 3 (Reuters) -" is the report's place,
date and source, never an actor mention or a party of an event; its place and date serve an event only when its
paragraph says nothing better. Also "his Chinese counterpart" is China's, not his."""

from __future__ import annotations

import pytest

from annalyst.extract.datelines import blank, find_datelines
from annalyst.extract.document import analyze
from annalyst.models import Article, Published

#: (text, place, date, agency, first words after the dateline)
FORMS = [
    ("KABUL, March 3 (Reuters) - Afghan officials met a delegation from Uzbekistan on Tuesday.",
     "KABUL", "March 3", "Reuters", "Afghan officials"),
    ("ISLAMABAD (AP) — Pakistan condemned the rocket attack on Monday.", "ISLAMABAD", None, "AP", "Pakistan condemned"),
    ("WASHINGTON: The United States imposed sanctions on Iran.", "WASHINGTON", None, None, "The United States"),
    ("NEW DELHI, Dec 3 (IANS) India criticised Pakistan over the border firing.", "NEW DELHI", "Dec 3", "IANS",
     "India criticised"),
    ("Beirut, Lebanon (CNN) -- Israel struck targets in southern Lebanon.", "Beirut", None, "CNN", "Israel struck"),
    ("LONDON — Britain expelled two Russian diplomats.", "LONDON", None, None, "Britain expelled"),
    ("MOSCOW, Nov 5 (Xinhua) -- Russia criticized NATO over its military drills.", "MOSCOW", "Nov 5", "Xinhua",
     "Russia criticized"),
    ("TEHRAN (AFP) - Iran accused Israel of sabotage.", "TEHRAN", None, "AFP", "Iran accused"),
    ("ANKARA (Anadolu) - Turkey signed a trade agreement with Azerbaijan.", "ANKARA", None, "Anadolu", "Turkey signed"),
    ("BEIJING, Jan. 12 (Reuters) - China warned Japan against the deployment.", "BEIJING", "Jan. 12", "Reuters",
     "China warned"),
    ("PESHAWAR, Pakistan, Nov. 5 (AP) — Pakistani troops killed four militants.", "PESHAWAR", "Nov. 5", "AP",
     "Pakistani troops"),
    ("Kabul: The Taliban rejected the proposal of the United Nations.", "Kabul", None, None, "The Taliban"),
    ("CAIRO, 14 February (MENA) - Egypt hosted talks between Israel and Hamas.", "CAIRO", "14 February", "MENA",
     "Egypt hosted"),
    ("GENEVA/KABUL (Reuters) - The United Nations criticized the Taliban.", "GENEVA/KABUL", None, "Reuters",
     "The United Nations"),
    ("JALALABAD (Pajhwok): Afghan forces arrested two suspects.", "JALALABAD", None, "Pajhwok", "Afghan forces"),
    ("QUETTA (Daily Frontier Star) — Pakistani police arrested two suspects.", "QUETTA", None, "Daily Frontier Star",
     "Pakistani police"),
]

#: no dateline: an organisation before a dash, a compound of two countries, a date phrase, lowercase after the colon
NOT_DATELINES = [
    "NATO — The alliance rejected the request of Russia.",
    "US - China talks resumed in Geneva.",
    "US-China talks resumed in Geneva.",
    "On Tuesday, Russia criticized NATO.",
    "Kabul: a city that the Taliban took in 2021.",
    "The Palestinian Authority (PA) rejected the plan.",
    "Pakistan (PAK) rejected the plan.",
]


def _parse(nlp, text, published="2020-03-04"):
    article = Article(id="t", text=text, language="en", published=Published(date=published, source="given"))
    return analyze(article, nlp)


@pytest.mark.parametrize("text, place, date, agency, rest", FORMS)
def test_wire_datelines_are_found_with_their_parts(text, place, date, agency, rest):
    found = [d for d in find_datelines(text) if d.place]
    assert len(found) == 1
    d = found[0]
    assert (d.place, d.date, d.agency) == (place, date, agency)
    assert d.start == 0 and text[d.end:].lstrip().startswith(rest)
    blanked = blank(text, found)
    assert len(blanked) == len(text) and blanked[d.end:] == text[d.end:] and not blanked[:d.end].strip()


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_wire_datelines_a_name_before_a_dash_or_colon_is_not_always_a_dateline(text):
    assert find_datelines(text) == []


def test_wire_datelines_a_credit_alone_is_found_and_a_dateline_opens_a_later_paragraph():
    text = "Officials said the talks would go on (Reuters).\n\nKARACHI, May 2 (APP) - Pakistan arrested a suspect."
    found = find_datelines(text)
    assert [(d.place, d.agency) for d in found] == [(None, "Reuters"), ("KARACHI", "APP")]
    assert text[found[1].start:].startswith("KARACHI")


@pytest.mark.slow
@pytest.mark.parametrize("text, place, date, agency, rest", FORMS)
def test_wire_datelines_are_no_mention_and_no_party(nlp, text, place, date, agency, rest):
    result = _parse(nlp, text)
    end = text.index(rest)
    assert not [m.text for m in result.mentions if m.start < end]
    assert result.events, text
    for event in result.events:
        parties = [p.text for p in event.actor + event.recipient]
        assert not {place, agency} & set(parties), (text, parties)
        assert event.actor and all(text.rindex(p.text) >= end for p in event.actor + event.recipient if p.text)


@pytest.mark.slow
def test_wire_datelines_the_actor_is_the_first_party_after_the_dateline(nlp):
    result = _parse(nlp, "ISLAMABAD (AP) — Pakistan condemned the rocket attack on Monday.")
    [event] = [e for e in result.events if e.event_type == "ACCUSE"]
    assert [a.name for a in event.actor] == ["Pakistan"]
    result = _parse(nlp, "TEHRAN (AFP) - Iran accused Israel of sabotage.")
    [event] = result.events
    assert ([a.name for a in event.actor], [r.name for r in event.recipient]) == (["Iran"], ["Israel"])


@pytest.mark.slow
def test_wire_datelines_the_place_is_the_location_only_when_the_sentence_has_none(nlp):
    result = _parse(nlp, "LONDON — Britain expelled two Russian diplomats.")
    assert result.events and all(e.location is not None and e.location.name == "London" for e in result.events)
    result = _parse(nlp, "KABUL, March 3 (Reuters) - Pakistani troops killed four militants in Peshawar.")
    assert result.events and all(e.location is not None and e.location.name == "Peshawar" for e in result.events)


@pytest.mark.slow
def test_wire_datelines_the_date_is_a_time_expression_and_dates_only_an_undated_event(nlp):
    result = _parse(nlp, "MOSCOW, Nov 5 (Xinhua) -- Russia criticized NATO over its military drills.")
    assert [(t.text, t.value_start, t.start) for t in result.time_expressions] == [("Nov 5", "2019-11-05", 8)]
    assert result.events and all(e.date.start == "2019-11-05" for e in result.events)
    result = _parse(nlp, "KABUL, March 3 (Reuters) - Afghan officials met a delegation from Uzbekistan on Monday.")
    assert result.events and all(e.date.start == "2020-03-02" for e in result.events)


@pytest.mark.slow
def test_wire_datelines_the_place_and_date_stay_in_their_paragraph(nlp):
    text = ("TEHRAN (AFP) - Iran accused Israel of sabotage.\n\n"
            "Britain expelled two Russian diplomats.")
    result = _parse(nlp, text)
    expelled = next(e for e in result.events if e.evidence[0].start > text.index("\n\n"))
    assert expelled.location is None
    tehran = next(e for e in result.events if e.evidence[0].start < text.index("\n\n"))
    assert tehran.location is not None and tehran.location.name == "Tehran"


@pytest.mark.slow
def test_wire_datelines_offsets_of_later_mentions_hold(nlp):
    text = "NEW DELHI, Dec 3 (IANS) India criticised Pakistan over the border firing."
    result = _parse(nlp, text)
    assert [(m.text, text[m.start:m.end]) for m in result.mentions] == [("India", "India"), ("Pakistan", "Pakistan")]


@pytest.mark.slow
@pytest.mark.parametrize("text, actor, counterpart", [
    ("The Indian defence minister held talks with his Russian counterpart.", "IND", "Russia"),
    ("Lavrov met his Turkish counterpart on Monday.", "P-SERGEY-LAVROV", "Turkey"),
    ("The Pakistani army chief met his Chinese counterpart.", None, "China"),
])
def test_wire_datelines_a_counterpart_is_the_country_of_its_adjective(nlp, text, actor, counterpart):
    result = _parse(nlp, text)
    [event] = [e for e in result.events if e.event_type == "CONSULT"]
    assert [r.name for r in event.recipient] == [counterpart]
    assert all(r.text not in ("his", "her") for r in event.recipient)


@pytest.mark.slow
def test_wire_datelines_place_and_date_are_the_main_acts_not_an_act_inside_it(nlp):
    result = _parse(nlp, "WASHINGTON, Oct 9 (Reuters) - The United States accused Russia of supplying weapons to "
                         "the Taliban.")
    accused = next(e for e in result.events if e.evidence[0].trigger == "accused")
    assert accused.location.name == "Washington" and accused.date.start == "2019-10-09"
    supplied = [e for e in result.events if e.evidence[0].trigger == "supplying"]
    assert supplied and all(e.location is None and e.date.start is None for e in supplied)
