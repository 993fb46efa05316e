"""Approval and disapproval as government releases write them (issue: event coding that holds on unseen text): a
party stood by is the recipient of the support ("stands by X", "stood behind X", "shoulder to shoulder with X"), and
a condemnation, welcome or appeal in the first person or in a quotation after "X said:" is done in the saying
(status asserted, ``docs/annotation.md``), while a report of it in the past or with "that" stays attributed.
Guideline decisions pinned here: feelings ("is appalled by", "deeply concerned", condolences) are no event; "regrets
X's decision" is a disapproval (ACCUSE). Every sentence was written for the project."""

from __future__ import annotations

import pytest

from ._fictional import code, events, ids, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, recipient", [
    ("The UK stands by Ukraine.", "UKR"),
    ("Canada will always stand behind Ukraine in its fight for freedom.", "UKR"),
    ("We stand shoulder to shoulder with India in the fight against terrorism.", "IND"),
    ("Italy stands shoulder to shoulder with the people of Morocco.", "MAR"),
])
def test_the_party_stood_by_is_the_recipient_of_support(nlp, text, recipient):
    e = only(events(nlp, text), "SUPPORT")
    assert ids(e.recipient) == [recipient]


def test_standing_by_a_party_with_fictional_names(base_nlp, coder):
    e = only(code(base_nlp, coder, "Gondor stands by Rohan."), "SUPPORT")
    assert [a.text for a in e.recipient] == ["Rohan"] and [a.text for a in e.actor] == ["Gondor"]


def test_standing_by_a_decision_is_no_support_of_a_party(base_nlp, coder):
    assert not [e for e in code(base_nlp, coder, "Gondor stands by its decision to close the border.")
                if e.event_type == "SUPPORT" and e.recipient]


@pytest.mark.parametrize("text", [
    "The Foreign Secretary said: I condemn the attack on the embassy in Kabul.",
    'The Foreign Secretary said: "We welcome the agreement between Sudan and South Sudan."',
    '"We condemn the shelling of Kharkiv by Russia," the Foreign Secretary said.',
    "A Foreign Office spokesperson said: The UK welcomes the release of the journalists by Iran.",
])
def test_a_judgement_made_in_the_first_person_or_quoted_after_its_speaker_is_asserted(nlp, text):
    found = [e for e in events(nlp, text) if e.event_type in ("ACCUSE", "SUPPORT")]
    assert len(found) == 1 and found[0].status == "asserted", [(e.event_type, e.status) for e in found]


@pytest.mark.parametrize("text", [
    "The spokesperson said the UK condemned the shelling of Kharkiv by Russia.",
    "The Foreign Minister said that Kenya condemns the shelling of Kharkiv by Russia.",
    "Sweden said that it welcomes the release of the journalists by Iran.",
    'The spokesman said: "Moscow rejects any dialogue with Kyiv."',
    'The minister said: "Iran supports the Houthis with weapons and money."',
])
def test_a_judgement_reported_in_the_past_or_with_that_is_not_made_in_the_saying(nlp, text):
    found = [e for e in events(nlp, text) if e.event_type in ("ACCUSE", "SUPPORT", "REJECT", "AID")]
    assert found and all(e.status != "asserted" for e in found), [(e.event_type, e.status) for e in found]


@pytest.mark.parametrize("text", [
    "Italy is appalled by the execution of three activists.",
    "We are deeply concerned by the escalation of violence in Tigray.",
    "I offer my deepest condolences to the victims and their families.",
])
def test_feelings_of_the_speaker_are_no_event(nlp, text):
    assert not [e for e in events(nlp, text) if e.event_type in ("ACCUSE", "SUPPORT")]


def test_guard_regretting_a_partys_decision_stays_a_disapproval_of_it(nlp):
    # a guard: the lexicon coded it so before the stance rules; they must not turn it into a feeling
    e = only(events(nlp, "Norway regrets the decision of Israel to halt the talks."), "ACCUSE")
    assert ids(e.recipient) == ["ISR"]


@pytest.mark.parametrize("text, event_type", [
    ("We condemn in the strongest possible terms the bombings this weekend in Basra and Mosul.", "ACCUSE"),
    ("I warmly welcome the outcome of the conference.", "SUPPORT"),
])
def test_a_judgement_the_author_makes_in_the_first_person_stands_without_a_named_party(nlp, text, event_type):
    from annalyst.extract.agents import is_author

    e = only(events(nlp, text), event_type)
    assert [is_author(a) for a in e.actor] == [True]


@pytest.mark.parametrize("text", [
    "We mourn the loss of a brave colleague.",
    "We appreciate that the delegates put aside their differences.",
])
def test_a_feeling_in_the_first_person_is_no_judgement(nlp, text):
    assert not [e for e in events(nlp, text) if e.event_type in ("ACCUSE", "SUPPORT")]


@pytest.mark.parametrize("text, actor", [
    ("The United States applauds Colombia for holding talks with the rebels.", "COL"),
    ("Kenya saluted Ethiopia for hosting the peace talks.", "ETH"),
])
def test_the_party_praised_for_an_act_does_the_act(nlp, text, actor):
    found = [e for e in events(nlp, text) if e.event_type == "CONSULT"]
    assert found and all(ids(e.actor) == [actor] for e in found), [(e.event_type, ids(e.actor)) for e in found]


def test_two_coordinated_judgements_of_their_own_objects_are_two_statements(base_nlp, coder):
    found = [e for e in code(base_nlp, coder, "Gondor condemned the attack and criticised Mordor.")
             if e.event_type == "ACCUSE"]
    assert sorted(tuple(a.text for a in e.recipient) for e in found) == [(), ("Mordor",)]


def test_two_coordinated_judgements_are_one_statement_only_when_they_share_an_object(base_nlp, coder):
    one = [e for e in code(base_nlp, coder, "Gondor welcomed and praised the agreement with Rohan.")
           if e.event_type == "SUPPORT"]
    two = [e for e in code(base_nlp, coder, "Gondor welcomed the agreement and praised Rohan.")
           if e.event_type == "SUPPORT"]
    assert (len(one), len(two)) == (1, 2)


def test_the_we_of_a_release_is_the_speaker_its_heading_names(nlp):
    found = events(nlp, "Canada welcomes the election results in Ghana. We congratulate the people of Ghana on a "
                        "peaceful vote.")
    e = next(e for e in found if e.evidence[0].trigger == "congratulate")
    assert ids(e.actor) == ["CAN"] and ids(e.recipient) == ["GHA"]


@pytest.mark.parametrize("text, heading_actor", [
    ("Russia condemned the new EU sanctions on Monday. Protesters gathered outside the parliament in Kyiv. 'We call "
     "on the West to send more weapons,' one protester told reporters.", "RUS"),
    ("Canada welcomes the election results in Ghana. 'We call on the West to send more weapons,' one protester told "
     "reporters.", "CAN"),  # under a present-tense headline too
])
def test_a_quoted_we_with_its_own_speaker_is_not_the_headings_actor(nlp, text, heading_actor):
    e = only(events(nlp, text), "REQUEST")
    assert heading_actor not in ids(e.actor)


@pytest.mark.parametrize("text", [
    "'We call on the West to send more tanks,' one demonstrator told reporters.",
    '"We reject any talks with Israel," a student in Tehran said.',
])
def test_a_quoted_we_of_a_speaker_holding_no_office_is_not_the_publishers_statement(nlp, text):
    found = [e for e in events(nlp, text) if e.event_type in ("REQUEST", "REJECT")]
    assert found and all(e.status == "attributed" for e in found), [(e.event_type, e.status) for e in found]


def test_a_past_report_in_the_first_sentence_is_no_heading(nlp):
    found = events(nlp, "Kenya condemned the attack on the convoy on Monday. We call on Somalia to release the "
                        "journalists.")
    e = only(found, "REQUEST")
    assert "KEN" not in ids(e.actor)


def test_a_we_with_no_statement_in_the_heading_stays_the_author(nlp):
    from annalyst.extract.agents import is_author

    found = events(nlp, "Floods hit the north of Ghana. We condemn the attack on the aid convoy near Tamale.")
    e = only(found, "ACCUSE")
    assert [is_author(a) for a in e.actor] == [True]


@pytest.mark.parametrize("text, recipient", [
    ("China firmly opposes the sale of weapons to Taiwan by the United States.", "USA"),
    ("Egypt opposes the construction of the dam by Ethiopia.", "ETH"),
])
def test_an_act_opposed_is_opposed_in_its_author_not_in_whom_it_concerns(nlp, text, recipient):
    e = only(events(nlp, text), "REJECT")
    assert ids(e.recipient) == [recipient]


@pytest.mark.parametrize("text", [
    "The UK condemns all attacks on civilians.",
    "The United States condemns any attack on humanitarian workers.",
])
def test_a_condemnation_of_attacks_in_general_tells_no_attack(nlp, text):
    found = events(nlp, text)
    assert [e.event_type for e in found] == ["ACCUSE"]


@pytest.mark.parametrize("text, status", [
    ("I want to thank Ghana for its contribution to the mission.", "asserted"),
    ("We would like to congratulate Ghana on its peaceful election.", "asserted"),
])
def test_thanks_introduced_by_a_first_person_wish_are_given_in_the_saying(nlp, text, status):
    e = only(events(nlp, text), "SUPPORT")
    assert e.status == status


def test_guard_a_third_partys_wish_to_thank_stays_predicted(nlp):
    # a guard: predicted before the stance rules too; the first-person rule must not reach a named party's wish
    assert only(events(nlp, "Togo wants to thank Ghana for its help."), "SUPPORT").status == "predicted"


@pytest.mark.parametrize("text, actor, recipient", [
    ("Japan was dismayed by China's decision to ban seafood imports.", "JPN", "CHN"),
    ("Kenya is deeply disappointed by the decision of Uganda to close the border.", "KEN", "UGA"),
])
def test_a_disapproval_told_by_a_feeling_is_the_feelers_against_the_causes_author(nlp, text, actor, recipient):
    e = only(events(nlp, text), "ACCUSE")
    assert ids(e.actor) == [actor] and ids(e.recipient) == [recipient]


def test_a_disapproval_told_by_an_active_feeling_verb(base_nlp, coder):
    e = only(code(base_nlp, coder, "Mordor's decision dismayed Gondor."), "ACCUSE")
    assert [a.text for a in e.actor] == ["Gondor"] and [a.text for a in e.recipient] == ["Mordor"]


def test_a_feeling_about_no_partys_act_is_no_disapproval(base_nlp, coder):
    assert not [e for e in code(base_nlp, coder, "Gondor is deeply saddened by the news from Rohan.")
                if e.event_type == "ACCUSE"]


def test_a_heading_over_the_line_of_its_speaker_is_asserted(nlp):
    found = events(nlp, "UK welcomes ceasefire in Yemen\n\nMinister for the Middle East Ann Jones said:\n\nWe welcome "
                        "the agreement by the parties to a nationwide truce.")
    heading = next(e for e in found if e.evidence[0].trigger == "welcomes")
    assert heading.event_type == "SUPPORT" and heading.status == "asserted"


@pytest.mark.parametrize("text", [
    "We welcome your questions.",
    "We welcome comments on the draft guidance until 30 June.",
])
def test_a_courtesy_of_the_author_is_no_statement(nlp, text):
    assert not [e for e in events(nlp, text) if e.event_type in ("ACCUSE", "SUPPORT")]
