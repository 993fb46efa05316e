"""The rarer types RETREAT, CONCEDE and MOBILIZE as defence ministries, foreign ministries and wire services tell
them: withdrawals with the party they leave, drawdowns and pullbacks, evacuated embassy staff, captives handed back,
restrictions ended or relaxed, mobilisations and build-ups, and deployments announced for later; with the same words
in senses that are no such event (a product released, a drawdown of stocks, mobilised funds). Invented sentences with
real country names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

pytestmark = pytest.mark.slow

DAY = "2026-11-25"  # a Wednesday


def ids(side) -> list[str]:
    return sorted(a.actor_id or a.text for a in side)


@pytest.mark.parametrize("text, actor, left, negative", [
    ("Chad withdrew its soldiers from Mali on Monday.", "TCD", "MLI",
     "The bank withdrew its support for the merger on Monday."),
    ("Spain pulled its forces out of Lebanon after the vote.", "ESP", "LBN",
     "Investors pulled out of emerging markets last week."),
    ("Italy evacuated its embassy staff from Libya as the fighting spread.", "ITA", "LBY",
     "The hospital evacuated its patients as the fire spread."),
    ("Kenya recalled its troops from Somalia after the attack.", "KEN", "SOM",
     "The carmaker recalled 20,000 vehicles over faulty brakes."),
    ("Togo brought its soldiers home from Mali in March.", "TGO", "MLI", "The team brought home the trophy from Paris."),
    ("Britain evacuated its diplomats from Sudan over the weekend.", "GBR", "SDN",
     "Shell evacuated its staff from the Niger Delta after the attack."),
])
def test_rare1_the_party_a_withdrawal_leaves_is_its_recipient(nlp, text, actor, left, negative):
    """A withdrawal "from X" or "out of X" with X a named country: X is the recipient (the place's party, as PLOVER's
    records code "the withdrawal of forces from Panama"); the forces withdrawn ("its soldiers") are the actor's own
    and never the recipient. Evacuating embassy staff from a country is leaving it (the guideline's RETREAT), and so
    are forces recalled or brought home; support withdrawn, investors pulling out, patients evacuated, a firm's staff
    evacuated, cars recalled and a trophy brought home are no withdrawal of forces."""
    e = only(events(nlp, text, DAY), "RETREAT")
    assert ids(e.actor) == [actor] and ids(e.recipient) == [left]
    assert not [e for e in events(nlp, negative, DAY) if e.event_type == "RETREAT"]


@pytest.mark.parametrize("text, negative", [
    ("Ukrainian troops disengaged from the ridge at Klishchiivka on Friday.",
     "Two soldiers fell in the battle for the town."),
    ("The last Spanish troops left the base at Herat on Monday.", "The minister returned to Kabul on Friday."),
])
def test_rare1_a_place_where_forces_were_is_no_recipient(nlp, text, negative):
    """A town or a position the forces leave or disengage from names no party (docs/annotation.md: a place is a
    recipient only as a target): the withdrawal stands with its actor and no recipient. Soldiers who fell (died)
    did not fall back, and a minister returning home withdraws nothing."""
    e = only(events(nlp, text, DAY), "RETREAT")
    assert e.actor and not e.recipient
    assert not [e for e in events(nlp, negative, DAY) if e.event_type == "RETREAT"]


@pytest.mark.parametrize("text, actor, negative", [
    ("Britain completed the drawdown of its forces from Helmand province on Monday.", "GBR",
     "The oil company reported a drawdown of crude stocks in October."),
    ("Denmark will reduce its contingent in Iraq to 100 soldiers.", "DNK", "The army cut its budget for new tanks."),
    ("Germany scaled back its military presence in Mali last year.", "DEU", "The bank scaled back its presence in Asia."),
    ("Turkey began pulling back its troops from the observation posts.", "TUR",
     "The bank pulled back from lending to small firms."),
    ("Germany reduced its forces in Mali last year.", "DEU", "Google reduced its personnel in Russia last year."),
])
def test_rare1_drawdowns_and_pullbacks_are_withdrawals(nlp, text, actor, negative):
    """Forces drawn down, reduced, scaled back or pulled back are a (partial) withdrawal (CAMEO 0874, RETREAT); the
    size they are cut to ("to 100 soldiers") is no party. The same verbs with no forces (stocks, a budget, a
    commercial presence, lending, a firm's personnel) are no withdrawal."""
    e = only(events(nlp, text, DAY), "RETREAT")
    assert e.mode == "withdraw" and ids(e.actor) == [actor]
    assert not [a for a in e.recipient if "soldiers" in a.text]
    assert not [e for e in events(nlp, negative, DAY) if e.event_type == "RETREAT"]


@pytest.mark.parametrize("text, beneficiary, negative", [
    ("Russia returned 48 children to Ukraine under a deal brokered by Qatar.", "UKR",
     "The teacher returned the children to school after lunch."),
    ("Armenia returned two Azerbaijani soldiers who had strayed across the border.", "AZE",
     "Greece returned 300 migrants to Turkey on Monday."),
    ("Ukraine returned 50 prisoners of war on Friday.", None, "The studio released the second season of the show."),
])
def test_rare1_captives_handed_back_are_released(nlp, text, beneficiary, negative):
    """People taken or held handed back (CAMEO 0841 return, release persons; RETREAT release): the party that
    benefits is the recipient, the country they go back to or the people named by their country. Children taken
    back to school, migrants sent back (a deportation) and a season of a show are no release."""
    e = only(events(nlp, text, DAY), "RETREAT")
    assert e.mode == "release" and e.cameo == "0841"
    if beneficiary:
        assert ids(e.recipient) == [beneficiary]
    assert not [e for e in events(nlp, negative, DAY) if e.event_type == "RETREAT"]


@pytest.mark.parametrize("text", [
    "Samsung released a new phone on Tuesday.",
    "Sony released a new console in Japan on Friday.",
])
def test_rare1_products_released_are_no_release(nlp, text):
    """A product released is no release of captives (no RETREAT), while people released stay one."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "RETREAT"]
    assert only(events(nlp, "Iran released two French nationals on Friday.", DAY), "RETREAT").mode == "release"


@pytest.mark.parametrize("text, actor, negative", [
    ("Jordan ended the curfew in Zarqa on Sunday.", "JOR", "The concert ended the festival in Zarqa on Sunday."),
    ("Vietnam relaxed its border controls on Monday.", "VNM", "The team relaxed after the match."),
    ("Nepal eased its lockdown on Friday.", "NPL", "The runner eased off in the final lap on Friday."),
])
def test_rare1_restrictions_ended_or_relaxed_are_concessions(nlp, text, actor, negative):
    """A curfew, state of emergency or lockdown ended, controls relaxed or loosened: restrictions eased (CAMEO 081,
    the guideline's CONCEDE); ending a festival or relaxing after a match concedes nothing."""
    e = only(events(nlp, text, DAY), "CONCEDE")
    assert ids(e.actor) == [actor] and e.cameo == "081"
    assert not [e for e in events(nlp, negative, DAY) if e.event_type == "CONCEDE"]


@pytest.mark.parametrize("text, actor, negative", [
    ("Armenia announced a general mobilisation on Sunday.", "ARM",
     "The bank announced the mobilisation of funds for small firms."),
    ("Russia continued its military buildup near the border.", "RUS",
     "The country's debt buildup worried investors."),
])
def test_rare1_mobilisations_and_buildups_are_mobilize(nlp, text, actor, negative):
    """A general or partial mobilisation and a build-up of forces are forces mobilised (CAMEO 154, MOBILIZE); funds
    mobilised and a build-up of debt are none."""
    e = only(events(nlp, text, DAY), "MOBILIZE")
    assert ids(e.actor) == [actor]
    assert not [e for e in events(nlp, negative, DAY) if e.event_type == "MOBILIZE"]


def test_rare1_a_deployment_announced_for_later_is_the_planned_move(nlp):
    """"will deploy troops to X, the alliance said": the planned deployment (MOBILIZE, status predicted: the
    guideline's "announced as planned"), not a threat of force against the partner it goes to; a deployment warned
    of on a condition stays a threat."""
    found = events(nlp, "NATO will deploy 3,000 more troops to Romania, the alliance said.", DAY)
    assert only(found, "MOBILIZE").status == "predicted"
    assert not [e for e in found if e.event_type == "THREATEN"]
    warned = events(nlp, "Russia warned it would deploy missiles to Kaliningrad if NATO expanded.", DAY)
    assert only(warned, "THREATEN") and not [e for e in warned if e.event_type == "MOBILIZE"]


@pytest.mark.parametrize("text", [
    "The Kenyan cabinet authorized the purchase of two patrol boats.",
    "The Treasury authorized a payment of $2 million to the contractors on Monday.",
])
def test_rare1_an_authorized_purchase_or_payment_is_no_concession(nlp, text):
    """Authorizing a purchase, a payment or a programme is the authority's own act, not yielding to anyone (no
    CONCEDE); authorizing a party to act ("authorized the opposition to hold a rally") is left to the clause rule."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "CONCEDE"]
