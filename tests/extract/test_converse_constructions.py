"""Events told from the receiving side: the subject is the recipient, the giver the actor (converse.givers)."""

from __future__ import annotations

import pytest

from ._fictional import code, ids


@pytest.mark.parametrize("text, cameo", [
    ("Arnor received a shipment of air-defence missiles from Gondor on Tuesday.", "070"),
    ("Arnor has received 40 million euros in budget support from Gondor.", "070"),
    ("Arnor took delivery of the first batch of tanks from Gondor.", "070"),
    ("Arnor obtained emergency food aid from Gondor after the floods.", "070"),
    ("Arnor got two helicopters from Gondor under the new agreement.", "072"),
    ("Arnor secured a loan of 1.2 billion dollars from Gondor.", "070"),
])
def test_converse_aid_received_from_a_giver(base_nlp, coder, text, cameo):
    """"X received aid from Y": Y gives, X receives (before, no event)."""
    found = [e for e in code(base_nlp, coder, text) if e.event_type == "AID"]
    assert len(found) == 1, text
    assert ids(found[0].actor) == ["GON"] and ids(found[0].recipient) == ["ARN"] and found[0].cameo == cameo


@pytest.mark.parametrize("text", [
    "Arnor received new air-defence missiles last month.",  # no giver told
    "Arnor received an award at the ceremony in Minas Tirith.",
    "The minister of Arnor received a letter from a schoolchild in Gondor.",
])
def test_converse_receiving_with_no_giver_or_no_aid_is_no_aid(base_nlp, coder, text):
    assert not [e for e in code(base_nlp, coder, text) if e.event_type == "AID"]


@pytest.mark.parametrize("text", [
    "The government of Arnor won the backing of Gondor for its peace plan.",
    "Arnor secured the support of Gondor for its call for elections.",
    "Arnor won Gondor's endorsement on Monday.",
])
def test_converse_support_won_from_a_party(base_nlp, coder, text):
    """"X won the backing of Y": Y supports X (before, no event)."""
    found = [e for e in code(base_nlp, coder, text) if e.event_type == "SUPPORT"]
    assert len(found) == 1, text
    assert ids(found[0].actor) == ["GON"] and ids(found[0].recipient) == ["ARN"]


def test_converse_fire_taken_keeps_the_attacker(base_nlp, coder):
    """The receiving reading of aid leaves fire taken from an attacker as it was."""
    found = [e for e in code(base_nlp, coder, "An Arnor convoy received heavy fire from Gondor forces.")
             if e.event_type == "ASSAULT"]
    assert len(found) == 1 and ids(found[0].actor) == ["GON"]
