"""Air defence: a missile, rocket or drone intercepted or shot down is a defence, no act against a party (the
generated verb layer coded a seizure); the attack is the firing, and a weapon "fired by X toward Y" is X's attack on
Y. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only


@pytest.mark.parametrize("sentence", [
    "Ukraine said it had shot down 30 Russian drones overnight.",
    "Israel said its air defences intercepted a rocket over the Golan Heights.",
])
def test_an_interception_is_no_act(nlp, sentence) -> None:
    assert [e for e in events(nlp, sentence) if e.event_type in ("COERCE", "ASSAULT")] == []


def test_a_weapon_fired_by_a_party_is_its_attack(nlp) -> None:
    found = events(nlp, "The coalition intercepted a ballistic missile fired by the Houthis toward Riyadh.")
    assert [e for e in found if e.event_type == "COERCE"] == []
    event = only(found, "ASSAULT")
    assert ids(event.actor) == ["YEM-HOUTHIS"] and [r.text for r in event.recipient] == ["Riyadh"]
