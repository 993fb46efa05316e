"""An attack named by a noun with its own place stands without an attacker ("the bombings in X"): attacks are news
before anyone claims them (docs/annotation.md). Not when the noun is only a topic of talk, a modifier ("attack
aircraft") or the means of another act. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import code, events, ids, parse

pytestmark = pytest.mark.slow


def coded(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.evidence[0].trigger) for e in events(nlp, text)]


@pytest.mark.parametrize("text, trigger", [
    ("The government condemned the terrorist attacks in Peshawar and Quetta.", "attacks"),
    ("Our thoughts are with the victims of the bombing near Mogadishu.", "bombing"),
    ("The minister sent condolences after the deadly blast in Karachi on Sunday.", "blast"),
])
def test_an_attack_named_with_its_place_is_an_event(nlp, text: str, trigger: str) -> None:
    assert ("ASSAULT", trigger) in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "The envoy commented on the bombings in Peshawar.",
    "The squadron flies attack aircraft from a base in Qatar.",
    "Analysts expect more attacks.",
])
def test_a_topic_a_modifier_or_an_attack_with_no_place_is_no_event(nlp, text: str) -> None:
    assert [t for t, _ in coded(nlp, text)] == []


@pytest.mark.parametrize("text, cameo, mode, actor", [
    ("An Israeli airstrike killed five people in Gaza on Tuesday.", "195", "aerial", "ISR"),
    ("Russian shelling damaged a hospital in Kharkiv.", "194", "heavy-weapons", "RUS"),
    ("A roadside bomb killed two soldiers in Kandahar.", "183", "explosives", None),
])
def test_a_weapon_as_subject_is_the_means_of_one_attack(nlp, text: str, cameo: str, mode: str,
                                                       actor: str | None) -> None:
    found = events(nlp, text)
    assert [(e.event_type, e.cameo, e.mode) for e in found] == [("ASSAULT", cameo, mode)]
    if actor is not None:
        assert [a.actor_id for a in found[0].actor] == [actor]
    # the people harmed; a thing damaged in a place names no party (docs/annotation.md: objects destroyed are not
    # recipients, a place is one only when it is the target itself)
    assert bool(found[0].recipient) == ("killed" in text)


def test_a_bomber_is_a_person_not_a_means(nlp) -> None:
    found = events(nlp, "A suicide bomber killed 12 people at a market in Mogadishu.")
    assert [(e.event_type, [a.text for a in e.actor]) for e in found] == [("ASSAULT", ["suicide bomber"])]


def test_a_toll_told_with_its_attack_is_one_event(base_nlp, coder) -> None:
    found = code(base_nlp, coder, "Four Rohan soldiers were killed and two others injured when Mordor's fighters "
                                  "attacked a checkpoint near the river.")
    assert [(e.event_type, e.evidence[0].trigger) for e in found] == [("ASSAULT", "attacked")]
    assert ids(found[0].actor) == ["MOR"] and ids(found[0].recipient) == ["ROH"]
    assert (found[0].counts.killed, found[0].counts.injured) == (4, 2)


def test_a_toll_with_no_attack_clause_stays_its_own_event(base_nlp, coder) -> None:
    # guard: only a toll explained by an attack clause folds into it
    found = code(base_nlp, coder, "Four Rohan soldiers were killed by Mordor's fighters near the river.")
    assert [(e.event_type, e.evidence[0].trigger, e.counts.killed) for e in found] == [("ASSAULT", "killed", 4)]


def test_a_sentence_by_an_unnamed_court_with_its_place_is_a_sanction(nlp) -> None:
    assert coded(nlp, "A court in Cairo sentenced three journalists to seven years in prison.") == [
        ("SANCTION", "sentenced")]


def test_a_claim_that_restates_its_attack_is_one_event(base_nlp, coder) -> None:
    found = code(base_nlp, coder, "Mordor claimed responsibility for the attack on Rohan, saying it had targeted "
                                  "Rohan's spies.")
    assert [(e.event_type, e.evidence[0].trigger) for e in found] == [("ASSAULT", "claimed … attack")]


@pytest.mark.parametrize("text", [
    "Mordor claimed responsibility for the attack on Rohan, saying it had targeted spies.",
    "Mordor met Rohan's envoy and said it would reopen the road.",
])
def test_a_pronoun_subject_of_what_a_speaker_says_is_the_speaker(base_nlp, text: str) -> None:
    from annalyst.extract.eventargs import Args, Mentions

    doc = parse(base_nlp, text)
    args = Args(doc, Mentions(doc))
    it = next(t for t in doc if t.lower_ == "it")
    assert args.pronoun(it).text == "Mordor"
