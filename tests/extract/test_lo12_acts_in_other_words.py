"""Acts that wire reports tell in words the lexicons lacked: a deal "inked", sanctions "signed off on", a named
party's bid "backed", a protest named with its "by" phrase, a raid that ends in arrests, and forces of two
countries named by coordinated adjectives. Invented sentences with real names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"


def _ids(side) -> list[str]:
    return [a.actor_id or a.text for a in side]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Indonesia inked a memorandum of understanding with Japan on port upgrades.", "IDN", "JPN"),
    ("Kenya inked a deal with Ethiopia on cross-border power trade.", "KEN", "ETH"),
])
def test_lo12_inked_is_signed(nlp, text, actor, recipient):
    """"inked" is news shorthand for "signed": an accord, deal or MoU inked with a party is an agreement signed
    (AGREE, CAMEO 057) by the signer with that party, as "signed" is; a deal signed with a party keeps that party
    as the recipient even though a deal can also be someone's proposal."""
    agree = only(events(nlp, text, DAY), "AGREE")
    assert agree.cameo == "057"
    assert _ids(agree.actor) == [actor] and _ids(agree.recipient) == [recipient]


@pytest.mark.parametrize("text", ["The artist inked the tattoo on his arm.", "The printer inked the pages overnight."])
def test_lo12_inked_without_an_accord_is_no_event(nlp, text):
    """Only an accord inked is signed: ink put on skin or paper is no event."""
    assert events(nlp, text, DAY) == []


@pytest.mark.parametrize("text, actor, recipient", [
    ("The European Union signed off on a new sanctions package against Russia.", "IGO-EU", "RUS"),
    ("Canada signed off on sanctions against Belarusian officials.", "CAN", "BLR"),
])
def test_lo12_sanctions_signed_off_on_are_imposed(nlp, text, actor, recipient):
    """Sanctions a government or bloc "signed off on" are imposed by it (SANCTION, CAMEO 163), as ones it approved
    are; the party of the measures' "against" phrase is the one aimed at."""
    sanction = only(events(nlp, text, DAY), "SANCTION")
    assert sanction.cameo == "163"
    assert _ids(sanction.actor) == [actor] and _ids(sanction.recipient) == [recipient]


def test_lo12_a_budget_signed_off_on_is_no_sanction(nlp):
    """Signing off on anything but measures against a party (a budget) is no sanction."""
    assert not [e for e in events(nlp, "The parliament signed off on the budget.", DAY) if e.event_type == "SANCTION"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("The United States will continue to back Israel's right to defend itself.", "USA", "ISR"),
    ("Italy will continue backing Tunisia's reforms.", "ITA", "TUN"),
])
def test_lo12_backing_a_named_partys_cause_is_support(nlp, text, actor, recipient):
    """Backing what a named party holds or seeks ("X's right", "X's reforms") is an explicit statement of support
    of that party (SUPPORT, CAMEO 051; the guideline: an explicit statement of support is the act), also when it
    "will continue"; the party is the recipient."""
    support = only(events(nlp, text, DAY), "SUPPORT")
    assert _ids(support.actor) == [actor] and _ids(support.recipient) == [recipient]


@pytest.mark.parametrize("text", ["He backed the car into the garage.",
                                  "France remains committed to Morocco's development."])
def test_lo12_backing_no_party_and_standing_commitments_are_no_support(nlp, text):
    """A car backed names no party; a standing commitment ("remains committed to") is no act (the guideline)."""
    assert events(nlp, text, DAY) == []


@pytest.mark.parametrize("text, mode, actor", [
    ("A sit-in by nurses outside the health ministry entered its third day.", "demo", "agent:HLH"),
    ("A strike by dock workers in Rotterdam halted container traffic.", "strike", "agent:LAB"),
    ("A march by farmers through Paris drew thousands.", "demo", "agent:AGR"),
    ("A walkout by teachers closed schools across Lagos.", "boycott", "agent:EDU"),
])
def test_lo12_protest_noun_with_its_protesters_in_a_by_phrase(nlp, text, mode, actor):
    """A protest noun whose "by" phrase names the protesters ("a sit-in by nurses") tells the protest and who held
    it, with no light verb; "a strike by dock workers" is a labour strike (CAMEO 143), not an attack."""
    protest = only(events(nlp, text, DAY), "PROTEST")
    assert protest.mode == mode and _ids(protest.actor) == [actor]


@pytest.mark.parametrize("text", ["A strike by coalition aircraft destroyed a bridge.",
                                  "A march by troops through the capital marked the anniversary."])
def test_lo12_a_strike_or_march_by_a_force_is_no_protest(nlp, text):
    """A "by" phrase naming aircraft or troops is no crowd of protesters."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "PROTEST"]


@pytest.mark.parametrize("text, recipient", [
    ("Police raided the compound and arrested five suspects.", "five suspects"),
    ("Security forces raided the offices of the newspaper and detained two editors.", "two editors"),
])
def test_lo12_a_raid_ending_in_arrests_is_one_act(nlp, text, recipient):
    """A raid coordinated with an arrest by the same doer is the operation the arrest comes of: one act, one event
    (the guideline: each act gets one event, and those arrested belong to the COERCE event they result from),
    coded as the arrest, which names whom it held."""
    found = events(nlp, text, DAY)
    assert len(found) == 1
    arrest = only(found, "COERCE")
    assert arrest.mode == "arrest" and [a.text for a in arrest.recipient] == [recipient]


def test_lo12_a_raid_and_a_later_arrest_by_others_stay_two(nlp):
    """An arrest with a subject of its own is a clause of its own: the raid stays."""
    found = events(nlp, "Police raided the compound, and officers later arrested five suspects.", DAY)
    assert len([e for e in found if e.event_type == "COERCE"]) == 2


@pytest.mark.parametrize("text, parties", [
    ("Chinese and Pakistani air forces held joint drills over the Arabian Sea.", ["CHN", "PAK"]),
    ("Greek and Egyptian air forces conducted joint manoeuvres over the Mediterranean.", ["GRC", "EGY"]),
])
def test_lo12_coordinated_nationalities_of_one_force_are_both_parties(nlp, text, parties):
    """"Chinese and Pakistani air forces": both countries' forces held the drills; the compound word after the
    second adjective belongs to the force both adjectives modify, so that adjective is no stray title word."""
    act = only(events(nlp, text, DAY), "COOPERATE")
    assert sorted(_ids(act.actor)) == sorted(parties)


@pytest.mark.parametrize("text, event_type", [
    ("Turkey and Azerbaijan wrapped up joint military exercises in Baku.", "COOPERATE"),
    ("Turkey and Azerbaijan wrapped up talks in Baku.", "CONSULT"),
])
def test_lo12_an_act_wrapped_up_was_held(nlp, text, event_type):
    """"wrapped up" exercises or talks were held to their end: a light verb like "completed", the act its object's."""
    act = only(events(nlp, text, DAY), event_type)
    assert sorted(_ids(act.actor)) == ["AZE", "TUR"]


@pytest.mark.parametrize("text", ["The company wrapped up the quarter with strong sales.",
                                  "Volunteers wrapped up food parcels for families."])
def test_lo12_wrapping_up_no_act_is_no_event(nlp, text):
    """Only an event noun wrapped up is an act: a quarter or parcels are none."""
    assert events(nlp, text, DAY) == []


def test_lo12_a_criticism_naming_its_target_is_one_statement(nlp):
    """"hit back at X, calling its claims absurd": the participle names what the criticism is aimed at, the same
    statement (one ACCUSE), not a second act of rejection; an appeal told by "calling for" or "calling on" stays."""
    found = events(nlp, "Venezuela hit back at Guyana, calling its claims absurd.", DAY)
    accuse = only(found, "ACCUSE")
    assert _ids(accuse.actor) == ["VEN"] and _ids(accuse.recipient) == ["GUY"]
    assert len(found) == 1
    found = events(nlp, "Turkey condemned the raid, calling on Israel to stop.", DAY)
    assert _ids(only(found, "REQUEST").recipient) == ["ISR"]
