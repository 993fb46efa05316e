"""Timelines tell an act with the reaction it met: "killed 300 civilians, with no response from X". The "with" phrase
of a reaction noun is a circumstance of the act, never the party it was done to or with
(``eventargs.Args.recipient_heads``, ``reaction_nouns`` of arguments.json). Sentences written for the project; the
full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only

DAY = "2026-06-02"


@pytest.mark.parametrize("text, absent", [
    ("The junta shelled 40 villagers in the northern hills, with no reaction from the UN.", "IGO-UN"),
    ("Government troops gassed 200 prisoners near Hama, with little response from France.", "FRA"),
])
def test_prf19_reaction_party_is_no_recipient(nlp, text, absent):
    event = only(events(nlp, text, DAY), "ASSAULT")
    assert event.recipient and absent not in ids(event.recipient)


@pytest.mark.parametrize("text, partner", [
    # negatives: a "with" phrase of a party, or of a reaction noun no verb takes, keeps its reading
    ("The rebels clashed with Ugandan troops near Goma, with heavy losses.", "UGA"),
    ("Kenya signed the accord with Ethiopia in Nairobi.", "ETH"),
])
def test_prf19_with_party_kept(nlp, text, partner):
    assert any(partner in ids(e.recipient) for e in events(nlp, text, DAY))
