"""Recipients told by a nationality word or a possessor in trade-war, sanctions and diplomatic news: the goods an
amount of money is "in", a measure whose target is named, a state's conduct a statement judges, and the speaker's
own feeling. Invented sentences with real country names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def _recipients(event) -> list[str]:
    return [a.text for a in event.recipient]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("President Morales imposed tariffs in March on $20 billion in Mexican goods.", "Morales", "Mexican"),
    ("Beijing imposed tariffs on $60 billion in American farm products.", "Beijing", "American"),
    ("Ottawa slapped tariffs on 12 billion dollars of Chinese steel.", "Ottawa", "Chinese"),
])
def test_nat13_money_in_goods_names_the_goods_country(nlp, text, actor, recipient):
    """"tariffs on $60 billion in American goods": an amount of money's "in" phrase says what the money is, as its
    "of" phrase does ("$60 billion of American goods"), so the measure is aimed at the goods' country."""
    act = only(events(nlp, text, DAY), "SANCTION")
    assert actor in " ".join(a.text for a in act.actor)
    assert _recipients(act) == [recipient]


def test_nat13_money_in_a_place_names_no_recipient(nlp):
    """An amount's "in" phrase that names a place ("pledged $5 million in Geneva") tells where, not what the money
    is: never the recipient."""
    for found in [events(nlp, "Washington pledged $5 million in Geneva for Sudanese refugees.", DAY)]:
        for e in found:
            assert "Geneva" not in _recipients(e)


@pytest.mark.parametrize(("text", "recipient"), [
    ("Havana criticized American sanctions against Cuba.", "American"),
    ("The ministers condemned the US sanctions on the International Criminal Court.", "US"),
    ("Moscow condemned the new EU sanctions against Russian banks.", "EU"),
])
def test_nat13_measure_with_a_named_target_is_judged_at_its_author(nlp, text, recipient):
    """A measure noun's modifier names its target ("new Syria sanctions listings") only when no phrase of the noun
    names the target; "American sanctions against Cuba" names Cuba as the target, so "American" took the measure
    and the criticism is directed at it, not at Cuba (``docs/annotation.md``: a statement judging an act is
    directed at its author, never at its victims)."""
    act = only(events(nlp, text, DAY), "ACCUSE")
    assert _recipients(act) == [recipient]


def test_nat13_measure_modifier_without_a_target_stays_the_target(nlp):
    """Without a target phrase, the modifier of a sanctions noun is its target, not its author: "welcomed the new
    Syria sanctions listings" is not directed at Syria."""
    act = only(events(nlp, "Washington welcomed the new Syria sanctions listings.", DAY), "SUPPORT")
    assert "Syria" not in _recipients(act)


@pytest.mark.parametrize(("text", "recipient"), [
    ("The ministers condemned Russian aggression against Georgia.", "Russian"),
    ("The foreign ministry denounced Turkish intervention in northern Syria.", "Turkish"),
    ("Berlin criticised Turkey's intervention in northern Syria.", "Turkey"),
    ("The statement condemned Iranian incursions into Azerbaijani airspace.", "Iranian"),
])
def test_nat13_state_conduct_judged_is_directed_at_its_author(nlp, text, recipient):
    """A state's conduct told as a noun ("Russian aggression against Georgia", "Turkey's intervention in Syria") is
    an act a statement judges: the nationality word or possessor names its author, who is the recipient; the
    party it was done to is not."""
    act = only(events(nlp, text, DAY), "ACCUSE")
    assert _recipients(act) == [recipient]


@pytest.mark.parametrize(("text", "own", "about"), [
    ("In Geneva the envoy expressed UK concerns over the crackdown in Hong Kong.", "UK", "Hong Kong"),
    ("The envoy voiced Britain's alarm at Chinese military drills.", "Britain", "Chinese"),
])
def test_nat13_the_speakers_own_feeling_is_no_recipient(nlp, text, own, about):
    """A nationality word or possessor on the feeling a speaker expresses ("expressed UK concerns", "voiced
    Britain's alarm") says whose feeling it is, the speaker's own side: the disapproval is directed at what the
    feeling is about, never at the speaker's own country."""
    act = only(events(nlp, text, DAY), "ACCUSE")
    assert own not in _recipients(act)
    assert about in _recipients(act)


@pytest.mark.parametrize("text", [
    "Students gathered to celebrate Chinese New Year in the capital.",
    "The school began teaching the Russian language to all pupils.",
    "Critics warned against an American-style election campaign.",
])
def test_nat13_nationality_words_naming_no_party_acted_on_make_no_event(nlp, text):
    """A nationality word that names no party acted on (a festival, a language, a style) makes no event and no
    recipient."""
    assert events(nlp, text, DAY) == []
