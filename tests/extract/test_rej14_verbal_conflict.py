"""Verbal conflict as diplomatic news tells it: official protests, boycotts decided, refusals worded as inability,
claims that are no charges, and threats told by a restated noun, a conditional vow or a response "against" a target.
Invented sentences with real names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"


@pytest.mark.parametrize("text, author", [
    ("Foreign Minister Kenji Sato on Tuesday strongly protested remarks made by the Chinese consul general.", None),
    ("Ambassador Mark Lambert protested the detention of two Filipino fishermen by Chinese authorities.",
     "Chinese authorities"),
])
def test_rej14_a_protest_by_an_office_holder_is_an_official_complaint(nlp, text, author):
    """A person named with a state office ("Foreign Minister X", "Ambassador X") who protests speaks as the office:
    an official complaint (CAMEO 114, ACCUSE), as the ministry's own protest is, never a demonstration; a protest of
    an act is directed at the act's author, not at those it was done to. A union leader protesting outside a
    building holds no state office and demonstrates (PROTEST)."""
    found = events(nlp, text, DAY)
    complaint = only(found, "ACCUSE")
    assert complaint.cameo == "114"
    if author is not None:
        assert [a.text for a in complaint.recipient] == [author]
    assert not [e for e in found if e.event_type == "PROTEST"]
    found = events(nlp, "Union leader Maria Lopez protested outside the ministry in Lima on Monday.", DAY)
    assert only(found, "PROTEST").mode == "demo"
    assert not [e for e in found if e.event_type == "ACCUSE"]


def test_rej14_a_boycott_decided_is_the_boycott(nlp):
    """A boycott a party decides on is the boycott itself (PROTEST boycott), as a measure decided is the measure
    (docs/annotation.md, sanctions notices); one it says it will make stays a threat to boycott (THREATEN)."""
    found = events(nlp, "The opposition alliance in Kinshasa decided to boycott the national dialogue called by "
                        "President Tshisekedi.", DAY)
    assert only(found, "PROTEST").mode == "boycott"
    assert not [e for e in found if e.event_type == "THREATEN"]
    found = events(nlp, "Kenya's opposition coalition said it would boycott the talks.", DAY)
    assert only(found, "THREATEN")


@pytest.mark.parametrize("text", [
    "The Somali government said it could not accept the proposal from Ethiopia.",
    "Germany cannot support the draft resolution tabled by Russia.",
])
def test_rej14_cannot_accept_is_a_refusal(nlp, text):
    """A party saying it cannot accept or support what is put to it refuses it (REJECT 120), as "will not accept"
    does; it is no agreement denied. Inability to attend a meeting refuses nothing put to the party."""
    found = events(nlp, text, DAY)
    assert only(found, "REJECT").cameo == "120"
    assert not [e for e in found if e.event_type in ("AGREE", "SUPPORT")]
    found = events(nlp, "Because of the storm, Kenya's foreign minister could not attend the meeting in Addis Ababa.",
                   DAY)
    assert not [e for e in found if e.event_type == "REJECT"]


@pytest.mark.parametrize("text", [
    "President Milei claimed on Monday that Chile had invited Buenos Aires to talks on the border.",
    "The senator claimed that Seoul had requested a meeting with the Japanese prime minister.",
])
def test_rej14_a_claim_that_a_party_sought_talks_is_no_accusation(nlp, text):
    """Saying another party sought talks or a meeting charges it with nothing: the overture told keeps its own
    event (alleged), and the claim is no ACCUSE (PLOVER ACCUSE is an allegation of wrongdoing). A claim that a party
    shelled or armed someone is a charge: ACCUSE stays beside the act alleged."""
    found = events(nlp, text, DAY)
    assert not [e for e in found if e.event_type == "ACCUSE"]
    found = events(nlp, "Kyiv claimed that Belarus had shelled a border post near Chernihiv.", DAY)
    assert only(found, "ACCUSE").mode == "allege"


@pytest.mark.parametrize("text, recipient", [
    ("On the eve of the ballot, the Russian envoy repeated his threat to block the text.", None),
    ("Erdogan renewed his threat to launch a new offensive against Kurdish fighters in Syria.", "Kurdish fighters"),
    ("Azerbaijan's president issued a fresh threat to use force against Armenia.", "Armenia"),
])
def test_rej14_a_threat_restated_by_its_noun(nlp, text, recipient):
    """A threat told by its noun under a verb that repeats, renews or issues it is the threat (CAMEO 130); the party
    the threatened act is against ("a threat to use force against X") is its recipient. A warning of a typhoon
    renewed threatens no one."""
    threat = only(events(nlp, text, DAY), "THREATEN")
    if recipient is not None:
        assert recipient in [a.text for a in threat.recipient]
    found = events(nlp, "Japan's weather agency renewed its warning about the typhoon on Sunday.", DAY)
    assert not [e for e in found if e.event_type == "THREATEN"]


@pytest.mark.parametrize("text", [
    "The Russian defence minister also warned that Moscow would respond against the airfields the drones take off "
    "from.",
    "Tehran vowed a crushing response if any Israeli jets enter Iranian airspace.",
])
def test_rej14_a_response_against_a_target_or_on_a_condition_is_a_threat(nlp, text):
    """A response told "against" a target, or vowed on a condition of attack, is a threat (CAMEO 130) even when no
    party is named; a promise of any kind (AGREE) is not what it is. A response to a flood or an outbreak, with no
    condition and no target, threatens no one."""
    found = events(nlp, text, DAY)
    assert only(found, "THREATEN")
    assert not [e for e in found if e.event_type == "AGREE"]
    for calm in ("The government vowed a swift response to the floods.",
                 "The health ministry said it would respond swiftly to the cholera outbreak."):
        assert not [e for e in events(nlp, calm, DAY) if e.event_type == "THREATEN"]


def test_rej14_a_threat_spelled_out_by_its_participle_is_one_act(nlp):
    """"issued a warning to X, vowing a harsh response if ...": the participle spells out the warning already told,
    one THREATEN (docs/annotation.md: each act gets one event)."""
    found = events(nlp, "Kim Jong Un issued a blunt warning to Seoul, vowing a merciless response if any South Korean "
                        "drones crossed the border again.", DAY)
    threat = only(found, "THREATEN")
    assert "Seoul" in [a.text for a in threat.recipient]
    assert not [e for e in found if e.event_type == "AGREE"]


@pytest.mark.parametrize("text", [
    "Hamas rejected the demand that it disarm.",
    "Mali rejected the proposal that French troops withdraw from Gao.",
])
def test_rej14_what_a_rejected_demand_asks_is_no_act(nlp, text):
    """The act a rejected demand or proposal asks for ("rejected the demand that it disarm") is not told as done:
    the refusal (REJECT) is the one event, as "rejected demands to disarm" is."""
    found = events(nlp, text, DAY)
    assert only(found, "REJECT")
    assert not [e for e in found if e.event_type == "RETREAT"]


@pytest.mark.parametrize(("text", "rejected"), [
    ("Hungary blocked the EU sanctions package on Monday.", True),
    ("Russia blocked the resolution on Syria.", True),
    ("Poland blocked the agreement on migration at the summit.", True),
    ("Police blocked the road to the parliament on Monday.", False),
    ("Iran blocked the Strait of Hormuz for two days.", False),
])
def test_rej14_a_text_blocked_is_refused(nlp, text, rejected):
    """A package, a resolution, a statement or an agreement blocked is refused as a veto is (CAMEO 129, REJECT), no
    restriction of anyone's movement; a road or a strait blocked stays a restriction, no refusal."""
    found = events(nlp, text, "2026-11-25")
    assert any(e.event_type == "REJECT" for e in found) == rejected
    assert any(e.event_type == "COERCE" for e in found) != rejected
