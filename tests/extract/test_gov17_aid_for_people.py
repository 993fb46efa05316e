"""Whom an amount of aid is for, told as people rather than as a named party (docs/annotation.md: the recipient of AID
is the party helped, the people, not the place of their phrase): the object of a purpose infinitive of helping ("$8
million in aid to help those affected by X"), people named by what befell them ("those who fled X", "those displaced
by Y"), and minorities ("aid for religious minorities in X": the minorities, not X). A party named on its own ("to
Jordan to support refugees") stays the recipient. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-30"


def _aid_recipients(found):
    return [[a.text for a in e.recipient] for e in found if e.event_type == "AID"]


@pytest.mark.parametrize("text, helped", [
    ("Sweden announced 12 million euros in relief to help those driven from their homes by the cyclone in Malawi.",
     "those driven from their homes by the cyclone in Malawi"),
    ("Portugal announced new funding to assist those who lost their homes in the landslides in Nepal.",
     "those who lost their homes in the landslides in Nepal"),
    ("Belgium announced further humanitarian aid for persecuted minorities in Myanmar.", "persecuted minorities"),
])
def test_gov17_aid_goes_to_the_people_helped(nlp, text, helped):
    assert _aid_recipients(events(nlp, text, DAY)) == [[helped]]


@pytest.mark.parametrize("text, helped", [
    # negatives: a party named on its own stays; a purpose with no object is no recipient
    ("Norway gave 4 million dollars to Lebanon to support refugees from Syria.", ["Lebanon"]),
    ("Japan provided 2 million dollars to Tonga to help rebuild its harbour.", ["Tonga"]),
])
def test_gov17_a_named_party_stays_the_recipient(nlp, text, helped):
    assert _aid_recipients(events(nlp, text, DAY)) == [helped]
