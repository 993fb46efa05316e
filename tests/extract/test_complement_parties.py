"""Whom an agreement, offer or refusal is aimed at when the verb's own object names no one: the party of the act it
is about, down its chain of infinitives (``frames.complement_parties``). Invented sentences; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize(("text", "kind", "recipient"), [
    ("Ankara refused to allow NATO aircraft to use the Incirlik base.", "REJECT", "NATO"),
    ("Tehran refused to commit to any direct assistance to the Houthi campaign against Saudi Arabia.", "REJECT",
     "Houthi"),
    ("Hungary declined to join the EU statement criticising China.", "REJECT", "EU"),
    ("Qatar agreed to send a team to help Lebanon investigate the blast.", "AGREE", "Lebanon"),
])
def test_complement_parties_the_party_of_the_act_agreed_or_refused(nlp, text, kind, recipient):
    """"refused to allow X's aircraft to use the base": X is refused; "agreed to send a team to help Lebanon
    investigate": Lebanon is helped. A place in the act ("the Incirlik base") is no party."""
    found = [e for e in events(nlp, text, DAY) if e.event_type == kind]
    assert len(found) == 1
    assert [a.text for a in found[0].recipient] == [recipient]


def test_complement_parties_an_act_with_no_party_gives_no_recipient(nlp):
    """An agreement or refusal about an act that names no party ("to host the peace talks in Nairobi", "to extend
    the deadline") has no recipient: a place it is done in is none."""
    for text, kind in (("Kenya agreed to host the peace talks in Nairobi in March.", "AGREE"),
                       ("Ethiopia refused to extend the deadline for the grain deal.", "REJECT")):
        found = [e for e in events(nlp, text, DAY) if e.event_type == kind]
        assert found and all(e.recipient == [] for e in found)
