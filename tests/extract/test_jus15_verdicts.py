"""Court news as wire reports write it: verdicts told by "found guilty" or a sentence handed down, verdicts on people
named only by what they are, the crime a sentence or charge names, and a court's orders. Invented sentences with real
place names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


def _verdict(found):
    return only(found, "SANCTION")


@pytest.mark.parametrize("text, actor, convicted", [
    ("Jurors in Houston found former senator Bill Moreno guilty of bribery.", "Jurors", "Bill Moreno"),
    ("Bill Moreno was found guilty by a district court of taking bribes.", "district court", "Bill Moreno"),
    ("A court in Kisumu found the militants guilty of bombing a church.", "court", "militants"),
])
def test_jus15_found_guilty_is_a_conviction(nlp, text, actor, convicted):
    """A party "found guilty" (by a court, a jury, jurors) is convicted: PLOVER SANCTION mode convict (CAMEO 173), the
    finder the actor and the one found guilty the recipient, also when the parser makes that party the subject of
    "guilty"."""
    act = _verdict(events(nlp, text, DAY))
    assert act.mode == "convict"
    assert [a.text for a in act.actor] == [actor]
    assert [a.text for a in act.recipient] == [convicted]
    # negatives: an acquittal ("found not guilty") is no sanction, "found" in its other senses no verdict, and a
    # finding of guilt a sentence followed is that one verdict, not a second one
    for other in ("The jury found Ali Hassan not guilty of conspiracy.",
                  "Investigators found evidence of torture in the prison."):
        assert not [e for e in events(nlp, other, DAY) if e.event_type == "SANCTION"]
    found = events(nlp, "In May 2019, Ali Hassan was sentenced to 18 months after he was found guilty of "
                        "organising a protest.", DAY)
    assert [a.text for a in _verdict(found).recipient] == ["Ali Hassan"]


@pytest.mark.parametrize("text, convicted", [
    ("The lawyer Maxim Petrenko was given a ten-year prison sentence on similar charges.", "Maxim Petrenko"),
    ("A Tehran court handed down a death sentence to the rapper Reza Karimi.", "Reza Karimi"),
    ("The court gave Ali Hassan a seven-year sentence for fraud.", "Ali Hassan"),
])
def test_jus15_a_sentence_handed_down_is_a_conviction(nlp, text, convicted):
    """A sentence given, handed or handed down is a verdict on the one it is given to (SANCTION convict), whether
    that party is the dative, the "to" phrase or the subject of the passive."""
    act = _verdict(events(nlp, text, DAY))
    assert act.mode == "convict"
    assert [a.text for a in act.recipient] == [convicted]


@pytest.mark.parametrize("text, actor, convicted", [
    ("A federal jury convicted three men on Thursday of plotting attacks abroad.", "federal jury", "three men"),
    ("A military court in Cairo sentenced three bloggers to five years in prison.", "military court", "three bloggers"),
    ("The tribunal convicted four former commanders of war crimes.", "tribunal", "four former commanders"),
])
def test_jus15_a_verdict_on_unnamed_people_is_kept(nlp, text, actor, convicted):
    """A verdict on people named only by what they are is news whoever they are, as a release of people is: kept
    with the court or jury as actor and the convicted as recipient, though no name is told. Negatives: a verdict
    only foreseen for such people, one told as a condition, and "sentenced" in a figurative sense are no verdict."""
    act = _verdict(events(nlp, text, DAY))
    assert [a.text for a in act.actor] == [actor]
    assert [a.text for a in act.recipient] == [convicted]
    for other in ("The men could be sentenced to life.",
                  "The analyst could get 15 years in jail if convicted of treason.",
                  "The film's director said the tour had been sentenced to fail from the start."):
        assert not [e for e in events(nlp, other, DAY) if e.event_type == "SANCTION"]


@pytest.mark.parametrize("text, other", [
    ("A court in Baku sentenced opposition leader Rauf Mammadli to eight years for insulting the president and "
     "calling for protests.", "REQUEST"),
    ("Olga Petrenko was found guilty of organising a protest in which demonstrators demanded the president's "
     "resignation.", "REQUEST"),
    ("The judge sentenced Tom Marlow to fifteen years for killing two police officers.", "ASSAULT"),
])
def test_jus15_the_crime_a_verdict_names_is_no_new_event(nlp, text, other):
    """What a party is sentenced or found guilty for is the crime the court names: no act told of its own (the
    appeal, the demand of a protest it organised, the killing), only the verdict."""
    found = events(nlp, text, DAY)
    assert _verdict(found).mode == "convict"
    assert not [e for e in found if e.event_type == other]


def test_jus15_an_act_a_court_orders_is_the_courts(nlp):
    """A court or judge that orders an act with no party of its own to do it ("ordered to freeze the accounts of X")
    does it by the order: the freeze is the court's sanction on X, no demand; an order to a party to act stays a
    demand on that party."""
    found = events(nlp, "A Chittagong court ordered to freeze three bank accounts of former mayor Karim Uddin.", DAY)
    act = only(found, "SANCTION")
    assert [a.text for a in act.actor] == ["Chittagong court"]
    assert [a.text for a in act.recipient] == ["Karim Uddin"]
    assert not [e for e in found if e.event_type == "REQUEST"]
    found = events(nlp, "The court ordered Google to pay a fine.", DAY)
    assert only(found, "REQUEST").mode == "demand"


@pytest.mark.parametrize("text, arrested", [
    ("A Karachi court ordered police to arrest Farid Malik on Monday.", "Farid Malik"),
    ("The judge ordered the police to detain opposition leader Nasir Ali.", "Nasir Ali"),
])
def test_jus15_an_arrest_a_court_orders_the_police_to_make_is_the_courts(nlp, text, arrested):
    """A court or judge that orders the police to arrest a party arrests through its order, as "ordered the arrest
    of X" does: the police ordered are no force sent on a mission whose purpose is the arrest (a deployment with a
    purpose gives way to the deployment), and no event is lost."""
    act = only(events(nlp, text, DAY), "COERCE")
    assert act.mode == "arrest" and arrested in [r.text for r in act.recipient]


@pytest.mark.parametrize("text, freed", [
    ("Emir Tamim granted pardon to 412 inmates on Friday.", "412 inmates"),
    ("The president granted amnesty to 200 political prisoners on Sunday.", "200 political prisoners"),
])
def test_jus15_a_pardon_granted_to_counted_people_names_them(nlp, text, freed):
    """A pardon or amnesty granted "to" people counted by a number releases them (RETREAT release): the "to" phrase is
    the recipient, not a size a force is cut to ("will reduce its contingent to 250 soldiers" keeps no recipient)."""
    act = only(events(nlp, text, DAY), "RETREAT")
    assert act.mode == "release"
    assert [a.text for a in act.recipient] == [freed]
    cut = only(events(nlp, "Mali will reduce its contingent to 250 soldiers.", DAY), "RETREAT")
    assert not cut.recipient


def test_jus15_an_indictment_by_no_one_named_is_kept(nlp):
    """An indictment told by an agentless passive is a state's legal act whose prosecutor is not named: an accusation
    (ACCUSE, CAMEO 115) with no actor, kept as an arrest so told is; a bare "was accused of" by no one stays
    unkept."""
    act = only(events(nlp, "Former mayor Yossi Adler was indicted on Thursday for taking bribes.", DAY), "ACCUSE")
    assert not act.actor and [a.text for a in act.recipient] == ["Yossi Adler"]
    assert not [e for e in events(nlp, "Ali Hassan was accused of spying.", DAY) if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text, accused", [
    ("China on Sunday put on trial one of three Canadians held since 2019.", "Canadians"),
    ("China put Canadian businessman Mark Tolley on trial in Dalian.", "Mark Tolley"),
])
def test_jus15_put_on_trial_is_a_charge_brought(nlp, text, accused):
    """A party put on trial is brought to court (ACCUSE, CAMEO 115, as the noun "trial" with a light verb is), no
    arrest; "put X on a sanctions list" stays a sanction."""
    act = only(events(nlp, text, DAY), "ACCUSE")
    assert [a.text for a in act.actor] == ["China"] and [a.text for a in act.recipient] == [accused]
    assert only(events(nlp, "The Treasury put Ali Hassan on its sanctions list.", DAY), "SANCTION")


def test_jus15_the_possessor_of_an_arrest_is_the_one_arrested(nlp):
    """"his April arrest": the possessor of a noun of a legal act done to a person is whom it was done to, never the
    arrester; "Germany's arrest of a senior executive" keeps Germany as the one who arrests."""
    found = events(nlp, "Pavel Sudnik has been jailed since his April arrest.", DAY)
    assert not [a for e in found for a in e.actor if a.text == "Pavel Sudnik"]
    act = only(events(nlp, "Germany's arrest of a senior Russian energy executive angered Moscow.", DAY), "COERCE")
    assert [a.text for a in act.actor] == ["Germany"]
