"""Event types that diplomatic and security news easily confuses: a summoned envoy told by name (a complaint, not a
consultation), embassy staff expelled (a measure against a state, not a deportation), a place surrounded by a force
(a restriction, not an assault), missiles fired into the sea (a show of force, not an attack), support pledged (a
statement of support, not an intent) and support said to go on beside another act. Invented sentences with real
names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize("text, recipient", [
    ("Tokyo summoned Wu Jianghao, China's ambassador to Japan, on Monday over the detention of a businessman.",
     "Wu Jianghao"),
    ("The Dutch foreign ministry summoned Russian ambassador Alexander Shulgin over the cyber attack.",
     "Alexander Shulgin"),
    ("The Polish foreign ministry summoned the head of the Belarusian mission after the border incident.",
     "Belarusian mission"),
    ("Manila summoned a senior official of the Chinese Embassy over the water cannon attack.", "Chinese Embassy"),
])
def test_typ13_summoned_named_envoy_or_mission_member_is_accuse(nlp, text, recipient):
    """Calling in an envoy named by person ("X, Y's ambassador", "ambassador X") or a member of a foreign mission
    ("the head of the Belarusian mission") is an official complaint (CAMEO 114, ACCUSE), as summoning "the Russian
    ambassador" is, not a consultation: the summons is how a ministry protests. The person or mission named is the
    recipient."""
    found = events(nlp, text, DAY)
    complaint = only(found, "ACCUSE")
    assert complaint.cameo == "114"
    assert recipient in [a.text for a in complaint.recipient]
    assert not [e for e in found if e.event_type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "The president summoned the heads of the security services to an emergency meeting in Abuja.",
    "The foreign minister summoned all heads of mission of EU states to a briefing on Friday.",
    "A court in Lima summoned the former ambassador to testify on Monday.",
])
def test_typ13_other_summonses_are_no_complaint(nlp, text):
    """A leader calling in his own officials, a briefing of all heads of mission (no foreign mission named) and a
    court's summons are no official complaint against a state."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Algeria expelled nine French embassy officials on Tuesday in a row over a detained consular agent.",
    "Moldova expelled a Russian embassy employee over the leaflets.",
    "Germany expelled two Iranian consulate employees in Hamburg on Friday.",
])
def test_typ13_expelled_embassy_staff_are_expelled_diplomats(nlp, text):
    """People named by their mission ("embassy officials", "an embassy employee", "consulate staff") are diplomats:
    expelling them is a diplomatic measure (SANCTION expel, CAMEO 166), not the deportation of migrants."""
    found = events(nlp, text, DAY)
    measure = only(found, "SANCTION")
    assert measure.mode == "expel"
    assert not [e for e in found if e.event_type == "COERCE"]


@pytest.mark.parametrize("text", [
    "Tunisia expelled dozens of migrants to the Libyan border on Sunday.",
    "Malaysia expelled 300 undocumented workers to Indonesia last week.",
])
def test_typ13_expelled_migrants_stay_deported(nlp, text):
    """Migrants or workers expelled are deported (COERCE deport, CAMEO 174), no diplomatic measure."""
    found = events(nlp, text, DAY)
    assert only(found, "COERCE").mode == "deport"
    assert not [e for e in found if e.event_type == "SANCTION"]


@pytest.mark.parametrize("text", [
    "Riot police surrounded the headquarters of the opposition party in Dhaka on Monday.",
    "Malian troops surrounded the rebel-held town of Anefis on Tuesday.",
    "Federal police circled a migrant shelter in Ciudad Juarez on Monday.",
])
def test_typ13_a_place_surrounded_by_a_force_is_encircled(nlp, text):
    """A force surrounding or circling a town or a building encircles it (CAMEO 191, COERCE restrict, as "encircle"
    and "besiege" are): a posture that restricts movement, no use of force (the CAMEO dictionary's default 190 made
    it an assault)."""
    found = events(nlp, text, DAY)
    act = only(found, "COERCE")
    assert (act.cameo, act.mode) == ("191", "restrict")
    assert not [e for e in found if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The controversy surrounding the arms deal deepened in Seoul on Friday.",
    "The hills surrounding the capital were covered in snow on Monday.",
])
def test_typ13_surrounding_things_are_no_event(nlp, text):
    """A controversy or hills "surrounding" something tell no act of any party."""
    assert events(nlp, text, DAY) == []


@pytest.mark.parametrize("text", [
    "North Korea fired three short-range ballistic missiles into the sea off its east coast on Wednesday.",
    "Pyongyang launched a cruise missile into the waters west of the peninsula, Seoul said.",
    "The North fired about 90 artillery shells into the sea near the border islands on Friday.",
])
def test_typ13_missiles_fired_into_the_sea_are_a_show_of_force(nlp, text):
    """Missiles, rockets or shells fired into the sea hit no one: a show of military power (CAMEO 150, MOBILIZE), as
    a test-firing is, not an attack."""
    found = events(nlp, text, DAY)
    assert only(found, "MOBILIZE").cameo == "150"
    assert not [e for e in found if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Houthi fighters fired two missiles into the Red Sea at a Liberian-flagged tanker on Monday.",
    "Hezbollah fired rockets into northern Israel on Sunday.",
])
def test_typ13_missiles_fired_at_a_target_stay_an_attack(nlp, text):
    """Fired at a ship, or into a country, the missiles are an attack (ASSAULT)."""
    found = events(nlp, text, DAY)
    assert only(found, "ASSAULT")
    assert not [e for e in found if e.event_type == "MOBILIZE"]


@pytest.mark.parametrize("text, recipient", [
    ("Spain pledged its support for Moldova's sovereignty on Tuesday.", "Moldova"),
    ("The Arab League vowed solidarity with Sudan after the floods.", "Sudan"),
])
def test_typ13_support_pledged_as_a_noun_is_support(nlp, text, recipient):
    """Support or solidarity pledged, promised or vowed as a noun is the statement of support itself (SUPPORT 051,
    as "expressed its support"), by the guideline's "an explicit statement of support is the act of SUPPORT"; no
    intent to do something later."""
    found = events(nlp, text, DAY)
    support = only(found, "SUPPORT")
    assert recipient in [a.text for a in support.recipient]
    assert not [e for e in found if e.event_type == "AGREE"]


@pytest.mark.parametrize("text", [
    "Canada pledged military support to Latvia on Monday.",
    "Italy pledged to send two more air defence systems to Ukraine.",
])
def test_typ13_material_support_or_an_act_pledged_stays_an_intent(nlp, text):
    """Material support promised ("military support") or an act promised by its infinitive ("pledged to send") is a
    promise of that act (AGREE, CAMEO 03x), as PLOVER's gold records code promises; no statement of support."""
    found = events(nlp, text, DAY)
    assert only(found, "AGREE")
    assert not [e for e in found if e.event_type == "SUPPORT"]


def test_typ13_support_said_to_go_on_beside_another_act_is_support(nlp):
    """Verbal support a speaker says will go on stays SUPPORT also as the second verb of the infinitive's list
    ("will continue to sanction X and support Y"); the first verb's "continue" covers both."""
    found = events(nlp, "The spokesman said the United States will continue to sanction the junta's leaders and "
                        "support Georgia in the months ahead.", DAY)
    support = only(found, "SUPPORT")
    assert [a.text for a in support.recipient] == ["Georgia"]
    assert not [e for e in found if e.event_type == "AGREE"]


@pytest.mark.parametrize("text", [
    "The UN Security Council adopted a resolution on Monday demanding a truce in El Fasher.",
    "The General Assembly adopted a resolution condemning the annexation of the four regions.",
])
def test_typ13_resolution_adopted_is_an_agreement(nlp, text):
    """A resolution adopted by a body is an agreement (the guideline's AGREE: "resolutions adopted"), not verbal
    support (the CAMEO dictionary's "adopt" 057, which CAMEO2PLOVER maps to SUPPORT); what it demands or condemns is
    its own event."""
    found = events(nlp, text, DAY)
    assert only(found, "AGREE").cameo == "057"
    assert not [e for e in found if e.event_type == "SUPPORT"]


def test_typ13_budget_adopted_is_no_agreement(nlp):
    """A budget or a law adopted at home is no agreement between parties."""
    assert not [e for e in events(nlp, "Parliament adopted a new budget on Friday.", DAY) if e.event_type == "AGREE"]


@pytest.mark.parametrize("text", [
    "The junta in Niamey ordered French troops to leave the country within a month.",
    "Chad's government told the US forces to leave the air base by Friday.",
])
def test_typ13_foreign_troops_ordered_out_are_expelled(nlp, text):
    """A foreign state's troops ordered to leave are expelled (SANCTION expel, CAMEO 166, as peacekeepers ordered out
    are): no deportation of people and no withdrawal told yet."""
    found = events(nlp, text, DAY)
    assert only(found, "SANCTION").mode == "expel"
    assert not [e for e in found if e.event_type in ("COERCE", "RETREAT")]


def test_typ13_own_troops_ordered_out_withdraw(nlp):
    """The actor's own troops ordered to leave a place withdraw (RETREAT, by the infinitive); the order is no
    deportation."""
    found = events(nlp, "Russia ordered its troops to leave the city of Kherson on Wednesday.", DAY)
    assert only(found, "RETREAT").mode == "withdraw"
    assert not [e for e in found if e.event_type in ("COERCE", "SANCTION")]


def test_typ13_migrants_ordered_out_stay_deported(nlp):
    """People who are no state's forces or envoys ordered to leave a country are deported (COERCE deport)."""
    found = events(nlp, "Kenya ordered 300 Somali migrants to leave the country on Monday.", DAY)
    assert only(found, "COERCE").mode == "deport"
    assert not [e for e in found if e.event_type == "SANCTION"]


@pytest.mark.parametrize("text, warned", [
    ("Tehran said Israel would regret any attack on Iranian soil.", "Israel"),
    ("Moscow said the European Union will regret its decision to seize Russian assets.", "European Union"),
])
def test_typ13_another_party_will_regret_is_a_warning(nlp, text, warned):
    """A speaker saying another party "will regret" an act is a warning (THREATEN 130) aimed at that party, as "would
    pay a heavy price" is; it tells no regret (no ACCUSE by the party warned)."""
    found = events(nlp, text, DAY)
    threat = only(found, "THREATEN")
    assert warned in [a.text for a in threat.recipient]
    assert not [e for e in found if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Seoul regretted Tokyo's decision to release the treated water on Friday.",
    "The president said he regretted the loss of life in the strike.",
])
def test_typ13_regret_of_ones_own_is_no_warning(nlp, text):
    """A party's own regret of another's act (a disapproval) or of a loss is no warning."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "THREATEN"]


@pytest.mark.parametrize("text, cameo", [
    ("The Pentagon supported the Kenyan operation in Haiti with satellite imagery.", "072"),
    ("France backed the Chadian offensive with reconnaissance flights and airstrikes.", "072"),
    ("The World Bank backed Ghana with a 600 million dollar loan.", "070"),
])
def test_typ13_support_given_with_material_help_is_aid(nlp, text, cameo):
    """Support given "with" intelligence, strikes, advisers, money or supplies is material help (AID: the guideline's
    "advising and assisting forces, air support given to a partner", "funds"), not verbal support, as support given
    "through" them is."""
    found = events(nlp, text, DAY)
    assert only(found, "AID").cameo == cameo
    assert not [e for e in found if e.event_type == "SUPPORT"]


@pytest.mark.parametrize("text", [
    "Norway supported the resolution with its vote on Friday.",
    "Portugal supported Morocco's autonomy plan for Western Sahara.",
])
def test_typ13_support_of_a_plan_stays_support(nlp, text):
    """Support of a plan or a text, with a vote or with no means named, stays verbal support (SUPPORT)."""
    found = events(nlp, text, DAY)
    assert only(found, "SUPPORT")
    assert not [e for e in found if e.event_type == "AID"]


@pytest.mark.parametrize("text, kind, cameo", [
    ("A Russian fighter released flares near a Norwegian patrol aircraft over the Barents Sea.", "MOBILIZE", "150"),
    ("The Philippine coast guard fired warning shots at a Vietnamese fishing boat on Sunday.", "THREATEN", "138"),
])
def test_typ13_flares_and_warning_shots_are_no_attack(nlp, text, kind, cameo):
    """Flares fired near another party's aircraft are an unsafe intercept, a show of force (CAMEO 150, MOBILIZE);
    warning shots are a threat of force (CAMEO 138, THREATEN): neither hits anyone, so neither is an assault."""
    found = events(nlp, text, DAY)
    assert only(found, kind).cameo == cameo
    assert not [e for e in found if e.event_type == "ASSAULT"]


def test_typ13_shots_fired_at_a_checkpoint_stay_an_attack(nlp):
    """Shots fired at a party with no "warning" are an attack (ASSAULT)."""
    found = events(nlp, "Gunmen fired shots at a police checkpoint in Peshawar on Monday.", DAY)
    assert only(found, "ASSAULT")
