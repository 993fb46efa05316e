"""Events that refer back to earlier events of the article: anaphoric patients and reactions, "the two sides",
claims of responsibility, and the last checks every event passes (no actor twice, never its own recipient).

Fictional actors (marked by hand as mentions) test the grammar without the actor dictionary."""

from __future__ import annotations

import pytest

from ._fictional import ids, only, parse

pytestmark = pytest.mark.slow


def code(base_nlp, coder, text, published="2025-07-12"):
    return coder(parse(base_nlp, text, published=published))


def test_anaphora_reaction_to_a_move_is_addressed_to_its_author_and_dated_after_it(base_nlp, coder):
    events = code(base_nlp, coder, "Gondor recognized Mordor in 2024. Elrond welcomed the move.")
    welcome = next(e for e in events if e.evidence[0].trigger == "welcomed")
    assert (welcome.event_type, ids(welcome.actor), ids(welcome.recipient)) == ("SUPPORT", ["ELR"], ["GON"])
    assert (welcome.date.start, welcome.date.end) == ("2024-01-01", "2025-07-12")  # after the move, by publication


def test_anaphora_lifting_the_ban_is_done_to_the_banned_party(base_nlp, coder):
    events = code(base_nlp, coder, "Arnor banned Rohan in 2003. In 2025 Arnor lifted the ban.")
    lift = only(events, "CONCEDE")
    assert (ids(lift.actor), ids(lift.recipient)) == (["ARN"], ["ROH"])


def test_anaphora_the_two_sides_are_the_parties_of_the_last_event(base_nlp, coder):
    events = code(base_nlp, coder, "Elrond met Faramir in Rohan on Monday. The two sides discussed trade with Mordor.")
    talk = next(e for e in events if e.evidence[0].trigger == "discussed")
    assert ids(talk.actor) == ["ELR", "FAR"] and ids(talk.recipient) == ["MOR"]
    # no earlier event with two parties: the pair stays unnamed (an unknown entity)
    lone = code(base_nlp, coder, "The two sides discussed trade with Mordor.")
    assert all(a.actor_id is None for e in lone for a in e.actor)


@pytest.mark.parametrize("text", [
    "The death toll from Monday's bombing at a market in Gondor rose to 17. Mordor claimed responsibility for "
    "the attack.",
    "The bombing at a market in Gondor killed 16 people. Mordor claimed it, and Arnor condemned Rohan.",
    "Mordor claimed the bombing of a market in Gondor.",
])
def test_anaphora_claim_of_responsibility_is_the_attack_by_the_claimant(base_nlp, coder, text):
    attack = next(e for e in code(base_nlp, coder, text) if e.evidence[0].trigger.startswith("claimed"))
    assert (attack.event_type, ids(attack.actor), ids(attack.recipient)) == ("ASSAULT", ["MOR"], ["GON"])
    assert attack.status == "attributed" and attack.attributed_to == "Mordor"


def test_anaphora_a_denied_or_non_attack_claim_is_no_attack(base_nlp, coder):
    assert not [e for e in code(base_nlp, coder, "Mordor never claimed the bombing of a market in Gondor.")
                if e.event_type == "ASSAULT"]
    assert not [e for e in code(base_nlp, coder, "Mordor claimed victory over Gondor.") if e.event_type == "ASSAULT"]


def test_anaphora_an_actor_is_never_its_own_recipient_nor_listed_twice(base_nlp, coder):
    events = code(base_nlp, coder, "Arnor recognized Gondor. Gondor followed suit.")
    assert [e.evidence[0].trigger for e in events] == ["recognized"]  # Gondor cannot recognize itself
    e = only(code(base_nlp, coder, "Gondor, Gondor and Arnor attacked Mordor."), "ASSAULT")
    assert ids(e.actor) == ["GON", "ARN"]


def test_anaphora_a_capital_as_a_party_is_its_government_but_stays_a_place_when_attacked(base_nlp, coder):
    accuse = only(code(base_nlp, coder, "Gondor accused Kabul of lying."), "ACCUSE")
    assert accuse.recipient[0].actor_id is not None and accuse.recipient[0].text == "Kabul"
    attack = only(code(base_nlp, coder, "Gondor attacked Kabul."), "ASSAULT")
    assert attack.recipient[0].actor_id is None and attack.recipient[0].name == "Kabul"


def test_anaphora_agreeing_to_the_proposal_answers_its_author(base_nlp, coder):
    events = code(base_nlp, coder, "Arnor accused Rohan of lying. Rohan agreed to the proposal.")
    agree = only(events, "AGREE")
    assert ids(agree.actor) == ["ROH"] and ids(agree.recipient) == ["ARN"]
    far = code(base_nlp, coder, "Arnor accused Rohan of lying. Rohan slept. Rohan ate. Rohan read. Rohan agreed to the "
                                "proposal.")
    assert only(far, "AGREE").recipient == []  # more than three sentences back: no antecedent


def test_anaphora_a_relative_that_misread_as_object_does_not_hide_the_proposal(base_nlp, coder):
    text = ("Arnor accused Rohan of lying. Elrond said after a call with Arnor officials that Rohan had agreed to the "
            "proposal.")
    agree = only(code(base_nlp, coder, text), "AGREE")
    assert ids(agree.recipient) == ["ARN"]
