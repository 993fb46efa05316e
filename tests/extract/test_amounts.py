"""A currency code before an amount ("NOK 50 million", "USD 2 million") is money, never a party: the model often
tags the code an organisation, and a new actor "NOK" would then be the aid's recipient. Sentences written for the
project."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only, run


@pytest.mark.parametrize("text", [
    "Norway announced NOK 50 million in new funding for refugees in Lebanon.",
    "The ministry released USD 2 million to the Red Cross in Gaza.",
])
def test_a_currency_code_before_an_amount_is_no_mention(nlp, text):
    doc = run(nlp, text)
    assert not [m.text for m in doc.spans["mentions"] if m.text in ("NOK", "USD")]


def test_the_aid_goes_to_a_party_not_to_the_currency(nlp):
    event = only(events(nlp, "Norway announced NOK 50 million in new funding for refugees in Lebanon."), "AID")
    assert "new:nok" not in ids(event.recipient)
