"""A party hyphened to a participle of backing or affiliation ("Iranian-affiliated militias", "Iran-backed militia
depots") names the proxy's sponsor, never the party that acts or is hit: the militias shell, and the depots struck
are no strike on the sponsor. "Affiliated" and "linked" do so only after a country ("al-Shabaab-linked militants"
are the group's). A plain country adjective on the object ("Iranian positions") keeps the country.
Sentences written for the project; the full English pipeline."""

from __future__ import annotations

from ._fictional import events, only

DAY = "2026-12-06"


def test_ctr18_sponsor_of_the_object_hit_is_no_recipient(nlp):
    strike = only(events(nlp, "US aircraft bombed Iran-backed militia depots near the border.", DAY), "ASSAULT")
    assert [a.name for a in strike.actor] == ["United States"]
    assert "Iran" not in [a.name for a in strike.recipient]


def test_ctr18_affiliated_proxy_is_the_actor(nlp):
    strike = only(events(nlp, "The base was shelled by Iranian-affiliated militias.", DAY), "ASSAULT")
    assert [a.name for a in strike.actor] == ["Iranian-affiliated militias"]


def test_ctr18_plain_adjective_of_the_object_keeps_the_country(nlp):
    # negative: no sponsor word, the country's positions are hit
    strike = only(events(nlp, "French jets bombed Iranian positions in the desert.", DAY), "ASSAULT")
    assert [a.name for a in strike.recipient] == ["Iran"]


def test_ctr18_group_linked_fighters_stay_the_group(nlp):
    # negative: "linked" after a group, not a country, names the group's own people
    arrest = only(events(nlp, "Kenyan police arrested two al-Shabaab-linked militants in Garissa.", DAY), "COERCE")
    assert [a.name for a in arrest.recipient] == ["Al-Shabaab"]
