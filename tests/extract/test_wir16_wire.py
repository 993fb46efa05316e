"""Wire briefs: a sentence opened by "Visiting <title> <name>" keeps its subject, an act agreed on in a second
infinitive is no act, projectiles hurled at a party are an attack (a riot by a crowd), and an act warned against is
no act. Invented sentences with real place names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"


def _texts(side) -> list[str]:
    return [a.text or a.name for a in side]


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Visiting Ghanaian Foreign Minister Kofi Adjei held talks with Senegalese President Awa Ndiaye in Dakar on "
     "Tuesday.", "CONSULT", "Kofi Adjei", "Awa Ndiaye"),
    ("Visiting Latvian President Ilze Berzina and Estonian Prime Minister Kaarel Tamm met in Tallinn on Friday.",
     "CONSULT", "Ilze Berzina", None),
    ("Visiting Canadian Trade Minister Marc Tremblay signed a fisheries accord with Iceland on Monday.", "AGREE",
     "Marc Tremblay", None),
])
def test_wir16_fronted_visiting_keeps_the_subject(nlp, text, kind, actor, recipient):
    """"Visiting" before a titled name reads, for the parser, as a gerund clause subject; it is the traveller's
    title, and the named party is the one who acts."""
    found = only(events(nlp, text, DAY), kind)
    assert any(actor in t for t in _texts(found.actor)), _texts(found.actor)
    if recipient:
        assert any(recipient in t for t in _texts(found.recipient)), _texts(found.recipient)


@pytest.mark.parametrize("text", [
    "Visiting the flooded districts took the minister two days.",
    "Visiting Kabul remains dangerous for foreign officials.",
])
def test_wir16_a_true_gerund_subject_stays_no_act(nlp, text):
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "CONSULT"]


def test_wir16_name_after_the_last_conjunct_is_that_conjunct_s(nlp):
    """"X and his counterpart, Y": the name after the comma is the counterpart's, not a second name of X."""
    text = "Visiting Indian President Meera Rao and her Maldivian counterpart, Ahmed Shareef, met in Male on Sunday."
    found = only(events(nlp, text, DAY), "CONSULT")
    names = " ".join(_texts(found.actor))
    assert "Ahmed Shareef" in names and ("Meera Rao" in names or "India" in names), names


@pytest.mark.parametrize("text", [
    "Paraguay and Uruguay agreed on Tuesday to further deepen ties and strengthen coordination on river transport.",
    "Georgia agreed to reopen the railway and strengthen cooperation with Azerbaijan.",
])
def test_wir16_second_act_agreed_on_is_no_act(nlp, text):
    """"agreed to deepen ties and strengthen coordination on X": the agreement is the one event; the second
    infinitive is agreed on as the first is."""
    found = events(nlp, text, DAY)
    assert not [e for e in found if e.event_type == "COOPERATE"], [(e.event_type, e.evidence[0].trigger) for e in found]
    assert only(found, "AGREE")


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Masked youths hurled stones at soldiers near the checkpoint in Hebron on Sunday.", "ASSAULT", "youths",
     "soldiers"),
    ("Settlers flung bottles at a Palestinian family outside Nablus, the rights group said.", "ASSAULT",
     "Settlers", "family"),
    ("Protesters hurled rocks at the riot police outside the parliament in Tirana.", "PROTEST", "Protesters",
     "riot police"),
])
def test_wir16_projectiles_hurled_at_a_party(nlp, text, kind, actor, recipient):
    """Stones, rocks or bottles hurled or flung at people are an attack with a weapon of no make (CAMEO 182, PLOVER
    ASSAULT primitive); a crowd of protest doing it riots (CAMEO 145)."""
    found = only(events(nlp, text, DAY), kind)
    assert any(actor in t for t in _texts(found.actor)), _texts(found.actor)
    assert any(recipient in t for t in _texts(found.recipient)), _texts(found.recipient)


@pytest.mark.parametrize("text", [
    "The minister hurled accusations at the opposition leader during the debate.",
    "The striker flung the ball at the goalkeeper in the final minute.",
])
def test_wir16_other_things_hurled_are_no_attack(nlp, text):
    assert not [e for e in events(nlp, text, DAY) if e.event_type in ("ASSAULT", "PROTEST")]


@pytest.mark.parametrize("text, gone", [
    ("A senior Chinese envoy warned against widening the sanctions on Myanmar.", "SANCTION"),
    ("The Dutch defence minister cautioned against sending warships to the strait.", "MOBILIZE"),
    ("Several Nordic governments argued against lifting the embargo on Belarus.", "CONCEDE"),
])
def test_wir16_act_warned_against_is_no_act(nlp, text, gone):
    """The act a speaker warns against is not told as done, also when the warning names no one it is addressed to."""
    found = events(nlp, text, DAY)
    assert not [e for e in found if e.event_type == gone], [(e.event_type, e.evidence[0].trigger) for e in found]


def test_wir16_warning_addressed_still_coded(nlp):
    text = "Seoul warned Pyongyang against firing missiles over its waters."
    found = events(nlp, text, DAY)
    assert [e for e in found if e.event_type in ("THREATEN", "REQUEST")]
    assert not [e for e in found if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, kind, actor", [
    ("Some of the strikers threw stones at the police outside the mine in Marikana.", "PROTEST", "strikers"),
    ("Some of the insurgents attacked a border post in Kunar province on Tuesday.", "ASSAULT", "insurgents"),
])
def test_wir16_some_of_the_party_acts(nlp, text, kind, actor):
    """"Some of the X" is X, counted, as "dozens of the X" is: the pronoun "some" names no party of its own."""
    found = only(events(nlp, text, DAY), kind)
    assert any(actor in t for t in _texts(found.actor)), _texts(found.actor)


@pytest.mark.parametrize("text, victims", [
    ("A gunman opened fire outside a church in Lagos on Sunday, killing five worshippers.", "worshippers"),
    ("Gunmen attacked a minibus in Zamfara on Monday, wounding nine passengers.", "passengers"),
])
def test_wir16_the_people_killed_are_hit_not_the_place(nlp, text, victims):
    """An attack verb with no party it is aimed at and a participle of killing or wounding: the people killed are
    the recipients; the place that only says where is none (docs/annotation.md)."""
    found = only(events(nlp, text, DAY), "ASSAULT")
    assert any(victims in t for t in _texts(found.recipient)), _texts(found.recipient)
    assert not any(t in ("Lagos", "Zamfara", "Nigeria") for t in _texts(found.recipient))


def test_wir16_aimed_attack_keeps_its_target(nlp):
    found = only(events(nlp, "Jets bombed Idlib on Tuesday, killing 14 civilians.", DAY), "ASSAULT")
    assert any("Idlib" in t or "civilians" in t for t in _texts(found.recipient)), _texts(found.recipient)


def test_wir16_attack_noun_told_by_its_relative_clause_is_one_attack(nlp):
    """"condemned the attack in X, where a gunman opened fire ...": the relative clause tells the attack the noun
    names; one ASSAULT, the condemnation apart."""
    text = "Kenya on Sunday condemned the deadly attack in Somalia, where gunmen stormed a hotel in Kismayo on Saturday."
    found = events(nlp, text, DAY)
    assert len([e for e in found if e.event_type == "ASSAULT"]) == 1, [(e.event_type, e.evidence[0].trigger) for e in found]
    assert only(found, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Insurgents seized a village on the Afghan border on Wednesday.",
    "Militants captured a town near the Nigerien frontier on Friday.",
])
def test_wir16_the_country_beside_a_border_is_no_party(nlp, text):
    """"a town on the X border" says where the town lies; X is not the party the town is taken from."""
    found = only(events(nlp, text, DAY), "COERCE")
    assert not found.recipient, _texts(found.recipient)


def test_wir16_a_country_s_own_town_stays_its(nlp):
    found = only(events(nlp, "Ethiopian troops seized an Eritrean town on Sunday.", DAY), "COERCE")
    assert found.recipient, "the town's country is the party it is taken from"
