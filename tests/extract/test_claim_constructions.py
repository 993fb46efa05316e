"""Claim status of wire constructions: a denial told as a sentential relative ("..., which X denied"), a charge
rejected "as baseless", an act not yet done ("has yet to"), a source at the end of a long sentence
after a participle, "purportedly" (an unproven claim, not a report)."""

from __future__ import annotations

import pytest

from ._fictional import events, parse

pytestmark = pytest.mark.slow


def one(base_nlp, coder, text, event_type):
    found = [e for e in coder(parse(base_nlp, text)) if e.event_type == event_type]
    assert len(found) == 1, (text, [(e.event_type, e.status) for e in coder(parse(base_nlp, text))])
    return found[0]


@pytest.mark.parametrize("text", [
    "Elrond claimed that Gondor supplied weapons to Mordor, which Rohan denied.",
    "Arnor alleged that Gondor had supplied weapons to Mordor, which Rohan strongly denied.",
])
def test_claims_sentential_which_denial_names_the_denier(base_nlp, coder, text):
    aid = one(base_nlp, coder, text, "AID")
    assert aid.status == "alleged" and aid.denied_by == ["Rohan"]
    assert not any(e.event_type == "REJECT" for e in coder(parse(base_nlp, text)))


def test_claims_a_report_denied_in_a_sentential_relative(base_nlp, coder):
    text = "Gondor shelled a village in Mordor, Arnor said, which Rohan denied."
    attack = one(base_nlp, coder, text, "ASSAULT")
    assert attack.status == "attributed" and attack.denied_by == ["Rohan"]


@pytest.mark.parametrize("verb", ["rejected as baseless", "dismissed as absurd"])
def test_claims_charge_rejected_as_baseless_is_denied(base_nlp, coder, verb):
    text = f"Gondor {verb} allegations that it had supplied weapons to Mordor."
    aid = one(base_nlp, coder, text, "AID")
    assert aid.status == "denied" and aid.denied_by == ["Gondor"]


@pytest.mark.parametrize("text", [
    "Gondor has yet to withdraw its troops from Rohan.",
    "Mordor is yet to release the prisoners from Arnor.",
])
def test_claims_yet_to_is_not_done(base_nlp, coder, text):
    found = coder(parse(base_nlp, text))
    assert found and all(e.status == "negated" for e in found), [(e.event_type, e.status) for e in found]


def test_claims_source_after_a_participle_at_the_end(base_nlp, coder):
    text = "Gondor shelled a market in Rohan, killing at least eight people, according to residents."
    attack = one(base_nlp, coder, text, "ASSAULT")
    assert attack.status == "attributed"


def test_claims_purportedly_is_alleged(base_nlp, coder):
    attack = one(base_nlp, coder, "Gondor purportedly attacked a convoy from Rohan.", "ASSAULT")
    assert attack.status == "alleged"


@pytest.mark.parametrize("text", [
    "Gondor called the allegation that it had attacked Rohan baseless.",
    "Gondor described reports that it had attacked Rohan as false.",
])
def test_claims_charge_called_false_is_denied_by_who_calls_it(base_nlp, coder, text):
    attack = one(base_nlp, coder, text, "ASSAULT")
    assert attack.status == "denied" and attack.denied_by == ["Gondor"]


def test_claims_report_the_article_calls_a_charge_is_alleged(base_nlp, coder):
    text = "Arnor said Gondor had shelled a village in Rohan, an accusation Gondor rejected."
    attack = one(base_nlp, coder, text, "ASSAULT")
    assert attack.status == "alleged" and attack.attributed_to == "Arnor" and attack.denied_by == ["Gondor"]


@pytest.mark.parametrize("noun, status", [("allegations", "alleged"), ("reports", "attributed")])
def test_claims_clause_of_a_claim_noun_is_no_fact(base_nlp, coder, noun, status):
    text = f"Rohan is investigating {noun} that Gondor shelled a hospital in Arnor."
    attack = one(base_nlp, coder, text, "ASSAULT")
    assert attack.status == status


@pytest.mark.parametrize("tail", ["a claim Rohan called false", "something Rohan denied"])
def test_claims_denial_after_the_charge_names_the_denier(base_nlp, coder, tail):
    text = f"Arnor said Gondor had attacked Mordor, {tail}."
    attack = one(base_nlp, coder, text, "ASSAULT")
    assert attack.status in ("alleged", "attributed") and attack.denied_by == ["Rohan"]


@pytest.mark.parametrize("text, event_type", [
    ("Gondor to impose sanctions on Rohan", "SANCTION"),
    ("Gondor to release prisoners from Rohan", "RETREAT"),
])
def test_claims_headline_infinitive_is_predicted(base_nlp, coder, text, event_type):
    found = one(base_nlp, coder, text, event_type)
    assert found.status == "predicted"


def test_claims_purpose_infinitive_before_the_act_is_no_headline(base_nlp, coder):
    found = coder(parse(base_nlp, "To punish Rohan, Gondor imposed sanctions on Rohan."))
    assert [e.status for e in found if e.event_type == "SANCTION"] == ["asserted"]


@pytest.mark.parametrize("text", [
    "No soldiers from Gondor attacked Rohan on Monday.",
    "Neither Gondor nor Arnor attacked Rohan, the inspectors said.",
])
def test_claims_negated_subject_negates_the_act(base_nlp, coder, text):
    attack = one(base_nlp, coder, text, "ASSAULT")
    assert attack.status == "negated"


@pytest.mark.parametrize("text", [
    "If Mordor attacks Rohan, Arnor will probably impose sanctions on Mordor.",
    "Unless Mordor withdraws, Arnor may impose sanctions on Mordor.",
])
def test_claims_outcome_of_a_condition_is_hypothetical(base_nlp, coder, text):
    # a forecast that holds only on a condition is no forecast of the act
    sanction = one(base_nlp, coder, text, "SANCTION")
    assert sanction.status == "hypothetical"


def test_claims_conditional_intent_stays_a_threat(base_nlp, coder):
    threat = one(base_nlp, coder, "If Mordor attacks Rohan, Arnor will impose sanctions on Mordor.", "THREATEN")
    assert threat.status == "asserted"


def test_claims_inverted_should_states_a_condition(nlp):
    # the small model parses the inversion with real names only: an invented sentence of real countries
    found = events(nlp, "Should Russia attack Poland, NATO would impose sanctions on Moscow.")
    statuses = {e.event_type: e.status for e in found}
    assert statuses.get("ASSAULT") == "hypothetical", statuses
    assert "proposed" not in statuses.values(), statuses


@pytest.mark.parametrize("text, status", [
    ("Russia is said to have sent troops to Belarus.", "attributed"),
    ("Russia is reported to have sent troops to Belarus.", "attributed"),
    ("Russia is alleged to have sent troops to Belarus.", "alleged"),
])
def test_claims_passive_report_raises_the_doer(nlp, text, status):
    # the small model parses the raising passive with real names: an invented sentence of real countries
    found = [e for e in events(nlp, text) if e.event_type == "MOBILIZE"]
    assert [(e.status, [a.name for a in e.actor]) for e in found] == [(status, ["Russia"])]
