"""Security news from Asia: a coast guard or navy harassing or obstructing another state's ships. Sentences written
for the project; the full English pipeline.

* Harassing, intimidating or obstructing a ship, boat, aircraft or crew is coercion (COERCE, CAMEO 170) aimed at
  the state whose craft or people they are, active or passive (``verb_classes.json``); other objects ("the new
  rules obstruct the work of aid groups") are no such act.
* What the obstructed party is kept from doing ("obstructed a fisheries boat from delivering fuel") is no act told
  (``obligations``, ``obstruction_verbs``).
"""

from __future__ import annotations

from ._fictional import events, ids, kinds, only

DAY = "2026-12-01"


def test_asi19_harassing_a_ship_is_coercion_of_its_state(nlp):
    event = only(events(nlp, "Chinese maritime militia boats harassed a Vietnamese survey ship off the Spratlys.", DAY),
                 "COERCE")
    assert ids(event.actor) == ["CHN"]
    assert ids(event.recipient) == ["VNM"]


def test_asi19_ship_harassed_passive_reported(nlp):
    text = "A Malaysian patrol vessel was harassed by a Chinese coast guard cutter, the navy said."
    event = only(events(nlp, text, DAY), "COERCE")
    assert ids(event.recipient) == ["MYS"]
    assert event.status == "attributed"


def test_asi19_act_kept_from_is_no_act(nlp):
    found = events(nlp, "Chinese cutters obstructed a Philippine fisheries boat from delivering fuel to fishermen.", DAY)
    assert [k[0] for k in kinds(found)] == ["COERCE"]
    assert ids(only(found, "COERCE").recipient) == ["PHL"]


def test_asi19_obstructing_work_is_no_coercion(nlp):
    assert not [k for k in kinds(events(nlp, "The new rules obstruct the work of aid groups.", DAY)) if k[0] == "COERCE"]
