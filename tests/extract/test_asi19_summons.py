"""Security news from Asia: a foreign ministry summoning an envoy told in the order of South Asian wire copy.
Sentences written for the project; the full English pipeline.

* "summoned on Friday the Cambodian ambassador", "summoned on Friday Cambodian Deputy High Commissioner X": the day
  told before the envoy (the parser hangs the envoy on "on") is still a summons, an official protest (ACCUSE 114),
  and a protest lodged in the same breath is that one act (``envoys.envoy_after_date``).
* "summoned Thai charge d'affaires X": the title read as a common noun is still an envoy's post
  (``envoys.named_envoy``).
"""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds, only

DAY = "2026-12-01"


@pytest.mark.parametrize("text, actor", [
    ("Thailand summoned on Friday the Cambodian ambassador over the shelling of a border village.", "THA"),
    ("Bhutan summoned on Monday Indian Deputy High Commissioner Arjun Rao and lodged a protest over the incursion.",
     "BTN"),
])
def test_asi19_summons_after_a_day_is_a_protest(nlp, text, actor):
    found = events(nlp, text, "2026-12-01")
    assert not [k for k in kinds(found) if k[0] == "CONSULT"]
    assert actor in ids(only(found, "ACCUSE").actor)


def test_asi19_summons_after_a_day_keeps_the_envoys_state(nlp):
    found = events(nlp, "Thailand summoned on Friday the Cambodian ambassador over the shelling.", DAY)
    assert ids(only(found, "ACCUSE").recipient) == ["KHM"]


def test_asi19_charge_daffaires_by_name_is_an_envoy(nlp):
    found = events(nlp, "Pakistan summoned Indian charge d'affaires Gaurav Mehra over the firing.", DAY)
    assert not [k for k in kinds(found) if k[0] == "CONSULT"]
    assert "PAK" in ids(only(found, "ACCUSE").actor)


@pytest.mark.parametrize("text", [
    "The minister met on Wednesday Indian Deputy High Commissioner Arjun Rao.",
    "The court summoned on Monday the former mayor of the town.",
])
def test_asi19_other_objects_after_a_day_are_no_summons_of_an_envoy(nlp, text):
    assert not [k for k in kinds(events(nlp, text, DAY)) if k[0] == "ACCUSE"]
