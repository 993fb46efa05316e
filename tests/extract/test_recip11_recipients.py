"""Recipients that are no party of the act: places that only say where, companions, a meeting's own forum,
documents, and a country or possessor named instead of the people or body it qualifies; and targets told only in
"against X" after a doer, in a clause of belonging or by a possessor's "by" phrase. Invented sentences with real
names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"


def _texts(event) -> list[str]:
    return [a.text for a in event.recipient]


@pytest.mark.parametrize("text", [
    "Coalition aircraft conducted strikes near Ramadi and Hit on Sunday.",
])
def test_recip11_place_a_named_attacker_struck_near_is_no_target(nlp, text):
    """A place in a "near"/"in" phrase of an attack whose attacker is named only says where it struck: a place is a
    recipient only when it is the target itself (the guideline)."""
    for event in [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]:
        assert _texts(event) == []


def test_recip11_a_party_in_the_place_phrase_stays_the_target(nlp):
    """Negative: a party named in the place phrase of an attack ("at the Russian embassy") is still its target."""
    found = events(nlp, "Gunmen attacked the Russian embassy in Kabul on Monday.", DAY)
    assert [a.actor_id for a in only(found, "ASSAULT").recipient] == ["RUS"]


@pytest.mark.parametrize("text, event_type, word", [
    ("Police arrested Sudan's former finance minister in Khartoum.", "COERCE", "minister"),
    ("Two peacekeepers from Chad were killed in an attack near Aguelhok.", "ASSAULT", "peacekeepers"),
    ("Mali's elected president, Ibrahim Keita, has been held by soldiers for three days.", "COERCE", "Keita"),
    ("The State Department designated Iran's Ministry of Intelligence and Security on Tuesday.", "SANCTION",
     "Ministry"),
])
def test_recip11_people_or_body_named_by_their_country_are_the_recipient(nlp, text, event_type, word):
    """People or a body qualified by a country ("Sudan's finance minister", "peacekeepers from Chad", "Iran's
    Ministry of Intelligence") were hit, held or designated themselves: the recipient's text is theirs, not the
    country's (the country stays their actor code), and a possessor of people does not hold them."""
    texts = _texts(only(events(nlp, text, DAY), event_type))
    assert any(word in t for t in texts), texts


def test_recip11_an_offer_from_a_country_stays_the_country(nlp):
    """Negative: a thing named like a doer ("an offer from Kabul") is no people; its country stays the party."""
    found = events(nlp, "Pakistan rejected a fresh offer from Afghanistan for talks on Tuesday.", DAY)
    assert [a.actor_id for a in only(found, "REJECT").recipient] == ["AFG"]


@pytest.mark.parametrize("text, event_type, absent", [
    ("Today we endorsed with the Nordic ministers all steps toward a truce.", "SUPPORT", "ministers"),
    ("Canada urged early ratification of the Arms Trade Treaty on Monday.", "REQUEST", "Treaty"),
])
def test_recip11_companions_and_documents_are_no_recipient(nlp, text, event_type, absent):
    """A "with" companion of an endorsement with its own object did it alongside the actor; a treaty an appeal is
    about is not the party asked to act (the recipient of a REQUEST is the party asked)."""
    for event in [e for e in events(nlp, text, DAY) if e.event_type == event_type]:
        assert not any(absent in t for t in _texts(event))


def test_recip11_a_meetings_own_forum_is_no_partner(nlp):
    """"had an extraordinary Foreign Affairs Council meeting": the Council is the forum that met, not a party met."""
    found = events(nlp, "The ministers had an extraordinary Foreign Affairs Council meeting in Brussels.", DAY)
    assert not any("Council" in t for e in found for t in _texts(e))


@pytest.mark.parametrize("text, event_type, word", [
    ("Ukraine stands with Moldova against any pressure.", "SUPPORT", "Moldova"),
    ("Canada urged Iran to ratify the treaty without delay.", "REQUEST", "Iran"),
])
def test_recip11_with_and_appeal_parties_stay(nlp, text, event_type, word):
    """Negatives: "stands with X" (no object of its own) names the party supported; the party urged to act stays
    the recipient of the appeal."""
    assert any(word in t for t in _texts(only(events(nlp, text, DAY), event_type)))


@pytest.mark.parametrize("text, event_type, word", [
    ("The Ministry condemned President Bazoum's overthrow by the presidential guard.", "ACCUSE", "guard"),
    ("Jordan condemned the drone attacks by Houthi fighters against Saudi Arabia.", "ASSAULT", "Saudi"),
    ("Israeli jets struck weapons depots that belonged to Hezbollah near Baalbek.", "ASSAULT", "Hezbollah"),
    ("The council condemned the murder of the prosecutor Ahmed Salem in a bombing that targeted his convoy.",
     "ASSAULT", "Ahmed Salem"),
])
def test_recip11_target_told_by_a_doer_or_owner_phrase(nlp, text, event_type, word):
    """The party an act is aimed at told around the noun: a condemned act done to a person ("X's overthrow by Y"
    condemns Y), an "against" phrase the parser hangs on the attack's doer, a clause of belonging of the thing
    struck, and a pronoun the coreference links to a name (the name, not "his")."""
    texts = [t for e in events(nlp, text, DAY) if e.event_type == event_type for t in _texts(e)]
    assert any(word in t for t in texts), texts


def test_recip11_a_country_possessor_of_an_invasion_is_its_author(nlp):
    """Negative: a country's possessive on an act it commits ("Russia's invasion of Ukraine") stays the author the
    condemnation is directed at."""
    found = events(nlp, "Japan condemned Russia's invasion of Ukraine on Friday.", DAY)
    assert [a.actor_id for a in only(found, "ACCUSE").recipient] == ["RUS"]


def test_recip11_what_a_demand_concerns_is_not_asked(nlp):
    """"stressed that Daesh must be defeated": the passive's subject is what the demand concerns, not the party
    asked to act (the recipient of a REQUEST is the party asked); "the regime must allow access" still asks the
    regime (negative)."""
    found = events(nlp, "The Security Council stressed that Daesh must be defeated.", DAY)
    assert all(not e.recipient for e in found if e.event_type == "REQUEST")
    found = events(nlp, "The Security Council stressed that the regime must allow full access.", DAY)
    assert any("regime" in t for t in _texts(only(found, "REQUEST")))
