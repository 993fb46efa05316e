"""A government's release speaks in the first person ("We call on X to ...", "I welcome ..."): the act stands with
the author as an unnamed party when no speaker is named, and with the speaker when one is ("X said: We urge Y").
A question put to a speaker asserts nothing. Sentences written for the project."""

from __future__ import annotations

from ._fictional import code, ids, only


def test_an_unnamed_author_still_makes_the_appeal(base_nlp, coder) -> None:
    event = only(code(base_nlp, coder, "We urge Rohan to withdraw its forces from the border."), "REQUEST")
    assert [(a.text, a.actor_id) for a in event.actor] == [("We", None)]
    assert ids(event.recipient) == ["ROH"]


def test_a_named_speaker_is_the_author(base_nlp, coder) -> None:
    event = only(code(base_nlp, coder, "Elrond said: We urge Rohan to withdraw its forces."), "REQUEST")
    assert ids(event.actor) == ["ELR"]


def test_an_object_pronoun_with_no_referent_is_still_no_party(base_nlp, coder) -> None:
    """Only the author's own "we"/"I" as subject stands for the author: "Gondor attacked us" names no target."""
    assert not [e for e in code(base_nlp, coder, "Gondor attacked us.") if e.recipient]


def test_a_question_asserts_nothing(base_nlp, coder) -> None:
    assert code(base_nlp, coder, "Elrond, did you discuss the border with Gondor?") == []
    assert code(base_nlp, coder, "Will Gondor attack Arnor again?") == []
    assert [e.event_type for e in code(base_nlp, coder, "Gondor attacked Arnor again.")] == ["ASSAULT"]
