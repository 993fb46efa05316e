"""A state's demonym on a party the state does not field ("Syrian rebels", "Iraqi militiamen", "Libyan opposition
fighters") names no mention of the state: the generic party is the party (``actors._nonstate_demonym``); the state's
own forces ("Syrian troops", "the Iraqi army") stay the state. Sentences written for the project; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, run

DAY = "2026-11-30"


def _names(side) -> list[str]:
    return [a.text for a in side]


@pytest.mark.parametrize("text, kind, actor", [
    ("Syrian rebels pulled out of the hamlet of Qasr Tala on Friday.", "RETREAT", "Syrian rebels"),
    ("Iraqi militiamen ambushed a fuel convoy near the border post.", "ASSAULT", "Iraqi militiamen"),
    ("Libyan insurgents shelled the coastal road overnight.", "ASSAULT", "Libyan insurgents"),
])
def test_syr17_demonym_on_an_armed_group_is_not_the_state(nlp, text, kind, actor):
    found = [e for e in events(nlp, text, DAY) if e.event_type == kind]
    assert found, text
    assert _names(found[0].actor) == [actor] and found[0].actor[0].actor_id.startswith("agent:")


def test_syr17_demonym_on_opposition_forces_links_no_country(nlp):
    doc = run(nlp, "Syrian opposition forces rejected the proposal put forward by Moscow.", DAY)
    assert not any(m.kb_id_ == "SYR" for m in doc.spans["mentions"])


def test_syr17_demonym_on_a_group_as_recipient(nlp):
    found = events(nlp, "Turkish police detained Syrian activists at a rally in Gaziantep.", DAY)
    coerce = [e for e in found if e.event_type == "COERCE"]
    assert coerce and [a.actor_id for a in coerce[0].recipient] == ["agent:OPP"]


@pytest.mark.parametrize("text, kind", [
    # negatives: a state's own forces are the state
    ("Syrian troops pulled out of the hamlet of Qasr Tala on Friday.", "RETREAT"),
    ("The Iraqi army ambushed a fuel convoy near the border post.", "ASSAULT"),
    ("Syrian government forces shelled the coastal road overnight.", "ASSAULT"),
])
def test_syr17_demonym_on_state_forces_stays_the_state(nlp, text, kind):
    found = [e for e in events(nlp, text, DAY) if e.event_type == kind]
    assert found and found[0].actor[0].actor_id in ("SYR", "IRQ"), [(e.event_type, _names(e.actor)) for e in found]
