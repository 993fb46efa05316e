"""Claim status: cue lexicons and their scope over the clause, attributed_to and denied_by."""

from __future__ import annotations

import pytest


from ._fictional import parse

pytestmark = pytest.mark.slow


def event(base_nlp, coder, text, event_type):
    found = [e for e in coder(parse(base_nlp, text)) if e.event_type == event_type]
    assert len(found) == 1, text
    return found[0]


def test_claims_alleged_and_denied_in_the_same_sentence(base_nlp, coder):
    text = "Elrond claimed that Gondor was supplying arms to Mordor, a charge Gondor denied."
    aid = event(base_nlp, coder, text, "AID")
    assert aid.status == "alleged" and aid.attributed_to == "Elrond" and aid.denied_by == ["Gondor"]
    accuse = event(base_nlp, coder, text, "ACCUSE")
    assert accuse.status == "asserted" and [a.actor_id for a in accuse.recipient] == ["GON"]


def test_claims_accused_of_then_rejected_in_the_next_sentence(base_nlp, coder):
    text = ("Arnor accused Gondor of offering weapons to Mordor. However, the allegations remained unverified, "
            "and Gondor strongly rejected them.")
    events = coder(parse(base_nlp, text))
    aid = next(e for e in events if e.event_type == "AID")
    assert aid.status == "alleged" and aid.attributed_to == "Arnor" and aid.denied_by == ["Gondor"]
    assert not [e for e in events if e.event_type == "REJECT"]  # the denial is not an event of its own


@pytest.mark.parametrize(("text", "event_type", "status", "source"), [
    ("Arnor proposed that Gondor should arm Rohan.", "AID", "proposed", "Arnor"),
    ("It appears likely that Gondor will support Rohan with weapons.", "AID", "predicted", None),
    ("If Gondor attacks Rohan, the alliance will collapse.", "ASSAULT", "hypothetical", None),
    # a response promised on the condition is the threat that absorbs it (demands._bare_response, as after "warned")
    ("If Gondor attacks Rohan, Arnor will respond.", "THREATEN", "asserted", None),
    ("Gondor did not attack Rohan.", "ASSAULT", "negated", None),
    ("Gondor never attacked Rohan.", "ASSAULT", "negated", None),
    ("Arnor said that Gondor attacked Rohan.", "ASSAULT", "attributed", "Arnor"),
    ("According to Arnor, Gondor attacked Rohan.", "ASSAULT", "attributed", "Arnor"),
    ("Gondor attacked Rohan.", "ASSAULT", "asserted", None),
])
def test_claims_status_of_the_clause(base_nlp, coder, text, event_type, status, source):
    e = event(base_nlp, coder, text, event_type)
    assert (e.status, e.attributed_to) == (status, source)


def test_claims_denied_that(base_nlp, coder):
    e = event(base_nlp, coder, "Gondor denied that it attacked Rohan.", "ASSAULT")
    assert e.status == "denied" and e.denied_by == ["Gondor"]


def test_claims_predicted_event_gets_a_forecast_horizon_not_a_past_date(base_nlp, coder):
    e = event(base_nlp, coder, "It appears likely that Gondor will support Rohan with weapons.", "AID")
    assert e.date.start == "2025-07-12" and e.date.end > "2025-07-12" and e.date.anchor == "published"
    past = event(base_nlp, coder, "Gondor attacked Rohan.", "ASSAULT")
    assert past.date.start is None  # never the publication date by default


@pytest.mark.parametrize("text", [
    "It remains unclear what kind of weapons Gondor is prepared to provide to Rohan.",
    "It is unclear whether Gondor will attack Rohan.",
])
def test_claims_indirect_questions_assert_nothing(base_nlp, coder, text):
    assert coder(parse(base_nlp, text)) == []


def test_claims_stated_readiness_is_an_agreement(base_nlp, coder):
    e = event(base_nlp, coder, "Gondor is ready to send weapons to Rohan.", "AGREE")
    assert e.status == "asserted" and e.context == ["military"] and [a.actor_id for a in e.recipient] == ["ROH"]


def test_claims_according_to_a_ruling_states_the_act(base_nlp, coder):
    e = event(base_nlp, coder, "According to Arnor's ruling, the ban on Rohan was lifted.", "CONCEDE")
    assert e.status == "asserted" and e.attributed_to is None
    said = event(base_nlp, coder, "According to Elrond, Arnor lifted the ban on Rohan.", "CONCEDE")
    assert said.status == "attributed" and said.attributed_to == "Elrond"


def test_claims_including_gerund_shares_the_verb_status(base_nlp, coder):
    e = event(base_nlp, coder, "Elrond said that Gondor should help Rohan in every way, including arming Rohan.", "AID")
    assert e.status == "proposed" and e.attributed_to == "Elrond" and e.context == ["military"]
