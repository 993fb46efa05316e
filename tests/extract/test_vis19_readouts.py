"""Readouts of calls and visits: a meeting or visit announced or said for later is the meeting planned (CONSULT,
predicted; ``intent.as_intent``), not a statement of intent (AGREE 036), unless readiness or a pledge is told; "the
two" or "the pair" of a readout are its two parties (``readouts.bare_pair``); a leader who "called" or "telephoned"
a party rang it up (CONSULT phone, ``cooperation.rung_up``); "spoke by phone with X" was with X
(``cooperation.medium_partners``). Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-20"


def _coded(found):
    return sorted((e.event_type, e.mode, e.status) for e in found)


def _sides(e):
    return sorted(a.name for a in e.actor), sorted(a.name for a in e.recipient)


@pytest.mark.parametrize("text", [
    "Bolivia's foreign minister will make an official visit to Paraguay on 3 May, the ministry in La Paz announced.",
    "Estonia's prime minister will travel to Finland for talks next week, her office said.",
    "\"I will meet the Moroccan king in Rabat on Monday,\" the Portuguese prime minister told journalists.",
])
def test_vis19_announced_visit_or_meeting_is_planned_consult(nlp, text):
    found = events(nlp, text, DAY)
    assert [(e.event_type, e.status) for e in found] == [("CONSULT", "predicted")]


@pytest.mark.parametrize("text, kind", [
    # negatives: readiness and pledges stay intent; a deal to be signed stays an agreement
    ("Armenia said it is willing to hold talks with Azerbaijan in Brussels.", "AGREE"),
    ("Serbia vowed to resume its dialogue with Kosovo.", "AGREE"),
    ("Chile and Peru will sign a fisheries accord in Lima, officials said.", "AGREE"),
])
def test_vis19_readiness_pledge_and_signing_unchanged(nlp, text, kind):
    assert [e.event_type for e in events(nlp, text, DAY)] == [kind]


def test_vis19_the_two_of_a_readout_are_its_parties(nlp):
    found = events(nlp, "President Boric spoke today with President Petro of Colombia. The two discussed the "
                        "migration crisis and agreed to set up a joint commission.", DAY)
    assert sorted(e.event_type for e in found) == ["AGREE", "CONSULT", "CONSULT"]
    both = [e for e in found if e.evidence[0].trigger in ("discussed", "agreed")]
    assert len(both) == 2 and all(len(e.actor) == 2 for e in both)


def test_vis19_the_pair_of_a_readout_are_its_parties(nlp):
    found = events(nlp, "Ghana's president met the Togolese leader in Accra. The pair discussed border trade.", DAY)
    talk = [e for e in found if e.evidence[0].trigger == "discussed"]
    assert len(talk) == 1 and len(talk[0].actor) == 2


@pytest.mark.parametrize("text", [
    # negatives: "two" that counts people, and a pair with no meeting told before it
    "Soldiers detained two smugglers near the border. Two of the smugglers discussed a plea deal.",
    "The two discussed the election results over dinner.",
])
def test_vis19_counted_two_names_no_party(nlp, text):
    assert not any(e.event_type in ("CONSULT", "AGREE") for e in events(nlp, text, DAY))


@pytest.mark.parametrize("text, called", [
    ("The Chancellor called President Stubb of Finland to discuss energy security.", "Stubb"),
    ("President Lula called Prime Minister Sanchez on Friday to congratulate him on the vote.", "Sanchez"),
])
def test_vis19_leader_rung_up_is_a_call(nlp, text, called):
    found = events(nlp, text, DAY)
    call = [e for e in found if e.event_type == "CONSULT" and e.mode == "phone"]
    assert len(call) == 1 and any(called in a.name for a in call[0].recipient), _coded(found)


@pytest.mark.parametrize("text, kind", [
    # negatives: "call" in its other senses keeps its reading
    ("The opposition called off the planned march.", None),
    ("Norway called on Israel to allow aid into Gaza.", "REQUEST"),
    ("The junta called the mediators traitors.", None),
    ("Lithuania called in the Belarusian charge d'affaires.", None),
])
def test_vis19_other_senses_of_call_unchanged(nlp, text, kind):
    found = events(nlp, text, DAY)
    assert not any(e.mode == "phone" for e in found)
    if kind is not None:
        assert [e.event_type for e in found] == [kind]


def test_vis19_spoke_by_phone_with_names_the_partner(nlp):
    found = events(nlp, "Prime Minister Kristersson spoke by phone with Chancellor Nauseda of Lithuania on "
                        "Wednesday.", DAY)
    call = [e for e in found if e.event_type == "CONSULT"]
    assert len(call) == 1 and any("Nauseda" in a.name for a in call[0].recipient), _coded(found)


def test_vis19_they_after_a_name_in_the_talks_content_is_the_pair(nlp):
    found = events(nlp, "Chancellor Nehammer spoke today with President Pellegrini of Slovakia. The two leaders "
                        "discussed the war in Ukraine, agreeing that Moldova deserves a path to membership. They "
                        "also agreed to coordinate on energy supplies.", DAY)
    last = [e for e in found if e.evidence[0].sentence.startswith("They")]
    assert len(last) == 1 and len(last[0].actor) == 2 and not any("Moldova" in a.name for a in last[0].actor)



@pytest.mark.parametrize("text, kind", [
    ("During the state visit, President Mahama also engaged the Vietnamese Prime Minister on rice exports.",
     "CONSULT"),
    # negative: forces engaged stay attacked
    ("Nigerian troops engaged Boko Haram fighters near Maiduguri.", "ASSAULT"),
])
def test_vis19_engaging_an_office_holder_is_a_meeting(nlp, text, kind):
    assert [e.event_type for e in events(nlp, text, DAY)] == [kind]


@pytest.mark.parametrize("text, name", [
    ("Minister Wong met her Indonesian counterpart Foreign Minister Retno Marsudi in Jakarta.", "Marsudi"),
    ("Secretary Rubio met his Turkish counterpart Foreign Minister Hakan Fidan in Ankara on Friday.", "Fidan"),
])
def test_vis19_counterpart_named_after_a_title_is_the_person(nlp, text, name):
    found = [e for e in events(nlp, text, DAY) if e.event_type == "CONSULT"]
    assert len(found) == 1 and any(name in a.name for a in found[0].recipient), [_sides(e) for e in found]


def test_vis19_counterpart_with_no_name_keeps_its_country(nlp):
    # negative: a counterpart named by no one after it stays the country's
    found = [e for e in events(nlp, "Minister Wong met her Indonesian counterpart in Jakarta on Monday.", DAY)
             if e.event_type == "CONSULT"]
    assert len(found) == 1 and [a.name for a in found[0].recipient] == ["Indonesia"]


@pytest.mark.parametrize("text, kinds", [
    ("The Finnish president extended an invitation to King Abdullah to visit Helsinki next year.",
     [("REQUEST", "appeal")]),
    # negatives: an invitation declined is refused; an extended truce stays a ceasefire
    ("The Finnish president declined an invitation to the summit.", [("REJECT", None)]),
    ("The two militias extended their truce by a week.", [("RETREAT", "ceasefire")]),
])
def test_vis19_invitation_extended_is_an_appeal(nlp, text, kinds):
    assert [(e.event_type, e.mode) for e in events(nlp, text, DAY)] == kinds
