"""Analysis and opinion on international politics: verbs of acts in their other sense, stances held against every
case of a kind of act, and acts the reader knows named as the subject of a judgement.

Commentary tells few new acts: it says what a party copes with or backs away from, what it is hostile to, and what an
earlier act brought about. Each case pairs such a sentence with one where the same words tell an act. Invented
sentences with real place names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def _types(found) -> list[str]:
    return sorted(e.event_type for e in found)


@pytest.mark.parametrize("other_sense, act, act_type", [
    ("Kyiv is grappling with mounting fatigue among its Western backers.",
     "Armenian forces grappled with Azerbaijani troops near the border on Sunday.", "ASSAULT"),
    ("The new government in Dhaka has been wrestling with a collapse in remittances.",
     "Police wrestled with the guards outside the parliament in Tbilisi on Monday.", "ASSAULT"),
    ("Retreating from his earlier optimism, the Qatari mediator now speaks of a long stalemate.",
     "Pakistani troops retreated from two border posts after heavy shelling.", "RETREAT"),
    ("Paris has retreated from its ambitions in the Sahel.",
     "Russian forces withdrew from Kherson in November.", "RETREAT"),
    ("The Indian prime minister struck a cautious tone on relations with Beijing.",
     "Israeli jets struck Hezbollah positions in southern Lebanon on Tuesday.", "ASSAULT"),
    ("Tehran's hardliners have seized on the crisis to tighten their grip.",
     "The army seized the town of Kupiansk on Monday.", "COERCE"),
    ("The Modi-Sharif talks did not yield any results.",
     "The rebels refused to yield Kidal to the army.", "REJECT"),
])
def test_spur14_verb_in_its_other_sense_tells_no_act(nlp, other_sense, act, act_type):
    """A verb of coping whose "with" phrase names a problem, not a party, a verb of retreat whose "from" phrase names
    an attitude or a hope, "strike" with a tone, "seize on" a crisis and "yield" with results: the party copes,
    changes its mind, takes a tone, makes use of a chance or talks produce nothing (docs/annotation.md: general
    states and assessments are no events); no one is fought, no force leaves a place, nothing is seized. The same verbs with troops, posts, towns or positions stay
    the act."""
    assert _types(events(nlp, other_sense, DAY)) == []
    assert _types(events(nlp, act, DAY)) == [act_type]


@pytest.mark.parametrize("held, voiced, recipient", [
    ("The Likud is critical of any truce with Hamas.",
     "Poland was critical of Hungary's veto of the aid package.", "Hungary"),
    ("Hungary remains hostile to any new sanctions on Moscow.",
     "Germany condemned Russia's strike on a hospital in Kharkiv.", "Russia"),
    ("Warsaw remains deeply hostile to any deal with Moscow.",
     "India openly criticised Pakistan in Kabul on Monday.", "Pakistan"),
])
def test_spur14_disapproval_of_every_case_is_a_stance(nlp, held, voiced, recipient):
    """A disapproval held against "any" case of a kind of act, told by an adjective ("critical of any truce",
    "hostile to any new sanctions", "opposed to any concession") is a general stance: no ACCUSE (a verb of
    condemning says the condemnation and stays one, "The UK condemns all attacks on civilians"). A disapproval of a
    given party's act stays an accusation of that party."""
    assert _types(events(nlp, held, DAY)) == []
    accuse = only(events(nlp, voiced, DAY), "ACCUSE")
    assert recipient in " ".join(a.text for a in accuse.recipient)


@pytest.mark.parametrize("judged, told, act_type", [
    ("The American withdrawal from Afghanistan emboldened rivals across the region.",
     "The American withdrawal from Afghanistan in 2021 emboldened rivals across the region.", "RETREAT"),
    ("The Russian invasion of Ukraine changed Europe's security order.",
     "Russian forces invaded Ukraine on Thursday.", "ASSAULT"),
    ("The Western withdrawal emboldened Russia across the Sahel.",
     "The last French soldiers left Niger in December.", "RETREAT"),
])
def test_spur14_undated_act_judged_by_its_consequence_is_its_topic(nlp, judged, told, act_type):
    """An event noun with no date that is the subject of a verb of consequence ("emboldened", "changed") names an act the reader knows as the topic of a judgement: no act the text reports (the guideline's
    nouns that only name an event as a topic). Dated, or told by its own verb, the act stays; so does an act that is the
    subject of a verb of evidence ("the shelling of X by Y shows their disregard for ..."), as releases tell new acts."""
    assert _types(events(nlp, judged, DAY)) == []
    assert _types(events(nlp, told, DAY)) == [act_type]
    # a release tells a new act as the subject of a verb of evidence: that act stays
    found = events(nlp, "The shelling of Kharkiv by Russian forces shows their disregard for civilian life.", DAY)
    assert "ASSAULT" in _types(found)


@pytest.mark.parametrize("abstract, party", [
    ("Kyiv needs more air defence in its battle against aggression.",
     "Ukraine's battle against Russian forces near Bakhmut continued on Friday."),
])
def test_spur14_battle_against_an_ill_is_no_attack(nlp, abstract, party):
    """A fight noun whose "against" phrase names an ill as such ("its battle against aggression") aims at no party
    (docs/annotation.md: "in their fight against terrorism"); against named forces it stays an attack."""
    assert _types(events(nlp, abstract, DAY)) == []
    assert "ASSAULT" in _types(events(nlp, party, DAY))


@pytest.mark.parametrize("feared, done, act_type", [
    ("The bombing in Quetta will be a pretext for the Pakistani government to divert public attention from the "
     "economy and ban the opposition party.",
     "The Pakistani government banned the opposition party on Monday.", "COERCE"),
    ("The unrest became an excuse for the junta to postpone the elections and expel the French ambassador.",
     "The junta expelled the French ambassador on Friday.", "SANCTION"),
])
def test_spur14_act_on_a_pretext_is_feared_not_done(nlp, feared, done, act_type):
    """The infinitive on a noun of pretext or motive ("a pretext for X to divert attention and ban the party", "an
    excuse for the junta to postpone the elections and expel the ambassador") names an act a party might take, feared
    by the writer: no act, the second of two coordinated verbs as much as the first. The act told as done stays."""
    assert _types(events(nlp, feared, DAY)) == []
    assert act_type in _types(events(nlp, done, DAY))


@pytest.mark.parametrize("read, stance", [
    ("China and Russia held joint naval drills off Japan on Monday, signalling a deepening alliance.",
     "The junta released two French hostages on Sunday, signalling its readiness to talk with Paris."),
    ("Putin hosted the Malian and Nigerien defence ministers in Moscow on Tuesday, signalling a new military "
     "alliance.",
     "The junta released two French hostages on Sunday, signalling its readiness to talk with Paris."),
])
def test_spur14_participle_of_indicating_is_the_writers_reading(nlp, read, stance):
    """A participle of indicating with no subject of its own after an act ("held joint drills, signalling a
    deepening alliance") is the writer's reading of that act: the drills or the meeting are the one event, no
    agreement is coded. A party's own stance that its act signals ("signalling its readiness to talk with Paris")
    stays an agreement to talk (PLOVER AGREE covers intent to negotiate)."""
    assert "AGREE" not in _types(events(nlp, read, DAY))
    assert len(_types(events(nlp, read, DAY))) == 1
    assert "AGREE" in _types(events(nlp, stance, DAY))


def test_spur14_leaving_a_thing_in_a_state_is_no_trip(nlp):
    """"leave" with an object and the state it is left in ("leaves the field wide open to Moscow") makes a state:
    no one departs, so no visit is coded to the party of its "for" phrase. "left Kabul for Doha" stays a trip."""
    assert "CONSULT" not in _types(events(nlp, "The French pullout leaves the field wide open for Moscow.", DAY))
    assert "CONSULT" in _types(events(nlp, "The minister left Kabul for Doha on Monday.", DAY))
