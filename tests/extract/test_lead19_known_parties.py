"""Parties international news names often that the dictionary lacked (extract/resources/actors/region.jsonl):
Russia's Africa Corps, the Fano militias of Amhara, the Polisario Front, Ukraine's Azov Brigade, Kataib Hezbollah
and the Islamic Resistance in Iraq, Iran's Quds Force, Fatah, the Palestinian Authority, the Qassam Brigades, the
UN mission in Mali (MINUSMA), the Alliance of Sahel States, AUKUS, and the EU's Frontex and Europol. Unknown, each was
an unlinked name ("new:...") with no country, so no dyad or country view held its acts. Invented sentences.
"""

from __future__ import annotations

import pytest

from ._fictional import events, ids, only


@pytest.mark.parametrize("text, event_type, code", [
    ("Soldiers of the Africa Corps raided a gold mine near the border on Sunday.", "ASSAULT", "RUS-AFRICA-CORPS"),
    ("Fano fighters ambushed a federal convoy outside the town.", "ASSAULT", "ETH-FANO"),
    ("The Polisario Front accused Rabat of breaking the truce.", "ACCUSE", "ESH-POLISARIO"),
    ("The Quds Force supplied rockets to the militia, the report said.", "AID", "IRN-QUDS-FORCE"),
    ("The Palestinian Authority condemned the settler attack on the village.", "ACCUSE", "PSE-PA"),
    ("Frontex deployed forty officers to the northern border.", "MOBILIZE", "IGO-FRONTEX"),
    ("Kataib Hezbollah threatened to strike American bases.", "THREATEN", "IRQ-KATAIB-HEZBOLLAH"),
])
def test_a_party_news_names_often_is_known(nlp, text, event_type, code):
    event = only(events(nlp, text), event_type)
    assert ids(event.actor) == [code]


def test_negative_a_weak_short_name_alone_is_not_the_authority(nlp):
    """Negative: "PA" is a weak alias; a sentence that gives no Palestinian context links no party to it."""
    found = events(nlp, "The PA system failed during the rally, organisers said.")
    assert not any("PSE-PA" in ids(e.actor) + ids(e.recipient) for e in found)


def test_a_persons_own_organisation_is_a_party_of_its_own(nlp):
    """"President X and his Y Front": the front is a second party, not a name for the president (an unknown
    organisation owned by a known party stands for that party only when the owner is no person)."""
    event = only(events(nlp, "The rebels demanded that President Kagame and his Unity Renewal Front agree to talks."),
                 "REQUEST")
    assert ids(event.recipient) == ["P-PAUL-KAGAME", "new:unity-renewal-front"]


def test_negative_an_organisation_owned_by_a_known_movement_stands_for_it(nlp):
    event = only(events(nlp, "The Taliban's Ministry of Water and Energy signed the deal with Uzbekistan."), "AGREE")
    assert ids(event.actor) == ["AFG-TALIBAN"]


@pytest.mark.parametrize("text, event_type, status", [
    ("Ruritania declared its readiness to resume negotiations with Borduria.", "AGREE", "asserted"),
    ("Ruritania announced its determination to hold talks with Borduria.", "AGREE", "asserted"),
    ("Ruritania announced plans to hold talks with Borduria next month.", "CONSULT", "predicted"),
])
def test_a_readiness_states_intent_and_a_plan_schedules(nlp, text, event_type, status):
    """A readiness, pledge or determination to meet is the statement of intent (AGREE, CAMEO 036); a plan to meet
    places the meeting in the diary (CONSULT, predicted)."""
    found = [(e.event_type, e.status) for e in events(nlp, text)]
    assert found == [(event_type, status)], found


@pytest.mark.parametrize("text, actor, author", [
    ("Japan rebuffed China's criticism of the naval drills.", "JPN", "CHN"),
    ("Seoul spurned Pyongyang's accusations over the leaflets.", "KOR", "PRK"),
])
def test_criticism_rebuffed_is_a_rejection_of_its_author(nlp, text, actor, author):
    """A rebuff of criticism or accusations refuses them (REJECT, CAMEO 120, as "rejected X's criticism" is),
    aimed at whoever made them; it is no criticism of its own."""
    found = events(nlp, text)
    assert not [e for e in found if e.event_type == "ACCUSE"], [(e.event_type, e.evidence[0].trigger) for e in found]
    event = only(found, "REJECT")
    assert ids(event.actor) == [actor] and ids(event.recipient) == [author]


def test_negative_criticism_voiced_stays_an_accusation(nlp):
    event = only(events(nlp, "Japan criticised China's naval drills near the islands."), "ACCUSE")
    assert ids(event.actor) == ["JPN"] and ids(event.recipient) == ["CHN"]
