"""Analyses and explainers: trigger words in an ordinary sense, one act told twice, and the background of a group.

News analyses and explainers about politics and conflict use the verbs of seizure, arrest and mobilisation in their
ordinary sense, tell an act together with its means or its result, and say who a group is by its members' past.
Each case pairs such a sentence with one where the same word tells an act. Invented sentences with real place
names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def _types(found) -> list[str]:
    return sorted(e.event_type for e in found)


@pytest.mark.parametrize("other_sense, act, act_type", [
    ("Ukraine hopes to seize the initiative before the winter sets in.",
     "The army seized the town of Kupiansk on Monday.", "COERCE"),
    ("Many students picked up the struggle against the junta after the coup.",
     "Security forces picked up three activists outside the court in Harare.", "COERCE"),
    ("The junta has mobilised support among rural voters ahead of the referendum.",
     "Egypt mobilised two brigades along the Libyan frontier on Sunday.", "MOBILIZE"),
    ("Ankara is trying to contain the crisis in northern Syria.",
     "Riot police contained the protesters inside the square in Tbilisi for six hours.", "COERCE"),
    ("Nigeria has been wrestling with a surge in kidnappings since 2020.",
     "Police grappled with the gunman outside the embassy in Nairobi.", "ASSAULT"),
    ("European leaders mustered the resolve to confront Moscow.",
     "The army mustered 5,000 troops near the border with Armenia.", "MOBILIZE"),
])
def test_spur13_verb_with_an_abstract_object_is_its_ordinary_sense(nlp, other_sense, act, act_type):
    """A verb of seizure, arrest, containment, mobilisation or attack needs a party, a place, property or forces
    to act on; with an abstract object ("the initiative", "the fight", "support", "the crisis", "the resolve", "a
    rise in attacks" in its "with" phrase) it is used in its ordinary sense and tells no coercion, deployment or
    attack. The same verb with a town, people or troops stays the act."""
    assert not [e for e in events(nlp, other_sense, DAY) if e.event_type in ("COERCE", "MOBILIZE", "ASSAULT")]
    assert only(events(nlp, act, DAY), act_type)


@pytest.mark.parametrize("criticism, attack", [
    ("The opposition attacked the budget as reckless.", "Gunmen attacked a police convoy near Peshawar on Monday."),
    ("Washington is targeting a deal with Hanoi before the summit.",
     "Drones targeted the airport in Khartoum on Sunday."),
])
def test_spur13_attack_on_an_idea_is_no_assault(nlp, criticism, attack):
    """A verb of attack whose object is a plan, a budget or a deal criticises it or aims at it: nothing is harmed,
    no ASSAULT. An attack on a convoy or an airport stays one; "imposed martial law" stays a coercion (the idea
    nouns count only for attacks)."""
    assert not [e for e in events(nlp, criticism, DAY) if e.event_type == "ASSAULT"]
    assert only(events(nlp, attack, DAY), "ASSAULT")


@pytest.mark.parametrize("circumstance, coerced, coercer", [
    ("Ugandan troops were forced to abandon two outposts last month.",
     "Gunmen forced the driver to stop the bus near Mandera on Friday.", "Gunmen"),
    ("Many families were forced to leave Khartoum as the fighting spread.",
     "The militia forced villagers to leave their homes in Ituri on Sunday.", "militia"),
])
def test_spur13_agentless_forced_to_is_no_coercion(nlp, circumstance, coerced, coercer):
    """An agentless passive "was forced to <act>" says the circumstances left the party no choice: no one is told
    coercing it, so no COERCE is coded (its subject is no recipient of anyone's act). Named coercers stay."""
    assert not [e for e in events(nlp, circumstance, DAY) if e.event_type == "COERCE"]
    act = only(events(nlp, coerced, DAY), "COERCE")
    assert coercer in " ".join(a.text for a in act.actor)


@pytest.mark.parametrize("spelled, kept, alone", [
    ("On Tuesday the rebels stepped up their attacks by seizing a tanker off Hodeidah.", ["COERCE"],
     "The Houthis stepped up their attacks on shipping in the Red Sea this week."),
    ("Israel escalated its strikes on Monday by bombing the airport in Sanaa.", ["ASSAULT"],
     "The army intensified its shelling of Bakhmut on Sunday."),
])
def test_spur13_act_spelled_out_by_its_means_is_one_act(nlp, spelled, kept, alone):
    """"stepped up their attacks by seizing a tanker": the "by" gerund tells what the attacks were, so the act is
    coded once, by the gerund (the more specific word), not again as an attack of its own. With no "by" gerund,
    the light verb and its noun tell the attacks themselves."""
    assert _types(events(nlp, spelled, DAY)) == kept
    assert only(events(nlp, alone, DAY), "ASSAULT")


@pytest.mark.parametrize("result, own_clause, act_type", [
    ("The rebels seized the capital in 2014, forcing the cabinet to move to the south.",
     "The rebels forced the cabinet to move to the south in 2014.", "COERCE"),
    ("Chadian troops shelled the rebel positions near Abeche, ending their siege of the town.",
     "Russia ended its blockade of the port on Sunday.", "CONCEDE"),
])
def test_spur13_participle_of_result_is_the_same_act(nlp, result, own_clause, act_type):
    """A participle of causing after an act, with no subject of its own ("overran the capital, forcing the
    government to flee"), tells that act's result: one act. Told in a clause of its own, the same verb is the act."""
    found = events(nlp, result, DAY)
    assert len(found) == 1, [(e.event_type, e.evidence[0].trigger) for e in found]
    assert only(events(nlp, own_clause, DAY), act_type)


@pytest.mark.parametrize("members, act", [
    ("The brigade is made up of militiamen who broke away from the ruling party's youth wing.",
     "M23 fighters attacked an army base near Goma on Monday."),
    ("The rebel movement is largely made up of officers who defected from the national army in 2019.",
     "Former soldiers ambushed an army patrol near Beni on Sunday."),
])
def test_spur13_members_past_says_who_a_group_is(nlp, members, act):
    """A relative clause on the people a group is made of ("made up of militiamen who split from the party's youth
    wing") says who its members are: background, no act the text reports. An act of such people told as news stays."""
    assert events(nlp, members, DAY) == []
    assert only(events(nlp, act, DAY), "ASSAULT")


def test_spur13_noun_in_the_phrase_of_a_stance_is_its_topic(nlp):
    """"Hanoi's rejection of Chinese demands": the demands are what the rejection is on, named as its topic; no demand
    is coded anew. A demand told as made stays a REQUEST."""
    assert not [e for e in events(nlp, "Hanoi's rejection of Chinese demands points to a long standoff.", DAY)
                if e.event_type == "REQUEST"]
    assert only(events(nlp, "The US demanded on Monday that Iran halt enrichment.", DAY), "REQUEST")


@pytest.mark.parametrize("told_again, new_attack", [
    ("Israeli jets struck the port of Hodeidah on Thursday. The strike killed four dock workers.",
     "Israeli jets struck the port of Hodeidah on Thursday. A second strike killed three fishermen in Mocha on "
     "Friday."),
    ("The army shelled Bakhmut on Sunday. The shelling destroyed two schools.",
     "The army shelled Bakhmut on Sunday. Russian shelling killed three civilians in Kherson."),
])
def test_spur13_definite_attack_noun_after_an_attack_is_its_toll(nlp, told_again, new_attack):
    """"The strike killed four dock workers" after a sentence that told the strike: the definite noun with nothing
    of its own names that attack again, and its harm is that attack's toll (one act, one event). "A second strike",
    or a noun with its own attacker or place, is a new attack."""
    found = events(nlp, told_again, DAY)
    assert len(found) == 1, [(e.event_type, e.evidence[0].trigger) for e in found]
    assert _types(events(nlp, new_attack, DAY)) == ["ASSAULT", "ASSAULT"]


@pytest.mark.parametrize("no_act, act, act_type", [
    ("Kenyan troops mounted a raid to free the hostages but failed, leaving the gunmen in control of the camp.",
     "Iran failed to comply with its nuclear obligations in May.", "REJECT"),
    ("The militia says it fights for the rights of Fulani herders.",
     "The militia says it fought the army near Mopti on Monday.", "ASSAULT"),
])
def test_spur13_failed_attempt_and_fighting_for_a_cause_tell_no_act(nlp, no_act, act, act_type):
    """A bare "failed" says an attempt came to nothing (no refusal: REJECT is non-compliance, "failed to comply");
    a present-tense "fights for the rights of X" with no one fought says what a party stands for (a general stance,
    docs/annotation.md), not an attack on X. Fighting a named enemy on a day stays an attack."""
    assert not [e for e in events(nlp, no_act, DAY) if e.event_type == act_type]
    assert only(events(nlp, act, DAY), act_type)


def test_spur13_act_told_as_a_cause_is_no_help(nlp):
    """"The US withdrawal emboldened the Taliban": the withdrawal (an act, coded as such) is what emboldened them, a
    cause told in an analysis, no support the US gave; the US helping a party itself stays help."""
    found = events(nlp, "The US withdrawal from Afghanistan in 2021 emboldened the Taliban.", DAY)
    assert _types(found) == ["RETREAT"]
    assert only(events(nlp, "The US supported the Afghan army with air strikes on Monday.", DAY), "AID")
