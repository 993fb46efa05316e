"""Conflict and politics in Latin America and the Caribbean: a text adopted by a body speaks for it. Sentences written
for the project; the full English pipeline.

* "The resolution asks ...", "The declaration urges ..." after a body adopted, approved or issued that resolution or
  declaration within the three sentences before: the act is the body's (``eventargs._issued_before``), not the
  text's; a text no earlier sentence adopts keeps its older reading, and an indefinite one ("a statement urges")
  refers to nothing.
"""

from __future__ import annotations

from ._fictional import events, ids, only

DAY = "2026-12-03"


def test_lat19_resolution_speaks_for_the_body_that_adopted_it(nlp):
    found = events(nlp, "The Organization of American States approved a resolution on Peru. The resolution asks the "
                        "government to free the prisoners.", DAY)
    assert ids(only(found, "REQUEST").actor) == ["IGOWSTOAS"] or \
        [a.name for a in only(found, "REQUEST").actor] == ["Organization of American States"]


def test_lat19_declaration_issued_two_sentences_before(nlp):
    found = events(nlp, "Brazil issued a declaration on Sunday. Its tone was mild. The declaration urges Venezuela "
                        "to release the detained students.", DAY)
    assert ids(only(found, "REQUEST").actor) == ["BRA"]


def test_lat19_text_adopted_by_nobody_named_is_not_given_a_party(nlp):
    found = events(nlp, "Brazil criticized Peru. A statement urges Chile to talk to Bolivia.", DAY)
    assert all("BRA" not in ids(e.actor) for e in found if e.event_type == "REQUEST")
