"""People tied to a party are not that party: "supporters of X", "relatives of X", "allies of X" act as themselves,
while "members of X" and "fighters of X" are X. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only


@pytest.mark.parametrize("sentence, event_type, named", [
    ("Thousands of supporters of the jailed opposition leader Imran Khan clashed with police in Lahore.", "PROTEST",
     "P-IMRAN-KHAN"),
    ("Supporters of the opposition leader Raila Odinga marched in Nairobi to demand electoral reforms.", "PROTEST",
     "new:raila-odinga"),
])
def test_supporters_of_a_party_are_not_the_party(nlp, sentence, event_type, named) -> None:
    event = only(events(nlp, sentence), event_type)
    assert named not in ids(event.actor)
    assert [a.text.lower() for a in event.actor] == ["supporters"]


@pytest.mark.parametrize("sentence, actor_id", [
    ("Members of the Taliban attacked a checkpoint in Kunduz.", "AFG-TALIBAN"),
    ("Fighters of the Islamic State attacked an army post in Diyala.", "X-ISIL"),
])
def test_members_of_a_party_are_the_party(nlp, sentence, actor_id) -> None:
    assert ids(only(events(nlp, sentence), "ASSAULT").actor) == [actor_id]


@pytest.mark.parametrize("sentence, event_type", [
    ("The opposition accused the government of rigging the parliamentary election in Georgia.", "ACCUSE"),
    ("Opposition parties in Pakistan rejected the election results.", "REJECT"),
])
def test_the_opposition_is_a_party_by_its_sector(nlp, sentence, event_type) -> None:
    """"The opposition", "opposition parties": an unnamed party of the opposition (agent:OPP), whose charges and
    refusals are news as a protester's are."""
    assert ids(only(events(nlp, sentence), event_type).actor)[0] == "agent:OPP"
