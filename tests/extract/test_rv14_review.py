"""Review of the merged releases, conflict, cooperation, unrest, recipients, commentary and regional branches: rules
that fired beyond their sense. Invented sentences with real place names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize("text, kind, status", [
    ("Farmers decided to rally outside parliament in Warsaw on Friday.", "THREATEN", "asserted"),
    ("The opposition decided to march on the capital next week.", "THREATEN", "asserted"),
    ("The opposition decided to boycott the election in Dhaka.", "PROTEST", "asserted"),
])
def test_rv14_a_decided_rally_is_no_rally_held(nlp, text, kind, status):
    """A boycott decided on is the refusal itself (CAMEO 143), but a rally or a march a party decides to hold is
    still to come: it stays a statement of intent (CAMEO 133), never a demonstration told as held. The decided
    measures of ``intent.as_intent`` took every PROTEST, so "decided to rally ... on Friday" came out as a rally
    that happened."""
    found = events(nlp, text, DAY)
    act = only(found, kind)
    assert act.status == status
    assert kind == "PROTEST" or not [e for e in found if e.event_type == "PROTEST"]


@pytest.mark.parametrize("text, kind", [
    ("The Israeli strike on the clinic in Rafah created panic among residents.", "ASSAULT"),
    ("The Russian missile strike on the railway station in Kramatorsk deepened the crisis.", "ASSAULT"),
    ("The American withdrawal from Afghanistan emboldened rivals.", None),
])
def test_rv14_an_attack_on_a_named_target_with_its_effect_stays(nlp, text, kind):
    """``background.judged_act`` makes an undated event noun that is the subject of a verb of consequence the topic
    of a judgement ("the American withdrawal emboldened rivals"); an attack told with the point it hit ("the strike
    on the clinic", "the strike on the railway station") is a given attack whose effect the sentence reports, and
    stays an event."""
    found = events(nlp, text, DAY)
    if kind is None:
        assert not [e for e in found if e.event_type == "RETREAT"]
    else:
        only(found, kind)


@pytest.mark.parametrize("text, kind", [
    ("Russian forces left Kherson to regroup on the east bank.", "RETREAT"),
    ("Turkish troops left Afrin to avoid a clash with the militia.", "RETREAT"),
    ("The pullout leaves the field open to Moscow.", None),
])
def test_rv14_a_departure_with_its_purpose_is_a_departure(nlp, text, kind):
    """``othersenses.leaving_a_state`` reads "leave X <state>" ("leaves the field open") as a result, no departure;
    a "to" infinitive after the object tells why the force left ("left Kherson to regroup"), so the withdrawal
    stays."""
    found = events(nlp, text, DAY)
    if kind is None:
        assert not [e for e in found if e.event_type == "RETREAT"]
    else:
        assert only(found, kind).mode == "withdraw"


@pytest.mark.parametrize("text, kind", [
    ("Party secretary Musa Ali protested against the fuel price hike in Kano.", "PROTEST"),
    ("Student union president Grace Obi protested outside the ministry in Abuja.", "PROTEST"),
    ("Foreign Minister Yoshimasa Hayashi strongly protested the remarks.", "ACCUSE"),
])
def test_rv14_a_title_held_in_a_party_is_no_state_office(nlp, text, kind):
    """``evaluation._office_holder`` made any person with a title ("secretary", "president") an office of the
    state, so a party secretary or a union president who protests lodged an official complaint (CAMEO 114); a
    title held in a party, a union or a company is no state office, and the protest stays a demonstration."""
    found = events(nlp, text, DAY)
    only(found, kind)
    assert not [e for e in found if e.event_type in {"PROTEST", "ACCUSE"} - {kind}]


@pytest.mark.parametrize("text, concede", [
    ("Kenya reopened the main highway to Mombasa after the floods receded.", False),
    ("Peru reopened the Pan-American road near Arequipa after the landslide was cleared.", False),
    ("Pakistan reopened the Torkham crossing with Afghanistan on Monday.", True),
])
def test_rv14_a_road_reopened_after_a_flood_lifts_no_restriction(nlp, text, concede):
    """The class of reopened crossings (CAMEO 081, PLOVER CONCEDE) took roads, highways, bridges and airports too,
    so a highway reopened after a flood was a restriction lifted; those are shut by weather, repairs and accidents
    far more often than by a state's measure. A border crossing reopened stays a closure lifted."""
    found = events(nlp, text, DAY)
    assert bool([e for e in found if e.event_type == "CONCEDE"]) == concede


@pytest.mark.parametrize("text, kind", [
    ("Russia pulled out of the grain deal with Turkey on Monday.", "REJECT"),
    ("Mali pulled out of the peace agreement with the rebels.", "REJECT"),
    ("French troops pulled out of Gao on Monday.", "RETREAT"),
])
def test_rv14_pulling_out_of_a_deal_is_a_rejection(nlp, text, kind):
    """The "pull out" entries ("of from" a deal: REJECT 120; "of" an election: no event) never held for "of": the
    parser hangs "of" on "out", read as a preposition with no object, so "pulled out of the grain deal" stayed a
    withdrawal of forces. The phrase of such a bare particle is the verb's; "pulled out of Gao" stays a
    withdrawal."""
    found = events(nlp, text, DAY)
    only(found, kind)
    assert not [e for e in found if e.event_type in {"REJECT", "RETREAT"} - {kind}]


@pytest.mark.parametrize("text", [
    "A nurses strike entered its second week in Lagos.",
    "The workers strike entered its third day in Durban.",
])
def test_rv14_a_strike_named_by_its_trade_is_a_labour_strike(nlp, text):
    """``coercion.labour_strike`` compared the modifier's lemma with ``labour_strike_modifiers``, whose trades are
    listed as plurals ("nurses", "workers", "doctors", "teachers"): the lemma is singular, so those words never
    matched and a strike named by its trade was no event. The written form counts too."""
    found = events(nlp, text, DAY)
    assert only(found, "PROTEST").cameo == "143"
    assert not [e for e in found if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, aid", [
    ("Qatar gave blankets to support displaced families in Idlib.", True),
    ("Turkey gave tents to help earthquake survivors in Hatay.", True),
    ("The minister gave a speech to support the reform bill.", False),
])
def test_rv14_things_given_to_help_are_aid(nlp, text, aid):
    """The "give" entry of aid told by its purpose ("gave blankets to support X") checked only an ``xcomp``; the
    parser reads such a purpose as an adverbial clause, so the entry never held. A "to" infinitive read as an
    adverbial clause meets an ``xcomp`` condition too; a speech given to support a bill stays no aid."""
    found = events(nlp, text, DAY)
    assert bool([e for e in found if e.event_type == "AID"]) == aid


@pytest.mark.parametrize("text, kind", [
    ("A column of refugees crossed the border into Chad on Monday.", None),
    ("A long column of displaced families crossed the border into Uganda.", None),
    ("The injured junta column retreated from the village towards Hpakant on Sunday.", "RETREAT"),
])
def test_rv14_a_column_of_refugees_is_no_force(nlp, text, kind):
    """The agent word "column" (a junta column, a force) made "a column of refugees" a military party, so their
    crossing became an act (CAMEO 0233); a column "of" something is a line of what its phrase names."""
    found = events(nlp, text, DAY)
    if kind is None:
        assert not [e for e in found if any(a.actor_id == "agent:MIL" for a in e.actor)], found
    else:
        only(found, kind)
