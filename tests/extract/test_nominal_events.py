"""Events told by a noun (invented release sentences, full pipeline): the noun's doer is its possessor, its
nationality or proper modifier, or its "by" phrase, even when the parser hangs that phrase on the condemning verb;
its recipient is the "of"/"on"/"against" party; the condemning speaker is never the doer; a noun marked "alleged"
or "reported" is alleged; topics and nouns of other senses are no event."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds, only

pytestmark = pytest.mark.slow


def names(side) -> list[str]:
    """The texts naming an event side's parties."""
    return [a.text for a in side]


@pytest.mark.parametrize("text,event_type,mode", [
    ("Arnor condemned Mordor's annexation of Eriador.", "COERCE", "seize"),
    ("Arnor deplored the killing of Rohan soldiers by Mordor.", "ASSAULT", None),
    ("Arnor protested the detention of Rohan fishermen by Mordor.", "COERCE", "arrest"),
    ("Arnor condemned the expulsion of Rohan diplomats by Mordor.", "SANCTION", "expel"),
    ("Arnor criticised Mordor's incursion into Rohan.", "ASSAULT", None),
])
def test_event_noun_of_a_named_doer_is_its_act(nlp, text, event_type, mode):
    found = events(nlp, text)
    act = only(found, event_type)
    assert act.mode == mode
    assert names(act.actor) == ["Mordor"], names(act.actor)


@pytest.mark.parametrize("text", [
    "Arnor condemned the execution of the prisoners by Mordor.",
    "Arnor condemned the killing of the prisoners by Mordor.",
])
def test_by_phrase_hung_on_the_condemning_verb_is_the_nouns_doer(nlp, text):
    found = events(nlp, text)
    act = only(found, "ASSAULT")
    assert names(act.actor) == ["Mordor"], names(act.actor)
    assert names(only(found, "ACCUSE").actor) == ["Arnor"]


def test_use_of_chemical_weapons_by_a_party_is_an_attack(nlp):
    act = only(events(nlp, "Arnor condemns the use of chemical weapons by Mordor in Rohan."), "ASSAULT")
    assert (act.mode, act.status, names(act.actor)) == ("unconventional", "asserted", ["Mordor"])


@pytest.mark.parametrize("text", [
    "The alleged use of sarin by Mordor must be investigated.",
    "Arnor described the reported shelling of the village by Mordor.",
])
def test_hedged_event_noun_is_alleged(nlp, text):
    act = only(events(nlp, text), "ASSAULT")
    assert act.status == "alleged"
    assert names(act.actor) == ["Mordor"]


def test_aimed_strikes_with_a_named_doer_are_an_attack(nlp):
    found = events(nlp, "Arnor condemned Mordor's strikes on Rohan.")
    act = only(found, "ASSAULT")
    assert (names(act.actor), names(act.recipient)) == (["Mordor"], ["Rohan"])


@pytest.mark.parametrize("text", [
    "Arnor discussed the execution of the plan with Rohan.",
    "Arnor welcomed the use of new technology by Rohan farmers.",
    "Arnor reported the seizure of drugs by Rohan customs.",
    "Workers in Rohan joined a general strike on Monday.",
])
def test_nouns_in_other_senses_are_no_such_event(nlp, text):
    found = events(nlp, text)
    assert not [e for e in found if e.event_type in ("ASSAULT", "COERCE")], kinds(found)


def test_delivery_of_arms_by_a_party_is_aid(nlp):
    found = events(nlp, "Mordor condemned the delivery of tanks to Rohan by Arnor.")
    act = only(found, "AID")
    assert (names(act.actor), names(act.recipient)) == (["Arnor"], ["Rohan"])


def test_delivery_of_a_speech_is_no_aid(nlp):
    found = events(nlp, "Arnor praised the delivery of the speech by Rohan.")
    assert not [e for e in found if e.event_type == "AID"], kinds(found)


def test_a_time_after_by_or_on_is_no_party_of_the_noun(nlp):
    """"the release of the prisoners by Monday" (a deadline) and "the killing of the journalist on Friday" (a day):
    the time is neither the noun's doer nor its recipient."""
    from annalyst.extract.nominals import stray_agent, stray_recipients

    from ._fictional import run

    doc = run(nlp, "Washington welcomed the release of the prisoners by Monday.", "2026-03-18")
    assert stray_agent(next(t for t in doc if t.lower_ == "release")) == []
    doc = run(nlp, "Turkey condemned the killing of the journalist on Friday.", "2026-03-18")
    assert stray_recipients(next(t for t in doc if t.lower_ == "killing")) == []
