"""Conflict and politics in Latin America and the Caribbean: "the rebel group", "the country" referring back to a
party named before (``actors.ActorLinker._coreference``). Sentences written for the project; the full English
pipeline.

* A referring noun may carry one modifier of ``coref_modifiers`` after "the" ("the armed group", "the rebel
  group"), and an "of" phrase that is a charge hung on the noun ("blaming the rebel group of the unrest") does not
  stop it; an "of" phrase naming members ("the group of seven") still does.
* Such a phrase, like an object pronoun, never names the subject of its own clause, also inside the verb's object
  ("Ottawa imposed sanctions against the country" is not Canada), and never a member of a list of three or more
  ("other states, such as A, B and C").
"""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only

DAY = "2026-12-02"


@pytest.mark.parametrize("text", [
    "Bogota suspended talks with the National Liberation Army after blaming the armed group for the ambush.",
    "Colombia suspended talks with the National Liberation Army on Friday, blaming the rebel group of the unrest.",
])
def test_lat19_modified_group_refers_back(nlp, text):
    event = only(events(nlp, text, DAY), "ACCUSE")
    assert [a.name for a in event.recipient] == ["National Liberation Army"]


@pytest.mark.parametrize("text", [
    "Canada criticized Cuba's election. Ottawa then imposed sanctions against the country.",
    "Ottawa criticized Cuba's vote. Several other states, such as Peru, Chile and Brazil, also objected. Canada then "
    "imposed sanctions against the country.",
])
def test_lat19_the_country_is_not_the_clause_subject(nlp, text):
    event = only(events(nlp, text, DAY), "SANCTION")
    assert ids(event.recipient) == ["CUB"]


def test_lat19_subject_the_country_unchanged(nlp):
    found = events(nlp, "Brazil criticized Cuba. Brazil said the country would host the summit in May.", DAY)
    # a summit to host in May is the meeting planned (CONSULT, predicted); its host is the speaker, Brazil
    assert ids(only(found, "CONSULT").actor) == ["BRA"]


def test_lat19_group_of_members_refers_to_no_one(nlp):
    found = events(nlp, "Colombia met the National Liberation Army. The group of seven condemned the attack.", DAY)
    assert all(e.event_type == "CONSULT" for e in found)
