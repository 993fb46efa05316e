""""The government in Kabul", "the authorities in Tehran", "the regime in Damascus": a government named by the
capital it sits in is that country's government, as "the government of Pakistan" is (extract/actors.py,
``_government_phrase``). Only with "the" before it: "U.S. authorities in Iraq" are the United States', not Iraq's.
Invented sentences.
"""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only


@pytest.mark.parametrize("text, event_type, side, code", [
    ("Norway formally recognized the government in Kabul on Tuesday.", "SUPPORT", "recipient", "AFG"),
    ("The envoy urged the authorities in Tehran to free the two fishermen.", "REQUEST", "recipient", "IRN"),
    ("Finland accused the regime in Damascus of blocking the convoys.", "ACCUSE", "recipient", "SYR"),
    ("The authorities in Minsk expelled two Lithuanian diplomats on Friday.", "SANCTION", "actor", "BLR"),
])
def test_the_government_in_a_capital_is_that_countrys(nlp, text, event_type, side, code):
    event = only(events(nlp, text), event_type)
    assert any(i.startswith(code) for i in ids(getattr(event, side))), ids(getattr(event, side))


@pytest.mark.parametrize("text, event_type, side, code", [
    ("U.S. authorities in Baghdad arrested two smugglers on Monday.", "COERCE", "actor", "USA"),
    ("Turkish officials in Damascus met the opposition delegation.", "CONSULT", "actor", "TUR"),
])
def test_negative_a_named_countrys_officials_in_a_capital_stay_their_own(nlp, text, event_type, side, code):
    event = only(events(nlp, text), event_type)
    assert ids(getattr(event, side)) == [code]
