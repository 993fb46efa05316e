"""A finite verb the parser hangs on the noun before it as a reduced relative ("The resolution called on X to ...",
read as "the resolution [called on X]") still has that noun as its subject when the tagger reads the verb as a
finite past (VBD) and the noun is the sentence's root: the text's appeal, not an act of no one (``eventargs``).
Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-12-06"


def _requests(found):
    return [(sorted(a.name for a in e.actor), sorted(r.name for r in e.recipient)) for e in found
            if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text, recipients", [
    ("The resolution called on Somalia to freeze the funds of the listed traders.", ["Somalia"]),
    ("The declaration called on Serbia to hand over the suspects.", ["Serbia"]),
])
def test_unc17_a_text_that_called_on_a_party_is_the_appeal(nlp, text, recipients):
    acts = _requests(events(nlp, text, DAY))
    assert len(acts) == 1 and acts[0][1] == recipients and acts[0][0]


def test_unc17_a_participle_of_a_noun_stays_no_appeal(nlp):
    # negative: "a man called Ahmed" names, no one calls on anyone
    assert _requests(events(nlp, "A man called Ahmed was arrested by Somali police in Mogadishu.", DAY)) == []
