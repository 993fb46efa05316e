"""Official releases of military commands and defence ministries: their headers and datelines ("TAMPA, Fla. –",
"SOUTHWEST ASIA –", "BAGHDAD (Operation Inherent Resolve Public Affairs) –") are the release's place and source,
never a party; and the party of an act is often told only in a modifier of its subject ("U.S. strikes were carried
out", "three airstrikes southwest of the city struck"). Invented sentences with real place and group names."""

from __future__ import annotations

import pytest

from annalyst.extract.datelines import find_datelines

from ._fictional import analyzed, events, only

DAY = "2026-11-25"

#: (text, place, region, date, credit, first words after the header)
HEADERS = [
    ("TAMPA, Fla. — U.S. forces struck an al-Qaeda camp.", "TAMPA", "Fla.", None, None, "U.S. forces"),
    ("FORT CAMPBELL, Ky. – Soldiers of the 101st met Polish officers.", "FORT CAMPBELL", "Ky.", None, None, "Soldiers"),
    ("CAMP BUEHRING, Kuwait – Army engineers met Kuwaiti officers.", "CAMP BUEHRING", "Kuwait", None, None, "Army"),
    ("SOUTHWEST ASIA – Coalition aircraft struck an ISIS depot.", "SOUTHWEST ASIA", None, None, None, "Coalition"),
    ("NORTHERN ARABIAN GULF – The destroyer met a Bahraini patrol boat.", "NORTHERN ARABIAN GULF", None, None, None,
     "The destroyer"),
    ("BAGHDAD (Operation Inherent Resolve Public Affairs) – Iraqi forces arrested an ISIS courier.", "BAGHDAD", None,
     None, "Operation Inherent Resolve Public Affairs", "Iraqi forces"),
    ("BAGHDAD (Combined Joint Task Force – Operation Inherent Resolve Public Affairs) – Peshmerga units met Iraqi "
     "commanders.", "BAGHDAD", None, None, "Combined Joint Task Force – Operation Inherent Resolve Public Affairs",
     "Peshmerga"),
    ("KIRKUK, Iraq (CJTF-OIR Public Affairs) – Coalition advisers met Iraqi officers.", "KIRKUK", "Iraq", None,
     "CJTF-OIR Public Affairs", "Coalition"),
    ("Duhok, Kurdistan Region, Iraq (GOV.KRD) – A coalition team visited the Peshmerga ministry.", "Duhok",
     "Kurdistan Region, Iraq", None, "GOV.KRD", "A coalition"),
    ("MacDill Air Force Base, Fla. (March 9, 2011) – The command deployed 150 planners to Qatar.",
     "MacDill Air Force Base", "Fla.", "March 9, 2011", None, "The command"),
    ("NORFOLK, Va., May 4, 2019 – Sailors of the USS Bataan met Moroccan officers.", "NORFOLK", "Va.", "May 4, 2019",
     None, "Sailors"),
]

#: no header: a country and its neighbour before a dash, a name's "Jr.", one capitalised word alone, a lowercase
#: clause after the dash, a label or a body's name in capitals before a dash
NOT_HEADERS = [
    "Russia, Ukraine — The two sides exchanged prisoners on Monday.",
    "John Smith, Jr. – The senator criticised the budget.",
    "ISIS — The group claimed the bombing in Kabul.",
    "Hezbollah (Party of God) – a group backed by Iran – fired rockets at Israel.",
    "BREAKING NEWS – Israeli jets struck a depot near Damascus.",
    "UN SECURITY COUNCIL – The council met in closed session on Friday.",
]


@pytest.mark.parametrize("text, place, region, date, credit, rest", HEADERS)
def test_dl13_release_header_shapes_are_datelines(text, place, region, date, credit, rest):
    """A release's header is found by its shape, not by a list of towns: a place in capitals with its region or of
    several words ("FORT CAMPBELL, Ky. –", "SOUTHWEST ASIA –"), an abbreviated state ("Fla."), a region of two parts
    ("Kurdistan Region, Iraq"), a date in parentheses, and a press office credited in parentheses, with hyphens and
    dashes in its name. None of these is a party of the release's acts."""
    found = [d for d in find_datelines(text) if d.place]
    assert len(found) == 1
    d = found[0]
    assert (d.place, d.region, d.date, d.agency) == (place, region, date, credit)
    assert d.start == 0 and text[d.end:].lstrip().startswith(rest)
    for other in NOT_HEADERS:
        assert not [d for d in find_datelines(other) if d.place]


def test_dl13_release_header_is_never_the_actor(nlp):
    """The town, state and press office of a header are where and by whom the release is published: the act's
    doer is the subject after the header. A place told as a party acting ("Poland — a NATO member — deployed") and
    a source in the sentence ("The Pentagon said ...") stay what they are."""
    act = only(analyzed(nlp, "TAMPA, Fla. — U.S. forces struck an al-Qaeda training camp in Idlib on Friday.",
                        DAY).events, "ASSAULT")
    assert [a.actor_id for a in act.actor] == ["USA-MIL"]  # "U.S. forces": the dictionary's name, as "US forces"
    act = only(analyzed(nlp, "BAGHDAD (Operation Inherent Resolve Public Affairs) – Iraqi troops killed four ISIS "
                           "fighters near Kirkuk on Tuesday.", DAY).events, "ASSAULT")
    assert [a.text for a in act.actor] != ["BAGHDAD"] and "Iraq" in " ".join(a.text for a in act.actor)
    act = only(analyzed(nlp, "Erbil, Kurdistan Region, Iraq (GOV.KRD) – A coalition delegation visited the Peshmerga "
                           "ministry on Sunday.", DAY).events, "CONSULT")
    assert not {"Erbil", "Iraq"} & {a.text for a in act.actor}
    found = analyzed(nlp, "Poland — a NATO member — deployed more troops to its border with Belarus.", DAY).events
    assert [a.actor_id for a in only(found, "MOBILIZE").actor] == ["POL"]
    found = analyzed(nlp, "The Pentagon said U.S. jets struck two Houthi radar sites near Hodeidah.", DAY).events
    assert [a.actor_id for a in only(found, "ASSAULT").actor] == ["USA"]


@pytest.mark.parametrize("text, actor", [
    ("U.S. strikes were carried out against three Kataib Hezbollah depots in western Iraq.", "USA"),
    ("Coalition airstrikes were launched near Abu Kamal against ISIS fighters on Monday.", None),
    ("Israeli raids were conducted against Hamas positions in Khan Younis overnight.", "ISR"),
])
def test_dl13_passive_strike_names_its_party_in_the_subject(nlp, text, actor):
    """"U.S. strikes were carried out against X": a passive verb of doing whose subject is the act's noun tells one
    act, done by the party the noun's modifier names, not an act with no doer beside a second one of the noun."""
    found = [e for e in events(nlp, text, DAY) if e.event_type == "ASSAULT"]
    assert len(found) == 1 and found[0].actor and found[0].recipient
    if actor is not None:
        assert [a.actor_id for a in found[0].actor] == [actor]


def test_dl13_passive_of_another_act_or_with_its_agent_keeps_its_doer(nlp):
    """The noun's party is the doer only of the act the noun names: "Hamas's attack was condemned by Egypt" is
    Egypt's condemnation, and "the raids were carried out by police" are the police's, one raid."""
    found = events(nlp, "Hamas's attack was condemned by Egypt on Saturday.", DAY)
    assert [a.actor_id for a in only(found, "ACCUSE").actor] == ["EGY"]
    found = events(nlp, "The Iraqi raids were carried out by counter-terrorism forces against ISIS hideouts.", DAY)
    act = only(found, "ASSAULT")
    assert [a.text for a in act.actor] == ["counter-terrorism forces"]


@pytest.mark.parametrize("text, actor", [
    ("Three airstrikes northeast of Hit struck an ISIS checkpoint.", "Three airstrikes"),
    ("Near Mosul, three airstrikes southwest of the city struck two ISIS units and destroyed a bunker.", "airstrikes"),
])
def test_dl13_strike_report_line_with_a_place_modifier_keeps_the_strikes_as_agent(nlp, text, actor):
    """A strike report's line "<n> airstrikes <direction> of <place> struck X": the strikes are the agent (the
    force is not named), never the place, also when the parser tags the strike noun as a verb or takes the
    direction word for the subject."""
    act = only(events(nlp, text, DAY), "ASSAULT")
    assert [a.text for a in act.actor] == [actor]
    assert [a.actor_id for a in act.recipient] == ["X-ISIL"]
