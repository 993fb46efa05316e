"""Wire sentences of protest, force posture and coercion that is no armed attack (CAMEO 14, 15, 17): raids and
searches of premises, house arrest, dissolved parties, dispersed rallies, forces put on readiness, reinforced or
scrambled, protests told as the purpose of a crowd's movement. Invented sentences with real names; the full English
pipeline."""

from __future__ import annotations

from ._fictional import events, only


def _texts(side) -> list[str]:
    return [a.text for a in side]


def test_coercion_premises_raided_by_police_is_coercion_not_an_assault(nlp):
    """"Police raided the offices of X": a raid of premises (or by police) is coercion (CAMEO 170), the owner of the
    premises the recipient; a raid on a hideout by troops stays an attack."""
    found = events(nlp, "Police raided the headquarters of the opposition party Bersatu in Kuala Lumpur.")
    raid = only(found, "COERCE")
    assert raid.cameo == "170" and not [e for e in found if e.event_type == "ASSAULT"]
    assert _texts(raid.actor) == ["Police"]
    found = events(nlp, "Kenyan police raided a Nairobi hotel on Tuesday.")
    assert only(found, "COERCE").cameo == "170"
    found = events(nlp, "Pakistani troops raided a militant hideout in North Waziristan.")
    assert only(found, "ASSAULT") and not [e for e in found if e.event_type == "COERCE"]


def test_coercion_homes_searched_then_people_arrested_are_two_acts(nlp):
    """"searched homes in X and arrested three men": a search and an arrest, the arrested the arrest's recipient
    (coordinated coercive measures of different CAMEO codes are not one act)."""
    found = events(nlp, "Indian troops searched houses in the village of Pulwama and detained four youths.")
    codes = sorted(e.cameo for e in found if e.event_type == "COERCE")
    assert codes == ["170", "173"], [(e.event_type, e.cameo) for e in found]
    arrest = next(e for e in found if e.cameo == "173")
    assert "youths" in " ".join(_texts(arrest.recipient))


def test_coercion_house_arrest_told_in_the_passive(nlp):
    """"was placed under house arrest": an arrest (CAMEO 173) whose recipient is the person held, the actor
    unknown."""
    found = events(nlp, "Former Prime Minister Nawaz Sharif was placed under house arrest on Sunday.")
    held = only(found, "COERCE")
    assert held.cameo == "173" and "Nawaz Sharif" in _texts(held.recipient)
    found = events(nlp, "The military junta put opposition leader Mohamed Bazoum under house arrest.")
    assert "Mohamed Bazoum" in _texts(only(found, "COERCE").recipient)


def test_coercion_dissolved_party_is_a_ban(nlp):
    """A court or government dissolving a party bans it (CAMEO 1722): the party is the recipient."""
    found = events(nlp, "Cambodia's Supreme Court dissolved the opposition Cambodia National Rescue Party.")
    ban = only(found, "COERCE")
    assert ban.cameo == "1722" and ban.mode == "ban"
    assert any("Rescue Party" in t for t in _texts(ban.recipient))


def test_coercion_dispersed_rally_is_crowd_repression(nlp):
    """"dispersed the protesters", "broke up a rally": crowd repression (CAMEO 175, coded like tear gas), those
    dispersed the recipient; "dispersed" of anything else is no event."""
    found = events(nlp, "Riot police dispersed hundreds of demonstrators outside the parliament in Belgrade.")
    dispersal = only(found, "ASSAULT")
    assert dispersal.cameo == "175" and "demonstrators" in " ".join(_texts(dispersal.recipient))
    assert not events(nlp, "The clouds dispersed over Belgrade on Monday.")


def test_coercion_forces_put_on_readiness_reinforced_or_scrambled(nlp):
    """Force posture told with a preposition or an aircraft verb is MOBILIZE: "placed its troops on combat
    readiness", "reinforced its border with two brigades", "scrambled fighter jets", "sent patrol vessels"."""
    found = events(nlp, "Azerbaijan placed its army on full combat readiness on Monday.")
    assert only(found, "MOBILIZE").cameo == "152"
    found = events(nlp, "Poland reinforced its border with Belarus with two mechanised brigades.")
    assert only(found, "MOBILIZE").cameo == "154"
    found = events(nlp, "Taiwan scrambled fighter jets on Saturday.")
    assert only(found, "MOBILIZE").actor[0].actor_id == "TWN"
    found = events(nlp, "Vietnam sent fisheries surveillance vessels to the Paracel Islands.")
    assert only(found, "MOBILIZE").actor[0].actor_id == "VNM"


def test_coercion_protest_as_purpose_of_a_crowd_moving(nlp):
    """"drove tractors into X to protest Y", "took to the streets to protest Y", "gathered outside X to protest Y":
    one PROTEST, the crowd its actor and the party protested against its recipient."""
    found = events(nlp, "Farmers drove their tractors into Paris to protest against the European Union's trade deal.")
    protest = only(found, "PROTEST")
    assert _texts(protest.actor) == ["Farmers"] and protest.recipient[0].actor_id == "IGO-EU"
    found = events(nlp, "Hundreds of Malians gathered outside the Russian embassy in Bamako to protest against "
                        "Russia.")
    assert only(found, "PROTEST").recipient[0].actor_id == "RUS"


def test_coercion_protesters_set_fire_is_a_riot(nlp):
    """"demonstrators set fire to tyres": a violent protest (CAMEO 145), not a seizure of property."""
    found = events(nlp, "Demonstrators in Lagos set fire to tyres on Tuesday.")
    riot = only(found, "PROTEST")
    assert riot.cameo == "145" and not [e for e in found if e.event_type == "COERCE"]


def test_coercion_look_alikes_are_no_coercion(nlp):
    """Sentences about coercion that tell none: a police statement, an arrest warrant, a search for survivors."""
    for text in ("Police said the march in Harare was peaceful.",
                 "Rescuers searched for survivors in the rubble in Antakya.",
                 "The group disbanded after its founder died in Kathmandu."):
        found = events(nlp, text)
        assert not [e for e in found if e.event_type in ("COERCE", "PROTEST", "MOBILIZE")], (text, found)


def test_coercion_pronoun_of_a_speaking_agent_is_that_agent(nlp):
    """"the army said it had arrested X": the pronoun is the generic agent that says it (no name is there for it),
    so the arrest is kept, attributed to the army."""
    found = events(nlp, "The army said it had detained three suspects in Kupwara.")
    arrest = only(found, "COERCE")
    assert arrest.actor[0].actor_id == "agent:MIL" and arrest.status == "attributed"
    found = events(nlp, "Police in Lahore said they had arrested 12 activists on Sunday.")
    assert only(found, "COERCE").actor[0].actor_id == "agent:COP"


def test_coercion_protesters_clashing_with_police_is_a_riot(nlp):
    """"protesters clashed with police": a violent protest (CAMEO 145), the police its recipient; troops clashing
    with rebels stay an armed fight."""
    found = events(nlp, "Demonstrators clashed with police in Nairobi on Tuesday.")
    riot = only(found, "PROTEST")
    assert riot.cameo == "145" and riot.recipient[0].actor_id == "agent:COP"
    found = events(nlp, "Sudanese troops clashed with rebels in Darfur.")
    assert only(found, "ASSAULT")


def test_coercion_patrols_stepped_up_alone_show_force_joint_ones_cooperate(nlp):
    """"stepped up patrols near X" shows force (CAMEO 150, MOBILIZE); "joint patrols" of two parties cooperate."""
    found = events(nlp, "India stepped up patrols along the border with Nepal.")
    assert only(found, "MOBILIZE").actor[0].actor_id == "IND"
    found = events(nlp, "Turkish and Russian troops held joint patrols in northern Syria.")
    assert only(found, "COOPERATE")


def test_coercion_aircraft_approaching_airspace_is_no_consultation(nlp):
    """"Russian bombers approached its airspace": movement, not an approach to a party for talks (CAMEO 040)."""
    found = events(nlp, "Norway scrambled F-35 jets after Russian bombers approached its airspace.")
    assert not [e for e in found if e.event_type == "CONSULT"], [(e.event_type, e.cameo) for e in found]
    assert only(found, "MOBILIZE").actor[0].actor_id == "NOR"


def test_coercion_protests_that_erupted_are_protests_of_an_unnamed_crowd(nlp):
    """"protests erupted in X", "riots have broken out in X", "a general strike paralysed X": a protest that took
    place, its actor the crowd it implies (protesters; workers for a strike); an expected spread is none."""
    found = events(nlp, "Angry protests erupted in Lima on Thursday.")
    protest = only(found, "PROTEST")
    assert protest.actor[0].actor_id == "agent:OPP" and protest.status == "asserted"
    found = events(nlp, "Riots have broken out in Johannesburg.")
    assert only(found, "PROTEST").cameo == "145"
    found = events(nlp, "A general strike paralysed Kathmandu on Monday.")
    assert only(found, "PROTEST").actor[0].actor_id == "agent:LAB"
    assert not [e for e in events(nlp, "Officials fear protests could spread to Arequipa.")
                if e.event_type == "PROTEST" and e.status == "asserted"]


def test_coercion_state_of_emergency_and_reservists_called_up(nlp):
    """"declared a state of emergency" is CAMEO 1724 with no one held ("state" is no party); "called up
    reservists" mobilizes forces (CAMEO 154)."""
    found = events(nlp, "Peru declared a state of emergency in Lima on Sunday.")
    emergency = only(found, "COERCE")
    assert emergency.cameo == "1724" and not emergency.recipient
    found = events(nlp, "Ukraine called up 50,000 reservists on Tuesday.")
    assert only(found, "MOBILIZE").actor[0].actor_id == "UKR"


def test_coercion_critics_of_a_leader_are_not_that_leader(nlp):
    """"arrested critics of President X": the critics are held (opposition, agent:OPP), not X."""
    found = events(nlp, "Nicaraguan police arrested several critics of President Daniel Ortega in Managua.")
    arrest = only(found, "COERCE")
    assert arrest.recipient[0].actor_id == "agent:OPP"
    assert "Daniel Ortega" not in [a.text for a in arrest.recipient]


def test_coercion_a_crowd_told_by_its_size_rallying_is_a_demonstration(nlp):
    """"Thousands of X rallied in Y in support of Z": a street demonstration (CAMEO 141), not a verbal rallying of
    support (CAMEO 053)."""
    found = events(nlp, "Thousands of Armenians rallied in Yerevan in support of the detained archbishop.")
    rally = only(found, "PROTEST")
    assert rally.cameo == "141" and not [e for e in found if e.event_type == "SUPPORT"]


def test_coercion_an_act_done_in_protest_is_a_protest(nlp):
    """"set himself on fire in protest against X", "occupied the mine in protest": a protest (CAMEO 140), what it is
    against the recipient; a state's measure taken in protest ("recalled its ambassador in protest") keeps its
    type."""
    found = events(nlp, "A Tibetan monk set himself on fire in Ngaba in protest against Chinese rule.")
    protest = only(found, "PROTEST")
    assert protest.cameo == "140" and protest.recipient[0].actor_id == "CHN"
    assert not [e for e in found if e.event_type == "COERCE"]
    found = events(nlp, "Villagers occupied a copper mine in Cajamarca in protest against pollution.")
    assert only(found, "PROTEST").actor[0].actor_id == "agent:CVL"
    found = events(nlp, "Denmark recalled its ambassador from Iran in protest.")
    assert only(found, "SANCTION") and not [e for e in found if e.event_type == "PROTEST"]


def test_coercion_crowds_clashing_storming_and_camps_cleared(nlp):
    """Striking miners or a leader's supporters clashing with police or storming buildings riot (CAMEO 145); riot
    police clearing a protest camp repress a crowd (CAMEO 175), never concede."""
    found = events(nlp, "Striking workers clashed with riot police in Durban.")
    assert only(found, "PROTEST").cameo == "145"
    found = events(nlp, "Supporters of the jailed opposition leader stormed a police station in Dakar.")
    assert only(found, "PROTEST").cameo == "145"
    found = events(nlp, "Police cleared a protest encampment outside the parliament in Tbilisi.")
    assert only(found, "ASSAULT").cameo == "175" and not [e for e in found if e.event_type == "CONCEDE"]


def test_coercion_licence_revoked_and_tanks_massed(nlp):
    """"suspended the licence of the newspaper X": an administrative sanction (CAMEO 172) on X; "massed tanks along
    the border" mobilizes forces (CAMEO 154)."""
    found = events(nlp, "Azerbaijan's government revoked the licence of the independent broadcaster Meydan TV.")
    measure = only(found, "COERCE")
    assert measure.cameo == "172" and any("Meydan" in a.text for a in measure.recipient)
    found = events(nlp, "Pakistan has massed tanks along its border with India.")
    assert only(found, "MOBILIZE").actor[0].actor_id == "PAK"
    found = events(nlp, "Russia concentrated tanks near the border with Finland.")
    assert only(found, "MOBILIZE").cameo == "154"
