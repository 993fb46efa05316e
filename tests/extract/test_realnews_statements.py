"""Constructions of real wire reports and foreign-ministry statements the coder misread: a bloc's sanctions or
"restrictive measures" approved or agreed (also in a relative clause), a condemnation of such measures, a meeting
attended, and a bid that failed. Invented sentences with real names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def _texts(side) -> list[str]:
    return [a.text for a in side]


@pytest.mark.parametrize(("text", "actors", "target", "negative", "kind"), [
    ("The new restrictive measures against Venezuela were approved on Monday by the European Union and Canada.",
     ["European Union", "Canada"], "Venezuela",
     "The United States approved sanctions relief for Venezuela's oil sector.", "CONCEDE"),
    ("EU foreign ministers agreed fresh sanctions on Belarus on Thursday.", ["EU foreign ministers"], "Belarus",
     "Kenya and Uganda agreed to reopen the border crossing.", "AGREE"),
    ("The Council approved an asset freeze on three Iranian banks.", ["Council"], None,
     "Parliament approved the budget on Monday.", None),
    ("\"We condemn the new restrictive measures against Cuba, which were approved on Monday by the European Union "
     "and Canada,\" the ministry said.", ["European Union", "Canada"], "Cuba",
     "Iran and the IAEA agreed a new inspection schedule.", "AGREE"),
])
def test_realnews_measures_approved_or_agreed_are_imposed(nlp, text, actors, target, negative, kind):
    """Sanctions, an asset freeze or a bloc's "restrictive measures" approved or agreed by a government or a bloc are
    imposed (SANCTION, CAMEO 163), by the guideline's "a measure a body agreed to take is the measure"; the CAMEO
    dictionary's default reading of "approve" (080, yield) made them a concession. A relative clause ("which were
    approved by X") approves the noun it hangs on. Negatives: sanctions relief approved eases sanctions (CONCEDE), a
    domestic budget approved is no event between parties, any other agreement stays AGREE."""
    found = events(nlp, text, DAY)
    measure = only(found, "SANCTION")
    assert measure.cameo == "163"
    assert _texts(measure.actor) == actors
    if target is not None:
        assert target in _texts(measure.recipient)
    assert not [e for e in found if e.event_type == "CONCEDE"]
    found = events(nlp, negative, DAY)
    assert not [e for e in found if e.event_type == "SANCTION"]
    if kind is not None:
        only(found, kind)


@pytest.mark.parametrize(("text", "author", "target"), [
    ("\"We condemn the new restrictive measures against Cuba, which were approved on Monday by the European Union "
     "and Canada,\" the ministry said.", ["European Union", "Canada"], "Cuba"),
])
def test_realnews_condemned_measures_are_their_authors(nlp, text, author, target):
    """A condemnation of "measures" is directed at whoever took them, named by the "by" phrase of their clause, not
    at the party they target (the guideline: a judged act's author, never its victim)."""
    found = events(nlp, text, DAY)
    accuse = only(found, "ACCUSE")
    assert _texts(accuse.recipient) == author
    assert target not in _texts(accuse.recipient)


@pytest.mark.parametrize(("text", "actor", "recipient", "negative"), [
    ("Egypt's foreign minister attended the meeting with his Ethiopian counterpart in Addis Ababa.",
     "Egypt's foreign minister", "Ethiopian", "The minister attended the funeral of the former president."),
    ("The Kenyan president attended talks with rebel leaders in Juba on Friday.", "Kenyan president",
     "rebel leaders", "The ambassador attended a reception at the palace."),
])
def test_realnews_meetings_attended_are_consultations(nlp, text, actor, recipient, negative):
    """A meeting or talks attended is a consultation (CAMEO 040, PLOVER CONSULT); the party of the "with" phrase
    is the one consulted. Negatives: a funeral or a reception attended is no consultation between parties."""
    consult = only(events(nlp, text, DAY), "CONSULT")
    assert _texts(consult.actor) == [actor]
    assert recipient in " ".join(_texts(consult.recipient))
    assert not [e for e in events(nlp, negative, DAY) if e.event_type == "CONSULT"]


@pytest.mark.parametrize(("text", "negative"), [
    ("Ankara failed to obtain a pledge from the rebels.", "Iran failed to cooperate with the inspectors."),
    ("Kenya failed to win a pledge from the donors.", "Serbia failed to hand over the suspects."),
])
def test_realnews_a_failed_bid_is_no_refusal(nlp, text, negative):
    """"failed to win / obtain" tells a bid of the subject that came to nothing, no refusal by it (PLOVER REJECT is
    the actor's refusal or non-compliance). Negatives: a cooperative act the subject failed to do is still its
    non-compliance (REJECT)."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "REJECT" and e.status == "asserted"]
    only(events(nlp, negative, DAY), "REJECT")


@pytest.mark.parametrize(("text", "negative"), [
    ("Moscow is not ready to offer a ceasefire.", "Kyiv is ready to offer a ceasefire."),
    ("Ankara is not willing to withdraw its troops from Syria.", "Ankara is willing to withdraw its troops from Syria."),
])
def test_realnews_an_intent_denied_by_its_copula_is_negated(nlp, text, negative):
    """"is not ready / not willing to X": the negation of an adjective of intent hangs on its copula, so the act is
    not announced as planned; a cooperative act refused so is the actor's refusal (REJECT), never a predicted
    agreement. Negative: without "not" the act is no refusal."""
    found = events(nlp, text, DAY)
    assert not [e for e in found if e.status == "predicted"]
    only(found, "REJECT")
    assert not [e for e in events(nlp, negative, DAY) if e.event_type == "REJECT"]
