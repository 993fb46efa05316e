"""Military releases: a person named by an armed group and a nationality ("a Syrian ISIS commander", "a Tunisian
al-Qaeda financier") is a member of the group: the group is the party, not the country of origin
(``eventargs.Args.inner_actor``). Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only


@pytest.mark.parametrize("text, group", [
    ("Syrian Democratic Forces detained a Moroccan ISIS recruiter near Raqqa.", "Islamic State"),
    ("Libyan police arrested an Egyptian al-Qaeda recruiter in Benghazi on Monday.", "al-Qaeda"),
])
def test_mil17_member_of_an_armed_group_is_the_group(nlp, text, group):
    e = only(events(nlp, text), "COERCE")
    assert [r.name for r in e.recipient] == [group]


@pytest.mark.parametrize("text, country", [
    # negatives: a nationality alone, and a national army's officer, stay the country
    ("Libyan police arrested an Egyptian engineer in Benghazi on Monday.", "Egypt"),
    ("Gunmen killed a Malian army colonel near Gao.", "Mali"),
])
def test_mil17_nationality_without_a_group_unchanged(nlp, text, country):
    e = [x for x in events(nlp, text) if x.event_type in ("COERCE", "ASSAULT")][0]
    assert [r.name for r in e.recipient] == [country]
