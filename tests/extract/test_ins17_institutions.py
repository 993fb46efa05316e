"""A national institution named bare ("the Foreign Office said", "the Foreign Ministry", "the army", "the president",
"the cabinet", "parliament") is the institution of the country the report is about: the same institution named
before with its country, else the dateline's country, else the state the text makes its speaker; with no such
country the name keeps what the linker gave it (``extract.institutions``). Sentences written for the project; the
full English pipeline over one article (datelines read as ingestion reads them)."""

from __future__ import annotations

import pytest

from ._fictional import analyzed

DAY = "2026-11-25"


def _actors(text: str, nlp, kind: str) -> list[list[str | None]]:
    return [[a.actor_id for a in e.actor] for e in analyzed(nlp, text, DAY).events if e.event_type == kind]


def _first(ids: list[list[str | None]]) -> list[str | None]:
    assert ids, "no event of that type"
    return ids[0]


@pytest.mark.parametrize("text, kind, want", [
    # a dateline sets the country: Pakistan's Foreign Office, not the British one
    ("ISLAMABAD, Nov 24 (Reuters) - The Foreign Office on Monday criticised Delhi's new visa rules for pilgrims.",
     "ACCUSE", "PAK-FO"),
    # a bare "Foreign Ministry" takes the dateline's country's ministry when the dictionary knows it
    ("MOSCOW, Nov 24 (Reuters) - The Foreign Ministry summoned the Danish ambassador over the seizure of a tanker.",
     "ACCUSE", "RUS-MFA"),
    ("BEIJING, Nov 24 (AFP) - The Foreign Ministry criticised Canberra over the new port lease law.",
     "ACCUSE", "CHN-MFA"),
    # no ministry of its own in the dictionary: the country's government
    ("ANKARA, Nov 24 (AP) - The Foreign Ministry condemned the shelling of a Turkmen village near the border.",
     "ACCUSE", "TUR"),
    # the army of the dateline's country
    ("JERUSALEM, Nov 24 (AP) - The army said it killed two gunmen near a checkpoint outside Tulkarm.",
     "ASSAULT", "ISR"),
    ("ISLAMABAD, Nov 24 (Reuters) - The army said it killed seven insurgents in a raid in Kurram.",
     "ASSAULT", "PAK-ARMY"),
    # a cabinet and a parliament named bare
    ("NEW DELHI, Nov 24 (Reuters) - The cabinet condemned the hijacking of an Indian tanker off Somalia.", "ACCUSE", "IND"),
    ("KYIV, Nov 24 (Reuters) - Parliament condemned the deportation of children from occupied towns.", "ACCUSE", "UKR"),
])
def test_ins17_dateline_country_owns_the_bare_institution(nlp, text, kind, want):
    assert want in _first(_actors(text, nlp, kind))


def test_ins17_speaker_state_owns_the_bare_institution_not_the_other_side(nlp):
    # no dateline: the state the text makes its speaker, not Afghanistan (the last country named, the other side)
    text = ("Pakistan dismissed the accusations made by officials in Kabul on Sunday.\n\n"
            "The Foreign Office said it would lodge a protest with the Afghan envoy over the remarks.")
    ids = [i for side in _actors(text, nlp, "ACCUSE") for i in side]
    assert "PAK-FO" in ids and "GBR-FCDO" not in ids


def test_ins17_same_institution_named_with_its_country_before(nlp):
    text = ("The Turkish Foreign Ministry protested the detention of two Turkish sailors in Libya.\n\n"
            "\"This is unacceptable,\" the Foreign Ministry said, and it summoned the Libyan charge d'affaires.")
    summons = [side for side in _actors(text, nlp, "ACCUSE")]
    assert all("new:foreign-ministry" not in side for side in summons)
    assert any("TUR" in side for side in summons[1:])


@pytest.mark.parametrize("text, kind, want", [
    # negative: a London dateline keeps the British Foreign Office
    ("LONDON, Nov 24 (Reuters) - The Foreign Office summoned the Iranian charge d'affaires on Monday.",
     "ACCUSE", "GBR-FCDO"),
    # negative: an institution named with its country is that country's, whatever the dateline
    ("ISLAMABAD, Nov 24 (Reuters) - India's External Affairs Ministry rejected the statement on Monday.",
     "REJECT", "IND"),
    # negative: a text that sets up no country keeps the linker's reading
    ("The Foreign Office condemned the kidnapping of two aid workers.", "ACCUSE", "GBR-FCDO"),
])
def test_ins17_qualified_or_unplaced_names_are_kept(nlp, text, kind, want):
    assert want in _first(_actors(text, nlp, kind))


def test_ins17_named_holder_keeps_the_title(nlp):
    # negative: "the president" after a named president is that person, not the dateline country's president
    text = ("JERUSALEM, Nov 24 (AP) - U.S. President Joe Biden arrived for talks on Monday.\n\n"
            "The president praised the hostage deal.")
    ids = [i for side in _actors(text, nlp, "SUPPORT") + _actors(text, nlp, "ACCUSE") for i in side]
    assert "ISR" not in ids


def test_ins17_attribution_to_a_bare_institution(nlp):
    text = "ISLAMABAD, Nov 24 (Reuters) - Delhi had broken the water treaty, the Foreign Office said on Monday."
    found = analyzed(nlp, text, DAY).events
    assert found and all(e.attributed_to == "Ministry of Foreign Affairs of Pakistan" for e in found)


@pytest.mark.parametrize("text", [
    # the first state named is the other side of the institution's own act: not its country
    "India accused Pakistan of sheltering the bombers.\n\nThe Foreign Office rejected the charge against Pakistan.",
    # the subject of a reported clause is spoken of, not the speaker
    "India broke the water treaty again, the Foreign Office said on Monday.\n\nThe Foreign Office summoned India's envoy.",
])
def test_ins17_other_side_never_owns_the_institution(nlp, text):
    ids = [i for e in analyzed(nlp, text, DAY).events for i in (a.actor_id for a in e.actor)]
    assert "IND-MEA" not in ids


@pytest.mark.parametrize("text, want", [
    # "the ministry" refers back to the government body named last (lexicon.json: coref_nouns)
    ("The Chinese Foreign Ministry criticised the new Dutch chip rules. The ministry then summoned the Dutch envoy.",
     "CHN-MFA"),
    # ... and takes the country of a bare institution it refers back to
    ("TEHRAN, Nov 24 (AFP) - The Foreign Ministry denounced the raid on the consulate. The ministry also summoned "
     "the Swiss envoy.", "IRN-MFA"),
])
def test_ins17_the_ministry_refers_back(nlp, text, want):
    summons = [e for e in analyzed(nlp, text, DAY).events if e.evidence[0].trigger == "summoned"]
    assert summons and [a.actor_id for a in summons[0].actor] == [want]


def test_ins17_quoted_we_of_a_bare_institution(nlp):
    text = ("ANKARA, Nov 24 (AP) - \"We firmly condemn the shelling of the Turkmen villages,\" the Foreign Ministry "
            "said on Monday.")
    found = [e for e in analyzed(nlp, text, DAY).events if e.event_type == "ACCUSE"]
    assert found and [a.actor_id for a in found[0].actor] == ["TUR"]
