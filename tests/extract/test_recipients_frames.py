"""Whom an act is directed at, second pass: a reduced relative clause on the recipient ("sanctions on officials
linked to the crackdown") that the parser reads as a clause of its own loses neither the act nor its recipient;
the "on"/"about"/"over" phrase of talks or an agreement is what they are about, not a side of them, while the
"with" party still is and "aid for X" still names X. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, actor, recipient", [
    ("Canada imposed sanctions on Nicaraguan officials linked to the crackdown.", "CAN", "NIC"),
    ("Canada announced sanctions on Nicaraguan officials linked to the crackdown.", "CAN", "NIC"),
    ("Japan froze the assets of Russian oligarchs linked to the Kremlin.", "JPN", "RUS"),
])
def test_a_reduced_relative_on_the_recipient_keeps_the_act(nlp, text: str, actor: str, recipient: str) -> None:
    found = events(nlp, text, "2024-05-01")
    event = only(found, "SANCTION")
    assert ids(event.actor) == [actor], kinds(found)
    assert ids(event.recipient) == [recipient], kinds(found)


def test_a_participle_with_its_own_object_stays_a_clause(nlp) -> None:
    doc = nlp("The report said investigators linked the attack to a local cell.")
    linked = next(t for t in doc if t.lower_ == "linked")
    assert linked.dep_ != "acl"
    assert any(c.dep_ == "dobj" and c.lower_ == "attack" for c in linked.children)


@pytest.mark.parametrize("text, recipient", [
    ("The French foreign minister held talks in Geneva on Syria.", []),
    ("Egypt's foreign minister held talks in Amman on the future of Gaza.", []),
    ("Iran held talks with Oman on the nuclear deal.", ["OMN"]),
])
def test_what_talks_are_about_is_not_a_side_of_them(nlp, text: str, recipient: list[str]) -> None:
    found = events(nlp, text, "2024-05-01")
    event = only(found, "CONSULT")
    assert ids(event.recipient) == recipient, kinds(found)
