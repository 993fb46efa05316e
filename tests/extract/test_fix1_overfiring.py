"""Rules of the rarer types and type boundaries kept to the constructions they were made for: each test holds
ordinary sentences with the same words that are no such event (or another type), and a sentence the rule was made
for that must still be coded. Invented sentences with real names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def _texts(side) -> list[str]:
    return [a.text for a in side]


def _coded(found, event_type: str, cameo: str | None = None) -> list:
    return [e for e in found if e.event_type == event_type and (cameo is None or e.cameo == cameo)]


@pytest.mark.parametrize("text", [
    "German Chancellor Olaf Scholz walked out of the hall after the conference to greet supporters.",
    "President Macron walked out of the meeting and told reporters the talks had gone well.",
    "Japan's prime minister walked out of the debate hall and took a flight to Osaka.",
])
def test_fix1_leaving_a_hall_or_meeting_is_no_walkout(nlp, text):
    """A hall, a meeting or a conference is left every day: walking out of one is a walkout (PROTEST, CAMEO 143)
    only with a protest cue ("in protest", "over" a grievance); a session or assembly left is one by itself, and a
    walkout staged is the same act in the same mode (boycott)."""
    assert not _coded(events(nlp, text, DAY), "PROTEST")
    cued = only(events(nlp, "Polish ministers walked out of the meeting in protest at the Hungarian veto.", DAY),
                "PROTEST")
    assert cued.mode == "boycott"
    staged = only(events(nlp, "British lawmakers staged a walkout during the Chinese president's speech.", DAY),
                  "PROTEST")
    assert staged.mode == "boycott"


@pytest.mark.parametrize("text", [
    "Chinese dockworkers responded with a strike after the port operator cut wages.",
    "The Labour Party answered with an attack on the government's tax plan.",
    "Sweden's foreign minister replied with an attack on Hungary's record on the rule of law.",
])
def test_fix1_responding_with_a_bare_strike_or_attack_is_no_force(nlp, text):
    """Workers who "responded with a strike" stopped work and a politician who "answered with an attack on" a plan
    spoke: only force words, or a strike or attack named by a military word ("air strikes", "a missile attack"),
    make the response a use of force (ASSAULT, CAMEO 190)."""
    assert not _coded(events(nlp, text, DAY), "ASSAULT")
    hit = only(events(nlp, "Russia retaliated with a missile attack on Kyiv.", DAY), "ASSAULT")
    assert _texts(hit.actor) == ["Russia"]


@pytest.mark.parametrize("text", [
    "Germany's finance minister said all options are on the table if the talks with Greece fail.",
    "The German government said all options remain on the table in its response to the energy crisis.",
    "Kenya's government said all options are on the table against the locust invasion.",
    "Ukraine's central bank said all options were on the table, including action on interest rates.",
])
def test_fix1_options_on_the_table_need_a_party_or_force(nlp, text):
    """"All options are on the table" is a threat (THREATEN 130) only against a party (the subject of its "if"
    clause or its "against" phrase) or with a word of force in the option's own phrase; talks that fail, a locust
    invasion, a "response" or "action on interest rates" threaten no one. The act of the threat's "if" clause
    ("if Apple refuses to comply") is its condition, no act told."""
    assert not _coded(events(nlp, text, DAY), "THREATEN")
    found = events(nlp, "The European Commission said all options are on the table if Apple refuses to comply.", DAY)
    assert _texts(only(found, "THREATEN").recipient) == ["Apple"]
    assert not _coded(found, "AGREE")


@pytest.mark.parametrize("text", [
    "Saudi Aramco secured a listing on the Riyadh stock exchange.",
    "Italy won a UNESCO designation for the Dolomites.",
    "Britain's HS2 project obtained sanction from the Treasury.",
    "The European Union put its sanctions on Hungary on hold for three months.",
    "The Security Council placed the arms embargo on Libya on its agenda for Thursday.",
    "Japan placed export controls on advanced chips.",
])
def test_fix1_measures_secured_or_placed_need_a_party_and_no_shelving(nlp, text):
    """Sanctions secured, put or placed are imposed (SANCTION 163) only on a party told after "on"/"against":
    a stock listing, a heritage designation and "sanction" (approval) from a ministry are no measure, sanctions put
    "on hold" or "on the agenda" are shelved or discussed, and controls on goods name no party."""
    assert not _coded(events(nlp, text, DAY), "SANCTION")
    hit = only(events(nlp, "Lithuania secured new EU sanctions on Belarus.", DAY), "SANCTION")
    assert _texts(hit.recipient) == ["Belarus"]


@pytest.mark.parametrize("text", [
    "Norway banned its fishermen from the waters around Svalbard to protect cod stocks.",
    "Greece barred cruise ships from the port of Santorini during the heatwave.",
])
def test_fix1_a_ban_on_ones_own_people_is_a_rule_at_home(nlp, text):
    """A ban from airspace, ports or waters is a sanction (SANCTION 163) when it falls on another country's people
    or carriers ("banned Russian airlines from its airspace"); on the actor's own people or on things named by no
    party it is a restriction at home (COERCE 172)."""
    found = events(nlp, text, DAY)
    assert not _coded(found, "SANCTION")
    assert _coded(found, "COERCE", "172")
    hit = only(events(nlp, "Canada banned Russian airlines from its airspace.", DAY), "SANCTION")
    assert _texts(hit.actor) == ["Canada"]


@pytest.mark.parametrize("text, wrong, cameo", [
    ("Russia closed its military mission to NATO in Brussels.", "RETREAT", None),
    ("Donald Trump accused the Federal Reserve of sabotaging the economy.", "ASSAULT", None),
    ("Japan's ruling party concluded its annual convention in Tokyo.", "AGREE", None),
    ("The World Health Organization finalised its protocol for treating Ebola patients.", "AGREE", None),
    ("Germany delivered a flood defence system to Pakistan after the floods.", "AID", "072"),
    ("Spain supplied a weather radar system to Morocco.", "AID", "072"),
    ("Saudi Arabia launched a charm offensive in Washington.", "MOBILIZE", None),
    ("China kicked off a diplomatic offensive in Africa.", "MOBILIZE", None),
    ("Saudi Arabia launched a charm offensive in Washington.", "ASSAULT", None),
])
def test_fix1_type_boundaries_keep_to_their_objects(nlp, text, wrong, cameo):
    """Rules of the type boundaries hold only for their objects: a mission closed is an office shut (no forces
    leaving), sabotage of an economy is a figure of speech, a party's own convention or protocol is no agreement,
    a flood defence or weather radar system is no weapon, a charm or diplomatic offensive is no military act. The
    military senses stay coded."""
    assert not _coded(events(nlp, text, DAY), wrong, cameo)
    assert _coded(events(nlp, "Britain wound up its military mission in Afghanistan.", DAY), "RETREAT")
    assert _coded(events(nlp, "Germany accused Russia of sabotaging the Nord Stream pipeline.", DAY), "ASSAULT")
    assert _coded(events(nlp, "The Netherlands sent a missile defence system to Poland.", DAY), "AID", "072")


@pytest.mark.parametrize("text", [
    "Sri Lanka's captain was on strike for the final over.",
    "The focus of France's foreign minister was on the protest in Tbilisi.",
    "Pakistan's batsman Babar Azam was on strike when the rain came.",
])
def test_fix1_on_strike_is_the_idiom_of_those_who_can_strike(nlp, text):
    """Being "on strike" (PROTEST 143) is the idiom with no determiner, said of people who can strike; a focus "on
    the protest" is no protest and a batter "on strike for the final over" faces the bowling."""
    assert not _coded(events(nlp, text, DAY), "PROTEST")
    hit = only(events(nlp, "Doctors in Kenya have been on strike for two weeks.", DAY), "PROTEST")
    assert hit.cameo == "143"


@pytest.mark.parametrize("text", [
    "The Kremlin did not respond to a request for comment and ignored a second request.",
    "Netanyahu ignored a phone call from Biden on Tuesday.",
    "The Bundestag waved the proposal through without debate.",
])
def test_fix1_ignored_requests_and_waved_proposals(nlp, text):
    """A call or request is defied (REJECT 128) only when its author or content is told ("ignored calls from the
    African Union to ..."), never a telephone call or a bare "second request" for comment; a proposal is rejected
    (REJECT 120) when brushed aside, shrugged off or waved away, not when "waved through"."""
    assert not _coded(events(nlp, text, DAY), "REJECT")
    hit = only(events(nlp, "Moscow shrugged off the demand from Kyiv.", DAY), "REJECT")
    assert _texts(hit.actor) == ["Moscow"]


@pytest.mark.parametrize("text, wrong, right", [
    ("Egypt restored internet access in Cairo after engineers repaired the cable.", "CONCEDE", None),
    ("Washington backs the Syrian Democratic Forces in their talks with Damascus.", "AID", "SUPPORT"),
    ("Britain said it will withdraw its ambassador from Minsk.", "THREATEN", "SANCTION"),
])
def test_fix1_measures_and_backing_told_by_their_setting(nlp, text, wrong, right):
    """Internet access restored after a repair eases no restriction (no CONCEDE); forces backed in their talks get
    political backing (SUPPORT), not military aid; an ambassador a state says it will withdraw is its measure
    announced (SANCTION, predicted), not a threat, which only one's own inspectors withdrawn stay."""
    found = events(nlp, text, DAY)
    assert not _coded(found, wrong)
    if right:
        assert _coded(found, right)
    assert _coded(events(nlp, "Iran said it would withdraw its inspectors from the site.", DAY), "THREATEN")
