"""The parser now and then reads the "on" of "called on all parties" as a particle with the party as its object;
that particle is the preposition it is, and its object the party asked (``eventargs.recipient_heads``; the recipient
of a REQUEST is the party asked to act). Sentences written for the project; the full English pipeline."""

from __future__ import annotations

from ._fictional import events

DAY = "2026-12-06"


def _requests(found):
    return [sorted(r.text for r in e.recipient) for e in found if e.event_type == "REQUEST"]


def test_unc17_called_on_all_parties_after_a_concern(nlp):
    text = ("The Security Council on Tuesday expressed deep concern over the recent escalation of fighting in Somalia, and "
            "called on all parties to de-escalate the situation and to commit to a cease-fire.")
    acts = _requests(events(nlp, text, DAY))
    assert len(acts) == 1 and any("parties" in r for r in acts[0])


def test_unc17_a_concern_takes_no_party_of_its_conjunct(nlp):
    # negative: the concern is not addressed to the parties the next verb calls on
    text = ("The African Union on Monday expressed deep concern over the recent escalation of violence in Sudan, and "
            "called on all parties to de-escalate the situation.")
    found = events(nlp, text, DAY)
    assert not any("parties" in r.text for e in found if e.event_type == "ACCUSE" for r in e.recipient)
