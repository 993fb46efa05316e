"""Over-firing of rules that read reactions, withdrawals and fights: the same words in a sense or a construction that
is no such event, or that names another party. Invented sentences with real names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

pytestmark = pytest.mark.slow


def _ids(side) -> list[str]:
    return sorted(a.actor_id or a.text for a in side)


@pytest.mark.parametrize("text, reaction, expected", [
    ("The army shelled Idlib on Monday. Mexico condemned the killing of a journalist in Veracruz.", "ACCUSE", []),
    ("Russia detained a French journalist on Monday. France condemned the arrest of a Russian lawyer in Moscow.",
     "ACCUSE", []),
    ("Israel bombed Gaza on Monday. Turkey condemned the bombardment of the city.", "ACCUSE", ["ISR"]),
    ("Iran seized a British tanker on Sunday. Britain condemned the seizure of the tanker.", "ACCUSE", ["IRN"]),
    ("Iran seized a British tanker on Sunday. Britain condemned the seizure.", "ACCUSE", ["IRN"]),
    ("Police arrested ten protesters in Tbilisi. The EU criticised the arrest of its own staff in Moscow.", "ACCUSE",
     []),
    ("Hamas freed three hostages on Friday. The singer welcomed the release of her new album.", "SUPPORT", None),
    ("Hamas freed three hostages on Friday. Egypt welcomed the release of the hostages.", "SUPPORT", ["PSE-HAMAS"]),
    ("Russia expelled two Estonian diplomats. Estonia condemned the expulsion of its diplomats.", "ACCUSE", ["RUS"]),
])
def test_fix3_an_act_noun_naming_another_victim_refers_back_to_nothing(nlp, text, reaction, expected):
    """An act noun a reaction is aimed at ("condemned the killing", "the arrest") refers back to the latest earlier
    act of its kind only when it names no one else: an "of" phrase with a victim the earlier act never names ("the
    killing of a journalist in Veracruz" after a shelling of Idlib) tells an act of its own, whose doer is untold, so
    the condemnation is aimed at no one; a bare noun, a definite phrase ("of the city") or the victim told before
    ("of the tanker") still refers back. A release of a thing ("of her new album") is no release of people: the
    welcome is a feeling about a record, no event at all."""
    found = events(nlp, text)
    if expected is None:
        assert not [e for e in found if e.event_type == reaction], [(e.event_type, e.recipient) for e in found]
    else:
        assert _ids(only(found, reaction).recipient) == expected


@pytest.mark.parametrize("text, expected", [
    ("The phone company launched a sales offensive in India.", []),
    ("The carmaker began a sales offensive in China after the launch.", []),
    ("The army launched an offensive near Bakhmut on Monday.", ["MOBILIZE"]),
])
def test_fix3_a_sales_offensive_is_no_operation(nlp, text, expected):
    """An offensive named by a word of commerce is a campaign of words, no military act; "sales" is read by its lemma
    "sale", so the lemma must be listed as the other figurative modifiers are ("a charm offensive"); an offensive
    launched with no such word stays the start of an operation (MOBILIZE)."""
    assert sorted(e.event_type for e in events(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Microsoft will deploy the update to all users next week.", []),
    ("India will deploy its new payment system to Nepal next year.", []),
    ("The bank deployed a new chatbot for customers in Kenya.", []),
    ("Russia deployed its S-400 air defence system to Belarus.", ["MOBILIZE"]),
    ("China deployed warships near Taiwan on Monday.", ["MOBILIZE"]),
])
def test_fix3_software_or_capital_deployed_moves_no_forces(nlp, text, expected):
    """'deploy' is forces or weapons moved (MOBILIZE) in conflict news, but technology and business news deploy
    updates, payment systems, chatbots and capital: no forces moved and no event; a weapon system or warships
    deployed stay MOBILIZE."""
    assert sorted(e.event_type for e in events(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Brazil withdrew its application to host the World Cup in Argentina.", []),
    ("The bank withdrew its loan offer from Zambia.", []),
    ("Toyota withdrew from the Russian market last year.", []),
    ("Nigeria withdrew its team from the tournament in Morocco.", []),
    ("Chad withdrew its soldiers from Mali on Monday.", ["RETREAT"]),
    ("France withdrew its ambassador from Niger.", ["SANCTION"]),
])
def test_fix3_a_bid_or_a_team_withdrawn_is_no_retreat(nlp, text, expected):
    """'withdraw' is forces leaving (RETREAT) only when forces or a place are left: a bid, an application, an offer
    or a team withdrawn, and a firm or a team pulling out of a market or a tournament, are business and sports news,
    no event; soldiers withdrawn stay RETREAT and an ambassador withdrawn stays a reduction of relations."""
    assert sorted(e.event_type for e in events(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Fed mobilised emergency funds for the banks.", []),
    ("The party mobilized voters in Ohio ahead of the vote.", []),
    ("Italy mobilised 20,000 reservists after the attack.", ["MOBILIZE"]),
    ("Armenia mobilized its army on Sunday.", ["MOBILIZE"]),
])
def test_fix3_funds_or_voters_mobilised_are_no_forces(nlp, text, expected):
    """The verb 'mobilise' as the noun 'mobilisation': funds, capital or voters mobilised are money raised or a
    campaign run, no forces mobilised; reservists or an army mobilised stay MOBILIZE, in either spelling."""
    assert sorted(e.event_type for e in events(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The shootout between Spain and Italy ended 4-3.", []),
    ("Two militants died in a shootout with police in Kashmir.", ["ASSAULT"]),
    ("A shootout in Karachi left three people dead.", ["ASSAULT"]),
])
def test_fix3_a_shootout_between_teams_is_no_fight(nlp, text, expected):
    """A shootout is a gunfight in conflict and crime reports, but also the tie-break of a football match: one whose
    sides are told and are teams (countries, no force, armed group or gang) is no attack; one with the police, or
    with no sides told, stays a gunfight."""
    assert sorted(e.event_type for e in events(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pakistan beat India by five wickets in Lahore.", []),
    ("Brazil defeated Argentina in the Copa America final.", []),
    ("Morocco beat Portugal on penalties.", []),
    ("Police beat protesters in Tehran on Monday.", ["ASSAULT"]),
    ("Israeli soldiers beat up a Palestinian man in Hebron.", ["ASSAULT"]),
])
def test_fix3_a_team_beaten_in_a_match_is_no_assault(nlp, text, expected):
    """Sports news names teams by their countries: one that beat or defeated another by a margin ("by five
    wickets"), in a match or a final, or on penalties won a game, no assault between the two countries; police
    beating protesters and soldiers beating up a man stay physical assaults."""
    assert sorted(e.event_type for e in events(nlp, text)) == expected
