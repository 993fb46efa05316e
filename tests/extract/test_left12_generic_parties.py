"""Parties that are no dictionary names: groups of people a report names by what they are ("police", "troops",
"gunmen", "protesters", "villagers"), and papers that speak for the body that issued them ("the statement said").
Invented sentences, no place told unless the test is about one; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Police beat demonstrators with batons outside the assembly on Tuesday.", "ASSAULT", "agent:COP", "agent:OPP"),
    ("Soldiers opened fire on the crowd outside the stadium on Saturday.", "ASSAULT", "agent:MIL", "agent:CVL"),
    ("Gunmen abducted eleven villagers before dawn on Sunday.", "ASSAULT", "agent:UAF", "agent:CVL"),
    ("Troops fired on protesters near the main square.", "ASSAULT", "agent:MIL", "agent:OPP"),
    ("Security forces arrested twelve students after the rally.", "COERCE", "agent:MIL", "agent:EDU"),
    ("The bandits, according to residents, also killed three farmers in the village.", "ASSAULT", "agent:CRM",
     "agent:AGR"),
    ("Dozens of riot police arrested the striking miners on Friday.", "COERCE", "agent:COP", "agent:LAB"),
])
def test_left12_group_does_a_physical_act_with_no_place(nlp, text, kind, actor, recipient):
    """A physical act (an attack, an arrest) done by a group named by what it is is an event though no name and no
    place is told: the group is its actor (a quantity noun counts what it quantifies: "dozens of riot police" are
    the police) and the group hit or held its recipient."""
    act = only(events(nlp, text, DAY), kind)
    assert [a.actor_id for a in act.actor] == [actor]
    assert [a.actor_id for a in act.recipient] == [recipient]


@pytest.mark.parametrize("text, kind, actor", [
    ("Hundreds of troops were deployed to the frontier on Monday.", "MOBILIZE", "agent:MIL"),
    ("Troops were deployed along the frontier.", "MOBILIZE", "agent:MIL"),
    ("The rebels seized three trucks of food aid.", "COERCE", "agent:REB"),
    ("The militants withdrew from the town after heavy fighting.", "RETREAT", "agent:REB"),
])
def test_left12_group_acts_alone(nlp, text, kind, actor):
    """A deployment, a seizure, a withdrawal of such a group is its event with no place told."""
    act = only(events(nlp, text, DAY), kind)
    assert [a.actor_id for a in act.actor] == [actor]


@pytest.mark.parametrize("text, recipient", [
    ("Two police officers were shot dead at a checkpoint on Monday.", "agent:COP"),
    ("Four soldiers were killed in an ambush overnight.", "agent:MIL"),
])
def test_left12_group_hurt_by_no_one_told(nlp, text, recipient):
    """A killing with no doer told, of a group named by what it is, is an attack with no actor (the guideline: "a
    death by violence is an ASSAULT with no actor")."""
    act = only(events(nlp, text, DAY), "ASSAULT")
    assert act.actor == []
    assert [a.actor_id for a in act.recipient] == [recipient]


@pytest.mark.parametrize("text", [
    "People are worried about the situation in the region.",
    "The situation remained tense across the region on Sunday.",
    "Residents said the area was calm on Saturday.",
    "Students returned to classes after the holiday.",
    "Workers arrived at the factory early on Monday.",
    "Villagers gathered their harvest before the rains.",
    "The soldiers returned to their barracks after the parade.",
    "Farmers planted maize after the first rains.",
    "Many people travelled to the coast for the holiday.",
    "Troops are trained to handle crowds.",
])
def test_left12_no_act_between_parties_stays_no_event(nlp, text):
    """People in general, a situation or a region are no party, and a group's journey, work or routine is no act
    between parties: no event, whether or not its subject is a group noun."""
    assert events(nlp, text, DAY) == []


@pytest.mark.parametrize("text, body", [
    ("The interior ministry issued a statement on Monday. The statement said police had arrested nine suspects "
     "in Karachi.", "interior ministry"),
    ("The army said in a statement on Sunday that it had repelled an attack in Bannu. The statement said troops "
     "killed four attackers near the town.", "army"),
    ("A statement issued by the military said troops killed four militants near Gao.", "military"),
    ("The military's statement said soldiers had destroyed a rebel camp in North Kivu.", "military"),
    ("Police in Lagos arrested nine suspects, according to a police statement.", "police"),
])
def test_left12_statement_speaks_for_its_issuer(nlp, text, body):
    """"The statement said", "according to the release": the claim is the issuing body's, named in the paper's
    own phrase ("a police statement", "issued by the military") or in the sentence that put the paper out ("the
    ministry issued a statement", "the army said in a statement"), not the paper's."""
    found = [e for e in events(nlp, text, DAY) if e.event_type in ("ASSAULT", "COERCE")]
    assert found and found[-1].status == "attributed"
    assert found[-1].attributed_to == body


def test_left12_statement_with_no_issuer_told_is_not_given_to_a_witness(nlp):
    """A paper whose issuer the text does not tell is not given to the last person who spoke: a witness's words
    are no release."""
    found = events(nlp, "A witness said the road was closed. According to the statement, police arrested ten "
                        "protesters in Harare.", DAY)
    act = only(found, "COERCE")
    assert act.status == "attributed" and act.attributed_to != "witness"


@pytest.mark.parametrize("text, actor", [
    ("Police blocked the road to the airport on Monday.", "agent:COP"),
    ("Troops blocked the main road into the city.", "agent:MIL"),
])
def test_left12_state_force_blocking_a_road_is_a_blockade(nlp, text, actor):
    """A road blocked by a state's own force is a blockade restricting movement (CAMEO 191, COERCE), not an
    obstruction in protest; the same verb with protesters stays a protest."""
    found = events(nlp, text, DAY)
    act = only(found, "COERCE")
    assert act.cameo == "191" and [a.actor_id for a in act.actor] == [actor]
    assert not [e for e in found if e.event_type == "PROTEST"]
    assert only(events(nlp, "Protesters blocked the road to the airport on Monday.", DAY), "PROTEST")


def test_left12_sentence_opening_riot_police_is_the_police(nlp):
    """"Riot police" opening a sentence: the capital is the sentence's, not a person's name, and the police act."""
    act = only(events(nlp, "Riot police fired tear gas at students who tried to reach the parliament.", DAY),
               "ASSAULT")
    assert [a.actor_id for a in act.actor] == ["agent:COP"]


def test_left12_arrest_at_a_university_is_not_the_universitys(nlp):
    """An agentless arrest "at" an organisation's grounds is not made by that organisation: no actor, the people
    held as recipients; an arrest "in" a city is still its state's authorities'."""
    act = only(events(nlp, "About 60 protesters were arrested at the University of Nairobi on Thursday.", DAY),
               "COERCE")
    assert act.actor == [] and [a.actor_id for a in act.recipient] == ["agent:OPP"]
    act = only(events(nlp, "Three men were arrested in Karachi on Monday.", DAY), "COERCE")
    assert [a.actor_id for a in act.actor] == ["PAK"]


def test_left12_force_losing_one_of_its_own_is_not_its_victim(nlp):
    """"Troops killed five militants. A Pakistani soldier was killed.": the soldier is the troops' own side, hit
    back; he is not one more victim of the troops' attack (the death stays an attack with no actor)."""
    found = events(nlp, "Troops killed five militants in the operation. However, a Pakistani soldier was killed "
                        "during the operation.", DAY)
    attacks = [e for e in found if e.event_type == "ASSAULT"]
    troops = next(e for e in attacks if [a.actor_id for a in e.actor] == ["agent:MIL"])
    assert [a.actor_id for a in troops.recipient] == ["agent:REB"]
    assert any(not e.actor and [a.text for a in e.recipient] == ["Pakistani soldier"] for e in attacks)


@pytest.mark.parametrize("text", [
    "Villagers abandoned the town after the floods.",
    "Thousands of residents fled the fighting on Sunday.",
    "Students left the campus before the storm.",
])
def test_left12_civilians_leaving_is_no_retreat(nlp, text):
    """Civilians who leave or flee do not withdraw a force: a deployment or a withdrawal with no named party is
    an armed group's only."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type in ("RETREAT", "MOBILIZE")]


@pytest.mark.parametrize("text, recipient", [
    ("About 300 riot police dispersed the rally with water cannon.", "agent:OPP"),
    ("Police fired tear gas at the march on Saturday.", "agent:OPP"),
    ("Police prevented the demonstration staged by students near the party offices.", "agent:EDU"),
])
def test_left12_force_used_on_a_protest_hits_its_protesters(nlp, text, recipient):
    """Force used on a gathering of protest ("dispersed the rally", "fired tear gas at the march") hits the people
    in it: the protesters, or those the text says staged it ("staged by students")."""
    act = next(e for e in events(nlp, text, DAY) if e.event_type in ("ASSAULT", "COERCE"))
    assert [a.actor_id for a in act.actor] == ["agent:COP"]
    assert [a.actor_id for a in act.recipient] == [recipient]


@pytest.mark.parametrize("text, actor", [
    ("Officers arrested forty people during the protest.", "agent:COP"),
    ("Army officers detained the provincial governor.", "agent:MIL"),
])
def test_left12_officers_are_a_force(nlp, text, actor):
    """Bare "officers" in a report of arrests are the police; "army officers" the military."""
    act = only(events(nlp, text, DAY), "COERCE")
    assert [a.actor_id for a in act.actor] == [actor]


def test_left12_an_officer_speaking_or_trained_is_no_event(nlp):
    """An officer who speaks or is trained does no act between parties."""
    assert events(nlp, "A senior officer said the operation was over.", DAY) == []
    assert events(nlp, "The officers were trained in Jordan.", DAY) == []


@pytest.mark.parametrize("text, victims", [
    ("Armed men kidnapped a priest on his way home.", ["priest"]),
    ("Gunmen abducted a pastor and two boys in Kaduna.", ["pastor", "two boys"]),
])
def test_left12_victims_named_by_their_role(nlp, text, victims):
    """People hit or taken named by their role or age ("a priest", "two boys") are the attack's recipients."""
    act = only(events(nlp, text, DAY), "ASSAULT")
    assert [a.actor_id for a in act.actor] == ["agent:UAF"]
    assert [a.text for a in act.recipient] == victims
