"""Review of the courts, trade-ban and withdrawal rules: cases where a new rule fired in a sense that is no event of
its type, or missed the parse it was written for. Invented sentences with real place and group names; the full
English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"  # a Wednesday


def _of(found, kind):
    return [e for e in found if e.event_type == kind]


@pytest.mark.parametrize("text, supplied", [
    ("Japan prohibited its companies from selling drones to Iran.", "Iran"),
    ("The EU prohibited its firms from selling chips to China.", "China"),
])
def test_rva15_a_ban_on_selling_names_the_party_supplied_in_a_dative(nlp, text, supplied):
    """A ban on selling goods to a party is a measure against the party supplied (``tradebans.barred_goods``), also
    when the parser labels the "to" phrase a dative rather than a preposition: reading only "prep" left the buyer
    out and the ban fell back on the actor's own firms as its target."""
    measure = _of(events(nlp, text, DAY), "SANCTION")
    assert measure
    assert [r.text for r in measure[0].recipient] == [supplied]


@pytest.mark.parametrize("text, kind", [
    ("Officials released a count of civilians killed by Russian shelling in Kharkiv.", "ASSAULT"),
    ("Ukraine voiced suspicion over Russian attacks on its grain ports.", "ASSAULT"),
])
def test_rva15_a_tally_or_a_doubt_names_no_crime(nlp, text, kind):
    """"count" and "suspicion" name the crime of a charge only in their legal sense ("two counts of murder", "on
    suspicion of spying"; ``verdicts.verdict_grounds``): a tally of the killed or a party's doubt about attacks is
    no charge, so the killing or the attacks it names stay events."""
    assert _of(events(nlp, text, DAY), kind)
    # the legal senses still name the crime, no event of its own
    for legal in ("He was convicted on two counts of attacking police officers.",
                  "The man was arrested on suspicion of attacking a police station."):
        assert not _of(events(nlp, legal, DAY), "ASSAULT")


@pytest.mark.parametrize("text", [
    "The report found the government guilty of negligence.",
    "An inquiry found the officers guilty of misconduct.",
    "Protesters found the minister guilty of betraying the nation.",
])
def test_rva15_guilt_found_by_no_court_is_no_verdict(nlp, text):
    """"found X guilty" is a verdict (SANCTION convict) only when a court, judge, jury or jurors find it, or the
    finder is not told ("was found guilty"); a report, an inquiry or protesters that find a party guilty judge it,
    they convict no one (``verdicts.lay_finding``)."""
    assert not [e for e in events(nlp, text, DAY) if e.mode == "convict"]


@pytest.mark.parametrize("text, kind, actor", [
    ("A Dhaka court ordered the army to withdraw from the campus.", "RETREAT", "Dhaka court"),
])
def test_rva15_a_withdrawal_a_court_orders_is_not_the_courts(nlp, text, kind, actor):
    """A court does through its order the acts of the law it orders (an arrest, a freeze of accounts, a release:
    ``verdicts.ordering_court``); a withdrawal it orders the army to make is no act of the court's, whose name must
    not become the withdrawing party."""
    assert not [e for e in _of(events(nlp, text, DAY), kind) if actor in [a.text for a in e.actor]]
    freeze = events(nlp, "A Chittagong court ordered to freeze three bank accounts of former mayor Karim Uddin.", DAY)
    assert any("Chittagong court" in [a.text for a in e.actor] for e in freeze)


@pytest.mark.parametrize("text", [
    "Russia responded with military measures to NATO's expansion.",
    "Moscow said it would respond with military-technical measures.",
])
def test_rva15_military_measures_in_response_are_no_sanctions(nlp, text):
    """Retaliating "with" tariffs, duties or countermeasures imposes them (SANCTION 163, ``verb_classes.json``), but
    measures a modifier makes military are no embargo or sanction: the class's ``not_modifier`` words void it."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "SANCTION"]
    assert [e.event_type for e in events(nlp, "China retaliated with economic measures against Lithuania.", DAY)] == [
        "SANCTION"]


@pytest.mark.parametrize("text", [
    "The Red Cross gave prison authorities in Yemen medical supplies.",
    "Britain handed prison officials in Kenya a list of demands.",
])
def test_rva15_a_prison_word_on_the_party_given_is_no_sentence(nlp, text):
    """A sentence given or handed is a conviction (SANCTION convict, ``triggers.json`` "give", "hand"); "jail" and
    "prison" tell a penalty only as the kind of the term or time given ("were given jail terms"), not as a word of
    the party given something, whose object matched the entry through its modifier."""
    assert not [e for e in events(nlp, text, DAY) if e.mode == "convict"]
    assert [e.mode for e in events(nlp, "Three activists were given jail terms for organising the protest.", DAY)
            if e.event_type == "SANCTION"] == ["convict"]


@pytest.mark.parametrize("text", [
    "The US will punish Russia over its invasion of Ukraine.",
])
def test_rva15_an_act_a_state_punishes_stays_an_event(nlp, text):
    """The crime a court or prosecutor names is no act of its own (``verdicts.verdict_grounds``); a state that
    punishes a party over an act is no court: the act stays an event, as one a state sanctions a party over does
    ("sanctioned Russia over its invasion of Ukraine")."""
    assert [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, partner", [
    ("Ukraine signed a security agreement together with Poland on Monday.", "Poland"),
    ("Armenia agreed jointly with Azerbaijan to open the border crossing.", "Azerbaijan"),
])
def test_rva15_an_agreement_together_with_a_party_is_made_with_it(nlp, text, partner):
    """A party that goes along with the actor ("raided the camp jointly with X") is no recipient
    (``bystanders.joined_with``), but an agreement signed or reached "together with" or "jointly with" a party is
    made with that party: its other side, as the partner of a co-operation is."""
    deal = [e for e in events(nlp, text, DAY) if e.event_type == "AGREE"]
    assert deal and partner in [r.text for r in deal[0].recipient]


@pytest.mark.parametrize("text", [
    "Israel said Hezbollah has the ability to strike Haifa and fired 30 rockets at the city on Sunday.",
    "The US military continues its mission to defeat ISIS and launched strikes on its camps in Syria on Monday.",
])
def test_rva15_a_finite_act_conjoined_to_a_capability_is_done(nlp, text):
    """The infinitive of an ability or a mission noun tells no act (``abilities.capability``, ``aim_of_mission``),
    but a finite past verb the parser conjoins to that infinitive ("... the ability to strike Haifa and fired 30
    rockets at the city") tells an act done: the climb through the conjunct dropped it."""
    assert [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]
    assert not events(nlp, "The strikes degraded the Houthis' ability to attack ships in the Red Sea.", DAY)


@pytest.mark.parametrize("text, convicted", [
    ("A military court handed a ten-year sentence to the blogger.", "blogger"),
    ("A Tehran court sentenced the blogger to death.", "blogger"),
])
def test_rva15_one_person_convicted_by_a_noun_of_a_doer_is_kept(nlp, text, convicted):
    """A verdict on people named only by what they are is kept with no named party (``verdicts.judged_people``);
    one person named by a noun of a doer ("the blogger") is such people as much as a plural noun ("two bloggers")
    is: the verdict was dropped for want of a named party."""
    verdict = [e for e in events(nlp, text, DAY) if e.mode == "convict"]
    assert verdict and [r.text for r in verdict[0].recipient] == [convicted]
