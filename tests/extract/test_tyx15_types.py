"""Types the head noun or the frame decides, not the verb alone: diplomats deported and a foreign party cut off from
money are sanctions, forces pushed back are fought, a missile flown over a country or a nuclear device set off is a
show of force, and threats traded are threats. Invented sentences with real place names; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"  # a Wednesday


def _types(found) -> list[str]:
    return sorted(e.event_type for e in found)


@pytest.mark.parametrize("text, expected, recipient", [
    ("Hungary deported three Russian diplomats accused of spying.", ("SANCTION", "expel"), "Russian"),
    ("Estonia deported two Belarusian diplomats on Friday.", ("SANCTION", "expel"), "Belarusian"),
    ("The ministry expelled Ivan Petrov, Russia's deputy ambassador in Warsaw.", ("SANCTION", "expel"), "Petrov"),
    # negatives: people who are no envoys deported or expelled are deported (COERCE)
    ("Kenya deported 40 migrants to Somalia.", ("COERCE", "deport"), "migrants"),
    ("The army expelled Ahmed Salem, a local farmer, from the border zone.", ("COERCE", "deport"), "Salem"),
])
def test_tyx15_envoys_deported_or_expelled_by_post_are_expelled(nlp, text, expected, recipient):
    """A diplomat deported, or a person expelled who is named with a diplomatic post ("X, Russia's deputy
    ambassador"), is an expulsion of diplomats (SANCTION expel, CAMEO 166; docs/annotation.md: diplomats expelled
    are SANCTION): the post held, not the verb, says what kind of removal it is; migrants or a farmer so removed are
    deported (COERCE)."""
    found = events(nlp, text, DAY)
    assert [(e.event_type, e.mode) for e in found] == [expected]
    assert recipient in " ".join(a.text for a in found[0].recipient)


@pytest.mark.parametrize("text, expected", [
    ("The Treasury barred Syrian banks from accessing the U.S. financial system.", ["SANCTION"]),
    ("The Treasury will block four Iranian banks from using the dollar system.", ["SANCTION"]),
    ("Britain banned Russian state firms from raising capital in London.", ["SANCTION"]),
    ("The European Union cut off five Russian lenders from the SWIFT payment system.", ["SANCTION"]),
    ("Washington imposed new debt restrictions on Venezuelan state firms.", ["SANCTION"]),
    # negatives: the same verbs keeping a party from a place, or a rule at home, stay a restriction or no event
    ("Police blocked protesters from entering the square.", ["COERCE"]),
    ("The army barred journalists from the border zone.", ["COERCE"]),
    ("The governor banned residents from using water for gardens.", []),
    ("The storm cut off three villages from the power grid.", []),
    ("Mexico imposed a curfew on the town.", ["COERCE"]),
])
def test_tyx15_foreign_party_cut_off_from_money_is_a_sanction(nlp, text, expected):
    """A foreign party barred, blocked, banned or cut off from a financial system, capital, bonds or markets, and debt
    or financial restrictions imposed on a named party, are sanctions (CAMEO 163; docs/annotation.md: access to a
    financial system denied is SANCTION): what the gerund of the "from" phrase acts on, or the restriction's
    modifier, decides; a party kept from a square or a zone is a restriction of movement (COERCE)."""
    assert _types(events(nlp, text, DAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russian forces pushed back a Ukrainian assault near Bakhmut.", ["ASSAULT"]),
    ("French soldiers pushed back jihadists from the town.", ["ASSAULT"]),
    ("Ukrainian troops pushed back Russian units near Kupiansk.", ["ASSAULT"]),
    ("Kurdish fighters drove back Islamic State militants from the village.", ["ASSAULT"]),
    # negatives: a date or a vote pushed back is no fight, and no deployment either
    ("The council pushed back the vote to next week.", []),
    ("The government pushed back the deadline for the talks.", []),
])
def test_tyx15_forces_pushing_back_an_armed_party_fight_it(nlp, text, expected):
    """Forces pushing, driving or throwing back an armed party or its attack repel it (ASSAULT, CAMEO 190, as
    "repelled" and "beat back" are), not a movement of their own (MOBILIZE), also when the parser hangs "back" on a
    bare plural object ("pushed back jihadists"); a vote or a deadline pushed back names no armed party."""
    found = events(nlp, text, DAY)
    assert _types(found) == expected
    if expected:
        assert found[0].cameo == "190"


@pytest.mark.parametrize("text, expected", [
    ("North Korea fired a missile over Japan on Tuesday.", "MOBILIZE"),
    ("Pyongyang launched a missile over Hokkaido early on Friday.", "MOBILIZE"),
    ("North Korea detonated a nuclear device at its test site.", "MOBILIZE"),
    ("North Korea detonated its sixth nuclear bomb on Sunday.", "MOBILIZE"),
    # negatives: a missile fired at a target and a bomb set off by attackers stay attacks
    ("Iran fired a missile at an Israeli city.", "ASSAULT"),
    ("Militants detonated a bomb at a market in Kabul.", "ASSAULT"),
])
def test_tyx15_missile_flown_over_a_country_or_nuclear_blast_is_a_show_of_force(nlp, text, expected):
    """A missile fired or launched over a named country with no target told, and a nuclear device or bomb detonated,
    are a weapons test or show of military power (MOBILIZE, CAMEO 150), as a missile test-fired or fired into the
    sea is: the land overflown is no target and the country is no recipient; fired at a target, or a bomb set off
    in a market, is an attack."""
    found = events(nlp, text, DAY)
    assert [e.event_type for e in found] == [expected]
    if expected == "MOBILIZE":
        assert found[0].cameo == "150" and not found[0].recipient


@pytest.mark.parametrize("text, expected", [
    ("Pyongyang traded threats with Washington over the drills.", "THREATEN"),
    ("Moscow and Kyiv traded threats over the dam.", "THREATEN"),
    # negatives: accusations traded are accusations, fire traded is fighting
    ("India and Pakistan traded accusations over the attack.", "ACCUSE"),
    ("The two armies traded fire across the border overnight.", "ASSAULT"),
])
def test_tyx15_what_is_traded_decides_the_exchange(nlp, text, expected):
    """An exchange is the act of what is exchanged: threats or warnings traded are threats (THREATEN, CAMEO 130),
    accusations traded are accusations, fire traded is fighting. (Two parties that trade threats or accusations
    each aim one at the other: two events of the one type, ``readouts.mutual_act``.)"""
    found = events(nlp, text, DAY)
    assert found and {e.event_type for e in found} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Soldiers ordered residents to stay indoors after dark.", ["COERCE"]),
    ("The army ordered people to stay home as it moved to restore order.", ["COERCE"]),
    ("Police told villagers to remain at home during the operation.", ["COERCE"]),
    # negatives: staff or patients told to stay home are no population kept off the streets
    ("The minister ordered officials to stay home during the holiday.", []),
    ("Doctors told patients to stay home if they felt ill.", []),
])
def test_tyx15_population_ordered_to_stay_home_is_a_curfew(nlp, text, expected):
    """The public ordered or told to stay at home or indoors is a curfew imposed (COERCE curfew, CAMEO 1723), not a
    demand put to a party (REQUEST): the order keeps a population off the streets; officials or patients told to
    stay home are no population and no event."""
    found = events(nlp, text, DAY)
    assert _types(found) == expected
    if expected:
        assert (found[0].mode, found[0].cameo) == ("curfew", "1723")
        # the population ordered is the curfew's recipient, as in "imposed a curfew on residents"
        assert [r.text for r in found[0].recipient] in (["residents"], ["people"], ["villagers"])


@pytest.mark.parametrize("text, expected", [
    ("A second round of tariff hikes announced by Washington targets a list of Mexican steel products.", "SANCTION"),
    ("A new raft of duties imposed by Ottawa targets Chinese electric cars.", "SANCTION"),
    # negative: a round of strikes that targets a place stays an attack
    ("A wave of drone attacks targeted Kyiv overnight.", "ASSAULT"),
])
def test_tyx15_batch_of_measures_targets_as_the_measures_do(nlp, text, expected):
    """A batch noun as the subject of a verb of aim ("a round of tariff hikes targets X", "a batch of sanctions
    targets Y") acts as the measures it holds: a trade measure (SANCTION, CAMEO 163), not an attack; a wave of
    drone attacks that targets a city stays an attack."""
    assert [e.event_type for e in events(nlp, text, DAY)] == [expected]
