"""Daily items of conflict reports (the style of a regional terrorism portal): generic forces written in capitals
and their abbreviation ("Security Forces (SFs)", "the Police"), killings by blade and bombings told by phrasal verbs,
and a suicide bomber whose victims are the dead, not himself. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only


@pytest.mark.parametrize(("text", "event_type", "actor"), [
    ("Two cadres were killed in an exchange of fire with Security Forces (SFs) in a forest near Sukma.",
     "ASSAULT", "agent:MIL"),
    ("A militant was shot dead by SFs during a search operation in the Kupwara District.", "ASSAULT", "agent:MIL"),
    ("SFs arrested three associates of the Hizbul Mujahideen in the Sopore area of Baramulla.", "COERCE", "agent:MIL"),
    ("The Police arrested two smugglers of the Lashkar-e-Taiba near Samba.", "COERCE", "agent:COP"),
])
def test_a_generic_force_in_capitals_or_abbreviated_is_a_generic_party_not_a_new_name(nlp, text, event_type, actor):
    event = only(events(nlp, text), event_type)
    assert ids(event.actor)[:1] == [actor]


def test_a_name_that_holds_a_generic_word_stays_a_name(nlp):
    from annalyst.extract.agents import generic_name

    assert generic_name("Security Forces") == "MIL" and generic_name("the Police") == "COP"
    assert generic_name("SFs") == "MIL"
    assert generic_name("Pakistan Army") is None and generic_name("Free Syrian Army") is None
    assert generic_name("security forces") is None  # lower case is the ordinary noun, read by agent_code
    event = only(events(nlp, "The Pakistan Army shelled villages near Kotli on Monday."), "ASSAULT")
    assert ids(event.actor) == ["PAK-ARMY"]


def test_hacked_to_death_is_a_killing_and_hacking_a_network_is_not(nlp):
    event = only(events(nlp, "A mob hacked two traders to death in Jos on Friday."), "ASSAULT")
    assert (event.cameo, event.mode) == ("1823", "primitive")
    assert [e.event_type for e in events(nlp, "Hackers from Russia hacked into the ministry's computer network.")] \
        != ["ASSAULT"]


def test_blowing_up_a_building_is_a_bombing_and_blowing_oneself_up_a_suicide_attack(nlp):
    bombing = only(events(nlp, "Rebels blew up a railway bridge near Kassala in Sudan on Sunday."), "ASSAULT")
    assert (bombing.cameo, bombing.mode) == ("183", "explosives")
    suicide = only(events(nlp, "A suicide bomber blew himself up near a police station in Quetta, killing four "
                               "policemen."), "ASSAULT")
    assert (suicide.cameo, suicide.mode) == ("1831", "suicide-attack")
    assert ids(suicide.recipient) == ["agent:COP"]  # the dead, not the bomber nor the town
    assert events(nlp, "Talks between the two parties blew up over the weekend.") == []


def test_the_toll_of_a_suicide_bombing_names_its_victims(nlp):
    event = only(events(nlp, "At least nine persons were killed when a suicide bomber blew himself up outside a "
                             "mosque in Bannu."), "ASSAULT")
    assert [a.text for a in event.recipient] == ["At least nine persons"]


def test_engage_is_an_attack_on_a_party_talks_in_talks_and_nothing_in_road_works(nlp):
    attack = only(events(nlp, "Indian troops engaged Pakistani forces along the Line of Control."), "ASSAULT")
    assert ids(attack.recipient) == ["PAK"]
    assert [e.event_type for e in events(nlp, "Iran engaged in talks with the European Union in Vienna.")] == \
        ["CONSULT"]
    found = events(nlp, "Maoists torched three vehicles engaged in road construction in the Gadchiroli District of "
                        "Maharashtra.")
    assert [e.evidence[0].trigger for e in found] == ["torched"]  # no attack by the vehicles' work


def test_a_surrender_of_unnamed_fighters_in_a_told_place_is_news(nlp):
    event = only(events(nlp, "Eleven rebels surrendered before the authorities in the Dantewada District of "
                             "Chhattisgarh on Monday."), "RETREAT")
    assert ids(event.actor) == ["agent:REB"]


@pytest.mark.parametrize(("text", "actor"), [
    ("A civilian was killed in cross-border shelling by the Pakistani Army in the Poonch District.", "PAK-ARMY"),
    ("Two soldiers were killed in an attack by Taliban fighters in Kunduz.", "AFG-TALIBAN"),
    ("Three villagers were wounded in shelling by Russian forces in Kherson.", "RUS"),
])
def test_the_attacker_of_a_passive_toll_is_the_by_phrase_of_its_attack_noun(nlp, text, actor):
    event = only(events(nlp, text), "ASSAULT")
    assert ids(event.actor) == [actor]
    assert [a.actor_id for a in event.recipient][0].startswith("agent:")  # the dead, not the attacker's place


def test_foiling_tells_no_act_and_a_vehicle_rammed_into_a_convoy_hits_the_convoy(nlp):
    found = events(nlp, "Soldiers foiled an infiltration bid along the border and killed two intruders near Uri.")
    assert [e.evidence[0].trigger for e in found] == ["killed"]
    event = only(events(nlp, "A suicide bomber rammed a truck into a military convoy in the Bannu District."),
                 "ASSAULT")
    assert ids(event.recipient) == ["agent:MIL"]


def test_a_toll_told_of_two_groups_shares_its_fight_and_a_word_of_a_name_is_no_act(nlp):
    event = only(events(nlp, "A soldier was killed and two others injured in an exchange of fire with militants "
                             "in the Kupwara District."), "ASSAULT")
    assert ids(event.actor) == ["agent:REB"]
    found = events(nlp, "On May 14, 2025, Assam Rifles recovered arms and ammunition from a cadre of the United "
                        "Liberation Front of Asom in the Tinsukia District.")
    assert [e.evidence[0].trigger for e in found] == ["recovered"]  # no liberation: a word of the group's name


def test_a_harm_clause_on_the_attacker_names_no_victim_of_the_attack(nlp):
    found = events(nlp, "The militia, which killed 30 villagers last year, attacked a police checkpoint in Kandahar "
                        "on Sunday.")
    attack = [e for e in found if e.evidence[0].trigger == "attacked"]
    assert len(attack) == 1 and ids(attack[0].recipient) == ["agent:COP"]


def test_a_by_phrase_inside_the_condemned_attack_names_no_attacker(nlp):
    event = only(events(nlp, "Germany condemned the attack on a convoy escorted by Kenyan peacekeepers in Somalia."),
                 "ACCUSE")
    assert ids(event.recipient) == []  # the escorts did not attack


def test_civilians_moved_out_are_the_recipient_unlike_ones_own_troops(nlp):
    moved = only(events(nlp, "Ukraine withdrew 300 civilians from Bakhmut on Monday."), "RETREAT")
    assert ids(moved.recipient) == ["agent:CVL"]
    own = only(events(nlp, "Ukraine withdrew 300 troops from Bakhmut on Monday."), "RETREAT")
    assert ids(own.recipient) == []
