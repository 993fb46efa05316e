"""Recipients as English names the party acted on: a state named only as a ship's flag or a place's former ruler is
no party of the act, and the forces or weapons a threatener would use are its own, not the threatened party.
Invented sentences with real names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def _texts(side) -> list[str]:
    return [a.text for a in side]


@pytest.mark.parametrize("text, kind, recipient", [
    ("Iran released a Panama-flagged tanker on Sunday.", "RETREAT", []),
    ("Houthi fighters attacked a British-flagged oil tanker in the Red Sea.", "ASSAULT", []),
    ("Iranian commandos boarded and seized a Greek-flagged vessel in the Gulf of Oman.", "COERCE", []),
    ("Iran freed the crew of a Marshall Islands-flagged tanker it had seized in May.", "RETREAT", ["crew"]),
    ("Beijing imposed a sweeping national security law on the former British colony.", "COERCE", []),
])
def test_rcx15_flag_state_and_former_ruler_are_no_party(nlp, text, kind, recipient):
    """A nationality hyphened to "flagged" or "registered" tells the flag a ship sails under, and "the former
    British colony" tells who once ruled a place: neither state is the party seized, released, attacked or ruled
    (the owners and crew are, or the place's own government), so the act has no recipient from that word, and "it"
    after such a ship is not the flag state."""
    found = events(nlp, text, DAY)
    act = only(found, kind)
    assert _texts(act.recipient) == recipient
    assert all(not _texts(e.actor) or "Marshall Islands" not in _texts(e.actor) for e in found)


@pytest.mark.parametrize("text, kind, recipient", [
    ("Iran seized a British oil tanker on Friday.", "COERCE", "British"),
    ("Houthi rebels attacked an Israeli-owned cargo ship in the Red Sea.", "ASSAULT", "Israeli"),
    ("The navy seized a vessel belonging to Iran near the strait.", "COERCE", "Iran"),
])
def test_rcx15_owner_of_a_ship_stays_the_recipient(nlp, text, kind, recipient):
    """Negatives: a plain nationality or an owner ("a British oil tanker", "an Israeli-owned ship", "a vessel
    belonging to Iran") names the party the act is done to."""
    act = only(events(nlp, text, DAY), kind)
    assert _texts(act.recipient) == [recipient]


@pytest.mark.parametrize("text, recipient", [
    ("The army chief threatened to unleash the might of the Pakistani Air Force against India.", "India"),
    ("North Korea threatened to use its nuclear forces against the United States.", "United States"),
    ("The militia threatened to send its fighters against the Turkish forces in the north.", "Turkish forces"),
    ("Tehran threatened to turn its missiles on Israeli cities if attacked.", "Israeli"),
    # negatives: the object is the party threatened
    ("The gunmen threatened to kill the hostages at the embassy.", "hostages"),
    ("Russia threatened to expel Polish diplomats over the incident.", "Polish diplomats"),
])
def test_rcx15_threatener_own_forces_are_not_the_threatened(nlp, text, recipient):
    """"threatened to unleash the firepower of the navy against X", "to use its forces against X", "to turn its
    missiles on X": the forces and weapons are the threatener's own means, the target of "against" (or of "on"/"at"
    after such means) is the threatened party; when the object is people ("to kill the hostages at the embassy")
    the object stays the threatened party."""
    act = only(events(nlp, text, DAY), "THREATEN")
    assert _texts(act.recipient) == [recipient]


@pytest.mark.parametrize("text, kind, recipient", [
    ("UN envoy Ramtane Lamamra demanded an end to the fighting in Sudan's Darfur region.", "REQUEST", []),
    ("The opposition is boycotting a national dialogue organized by the government ahead of elections in the West "
     "African country.", "PROTEST", []),
    # negatives: the party asked is named, or the place of the thing requested grants it
    ("The council called on Sudan to end the fighting in Darfur.", "REQUEST", ["Sudan"]),
    ("The dissident formally requested asylum in Russia on Tuesday.", "REQUEST", ["Russia"]),
])
def test_rcx15_place_of_what_is_asked_for_is_no_addressee(nlp, text, kind, recipient):
    """A place in a locative phrase that says where the thing asked for, protested or backed happens ("an end to
    the fighting in Sudan's Darfur region", "elections in the West African country") is no party asked or protested
    against: a place is a recipient only when it is the target itself, and the party asked is the one the request
    names ("called on Sudan to ..."); the place of the thing requested itself grants it ("asylum in Russia")."""
    act = only(events(nlp, text, DAY), kind)
    assert _texts(act.recipient) == recipient


@pytest.mark.parametrize("text, absent", [
    ("The US Africa Command conducted the airstrike at about 3 p.m. local Somalia time, killing two dozen "
     "al-Shabaab militants.", "Somalia"),
    ("The Pakistani Taliban have claimed responsibility for attacks in Bajaur province, which borders Afghanistan.",
     "Afghanistan"),
])
def test_rcx15_place_in_a_description_of_the_setting_is_no_target(nlp, text, absent):
    """An attack's place phrase may describe its place in a clause ("in Bajaur province, which borders
    Afghanistan") or tell a clock time by its zone ("at 3 p.m. local Somalia time"): the country named there is
    neither where the attack was nor whom it hit."""
    act = only(events(nlp, text, DAY), "ASSAULT")
    assert absent not in _texts(act.recipient)
    assert act.actor


def test_rcx15_place_of_an_attack_names_no_party(nlp):
    """An attack on a site in a city ("attacked a market in Quetta") struck a thing there: the city is where, not
    whom (docs/annotation.md: objects destroyed are not recipients; a place is a recipient only when it is the target
    itself). Earlier passes kept the city; the nineteenth pass's judges read such places as no party."""
    act = only(events(nlp, "Militants attacked a market in Quetta on Friday.", DAY), "ASSAULT")
    assert _texts(act.recipient) == []


@pytest.mark.parametrize("text, kind, absent", [
    ("Malaysian police raided several houses in Perlis jointly with the General Operations Force.", "COERCE",
     "General Operations Force"),
    ("Kenyan troops raided the camp jointly with Somali National Army soldiers.", "ASSAULT", "Somali National Army"),
    ("Iran and Iraq agreed to work together with Turkey on border security.", "AGREE", "Turkey"),
])
def test_rcx15_party_going_along_with_the_actor_is_no_recipient(nlp, text, kind, absent):
    """A "with" phrase marked by an adverb of togetherness ("raided ... jointly with X", "agreed to work together
    with X") names a party acting alongside the actor, never the one the act is done to."""
    act = only(events(nlp, text, DAY), kind)
    assert absent not in _texts(act.recipient)


def test_rcx15_joint_visit_companion_is_no_host(nlp):
    """"a joint visit with the head of the African Development Bank": the bank's head travels with the visitor;
    the host is the place visited, not the companion."""
    found = events(nlp, "The UN Secretary-General began a joint visit with the President of the African "
                        "Development Bank in Niamey on Monday.", DAY)
    assert found and all("President" not in _texts(e.recipient) for e in found)


@pytest.mark.parametrize("text, kind, recipient", [
    ("Blinken held talks with Lavrov in Geneva.", "CONSULT", "Lavrov"),
    ("Macron held a joint press conference with Scholz in Berlin.", "CONSULT", "Scholz"),
    ("Kenya agreed to work with Somalia on border security.", "AGREE", "Somalia"),
])
def test_rcx15_with_party_of_a_talk_or_agreement_stays(nlp, text, kind, recipient):
    """Negatives: without a word of going along, the "with" party of a talk, a joint press conference or an
    agreement to work is the other side of the act."""
    act = only(events(nlp, text, DAY), kind)
    assert _texts(act.recipient) == [recipient]
