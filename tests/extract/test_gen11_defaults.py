"""Verbs coded by the generated CAMEO layer's default code, in the senses news uses them: the default is told only
with the arguments of its act (a party as doer, a party, an act or a measure as object of an act between parties,
an envoy as traveller), and verbs whose default is nearly always another sense need an object pattern. Invented
sentences with real names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize("text, default, kept, kept_type", [
    ("The Kenyan shilling settled at 129 against the dollar on Tuesday.", "CONCEDE",
     "President Ruto congratulated Cyril Ramaphosa on his re-election.", "SUPPORT"),
    ("Kenya's offensive failed to dislodge the militants from the forest.", "REJECT",
     "Croatian authorities are failing to uphold the property rights of Serb refugees.", "REJECT"),
    ("The bombing will not undermine our determination to support Somalia.", "SANCTION",
     "The Foreign Minister thanked Japan for its support to the reconstruction effort.", "SUPPORT"),
])
def test_gen11_default_act_needs_a_party_as_doer(nlp, text, default, kept, kept_type):
    """A currency that settles, an offensive that fails, a bombing that undermines resolve: the doer is no party,
    so the verb's default act between parties (a concession, a rejection, a cut in relations) is not told; a
    named actor doing the same verbs keeps it."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == default]
    assert only(events(nlp, kept, DAY), kept_type).actor


@pytest.mark.parametrize("text, default, kept, kept_type", [
    ("The goalkeeper passed a late fitness test and will play against Ghana.", "CONCEDE",
     "Egypt's foreign ministry praised the agreement reached in Doha.", "SUPPORT"),
    ("The Sahel states celebrated the withdrawal of French troops.", "SUPPORT",
     "Egypt's foreign ministry praised the agreement reached in Doha.", "SUPPORT"),
    ("The Somali army has intensified efforts to defeat al-Shabaab.", "COOPERATE",
     "Blinken and Wang Yi discussed the situation in the Taiwan Strait.", "CONSULT"),
    ("Hungary's parliament passed a resolution condemning Russia.", "CONCEDE",
     "Qatar and Egypt, which brokered the cease-fire, said both sides had violated the truce.", "CONSULT"),
])
def test_gen11_default_act_between_parties_needs_a_party_or_an_act_as_object(nlp, text, default, kept, kept_type):
    """A test passed, a withdrawal celebrated, efforts intensified, a resolution passed: the object is a thing,
    not a party, so the verb is used in another sense than its default act between parties; verbs of discussion
    and praise keep their topic ("discussed the situation", "praised the agreement") and an act named as the
    object ("brokered the cease-fire", hyphened) keeps a mediation."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == default]
    assert only(events(nlp, kept, DAY), kept_type).actor


def test_gen11_journeys_of_private_people_are_no_visits(nlp):
    """Tourists arriving somewhere make no visit (CONSULT); a minister or a secretary of state travelling or
    arriving for talks does."""
    assert not [e for e in events(nlp, "A group of tourists arrived in Mombasa on a cruise ship on Monday.", DAY)
                if e.event_type == "CONSULT"]
    assert only(events(nlp, "Secretary Kerry will travel to Nairobi next week.", DAY), "CONSULT").actor
    arrived = events(nlp, "The Chinese Foreign Minister arrived in Islamabad on Tuesday for talks with Pakistani "
                          "leaders.", DAY)
    assert only(arrived, "CONSULT").actor


@pytest.mark.parametrize("text, default", [
    ("Toyota dominated the hybrid car market in Japan last year.", "ASSAULT"),
    ("The gang was inspired by al Qaida, investigators said.", "SUPPORT"),
    ("Farmers in Malawi are struggling to pay for fertiliser.", "ASSAULT"),
    ("The European Commission postponed its own sanctions package until June.", "REJECT"),
])
def test_gen11_verbs_whose_default_is_another_sense(nlp, text, default):
    """"dominate", "inspire", "struggle", "postpone": the CAMEO dictionary's default (an attack, support, a
    rejection) is a sense news rarely uses; with parties on both sides the verb still tells no such act, so only
    an object pattern of the dictionary codes it."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == default]
