"""One-line wire reports and headlines (issue 17, the five CAMEO groups): the source credited after a dash, a
headline written without its copula or its "and", a headline's infinitive after a name, "help X do Y" as the
parser reads it, and the act an appeal asks to end, which is not told as done. Every sentence was written for the project (real names, invented
events); the full English pipeline."""

from __future__ import annotations

import pytest

from annalyst.extract.datelines import find_datelines

from ._fictional import analyzed, events, only

pytestmark = pytest.mark.slow

DAY = "2026-03-18"


def texts(side) -> list[str]:
    return [a.text for a in side]


@pytest.mark.parametrize("text, credit", [
    ("Russia to expel 20 Estonian diplomats -officials", "-officials"),
    ("Iran urges U.N. to act over strikes on Syria -state media", "-state media"),
    ("Lavrov arrives in Pyongyang for talks - TASS", "- TASS"),
    ("Chile, Peru agree to reopen border crossing -foreign ministry\nThe crossing will open on Monday.",
     "-foreign ministry"),
    # no credit: a clause after a dash, a sentence ending in a full stop, a line too short for a headline
    ("The two sides met in Doha - and agreed to meet again", None),
    ("The army said it killed three rebels - officials.", None),
    ("Ukraine war - live", None),
    ("The Kremlin said on Monday that the army had - Russian\nforces took the town on Sunday.", None),
])
def test_wire_headline_credit_after_a_dash_is_the_source_not_a_party(text, credit):
    """A wire headline closes with its source after a dash ("X to expel diplomats -officials"): the source, like an
    agency credit, is blanked from the parsed text, never a word of the headline (the parser read "-Erdogan" as the
    root noun and lost the headline's act). A dash before a clause ("- and agreed"), a sentence with its full stop,
    a two-word line and a hard-wrapped line going on in lowercase are no credits."""
    found = [text[d.start:d.end] for d in find_datelines(text) if d.credit_only]
    assert found == ([credit] if credit else [])


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Egypt ready to mediate between Israel and Hamas -officials", "039", ["Egypt"], ["Israel", "Hamas"]),
    ("U.S. ready to help Lebanon rebuild army", "033", ["U.S."], ["Lebanon"]),
])
def test_wire_headline_without_its_copula_is_a_statement_of_intent(nlp, text, cameo, actor, recipient):
    """"Egypt ready to mediate" is "Egypt is ready to mediate" with the copula dropped, as headlines write it: an
    intent (CAMEO 03, AGREE) of the name the adjective hangs on (the parser makes it the headline's root noun or a
    modifier of the adjective)."""
    agree = only(analyzed(nlp, text, DAY).events, "AGREE")
    assert agree.cameo == cameo and texts(agree.actor) == actor and texts(agree.recipient) == recipient


@pytest.mark.parametrize("text, event_type, actors", [
    ("Pakistan, India agree to resume talks", "AGREE", ["Pakistan", "India"]),
    ("Iran, Saudi Arabia restore diplomatic ties", "SUPPORT", ["Iran", "Saudi Arabia"]),
    # a time or an adverb before the comma is no party
    ("Monday, Russia attacked Kharkiv.", "ASSAULT", ["Russia"]),
    ("Earlier, Russia attacked Kharkiv.", "ASSAULT", ["Russia"]),
])
def test_wire_headline_pair_of_names_joined_by_a_comma_are_both_actors(nlp, text, event_type, actors):
    """"Pakistan, India agree to resume talks" is "Pakistan and India agree" in headline style: both names act
    (the parser reads the first as a modifier or a second subject of the verb, and only the second acted)."""
    assert texts(only(events(nlp, text, DAY), event_type).actor) == actors


@pytest.mark.parametrize("text, event_type, recipient", [
    ("The U.S. helped Lebanon rebuild its army.", "AID", ["Lebanon"]),
    ("China will help Pakistan build two nuclear reactors, officials said.", "AGREE", ["Pakistan"]),
    ("The rain helped firefighters contain the blaze.", None, None),
])
def test_wire_help_a_party_do_something_helps_that_party(nlp, text, event_type, recipient):
    """"helped Lebanon rebuild its army" helps Lebanon (AID, or an intent to aid under "will ... officials said"):
    the parser makes the party helped the subject of the clause after the verb, so the verb had no party object.
    Helping people who are no party ("helped firefighters contain the blaze") stays no event."""
    found = events(nlp, text, DAY)
    if event_type is None:
        assert not [e for e in found if e.event_type in ("AID", "AGREE")]
    else:
        assert texts(only(found, event_type).recipient) == recipient


@pytest.mark.parametrize("text, asked, kept", [
    ("Erdogan called for an immediate halt to attacks on civilians in Gaza.", "REQUEST", None),
    ("The EU urged a stop to the shelling of Kharkiv by Russian forces.", "REQUEST", None),
    # an inquiry into attacks tells the attacks; a truce that ended them too
    ("Erdogan called for an inquiry into attacks on civilians in Gaza.", "REQUEST", "ASSAULT"),
])
def test_wire_act_an_appeal_asks_to_end_is_no_act_told(nlp, text, asked, kept):
    """An appeal for "a halt to attacks" or "a stop to the shelling" asks for the end of an act: the appeal (CAMEO
    02) is the event, as in "called on X to stop shelling", not an attack told. An inquiry asked into attacks names
    attacks that happened."""
    found = events(nlp, text, DAY)
    only(found, asked)
    others = sorted(e.event_type for e in found if e.event_type != asked)
    assert others == ([kept] if kept else [])


@pytest.mark.parametrize("text, event_type, actors", [
    ("Macron to visit Algeria next month", "CONSULT", ["Macron"]),
    ("Blinken to visit Beijing next week for talks with Chinese officials", "CONSULT", ["Blinken"]),
    ("Egypt, Qatar to host new round of Gaza talks -sources", "CONSULT", ["Egypt", "Qatar"]),
])
def test_wire_headline_infinitive_after_a_name_is_its_act_to_come(nlp, text, event_type, actors):
    """"Macron to visit Algeria next month" is a headline's "Macron will visit": the parser hangs the infinitive on
    the name as a relative or adverbial clause (and may tag the name as a verb), which read as a purpose ("a plan to
    visit") lost the act and its actor. The act is the name's, status predicted. A common noun before the
    infinitive ("Plans to visit Beijing were shelved") stays no act."""
    act = only(analyzed(nlp, text, DAY).events, event_type)
    assert texts(act.actor) == actors and act.status == "predicted"
    assert not analyzed(nlp, "Plans to visit Beijing were shelved.", DAY).events


@pytest.mark.parametrize("text, event_type, cameo", [
    ("Colombia and ELN rebels extended the ceasefire for six months.", "RETREAT", "0871"),
    ("Russia and Ukraine prolonged the Easter truce by two days.", "RETREAT", "0871"),
    ("Britain trained 300 Ukrainian marines in Scotland.", "AID", "072"),
    # the same verbs with a measure keep the measure's code; trained civilians are no military aid
    ("The government extended the curfew in Manipur.", "COERCE", "172"),
    ("The airline trained 50 new cabin crew members this year.", None, None),
])
def test_wire_material_cooperation_verbs_by_their_object(nlp, text, event_type, cameo):
    """Material cooperation told by a verb whose object names the act (CAMEO 06-08): extending or prolonging a
    ceasefire or truce declares it further (0871, RETREAT ceasefire), as extending a curfew imposes it further
    (172); training a party's marines, sailors, crews or other military personnel is military aid (072), as training
    its soldiers is. An airline's cabin crew is no party's force."""
    found = events(nlp, text, DAY)
    if event_type is None:
        assert not [e for e in found if e.event_type in ("AID", "COOPERATE")]
    else:
        assert only(found, event_type).cameo == cameo
