"""Courts and sentences: a term of prison is a conviction (SANCTION, mode convict), jailing with no term an arrest;
governing a country or a court's ruling is no cooperation between parties; a creed or a people of no state that
only qualifies a generic party ("Islamist militants", "Kurdish militants") is no party of its own. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only


@pytest.mark.parametrize("sentence", [
    "A court in Minsk jailed the opposition leader Pavel Zhukau for eleven years.",
    "Tajikistan imprisoned the journalist Davron Nazarov for treason.",
    "Iran jailed two French tourists for espionage.",
])
def test_a_term_of_prison_is_a_conviction(nlp, sentence) -> None:
    event = only(events(nlp, sentence), "SANCTION")
    assert event.mode == "convict" and event.recipient


def test_jailing_with_no_term_is_an_arrest(nlp) -> None:
    event = only(events(nlp, "Police in Minsk jailed dozens of protesters overnight."), "COERCE")
    assert event.mode == "arrest"


@pytest.mark.parametrize("sentence", [
    "The Taliban ruled Afghanistan from 1996 to 2001.",
    "The court ruled against Kazakhstan in the dispute over the pipeline tariffs.",
    "Kenya's Supreme Court ruled that the election was valid.",
])
def test_ruling_is_no_cooperation(nlp, sentence) -> None:
    assert [e for e in events(nlp, sentence) if e.event_type == "COOPERATE"] == []


def test_rule_out_stays_a_rejection(nlp) -> None:
    assert ids(only(events(nlp, "Armenia ruled out talks with Azerbaijan."), "REJECT").actor) == ["ARM"]


@pytest.mark.parametrize("sentence, side, text", [
    ("Two Islamist militants attacked a police post near Dhaka.", "actor", "Two Islamist militants"),
    ("Maoist rebels ambushed a police patrol in Sukma district.", "actor", "Maoist rebels"),
    ("A court in Dhaka sentenced three Islamist militants to death.", "recipient", "three Islamist militants"),
    ("Kurdish militants attacked a police post near Diyarbakir.", "actor", "Kurdish militants"),
])
def test_a_creed_or_people_qualifying_a_generic_party_is_no_party_of_its_own(nlp, sentence, side, text) -> None:
    found = [e for e in events(nlp, sentence) if e.event_type in ("ASSAULT", "SANCTION")]
    parties = [(a.text, a.actor_id) for a in getattr(found[0], side)]
    assert parties == [(text, "agent:REB")]


def test_an_unknown_polity_qualifying_a_generic_party_stays_a_party(nlp) -> None:
    """A demonym the dictionary lacks may name a polity ("Molvanian troops"): it stays the party, never a generic
    agent with its state dropped."""
    event = [e for e in events(nlp, "Molvanian troops shelled a village near the border.") if e.event_type == "ASSAULT"]
    assert event and not any((a.actor_id or "").startswith("agent:") for a in event[0].actor)


@pytest.mark.parametrize("sentence, actor", [
    ("The Taliban executed a man convicted of murder in a stadium in Ghazni.", "AFG-TALIBAN"),
    ("Saudi Arabia executed 81 men in a single day.", "SAU"),
])
def test_people_put_to_death_are_killed(nlp, sentence, actor) -> None:
    event = only(events(nlp, sentence), "ASSAULT")
    assert ids(event.actor) == [actor] and event.cameo == "1823" and event.recipient


@pytest.mark.parametrize("sentence", [
    "The army executed a plan to clear the district.",
    "The ministry executed the contract with a Turkish firm.",
])
def test_a_plan_or_contract_executed_is_no_event(nlp, sentence) -> None:
    assert events(nlp, sentence) == []
