"""Defence-ministry, police and security-portal releases: exercises and operations told by their proper names,
surrenders told by reflexive phrasal verbs, and claims of responsibility made by a group's spokesperson. Invented
sentences with real place and group names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize("text, actors", [
    ("The Indian Army and the Royal Thai Army will conduct Exercise Maitree Accord in Thailand next week.",
     ["Indian Army", "Royal Thai Army"]),
    ("Kenyan and Ugandan forces held Exercise Ushirikiano Imara in Jinja on Monday.", ["Kenyan", "Ugandan forces"]),
])
def test_mil12_named_exercise_is_the_exercise_not_its_name_words(nlp, text, actors):
    """An exercise told by its proper name ("Exercise Maitree Accord") is the exercise: held by two parties it is
    joint (COOPERATE, CAMEO 062), and the words of its name ("Accord") are no agreement of their own."""
    found = events(nlp, text, DAY)
    act = only(found, "COOPERATE")
    assert [a.text for a in act.actor] == actors
    assert not [e for e in found if e.event_type == "AGREE"]


def test_mil12_name_words_of_an_exercise_are_no_agreement(nlp):
    """"concluded Exercise Shakti Accord": the exercise ended, no accord was concluded (no AGREE)."""
    found = events(nlp, "Indian and French troops concluded Exercise Shakti Accord in Rajasthan on Friday.", DAY)
    assert not [e for e in found if e.event_type == "AGREE"]


@pytest.mark.parametrize("text, actors", [
    ("India and Thailand signed an accord on border trade in Bangkok.", ["India", "Thailand"]),
    ("Pakistan and Iran concluded an agreement on gas supplies in Tehran.", ["Pakistan", "Iran"]),
])
def test_mil12_accords_not_named_as_exercises_stay_agreements(nlp, text, actors):
    """Negative: an accord or agreement that is no exercise's name stays an agreement (AGREE)."""
    act = only(events(nlp, text, DAY), "AGREE")
    assert [a.text for a in act.actor] == actors


@pytest.mark.parametrize("text, actor, authority", [
    ("Five Maoists turned themselves in to the police in Sukma on Tuesday.", "Five Maoists", "police"),
    ("Three ULFA militants gave themselves up to the Assam Rifles in Tinsukia.", "ULFA militants", "Assam Rifles"),
    ("Two wanted militants gave themselves up before the army in Kupwara district.", "Two wanted militants",
     "army"),
    ("The Nigerian army said 30 Boko Haram fighters handed themselves over to troops in Bama.",
     "Boko Haram fighters", "troops"),
])
def test_mil12_reflexive_surrender_is_a_surrender(nlp, text, actor, authority):
    """Rebels who "turned themselves in", "gave themselves up" or "handed themselves over" to a force surrendered
    (RETREAT, CAMEO 0874 retreat or surrender militarily), as "surrendered to the police" is coded; the force they
    gave themselves up to ("to"/"before") is the recipient. Handing oneself over is no aid (CAMEO 070)."""
    found = events(nlp, text, DAY)
    act = only(found, "RETREAT")
    assert act.cameo == "0874"
    assert [a.text for a in act.actor] == [actor]
    assert [a.text for a in act.recipient] == [authority]
    assert not [e for e in found if e.event_type == "AID"]


@pytest.mark.parametrize("text", [
    "The minister gave up his post after the scandal.",
    "The auditors turned in their report to the Kenyan parliament.",
])
def test_mil12_giving_up_or_turning_in_a_thing_is_no_surrender(nlp, text):
    """Negative: "gave up his post", "turned in their report": no one surrenders (no RETREAT)."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "RETREAT"]


@pytest.mark.parametrize("text, group", [
    ("Taliban spokesman Zabihullah Mujahid claimed responsibility for the bombing in Kabul.", "Taliban"),
    ("TTP spokesman Muhammad Khurasani claimed responsibility for the attack on the police station in Bannu.",
     "TTP"),
    ("Al-Shabaab spokesman Abdiasis Abu Musab claimed responsibility for the attack on a hotel in Mogadishu.",
     "Al-Shabaab"),
])
def test_mil12_claim_by_a_groups_spokesperson_is_the_groups(nlp, text, group):
    """A claim of responsibility made by a named group's spokesperson is the group's claim: the claimed ASSAULT's
    actor is the group (the guideline's claimant), not the person who spoke for it."""
    act = only(events(nlp, text, DAY), "ASSAULT")
    assert len(act.actor) == 1 and act.actor[0].text.split()[0] == group


def test_mil12_a_spokesperson_of_no_named_group_stays_the_claimant(nlp):
    """Negative: "the group's spokesman" names no group; the claim keeps its subject as the claimant."""
    act = only(events(nlp, "The group's spokesman claimed responsibility for the attack in Quetta.", DAY), "ASSAULT")
    assert [a.text for a in act.actor] != ["group"]


@pytest.mark.parametrize("text", [
    "Troops deployed in Kupwara district of Kashmir foiled an infiltration bid on Friday.",
    "Indian soldiers deployed along the Line of Control spotted a Pakistani drone on Sunday.",
    "The army said troops deployed in Poonch sector spotted two intruders attempting to cross the fence.",
])
def test_mil12_forces_described_by_where_they_are_posted_deploy_nothing(nlp, text):
    """A participle that says where the forces its noun names are posted ("troops deployed in Kupwara foiled a
    bid") tells who they are, no deployment (no MOBILIZE), also when the parser reads it as the main verb."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "MOBILIZE"]


@pytest.mark.parametrize("text, actor", [
    ("France deployed 500 troops in Gao on Monday.", "France"),
    ("Russia deployed warships in the Black Sea and fired missiles at Odesa.", "Russia"),
    ("NATO stationed four battalions in the Baltic states in 2017.", "NATO"),
])
def test_mil12_forces_deployed_by_a_party_stay_a_deployment(nlp, text, actor):
    """Negative: a party that deploys or stations forces somewhere moves them (MOBILIZE)."""
    act = only(events(nlp, text, DAY), "MOBILIZE")
    assert [a.text for a in act.actor] == [actor]


@pytest.mark.parametrize("text, victims", [
    ("A landmine damaged a patrol vehicle near Chitral, after which soldiers pursued the attackers and killed five "
     "terrorists, Inter-Services Public Relations (ISPR) said Tuesday.", ["five terrorists"]),
])
def test_mil12_speaker_read_as_an_apposition_is_no_victim(nlp, text, victims):
    """"... killed five terrorists, Inter-Services Public Relations (ISPR) said": the parser can read the speaker
    as an apposition of the object; it is the subject of the verb of saying after it, the report's source, and the
    people killed stay the recipient."""
    found = [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT" and e.actor]
    assert [a.text for a in found[0].recipient] == victims


def test_mil12_an_apposition_naming_the_victims_group_stays(nlp):
    """Negative: an apposition that is no speaker ("two men, members of the TTP, in Bannu") still names the
    people arrested."""
    act = only(events(nlp, "Pakistani troops arrested two men, members of the Tehreek-e-Taliban Pakistan, in Bannu "
                           "on Monday.", DAY), "COERCE")
    assert [a.text for a in act.recipient] == ["Tehreek-e-Taliban Pakistan"]


@pytest.mark.parametrize("text, actor, partner", [
    ("The Ghanaian army, in partnership with the Nigerian army, will conduct Coastal Shield 2026, a command post "
     "exercise, at a training centre near Accra.", "Ghanaian army", "Nigerian army"),
    ("The Kenyan navy, in conjunction with the Tanzanian navy, held an exercise off Mombasa.", "Kenyan navy",
     "Tanzanian navy"),
])
def test_mil12_exercise_held_in_partnership_is_joint(nlp, text, actor, partner):
    """An exercise held "in partnership with" or "in conjunction with" another force is joint (COOPERATE, CAMEO 062),
    the partner its recipient, as one held "with" it; an exercise named in apposition ("Coastal Shield 2026, a
    command post exercise") is the exercise, no accord."""
    found = events(nlp, text, DAY)
    act = only(found, "COOPERATE")
    assert act.actor[0].text.startswith(actor.split()[0])
    assert [a.text for a in act.recipient] == [partner]
    assert not [e for e in found if e.event_type in ("AGREE", "MOBILIZE")]


def test_mil12_exercise_held_alone_shows_force(nlp):
    """Negative: an exercise with no partner named stays a show of force (CAMEO 150), no cooperation."""
    found = events(nlp, "The Kenyan navy held an exercise off Mombasa on Monday.", DAY)
    assert not [e for e in found if e.event_type == "COOPERATE"]


@pytest.mark.parametrize("text, opposed", [
    ("Militants attacked members of an anti-Taliban militia in Bajaur.", "AFG-TALIBAN"),
])
def test_mil12_anti_group_militia_is_not_the_group(nlp, text, opposed):
    """"an anti-Taliban militia" is a militia against the Taliban: the name after the hyphened prefix is the side
    it opposes, so the attacked party is never the Taliban."""
    act = only(events(nlp, text, DAY), "ASSAULT")
    assert act.recipient and opposed not in [a.actor_id for a in act.recipient]


def test_mil12_a_group_named_without_the_prefix_stays_the_group(nlp):
    """Negative: the group named on its own stays that party."""
    act = only(events(nlp, "The Taliban attacked the Afghan army in Helmand.", DAY), "ASSAULT")
    assert [a.actor_id for a in act.actor] == ["AFG-TALIBAN"]


@pytest.mark.parametrize("text, actor", [
    ("At least nine people were killed and six others injured when several hundred fighters crossed the frontier "
     "into Kunar from Pakistan and attacked a police post.", "several hundred fighters"),
    ("Two soldiers were killed when gunmen stopped a bus near Kech and opened fire on its passengers.", "gunmen"),
])
def test_mil12_toll_of_an_attack_told_by_a_later_verb_of_its_clause_is_one_attack(nlp, text, actor):
    """"N were killed when fighters crossed the frontier and attacked a post": the dead are the toll of the
    attack the "when" clause tells, also when the attack is its second verb: one ASSAULT, no second attack with no
    attacker."""
    found = [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]
    assert len(found) == 1 and [a.text for a in found[0].actor] == [actor]


@pytest.mark.parametrize("text", [
    "Kenyan police conducted raids in Mombasa on Monday.",
    "Nigerian police conducted an intelligence-driven operation in Kaduna on Monday.",
])
def test_mil12_police_raids_and_operations_are_coercion(nlp, text):
    """Raids or an operation conducted by the police are the police's coercion (COERCE, CAMEO 170), as "police
    raided X" is coded, not a military assault."""
    found = events(nlp, text, DAY)
    assert only(found, "COERCE").cameo == "170"
    assert not [e for e in found if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "US special forces conducted a raid on an ISIS compound in Idlib.",
    "Israeli troops carried out raids in Jenin.",
])
def test_mil12_raids_by_troops_stay_assaults(nlp, text):
    """Negative: raids carried out by troops stay the use of force (ASSAULT)."""
    assert only(events(nlp, text, DAY), "ASSAULT")


@pytest.mark.parametrize("text, sector", [
    ("Security men killed two militants in Sopore on Monday.", "agent:MIL"),
    ("Army men shot dead a Maoist in Dantewada district.", "agent:MIL"),
])
def test_mil12_security_men_are_forces(nlp, text, sector):
    """"security men", "army men": how South Asian and African reports name soldiers; the generic agent of the
    military, as "security forces" is."""
    act = only(events(nlp, text, DAY), "ASSAULT")
    assert [a.actor_id for a in act.actor] == [sector]


@pytest.mark.parametrize("text", [
    "The Islamic State of Iraq on Monday claimed responsibility for a bombing at a police station in Samarra.",
    "Islamic State of Iraq fighters attacked a checkpoint in Diyala.",
])
def test_mil12_group_named_after_a_country_is_not_the_country(nlp, text):
    """"the Islamic State of Iraq" is an armed group whose name holds a country: its "State of Iraq" is no
    government of Iraq, so the attack is never Iraq's."""
    act = only(events(nlp, text, DAY), "ASSAULT")
    assert act.actor and "IRQ" not in [a.actor_id for a in act.actor]


@pytest.mark.parametrize("text, country", [
    ("The Government of Iraq condemned the attack on Kirkuk.", "IRQ"),
    ("The Federal Government of Nigeria condemned the attack in Borno.", "NGA"),
])
def test_mil12_government_of_a_country_stays_the_country(nlp, text, country):
    """Negative: "the (Federal) Government of X" is X."""
    act = only(events(nlp, text, DAY), "ACCUSE")
    assert [a.actor_id for a in act.actor] == [country]


def test_mil12_an_exercise_name_is_no_party(nlp):
    """"began Exercise Pacific Partnership": the named exercise is the act, never its recipient."""
    act = only(events(nlp, "The US and Philippine navies began Exercise Pacific Partnership in Manila on Monday.",
                      DAY), "COOPERATE")
    assert not [a for a in act.recipient if a.text.startswith("Exercise")]
