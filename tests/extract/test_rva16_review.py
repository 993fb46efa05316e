"""Review of the sixteenth pass's merged rules: a rule that fired wider than its own comment says. Sentences written
for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"


def _assaults(found):
    return [(sorted(a.text for a in e.actor), sorted(r.text for r in e.recipient))
            for e in found if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, count", [
    # an attack told over the year is still an attack: only a count of the killed is a tally (``background.tally``)
    ("Insurgents have ambushed army convoys twice this year in the northern province.", 1),
    ("Separatist fighters have shelled the port of Berdova three times this month.", 1),
    # negatives: the killed counted over a calendar stretch stay a tally
    ("At least 210 villagers have been killed this year in the eastern districts.", 0),
    ("Since 2019, more than 700 civilians have been killed in the province.", 0),
])
def test_rva16_tally_is_a_count_of_the_killed(nlp, text, count):
    assert len(_assaults(events(nlp, text, DAY))) == count


@pytest.mark.parametrize("text, actor", [
    # a weapon fired at a mine (the pit) strikes the place: no device set off by a vehicle (``reports.device_struck``)
    ("A Russian missile hit a coal mine near Donetsk on Tuesday.", ["Russian"]),
    ("Two Ukrainian drones struck a salt mine in Soledar.", ["Ukrainian"]),
])
def test_rva16_fired_weapon_hitting_a_mine_is_no_device_contact(nlp, text, actor):
    found = _assaults(events(nlp, text, DAY))
    assert found and found[0][0] == actor and "Russian" not in found[0][1] and "Ukrainian" not in found[0][1]


def test_rva16_vehicle_hitting_a_mine_stays_a_bombing(nlp):
    # negative: a patrol that sets off a mine is bombed by whoever laid it, its soldiers the people hit
    found = events(nlp, "An army patrol hit a landmine near Gao, killing two soldiers.", DAY)
    assert [(e.actor, [r.text for r in e.recipient]) for e in found if e.event_type == "ASSAULT"] == \
        [([], ["two soldiers"])]


@pytest.mark.parametrize("text, recipients", [
    # a person named in the "at" phrase is the one shot at, no place: the toll does not replace him (``where_only``)
    ("Gunmen shot at Governor Idris Bello in Maiduguri, wounding two of his guards.", ["Idris Bello"]),
    # negative: a place in the phrase gives way to the people the toll names
    ("Gunmen opened fire outside a mosque in Kabul, killing four worshippers.", ["four worshippers"]),
])
def test_rva16_person_shot_at_is_no_place(nlp, text, recipients):
    assert [r for _, r in _assaults(events(nlp, text, DAY))] == [recipients]


@pytest.mark.parametrize("text, count", [
    # a force sent to a hospital is deployed there; only the casualties' care is no deployment (``care_of_casualties``)
    ("Army commandos were deployed to the main hospital in Kunduz after militants stormed it.", 1),
    # negatives: the dead and wounded moved are their care
    ("The injured were shifted to hospital in Quetta.", 0),
    ("The bodies of the victims were flown to Kabul.", 0),
    ("Five of the passengers were rushed to the hospital.", 0),
])
def test_rva16_force_sent_to_a_hospital_is_deployed(nlp, text, count):
    assert len([e for e in events(nlp, text, DAY) if e.event_type == "MOBILIZE"]) == count


@pytest.mark.parametrize("text, actors", [
    # a bare claim of responsibility does not take over, nor repeat, an attack a named party or a state's force did
    # (``anaphora.claimable``)
    ("The Congolese army killed five rebels in an ambush near Goma on Monday. The M23 claimed responsibility.",
     [["Congolese army"]]),
    ("The Congolese army killed five rebels near Goma on Monday. The M23 claimed responsibility.",
     [["Congolese army"]]),
    ("Police killed two suspects in a raid in Quetta on Monday. The BLA claimed responsibility.", [["Police"]]),
    # negatives: an attack by unnamed gunmen or militants is the claimant's
    ("Gunmen killed four policemen in Quetta on Monday. The BLA claimed responsibility.", [["BLA"]]),
    ("Militants ambushed a convoy near Kech on Monday, killing four soldiers. The BLA claimed responsibility.",
     [["BLA"]]),
])
def test_rva16_claim_takes_only_an_unnamed_attacker(nlp, text, actors):
    assert [a for a, _ in _assaults(events(nlp, text, DAY))] == actors


def test_rva16_same_count_of_other_people_is_no_toll_told_again(nlp):
    # three civilians killed after three soldiers are other dead, another act (``tolls._retold``)
    found = events(nlp, "Gunmen killed three soldiers in Kidal. The government condemned the attack. Three civilians "
                        "were killed in a blast.", DAY)
    assert [r for _, r in _assaults(found)] == [["three soldiers"], ["Three civilians"]]


def test_rva16_same_people_told_again_stay_one_toll(nlp):
    # negative: the same dead given again by another source
    found = events(nlp, "Two Malian soldiers were killed when gunmen raided a post near Ansongo on Sunday, the army "
                        "said. The area has seen many raids. A local official said two soldiers were killed.", DAY)
    assert len(_assaults(found)) == 1
