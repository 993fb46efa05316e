"""Security news from Asia: coast-guard incidents told with two verbs of one attack. Sentences written for the
project; the full English pipeline.

* "fired water cannon and rammed a Vietnamese boat": the second verb goes on telling the one attack
  (``oneact.same_act``); when the first verb names no target (its object is the weapon), the attack is aimed at what
  the second verb hits, the state whose vessel it is (``restated.untargeted_attack``). An attack that names its own
  target keeps it alone, as before.
"""

from __future__ import annotations

from ._fictional import events, ids, only

DAY = "2026-12-01"


def test_asi19_second_verb_gives_the_target_of_one_attack(nlp):
    found = events(nlp, "Chinese coast guard cutters fired water cannon and rammed a Vietnamese fishing boat.", DAY)
    event = only(found, "ASSAULT")
    assert ids(event.recipient) == ["VNM"]
    assert ids(event.actor) == ["CHN"]


def test_asi19_second_verb_target_reported(nlp):
    text = "Chinese ships fired water cannon and rammed a Philippine supply boat near the reef, the navy said."
    event = only(events(nlp, text, DAY), "ASSAULT")
    assert ids(event.recipient) == ["PHL"]
    assert event.status == "attributed"


def test_asi19_first_verb_with_its_own_target_keeps_it(nlp):
    event = only(events(nlp, "Indian troops shelled Pakistani posts and destroyed two bunkers.", DAY), "ASSAULT")
    assert ids(event.recipient) == ["PAK"]
