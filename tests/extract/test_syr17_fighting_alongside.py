"""Forces that fight alongside a named party fight on its side: military cooperation with it (COOPERATE, CAMEO 062),
its recipient the party of the "alongside" phrase, as for forces training alongside a partner; a fight against a
party stays an attack on it. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-30"


@pytest.mark.parametrize("text, actor, partner", [
    ("Hezbollah units have been fighting alongside the Syrian army around Qusayr.", "LBN-HEZBOLLAH", "SYR"),
    ("Iranian advisers fought alongside the Iraqi army near Baiji.", "IRN", "IRQ"),
    # the partner named by its owner ("Assad's forces": entryconditions._named_party)
    ("Hezbollah fought alongside Assad's forces near Homs.", "LBN-HEZBOLLAH", "P-BASHAR-AL-ASSAD"),
])
def test_syr17_fighting_alongside_is_cooperation(nlp, text, actor, partner):
    found = events(nlp, text, DAY)
    event = only(found, "COOPERATE")
    assert [a.actor_id for a in event.actor] == [actor]
    assert [a.actor_id for a in event.recipient] == [partner]
    assert not any(e.event_type == "ASSAULT" for e in found)


def test_syr17_training_alongside_names_the_partner(nlp):
    event = only(events(nlp, "Jordanian troops trained alongside the Iraqi army.", DAY), "COOPERATE")
    assert [a.actor_id for a in event.recipient] == ["IRQ"]


@pytest.mark.parametrize("text", [
    # negative: fighting against a party is an attack on it
    "Hezbollah units have been fighting against the Syrian rebels around Qusayr.",
])
def test_syr17_fighting_against_stays_an_attack(nlp, text):
    assert any(e.event_type == "ASSAULT" for e in events(nlp, text, DAY))
