"""Speeches, remarks and press conferences (eighteenth pass). Sentences written for the project; the full English
pipeline.

* A condemnation of a free relative ("condemns what appears to be a deliberate strike by X", "condemned what we
  believe was X's attack on a clinic") judges the act the clause names: the condemnation stands (also in the first
  person) and is aimed at the act's author (``phrases.free_relative_noun``, ``evaluation.judged_act``).
* A transcript's speaker label naming a known person by surname only ("SECRETARY KERRY:", "SECRETARY CARTER:") makes the
  turn's "I" that person and its "we" the person's country (``transcripts.speaker_of``).
* A visit welcomed or hosted ("welcomed the visit of X to Y", "hosted the visit of X") is a visit received (CAMEO
  043): its recipient is the visitor, not the place visited (``cooperation.object_owner``).
* A plural office noun ("the foreign ministers of the countries taking part") names no one holder: it is never
  linked to the one minister named before (``actors``).
"""

from __future__ import annotations

import pytest

from ._fictional import analyzed, events

DAY = "2016-05-10"


def _coded(found, event_type):
    return sorted((tuple(sorted(a.name for a in e.actor)), tuple(sorted(a.name for a in e.recipient)), e.status)
                  for e in found if e.event_type == event_type)


# -- a condemnation of a free relative ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, recipient", [
    ("Spain condemns what appears to be a deliberate strike by the Houthis on a fishing boat.", "Houthi"),
    ("Niger condemned what was plainly a deliberate assault by Boko Haram on the police station.", "Boko Haram"),
    ("Chile condemned what seems to have been an attack by Russia on the port of Odesa.", "Russia"),
])
def test_spc18_condemned_free_relative_is_aimed_at_the_author(nlp, text, recipient):
    found = _coded(events(nlp, text, DAY), "ACCUSE")
    assert len(found) == 1 and any(recipient.lower() in r.lower() for r in found[0][1]), found


def test_spc18_first_person_condemnation_of_a_free_relative_stands(nlp):
    text = "On Monday we condemned what we believe was the Taliban's attack on a girls' school in Kunduz."
    found = _coded(events(nlp, text, DAY), "ACCUSE")
    assert len(found) == 1 and found[0][1] == ("Taliban",), found


@pytest.mark.parametrize("text, recipients", [
    # negatives: a free relative that names no act keeps no recipient; a plain object keeps its author
    ("Peru condemns what happened in the port yesterday.", [()]),
    ("Spain condemns the deliberate strike by the Houthis on a fishing boat.", "Houthi"),
])
def test_spc18_condemnation_without_free_relative_unchanged(nlp, text, recipients):
    found = _coded(events(nlp, text, DAY), "ACCUSE")
    if isinstance(recipients, str):
        assert len(found) == 1 and any(recipients.lower() in r.lower() for r in found[0][1]), found
    else:
        assert [f[1] for f in found] == recipients


# -- speaker labels that name a known person by surname -------------------------------------------------------------

_KERRY = ("SECRETARY KERRY: Good afternoon.\n\nThis morning I spoke with Foreign Minister Lavrov about Aleppo.\n\n"
          "QUESTION: Thank you. Any news on the truce?\n\nSECRETARY KERRY: We urge the regime to halt its bombing.")


def test_spc18_surname_label_makes_the_speaker_the_actor(nlp):
    found = analyzed(nlp, _KERRY, DAY).events  # (the labels are read when a text is analysed)
    consult = _coded(found, "CONSULT")
    assert consult and consult[0][0] == ("John Kerry",), consult
    request = _coded(found, "REQUEST")
    assert request and request[0][0] == ("United States",), request


def test_spc18_surname_label_we_is_the_speakers_country(nlp):
    text = ("SECRETARY CARTER: Good morning.\n\nYesterday we struck ISIL fighters near Raqqa.\n\n"
            "QUESTION: How many?\n\nSECRETARY CARTER: Dozens.")
    found = _coded(analyzed(nlp, text, DAY).events, "ASSAULT")
    assert found and found[0][0] == ("United States",), found


def test_spc18_unknown_surname_label_keeps_the_author(nlp):
    # negative: a label whose name the dictionary does not hold leaves "we" to the publisher
    text = ("MR QUILLFEATHER: Good afternoon.\n\nThis morning we met the Jordanian ambassador.\n\n"
            "QUESTION: Thanks.\n\nMR QUILLFEATHER: Next.")
    found = _coded(analyzed(nlp, text, DAY).events, "CONSULT")
    assert found and all("author" in a for a in found[0][0]), found


# -- a visit received ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, host, visitor", [
    ("President Ramaphosa welcomed the visit of President Macron to Pretoria.", "Ramaphosa", "Macron"),
    ("Egypt hosted the visit of Foreign Minister Lavrov to Cairo.", "Egypt", "Sergey Lavrov"),
])
def test_spc18_visit_received_is_aimed_at_the_visitor(nlp, text, host, visitor):
    found = [e for e in events(nlp, text, DAY) if e.event_type == "CONSULT" and e.mode == "visit"]
    assert len(found) == 1, found
    assert any(host in a.name for a in found[0].actor) and len(found[0].recipient) == 1 and \
        visitor in found[0].recipient[0].name, \
        _coded(found, "CONSULT")


def test_spc18_visit_made_keeps_the_place_visited(nlp):
    # negative: a visit told with its visitor as possessor is the visitor's, to the place
    found = [e for e in events(nlp, "Kenya welcomed President Museveni's visit to Nairobi.", DAY)
             if e.event_type == "CONSULT"]
    assert len(found) == 1 and [a.name for a in found[0].actor] == ["Yoweri Museveni"] or \
        "Museveni" in found[0].actor[0].name, _coded(found, "CONSULT")
    assert [a.name for a in found[0].recipient] == ["Kenya"]


# -- a plural office noun --------------------------------------------------------------------------------------------

def test_spc18_plural_office_is_no_one_holder(nlp):
    text = ("On Monday I met Foreign Minister Lavrov in Geneva. In the evening I invited the foreign ministers of "
            "the countries attending the forum to a dinner.")
    found = events(nlp, text, DAY)
    later = [e for e in found if e.evidence and e.evidence[0].start >= text.index("In the evening")]
    assert not any(a.name == "Sergey Lavrov" for e in later for a in e.recipient), _coded(later, "CONSULT")


def test_spc18_singular_office_still_links_back(nlp):
    # negative: the one foreign minister named before is still "the foreign minister"
    text = "On Monday I met Foreign Minister Lavrov in Geneva. In the evening the foreign minister accused Kyiv of delays."
    found = _coded(events(nlp, text, DAY), "ACCUSE")
    assert found and found[0][0] == ("Sergey Lavrov",), found


# -- a subject pronoun and the party its clause names -----------------------------------------------------------------

def test_spc18_subject_pronoun_is_not_the_party_it_accuses(nlp):
    text = ("The ministry confirmed on Tuesday that Belarus had released the detained activists. A day later, it "
            "accused Belarus of harassing journalists.")
    found = [e for e in events(nlp, text, DAY) if e.event_type == "ACCUSE"]
    assert not any(a.name == "Belarus" for e in found for a in e.actor), _coded(found, "ACCUSE")


@pytest.mark.parametrize("text, actor, recipient", [
    # negatives: a pronoun still refers to the party named before when its clause names another
    ("Iran summoned the Danish ambassador. It accused Denmark of interference.", "Iran", "Denmark"),
    ("Lithuania expelled two diplomats on Friday. It accused Russia of espionage.", "Lithuania", "Russia"),
])
def test_spc18_subject_pronoun_keeps_its_antecedent(nlp, text, actor, recipient):
    found = [e for e in events(nlp, text, DAY) if e.event_type == "ACCUSE" and e.evidence[0].trigger == "accused"]
    assert len(found) == 1 and [a.name for a in found[0].actor] == [actor] and \
        [a.name for a in found[0].recipient] == [recipient], _coded(found, "ACCUSE")


# -- a visit announced after "At the invitation of X," ---------------------------------------------------------------

def test_spc18_invited_visitor_with_title_and_modal_is_the_actor(nlp):
    text = ("At the invitation of Premier Pham Minh Chinh, Luis Ortega, Minister of Trade of Uruguay, will pay a state "
            "visit to Vietnam between 3 and 6 June.")
    found = [e for e in events(nlp, text, DAY) if e.event_type == "CONSULT"]
    assert len(found) == 1 and "Ortega" in found[0].actor[0].name and found[0].status == "predicted" and \
        [a.name for a in found[0].recipient] == ["Vietnam"], _coded(found, "CONSULT")


def test_spc18_invited_visitor_read_as_subject_unchanged(nlp):
    # negative: a visitor the parser reads as the subject stays the actor
    text = "At the invitation of Premier Pham Minh Chinh, Luis Ortega will pay a working visit to Vietnam in June."
    found = [e for e in events(nlp, text, DAY) if e.event_type == "CONSULT"]
    assert len(found) == 1 and "Ortega" in found[0].actor[0].name, _coded(found, "CONSULT")


def test_spc18_invited_visitor_of_a_finite_verb_unchanged(nlp):
    # negative: the finite verb's fronted apposition was read before and still is
    text = "At the invitation of President Ramaphosa, Chancellor Scholz visited Pretoria on Monday."
    found = [e for e in events(nlp, text, DAY) if e.event_type == "CONSULT"]
    assert len(found) == 1 and "Scholz" in found[0].actor[0].name, _coded(found, "CONSULT")


# -- "the regime" as the author of a judged act placed elsewhere than the speaker ------------------------------------

@pytest.mark.parametrize("text, country", [
    ("In Rome, the minister condemned the regime's shelling of a market in Idlib.", "Syria"),
    ("In London, the envoy denounced strikes by the government on hospitals in Khartoum.", "Sudan"),
])
def test_spc18_regime_of_the_judged_act_is_of_its_place(nlp, text, country):
    found = _coded(events(nlp, text, DAY), "ACCUSE")
    assert len(found) == 1 and found[0][1] == (country,), found


def test_spc18_regime_with_no_placed_act_unchanged(nlp):
    # negative: a regime judged itself, with no act placed, keeps the place of the statement
    found = _coded(events(nlp, "In Rome, the minister condemned the regime.", DAY), "ACCUSE")
    assert len(found) == 1 and found[0][1] == ("Italy",), found
