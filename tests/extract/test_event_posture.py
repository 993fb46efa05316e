"""Military exercises held alone (a show of force, CAMEO 150, PLOVER MOBILIZE) vs held with a partner (military
cooperation, CAMEO 062), and trade or talks stopped as a measure against another party (CAMEO 163/164, PLOVER
SANCTION). Sentences written for the project with fictional countries (tests/extract/_fictional.py)."""

from __future__ import annotations

import pytest

from ._fictional import code, events, ids, parse

pytestmark = pytest.mark.slow


def coded(base_nlp, coder, text: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    return [(e.event_type, e.cameo, ids(e.actor), ids(e.recipient)) for e in code(base_nlp, coder, text)]


@pytest.mark.parametrize("text", [
    "Gondor held large-scale military exercises near the border with Rohan.",
    "Gondor conducted live-fire drills off the coast on Monday.",
    "Mordor began war games in the mountains.",
    "Arnor staged naval manoeuvres in the northern sea.",
])
def test_an_exercise_held_alone_is_a_show_of_force(base_nlp, coder, text: str) -> None:
    found = coded(base_nlp, coder, text)
    assert [(t, c) for t, c, *_ in found] == [("MOBILIZE", "150")], found


@pytest.mark.parametrize("text", [
    "Gondor held joint military exercises with Rohan.",
    "Gondor and Rohan conducted naval drills in the northern sea.",
    "Arnor staged combined manoeuvres alongside Gondor.",
    "Gondor held bilateral exercises in the mountains.",
])
def test_an_exercise_with_a_partner_is_cooperation(base_nlp, coder, text: str) -> None:
    found = coded(base_nlp, coder, text)
    assert [(t, c) for t, c, *_ in found] == [("COOPERATE", "062")], found


@pytest.mark.parametrize("text, recipient", [
    ("Gondor halted grain exports to Rohan.", "ROH"),
    ("Arnor banned imports of timber from Mordor.", "MOR"),
    ("Gondor suspended flights to Rohan after the incident.", "ROH"),
])
def test_stopped_trade_is_a_sanction(base_nlp, coder, text: str, recipient: str) -> None:
    found = coded(base_nlp, coder, text)
    assert [(t, c, r) for t, c, _, r in found] == [("SANCTION", "163", [recipient])], found
    assert code(base_nlp, coder, text)[0].mode == "discontinue"


def test_talks_cut_off_are_halted_negotiations(base_nlp, coder) -> None:
    found = coded(base_nlp, coder, "Gondor cut off military talks with Rohan.")
    assert found == [("SANCTION", "164", ["GON"], ["ROH"])], found


@pytest.mark.parametrize("text", [
    "The storm halted shipments through the port.",
    "Exports to Rohan rose by four percent last year.",
])
def test_trade_stopped_by_no_party_is_no_event(base_nlp, coder, text: str) -> None:
    assert coded(base_nlp, coder, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Elrond spoke by phone with Faramir on Tuesday.", ("CONSULT", "040", ["ELR"], ["FAR"])),
    ("Gondor's king talked with Rohan about the harvest.", ("CONSULT", "040", ["GON"], ["ROH"])),
    ("Gondor lodged a strong protest with Rohan over the border fence.", ("ACCUSE", "114", ["GON"], ["ROH"])),
    ("Arnor filed a complaint with Gondor about the closure.", ("ACCUSE", "114", ["ARN"], ["GON"])),
    ("The Arnor Fund approved a $3 billion loan for Rohan.", ("AID", "070", ["ARN"], ["ROH"])),
    ("Gondor announced a new military aid package for Rohan.", ("AID", "070", ["GON"], ["ROH"])),
    ("Mordor vowed to retaliate against Gondor.", ("THREATEN", "130", ["MOR"], ["GON"])),
    ("Mordor pledged to respond with overwhelming force.", ("THREATEN", "130", ["MOR"], [])),
])
def test_consults_complaints_aid_and_threats(base_nlp, coder, text: str, expected: tuple) -> None:
    assert coded(base_nlp, coder, text) == [expected]


def test_taking_to_the_streets_is_a_protest(nlp) -> None:
    found = events(nlp, "Hundreds of Gondorians took to the streets of Minas Tirith to protest against new taxes.")
    assert [(e.event_type, e.cameo) for e in found] == [("PROTEST", "141")]


@pytest.mark.parametrize("text", [
    "Elrond spoke with reporters after the meeting.",
    "The Arnor Fund announced a new logo for its offices.",
])
def test_talk_to_no_party_and_announcements_of_things_are_no_event(base_nlp, coder, text: str) -> None:
    assert coded(base_nlp, coder, text) == []


def test_a_vow_to_cooperate_stays_an_agreement(base_nlp, coder) -> None:
    assert [t for t, *_ in coded(base_nlp, coder, "Gondor vowed to strengthen ties with Rohan.")] == ["AGREE"]


@pytest.mark.parametrize("text, requests", [
    ("Gondor is advising and assisting Rohan's forces in the north.", 0),
    ("Gondor's troops kept pushing Mordor back from the river.", 0),
    ("Gondor advised Rohan to withdraw its envoy.", 1),
    ("Gondor pushed Rohan to reopen the border.", 1),
])
def test_a_verb_of_asking_needs_something_asked(base_nlp, coder, text: str, requests: int) -> None:
    found = coded(base_nlp, coder, text)
    assert sum(t == "REQUEST" for t, *_ in found) == requests, found


@pytest.mark.parametrize("text, expected", [
    ("Elrond fired the interior minister on Friday.", []),
    ("Gondor sacked its army chief after the defeat.", []),
    ("Mordor fired rockets at Gondor.", [("ASSAULT", "194", ["MOR"], ["GON"])]),
    ("Rohan's king blasted Gondor's decision to close the border.", [("ACCUSE", "111", ["ROH"], ["GON"])]),
    ("Gondor's police fired tear gas at Rohan's envoys.", [("ASSAULT", "175", ["GON"], ["ROH"])]),
    ("Mordor used chemical weapons against Gondor.", [("ASSAULT", "2041", ["MOR"], ["GON"])]),
])
def test_senses_of_fire_blast_and_gas(base_nlp, coder, text: str, expected: list) -> None:
    assert coded(base_nlp, coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gondor's parliament approved a bill on fishing rights.", []),
    ("Gondor offered a $10 million reward for information on Mordor's spies.", [("SANCTION", "163", ["GON"], ["MOR"])]),
    ("Rohan opened the border crossing to refugees from Gondor.", [("AID", "0863", ["ROH"], ["agent:REF"])]),
    # a crossing reopened after its closure is a closure lifted (CONCEDE 081), as "lifted the closure" is
    ("Rohan reopened the border crossing with Gondor.", [("CONCEDE", "081", ["ROH"], ["GON"])]),
])
def test_domestic_laws_are_no_event_rewards_sanction_opened_crossings_aid(base_nlp, coder, text: str,
                                                                          expected: list) -> None:
    assert coded(base_nlp, coder, text) == expected


def test_bounties_paid_to_fighters_stay_an_event(base_nlp, coder) -> None:
    found = coded(base_nlp, coder, "Mordor offered bounties to Rohan's fighters to attack Gondor.")
    assert found and found[0][2] == ["MOR"], found


def test_a_law_that_names_a_party_stays_an_event(base_nlp, coder) -> None:
    found = coded(base_nlp, coder, "Gondor's parliament approved a law recognising Rohan's claims.")
    assert found and found[0][2] == ["GON"], found


@pytest.mark.parametrize("text", [
    "The Rohirric and Gondorian envoys met in the capital.",
    "The foreign ministers of Rohan and Gondor met in Minas Tirith.",
])
def test_coordinated_modifiers_name_every_party(base_nlp, coder, text: str) -> None:
    from spacy.tokens import Span

    doc = parse(base_nlp, text)
    demonyms = [Span(doc, t.i, t.i + 1, label="country", kb_id=t.text[:3].upper()) for t in doc
                if t.text in ("Rohirric", "Gondorian")]
    doc.spans["mentions"] = sorted([*doc.spans["mentions"], *demonyms], key=lambda s: s.start)
    found = coder(doc)
    assert [e.event_type for e in found] == ["CONSULT"]
    assert [a.actor_id for a in found[0].actor] == ["ROH", "GON"]


@pytest.mark.parametrize("text, expected", [
    ("Rohan turned down Gondor's request for transit.", ("REJECT", "120", ["ROH"], ["GON"])),
    ("Mordor ordered Gondor's ambassador to leave the country.", ("SANCTION", "166", ["MOR"], ["GON"])),
])
def test_turned_down_and_diplomats_ordered_out(base_nlp, coder, text: str, expected: tuple) -> None:
    assert expected in coded(base_nlp, coder, text)


@pytest.mark.parametrize("text", [
    "Gondor's king is expected to visit Rohan next week.",
    "Elrond is scheduled to meet Faramir in Minas Tirith on Wednesday.",
])
def test_a_scheduled_act_has_its_actor_and_is_predicted(base_nlp, coder, text: str) -> None:
    found = code(base_nlp, coder, text)
    assert [(e.event_type, e.status) for e in found] == [("CONSULT", "predicted")]
    assert ids(found[0].actor) in (["GON"], ["ELR"])
