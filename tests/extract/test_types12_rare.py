"""Acts of the rarer PLOVER types as wire news and government releases tell them: trade measures (tariffs and
duties on a party's goods), call-ups of reserve forces, vows to take measures against a party, labels a speaker
gives an act ("called the sanctions unreasonable"), ceasefire violations, and measures a signed decree or order
takes. Invented sentences with real country names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize("text, actor, recipient", [
    ("Washington added 25 percent duties on Chinese steel on Friday.", "Washington", "Chinese"),
    ("The European Union raised tariffs on Russian fertiliser.", "European Union", "Russian"),
    ("Mexico hiked tariffs on Chinese cars.", "Mexico", "Chinese"),
    ("The new US tariffs target Chinese solar panels.", "US", "Chinese"),
])
def test_types12_tariffs_on_a_partys_goods_are_a_sanction(nlp, text, actor, recipient):
    """Tariffs, duties or levies added, raised or hiked on goods named by their party, or that target them, are a
    trade measure against that party (CAMEO 163, SANCTION), its recipient the party the goods are of."""
    act = only(events(nlp, text, DAY), "SANCTION")
    assert act.cameo == "163"
    assert [a.text for a in act.actor] == [actor]
    assert [a.text for a in act.recipient] == [recipient]


def test_types12_duties_need_a_party_of_the_goods(nlp):
    """Duties raised on goods named by their party are a measure against it; on goods named by no party they are
    fiscal policy at home, no measure against anyone."""
    assert only(events(nlp, "Canada raised duties on American aluminium.", DAY), "SANCTION").recipient
    for text in ("The ministry raised taxes on tobacco.", "India increased duties on gold imports to curb demand.",
                 "Japan raised tariffs on luxury cars last year."):
        assert not [e for e in events(nlp, text, DAY) if e.event_type == "SANCTION"]


@pytest.mark.parametrize("text, actor", [
    ("The Pentagon began activating thousands of reserve troops on Monday.", "Pentagon"),
    ("The governor of Georgia activated the National Guard after the riots.", "Georgia"),
    ("Poland activated two reserve battalions near the Belarusian border.", "Poland"),
])
def test_types12_forces_activated_are_mobilised(nlp, text, actor):
    """Reserve or guard forces activated are called to duty (CAMEO 154, MOBILIZE); the force mobilised is what the
    actor moves, never the recipient."""
    act = only(events(nlp, text, DAY), "MOBILIZE")
    assert actor in " ".join(a.text for a in act.actor)
    assert not act.recipient


def test_types12_force_deployed_is_no_recipient_and_things_activated_no_force(nlp):
    """"deployed a Crisis Reaction Force to X": the force is what the actor sends, not whom the act is aimed at; a
    fund or a hotline activated is no force called up."""
    act = only(events(nlp, "The Pentagon deployed a Crisis Reaction Force to Eagle Pass, Texas.", DAY), "MOBILIZE")
    assert "Crisis Reaction Force" not in [a.text for a in act.recipient]
    for text in ("Ghana's central bank activated its reserve fund.", "Kenya activated a hotline for stranded citizens."):
        assert not [e for e in events(nlp, text, DAY) if e.event_type == "MOBILIZE"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("China vowed to take firm measures against the United States.", "China", "United States"),
    ("Iran pledged to take countermeasures against Britain.", "Iran", "Britain"),
    ("Russia vowed to take reciprocal action against Latvia.", "Russia", "Latvia"),
])
def test_types12_vow_of_measures_against_a_party_is_a_threat(nlp, text, actor, recipient):
    """A vow or pledge to take measures, action or steps against a named party is a threat (CAMEO 130, THREATEN),
    directed at that party, not an agreement."""
    found = events(nlp, text, DAY)
    act = only(found, "THREATEN")
    assert [a.text for a in act.actor] == [actor]
    assert [a.text for a in act.recipient] == [recipient]
    assert not [e for e in found if e.event_type == "AGREE"]


def test_types12_vow_of_measures_for_an_aim_is_no_threat(nlp):
    """Measures or steps pledged against a party threaten it; pledged for an aim they name no party and threaten no
    one."""
    assert only(events(nlp, "Serbia vowed to take measures against Kosovo.", DAY), "THREATEN").recipient
    for text in ("Kenya pledged to take steps to improve its prisons.",
                 "Ghana vowed to take measures against inflation."):
        assert not [e for e in events(nlp, text, DAY) if e.event_type == "THREATEN"]


@pytest.mark.parametrize("text, coded", [
    ("Moscow called the sanctions unreasonable.", "SANCTION"),
    ("Hamas called the truce a victory.", "RETREAT"),
    ("Iran called the strike on its consulate a crime.", "PROTEST"),
    ("Russia called the naval blockade a success.", "COERCE"),
])
def test_types12_a_label_given_to_an_act_is_no_act_anew(nlp, text, coded):
    """"called X unreasonable", "called X a trick": a naming verb gives its object a label; the act named is
    judged, not called or done anew as the light verb "call" of "called a strike" would make it."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == coded]


def test_types12_a_label_of_disapproval_is_a_criticism(nlp):
    """"called the American sanctions unjustified": a criticism (CAMEO 111) of the measure's author, also when the
    parser's lemma of the judgement word is not the word."""
    found = events(nlp, "Tehran called the American sanctions unjustified.", DAY)
    act = only(found, "ACCUSE")
    assert [a.text for a in act.recipient] == ["American"]
    assert not [e for e in found if e.event_type == "SANCTION"]


@pytest.mark.parametrize("text, actor", [
    ("Pakistani troops carried out 20 ceasefire violations along the Line of Control on Sunday.", "Pakistani troops"),
    ("Pakistan committed three ceasefire violations in Poonch.", "Pakistan"),
])
def test_types12_ceasefire_violations_are_non_compliance(nlp, text, actor):
    """Ceasefire violations carried out or committed are non-compliance with the truce (REJECT, as "violated the
    ceasefire" is), not a ceasefire."""
    found = events(nlp, text, DAY)
    act = only(found, "REJECT")
    assert [a.text for a in act.actor] == [actor]
    assert not [e for e in found if e.event_type == "RETREAT"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("President Ruiz of Peru signed a decree lifting sanctions imposed on Chile.", "Ruiz", "Chile"),
    ("Peru issued an order easing restrictions on Chilean imports.", "Peru", "Chilean"),
    ("The US president signed an executive order lifting the embargo on Cuba.", "US", "Cuba"),
])
def test_types12_a_signed_decree_lifting_a_measure_is_a_concession(nlp, text, actor, recipient):
    """A decree or order signed or issued whose participle lifts or eases a measure is the signer's concession
    (CONCEDE), also as the parser reads "a [decree lifting] sanctions"."""
    act = only(events(nlp, text, DAY), "CONCEDE")
    assert actor in " ".join(a.text for a in act.actor)
    assert [a.text for a in act.recipient] == [recipient]


def test_types12_participles_on_other_nouns_keep_their_reading(nlp):
    """A participle on an instrument issued tells its measure; on a noun that is no signed instrument ("faces
    mounting pressure", "the rising tensions") it is no measure."""
    act = only(events(nlp, "The Kenyan president signed a decree lifting sanctions imposed on Somalia.", DAY), "CONCEDE")
    assert [a.text for a in act.recipient] == ["Somalia"]
    for text in ("The rising tensions worry Japan.", "Kenya faces mounting pressure over the rising costs."):
        assert not [e for e in events(nlp, text, DAY) if e.event_type in ("CONCEDE", "SANCTION")]


def test_types12_an_inverted_condition_is_no_demand(nlp):
    """"would cancel X should the United States impose tariffs": "should" before its subject opens a condition, it
    lays no duty on the United States; "said Russia should withdraw" stays a demand."""
    found = events(nlp, "China said it would cancel its purchase commitments should the United States impose "
                        "tariffs.", DAY)
    assert not [e for e in found if e.event_type == "REQUEST"]
    assert only(events(nlp, "Germany said Russia should withdraw its troops from Ukraine.", DAY), "REQUEST").recipient


@pytest.mark.parametrize("text, actor", [
    ("New Zealand will give NZ$2 million in aid.", "New Zealand"),
    ("Norway will provide 5 million dollars in humanitarian assistance.", "Norway"),
])
def test_types12_aid_the_text_schedules_stands_without_recipient(nlp, text, actor):
    """Aid the text itself schedules with a bare "will" ("New Zealand will give NZ$2 million in aid") is the
    guideline's planned act, AID with status predicted, as announced aid is, though no recipient is named."""
    act = only(events(nlp, text, DAY), "AID")
    assert act.status == "predicted"
    assert [a.text for a in act.actor] == [actor]


@pytest.mark.parametrize("text, recipient", [
    ("Mali rejected a demand for talks by the Tuareg rebels.", "Tuareg"),
    ("Mali rejected a demand by the rebel group MNLA for talks.", "MNLA"),
    ("Sudan's army rejected an offer of talks from the RSF.", "RSF"),
])
def test_types12_a_rejected_proposal_of_talks_is_aimed_at_its_author(nlp, text, recipient):
    """A demand or offer of talks rejected is directed at whoever made it, also when the parser hangs the "by" or
    "from" phrase on the talks proposed, or names the author in an apposition ("the rebel group MNLA"); a "by"
    phrase of another act asked ("a demand for the release of prisoners by Hamas") names who would act, not the
    demand's author."""
    act = only(events(nlp, text, DAY), "REJECT")
    assert [a.text for a in act.recipient] == [recipient]
    found = events(nlp, "Israel rejected a demand for the release of prisoners by Hamas.", DAY)
    assert not only(found, "REJECT").recipient
