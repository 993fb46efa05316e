"""One act told by several words is one event (docs/annotation.md, "What is an event"): a strike's participle, a
protest issued in a summons, a breach's means clause, a relative clause of harm inside an attack's phrase, a
restated tally or stance. Two acts stay two. Invented sentences with real names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"


@pytest.mark.parametrize("text", [
    "Four coalition strikes hit near Sinjar, striking an ISIL unit and destroying a bunker.",
    "Coalition forces carried out six strikes near Hit, destroying three tactical units and a vehicle.",
    "Five coalition strikes hit near Tal Afar, striking two tactical units of ISIL fighters and a mortar position.",
])
def test_dup11_strike_participle_is_the_same_attack(nlp, text):
    """A participle of a strike ("hit near X, striking Y"; "carried out six strikes near X, destroying Y") tells
    what the one attack hit: one ASSAULT, whose targets are the participle's objects, not the place it was near."""
    attack = only(events(nlp, text, DAY), "ASSAULT")
    assert attack.recipient and not any(a.text in ("Sinjar", "Hit", "Tal Afar") for a in attack.recipient)


def test_dup11_strike_noun_in_a_harms_cause_is_that_attack(nlp):
    """"were killed and their camps razed in air strikes by X": the strikes are the cause of the coded
    harm, one attack by X on the killed, not a second attack told by "conducted"."""
    found = events(nlp, "The spokesman said the insurgents were killed and their camps razed in air strikes "
                        "conducted by the air component of Operation Hadin Kai at Sambisa.", DAY)
    attack = only(found, "ASSAULT")
    assert [a.text for a in attack.recipient] == ["insurgents"]


@pytest.mark.parametrize("text", [
    "The Foreign Ministry summoned the Danish ambassador and issued a formal protest over the burning of the Koran.",
    "Egypt's foreign ministry summoned the Israeli charge d'affaires and delivered a strong protest against the raid.",
    "Poland summoned Russia's ambassador to express its condemnation of the missile strike.",
    "Pakistan's Foreign Office summoned the Indian deputy high commissioner and handed over a protest note, strongly "
    "condemning the unprovoked firing across the Line of Control.",
    'Iran summoned the Swiss charge d\'affaires and issued "Iran\'s strong protest against the statements by US '
    'officials," the ministry said.',
])
def test_dup11_protest_issued_in_a_summons_is_one_complaint(nlp, text):
    """Summoning an envoy and issuing, delivering or expressing a protest in that summons is one official protest
    (CAMEO 114) by the summoning government, directed at the envoy's country: one ACCUSE, not a second one by the
    country named in the protest's possessive or by the envoy."""
    complaint = only(events(nlp, text, DAY), "ACCUSE")
    assert complaint.evidence[0].trigger == "summoned"


@pytest.mark.parametrize("text", [
    'Beijing lodged "its strongest protest" with Tokyo over the remarks.',
    "Turkey strongly condemned the bombing and expressed its condemnation to the Iraqi government.",
])
def test_dup11_complaint_told_twice_is_one(nlp, text):
    """A complaint told by a verb and again by its own noun ('lodged "its strongest protest"'), or a condemnation
    restated by a conjoined "expressed its condemnation", is one act."""
    only(events(nlp, text, DAY), "ACCUSE")


def test_dup11_stance_carried_by_a_restating_verb_is_the_stance(nlp):
    """"affirmed the UAE's strong condemnation of X": the verb carries the condemnation its object names; the act is
    the condemnation (ACCUSE), no second act of support for the UAE. With a pronoun for the stance's party
    ("reiterated his condemnation") the one act keeps the verb's subject as its actor."""
    found = events(nlp, "The ministry affirmed the UAE's strong condemnation of the bombing in Kabul.", DAY)
    only(found, "ACCUSE")
    assert not [e for e in found if e.event_type == "SUPPORT"]
    found = events(nlp, "Foreign Secretary David Lammy reiterated his condemnation of the shelling of Kharkiv.", DAY)
    assert [a.text for a in only(found, "ACCUSE").actor] == ["David Lammy"]


@pytest.mark.parametrize("text, target", [
    ("Pakistani troops violated the ceasefire by shelling Indian posts in Poonch.", "shelling"),
    ("Rebels broke the truce by attacking a Syrian army convoy near Idlib.", "attacking"),
])
def test_dup11_breach_by_an_act_is_that_act(nlp, text, target):
    """"violated the ceasefire by shelling X": the breach is done by the shelling; the act is the shelling (one
    ASSAULT), not a second rejection or attack told by "violated" or "broke"."""
    found = events(nlp, text, DAY)
    assert [e.evidence[0].trigger for e in found] == [target]


def test_dup11_restated_tally_is_no_act(nlp):
    """"announced 120 new sanctions on X, meaning that it has now designated 300 people": the clause under
    "meaning" counts the sanctions already told, no second designation (with X as its sanctioner)."""
    found = events(nlp, "Britain announced 120 new sanctions on Iranian officials, meaning that it has now "
                        "designated more than 300 people.", DAY)
    assert only(found, "SANCTION").actor[0].text == "Britain"


def test_dup11_toll_clause_inside_an_attacks_phrase_is_its_toll(nlp):
    """"staged an ambush on the insurgents near X that killed seven fighters": the relative clause hangs from a word
    inside the attack's phrase but tells that attack's toll, one ASSAULT (not a second one by the insurgents)."""
    found = events(nlp, "The army staged an ambush on the insurgents near Kidal that killed seven fighters.", DAY)
    assert only(found, "ASSAULT").actor[0].text == "army"


@pytest.mark.parametrize("text, count", [
    ("Militants opened fire on security forces near Bannu, who retaliated, triggering a gunfight.", 2),
    ("Germany summoned the Iranian ambassador, and Iran later summoned the German envoy in response.", 2),
    ("Police arrested two suspects and seized three rifles in Karachi.", 2),
    ("Gunmen abducted a trader in Zamfara and later shot him dead.", 2),
])
def test_dup11_two_acts_stay_two(nlp, text, count):
    """Two acts told together stay two: a retaliation by the party attacked, a summons answered by another, an
    arrest and a seizure, an abduction and a killing."""
    assert len(events(nlp, text, DAY)) == count
