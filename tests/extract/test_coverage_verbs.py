"""Less common verbs of PLOVER types that the trigger lexicon lacked (issue 17, cause 2: a verb the list lacks is
silently no event): parleying with a party, snubbing a meeting, picketing a building, vacating a held place, backing
down, pooling resources, warning of retaliation, initialling or midwifing an accord, bankrolling a party; each
guarded by a look-alike use of the same verb that is no event (``resources/events/verb_classes.json``); and verbs
the small model mislemmatises, found by the generated dictionary's listed forms. Every sentence was written for the project."""

from __future__ import annotations

import pytest

from ._fictional import events, only

pytestmark = pytest.mark.slow


def names(side):
    return [a.name for a in side]


@pytest.mark.parametrize("text, event_type, cameo, actor", [
    ("Chile parleyed with Bolivia's president in La Paz.", "CONSULT", "040", "Chile"),
    ("The Iraqi government snubbed the summit in Tehran.", "REJECT", "125", "Iraq"),
    ("Dock workers picketed the ministry of transport in Lisbon.", "PROTEST", "141", None),
    ("The rebels of the M23 vacated the town of Kitchanga.", "RETREAT", "0874", "March 23 Movement"),
    ("Ecuador backed down from its threat to close the border with Colombia.", "CONCEDE", "080", "Ecuador"),
    ("Kenya and Uganda pooled their resources to fight locusts.", "COOPERATE", "060", "Kenya"),
    ("Lesotho and Botswana initialled a water sharing accord.", "AGREE", "057", "Lesotho"),
    ("Iceland midwifed a truce between the two fishing nations.", "AGREE", "057", "Iceland"),
    ("The United Arab Emirates bankrolled the government of Sudan.", "AID", "071", "United Arab Emirates"),
    ("Venezuela warned of a harsh response to the naval drills by Guyana.", "THREATEN", "130", "Venezuela"),
])
def test_uncommon_verbs_of_a_type_are_coded(nlp, text, event_type, cameo, actor):
    e = only(events(nlp, text), event_type)
    assert e.cameo == cameo
    if actor is not None:
        assert any(actor in n for n in names(e.actor)), names(e.actor)


@pytest.mark.parametrize("text, event_type", [
    ("The judge parleyed with reporters outside the court.", "CONSULT"),
    ("The actor snubbed his rivals at the awards.", "REJECT"),
    ("The tenant vacated his flat in March.", "RETREAT"),
    ("The Kenyan defence minister quit his post in March.", "RETREAT"),
    ("Villagers abandoned the town after the floods.", "RETREAT"),
    ("The appeals court vacated the ruling on Monday.", "RETREAT"),
    ("The driver backed the lorry into the yard.", "CONCEDE"),
    ("The clerk initialled each page of the ledger.", "AGREE"),
    ("The chef pooled the sauce on the plate.", "COOPERATE"),
    ("Scientists warned of floods across the delta.", "THREATEN"),
])
def test_look_alike_uses_are_no_event_of_that_type(nlp, text, event_type):
    assert not [e for e in events(nlp, text) if e.event_type == event_type]


@pytest.mark.parametrize("text, event_type, cameo, actor", [
    ("Ghana extolled Togo for its handling of the election.", "SUPPORT", "051", "Ghana"),
    ("Serbia readied its troops near the border with Kosovo.", "MOBILIZE", "152", "Serbia"),
])
def test_verbs_the_model_mislemmatises_are_found_by_their_listed_forms(nlp, text, event_type, cameo, actor):
    """The small model lemmatises "extolled" as "extoll" and "readied" as "readie"; the generated dictionary lists
    the inflected forms of its verbs, and the coder looks the text up there when the lemma is unknown."""
    e = only(events(nlp, text), event_type)
    assert e.cameo == cameo and names(e.actor) == [actor]


def test_a_listed_form_with_no_party_is_still_no_event(nlp):
    assert not [e for e in events(nlp, "The teacher extolled the virtues of reading.") if e.event_type == "SUPPORT"]
