"""Types of acts told in speeches and briefings (eighteenth pass). Sentences written for the project; the full English
pipeline.

* A withdrawal or pull-out from an agreement told as a noun ("Washington's withdrawal from the arms treaty") is its
  rejection (REJECT, CAMEO 120), as the verb "withdrew from the deal" already is; a withdrawal from a place stays a
  retreat (``triggering.noun_trigger``: a noun named with its "from" phrase, ``triggers.json``).
* A party that admits or confesses that something happened tells that act; the admission is no diplomatic
  cooperation (the CAMEO dictionary's default for "admit" is the sense "admitted X as a member", kept).
"""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2019-09-04"


def _types(found):
    return sorted((e.event_type, e.evidence[0].trigger) for e in found)


@pytest.mark.parametrize("text", [
    "Beijing criticised Washington's withdrawal from the arms control treaty.",
    "Months after the American pullout from the nuclear accord, Tehran resumed enrichment.",
])
def test_spc18_withdrawal_from_an_agreement_is_a_rejection(nlp, text):
    found = [e for e in events(nlp, text, DAY) if e.evidence[0].trigger.endswith(("withdrawal", "pullout"))]
    assert [e.event_type for e in found] == ["REJECT"], _types(events(nlp, text, DAY))


@pytest.mark.parametrize("text", [
    # negatives: a withdrawal from a place or of troops stays a retreat
    "Kyiv welcomed the Russian withdrawal from Kherson.",
    "French troops completed their withdrawal from Mali in August.",
])
def test_spc18_withdrawal_from_a_place_stays_a_retreat(nlp, text):
    found = [e for e in events(nlp, text, DAY) if e.evidence[0].trigger.endswith("withdrawal")]
    assert found and all(e.event_type == "RETREAT" for e in found), _types(events(nlp, text, DAY))


@pytest.mark.parametrize("text", [
    "The Syrian army admitted that its jets had bombed the bakery by mistake.",
    "Ankara admitted on Friday that its drones had struck the convoy.",
])
def test_spc18_admission_that_is_no_support(nlp, text):
    found = events(nlp, text, DAY)
    assert not any(e.event_type == "SUPPORT" for e in found), _types(found)
    assert any(e.event_type == "ASSAULT" for e in found), _types(found)


def test_spc18_admitted_as_a_member_keeps_its_code(nlp):
    # negative: "admitted X as a member" keeps the dictionary's sense
    found = events(nlp, "The African Union admitted Morocco as a member in 2017.", DAY)
    assert [e.event_type for e in found if e.evidence[0].trigger == "admitted"] == ["SUPPORT"], _types(found)


# -- a leader's attack on civilians is of force -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Last week Kim Jong Un ordered an attack on fishermen near the border.",
    "Omar al-Bashir launched an attack on villagers in Darfur.",
])
def test_spc18_leaders_attack_on_civilians_is_an_assault(nlp, text):
    found = events(nlp, text, DAY)
    assert [e.event_type for e in found] == ["ASSAULT"], _types(found)


def test_spc18_leaders_attack_on_a_figure_stays_words(nlp):
    # negative: a named person attacking another known person with a cue of speech is a criticism
    found = events(nlp, "Erdogan attacked the Greek prime minister in a speech on Sunday.", DAY)
    assert [e.event_type for e in found] == ["ACCUSE"], _types(found)


# -- a quoted address before a colon is no party ----------------------------------------------------------------------

def test_spc18_address_before_colon_is_not_the_actor(nlp):
    text = '"My fellow citizens: on Sunday, Rwandan rebels attacked a border post near Goma.'
    found = [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]
    assert found and not any(a.name in ("Rwanda", "citizens") or "citizens" in a.name for a in found[0].actor), \
        [(e.event_type, [a.name for a in e.actor]) for e in found]
