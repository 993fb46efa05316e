"""Datelines and sources of wire-style reports, on invented sentences: "on November 23, reports X" keeps its date;
a publication whose name holds a date word ("The News on Sunday") is never a time."""

from __future__ import annotations

import pytest

from annalyst.extract.time import resolve

from ._fictional import analyzed


def _days(text):
    return [(t.text, t.value_start) for t in resolve(text, "2016-11-25", "en")]


@pytest.mark.parametrize("text, expected", [
    ("Two guards were shot on November 23, police said.", [("November 23", "2016-11-23")]),
    ("Two guards were shot on Nov. 23, reports a local daily.", [("Nov. 23", "2016-11-23")]),
    ("On November 24, reports a local daily, two guards were shot.", [("November 24", "2016-11-24")]),
])
def test_datelines_a_month_and_day_before_a_comma_is_a_date(text, expected):
    assert _days(text) == expected


def test_datelines_a_month_day_and_year_stays_one_date():
    assert _days("Two guards were shot on November 23, 2016, police said.") == [("November 23, 2016", "2016-11-23")]


def _events(nlp, text):
    return analyzed(nlp, text, "2016-11-25")


@pytest.mark.slow
def test_datelines_the_event_takes_the_date_before_the_source(nlp):
    result = _events(nlp, "Militants attacked a police checkpost in Quetta on November 23, reports Daily Times.")
    attack = next(e for e in result.events if e.event_type == "ASSAULT")
    assert attack.date is not None and attack.date.start == "2016-11-23"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The News on Sunday reported that militants attacked a police checkpost in Quetta.",
    "Militants attacked a police checkpost in Quetta, reports The News on Sunday.",
    "Militants attacked a police checkpost in Quetta, The Mail on Sunday reported.",
])
def test_datelines_a_publication_named_with_a_day_is_no_date(nlp, text):
    result = _events(nlp, text)
    assert not [t for t in result.time_expressions if "Sunday" in t.text]


@pytest.mark.slow
def test_datelines_a_newspaper_reporting_on_a_day_keeps_the_day(nlp):
    result = _events(nlp, "The Chicago Tribune on Sunday reported that militants attacked a police checkpost.")
    assert [t.text for t in result.time_expressions] == ["Sunday"]
