"""Verbs the trigger lists lack, read as the known verb they are a kind of (WordNet's verb hierarchy, packaged as
data: ``extract/wordsenses.py``). Invented sentences; the full English pipeline."""

from __future__ import annotations

import pytest

from annalyst.extract.eventlex import lexicon
from annalyst.extract.wordsenses import VerbSenses, verb_senses

from ._fictional import events

DAY = "2026-11-25"  # a Wednesday


def test_wordsenses_the_anchored_verbs_are_unknown_to_every_list():
    """The fallback is for verbs no list names: each verb these tests use is outside the lexicons, so the event can
    only come from its place in the hierarchy."""
    lex = lexicon()
    known = set(lex.known_verbs()) | set(lex.classes) | set(lex.light_verbs)
    for verb in ("strafe", "excoriate", "repudiate", "bayonet", "champion", "renegotiate", "gaol", "skyjack"):
        assert verb not in known
    assert verb_senses().anchor("strafe") == "attack"
    assert verb_senses().anchor("repudiate") == "reject"
    assert verb_senses().anchor("attack") == "attack"  # an anchor is a kind of itself


def test_wordsenses_only_named_senses_anchor_and_listed_exceptions_stay_silent():
    """A kind of a general verb ("saunter" is a kind of "walk", of "travel", of "move") takes no trigger: only
    named senses anchor; a word filed under an anchor whose news use is another act ("commissioned a study", under
    "equip") is listed as no kind of it; a word WordNet lacks has no anchor."""
    senses = verb_senses()
    assert senses.anchor("saunter") is None
    assert senses.anchor("commission") is None
    assert senses.anchor("zzyzx") is None
    assert senses.lexname("strafe") == "competition"
    assert senses.hypernyms("strafe")[0] == "attack"


def test_wordsenses_an_anchor_must_name_a_sense():
    """A typo in the anchors file is an error at load, not a silently dead anchor."""
    data = {"senses": {"attack": [0]}, "synsets": [["competition", ["attack"], []]]}
    with pytest.raises(ValueError, match="names no sense"):
        VerbSenses(data, {"attack:2": "attack"})


@pytest.mark.parametrize(("text", "kind", "actor", "recipient"), [
    ("Government jets strafed a rebel convoy north of Kidal on Tuesday, officials said.",
     "ASSAULT", "Government jets", "rebel convoy"),
    ("Police bayoneted two protesters in Harare on Monday, witnesses said.", "ASSAULT", "Police", "two protesters"),
    ("Opposition leaders in Nairobi excoriated the Ugandan government over the border deal.",
     "ACCUSE", "Opposition leaders", "Ugandan government"),
    ("The Kenyan government repudiated the fishing accord with Somalia on Monday.", "REJECT", "Kenyan government",
     "Somalia"),
    ("Kenya championed Somalia's bid for a seat on the council.", "SUPPORT", "Kenya", "Somalia"),
])
def test_wordsenses_a_rare_verb_takes_the_event_of_its_anchor(nlp, text, kind, actor, recipient):
    """A verb no list names ("strafed", "bayoneted", "excoriated", "repudiated", "championed") is coded as the
    known verb its ordinary sense is a kind of, with that verb's arguments and conditions."""
    found = [e for e in events(nlp, text, DAY) if e.event_type == kind]
    assert len(found) == 1
    assert [a.text for a in found[0].actor] == [actor]
    assert recipient in [a.text for a in found[0].recipient]


@pytest.mark.parametrize("text", [
    "The port authority commissioned a study of the harbour's silt.",
    "Villagers sauntered through the market in Kisumu on Sunday.",
    "The hotel refitted its kitchens over the winter.",
])
def test_wordsenses_no_event_from_a_verb_outside_the_anchors(nlp, text):
    """Verbs of no anchored kind, or listed as no kind of theirs, make no event."""
    assert events(nlp, text, DAY) == []


def test_wordsenses_a_hyphened_prefix_of_repetition_keeps_the_verb_after_it(nlp):
    """"re-supplied" is in no dictionary: read as "supplied" (re- repeats the act, it does not change it); a club
    that "re-signed" a player signed him again, it did not resign; an unhyphened word is never split ("rebranded"
    is no "branded")."""
    found = events(nlp, "Turkish military aircraft re-supplied the Tripoli government's forces with ammunition, a "
                        "UN panel said.", DAY)
    aid = [e for e in found if e.event_type == "AID"]
    assert len(aid) == 1 and [a.text for a in aid[0].actor] == ["Turkish"]
    assert not [e for e in events(nlp, "The Kenyan club re-signed its captain on a two-year deal.", DAY)
                if e.event_type == "RETREAT"]
    assert events(nlp, "The Kenyan telecoms company rebranded its mobile money service on Monday.", DAY) == []
    found = events(nlp, "The Kenyan foreign minister resigned on Friday.", DAY)
    assert [(e.event_type, e.mode) for e in found] == [("RETREAT", "resign")]


@pytest.mark.parametrize(("text", "kind", "actor", "recipient"), [
    ("Britain co-operated with France on border security in 2025, the Home Office said.", "COOPERATE", "Britain",
     "France"),
    ("Lithuania co-ordinated air patrols with Poland over the Suwalki gap on Monday.", "COOPERATE", "Lithuania",
     "Poland"),
    ("Washington re-imposed sanctions on Caracas on Monday.", "SANCTION", "Washington", "Caracas"),
    ("Malian forces re-took the town of Kidal from the rebels on Friday.", "COERCE", "Malian forces", "rebels"),
])
def test_wordsenses_a_verb_joined_to_its_prefix_by_a_hyphen_is_one_word(nlp, text, kind, actor, recipient):
    """"co-operate", "co-ordinated", "re-imposed", "re-took" (British and South Asian spelling) are one verb: split
    at the hyphen, "co" was parsed as the sentence's verb and the act was lost; an irregular past after the prefix
    is read by the lemmatizer's table ("took": "take")."""
    found = [e for e in events(nlp, text, DAY) if e.event_type == kind]
    assert len(found) == 1
    assert [a.text for a in found[0].actor] == [actor]
    assert recipient in [a.text for a in found[0].recipient]


def test_wordsenses_other_hyphened_compounds_stay_split(nlp):
    """Only the named prefixes join: "counter-terrorism" and "anti-government" keep their second word as a word of
    its own (the meaning is there), and a name keeps its tokens."""
    doc = nlp("The Counter-Terrorism Department arrested two anti-government militants in Quetta.")
    words = [t.text for t in doc]
    assert "Terrorism" in words and "government" in words
    doc = nlp("The Co-operative Bank re-opened its branch in Leeds.")
    assert "Co-operative" in [t.text for t in doc] and "re-opened" in [t.text for t in doc]


def test_wordsenses_the_other_spelling_of_a_listed_verb(nlp):
    """British "-ise" verbs the lists have only as "-ize" ("penalised", "scrutinised") are the same verb: the same
    event as the American spelling gives."""
    def coded(text: str) -> list[tuple]:
        return [(e.event_type, e.cameo, [a.text for a in e.actor], [a.text for a in e.recipient])
                for e in events(nlp, text, DAY)]

    british = coded("The European Commission penalised Hungary over its asylum law on Thursday.")
    assert british and british == coded("The European Commission penalized Hungary over its asylum law on Thursday.")
