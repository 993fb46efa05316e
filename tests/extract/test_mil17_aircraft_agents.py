"""Military releases: military aircraft told as the doer of a strike when the force is not named ("warplanes hit
X", "helicopter gunships attacked Y") are a generic military agent, the strike's actor (docs/annotation.md: the
striking force is the actor), so the strike is kept (``resources/actors/agents.txt``). A person or unit named by an
armed group and by a country's possessive ("Somalia's al-Shabaab financier") is the group's
(``eventargs.Args.inner_actor``). Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only


@pytest.mark.parametrize("text, recipient", [
    ("Emirati-led warplanes struck Houthi fighters near Hodeidah, the agency said.", "Houthi"),
    ("Warplanes hit al-Shabaab training camps near Jilib, the ministry said.", "Al-Shabaab"),
    ("Helicopter gunships attacked Taliban fighters in Kunduz province.", "Taliban"),
])
def test_mil17_aircraft_that_strike_are_the_actor(nlp, text, recipient):
    e = only(events(nlp, text), "ASSAULT")
    assert e.actor and [r.name for r in e.recipient] == [recipient]


@pytest.mark.parametrize("text, expected", [
    # negatives: a named force keeps its country; aircraft that do no act give no event
    ("Egyptian warplanes bombed militant hideouts near Sheikh Zuweid, the army said.", ["Egypt"]),
    ("Several warplanes flew over the capital during the parade.", None),
])
def test_mil17_named_air_forces_and_flights_unchanged(nlp, text, expected):
    found = events(nlp, text)
    if expected is None:
        assert found == []
    else:
        assert [a.name for a in only(found, "ASSAULT").actor] == expected


def test_mil17_group_before_the_countrys_possessive(nlp):
    e = only(events(nlp, "Libyan police arrested Somalia's al-Shabaab financier in Misrata."), "COERCE")
    assert [r.name for r in e.recipient] == ["Al-Shabaab"]
    # negative: a country's official stays the country's
    e = only(events(nlp, "Police detained Kenya's deputy minister in Nairobi."), "COERCE")
    assert [r.name for r in e.recipient] == ["Kenya"]
