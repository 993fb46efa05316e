"""Wire news on diplomacy and conflict as agencies write it: credits of news agencies, spokesmen for a state's
ministry, warnings of a response, stances and suppositions that tell no act, and measures typed by what is handed
over. Invented sentences with real countries and places; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def test_wire12_agency_credit_is_the_source_not_a_party(nlp):
    """"According to Kyodo, X criticized Y": the agency credited is the report's source (a media outlet), never a
    near spelling of a party's name (it had been read as ECOWAS), so the criticism is attributed to Kyodo."""
    found = events(nlp, "According to Kyodo news agency, North Korea criticized Japan on Tuesday for the naval "
                        "drills.", DAY)
    act = only(found, "ACCUSE")
    assert act.status == "attributed"
    assert act.attributed_to == "Kyodo"


@pytest.mark.parametrize("text, actor", [
    ("A spokesman for the Venezuelan Foreign Ministry condemned the seizure of the cargo plane on Monday.",
     "spokesman for the Venezuelan Foreign Ministry"),
    ("A spokeswoman for the Saudi Foreign Ministry condemned the attack on the tanker.",
     "spokeswoman for the Saudi Foreign Ministry"),
    ("A spokesman for the South Korean defence ministry condemned the missile launch.",
     "spokesman for the South Korean defence ministry"),
])
def test_wire12_spokesman_for_a_state_body_speaks_for_the_state(nlp, text, actor):
    """"a spokesman for the <country> Foreign Ministry": the ministry is the country's own body, so the spokesman
    is the office of that state's ministry and the speaker of the condemnation; the country's word beginning the
    longer name had made the title no mention and dropped the condemnation."""
    act = only(events(nlp, text, DAY), "ACCUSE")
    assert [a.text for a in act.actor] == [actor]


def test_wire12_country_beginning_a_party_name_is_no_state_body(nlp):
    """The exception stays: a name the country's word only begins ("the Bangladesh Nationalist Party") is the
    party's, not the country's."""
    act = only(events(nlp, "The secretary general of the Bangladesh Nationalist Party condemned the attack.", DAY),
               "ACCUSE")
    assert "BGD" not in [a.actor_id for a in act.actor]


@pytest.mark.parametrize("text, recipient", [
    ("China will take countermeasures against the US companies involved, the commerce ministry said on Thursday.",
     "US companies"),
    ("Beijing said it would take countermeasures in line with the law against the relevant Japanese entities.",
     "relevant Japanese entities"),
    ("Russia reserves the right to retaliate against the United States, the Kremlin said.", "United States"),
    ("Any attack on our territory will receive a decisive and adequate response, Iran's foreign ministry said.", None),
])
def test_wire12_warnings_of_a_response_are_threats(nlp, text, recipient):
    """A response promised in a foreign ministry's words is a threat (CAMEO 130): countermeasures against firms named
    by their country (also when the parse hangs "against" on "the law"), "reserves the right to retaliate", and a
    hostile act that "will receive a decisive response"; the party the response is against is the recipient."""
    act = only(events(nlp, text, DAY), "THREATEN")
    if recipient is not None:
        assert [a.text for a in act.recipient] == [recipient]


@pytest.mark.parametrize("text", [
    "The company said it would respond to the complaint within a week.",
    "The minister said the proposal would receive a warm welcome in Brussels.",
])
def test_wire12_replies_and_rights_are_no_threats(nlp, text):
    """A reply promised and a welcome received are no warnings."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "THREATEN"]


@pytest.mark.parametrize("text, kept", [
    ("Lavrov held a phone call with Blinken on Tuesday, affirming that Moscow opposes any escalation of tensions in "
     "the region.", ["CONSULT"]),
    ("Ankara firmly opposes the escalation of violence in the region, the foreign minister stressed.", []),
    ("Jakarta firmly opposes any escalation of military tensions around the Natuna Islands, the spokesman said.", []),
    ("Under the plan, Hamas would release ten hostages a week and Israel would free prisoners.", []),
    ("Under the proposal, the militia would withdraw from the city within two weeks, diplomats said.", []),
    ("Washington would make a grave mistake if it thought it could intimidate Tehran by threatening to strike its "
     "nuclear sites, the spokesman said.", []),
])
def test_wire12_stances_terms_and_suppositions_tell_no_act(nlp, text, kept):
    """No act is told by a verb of restating whose that-clause is what is said ("affirming that ..."), by opposing an
    ill no party is named as doing ("the escalation of tensions"), by the terms a plan sets out with a conditional
    modal ("Under the plan, X would release ..."), or by what a party might suppose in an "if" clause ("if it thought
    it could intimidate ... by threatening to strike"): general stances and content (docs/annotation.md)."""
    assert sorted(e.event_type for e in events(nlp, text, DAY)) == kept


@pytest.mark.parametrize("text, kind", [
    ("Russia opposes the deployment of NATO troops in Finland, the Kremlin said.", "REJECT"),
    ("Under the disengagement plan, Israel will evacuate the settlements in August, a spokesman said.", "AGREE"),
])
def test_wire12_opposed_acts_and_announced_intents_stay(nlp, text, kind):
    """Opposing a party's act stays a rejection; a plan's act announced with "will" by the side that does it is its
    stated intent (PLOVER AGREE)."""
    assert only(events(nlp, text, DAY), kind)


@pytest.mark.parametrize("text, kind, recipient", [
    ("Britain approved its sixth package of sanctions against Iran on Tuesday.", "SANCTION", "Iran"),
    ("Ministers agreed a fresh round of sanctions on Belarus at a meeting in Brussels.", "SANCTION", "Belarus"),
    ("Japan has mobilized $60 million in humanitarian assistance for flood victims in Pakistan.", "AID",
     "flood victims"),
])
def test_wire12_measures_typed_by_what_is_handed_over(nlp, text, kind, recipient):
    """A package of sanctions approved is the sanctions imposed, aimed at the party of their "against"/"on" phrase,
    not aid; money mobilized in assistance is aid, not forces mobilized."""
    act = only(events(nlp, text, DAY), kind)
    assert [a.text for a in act.recipient] == [recipient]


@pytest.mark.parametrize("text, kind", [
    ("The council approved a package of aid for Ukraine.", "AID"),
    ("Germany has mobilized 300 troops for the NATO mission in Lithuania.", "MOBILIZE"),
])
def test_wire12_aid_packages_and_troops_keep_their_type(nlp, text, kind):
    """An aid package approved stays aid and troops mobilized stay a mobilization."""
    assert only(events(nlp, text, DAY), kind)


@pytest.mark.parametrize("text", [
    "Iran told Germany on Sunday that it would throw out an undisclosed number of German diplomats.",
    "Lithuania announced it would send home the Russian charge d'affaires.",
])
def test_wire12_diplomats_thrown_out_are_expelled(nlp, text):
    """Diplomats thrown out or sent home are expelled (SANCTION expel), and the measure the actor announced or told
    the party it would take is the measure, predicted (docs/annotation.md: "will impose" is the measure), not a
    threat."""
    found = events(nlp, text, DAY)
    act = only(found, "SANCTION")
    assert (act.mode, act.status) == ("expel", "predicted")
    assert not [e for e in found if e.event_type == "THREATEN"]


def test_wire12_a_call_followed_by_talks_is_a_visit(nlp):
    """"X called on President Y and the two leaders discussed ...": the past-tense clause tells what followed a
    courtesy call (CAMEO 042), nothing asked of Y."""
    found = events(nlp, "Earlier, Prime Minister Modi called on President Ramaphosa and the two leaders discussed "
                        "several issues of mutual interest.", DAY)
    assert not [e for e in found if e.event_type == "REQUEST"]
    assert only(found, "CONSULT").mode == "visit"


@pytest.mark.parametrize("text, kind, platform, directed", [
    ("Zelensky criticized the decision on Telegram.", "ACCUSE", "Telegram", False),
    ("The Greek researcher criticized the ambassador's letter on Twitter on Monday.", "ACCUSE", "Twitter", False),
    ("Brazil imposed a fine on Telegram.", "SANCTION", "Telegram", True),
])
def test_wire12_platform_a_statement_is_posted_on_is_no_recipient(nlp, text, kind, platform, directed):
    """A social platform a criticism is posted on ("on Telegram") is its medium, not the party criticised; a fine
    imposed on a platform stays directed at it."""
    act = only(events(nlp, text, DAY), kind)
    assert (platform in [a.text for a in act.recipient]) is directed
