"""Sentences of news that carry no act (invented sentences, full pipeline): a body's standing work told in the present
("the council supports displaced families"), a habit ("its fighters still carry out attacks"), a past act put into
history ("once controlled", "fought over the border for years"), an event noun as the topic of a text or of talks
("talks on a free trade agreement"), a gerund that is the subject of a judgement ("defeating Mordor will take
time"), and the later verbs of an "until" condition the parser hangs on the main clause. Each has a twin that stays
an event, so the rules do not buy precision with recall."""

from __future__ import annotations

import pytest

from annalyst.extract.background import planned_purpose

from ._fictional import events, kinds, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The Gondor Refugee Council, which supports displaced families in Rohan, has 400 staff in the country.",
    "Mordor, which supplies drones to Rohan, denied the report.",  # background to the denial
])
def test_standing_work_of_a_body_is_no_event(nlp, text):
    found = events(nlp, text)
    assert not [e for e in found if e.event_type in ("SUPPORT", "AID", "COOPERATE")], kinds(found)


@pytest.mark.parametrize("text,event_type", [
    ("Gondor supports Rohan's bid for membership.", "SUPPORT"),
    ("Gondor supported displaced families in Rohan with a grant of $5 million.", ("AID", "SUPPORT")),
    ("Gondor supports displaced families in Rohan.", "SUPPORT"),  # said of a party in a main clause: happening
])
def test_help_to_a_named_party_or_in_the_past_stays(nlp, text, event_type):
    found = events(nlp, text)
    assert [e for e in found if e.event_type in (event_type if isinstance(event_type, tuple) else (event_type,))], \
        kinds(found)


def test_habit_of_violence_is_no_event(nlp):
    found = events(nlp, "Mordor's fighters often carry out sporadic attacks on Gondor.")
    assert not [e for e in found if e.event_type == "ASSAULT"], kinds(found)


def test_an_act_still_going_on_stays(nlp):
    found = events(nlp, "Mordor's fighters still shell Gondor's positions near the river.")
    assert [e for e in found if e.event_type == "ASSAULT"], kinds(found)


def test_attack_told_in_the_present_without_habit_stays(nlp):
    found = events(nlp, "Mordor's fighters carried out an attack on Gondor on Sunday.")
    assert only(found, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Mordor, which once controlled a third of Gondor, has lost nearly all its territory.",
    "Gondor and Rohan fought over the maritime boundary for years.",
])
def test_history_is_no_event(nlp, text):
    found = events(nlp, text)
    assert not [e for e in found if e.event_type in ("ASSAULT", "COERCE", "COOPERATE")], kinds(found)


def test_act_over_a_counted_stretch_stays(nlp):
    found = events(nlp, "Gondor and Rohan fought for three days near the border.")
    assert [e for e in found if e.event_type == "ASSAULT"], kinds(found)


@pytest.mark.parametrize("text", [
    "Talks on a free trade agreement between Gondor and Rohan have been under way since March.",
])
def test_event_noun_as_a_topic_is_no_event(nlp, text):
    found = events(nlp, text)
    assert not [e for e in found if e.event_type in ("AGREE", "COOPERATE")], kinds(found)


def test_agreement_reached_stays(nlp):
    found = events(nlp, "Gondor and Rohan reached an agreement on trade.")
    assert [e for e in found if e.event_type in ("AGREE", "SUPPORT")], kinds(found)


def test_gerund_subject_is_no_event(nlp):
    found = events(nlp, "Gondor has been clear, defeating Mordor will take time and patience.")
    assert not [e for e in found if e.event_type == "ASSAULT"], kinds(found)


def test_later_verbs_of_an_until_condition_are_no_event(nlp):
    found = events(nlp, "Gondor will keep up the pressure on Mordor until it reassesses its position, ends the "
                        "violence and engages in meaningful negotiations with Rohan.")
    assert not [e for e in found if e.event_type == "CONSULT"], kinds(found)


def test_talks_held_after_a_condition_stay(nlp):
    found = events(nlp, "Gondor kept up the pressure on Mordor, and Rohan held talks with Mordor on Monday.")
    assert [e for e in found if e.event_type == "CONSULT"], kinds(found)


def test_terms_expected_under_an_agreement_are_no_event(nlp):
    found = events(nlp, "Under the agreement, the rebels of Mordor are expected to disarm in stages.")
    assert not [e for e in found if e.event_type == "RETREAT"], kinds(found)


def test_act_planned_under_a_deal_stays(nlp):
    found = events(nlp, "Under the deal, Gondor will withdraw its troops from Rohan within six months.")
    assert [e for e in found if e.event_type in ("RETREAT", "AGREE")], kinds(found)


def test_standing_practice_with_long_is_no_event(nlp):
    found = events(nlp, "Human Rights Watch has long campaigned for the rights of political prisoners in Gondor.")
    assert not [e for e in found if e.event_type == "REQUEST"], kinds(found)


def test_appeal_made_now_stays(nlp):
    found = events(nlp, "Human Rights Watch urged Gondor to release political prisoners.")
    assert only(found, "REQUEST")


def test_what_a_list_holds_is_no_event(nlp):
    found = events(nlp, "The sanctions regime was established in 2011 to target those responsible for the crackdown "
                        "in Syria. The list currently contains 300 names.")
    assert not [e for e in found if e.event_type == "COERCE"], kinds(found)


def test_definition_of_a_notice_is_no_arrest(nlp):
    found = events(nlp, "Interpol's red notices are requests to locate and arrest wanted persons.")
    assert not [e for e in found if e.event_type == "COERCE"], kinds(found)


def test_standing_work_of_a_mission_is_no_event(nlp):
    found = events(nlp, "The European Union's naval mission protects merchant shipping from Houthi attacks.")
    assert not [e for e in found if e.event_type == "AID"], kinds(found)


def test_identified_dead_is_no_second_attack(nlp):
    found = events(nlp, "The Gondor defence ministry has identified the Rohan soldier who was killed in Mordor on "
                        "Sunday.")
    assert not [e for e in found if e.event_type == "ASSAULT"], kinds(found)


def test_reported_death_stays(nlp):
    found = events(nlp, "A Rohan soldier was killed in Mordor on Sunday, the Gondor defence ministry said.")
    assert only(found, "ASSAULT")


@pytest.mark.parametrize("text,verb,expected", [
    ("Iraq and France discussed planning for upcoming operations to retake the town of Hawija.", "retake", True),
    ("Gondor and Rohan held talks on a campaign to liberate the province of Eriador.", "liberate", True),
    ("Gondor's army launched an operation to free the city of Minas Tirith on Sunday.", "free", False),
])
def test_operation_only_talked_about_has_no_act(base_nlp, text, verb, expected):
    doc = base_nlp(text)
    assert planned_purpose(next(t for t in doc if t.text == verb)) is expected


def test_standing_work_told_with_it_is_no_event(nlp):
    found = events(nlp, "The Agency for Technical Cooperation and Development works in 30 countries. It provides "
                        "clean water to displaced communities.")
    assert not [e for e in found if e.event_type == "AID"], kinds(found)


def test_aid_given_on_a_day_stays(nlp):
    found = events(nlp, "Gondor provided clean water to Rohan on Monday.")
    assert only(found, "AID")
