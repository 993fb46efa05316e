"""Security news as the English-language press of Africa, South Asia, the Caucasus and Eastern Europe writes it:
kills told as "neutralised" or "fatally subdued", fire a unit was "subjected to", an enemy "forced to retreat",
local names of forces ("operatives", a junta "column") and of administrative units ("locality", "upazila").
Invented sentences with real place names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize("text, recipient", [
    ("Troops of the Nigerian Army have neutralised 12 bandits in Zamfara State on Monday.", "12 bandits"),
    ("Police operatives successfully neutralized three armed robbers in Kano on Tuesday.", "three armed robbers"),
    ("The ten kidnappers were neutralised during a gun duel in Kogi on Sunday.", "ten kidnappers"),
    ("Security forces took out 25 militants in the operation.", "25 militants"),
    ("The two cultists were fatally subdued after a shootout with police in Warri on Monday.", "two cultists"),
    ("Ukrainian troops liquidated 40 occupiers near Avdiivka on Thursday.", "40 occupiers"),
])
def test_reg14_kills_told_by_security_releases_are_attacks(nlp, text, recipient):
    """Army and police releases in Nigeria, South Asia and Ukraine tell a kill as "neutralised", "took out",
    "liquidated" or "fatally subdued" people: the people are killed, an ASSAULT (CAMEO 190) on them, not an arrest
    and not nothing; the bandits, kidnappers, cultists and occupiers are the recipients whatever their trade."""
    found = events(nlp, text, DAY)
    attack = only(found, "ASSAULT")
    assert [a.text for a in attack.recipient] == [recipient]
    assert not [e for e in found if e.event_type == "COERCE"]


@pytest.mark.parametrize("text", [
    "The army said it had neutralised the threat posed by the floods in Lokoja.",
    "The new tariff has neutralised the effect of the price rise in Kano.",
    "The shopkeeper took out a loan to rebuild his store in Kaduna.",
    "The ministry took the children out of the camp school in Maiduguri on Monday.",
])
def test_reg14_the_same_verbs_of_no_one_are_no_attack(nlp, text):
    """The same verbs with a threat, an effect or a loan as object, or "took X out of" a place, tell no killing:
    only people or a party neutralised or taken out are attacked."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Armenian formations subjected to fire the trenches of the Azerbaijani army in Lachin district.",
     "Armenian", "Azerbaijani army"),
    ("The Armenian armed forces subjected the positions of the Azerbaijani army to fire on Tuesday.",
     "Armenian armed forces", "Azerbaijani army"),
    ("Russian forces subjected Kherson to fire on Monday night.", "Russian forces", "Kherson"),
])
def test_reg14_fire_a_party_is_subjected_to_is_an_attack(nlp, text, actor, recipient):
    """Defence ministries of the Caucasus and Eastern Europe write "X subjected to fire the positions of Y" (and
    "subjected Y to fire"); the parser reads an infinitive "to fire", as if a purpose. It is X's attack on Y
    (ASSAULT, CAMEO 190): the owner of the positions is the recipient."""
    attack = only(events(nlp, text, DAY), "ASSAULT")
    assert actor in [a.text for a in attack.actor]
    assert recipient in [r.text for r in attack.recipient]


@pytest.mark.parametrize("text", [
    "The bill was subjected to a vote in the Armenian parliament on Tuesday.",
    "All imports from Turkey will be subjected to a new tax from Monday.",
    "The Dynamo club sought to fire the coach after the defeat in Kyiv.",
])
def test_reg14_other_things_subjected_are_no_attack(nlp, text):
    """A bill subjected to a vote, imports to a tax, a coach a club seeks to fire: no attack."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, actor", [
    ("The rebels were forced to retreat from Kitshanga on Monday.", "rebels"),
    ("The militants suffered losses and were forced to withdraw from the town of Palma on Friday.", "militants"),
    ("The injured junta column retreated from the village towards Palaw on Sunday.", "injured junta column"),
])
def test_reg14_a_force_made_to_retreat_retreats(nlp, text, actor):
    """"X was forced to retreat" tells that X retreated (RETREAT), as "X retreated" does: being forced is no choice
    of X's, but the withdrawal is X's act; a "column" of troops is a force that can retreat."""
    retreat = only(events(nlp, text, DAY), "RETREAT")
    assert [a.text for a in retreat.actor] == [actor]


@pytest.mark.parametrize("text", [
    "The rebels were ordered to retreat from Kitshanga on Monday.",
    "The rebels were urged to withdraw from the town of Palma on Friday.",
])
def test_reg14_a_force_ordered_to_retreat_has_not_retreated(nlp, text):
    """Ordered or urged to retreat is not yet a retreat: only the verbs of being made to act (forced, compelled,
    obliged) tell the act as done."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "RETREAT"]


@pytest.mark.parametrize("text, actor", [
    ("The Sudanese army regained control of East Nile locality on Monday.", "Sudanese army"),
    ("Iraqi forces liberated Kirkuk governorate on Friday.", "Iraqi forces"),
    ("The army captured Nagarkanda upazila.", "army"),
])
def test_reg14_administrative_units_are_places_taken(nlp, text, actor):
    """The press of each region names its places by their administrative unit ("East Nile locality", "Kirkuk
    governorate", "Nagarkanda upazila"): a force that takes one seizes territory (COERCE/seize, CAMEO 192), not
    people it arrests."""
    seized = only(events(nlp, text, DAY), "COERCE")
    assert seized.mode == "seize"
    assert [a.text for a in seized.actor] == [actor]


def test_reg14_a_locality_cleared_of_rubbish_is_no_seizure(nlp):
    """The same nouns where nothing is taken: a council clearing a locality of rubbish seizes nothing."""
    found = events(nlp, "The municipal council cleared the locality of rubbish in Omdurman on Monday.", DAY)
    assert not [e for e in found if e.event_type == "COERCE"]


@pytest.mark.parametrize("text, actor", [
    ("Eight civilians were killed in an RSF drone strike in El Fasher on Sunday.", "RSF"),
    ("Three soldiers were killed in a TTP attack in Bannu on Monday.", "TTP"),
    ("Four people were killed in an al-Shabaab attack in Mogadishu on Friday.", "al-Shabaab"),
    ("Two soldiers were wounded in a PDF ambush near Gangaw on Tuesday.", "PDF"),
])
def test_reg14_a_group_named_before_its_attack_is_the_attacker(nlp, text, actor):
    """The press of each region names its armed groups by their initials or names before the attack noun ("killed
    in an RSF drone strike", "a TTP attack"): that group is the attacker of the agentless passive, as "Russian" is in
    "killed in Russian shelling"."""
    attack = only(events(nlp, text, DAY), "ASSAULT")
    assert [a.text for a in attack.actor] == [actor]


@pytest.mark.parametrize("text", [
    "Three soldiers were killed in a Bannu attack on Monday.",
    "Eight civilians were killed in a Kherson drone strike on Sunday.",
])
def test_reg14_a_place_named_before_an_attack_is_no_attacker(nlp, text):
    """A place named before the attack noun ("a Bannu attack") says where, not who: the attack keeps no actor."""
    attack = only(events(nlp, text, DAY), "ASSAULT")
    assert attack.actor == []


@pytest.mark.parametrize("text, recipient", [
    ("The Army chief appreciated the role of Saudi Arabia in regional peace on Monday.", "Saudi Arabia"),
    ("The Prime Minister appreciated China's support for Pakistan during the floods.", "China"),
    ("The visiting dignitary acknowledged the sacrifices of the Pakistan Army on Tuesday.", "Pakistan Army"),
])
def test_reg14_a_partys_role_appreciated_is_praise(nlp, text, recipient):
    """State media and official releases of South Asia and the Gulf praise a party by "appreciating" or
    "acknowledging" its role, support or sacrifices: verbal support (SUPPORT, CAMEO 051) of the party that owns
    them, not of the party helped."""
    praise = only(events(nlp, text, DAY), "SUPPORT")
    assert [r.text for r in praise.recipient] == [recipient]


@pytest.mark.parametrize("text", [
    "The rupee appreciated against the dollar in Karachi on Monday.",
    "The spokesman said he appreciated the question from the BBC reporter.",
    "Pakistan acknowledged the role of its intelligence officers in the killing in Lahore.",
])
def test_reg14_other_appreciations_are_no_praise(nlp, text):
    """A currency that appreciates, a question appreciated, a role in a killing acknowledged: no praise."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "SUPPORT"]
