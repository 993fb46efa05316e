"""Recipients in political news and official releases: whom an act is done to when the people are named by what
was done to them, when a rally or a meeting is placed in a country's city, and when the act backed is another
party's. Invented sentences with real names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize(("text", "kind", "recipient"), [
    ("Prime Minister Keir Starmer met the sailors released by the Houthis.", "CONSULT", ["sailors"]),
    ("Interior Minister Mohsin Naqvi praised the officers killed in Bannu for their courage.", "SUPPORT",
     ["officers"]),
    ("Governor Babagana Zulum met the farmers freed by the kidnappers.", "CONSULT", ["farmers"]),
])
def test_rcp14_people_named_by_what_was_done_to_them(nlp, text, kind, recipient):
    """A reduced relative ("the sailors released by X", "the officers killed in Y") names people by an act done to
    them: they are whom the meeting or the praise is for. The participle's "by" party did that act to them and its
    "in" or "for" phrase tells where or why, so neither is the people's own party nor the recipient."""
    assert [a.text for a in only(events(nlp, text, DAY), kind).recipient] == recipient


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Militants linked to ISKP attacked a police post in Peshawar.", "ISKP", None),
    ("Police arrested two men accused of financing ISKP.", None, "ISKP"),
])
def test_rcp14_participles_of_ties_keep_the_people_theirs(nlp, text, actor, recipient):
    """Negatives: a participle of ties ("militants linked to X") says whose the people are, and an "of" phrase of
    an accusation ("men accused of financing X") what they are held to have done: both still name their party."""
    found = events(nlp, text, DAY)
    assert len(found) == 1
    if actor is not None:
        assert [a.text for a in found[0].actor] == [actor]
    if recipient is not None:
        assert [a.text for a in found[0].recipient] == [recipient]


@pytest.mark.parametrize("text", [
    "Opposition supporters held a rally in Kenya's capital on Saturday.",
    "Farmers staged a protest in the Indian state of Punjab.",
    "Dock workers held a strike in Argentina's main port city.",
])
def test_rcp14_place_of_a_rally_is_no_recipient(nlp, text):
    """A country or a people's word on a place noun ("Kenya's capital", "the Indian state of Punjab") inside the
    place phrase of a rally or a strike only says where it was held: a place is a recipient only when it is the
    target itself, and a protest named with no target has none."""
    assert only(events(nlp, text, DAY), "PROTEST").recipient == []


@pytest.mark.parametrize(("text", "kind", "recipient"), [
    ("Protesters rallied against the Georgian government in Tbilisi.", "PROTEST", ["Georgian government"]),
    ("Foreign Minister Penny Wong held talks with Wang Yi in Malaysia's capital.", "CONSULT", ["Wang Yi"]),
    ("Militants attacked Quetta overnight.", "ASSAULT", ["Quetta"]),
])
def test_rcp14_named_targets_stay(nlp, text, kind, recipient):
    """Negatives: the party a protest is against and the partner of talks stay the recipients, and a place attacked
    itself is the target (a site in a place is a thing struck: no party, docs/annotation.md)."""
    assert [a.text for a in only(events(nlp, text, DAY), kind).recipient] == recipient


@pytest.mark.parametrize(("text", "recipient"), [
    ("Syria is supporting Russian aggression against Ukraine.", ["Russian"]),
    ("Iran backed the Houthi campaign against Israel.", ["Houthi"]),
    ("President Macky Sall voiced his appreciation of the efforts made by the Commission.", ["Commission"]),
])
def test_rcp14_backing_an_act_is_directed_at_its_author(nlp, text, recipient):
    """Backing an act, like condemning one, is directed at whoever does it ("supporting Russian aggression against
    Ukraine": Russia), never at the party the act is aimed at; appreciation of efforts goes to whoever made them."""
    assert [a.text for a in only(events(nlp, text, DAY), "SUPPORT").recipient] == recipient


@pytest.mark.parametrize(("text", "recipient"), [
    ("The EU supports Ukraine's defence against Russian aggression.", ["Ukraine"]),
    ("The UK supports the moderate Syrian opposition.", ["Syrian opposition"]),
])
def test_rcp14_backing_a_party_or_its_own_defence_stays(nlp, text, recipient):
    """Negatives: backing a party, or a party's own defence, is directed at that party."""
    assert [a.text for a in only(events(nlp, text, DAY), "SUPPORT").recipient] == recipient
