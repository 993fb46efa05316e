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


@pytest.mark.parametrize("text, event_type", [
    ("Fighting broke out between Arnor and Gondor along the river.", "ASSAULT"),
    ("Heavy fighting between Arnor and Gondor killed ten soldiers.", "ASSAULT"),
    ("Consultations took place between Arnor and Gondor on maritime issues.", "CONSULT"),
    ("Arnor and Gondor held consultations on the water treaty.", "CONSULT"),
])
def test_converse_symmetric_happenings_have_both_sides_as_actors(base_nlp, coder, text, event_type):
    """"fighting broke out between X and Y", "consultations took place between X and Y": both sides act."""
    found = [e for e in code(base_nlp, coder, text) if e.event_type == event_type]
    assert len(found) == 1, text
    assert sorted(ids(found[0].actor)) == ["ARN", "GON"]


@pytest.mark.parametrize("text", [
    "Fighting broke out in a bar in Minas Tirith on Saturday night.",
    "A fire broke out at a warehouse in Minas Tirith.",
    "The fighting spirit of the team from Arnor impressed the coach.",
])
def test_converse_a_happening_with_no_sides_is_no_event(base_nlp, coder, text):
    assert not [e for e in code(base_nlp, coder, text) if e.event_type in ("ASSAULT", "FIGHT")]
