"""Status and sense of an event (issue 17, causes 3-5), each class on sentences written for the project: an actor
denying its own act ("denied supplying", "rejected reports that it had sent") is ``denied`` by it and the deny verb is
no event of its own; a source saying an act did not happen denies it; a negated statement of forbearance ("will no
longer tolerate", "would never allow X to") is a THREATEN, other negated intents a REJECT; the release of people
named by their country is RETREAT release; an agentless passive moving forces has their owner as actor; stopping work
is a strike; "declined to comment" and "according to" are no events."""

from __future__ import annotations

import pytest

from ._fictional import events, kinds, only

pytestmark = pytest.mark.slow


def names(values):
    return [v.name for v in values]


# denials: the actor denies its own act ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Moscow denied supplying weapons to the Taliban.", "Russia"),
    ("Moscow flatly denied arming the Taliban.", "Russia"),
    ("Iran rejected reports that it had sent drones to Russia.", "Iran"),
    ("Beijing dismissed reports that it had supplied arms to Myanmar's junta.", "China"),
    ("Moscow denied claims that it had armed the Taliban.", "Russia"),
    ("Iran denied accusations of supplying drones to Russia.", "Iran"),
    ("Iran denied any involvement in supplying drones to Russia.", "Iran"),
])
def test_status_an_actor_denying_its_own_act_is_denied_by_it(nlp, text, actor):
    found = events(nlp, text)
    aid = only(found, "AID")
    assert aid.status == "denied" and aid.denied_by == [actor] and names(aid.actor) == [actor]
    assert aid.attributed_to is None
    assert not [e for e in found if e.event_type == "REJECT"], kinds(found)  # the denial is the status, no event


def test_status_a_denial_in_the_next_sentence_answers_the_allegation(nlp):
    found = events(nlp, "Washington accused Moscow of arming the Taliban. Moscow denied any role.")
    aid = only(found, "AID")
    assert aid.status == "alleged" and aid.attributed_to == "United States" and aid.denied_by == ["Russia"]


@pytest.mark.parametrize("text, event_type, source, denier", [
    ("Israeli jets struck a school in Gaza, Palestinian officials said. Israel denied the report.", "ASSAULT",
     "Palestine", "Israel"),
    ("According to American officials, Russia supplied weapons to the Taliban. Moscow rejected the claims.", "AID",
     "United States", "Russia"),
    ("Russian troops shelled Kharkiv, Ukrainian officials said. Moscow denied it.", "ASSAULT", "Ukraine", "Russia"),
])
def test_status_a_denial_after_a_report_names_the_denier_and_keeps_the_source(nlp, text, event_type, source, denier):
    found = events(nlp, text)
    e = only(found, event_type)
    assert e.status == "attributed" and e.attributed_to == source and e.denied_by == [denier]
    assert not [x for x in found if x.event_type == "REJECT"], kinds(found)  # the denial is no event of its own


def test_status_refusing_or_welcoming_after_a_report_is_no_denial(nlp):
    found = events(nlp, "Palestinian officials said Israeli jets struck a school in Gaza. Israel welcomed the report.")
    assert only(found, "ASSAULT").denied_by == []
    found = events(nlp, "Palestinian officials said Israeli jets struck a school in Gaza. Egypt rejected the proposal.")
    assert only(found, "ASSAULT").denied_by == [] and only(found, "REJECT").actor[0].name == "Egypt"


@pytest.mark.parametrize("text, event_type, denier", [
    ("Turkey said it did not shell Kurdish villages in Syria.", "ASSAULT", "Turkey"),
    ("Russia has never supplied weapons to the Taliban, its foreign ministry said.", "AID", "Russia"),
    ("Iran did not supply drones to Russia, Iranian officials said.", "AID", "Iran"),
    ("The Iranian foreign ministry said Iran did not supply drones to Russia.", "AID",
     "Ministry of Foreign Affairs of Iran"),
])
def test_status_an_actor_saying_its_act_did_not_happen_denies_it(nlp, text, event_type, denier):
    e = only(events(nlp, text), event_type)
    assert e.status == "denied" and e.denied_by == [denier] and e.attributed_to is None


def test_status_a_third_party_saying_an_act_did_not_happen_keeps_it_negated(nlp):
    e = only(events(nlp, "The UN said Israel did not strike the school."), "ASSAULT")
    assert e.status == "negated" and e.attributed_to == "United Nations" and e.denied_by == []
    e = only(events(nlp, "Ukrainian officials said Russia did not shell Kharkiv."), "ASSAULT")
    assert e.status == "negated" and e.attributed_to == "Ukraine" and e.denied_by == []


def test_status_an_act_told_as_fact_or_negated_by_the_article_is_not_denied(nlp):
    assert only(events(nlp, "Russia armed the Taliban."), "AID").status == "asserted"
    e = only(events(nlp, "Israel did not attack the convoy."), "ASSAULT")
    assert e.status == "negated" and e.denied_by == []
    # a future "will not" is a statement of intent, not a denial of something done
    e = only(events(nlp, "Iran said it will not attack Israel."), "ASSAULT")
    assert e.status != "denied" and e.denied_by == []


def test_status_rejecting_a_proposed_act_is_a_rejection_not_a_denial(nlp):
    found = events(nlp, "Russia rejected holding talks with Ukraine.")
    only(found, "REJECT")
    assert not [e for e in found if e.status == "denied"], kinds(found)
    reject = only(events(nlp, "Russia rejected the proposal of the European Union."), "REJECT")
    assert reject.status == "asserted" and names(reject.recipient) == ["European Union"]


# intentions: a stated stance is a threat or a rejection, not the act -------------------------------------------

@pytest.mark.parametrize("text, actor, recipient, source", [
    # "its foreign minister": the minister of the clause's subject, not of the last country named before "its"
    ("Iran will no longer tolerate Israeli aggression, its foreign minister said.", "Iran", "Israel", "Iran"),
    ("India will not tolerate cross-border terrorism from Pakistan, the prime minister said.", "India", "Pakistan",
     "prime minister"),
    ("Iran said it would never allow Israel to attack its nuclear sites.", "Iran", "Israel", "Iran"),
])
def test_status_a_negated_statement_of_forbearance_is_a_threat(nlp, text, actor, recipient, source):
    found = events(nlp, text)
    threat = only(found, "THREATEN")
    assert threat.cameo == "130" and threat.status == "attributed" and threat.attributed_to == source
    assert names(threat.actor) == [actor] and names(threat.recipient) == [recipient]
    assert not [e for e in found if e.event_type in ("REJECT", "ASSAULT")], kinds(found)


def test_status_other_negated_intents_are_rejections_and_allowing_is_a_concession(nlp):
    reject = only(events(nlp, "Serbia will not accept the proposal of the European Union, the president said."),
                  "REJECT")
    assert reject.cameo == "120" and names(reject.actor) == ["Serbia"]
    found = events(nlp, "Israel allowed Palestinian workers to enter Israel.")
    assert only(found, "CONCEDE").status == "asserted" and not [e for e in found if e.event_type == "THREATEN"]


# releases of people ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("Kenya freed 12 Somali fishermen detained last month, the interior ministry said.", "Kenya", "SOM"),
    ("Venezuela set free six American oil executives.", "Venezuela", "USA"),
    ("Venezuela set the American oil executives free.", "Venezuela", "USA"),
    ("Iran freed two French tourists on Tuesday.", "Iran", "FRA"),
])
def test_status_the_release_of_people_named_by_their_country_is_a_release(nlp, text, actor, recipient):
    e = only(events(nlp, text), "RETREAT")
    assert (e.mode, e.cameo) == ("release", "0841")
    assert names(e.actor) == [actor] and [r.actor_id for r in e.recipient] == [recipient]  # (the people, coded as
    # their country: ``argwords.names_people``)


@pytest.mark.parametrize("text", [
    "Kenya released its budget figures on Monday.",
    "Kenya freed up funds for drought relief.",
    "Kenya set a deadline for the talks.",
])
def test_status_releasing_or_freeing_things_is_no_release(nlp, text):
    assert not [e for e in events(nlp, text) if e.event_type == "RETREAT"]


# agentless passives of forces moved --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, owner", [
    ("Indian troops were deployed along the disputed frontier with China.", "India"),
    ("Russian warships were sent to the Black Sea.", "Russia"),
    ("Additional American troops were dispatched to Poland.", "United States"),
    ("Chinese fighter jets were moved to bases near Taiwan.", "China"),
])
def test_status_forces_moved_in_an_agentless_passive_are_their_owners_act(nlp, text, owner):
    e = only(events(nlp, text), "MOBILIZE")
    assert names(e.actor) == [owner] and owner not in names(e.recipient)


@pytest.mark.parametrize("text", [
    "The company moved its headquarters to Dubai.",
])
def test_status_no_owner_or_no_force_gives_no_mobilisation(nlp, text):
    assert not [e for e in events(nlp, text) if e.event_type == "MOBILIZE"]


def test_status_moving_forces_actively_is_a_mobilisation(nlp):
    e = only(events(nlp, "Russia moved troops to the border with Ukraine."), "MOBILIZE")
    assert names(e.actor) == ["Russia"]


# senses: a strike, no comment, a source ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Workers in Lahore stopped work in a strike over unpaid wages.",
    "Doctors in Kenya downed tools on Monday to demand better pay.",
    "Teachers in Nairobi went on strike over pay.",
])
def test_status_stopping_work_is_a_strike(nlp, text):
    found = events(nlp, text)
    e = only(found, "PROTEST")
    assert (e.mode, e.cameo) == ("strike", "143")
    assert not [x for x in found if x.event_type == "SANCTION"], kinds(found)


@pytest.mark.parametrize("text", [
    "The spokesman declined to comment on the report.",
    "The Russian embassy declined to comment on the report.",
    "A spokesman for the Indian army refused to comment on the clashes with China.",
    "The Kenyan foreign ministry would not comment on the arrests.",
    "According to Pakistani officials, the border crossing will reopen on Monday.",
])
def test_status_declining_to_comment_and_according_to_are_no_events(nlp, text):
    assert events(nlp, text) == []


def test_status_according_to_attributes_the_act_it_introduces(nlp):
    found = events(nlp, "According to the Indian army, Pakistani troops shelled villages in Kashmir.")
    e = only(found, "ASSAULT")
    assert e.status == "attributed" and names(e.actor) == ["Pakistan"]
    assert all(x.evidence[0].trigger.lower() != "according" for x in found)


# court verdicts and frozen assets ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, recipient", [
    ("An Egyptian court sentenced 12 Muslim Brotherhood members to death.", "Muslim Brotherhood"),
    ("A Russian court convicted an American journalist of espionage.", "United States"),
    ("A court in Tehran sentenced a French academic to five years in prison.", "France"),
])
def test_status_a_court_verdict_is_a_conviction_not_a_restriction(nlp, text, recipient):
    found = events(nlp, text)
    e = only(found, "SANCTION")
    assert e.mode == "convict" and names(e.recipient) == [recipient]
    assert not [x for x in found if x.event_type == "COERCE"], kinds(found)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iranian assets were frozen by the United States.", "United States", "IRN"),
    ("The EU froze the assets of three Russian banks.", "European Union", "RUS"),
])
def test_status_freezing_a_partys_assets_is_a_sanction(nlp, text, actor, recipient):
    e = only(events(nlp, text), "SANCTION")
    assert names(e.actor) == [actor] and [r.actor_id for r in e.recipient] == [recipient]


def test_status_freezing_without_assets_is_no_event(nlp):
    assert events(nlp, "The lake froze in January.") == []
