"""An attack told as attempted and the attempt made ("tried to kill X", "had attempted to abduct Y") is the attack,
done in the attempt, not an intent; an attack only to be tried ("will try to"), an attempt under way ("is trying to")
and any other act attempted ("tried to seize the airport", "tried to mediate") stay predicted (sixteenth pass, news of
assassination plots; ``claims.attempt_status``). Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, only

pytestmark = pytest.mark.slow


def names(values):
    return [v.name for v in values]


@pytest.mark.parametrize("text, attacker, target, status", [
    ("A lone gunman tried to assassinate Governor Elena Ruiz on Sunday.", "gunman", "Elena Ruiz", "asserted"),
    ("Two men attempted to stab the editor outside his home in Lyon.", "men", "editor", "asserted"),
    ("Police said the gang had tried to kidnap a Dutch engineer near Port Harcourt.", "gang", "Netherlands",
     "attributed"),
])
def test_cyb16_attack_attempted_is_the_attack(nlp, text, attacker, target, status):
    act = only(events(nlp, text), "ASSAULT")
    assert attacker in names(act.actor)[0] and target in names(act.recipient)[0] and act.status == status


@pytest.mark.parametrize("text, event_type", [
    ("The militia will try to assassinate the governor.", "ASSAULT"),
    ("Rebels are trying to kill the governor.", "ASSAULT"),
    ("Rebels tried to seize the airport of Goma.", "COERCE"),
    ("Oman tried to mediate between Iran and the United States.", "CONSULT"),
])
def test_cyb16_other_attempts_stay_intended(nlp, text, event_type):
    assert only(events(nlp, text), event_type).status == "predicted"
