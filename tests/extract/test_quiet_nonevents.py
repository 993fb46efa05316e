"""Sentences of government releases and wire reports that look like events but tell none (docs/annotation.md, "What
is an event"): a standing resolve or aim ("remains determined to counter X", "seeks to destroy Y", the speaker's own
"we will not allow X to"), the press logistics of a briefing, a unit's patrol told as its standing task, "threaten" in
the sense "endanger", an event noun in the topic phrase of a statement. Each non-event sits next to a sentence of the
same words that tells the act, which keeps its event."""

from __future__ import annotations

import pytest

from ._fictional import code, events

pytestmark = pytest.mark.slow


def types(found) -> list[str]:
    return sorted(e.event_type for e in found)


@pytest.mark.parametrize("text", [
    "Gondor remains determined to counter the threat posed by Mordor.",
    "We remain determined to defeat Mordor.",
    "We will not allow Mordor to rebuild its army.",
    "Mordor seeks to destroy the heritage of Gondor.",
    "Mordor seeks to destroy our way of life.",
    "Mordor continues to threaten stability in the region.",
    "Mordor threatens the peace process in Gondor.",
])
def test_quiet_resolve_aim_and_endangering_are_no_events(base_nlp, coder, text):
    assert code(base_nlp, coder, text) == [], types(code(base_nlp, coder, text))


@pytest.mark.parametrize("text, event_type", [
    ("Rohan will not allow Mordor to rebuild its army.", "THREATEN"),  # a third party's warning stays
    ("Mordor destroyed the heritage of Gondor.", "ASSAULT"),
    ("Mordor threatened to close the border with Gondor.", "THREATEN"),
    ("Mordor attacked a convoy in Gondor.", "ASSAULT"),
    # a named party's aim against a concrete target is its intent (predicted), no general aim (docs/annotation.md)
    ("Mordor wants to seize the ports of Gondor.", "COERCE"),
    ("Mordor seeks to capture the whole of the Rohan region, officials of Gondor said.", "COERCE"),
    # threatening with a means is a threat, not "endanger"
    ("Mordor threatened the economy of Gondor with 25 percent tariffs.", "THREATEN"),
])
def test_quiet_the_same_words_telling_an_act_keep_it(base_nlp, coder, text, event_type):
    assert event_type in types(code(base_nlp, coder, text))


def test_quiet_support_one_is_determined_to_give_stays(base_nlp, coder):
    assert types(code(base_nlp, coder, "Gondor is determined to support Rohan.")) != []


@pytest.mark.parametrize("text", [
    "Pentagon Press will gather in the Press Briefing Room for the call.",
    "Members of the White House Press Corps will gather in the briefing room at noon.",
    "Combined Task Force 151 patrols the Gulf of Aden to deter piracy.",
    "The Standing NATO Maritime Group patrols the waters of the Aegean Sea.",
    "Statement by the Press Secretary on the attack in Kabul",
    "Remarks by the Foreign Secretary on the bombing in Manchester",
    "The Foreign Secretary made a statement on the attack in Kabul.",
    "Taliban militants continue to threaten stability in Afghanistan.",
])
def test_quiet_release_logistics_standing_tasks_and_topics_are_no_events(nlp, text):
    assert events(nlp, text) == [], types(events(nlp, text))


@pytest.mark.parametrize("text, event_type", [
    ("The Press Secretary will meet the Prime Minister of Japan on Friday.", "CONSULT"),
    ("The Royal Navy patrolled the Strait of Hormuz on Monday.", "MOBILIZE"),
    ("Al-Shabaab bombed a hotel in Mogadishu.", "ASSAULT"),
    ("The Taliban threatened to attack polling stations.", "THREATEN"),
    # journalists meeting officials is a meeting; only the press gathering for a briefing is logistics
    ("A group of Afghan journalists met Taliban officials in Kabul to discuss press freedom.", "CONSULT"),
    # a coast guard's patrol of named waters, with no task told, is a deployment
    ("The Chinese coast guard patrols the waters around the Scarborough Shoal.", "MOBILIZE"),
])
def test_quiet_release_acts_keep_their_events(nlp, text, event_type):
    assert event_type in types(events(nlp, text))


@pytest.mark.parametrize("text", [
    "The embassy helps British nationals who are arrested abroad.",
    "He previously served as ambassador to Iraq, where he negotiated the withdrawal of US forces.",
    "Before his appointment, she led the team that negotiated the Iran nuclear deal.",
])
def test_quiet_generic_passives_and_biographies_are_no_events(nlp, text):
    assert events(nlp, text) == [], types(events(nlp, text))


@pytest.mark.parametrize("text, event_type", [
    ("The three journalists who are held in Evin prison were arrested in May.", "COERCE"),
    ("She led the team that negotiated the Iran nuclear deal.", "CONSULT"),
])
def test_quiet_specific_parties_and_reported_acts_keep_their_events(nlp, text, event_type):
    assert event_type in types(events(nlp, text))


@pytest.mark.parametrize("text", [
    "The risk of a Russian invasion remains high.",
    "There is no evidence that Iran supplied the drones.",
])
def test_quiet_possible_and_unproven_acts_are_no_events(nlp, text):
    assert events(nlp, text) == [], types(events(nlp, text))


@pytest.mark.parametrize("text, event_type", [
    ("Russia's invasion of Ukraine began in February.", "ASSAULT"),
    ("There is evidence that Iran supplied the drones.", "AID"),
])
def test_quiet_told_and_proven_acts_keep_their_events(nlp, text, event_type):
    assert event_type in types(events(nlp, text))


@pytest.mark.parametrize("text", [
    "The Attack Helicopter Battalion is stationed in Texas.",
    "About 900 US troops are stationed in Syria.",
])
def test_quiet_a_standing_location_is_no_deployment(nlp, text):
    assert events(nlp, text) == [], types(events(nlp, text))
