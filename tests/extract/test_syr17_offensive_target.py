"""An offensive begun or launched against a party is aimed at that party: the start of the operation is MOBILIZE and
the party the offensive is against is its recipient (docs/annotation.md: "operation ... against ISIL"), not the
victim of another act named inside the verb's phrase (``roles._launched_against``). An act around an attack on a
party ("condemned the attack on X", "sent troops to repel the assault on X") keeps X out. Sentences written for the
project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-30"


@pytest.mark.parametrize("text, recipient", [
    ("Ankara launched a ground offensive against the PKK in the mountains of Duhok.", "TUR-PKK"),
    ("Baghdad began a fresh offensive against Islamic State west of the Euphrates on Friday.", "X-ISIL"),
    ("The Iraqi army launched a renewed offensive against ISIL near Hit.", "X-ISIL"),
])
def test_syr17_offensive_launched_against_a_party(nlp, text, recipient):
    event = only(events(nlp, text, DAY), "MOBILIZE")
    assert [a.actor_id for a in event.recipient] == [recipient]


@pytest.mark.parametrize("text", [
    # negatives: the victim of an attack named inside another act's phrase is not that act's recipient
    "Moscow condemned the assault on the PKK in the mountains of Duhok.",
    "Ankara sent troops to repel the offensive against the PKK.",
])
def test_syr17_victim_of_a_named_attack_stays_out(nlp, text):
    found = events(nlp, text, DAY)
    assert not any(a.actor_id == "TUR-PKK" for e in found if e.event_type != "ASSAULT" for a in e.recipient), \
        [(e.event_type, [a.actor_id for a in e.recipient]) for e in found]
