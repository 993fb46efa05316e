"""Claims of responsibility in incident reports: an attack noun with a "claimed by X" participle, a bare "X claimed
responsibility." after the attack, and a claimed raid "that left N dead" give one ASSAULT by the claimant,
attributed, with the people hit. Invented sentences with real names; the full English pipeline."""

from __future__ import annotations

from ._fictional import events

DAY = "2026-11-30"


def _sides(event) -> tuple[list[str], list[str]]:
    return [a.name for a in event.actor], [a.text for a in event.recipient]


def test_ter16_attack_claimed_by_participle_names_the_attacker(nlp):
    """"died in the attack claimed by X": X is the attacker, attributed; the dead are the recipients."""
    found = events(nlp, "Five soldiers died in the attack claimed by Jama'at Nusrat al-Islam wal-Muslimin on "
                   "Tuesday.", DAY)
    assert [(e.event_type, e.status) for e in found] == [("ASSAULT", "attributed")]
    actors, recipients = _sides(found[0])
    assert actors == ["Jama'at Nusrat al-Islam wal-Muslimin"] and recipients == ["Five soldiers"]


def test_ter16_verb_restated_by_claimed_attack_noun_is_one_act(nlp):
    """"a post was hit by a car bomb ..., in an attack claimed by X": the strike and the claimed attack are one
    ASSAULT, by the claimant (the car bomb is no actor)."""
    found = events(nlp, "A Pakistani army post was hit by a car bomb and rockets on Wednesday, in an attack "
                   "claimed by the Pakistani Taliban.", DAY)
    assert [(e.event_type, e.status) for e in found] == [("ASSAULT", "attributed")]
    assert _sides(found[0])[0] == ["Tehrik-i-Taliban Pakistan"]


def test_ter16_bare_claim_of_responsibility_names_the_attacker_told_before(nlp):
    """"Gunmen killed X. The BLA claimed responsibility.": the claim names the gunmen's group, one attack."""
    found = events(nlp, "Gunmen killed four policemen in Noshki on Saturday. The Baloch Liberation Army claimed "
                   "responsibility.", DAY)
    assert [(e.event_type, e.status) for e in found] == [("ASSAULT", "attributed")]
    actors, recipients = _sides(found[0])
    assert actors == ["Balochistan Liberation Army"] and recipients == ["four policemen"]


def test_ter16_no_group_claimed_responsibility_changes_nothing(nlp):
    """Negative: "No group claimed responsibility" names no attacker; the attack stays as told."""
    found = events(nlp, "Gunmen killed four policemen in Noshki on Saturday. No group claimed responsibility.", DAY)
    assert [(e.event_type, e.status) for e in found] == [("ASSAULT", "asserted")]
    assert _sides(found[0])[1] == ["four policemen"]


def test_ter16_claimed_ambush_that_left_soldiers_dead_has_them_as_recipients(nlp):
    """"claimed an ambush that left 12 gendarmes dead": the gendarmes are whom it hit."""
    found = events(nlp, "The Islamic State has claimed responsibility for an ambush on a convoy that left 12 "
                   "gendarmes and four truck drivers dead in eastern Burkina Faso.", DAY)
    assert [(e.event_type, e.status) for e in found] == [("ASSAULT", "attributed")]
    assert _sides(found[0])[1] == ["12 gendarmes"]


def test_ter16_bare_claim_of_an_attack_told_with_its_attacker_is_no_second_act(nlp):
    """Negative: "X bombed Y. X claimed responsibility.": the attack already has its attacker, one event."""
    found = events(nlp, "In 2023, the Baloch Liberation Army carried out a bombing at a Chinese convoy in Gwadar. "
                   "The Baloch Liberation Army claimed responsibility.", DAY)
    assert [(e.event_type, e.status) for e in found] == [("ASSAULT", "asserted")]
