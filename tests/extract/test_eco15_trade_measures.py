"""Economic statecraft as wire reports tell it: bans on a foreign party's goods, bans on buying a firm's goods,
supply cut-offs, sanctions and tariffs dropped, and the figures of speech of trade news that are no attack.
Invented sentences with real country, firm and place names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def _recipients(event) -> list[str]:
    return [a.text for a in event.recipient]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("India has banned several products made in Turkey after the border dispute.", "India", "Turkey"),
    ("Beijing announced a ban on Japanese seafood imports on Tuesday.", "Beijing", "Japanese"),
    ("The Saudi government imposed a ban on Lebanese fruit and vegetables.", "Saudi government", "Lebanese"),
    ("Vietnam announced a ban on Chinese poultry imports.", "Vietnam", "Chinese"),
])
def test_eco15_ban_on_a_foreign_partys_goods_is_an_embargo(nlp, text, actor, recipient):
    """A ban whose object, or whose "on" phrase, is goods named by another country ("products made in Turkey", "a
    ban on Japanese seafood imports") is an embargo on that country (CAMEO 163, SANCTION), not a restriction at
    home (COERCE 172): the guideline's sanctions notices make bans on trade imposed on a party SANCTION, and the
    country that names the goods is the party they are imposed on."""
    found = events(nlp, text, DAY)
    measure = only(found, "SANCTION")
    assert measure.cameo == "163"
    assert [a.text for a in measure.actor] == [actor]
    assert _recipients(measure) == [recipient]
    assert not [e for e in found if e.event_type == "COERCE"]


@pytest.mark.parametrize(("text", "firm"), [
    ("Sweden banned telecom operators from using Huawei equipment in its new network.", "Huawei"),
    ("The Canadian government barred federal agencies from buying Hikvision cameras.", "Hikvision"),
    ("State ministries will be barred from purchasing ZTE handsets, the White House said.", "ZTE"),
])
def test_eco15_ban_on_buying_a_firms_goods_is_aimed_at_the_firm(nlp, text, firm):
    """A ban on buying or using a firm's goods is a measure against the firm (SANCTION 163), never against the
    buyers barred (the actor's own operators or agencies), and the buying barred is no act of its own (an "using"
    read as the use of force, a "supplying" read as aid)."""
    found = events(nlp, text, DAY)
    measure = only(found, "SANCTION")
    assert _recipients(measure) == [firm]
    assert [e.event_type for e in found] == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "Kenya banned the Mungiki sect.",
    "The government banned single-use plastics.",
    "Norway banned Norwegian trawlers from the fjord.",
    "The government imposed a ban on rallies in the capital.",
])
def test_eco15_bans_at_home_stay_no_embargo(nlp, text):
    """A group, goods named by no party, the actor's own people or a gathering banned are rules at home (COERCE 172
    or no event): no embargo on anyone."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "SANCTION"]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Moscow ceased all oil supplies to Minsk last winter.", "Moscow", "Minsk"),
    ("Algeria discontinued gas deliveries to Spain after the diplomatic row.", "Algeria", "Spain"),
    ("Russia halted gas supplies to Latvia on Friday.", "Russia", "Latvia"),
])
def test_eco15_supplies_cut_off_to_a_party_are_a_sanction(nlp, text, actor, recipient):
    """Supplies ceased, discontinued or halted to a party are trade stopped as a measure against it (CAMEO 163,
    SANCTION discontinue), as "halted" and "stopped" already were; the party of the "to" phrase is the recipient,
    and a day told after it ("on Friday") is no party the measure is aimed at."""
    measure = only(events(nlp, text, DAY), "SANCTION")
    assert [a.text for a in measure.actor] == [actor]
    assert _recipients(measure) == [recipient]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The United States has dropped sanctions on Venezuela's oil sector.", "United States", "Venezuela"),
    ("Britain last week dropped a long list of sanctions targeting Syria's banking sector.", "Britain", "Syria"),
    ("Washington scrapped the steel tariffs on Canada.", "Washington", "Canada"),
])
def test_eco15_sanctions_dropped_or_scrapped_are_a_concession(nlp, text, actor, recipient):
    """Sanctions or tariffs dropped or scrapped are lifted: a concession (CONCEDE, CAMEO 085), as "lifted" and
    "waived" are (the guideline: lifting or easing sanctions is CONCEDE)."""
    act = only(events(nlp, text, DAY), "CONCEDE")
    assert act.cameo == "085"
    assert [a.text for a in act.actor] == [actor]
    assert _recipients(act) == [recipient]


@pytest.mark.parametrize("text", [
    "Ottawa's 10% levies on American dairy kicked in on Monday.",
    "Jakarta's new export ban is striking a blow at foreign investment in the nickel sector.",
    "The three countries targeted in Washington's new tariff threat said they would seek talks.",
])
def test_eco15_figures_of_trade_news_are_no_attack(nlp, text):
    """Levies that "kicked in" took effect, a ban "striking a blow at foreign investment" harms it, countries
    "targeted in a tariff threat" are those the threat names: figures of speech, no use of force (ASSAULT)."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]


def test_eco15_retaliating_with_tariffs_is_a_measure_and_force_stays_force(nlp):
    """Retaliating or hitting back with tariffs or duties imposes them (SANCTION 163), no armed retaliation; hitting
    back with artillery stays an attack, and the other senses of "drop", "kick" and "strike" keep their coding."""
    measure = only(events(nlp, "Beijing retaliated with tariffs on US soybeans.", DAY), "SANCTION")
    assert measure.cameo == "163" and [a.text for a in measure.actor] == ["Beijing"]
    assert [e.event_type for e in events(nlp, "Canada hit back with duties on American steel.", DAY)] == ["SANCTION"]
    assert only(events(nlp, "The army hit back with artillery fire.", DAY), "ASSAULT")
    assert only(events(nlp, "The army struck the rebels with artillery.", DAY), "ASSAULT")
    assert only(events(nlp, "Kyiv dropped its objection to the plan.", DAY), "CONCEDE").cameo == "080"


@pytest.mark.parametrize("text", [
    "The ministry said Seoul had acted alone, itself violating the Korean-Japanese fisheries agreement.",
    "The EU fined Hungary for flouting its budget agreement with Brussels.",
    "Seoul said the new quotas violated its steel pact with Tokyo.",
    "Kenya accused Tanzania of breaching their customs accord.",
])
def test_eco15_an_agreement_kept_or_broken_is_no_agreement_reached(nlp, text):
    """An agreement, pact or treaty that is the object of a verb of breaking or keeping it ("violating the fisheries
    agreement", "flouting its budget agreement") names a text already in force: no agreement reached (AGREE); the
    guideline counts agreements reached or signed, and a noun that only names an earlier act is no event."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "AGREE"]


def test_eco15_an_agreement_signed_stays_an_agreement(nlp):
    """An agreement with its parties named and signed stays AGREE."""
    found = events(nlp, "The agreement between Kenya and Uganda was signed on Monday.", DAY)
    assert [a.text for a in only(found, "AGREE").actor] == ["Kenya", "Uganda"]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Mexico and Canada warned of retaliatory measures if Washington imposes the tariffs.", ["Mexico", "Canada"],
     ["Washington"]),
    ("Russia vowed reciprocal measures against Finland.", ["Russia"], ["Finland"]),
])
def test_eco15_measures_warned_of_as_a_response_are_a_threat(nlp, text, actor, recipient):
    """Retaliatory or reciprocal measures warned of or vowed, on a condition or against a party, are a threat of
    punishment (THREATEN 130; the guideline: "vowed to impose" is THREATEN), aimed at the party of the condition or
    the party they are against, not an agreement and not nothing."""
    found = events(nlp, text, DAY)
    threat = only(found, "THREATEN")
    assert [a.text for a in threat.actor] == actor
    assert [a.text for a in threat.recipient] == recipient
    assert not [e for e in found if e.event_type == "AGREE"]
