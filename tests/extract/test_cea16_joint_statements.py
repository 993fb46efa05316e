"""A paper issued by several parties speaks for all of them: "X, Y and Z issued a statement urging W to ..." is an
appeal by X, Y and Z, not by X alone (``eventargs.subject_heads``: a participle on a document noun takes the subjects of
the verb that issued it). Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"


@pytest.mark.parametrize("text, actors, recipients", [
    ("Burundi, Rwanda and Uganda issued a statement urging Congo to halt the offensive.",
     ["Burundi", "Rwanda", "Uganda"], ["Republic of the Congo"]),
    ("Kenya and Ethiopia released a communique calling on Sudan to accept the truce.", ["Kenya", "Ethiopia"],
     ["Sudan"]),
    ("Norway and Cuba published a declaration urging Colombia to resume the talks.", ["Norway", "Cuba"],
     ["Colombia"]),
    # negatives: one issuer, and a verb of its own, keep their actor
    ("Kenya released a statement calling on Sudan to accept the truce.", ["Kenya"], ["Sudan"]),
    ("Norway and Cuba urged Colombia to resume the talks.", ["Norway", "Cuba"], ["Colombia"]),
])
def test_cea16_statement_speaks_for_all_its_issuers(nlp, text, actors, recipients):
    found = [e for e in events(nlp, text, DAY) if e.event_type == "REQUEST"]
    assert len(found) == 1, [(e.event_type, [a.name for a in e.actor]) for e in found]
    assert [a.name for a in found[0].actor] == actors
    assert [r.name for r in found[0].recipient] == recipients
