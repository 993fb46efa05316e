"""Acts aimed at no party and stances told as acts, as government releases and wire reports write them: a fight
against an abstract ill, a condemnation of every case of one, a commitment or readiness restated, ties
strengthened, an abstract good given and a thing that allows. Invented sentences with real names; the full English
pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def _types(found) -> list[str]:
    return sorted(e.event_type for e in found)


@pytest.mark.parametrize("aim, fight", [
    ("The UK will continue to work with partners to help the Iraqi government defeat terrorism.",
     "Iraqi forces defeated ISIL fighters near Mosul on Sunday."),
    ("Indonesia will keep fighting drug trafficking, the President said.",
     "Indonesian troops fought rebels in Papua on Monday, the army said."),
    ("China and Russia pledged to jointly combat the three evils of terrorism, separatism and extremism.",
     "Russian forces combated Islamic State fighters near Palmyra on Friday."),
    ("Kenya vowed to stamp out the menace of cattle rustling.",
     "Egyptian troops eradicated a militant cell in northern Sinai on Tuesday, the army said."),
])
def test_abstract11_fighting_an_abstract_ill_is_no_attack(nlp, aim: str, fight: str) -> None:
    """A verb of fighting whose only object is an abstract ill, a crime or a scourge ("defeat terrorism", "fighting
    drug trafficking", "eradicate this affliction") states a general aim, no act (docs/annotation.md, "Not events"):
    there is no one it is done to. The same verb against a named or armed party is an attack."""
    assert "ASSAULT" not in _types(events(nlp, aim, DAY)) and "THREATEN" not in _types(events(nlp, aim, DAY))
    only(events(nlp, fight, DAY), "ASSAULT")


def test_abstract11_a_fight_noun_against_an_ill_is_no_attack(nlp) -> None:
    """"in its fight against terrorism": the noun names the party's general aim, no attack by it; the support
    given stays."""
    found = events(nlp, "Jordan will support Iraq in its fight against terrorism.", DAY)
    assert _types(found) == ["SUPPORT"], _types(found)
    assert [a.text for a in only(found, "SUPPORT").recipient] == ["Iraq"]


@pytest.mark.parametrize("stance, act", [
    ("Qatar condemns terrorism in all its forms and manifestations.",
     "Qatar condemned the bombing of a mosque in Kabul by the Taliban."),
    ("Norway condemns terrorism in all its forms.",
     "Norway condemned the rocket attack on Erbil airport by the militia."),
    ("Germany strongly condemns all acts of violence against civilians.",
     "Germany condemned the violence against protesters in Minsk on Sunday."),
])
def test_abstract11_condemning_every_case_of_an_ill_is_a_stance(nlp, stance: str, act: str) -> None:
    """A condemnation of an ill in all its forms or of every act of it states a standing position, no accusation
    (docs/annotation.md: general states); the condemnation of a given act ("the violence against protesters in
    Minsk", "the bombing of a mosque") stays ACCUSE."""
    assert "ACCUSE" not in _types(events(nlp, stance, DAY))
    only(events(nlp, act, DAY), "ACCUSE")


@pytest.mark.parametrize("text, kept", [
    ("Nigerian troops confronted Boko Haram militants in Borno State on Sunday.", ["ASSAULT"]),
    ("Britain is helping Somalia confront the threat of piracy.", ["AID"]),
])
def test_abstract11_confronting_is_a_fight_of_forces_not_a_meeting(nlp, text: str, kept: list[str]) -> None:
    """"confront" is never a meeting (the generated dictionary's default 040): forces confronting an armed party
    fight it (ASSAULT); confronting a threat is an aim, no event."""
    assert _types(events(nlp, text, DAY)) == kept


@pytest.mark.parametrize("text", [
    "The envoy reiterated Canada's commitment to working with regional partners to prevent hunger in Somalia.",
    "The minister underlined Japan's firm commitment to assisting in the rebuilding of Ukraine.",
    "The European Union reiterated its readiness to assist Lebanon in addressing the economic crisis.",
    "Japan stands ready to deepen cooperation with Vietnam in maritime security.",
    "Egypt remains ready to mediate between Israel and Hamas.",
])
def test_abstract11_a_restated_commitment_or_readiness_is_no_act(nlp, text: str) -> None:
    """A commitment or readiness restated ("reiterated the commitment to working with partners", "reiterated its
    readiness to assist X", "stands ready to deepen cooperation") is a standing commitment with no act of its own
    (docs/annotation.md): no support, no offer, no aid."""
    assert events(nlp, text, DAY) == []


def test_abstract11_a_commitment_to_supporting_a_party_is_support_of_that_party(nlp) -> None:
    """An explicit commitment to support a named party is the act of SUPPORT (docs/annotation.md), directed at that
    party, not at the speaker's own side that owns the commitment ("the United States' commitment")."""
    found = events(nlp, "The Secretary reaffirmed the United States' commitment to supporting the government of "
                        "Iraq.", DAY)
    assert [a.text for a in only(found, "SUPPORT").recipient] == ["government of Iraq"]


def test_abstract11_ties_strengthened_are_a_summary_of_relations(nlp) -> None:
    """"has strengthened ties with X" sums up relations: no material cooperation (PLOVER COOPERATE); an agreement
    to do it is coded from its own verb."""
    assert events(nlp, "India has strengthened ties with the Gulf states over the past decade.", DAY) == []
    assert events(nlp, "Abu Dhabi has also strengthened ties with Kyiv.", DAY) == []
    assert _types(events(nlp, "Japan and India agreed to strengthen ties on Monday.", DAY)) == ["AGREE"]


@pytest.mark.parametrize("given, aid", [
    ("The IMF arrangement would provide impetus to Pakistan's economy.",
     "The World Bank will provide $50 million to Jordan for refugee support."),
    ("Germany gave Ukraine a new impetus in its talks with the EU.",
     "Germany gave Ukraine 20 armoured vehicles on Monday."),
])
def test_abstract11_an_abstract_good_given_is_no_aid(nlp, given: str, aid: str) -> None:
    """"provide impetus to the economy", "gave X a new impetus": nothing material or political is handed to a party,
    no aid and no offer; money or equipment given stays AID."""
    assert events(nlp, given, DAY) == []
    only(events(nlp, aid, DAY), "AID")


def test_abstract11_a_thing_that_allows_concedes_nothing(nlp) -> None:
    """A thing as the subject of "allow" ("the funding has allowed Italy to assist migrants") makes an act possible;
    no party concedes anything. A state that allows another party something concedes it."""
    found = events(nlp, "The European funding has allowed Italy to assist migrants arriving by sea.", DAY)
    assert "CONCEDE" not in _types(found)
    only(events(nlp, "Turkey allowed Russia to use its airspace.", DAY), "CONCEDE")
