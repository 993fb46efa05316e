"""What an appeal, a demand, an agreement or a discussion asks, agrees on or weighs is no event of its own: the
appeal, demand, agreement or talk is the event (docs/annotation.md: "we call on all parties to respect the
ceasefire" is one REQUEST, its recipient the party asked). Acts the sentence tells as done stay. Invented sentences
with real names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"


def _names(side) -> list[str]:
    return [a.text for a in side]


@pytest.mark.parametrize("text, recipient", [
    ("We call on the Sudanese government to end its bombing of towns and to let aid convoys into Darfur.",
     "Sudanese government"),
    ("The Secretary-General appealed to Armenia and Azerbaijan to exercise restraint and to resume negotiations.",
     "Armenia"),
    ("The Minister called on Hamas to release the hostages and to stop firing rockets into Israel.", "Hamas"),
    ("Washington pressed Riyadh to end its blockade of Qatar and to restore flights.", "Riyadh"),
])
def test_asked11_every_act_an_appeal_asks_is_no_event(nlp, text, recipient):
    """The acts of an appeal's clause, the second and later ones joined by "and" too, are asked, not told: one
    REQUEST addressed to the party asked, no access, talks or attack of its own."""
    found = events(nlp, text, DAY)
    request = only(found, "REQUEST")
    assert recipient in _names(request.recipient)
    assert [e.event_type for e in found] == ["REQUEST"]


@pytest.mark.parametrize("text, recipient", [
    ("Japan requested that the Security Council hold urgent consultations on the missile launch.", "Security Council"),
    ("Ukraine asked that Germany supply more air defence systems.", "Germany"),
    ("The EU insisted that Belarus release all political prisoners.", "Belarus"),
])
def test_asked11_the_that_clause_of_a_request_is_asked(nlp, text, recipient):
    """"requested that X hold consultations", "asked that X supply": the clause's verb is in the subjunctive of
    what is asked; the request (to the clause's subject) is the event, no consultation or aid told."""
    found = events(nlp, text, DAY)
    assert [e.event_type for e in found] == ["REQUEST"]
    assert recipient in _names(found[0].recipient)


@pytest.mark.parametrize("text, recipient", [
    ("The Prime Minister said that Iran must release the detained tanker immediately.", "Iran"),
    ("The NATO ministers emphasised that Russia must withdraw its forces from Georgia.", "Russia"),
    ("Both Israel and Hamas must halt their attacks and protect civilians.", "Israel"),
])
def test_asked11_a_stated_obligation_is_a_demand_not_the_act(nlp, text, recipient):
    """"said X must release", "emphasised that X must withdraw", and a release's own "X must halt their attacks":
    a demand (REQUEST demand) of X; the release, withdrawal, halt or the attacks to be halted are no act told."""
    found = events(nlp, text, DAY)
    demand = only(found, "REQUEST")
    assert demand.mode == "demand" and demand.status == "asserted"
    assert recipient in _names(demand.recipient)
    assert [e.event_type for e in found] == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "We must defeat ISIL.",
    "All communities must cooperate to rebuild the country.",
    "Germany said the attack must not prevent the talks from going ahead.",
])
def test_asked11_the_speakers_own_or_an_unnamed_duty_is_no_demand(nlp, text):
    """The speaker's own side ("we must"), people no name tells ("all communities must") and a subject that is no
    party at all ("said the attack must not prevent ...": a resolve, no party asked) make no demand."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "REQUEST"]


def test_asked11_a_passive_obligation_asks_nothing_of_its_subject(nlp):
    """"stressed that Al-Shabaab must be defeated": the group is the party to be acted on, not the party asked; the
    demand has no recipient and the defeat is no attack told."""
    found = events(nlp, "The members of the Security Council stressed that Al-Shabaab must be defeated.", DAY)
    assert [e.event_type for e in found] == ["REQUEST"]
    assert found[0].recipient == []


@pytest.mark.parametrize("text, actor", [
    ("The foreign ministers of Chad, Niger and Mali agreed that the three countries would expand cooperation on "
     "border security.", "Chad"),
    ("France and Saudi Arabia agreed that Hezbollah should disarm.", "France"),
    ("Britain and France agreed that all countries should ensure the rebels allow investigators into the area.",
     "Britain"),
])
def test_asked11_what_an_agreement_says_is_to_be_done_is_no_act(nlp, text, actor):
    """"agreed that X would expand cooperation", "agreed that X should disarm": one AGREE by those who agreed; the
    cooperation or disarmament agreed on is no second event."""
    found = events(nlp, text, DAY)
    agree = only(found, "AGREE")
    assert actor in " ".join(_names(agree.actor))
    assert [e.event_type for e in found] == ["AGREE"]


@pytest.mark.parametrize("text", [
    "Trudeau and Lopez Obrador discussed ways in which Canada and Mexico can work together on trade.",
    "The Indian and Japanese defence ministers discussed how India and Japan could strengthen defence cooperation.",
    "Macron and Scholz discussed whether Europe could supply more shells to Ukraine.",
])
def test_asked11_the_ways_a_discussion_weighs_are_no_act(nlp, text):
    """"discussed ways in which X and Y can work together", "discussed how/whether X could ...": the talk is the
    event (CONSULT), the cooperation or aid weighed is its topic."""
    found = events(nlp, text, DAY)
    assert [e.event_type for e in found] == ["CONSULT"]


@pytest.mark.parametrize("text, kept", [
    ("The court ruling allowed the opposition to hold rallies in the capital.", []),
    ("Russian officials were barred from traveling to the summit.", ["SANCTION"]),
])
def test_asked11_what_a_permission_or_a_ban_concerns_is_no_act(nlp, text, kept):
    """What a permission allows and what a ban keeps a party from doing are not told as done: no rally, no
    (negated) visit; the ban itself is the event."""
    assert sorted(e.event_type for e in events(nlp, text, DAY)) == kept


@pytest.mark.parametrize("text, kept", [
    ("Britain welcomed the agreement under which Russia withdrew its troops from the island.", "RETREAT"),
    ("Kabulov proposed that Russia should arm the Taliban against ISKP.", "AID"),
    ("The Security Council demanded that Houthi forces stop attacking ships and condemned the attacks on merchant "
     "vessels.", "ACCUSE"),
])
def test_asked11_acts_told_beside_an_appeal_or_agreement_stay(nlp, text, kept):
    """Negatives: an act told as done inside a clause of the agreement ("under which Russia withdrew"), the act a
    proposal puts forward (the proposal is no appeal to anyone; the act stays, proposed) and a second verb of the
    speaker the parser hangs on the act asked ("demanded that X stop ... and condemned ...") keep their events."""
    assert kept in [e.event_type for e in events(nlp, text, DAY)]
