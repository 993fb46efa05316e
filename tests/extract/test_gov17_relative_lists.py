"""A plural relative clause after a list of parties is said of the whole list, though the parser hangs it on the
list's last member ("the governments of Chad, Niger, and Mali, who are hosting refugees": all three host them). A
relative clause of one party keeps that party alone. Sentences written for the project; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-30"


def _actors(found, kind):
    return [[a.name for a in e.actor] for e in found if e.event_type == kind]


@pytest.mark.parametrize("text", [
    "We commend the governments of Kenya, Uganda, and Ethiopia, who are sheltering and assisting refugees from "
    "South Sudan.",
    "The minister praised Kenya, Uganda, and Ethiopia, which are assisting refugees from South Sudan.",
])
def test_gov17_plural_relative_clause_is_said_of_the_whole_list(nlp, text):
    assert _actors(events(nlp, text, DAY), "AID") == [["Kenya", "Uganda", "Ethiopia"]]


def test_gov17_a_relative_clause_of_one_party_keeps_it_alone(nlp):
    # negative: a singular clause on a party named apart from the list
    found = events(nlp, "The minister thanked Kenya for its support and praised Uganda, which is assisting refugees "
                        "from South Sudan.", DAY)
    assert _actors(found, "AID") == [["Uganda"]]


@pytest.mark.parametrize("text, listed", [
    ("Those sanctioned are Marat Kuznetsov, Irina Belova, Sergei Grachev, and Yulia Frolova.",
     ["Marat Kuznetsov", "Irina Belova", "Sergei Grachev", "Yulia Frolova"]),
    ("Those sanctioned include Marat Kuznetsov, Irina Belova, Sergei Grachev and Yulia Frolova.",
     ["Marat Kuznetsov", "Irina Belova", "Sergei Grachev", "Yulia Frolova"]),
    # negative: a name with its description is one party
    ("Those sanctioned include Marat Kuznetsov, a former deputy minister.", ["Marat Kuznetsov"]),
])
def test_gov17_every_member_of_a_roster_is_listed(nlp, text, listed):
    found = [e for e in events(nlp, text, DAY) if e.event_type == "SANCTION"]
    assert [[a.text for a in e.recipient] for e in found] == [listed]
