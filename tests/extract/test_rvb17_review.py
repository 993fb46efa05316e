"""Review of the seventeenth merge (bare institutions and bare office words). Sentences written for the project;
the full English pipeline.

* A bare "the army" takes the country the text sets up as the speaker (``institutions._speaker``); two states
  joined as one subject ("X and Y exchanged fire") set up neither, so the army is not the first one's.
* A later bare "the Secretary" or "the President" is the person named with that office word before
  (``actors._title_words_before``), not one named as its deputy or a former holder ("Deputy Secretary of State X",
  "Former President Y")."""

from __future__ import annotations

from ._fictional import run

DAY = "2026-03-18"


def _actors(doc, kind):
    return [sorted(a.name for a in e.actor) for e in doc._.events if e.event_type == kind and
            e.evidence[0].trigger == "killed"]


def test_rvb17_two_states_as_one_subject_set_up_no_speaker(nlp):
    doc = run(nlp, "Pakistan and India exchanged fire along the border. The army said its soldiers killed four "
                   "militants.", DAY)
    assert _actors(doc, "ASSAULT") != [["Pakistan Army"]]
    assert all("Pakistan" not in a for e in doc._.events if e.evidence[0].trigger == "killed" for a in
               [x.name for x in e.actor])


def test_rvb17_one_state_as_subject_stays_the_speaker(nlp):
    doc = run(nlp, "Armenia rejected the claims by Baku. The army said its soldiers killed two intruders.", DAY)
    assert _actors(doc, "ASSAULT") == [["Armenia"]]


def _linked(doc, word):
    people = {m.kb_id_: m.text for m in doc.spans["mentions"] if m.text != word}
    return [people.get(m.kb_id_) for m in doc.spans["mentions"] if m.text == word]


def test_rvb17_deputy_or_former_holder_is_not_the_bare_office(nlp):
    doc = run(nlp, "Deputy Secretary of State Mira Kovac met Kenyan officials in Nairobi. The Secretary praised "
                   "Kenya for its role.", DAY)
    assert "Mira Kovac" not in _linked(doc, "Secretary")
    doc = run(nlp, "Former Chancellor Ruth Alber spoke in Vienna. The Chancellor praised Austria for the reforms.", DAY)
    assert "Ruth Alber" not in _linked(doc, "Chancellor")


def test_rvb17_holder_named_with_the_office_is_the_bare_office(nlp):
    doc = run(nlp, "Secretary of State Mira Kovac met Kenyan officials in Nairobi. The Secretary praised Kenya for "
                   "its role.", DAY)
    assert _linked(doc, "Secretary") == ["Mira Kovac"]
    doc = run(nlp, "Chancellor Ruth Alber spoke in Vienna. The Chancellor praised Austria for the reforms.", DAY)
    assert _linked(doc, "Chancellor") == ["Ruth Alber"]


def _requests(doc):
    return [sorted(a.name for a in e.recipient) for e in doc._.events if e.event_type == "REQUEST"]


def test_rvb17_expected_meeting_or_talks_is_a_forecast_not_a_demand(nlp):
    # "expect X to meet / hold talks / return": what is foreseen, not asked (``expect`` clause_verbs)
    assert _requests(run(nlp, "We expect both sides to meet in Geneva next week.", DAY)) == []
    assert _requests(run(nlp, "Diplomats expect Iran and Oman to hold a new round of talks in Muscat.", DAY)) == []
    assert _requests(run(nlp, "Norway expects the delegation to return to Oslo on Friday.", DAY)) == []


def test_rvb17_expected_compliance_stays_a_demand(nlp):
    assert _requests(run(nlp, "Norway expects Russia to withdraw its troops from the border.", DAY)) == [["Russia"]]
    assert len(_requests(run(nlp, "We expect the government to respect the ceasefire.", DAY))) == 1


def _sanctioned(doc):
    return sorted(sorted(a.name for a in e.recipient) for e in doc._.events if e.event_type == "SANCTION")


def test_rvb17_measure_of_its_own_in_a_participle_is_another_sanction(nlp):
    # ``restated.restates``: only a participle of aim ("targeting X") restates the measure; "freezing the assets of
    # Y" is a measure against another party
    doc = run(nlp, "Canada imposed sanctions on four Russian banks, freezing the assets of two Belarusian firms.", DAY)
    assert sorted(sorted(a.actor_id for a in e.recipient) for e in doc._.events if e.event_type == "SANCTION") == \
        [["BLR"], ["RUS"]]


def test_rvb17_participle_of_aim_stays_one_sanction(nlp):
    doc = run(nlp, "The European Union imposed sanctions on Iran, targeting four officials.", DAY)
    assert _sanctioned(doc) == [["Iran", "four officials"]]


def test_rvb17_pattern_phrase_after_another_phrase_of_the_verb_is_held(nlp):
    # ``patterns.particle_held``: "arrive ... for talks" names words after its "for", which opens a phrase of the verb
    # itself after "in Niger"
    found = run(nlp, "A Chadian delegation arrived in Niger for talks with Malian officials.", DAY)._.events
    assert [e.event_type for e in found] == ["CONSULT"]


def test_rvb17_bare_particle_further_on_is_still_not_held(nlp):
    found = run(nlp, "A Chadian delegation arrived in Niger on Monday.", DAY)._.events
    assert "CONSULT" not in [e.event_type for e in found]
