"""A readout names its principals once with their titles and then by the bare office word: "Secretary of State X met
Y. The Secretary thanked ...", "Vice President X ... The Vice President praised ...". The bare word is the person
the text named with it (``actors._office_word_proposals``, ``LinkState.titled_by_word``), and a title of several
words ("Vice President") is noted whole, not as the "President" inside it. Sentences written for the project; the full
English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"


def _actors(found, kind):
    return [sorted(a.name for a in e.actor) for e in found if e.event_type == kind]


@pytest.mark.parametrize("text, kind, actors", [
    ("Secretary of State Tobias Wrenn spoke with Moroccan Prime Minister Karim Alaoui. The Secretary praised "
     "Morocco's role in the talks.", "SUPPORT", [["Tobias Wrenn"]]),
    ("Defense Secretary Ilse Marlow met Latvian Defense Minister Aivars Ozols. The Secretary thanked Latvia for "
     "hosting the exercise.", "SUPPORT", [["Ilse Marlow"]]),
    ("Chancellor Petra Holm received the Kenyan President in Bonn. The Chancellor condemned the attack on the "
     "embassy.", "ACCUSE", [["Petra Holm"]]),
    # a title of two words, then the same two words bare
    ("Vice President Dana Ortiz met Peruvian President Luis Paredes. The Vice President congratulated Peru on the "
     "vote.", "SUPPORT", [["Dana Ortiz"]]),
    # two principals told by their bare titles together
    ("Vice President Dana Ortiz and Secretary of State Tobias Wrenn met Iraqi leaders in Erbil. The Vice President "
     "and Secretary praised Iraq for its budget.", "SUPPORT", [["Dana Ortiz", "Tobias Wrenn"]]),
])
def test_brf17_bare_office_word_is_the_person_named_with_it(nlp, text, kind, actors):
    assert _actors(events(nlp, text, DAY), kind) == actors


@pytest.mark.parametrize("text, kind, actors", [
    # negatives: an office word that opens a longer title, or that no one in the text was named with, links to no one
    ("Tobias Wrenn met Karim Alaoui. The Secretary-General praised Morocco's role in the talks.", "SUPPORT",
     [["Secretary - General"]]),
    ("Foreign Minister Karim Alaoui met Tobias Wrenn. The Secretary praised Morocco's role in the talks.", "SUPPORT",
     [["Secretary"]]),
])
def test_brf17_office_word_without_a_named_holder_is_left(nlp, text, kind, actors):
    assert _actors(events(nlp, text, DAY), kind) == actors
