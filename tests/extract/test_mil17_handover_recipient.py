"""Military releases: a base or town told as handed over in the passive ("a foreign outpost was handed over to the
national army") goes to the party of the "to" phrase, as in the active ("handed over its base to X"), not to the owner
the place is named by (``roles``). Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only


@pytest.mark.parametrize("text, recipient", [
    ("A French outpost near Gossi has been handed over to the Malian army.", "Mali"),
    ("The British camp at Lashkar Gah was handed over to Afghan forces on Sunday.", "Afghanistan"),
])
def test_mil17_passive_handover_goes_to_the_to_party(nlp, text, recipient):
    e = only(events(nlp, text), "RETREAT")
    assert [r.name for r in e.recipient] == [recipient]


def test_mil17_active_handover_unchanged(nlp):
    # negative: the active already names the party it went to
    e = only(events(nlp, "France handed over its last base in Niger to the Nigerien army."), "RETREAT")
    assert [r.name for r in e.recipient] == ["Niger"]
