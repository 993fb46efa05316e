"""Clauses that tell no act (extract/nonevents.py, docs/annotation.md "What is an event"): a participle describing a
party, a unit's task or ability, a course's content, the speaker's own "must", support of a named
operation, help done by a thing, an "until" clause, a question word's infinitive, what an arrangement allows,
"engaged in" an activity, a present-tense relative clause on a kind of people, "commanded" a unit; and a relative
clause of harm on an attack's noun, which is that attack's toll. Each no-event sentence has a twin that keeps its
event."""

from __future__ import annotations

import pytest

from ._fictional import code, events, ids, kinds, only

pytestmark = pytest.mark.slow


def types(base_nlp, coder, text: str) -> list[str]:
    return sorted(e.event_type for e in code(base_nlp, coder, text))


@pytest.mark.parametrize("text, gone", [
    # a participle on a party's noun says who the party is
    ("Arnor sanctioned three traders buying oil from Mordor on behalf of Gondor.", "COOPERATE"),
    ("Arnor will target Faramir, a middleman buying oil from Mordor.", "COOPERATE"),
    ("Arnor aircraft conducted a strike to target fighters firing on Gondor forces.", None),
    # a unit's task or ability
    ("The initiative is designed to help Gondor police secure liberated towns.", "COERCE"),
    ("Gondor's mission is to conduct strikes against Mordor.", "ASSAULT"),
    ("Gondor's task is to train Rohan's army.", "COOPERATE"),
    # a course's content
    ("The training covers attacking Mordor positions.", "ASSAULT"),
    # help done by a thing, a provision, an end point
    ("Membership of Arnor gives Gondor greater security.", "AID"),
    ("The agreement allows Gondor to send troops to Rohan.", "MOBILIZE"),
    ("Gondor will keep up the pressure on Mordor until it engages in negotiations with Rohan.", "CONSULT"),
    ("Gondor will continue its strikes until Mordor is defeated.", None),
    # a question word's infinitive, an activity, a kind of people
    ("Gondor discussed how to counter Mordor's propaganda.", "ACCUSE"),
    ("The order prohibits citizens of Gondor from engaging in transactions with Mordor.", "ASSAULT"),
    ("Fighters who travel to Mordor pose a threat to Gondor.", "CONSULT"),
    # being in command of a unit
    ("Faramir commanded the Gondor contingent in Rohan from 2014 to 2016.", "COOPERATE"),
    ("The Rewards programme of Gondor is administered by Arnor.", "COOPERATE"),
])
def test_nonevents_clause_tells_no_act(base_nlp, coder, text, gone):
    found = types(base_nlp, coder, text)
    if gone is None:  # the strike is the one act (the fighters firing describe them; "until" tells its end)
        assert found == ["ASSAULT"], found
    else:
        assert gone not in found, found


@pytest.mark.parametrize("text, kept", [
    ("Arnor issued a statement urging Gondor to withdraw from Rohan.", "REQUEST"),
    ("Gondor conducted strikes against Mordor.", "ASSAULT"),
    ("Gondor police secured liberated towns in Rohan.", "COERCE"),
    ("Gondor engaged in heavy fighting with Mordor.", "ASSAULT"),
    ("Gondor sent troops to Rohan.", "MOBILIZE"),
    ("Gondor engaged in negotiations with Rohan.", "CONSULT"),
])
def test_nonevents_twins_keep_their_event(base_nlp, coder, text, kept):
    assert kept in types(base_nlp, coder, text)


def test_nonevents_our_own_must_is_no_request_but_a_proposal_stays(base_nlp, coder):
    assert types(base_nlp, coder, "We must keep pushing for a return of Gondor's prisoners from Mordor.") == []
    assert types(base_nlp, coder, "Gondor keeps pushing for a return of its prisoners from Mordor.") == ["REQUEST"]


def test_nonevents_supporting_a_named_operation_is_taking_part(nlp):
    found = events(nlp, "The sailor, who was supporting Operation Inherent Resolve, was a native of Ohio.")
    assert not any(e.event_type == "SUPPORT" for e in found), kinds(found)
    found = events(nlp, "The sailor was supporting Iraqi forces near Mosul.")
    assert any(e.event_type in ("SUPPORT", "AID") for e in found), kinds(found)


def test_nonevents_a_harm_clause_on_an_attack_is_its_toll(base_nlp, coder):
    found = code(base_nlp, coder, "Gondor condemned the attack by Mordor which killed 20 civilians in Rohan.")
    attack = only(found, "ASSAULT")
    assert ids(attack.actor) == ["MOR"] and attack.counts.killed == 20 and attack.recipient, attack
    assert any(e.event_type == "ACCUSE" for e in found)
