"""A pronoun in what an unnamed force or body says of itself is that force or body, before any party named in an
earlier sentence (``agents.speaking_agent``, read first by ``eventargs``): "the army said it killed six militants" is
the army's act, not the act of the country named last. The pronoun must agree in number: "the army said they had
attacked a post" leaves "they" to others. Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-12-06"


def names(values):
    return [v.name for v in values]


BEFORE = "The government said Kabul must act against the militants. "


@pytest.mark.parametrize("said", [
    "The army said it killed six militants near the border.",
    "The army said its soldiers killed six militants near the border.",
])
def test_the_force_that_speaks_is_the_pronoun(nlp, said):
    act = only(events(nlp, BEFORE + said, DAY), "ASSAULT")
    assert names(act.actor) != ["Taliban"] and "army" in " ".join(names(act.actor)).lower()


def test_plural_pronoun_is_not_a_singular_force(nlp):
    found = events(nlp, BEFORE + "The army said they had attacked a checkpoint near the border.", DAY)
    assert all("army" not in " ".join(names(e.actor)).lower() for e in found if e.event_type == "ASSAULT")


def test_collective_police_take_they(nlp):
    act = only(events(nlp, BEFORE + "Police said they had arrested two suspects near the mosque.", DAY), "COERCE")
    assert names(act.actor) == ["Police"]


def test_a_named_speaker_still_binds_the_pronoun(nlp):
    # negative: a named country that speaks is resolved as before
    act = only(events(nlp, BEFORE + "Pakistan said it killed six militants near the border.", DAY), "ASSAULT")
    assert names(act.actor) == ["Pakistan"]
