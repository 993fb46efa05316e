"""A rights group's "X must ..." lays a demand on a party it names by the power that party holds ("the authorities",
"the army", "the de facto authorities", "the coalition"): a REQUEST demand of that party, not the act asked told as
proposed (``obligations.bare_demand``); inside a quotation whose speaker a later sentence names, that speaker demands
(``obligations.unspoken``). A past-tense appeal verb the parser hung on the opening noun is that noun's appeal
(``relatives.misread_main_verb``). Sentences written for the project; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import analyzed, events


def _requests(found):
    return [e for e in found if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text, asked", [
    ("The authorities must stop detaining bloggers without charge.", "authorities"),
    ("The army must end its shelling of the northern districts.", "army"),
    ("The de facto authorities in Tripoli must overturn the verdict against the singer.", "authorities"),
    ("The coalition must open an inquiry into the raid on the clinic.", "coalition"),
    ("The militias must hand back the houses they took.", "militias"),
])
def test_hrr17_must_on_a_party_named_by_its_power_is_a_demand(nlp, text, asked):
    found = events(nlp, text)
    req = _requests(found)
    assert len(req) == 1 and req[0].mode == "demand", [(e.event_type, e.status) for e in found]
    assert any(asked in r.text for r in req[0].recipient)
    assert not any(e.status == "proposed" for e in found)


@pytest.mark.parametrize("text", [
    "All communities must work together for peace.",  # no party asked: people with no power
    "We must keep recording these abuses.",  # the speaker's own side
    "Civilians must be protected at all times.",  # a passive asks nothing of a party
])
def test_hrr17_must_of_no_party_is_no_demand(nlp, text):
    assert not _requests(events(nlp, text))


def test_hrr17_demand_opening_a_quote_is_its_speakers(nlp):
    text = ('"The rebel authorities in Sanaa must free the poet Amin Saleh now. His trial was a farce," said Mona '
            'Karimi, the group\'s regional director.')
    req = [e for e in analyzed(nlp, text).events if e.event_type == "REQUEST" and "free" in e.evidence[0].sentence]
    assert req and [a.text for a in req[0].actor] == ["Mona Karimi"]


def test_hrr17_bare_demand_in_a_release_is_the_authors(nlp):
    # negative: with no quotation the text's author still demands
    req = _requests(events(nlp, "The rebel authorities in Sanaa must free the poet Amin Saleh now."))
    assert req and req[0].actor and req[0].actor[0].name.startswith("the author")


@pytest.mark.parametrize("text, actor, asked", [
    ("The U.N. aid chief called on all armies fighting in the Sahel to spare schools.", "U.N.", "armies"),
    ("The press group Open Pages on Tuesday called on Iran's rulers to free a jailed editor.", "Open Pages", "Iran"),
])
def test_hrr17_appeal_verb_hung_on_the_opening_noun(nlp, text, actor, asked):
    req = _requests(events(nlp, text))
    assert len(req) == 1 and req[0].mode == "appeal"
    assert any(actor in a.text for a in req[0].actor) and any(asked in r.text for r in req[0].recipient)


def test_hrr17_reduced_relative_participle_is_not_a_main_verb(nlp):
    # negative: a participle after the noun ("the envoy appointed by X") is no act of the envoy
    found = events(nlp, "The envoy appointed by the council visited Kabul on Monday.")
    assert not any(e.event_type == "REQUEST" for e in found)
