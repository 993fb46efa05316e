"""Actors and recipients of the eighteenth pass (invented sentences): a place taken is no party, an adjective of
faith or people on a group noun names the group, "X and its allies" keeps the allies."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only


# -- a place seized is where the act is, not whom it is done to (docs/annotation.md: "A place is a recipient only
# when it is the target itself")

@pytest.mark.parametrize("text", [
    "Rebel fighters captured the riverside town of Dar Salim after two days of clashes.",
    "Army units seized the mountain village of Beit Nura on Thursday.",
    "The militia overran several districts in Burkina Faso last month.",
    "Pro-government forces took control of the Libyan town of Gharyan on Sunday.",
])
def test_a_place_seized_is_no_recipient(nlp, text):
    seizure = only(events(nlp, text), "COERCE")
    assert seizure.recipient == []


@pytest.mark.parametrize("text, holder", [
    ("Army units seized the mountain village of Beit Nura from the insurgents on Thursday.", "insurgents"),
    ("Government troops recaptured rebel-held areas of the province.", "rebel"),
])
def test_negative_the_party_a_place_is_taken_from_stays(nlp, text, holder):
    seizure = only(events(nlp, text), "COERCE")
    assert holder in [r.name for r in seizure.recipient]


def test_negative_people_seized_stay_recipients(nlp):
    seizure = only(events(nlp, "Gunmen seized three aid workers in a village near the border."), "ASSAULT")
    assert [r.text for r in seizure.recipient] == ["three aid workers"]


# -- an adjective of faith, people or creed on a group noun: the group acts, not the adjective

@pytest.mark.parametrize("text, event_type, group", [
    ("The Shia coalition warned that it would retaliate against any attack on its offices.", "THREATEN",
     "Shia coalition"),
    ("Alawite militias shelled the outskirts of the town overnight.", "ASSAULT", "Alawite militias"),
    ("The Islamist bloc rejected the draft constitution on Monday.", "REJECT", "Islamist bloc"),
])
def test_a_faith_adjective_of_a_group_names_the_group(nlp, text, event_type, group):
    event = only(events(nlp, text), event_type)
    assert [a.name for a in event.actor] == [group]


def test_a_faith_adjective_of_a_target_group_names_the_group(nlp):
    attack = only(events(nlp, "The army has been fighting the Salafist armed groups in the east."), "ASSAULT")
    assert [r.name for r in attack.recipient] == ["Salafist armed groups"]


def test_negative_a_country_demonym_of_a_state_force_stays_the_state(nlp):
    attack = only(events(nlp, "Nigerian troops attacked the militants near the border."), "ASSAULT")
    assert ids(attack.actor) == ["NGA"]


# -- "X and its allies": the allies are a party of their own, not X again

@pytest.mark.parametrize("text, event_type", [
    ("Britain and its allies launched new air strikes against the militants on Friday.", "ASSAULT"),
    ("Ethiopia and its regional partners signed an agreement to share intelligence.", "AGREE"),
])
def test_allies_joined_to_a_party_are_a_party(nlp, text, event_type):
    event = only(events(nlp, text), event_type)
    assert len(event.actor) == 2
    assert any(a.text.endswith(("allies", "partners")) for a in event.actor)


def test_negative_a_partys_own_allies_alone_stay_as_before(nlp):
    """"NATO allies" alone are the alliance's members: no second party is made up."""
    event = only(events(nlp, "NATO allies agreed to raise their defence spending on Tuesday."), "AGREE")
    assert len(event.actor) == 1


# -- the place of a state of violence or abuses is where it is, not whom a condemnation is aimed at

@pytest.mark.parametrize("text", [
    "Japan denounced the human rights abuses in northern Myanmar.",
    "Kenya condemned the escalation of hostilities in eastern Congo.",
])
def test_the_place_of_a_conflict_condemned_is_no_recipient(nlp, text):
    blame = only(events(nlp, text), "ACCUSE")
    assert blame.recipient == []


def test_negative_a_state_condemned_by_name_stays(nlp):
    blame = only(events(nlp, "The African Union condemned Mozambique for the renewed fighting."), "ACCUSE")
    assert ids(blame.recipient) == ["MOZ"]


# -- a town left is a place; the country left is the party whose ground the force leaves

def test_a_town_left_names_no_party(nlp):
    exit_ = only(events(nlp, "The jihadists abandoned a market town in southern Mali after a week of clashes."),
                 "RETREAT")
    assert exit_.recipient == []


def test_negative_the_country_left_stays(nlp):
    exit_ = only(events(nlp, "The last French soldiers left Mali on Monday."), "RETREAT")
    assert ids(exit_.recipient) == ["MLI"]


# -- people a country word describes are named as what they are; a state's organs stay the state

@pytest.mark.parametrize("text, event_type, people", [
    ("The European Union sanctioned eleven Iranian judges over the executions.", "SANCTION",
     "eleven Iranian judges"),
    ("Ottawa imposed sanctions on five Chinese businessmen accused of forced labour.", "SANCTION",
     "five Chinese businessmen"),
])
def test_people_a_country_word_describes_are_named_as_people(nlp, text, event_type, people):
    event = only(events(nlp, text), event_type)
    assert [r.name for r in event.recipient] == [people]


def test_negative_a_states_forces_stay_the_state(nlp):
    appeal = only(events(nlp, "The rights group urged Ethiopian forces to stop shelling the town."), "REQUEST")
    assert [r.name for r in appeal.recipient] == ["Ethiopia"]


# -- an operation launched against fighters is aimed at them; the forces an actor moves are no recipient

def test_fighters_an_offensive_is_launched_against_are_its_recipient(nlp):
    move = only(events(nlp, "Chadian troops launched a new offensive against Boko Haram fighters near the lake."),
                "MOBILIZE")
    assert ids(move.recipient) == ["NGA-BOKO-HARAM"]


def test_negative_forces_deployed_stay_no_recipient(nlp):
    move = only(events(nlp, "Chad deployed two battalions of special forces to the lake region."), "MOBILIZE")
    assert move.recipient == []
