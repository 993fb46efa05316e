"""Military releases: a generated CAMEO verb pattern is matched on the verb's own phrase, not on a word of a name in
a phrase of the act ("operations alongside the United Nations ... Mission forces": no "lead ... mission" of a
delegation), of a clause below its object ("sorties in an effort to stop X": no "fly ... to" of a journey) or of an
adjunct of time or cause ("since the launch of the ... campaign", "in response to attacks"), ``patterns``; and a light
verb whose object is a number of acts ("launched dozens of airstrikes", "conducted scores of raids") gives the act of
the "of" phrase, ``triggering._spanned``. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events


def _types(found) -> list[str]:
    return sorted(e.event_type for e in found)


@pytest.mark.parametrize("text, absent", [
    ("Malian soldiers continue to lead operations alongside the United Nations Stabilization Mission forces near "
     "Kidal.", "AGREE"),
    ("Ugandan troops led operations with the African Union Mission to secure the airport.", "AGREE"),
    ("The Jordanian air force flies surveillance sorties in an effort to stop smugglers from crossing the border.",
     "AGREE"),
    ("Somali commandos led an operation against al-Shabaab fighters near Kismayo in response to attacks on the port.",
     "ACCUSE"),
])
def test_mil17_pattern_words_outside_the_verbs_phrase_give_no_code(nlp, text, absent):
    assert absent not in _types(events(nlp, text))


@pytest.mark.parametrize("text", [
    "Nigerian jets have launched dozens of airstrikes on Boko Haram camps since the launch of the Lake Chad campaign "
    "last spring.",
    "Iraqi helicopters conducted scores of raids on ISIS hideouts in the desert.",
])
def test_mil17_light_verb_with_a_number_of_acts_is_the_act(nlp, text):
    found = events(nlp, text)
    assert _types(found) == ["ASSAULT"]
    assert found[0].recipient and found[0].actor


@pytest.mark.parametrize("text, expected", [
    # negatives: a pattern on the verb's object, a name the verb takes, a series of strikes
    # (a delegation led to a country is the visit, predicted, since the nuclear-diplomacy review: CONSULT 042)
    ("The Chadian minister will lead a delegation to Cairo next week.", ["CONSULT"]),
    ("The Greek frigate Hydra joined the European Union Naval Force in the Red Sea.", ["COOPERATE"]),
    ("Nigerian jets carried out a series of strikes on Boko Haram camps.", ["ASSAULT"]),
    ("Malian troops continue to lead patrols alongside the United Nations Stabilization Mission forces near Kidal.",
     ["COOPERATE"]),
])
def test_mil17_patterns_on_the_verbs_own_phrase_unchanged(nlp, text, expected):
    assert _types(events(nlp, text)) == expected
