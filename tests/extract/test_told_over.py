"""An act told in a relative or adverbial clause, or by a noun, inside what someone says is attributed as the clause
it is part of: a reader must not see "the rebels attacked a convoy" styled as the publisher's own fact when only the
ministry said it. The writer's own narrative stays asserted, an allegation does not reach its clause's background,
and a denial of the report is not taken as a denial of the act told inside it. Sentences written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, event_type", [
    ("The ministry said the rebels, who attacked a convoy on Monday, were arrested in Goma.", "ASSAULT"),
    ("Kyiv said the Russian forces, which seized the village last week, were shelling Kharkiv.", "COERCE"),
])
def test_acts_inside_what_is_said_are_attributed(nlp, text: str, event_type: str) -> None:
    found = events(nlp, text)
    assert only(found, event_type).status == "attributed", [(e.event_type, e.status) for e in found]


def test_an_act_named_by_a_noun_in_a_report_is_attributed(nlp) -> None:
    found = events(nlp, "Russia condemned the Israeli attack on its embassy in Damascus, the ministry said.")
    assert only(found, "ASSAULT").status == "attributed", [(e.event_type, e.status) for e in found]


def test_the_writers_own_clause_stays_asserted(nlp) -> None:
    found = events(nlp, "After al-Shabaab attacked a checkpoint in Baidoa, Somali troops killed 12 militants.")
    assert {e.status for e in found} == {"asserted"}, [(e.event_type, e.status) for e in found]


def test_the_speakers_own_account_stays_asserted(nlp) -> None:
    """What "I think" frames is the speaker's own account (a first-person statement is asserted)."""
    found = events(nlp, "I believe this is the first time we have hosted a minister who joins us from a basement while "
                        "Russia is shelling Kharkiv.")
    assert only(found, "ASSAULT").status == "asserted", [(e.event_type, e.status) for e in found]


def test_an_allegation_does_not_reach_background(nlp) -> None:
    """The truce's negotiation is background of the charge, not part of it."""
    found = events(nlp, "Sudan accused the Rapid Support Forces of breaching the truce that was negotiated by "
                        "the United States and Saudi Arabia.")
    assert all(e.status != "alleged" for e in found if e.event_type in ("CONSULT", "AGREE")), kinds(found)
