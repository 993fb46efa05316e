"""Whom an act is aimed at, as foreign-ministry and defence releases and wire reports tell it: a feeling expressed
about a party's act, a call or a journey for talks with a party, aid for the people of a country, an attack on an
owned target, an act judged with the manner of its doing. Invented sentences with real names; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"


def _texts(side) -> list[str]:
    return [a.text for a in side]


@pytest.mark.parametrize("text, recipient", [
    ("The Foreign Ministry expressed concern over Turkey's expansion of its bases in northern Iraq.", "Turkey"),
    ("The Secretary raised concerns about China's support for Russia's war industry.", "China"),
    ("Sweden voiced outrage at the killing of three aid workers by Al-Shabaab.", "Al-Shabaab"),
    ("Chile expressed concern about the humanitarian situation in Gaza.", None),
    ("The minister voiced concern about the safety of its citizens in Lebanon.", None),
    ("The ministers expressed concern over rising fuel prices across the region.", None),
])
def test_recip_a_feeling_expressed_is_aimed_at_the_author_of_its_topic(nlp, text, recipient):
    """Concern, outrage or alarm expressed, voiced or raised is a disapproval (ACCUSE disapprove) only when what it is
    about names a party; it is aimed at the author of the act it is about (the possessor or "by" party of that act),
    never at the act's other parties ("for Russia's war industry") or its victims. Concern about a state of affairs
    with no party, about the speaker's own people, or about a place that only says where a situation is, is a
    feeling of the speaker: no event (docs/annotation.md)."""
    found = [e for e in events(nlp, text, DAY) if e.event_type == "ACCUSE"]
    if recipient is None:
        assert not found, [(_texts(e.actor), _texts(e.recipient)) for e in found]
    else:
        assert len(found) == 1 and _texts(found[0].recipient) == [recipient], \
            [(_texts(e.actor), _texts(e.recipient)) for e in found]
        assert found[0].mode == "disapprove"


@pytest.mark.parametrize("text, recipient", [
    ("The Prime Minister held a call with President Tinubu of Nigeria on Friday.", "Tinubu"),
    ("In a call with Foreign Minister Ahmed Attaf, the Secretary discussed the situation in Libya.", "Ahmed Attaf"),
    ("Ghana renewed its call for a ceasefire in eastern Congo.", None),
])
def test_recip_a_call_with_a_party_is_a_telephone_consultation(nlp, text, recipient):
    """A bare "call" with a "with" phrase that names its partner is a telephone call (CONSULT phone, CAMEO 041), as
    "phone call" is, directed at the partner; the talk the call sets ("discussed") is the same consultation. A call
    "for" something with no partner ("renewed its call for a ceasefire") is an appeal, no telephone call."""
    found = events(nlp, text, DAY)
    if recipient is None:
        assert not [e for e in found if e.event_type == "CONSULT"]
        return
    act = only(found, "CONSULT")
    assert act.mode == "phone" and recipient in " ".join(_texts(act.recipient))


@pytest.mark.parametrize("text, recipient", [
    ("The Foreign Secretary travelled to Amman for talks with Jordanian officials.", "Jordanian officials"),
    ("The envoy flew to Doha for meetings with Qatari mediators.", "Qatari"),
    ("The Secretary of State will visit Nairobi next week to meet President Ruto.", "Ruto"),
])
def test_recip_a_journey_for_talks_is_aimed_at_whom_the_talks_are_with(nlp, text, recipient):
    """A visit made "for talks with X" or "to meet X" is directed at X, whom the visitor meets, not at the city
    travelled to (a place is a recipient only when it is the target itself, docs/annotation.md)."""
    act = only(events(nlp, text, DAY), "CONSULT")
    assert act.mode == "visit" and _texts(act.recipient) and _texts(act.recipient)[0].startswith(recipient)


@pytest.mark.parametrize("text, kind, recipient", [
    ("Norway will provide 8 million dollars in humanitarian aid for the people of Yemen.", "AID", "Yemen"),
    ("Ireland will give 2 million euros to help the people of Tonga rebuild after the tsunami.", "AID", "Tonga"),
    ("Denmark pledged 15 million euros to support refugees in Jordan.", "AGREE", "refugees"),
    ("The Government of Korea will extend emergency relief of 3 million dollars to Nepal.", "AID", "Nepal"),
    ("Ecuador extended the state of emergency in Guayas province.", "COERCE", None),
])
def test_recip_aid_is_for_the_people_helped(nlp, text, kind, recipient):
    """Aid is directed at whom it helps: "the people of X" stands for X, also when the "in aid" phrase hangs on the
    verb or the people are the subject of what they are helped to do; money pledged is an intent to give aid
    (CAMEO 033, PLOVER AGREE) for whom its purpose names; emergency relief extended is aid, not a state of
    emergency, while a state of emergency extended stays one (COERCE martial-law)."""
    found = events(nlp, text, DAY)
    act = only(found, kind)
    if recipient is None:
        assert act.mode == "martial-law"
        return
    assert recipient in " ".join(n for a in act.recipient for n in (a.text, a.name))
    assert not [e for e in found if e.event_type == "COERCE"]


def test_recip_the_manner_of_a_judged_act_is_no_act_of_the_judge(nlp):
    """"condemned the execution of a blogger by hanging": "by hanging" tells how the execution was done; the parser
    hangs it on "condemned", but the one who condemns hangs no one (no ASSAULT by the condemner). A "by" gerund
    with its own object after a verb of doing stays the subject's act."""
    found = events(nlp, "Australia condemned the execution of a blogger by hanging in Iran.", DAY)
    assert not [e for e in found if e.event_type == "ASSAULT" and "Australia" in _texts(e.actor)]
    assert only(found, "ACCUSE")
    found = events(nlp, "Kenya responded by shelling rebel positions near the border.", DAY)
    assert _texts(only(found, "ASSAULT").actor) == ["Kenya"]


@pytest.mark.parametrize("text, recipient", [
    ("Pakistan condemned the attack on its consulate in Jalalabad.", "Pakistan"),
    ("Egypt condemned the killing of two peacekeepers by gunmen in Mali.", "two peacekeepers"),
])
def test_recip_a_condemned_attack_is_aimed_at_its_target(nlp, text, recipient):
    """A condemned attack is an ASSAULT of its own (docs/annotation.md): told by an owned target with its place ("the
    attack on its consulate in Jalalabad": aimed at the owner), or by its victims ("the killing of two
    peacekeepers": peacekeepers are a party named by what they are)."""
    found = events(nlp, text, DAY)
    assert recipient in " ".join(n for a in only(found, "ASSAULT").recipient for n in (a.text, a.name))
    assert only(found, "ACCUSE")


@pytest.mark.parametrize("text, kind, recipient", [
    ("The Foreign Secretary's meeting with the Algerian Foreign Minister focused on energy.", "CONSULT", "Algerian"),
    ("The Minister welcomed the signing of the peace agreement between Sudan and South Sudan.", "SUPPORT", None),
    ("Canada welcomed Armenia's signing of the agreement with Azerbaijan.", "SUPPORT", "Armenia"),
])
def test_recip_a_meeting_or_agreement_noun_keeps_its_own_sides(nlp, text, kind, recipient):
    """A meeting noun told with its holder ("the Foreign Secretary's meeting with X") is the holder's consultation
    with X; a welcomed signing of an agreement "between X and Y" is the agreement's own event, whose parties are no
    recipients of the welcome (with no author named the welcome has none), while a signing by a named party is
    welcomed of that party."""
    act = only(events(nlp, text, DAY), kind)
    if recipient is None:
        assert act.recipient == []
    else:
        assert _texts(act.recipient) and _texts(act.recipient)[0].startswith(recipient)


@pytest.mark.parametrize("text, recipient", [
    ("The Foreign Secretary arrived in Kenya on Monday. She met her counterpart in Nairobi.", "Kenya"),
    ("The Minister met his counterpart in London.", None),
])
def test_recip_a_bare_counterpart_is_of_the_country_visited_before(nlp, text, recipient):
    """"She met her counterpart" names no country: the counterpart is of the country the same visitor's meeting or
    visit of the sentences before was with; with no earlier meeting the counterpart stays as told."""
    met = [e for e in events(nlp, text, DAY) if e.event_type == "CONSULT" and e.evidence[0].trigger == "met"]
    assert len(met) == 1
    names = [n for a in met[0].recipient for n in (a.text, a.name)]
    if recipient is None:
        assert "Kenya" not in names and any("counterpart" in n for n in names)
    else:
        assert recipient in names


@pytest.mark.parametrize("text, kind, recipient", [
    ("Iran seized a Greek tanker in the Gulf on Sunday. The Foreign Office condemned the seizure.", "ACCUSE", "Iran"),
    ("Venezuela freed two Colombian soldiers on Friday. Bogota welcomed the release.", "SUPPORT", "Venezuela"),
    ("The Foreign Office condemned the seizure.", "ACCUSE", None),
])
def test_recip_a_reaction_to_an_act_told_before_is_aimed_at_its_doer(nlp, text, kind, recipient):
    """"condemned the seizure", "welcomed the release" with the act told in the sentence before: the reaction is
    aimed at whoever did that act (the act noun refers back to the latest earlier act of its kind); with no earlier
    act the reaction names no one."""
    act = only(events(nlp, text, DAY), kind)
    names = [n for a in act.recipient for n in (a.text, a.name)]
    assert (recipient in names) if recipient else act.recipient == []
