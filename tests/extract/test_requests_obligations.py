"""Appeals, demands and refusals as releases and wire reports write them (issue 17): a demand told as an obligation
("it is essential that X ...", "said X should / needs to ..."), the act it asks being no act told, refusals to be
drawn that are no refusal, and a rejected draft directed at its author. Every sentence was written for the
project."""

from __future__ import annotations

import pytest

from ._fictional import events, only

pytestmark = pytest.mark.slow


def ids(side):
    return [a.actor_id for a in side]


def requests(found):
    return [e for e in found if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Britain said it is imperative that Iran release the tanker.", "GBR", "IRN"),
    ("It is essential that Syria allow the inspectors into the site, the Dutch foreign minister said.", "NLD", "SYR"),
    ("It’s vital that Ethiopia respect the truce in Tigray, Kenya said.", "KEN", "ETH"),
])
def test_an_impersonal_obligation_is_a_demand_of_the_clause_subject(nlp, text, actor, recipient):
    found = events(nlp, text)
    e = only(found, "REQUEST")
    assert e.mode == "demand" and e.cameo == "100"
    assert ids(e.recipient) == [recipient] and actor in ids(e.actor)
    # the act asked is no act told: the demand is the event
    assert [x.event_type for x in found] == ["REQUEST"]


def test_an_impersonal_obligation_with_no_speaker_is_the_authors(nlp):
    e = only(events(nlp, "It is vital that Ethiopia respect the truce in Tigray."), "REQUEST")
    assert e.mode == "demand" and ids(e.recipient) == ["ETH"]
    assert [a.actor_id for a in e.actor] == [None] and e.actor[0].text == "It"


def test_the_authors_appeal_to_parties_named_by_a_common_noun_is_kept(nlp):
    e = only(events(nlp, "We call on all parties to respect the ceasefire."), "REQUEST")
    assert e.mode == "appeal" and [a.text for a in e.recipient] == ["parties"]


@pytest.mark.parametrize("text", [
    "It is vital that we keep supporting Ukraine.",
    "It is essential to restore calm in the capital.",
    "It is not necessary that Chile attend the summit.",
    "Experts say it is critical that the harvest arrives before the rains.",
])
def test_an_obligation_of_no_other_party_is_no_demand(nlp, text):
    assert requests(events(nlp, text)) == []


@pytest.mark.parametrize("text, actor, recipient", [
    ("Australia said China should lift its tariffs on barley.", "AUS", "CHN"),
    ("Peru said Bolivia needs to reopen the border crossing.", "PER", "BOL"),
    ("Norway said Russia ought to explain the incident.", "NOR", "RUS"),
])
def test_a_said_obligation_is_a_demand_of_its_subject(nlp, text, actor, recipient):
    e = only(events(nlp, text), "REQUEST")
    assert e.mode == "demand" and e.cameo == "100"
    assert ids(e.actor) == [actor] and ids(e.recipient) == [recipient]


def test_the_act_a_party_needs_to_do_is_asked_not_done(nlp):
    """"said China needs to release X": the demand of China is the event; the release asked is no event of its own
    (as "call on all parties to respect the ceasefire" is one REQUEST, docs/annotation.md)."""
    found = events(nlp, "Canada said China needs to release the two detained citizens.")
    assert [e.event_type for e in found] == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "The minister said the talks should resume next week.",
    "Chile said it should have acted sooner.",
    "Peru said we need to do more for the refugees.",
])
def test_a_said_obligation_of_no_other_party_is_no_demand(nlp, text):
    assert requests(events(nlp, text)) == []


@pytest.mark.parametrize("text", [
    "Egypt said Libya should be punished for the raid.",  # a passive subject is the one acted on, not asked
    "Serbia said Kosovo had to be isolated.",
    "Israel said Iran should have enough enriched uranium for a bomb within weeks.",  # a prediction
    "Chile said Peru should be ready to sign by June.",  # a state, no act asked
    "Denmark said Sweden should have closed the border earlier.",  # a reproach of the past
])
def test_a_said_modal_that_asks_no_act_is_no_demand(nlp, text):
    assert requests(events(nlp, text)) == []


@pytest.mark.parametrize("text", [
    "A Kremlin spokesman refused to be drawn on the report.",
    "The ministry declined to speculate on the motive.",
    "A Pentagon official refused to divulge the number of troops.",
])
def test_refusing_to_be_drawn_is_no_rejection(nlp, text):
    assert [e for e in events(nlp, text) if e.event_type == "REJECT"] == []


def test_a_refusal_to_act_stays_a_rejection(nlp):
    e = only(events(nlp, "Poland refused to sign the migration pact."), "REJECT")
    assert ids(e.actor) == ["POL"]


def test_a_vetoed_draft_is_directed_at_its_author_not_the_forum(nlp):
    e = only(events(nlp, "Russia vetoed the Security Council resolution drafted by Albania."), "REJECT")
    assert ids(e.recipient) == ["ALB"]


@pytest.mark.parametrize("text, actor, recipients", [
    ("The UN Secretary-General called on Armenia and Azerbaijan to refrain from shelling border villages.",
     "P-ANTONIO-GUTERRES", ["ARM", "AZE"]),
    ("Jordan urged Israel to desist from demolishing Palestinian homes.", "JOR", ["ISR"]),
])
def test_the_act_a_party_is_asked_to_refrain_from_is_no_act_told(nlp, text, actor, recipients):
    found = events(nlp, text)
    e = only(found, "REQUEST")
    assert ids(e.actor) == [actor] and ids(e.recipient) == recipients
    assert [x.event_type for x in found] == ["REQUEST"]  # no attack by the one appealing


def test_an_act_a_party_refrains_from_is_negated(nlp):
    e = only(events(nlp, "Russia refrained from attacking the convoy."), "ASSAULT")
    assert e.status == "negated"


def test_a_proposal_refused_is_not_directed_at_a_party_of_its_relative_clause(nlp):
    e = only(events(nlp, "Egypt said it will not accept any plan that displaces Palestinians into Sinai."), "REJECT")
    assert ids(e.actor) == ["EGY"] and e.recipient == []


def test_an_accepted_proposal_keeps_its_author_as_recipient(nlp):
    e = only(events(nlp, "Ukraine accepted the Turkish proposal for talks."), "AGREE")
    assert ids(e.recipient) == ["TUR"]
