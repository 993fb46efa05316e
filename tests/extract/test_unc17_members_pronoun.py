"""A subject that names a body through its members ("The Council's members condemned X") is the
subject a pronoun of the next sentence takes: "They called on Y" is the body's appeal (``eventargs``, the previous
sentence's subject). Sentences written for the project; the full English pipeline."""

from __future__ import annotations

from ._fictional import events

DAY = "2026-12-06"


def _of(found, kind):
    return [(sorted(a.name for a in e.actor), sorted(r.name for r in e.recipient)) for e in found
            if e.event_type == kind]


def test_unc17_they_after_members_of_a_council_is_the_council(nlp):
    text = ("The members of the Security Council deplored the shelling of Goma. "
            "They called on all member states to respect the arms embargo.")
    acts = _of(events(nlp, text, DAY), "REQUEST")
    assert len(acts) == 1 and acts[0][0] == ["Security Council"]


def test_unc17_they_after_representatives_of_a_union_is_the_union(nlp):
    text = ("Representatives of the African Union met in Addis Ababa on Monday. "
            "They welcomed the mediation of Kenya.")
    acts = _of(events(nlp, text, DAY), "SUPPORT")
    assert acts == [(["African Union"], ["Kenya"])]


def test_unc17_a_person_pronoun_does_not_take_the_body(nlp):
    # negative: "he" is no body's members
    text = ("The members of the Security Council deplored the shelling of Goma. "
            "He called on all member states to respect the arms embargo.")
    assert all(acts[0] != ["Security Council"] for acts in _of(events(nlp, text, DAY), "REQUEST"))


def test_unc17_a_plain_subject_still_gives_the_pronoun(nlp):
    # negative: the body named as the subject itself, as before
    text = "The Security Council deplored the shelling of Goma. They called on Rwanda to withdraw its troops."
    assert _of(events(nlp, text, DAY), "REQUEST") == [(["Security Council"], ["Rwanda"])]


def test_unc17_it_after_members_of_a_body_is_not_the_body(nlp):
    # negative: "it" agrees with no members' subject (here it is the meeting)
    text = ("Representatives of the African Union will meet in Addis Ababa next week. "
            "It will include working groups on combatting the Lord's Resistance Army.")
    assert [e.event_type for e in events(nlp, text, DAY)] == ["CONSULT"]


def test_unc17_they_after_they_is_the_same_body(nlp):
    # a chain of "they" after a members' subject: each the body's
    text = ("The members of the Security Council deplored the shelling of Goma. "
            "They called for full respect of the arms embargo. "
            "They called on Rwanda and Uganda not to intervene in the conflict.")
    acts = _of(events(nlp, text, DAY), "REQUEST")
    assert (["Security Council"], ["Rwanda", "Uganda"]) in acts
