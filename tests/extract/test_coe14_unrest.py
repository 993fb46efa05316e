"""Unrest and state force told apart: a crowd's blockade or riot against a state's restriction or a force's
attack, a labour strike against a military strike, curfews and bans put in force, news outlets shut, raids led by
police. Invented sentences with real place names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize("text, kind, cameo", [
    ("Farmers blockaded the border crossing near Kehl with tractors on Monday.", "PROTEST", "144"),
    ("Striking dockworkers barricaded the port gates in Antwerp, preventing lorries from entering.", "PROTEST", "144"),
    ("Students blocked the entrance to the education ministry in Santiago, preventing staff from leaving.",
     "PROTEST", "144"),
    ("Young Tunisians blocked the roads into Sfax on Sunday.", "PROTEST", "144"),
    ("Police blocked the protesters from reaching the presidential palace in Dhaka.", "COERCE", "191"),
    ("Kenyan authorities blocked access to Facebook during the vote count.", "COERCE", "191"),
])
def test_coe14_blocking_by_a_crowd_is_a_protest_by_a_state_a_restriction(nlp, text, kind, cameo):
    """A crowd of civilians (farmers, workers, students, a country's people) that blocks or bars a way obstructs in
    protest (CAMEO 144, PLOVER PROTEST obstruct); the same verbs with a state's force or its authorities as the doer
    restrict (CAMEO 191, COERCE): only a state restricts a party's movement. A participle that goes on telling the
    blockade ("..., preventing staff from leaving") is the same act, not a second one."""
    found = events(nlp, text, DAY)
    assert only(found, kind).cameo == cameo
    assert not [e for e in found if e.event_type in {"PROTEST", "COERCE"} - {kind}]


@pytest.mark.parametrize("text, kind", [
    ("Demonstrators threw stones and bottles at riot police in Tbilisi.", "PROTEST"),
    ("Tens of thousands stormed the parliament building in Bishkek.", "PROTEST"),
    ("Protesters hurled petrol bombs at the police station in Nasiriyah.", "PROTEST"),
    ("Soldiers stormed the hotel in Mogadishu on Friday.", "ASSAULT"),
    ("Protesters beat a policeman to death in Dhaka.", "ASSAULT"),
])
def test_coe14_a_crowd_s_stones_and_storming_are_a_riot(nlp, text, kind):
    """Stones thrown, petrol bombs hurled or a building stormed by a crowd of civilians (protesters, a crowd told by
    its size) are a protest turned violent (CAMEO 145, PLOVER PROTEST riot), not an armed attack; a force storming
    a building attacks it, and a crowd that beats a man to death attacks him: only the verbs of street disorder
    make a crowd's act a riot."""
    found = events(nlp, text, DAY)
    act = only(found, kind)
    assert kind == "ASSAULT" or (act.cameo, act.mode) == ("145", "riot")
    assert not [e for e in found if e.event_type in {"PROTEST", "ASSAULT"} - {kind}]


@pytest.mark.parametrize("text, kind", [
    ("Guinea's opposition coalition announced a 72-hour nationwide strike.", "PROTEST"),
    ("Nigeria's Labour Congress announced an indefinite strike.", "PROTEST"),
    ("Israel carried out an air strike on a house in Gaza.", "ASSAULT"),
])
def test_coe14_a_strike_with_a_length_or_scope_is_a_stoppage(nlp, text, kind):
    """A "strike" whose modifier only a stoppage of work takes (a length in hours, "nationwide", "indefinite",
    "general") is a strike in protest (CAMEO 143, PLOVER PROTEST strike), not a military strike; a strike named
    by its weapon stays an attack whatever light verb tells it."""
    found = events(nlp, text, DAY)
    act = only(found, kind)
    assert kind == "ASSAULT" or act.mode == "strike"
    assert not [e for e in found if e.event_type in {"PROTEST", "ASSAULT"} - {kind}]


@pytest.mark.parametrize("text, mode", [
    ("Sri Lanka's government implemented a countrywide curfew on Saturday.", "curfew"),
    ("Pakistan's interior ministry issued a ban on all rallies in Lahore.", "restrict"),
    ("The Ugandan government issued a statement on the curfew.", None),
])
def test_coe14_curfews_and_bans_put_in_force(nlp, text, mode):
    """A curfew or a ban implemented, enforced or issued is imposed (CAMEO 1723, 172; PLOVER COERCE), as one
    "imposed" or "declared" is; a statement issued about a curfew is no measure."""
    found = events(nlp, text, DAY)
    if mode is None:
        assert not [e for e in found if e.event_type == "COERCE"]
    else:
        assert only(found, "COERCE").mode == mode


@pytest.mark.parametrize("text, outlet", [
    ("The Zimbabwean police shut down Radio Harare on Monday.", "Radio Harare"),
    ("Bahraini authorities banned the Al-Wasat newspaper.", "Al-Wasat"),
    ("The publisher shut down its weekly magazine in Lagos after years of losses.", None),
])
def test_coe14_outlets_shut_or_banned_by_a_state_are_censorship(nlp, text, outlet):
    """A broadcaster or newspaper shut down by officials or forces, or banned, is censored (CAMEO 1721, PLOVER
    COERCE censor) and is the recipient; a publisher shutting its own magazine for losses restricts no one."""
    found = events(nlp, text, DAY)
    if outlet is None:
        assert not [e for e in found if e.event_type == "COERCE"]
    else:
        coerce = only(found, "COERCE")
        assert coerce.mode == "censor" and [a.text for a in coerce.recipient] == [outlet]


def test_coe14_raids_led_by_police_are_coercion(nlp):
    """Raids the police lead are the police's coercion (CAMEO 170, COERCE), as raids they conduct are; a raid by
    commandos that kills fighters stays an attack."""
    found = events(nlp, "The Kenyan police led the raids on three newspaper offices in Nairobi.", DAY)
    only(found, "COERCE")
    assert not [e for e in found if e.event_type == "ASSAULT"]
    found = events(nlp, "Commandos raided a militant compound near Bannu, killing four fighters.", DAY)
    only(found, "ASSAULT")


@pytest.mark.parametrize("text, actor", [
    ("Police detectives arrested Karim Uddin in Chittagong on Friday.", "Police detectives"),
    ("Gendarmes arrested Issa Traore in Bamako on Friday.", "Gendarmes"),
    ("Police arrested Karim Uddin in Chittagong on Friday.", "Police"),
])
def test_coe14_police_named_by_rank_or_branch_arrest(nlp, text, actor):
    """Detectives and gendarmes are the police (sector COP): their arrest of a named man is an arrest (CAMEO 173,
    COERCE) by them, as one by "police" is."""
    coerce = only(events(nlp, text, DAY), "COERCE")
    assert coerce.mode == "arrest" and [a.text for a in coerce.actor] == [actor]


@pytest.mark.parametrize("text", [
    "India announced the deployment of 3,000 troops to the border with China.",
    "India deployed 3,000 troops to the border with China.",
])
def test_coe14_the_force_a_deployment_noun_moves_is_no_recipient(nlp, text):
    """"the deployment of 3,000 troops": the "of" phrase names the force moved, the actor's own, never whom the
    move is aimed at (MOBILIZE), as the object of "deployed" is not."""
    mobilize = only(events(nlp, text, DAY), "MOBILIZE")
    assert [a.text for a in mobilize.actor] == ["India"]
    assert not [a for a in mobilize.recipient if "troops" in a.text]


@pytest.mark.parametrize("text, kind, mode", [
    ("Mali's transitional cabinet decided to ban the rallies of all political parties.", "COERCE", "restrict"),
    ("Pakistan's government decided to impose a curfew in Karachi.", "COERCE", "curfew"),
    ("Iran's army decided to seize the oil tanker Stena Impero.", "THREATEN", None),
])
def test_coe14_a_restriction_decided_is_the_restriction(nlp, text, kind, mode):
    """A ban or a curfew a government "decided" to impose is the measure, asserted (docs/annotation.md: a measure
    "decided" is the measure), as a sanction decided is, not a threat; a seizure decided stays the stated intent."""
    act = only(events(nlp, text, DAY), kind)
    assert mode is None or (act.mode, act.status) == (mode, "asserted")


def test_coe14_a_blockade_of_access_and_a_curfew_are_two_measures(nlp):
    """"cut off messaging apps and declared a curfew": two measures of different CAMEO codes (191, 1723) by one
    government with no recipient named are two events, not one."""
    found = events(nlp, "Ecuador's government has blocked all messaging apps and declared a curfew.", DAY)
    assert sorted(e.mode for e in found if e.event_type == "COERCE") == ["curfew", "restrict"]
