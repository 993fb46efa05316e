"""Sea, border and diplomatic incidents as wire reports tell them: parties of the sea and the border named by what
they are (pirates, a coast guard, border guards, crews, fishermen, migrants), envoys recalled, crossings closed and
diplomats declared personae non gratae. Invented sentences with real place names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-25"  # a Wednesday


@pytest.mark.parametrize(("text", "event_type", "actor_id", "recipient_id", "idle"), [
    ("Pirates hijacked a fishing trawler in the Gulf of Guinea on Monday.", "COERCE", "agent:CRM", None,
     "Pirates are a threat to shipping in the region."),
    ("The pirates released the seafarers after 40 days in captivity.", "RETREAT", "agent:CRM", "agent:CVL", None),
    ("The coast guard detained the crew of a cargo ship near the Natuna Islands.", "COERCE", "agent:MIL", "agent:CVL",
     "The crew of the research vessel collected samples off the reef."),
    ("Border guards detained 40 migrants near the Evros river on Tuesday.", "COERCE", "agent:MIL", "agent:REF",
     "Migrants crossed the border in growing numbers last year."),
    ("Coastguards intercepted the boat off Sfax on Sunday.", "COERCE", "agent:MIL", None, None),
    ("Twelve fishermen were detained on Tuesday.", "COERCE", None, "agent:CVL",
     "The fishermen returned to port with a large catch of tuna."),
])
def test_mar15_sea_and_border_parties_named_by_what_they_are(nlp, text, event_type, actor_id, recipient_id, idle):
    """Sea and border reports name their parties by what they are: raiders at sea ("pirates", "hijackers"), the
    forces of a coast or a border ("the coast guard", "coastguards", "border guards") and the people they hold ("the
    crew", "fishermen", "migrants"). Each is a generic party (agents.txt), so a seizure, detention or release with
    only such parties is still an act: "pirates released the seafarers" is a release by the pirates; the same nouns
    in a sentence of no act give no event."""
    act = only(events(nlp, text, DAY), event_type)
    assert [a.actor_id for a in act.actor] == ([actor_id] if actor_id else [])
    if recipient_id:
        assert recipient_id in [r.actor_id for r in act.recipient]
    if idle:  # the same nouns as parties of no act (a catch landed, samples taken, a trend): no event
        assert events(nlp, idle, DAY) == []


@pytest.mark.parametrize(("text", "actors", "recipient", "other"), [
    ("Colombia recalled its ambassador for consultations on Thursday.", ["Colombia"], [],
     "The automaker recalled 120,000 pickup trucks over a brake fault."),
    ("Peru and Chile both recalled their ambassadors on Monday.", ["Peru", "Chile"], [],
     "The minister recalled his years as ambassador in Rome."),
    ("Ecuador said it had recalled the country's ambassador from Mexico.", ["Ecuador"], ["MEX"], None),
    ("Argentina announced the recall of its ambassador in Caracas.", ["Argentina"], ["VEN"],
     "The carmaker announced the recall of 50,000 vehicles."),
])
def test_mar15_an_envoy_recalled_is_a_withdrawal_from_the_host(nlp, text, actors, recipient, other):
    """A state that recalls its envoy withdraws him (CAMEO 161, SANCTION withdraw), whether or not the host is
    named; the recipient is the state the envoy is posted to ("from Mexico", "in Caracas"), never the envoy's owner
    ("the country's ambassador"): a state recalls only its own envoy. The noun "the recall of its ambassador" is the
    same act. Goods recalled and a memory recalled are no withdrawal: only an envoy as the object (or as the noun's
    "of" phrase) makes the act."""
    act = only(events(nlp, text, DAY), "SANCTION")
    assert act.mode == "withdraw"
    assert [a.text for a in act.actor] == actors
    assert [(r.actor_id or "")[:3] for r in act.recipient] == recipient
    if other:  # goods or a memory recalled: no envoy withdrawn, even with an envoy word deeper in the sentence
        assert not [e for e in events(nlp, other, DAY) if e.event_type == "SANCTION"]


@pytest.mark.parametrize(("text", "actor", "routine"), [
    ("Pakistan closed the Chaman border crossing on Saturday.", "Pakistan",
     "Pakistan closed the Chaman border crossing for the Eid holiday."),
    ("Afghan authorities shut the Torkham gate after clashes on Friday.", "Afghan authorities",
     "Afghan authorities shut the Torkham gate for repairs."),
    ("The border crossing was closed by Pakistani authorities on Monday.", "Pakistani authorities", None),
    ("Egypt closed the Rafah crossing on Monday.", "Egypt", "Authorities closed the mountain pass for the winter."),
])
def test_mar15_a_crossing_closed_is_a_restriction_of_movement(nlp, text, actor, routine):
    """A state that closes or shuts a border crossing, a gate or a route restricts movement across it (CAMEO 191,
    COERCE restrict), as a border closed does; one closed for a holiday, for repairs or for the season is routine and
    aimed at no party, no event."""
    act = only(events(nlp, text, DAY), "COERCE")
    assert (act.mode, act.cameo) == ("restrict", "191")
    assert [a.text for a in act.actor] == [actor]
    if routine:  # closed for a holiday, for repairs or for the season: routine, aimed at no party
        assert events(nlp, routine, DAY) == []


@pytest.mark.parametrize("text", [
    "A strike by dockworkers shut the port of Rotterdam on Monday.",
    "The fire shut the border crossing with Hungary for six hours.",
    "An explosion at a fuel depot closed the crossing with Lebanon on Tuesday.",
])
def test_mar15_a_crossing_a_happening_closed_is_no_restriction(nlp, text):
    """A port or crossing shut or closed by a happening (a strike, a fire, an explosion) as its subject is a
    consequence of that happening, no restriction of movement by a party: no COERCE closure (the strike itself, when
    its strikers are named, stays the strike)."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type in ("COERCE", "SANCTION")]


def test_mar15_diplomats_declared_personae_non_gratae(nlp):
    """The Latin plural ("declared two diplomats personae non gratae") is the same expulsion as the singular
    (CAMEO 161, SANCTION expel), its recipient the diplomats expelled."""
    act = only(events(nlp, "Russia declared two Estonian diplomats personae non gratae on Friday.", DAY), "SANCTION")
    assert act.mode == "expel"
    assert [a.text for a in act.actor] == ["Russia"]
    assert act.recipient


@pytest.mark.parametrize(("text", "imposed"), [
    ("Ukrainian officials said the freighter had evaded the Russian blockade of Odesa for three weeks.",
     "The United States imposed a naval blockade on Venezuela last month."),
    ("The supply boat managed to manoeuvre past the Chinese coast guard blockade on Saturday.",
     "Israel tightened its blockade of Gaza on Monday."),
    ("Analysts said dozens of cargo ships are trying to evade the Saudi blockade around Hodeidah.", None),
])
def test_mar15_a_blockade_evaded_is_the_measure_in_force(nlp, text, imposed):
    """A blockade another party evades, slips through or gets past is the measure in force, named as what the
    evader defies: no blockade imposed in that sentence. A blockade imposed or tightened stays the act."""
    assert not [e for e in events(nlp, text, DAY) if e.event_type == "COERCE"]
    if imposed:
        assert only(events(nlp, imposed, DAY), "COERCE").mode == "restrict"


@pytest.mark.parametrize(("text", "crowd"), [
    ("The Committee to Protect Journalists protested the detentions on Friday.",
     "Students protested the tuition increase outside parliament."),
    ("Rights groups protested the arrests of the two reporters.", "Rights groups protested outside the embassy on Monday."),
    ("Amnesty International protested the verdict on Monday.", None),
])
def test_mar15_a_rights_group_protesting_an_act_complains(nlp, text, crowd):
    """A rights or press-freedom group that "protested" an act (the detentions, the arrests, a verdict) lodged a
    complaint about it (CAMEO 114, ACCUSE), as a state's protest is, not a demonstration; a crowd protesting, or a
    group protesting with no act as its object ("protested outside the embassy"), stays a demonstration."""
    found = events(nlp, text, DAY)
    assert only(found, "ACCUSE").cameo == "114"
    assert not [e for e in found if e.event_type == "PROTEST"]
    if crowd:
        assert only(events(nlp, crowd, DAY), "PROTEST").mode == "demo"


@pytest.mark.parametrize(("text", "event_type", "status"), [
    ("Two Russian bombers neared the coast on Monday, prompting the Norwegian air force to scramble two F-35 jets.",
     "MOBILIZE", "asserted"),
    ("The shelling prompted Turkey to close its border with Syria on Tuesday.", "COERCE", "asserted"),
    ("The incident will prompt Greece to deploy warships to the area.", "MOBILIZE", "predicted"),
])
def test_mar15_an_act_one_event_prompted_is_told_as_done(nlp, text, event_type, status):
    """"X prompted Y to scramble jets" tells that Y scrambled them: the act in the infinitive of a verb of causing
    has the status of that verb (done when it is told as done), not a plan; "will prompt" stays a forecast."""
    assert only(events(nlp, text, DAY), event_type).status == status


def test_mar15_a_seized_ship_directed_to_port_is_no_cooperation(nlp):
    """A seized ship "directed" to a port or to a state's waters is moved by its captor as part of the seizure:
    "direct" is no material cooperation unless a pattern of its own codes it (the seizure stays the one act)."""
    found = events(nlp, "The navy seized a Greek yacht on Thursday and directed it to the territorial waters of "
                        "Egypt.", DAY)
    assert only(found, "COERCE").mode == "seize"
    assert not [e for e in found if e.event_type == "COOPERATE"]


@pytest.mark.parametrize("text", [
    "Russian fighter jets were scrambled on Sunday to escort a US patrol plane over the Sea of Japan.",
    "Greek fighter jets were scrambled over the Aegean on Monday.",
])
def test_mar15_fighter_jets_scrambled_are_their_states(nlp, text):
    """"fighter jets" are aircraft of a kind, not the jets of fighters (militants): scrambled in an agentless
    passive, they move for the state that the nationality before them names, which is no recipient of its own
    mobilisation."""
    act = only(events(nlp, text, DAY), "MOBILIZE")
    assert [a.actor_id for a in act.actor] in (["RUS"], ["GRC"])
    assert not [a for a in act.actor + act.recipient if (a.actor_id or "").startswith("agent:")]
    assert not [r for r in act.recipient if r.actor_id == act.actor[0].actor_id]


@pytest.mark.parametrize(("text", "event_type", "status"), [
    ("The government of Chad decided to deport 60 Sudanese traders on Monday.", "COERCE", "asserted"),
    ("Ghana decided to deport the Nigerian traders after the raid.", "COERCE", "asserted"),
    # negative: a deportation threatened stays the threat
    ("Ghana threatened to deport the Nigerian traders after the raid.", "THREATEN", None),
])
def test_mar15_a_deportation_decided_is_the_deportation(nlp, text, event_type, status):
    """A deportation a government decided on is the measure, asserted, as a sanction or a ban decided is
    (docs/annotation.md: a measure "decided" is the measure), not a statement of intent read as a threat; a
    deportation threatened stays the threat."""
    found = [e for e in events(nlp, text, DAY) if e.event_type in ("COERCE", "THREATEN")]
    assert [e.event_type for e in found] == [event_type]
    if status:
        assert (found[0].mode, found[0].status) == ("deport", status)
