"""Actors and statuses in official releases: a military command's press releases (rescues, captives, arrests in an
operation), a foreign ministry's statements at a council, a government's sanctions notices. Invented sentences with
real country, group and place names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import analyzed, events, only

DAY = "2026-11-25"  # a Wednesday


def _texts(side) -> list[str]:
    return [a.text for a in side]


@pytest.mark.parametrize("text, rescuer, captors, captives", [
    ("The Nigerian Army freed 23 villagers held captive by Boko Haram fighters near Gwoza on Friday.",
     "Nigerian Army", "Boko Haram", "villagers"),
    ("Chadian troops freed 41 fishermen held hostage by Boko Haram fighters on Lake Chad.",
     "Chadian troops", "Boko Haram", "fishermen"),
    ("The Kenya Defence Forces rescued 12 travellers abducted by al-Shabaab fighters in Lamu County.",
     "Kenya Defence Forces", "al-Shabaab", "travellers"),
])
def test_act13_people_held_by_a_party_are_its_captives_not_its_members(nlp, text, rescuer, captors, captives):
    """A participle with a "by" phrase after a noun of people ("persons held hostage by ISWAP", "villagers held
    captive by Boko Haram") tells what that party did to them: the party is the captor, the people its captives and
    the ones rescued or freed, never members of the captor's side (the rescue is not aimed at ISWAP)."""
    found = events(nlp, text, DAY)
    taking = only(found, "ASSAULT")
    assert any(captors in t for t in _texts(taking.actor))
    assert any(captives in t for t in _texts(taking.recipient))
    rescue = [e for e in found if e.event_type != "ASSAULT"]
    assert len(rescue) <= 1
    for act in rescue:  # a rescue of people no name says whose stands only with them as its recipient
        assert any(rescuer in t for t in _texts(act.actor))
        assert not any(captors in t for t in _texts(act.recipient))


def test_act13_captives_of_a_participle_read_as_a_finite_verb(nlp):
    """A reduced relative the parser takes for a finite verb ("women and children held hostage by the terrorists",
    tagged as a past tense) still has its "by" party as its doer, never the subject of the main clause (the troops
    who rescued them)."""
    found = events(nlp, "The soldiers of 25 Task Force Brigade also freed 52 people, comprising 20 women and 19 "
                        "children held hostage by Boko Haram gunmen.", DAY)
    taking = only(found, "ASSAULT")
    assert any("Boko Haram" in t for t in _texts(taking.actor))
    assert not any("troops" in t for t in _texts(taking.actor))


@pytest.mark.parametrize("text, owner", [
    ("Coalition aircraft struck fighters backed by Iran near Al Bukamal.", "Iran"),
    ("The army arrested three militants linked to the Islamic State in Kirkuk.", "Islamic State"),
])
def test_act13_people_backed_by_a_party_stay_its_side(nlp, text, owner):
    """Negative: a participle of belonging or service ("fighters backed by Iran", "militants linked to X") keeps
    naming the side those people are on, so the act stays aimed at that party."""
    found = events(nlp, text, DAY)
    assert found
    assert any(owner in t for e in found for t in _texts(e.recipient))


@pytest.mark.parametrize("text, speaker, kind", [
    ("Thank you President, the United Kingdom condemns the attack on the hospital in Kharkiv.", "United Kingdom",
     "ACCUSE"),
    ("Thank you, Mr President, Ireland welcomes the release of the hostages in Gaza.", "Ireland", "SUPPORT"),
    ("Madam President, the United States calls on Russia to withdraw its forces from Ukraine.", "United States",
     "REQUEST"),
    ("Madam President, Sweden welcomes the truce agreed in Jeddah.", "Sweden", "SUPPORT"),
])
def test_act13_the_form_of_address_of_a_statement_is_not_its_speaker(nlp, text, speaker, kind):
    """A statement at a council opens with a form of address ("Thank you, President, the United Kingdom welcomes
    ...", "Madam President, ..."), which the parser may read as the subject: the one spoken to is never the actor,
    the party named after it speaks."""
    act = only(events(nlp, text, DAY), kind)
    assert any(speaker in t for t in _texts(act.actor))
    assert not any("President" in t for t in _texts(act.actor))


def test_act13_a_president_named_in_apposition_is_still_the_actor(nlp):
    """Negative: "The President, Joe Biden, welcomed ..." has a determiner: no form of address, the president acts."""
    act = only(events(nlp, "The President of Kenya, William Ruto, welcomed the ceasefire agreement in Sudan.", DAY),
               "SUPPORT")
    assert act.actor


@pytest.mark.parametrize("text, doer, captured", [
    ("Two cell leaders were arrested as a result of a raid by the Iraqi Counter-Terrorism Service in Anbar.",
     "Counter-Terrorism Service", "cell leaders"),
    ("Five suspects were detained during a search operation by the Kenya Defence Forces in Garissa.",
     "Kenya Defence Forces", "suspects"),
])
def test_act13_an_operation_by_a_party_gives_the_passive_its_actor(nlp, text, doer, captured):
    """An agentless passive done in an operation whose "by" phrase names a party ("were captured as a result of a
    joint operation by the SDF", "detained during a search operation by X") was done by that party."""
    act = only(events(nlp, text, DAY), "COERCE")
    assert any(doer in t for t in _texts(act.actor))
    assert any(captured in t for t in _texts(act.recipient))


def test_act13_an_operation_without_a_party_leaves_the_actor_unnamed(nlp):
    """Negative: an operation with no "by" party ("during an operation on Monday") names no actor."""
    act = only(events(nlp, "Two ISIS commanders were detained during an operation in Deir ez-Zor on Monday.", DAY),
               "COERCE")
    assert not act.actor


@pytest.mark.parametrize("text, state", [
    ("Foreign Minister Winston Peters today announced that New Zealand is imposing sanctions on 14 Russian "
     "officials over the war in Ukraine.", "New Zealand"),
    ("The Foreign Secretary announced today that the United Kingdom has sanctioned 12 Russian officials.",
     "United Kingdom"),
])
def test_act13_a_measure_announced_by_its_own_minister_is_asserted(nlp, text, state):
    """A state's sanctions its own minister announces are taken in the announcing (the guideline's sanctions
    notices: a measure decided is the measure): asserted, not a report of someone else's act."""
    act = only(events(nlp, text, DAY), "SANCTION")
    assert any(state in t for t in _texts(act.actor))
    assert act.status == "asserted"


def test_act13_an_announced_capture_stays_the_announcers_claim(nlp):
    """Negative: a capture a defence ministry announces is that ministry's claim about the battlefield: attributed."""
    act = only(events(nlp, "Russia's defence ministry announced that its forces had captured the village of "
                           "Krasnohorivka.", DAY), "COERCE")
    assert act.status == "attributed"


@pytest.mark.parametrize("text, fighter, fought", [
    ("Al-Shabaab militants were engaged in heavy fighting with Somali National Army troops near Jowhar.",
     "Al-Shabaab", "Somali National Army"),
    ("Army helicopters were sent after reports that a group of smugglers had been engaged in a gunfight with "
     "Algerian border guards near Tamanrasset.", "smugglers", "Algerian border guards"),
])
def test_act13_a_party_engaged_in_fighting_is_the_one_fighting(nlp, text, fighter, fought):
    """"X were engaged in fighting with Y" is a passive in form only: taking part in a fight, X fights Y; not the
    passive of attack "X was engaged by Y", where Y attacks."""
    act = only(events(nlp, text, DAY), "ASSAULT")
    assert any(fighter in t for t in _texts(act.actor))
    assert any(fought in t for t in _texts(act.recipient))


def test_act13_a_dateline_with_a_region_noun_is_not_the_source(nlp):
    """A dateline whose region is named with its own noun ("ERBIL, Kurdistan Region -") is the report's place: never
    the source an announcement is attributed to, nor a party; the command that announced it is."""
    act = only(analyzed(nlp, "SULAYMANIYAH, Kurdistan Region - The Kurdistan Region Security Council on Monday "
                             "announced that it had arrested two ISIS recruiters in Halabja.", DAY).events, "COERCE")
    assert act.status == "attributed"
    assert act.attributed_to and "ERBIL" not in act.attributed_to


@pytest.mark.parametrize("text, visitor, place", [
    ("The cadets were flying to Ankara for a course, a week after Defence Minister Yasar Guler visited Baku.",
     "Guler", "Baku"),
    ("The delegation arrived in Cairo for talks, two days after Foreign Minister Ayman Safadi visited Damascus.",
     "Safadi", "Damascus"),
])
def test_act13_a_visit_told_in_a_time_clause_is_its_own_subjects(nlp, text, visitor, place):
    """A visit told in a clause with its own subject ("..., three months after PUK leader X visited Y") is that
    subject's visit, not the purpose of the main clause's trip ("flew to X to visit the troops")."""
    visits = [e for e in events(nlp, text, DAY) if e.evidence and e.evidence[0].trigger == "visited"]
    assert len(visits) == 1
    assert any(visitor in t for t in _texts(visits[0].actor))
    assert any(place in t for t in _texts(visits[0].recipient))


def test_act13_a_visit_as_the_purpose_of_a_trip_stays_the_travellers(nlp):
    """Negative: "flew to Kabul to visit the troops" is the traveller's visit."""
    found = events(nlp, "Defence Secretary Grant Shapps flew to Estonia on Monday to visit British troops.", DAY)
    visit = only(found, "CONSULT")
    assert any("Shapps" in t for t in _texts(visit.actor))


def test_act13_the_partner_given_support_does_what_its_participle_tells(nlp):
    """"providing close air support to the Iraqi Counter-Terrorism Service (CTS) clearing Daesh from the mountains":
    the participle after the partner (its short form in parentheses aside) tells the partner's act, which the parser
    hangs on the main verb; the supporter struck, the partner clears."""
    found = events(nlp, "Belgian F-16s struck targets daily, providing close air support to the Iraqi "
                        "Counter-Terrorism Service (CTS) clearing Daesh from the Hamrin mountains.", DAY)
    clearing = [e for e in found if e.evidence and e.evidence[0].trigger == "clearing"]
    assert len(clearing) == 1
    assert any("Counter-Terrorism Service" in t for t in _texts(clearing[0].actor))
    assert not any("F-16s" in t for t in _texts(clearing[0].actor))


def test_act13_a_participle_after_the_ones_fired_on_stays_the_shooters(nlp):
    """Negative: "opened fire on protesters killing three": no support phrase, the shooters do it."""
    act = only(events(nlp, "Soldiers opened fire on protesters killing three people in Basra.", DAY), "ASSAULT")
    assert any("Soldiers" in t for t in _texts(act.actor))


@pytest.mark.parametrize("text", [
    "Troops freed travellers held by gunmen who attacked a UN convoy near Goma on Monday.",
    "Police rescued hostages held by bandits who had ambushed a Red Cross convoy near Zaria.",
])
def test_act13_the_captors_own_act_keeps_its_target(nlp, text):
    """The "by" party of a participle on people is their captor only for another verb's act on them: the captors'
    own act in a relative clause ("gunmen who attacked a UN convoy") keeps its target as recipient."""
    attack = only(events(nlp, text, DAY), "ASSAULT")
    assert _texts(attack.recipient), [(e.event_type, _texts(e.recipient)) for e in events(nlp, text, DAY)]
