"""Domestic political conflict: resignations handed over, and parties named by their relation to another
(supporters, rivals, allies of a leader). Invented sentences with real country names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events, only

DAY = "2026-11-30"


def _sides(event) -> tuple[list[str], list[str]]:
    return [a.text for a in event.actor], [a.text for a in event.recipient]


@pytest.mark.parametrize("text, leaver", [
    ("Chancellor Ilse Brandt submitted her resignation to President Karl Weber on Tuesday.", "Ilse Brandt"),
    ("Justice Minister Omar Diallo tendered his resignation after the prison scandal.", "Omar Diallo"),
    ("Senegal's labour minister Awa Ndoye handed in her resignation on Friday.", "Awa Ndoye"),
    ("Prime Minister Jonas Berg presented his resignation to King Olav on Monday.", "Jonas Berg"),
    ("Foreign Minister Lena Petrova announced her resignation on Thursday.", "Lena Petrova"),
])
def test_pol16_resignation_handed_over_is_a_resignation(nlp, text, leaver):
    """A resignation submitted, tendered, presented, announced or handed in is the resignation (docs/annotation.md:
    a resignation is RETREAT), not a concession; the head of state it is handed to is its addressee, no
    recipient."""
    found = events(nlp, text, DAY)
    event = only(found, "RETREAT")
    assert event.mode == "resign"
    actors, recipients = _sides(event)
    assert any(leaver in a for a in actors), actors
    assert recipients == []
    assert "CONCEDE" not in {e.event_type for e in found}


def test_pol16_quit_as_office_is_a_resignation(nlp):
    """"quit as prime minister" leaves the office: a resignation."""
    event = only(events(nlp, "Peter Novak quit as prime minister of Slovakia on Sunday.", DAY), "RETREAT")
    assert event.mode == "resign"
    assert any("Peter Novak" in a for a in _sides(event)[0])


@pytest.mark.parametrize("text, kind", [
    ("The opposition in Kenya submitted a petition to the Supreme Court.", "REQUEST"),
    ("President Lidia Varga accepted the resignation of Interior Minister Tomas Ferenc.", "CONCEDE"),
])
def test_pol16_other_uses_of_the_verbs_keep_their_codes(nlp, text, kind):
    """Negatives: the same verbs with another object keep their generated codes; accepting another's resignation
    is no resignation of the one who accepts."""
    found = events(nlp, text, DAY)
    assert kind in {e.event_type for e in found}
    assert "RETREAT" not in {e.event_type for e in found}


@pytest.mark.parametrize("text, event_type, actor, not_actor", [
    ("Putin critics staged a rally in Moscow on Saturday.", "PROTEST", "Putin critics", "Putin"),
    ("Bolsonaro supporters stormed the Congress building in Brasilia.", "PROTEST", "Bolsonaro supporters",
     "Bolsonaro"),
    ("Prime Minister Tshisekedi lost his majority. His former supporters accused him of betraying the coalition.",
     "ACCUSE", "His former supporters", "Tshisekedi"),
    ("Mugabe's rivals urged South Africa to intervene in Zimbabwe.", "REQUEST", "rivals", "Mugabe"),
])
def test_pol16_associates_named_by_a_leader_are_not_the_leader(nlp, text, event_type, actor, not_actor):
    """A party named by its relation to another ("Putin critics", "his former supporters", "Mugabe's rivals") is that
    group, not the leader its possessor or modifier names: the leader is the other side."""
    event = only(events(nlp, text, DAY), event_type)
    actors, _ = _sides(event)
    assert any(actor in a for a in actors), actors
    assert not any(a == not_actor or a.endswith(" " + not_actor) for a in actors), actors


@pytest.mark.parametrize("text, event_type, actor", [
    ("Russia's foreign ministry accused Ukraine of shelling the plant.", "ACCUSE", "Russia"),
    ("Kenyan police arrested the opposition leader Raila Odinga in Nairobi.", "COERCE", "Kenya"),
])
def test_pol16_owner_of_an_organ_still_acts(nlp, text, event_type, actor):
    """Negatives: a state's ministry or police is coded as the state, as before (no relation noun)."""
    event = only(events(nlp, text, DAY), event_type)
    assert any(actor in a.name or actor in a.text for a in event.actor), _sides(event)


@pytest.mark.parametrize("text, event_type, hit", [
    ("Zimbabwean police used rubber bullets in an effort to scatter opposition supporters in Harare.", "ASSAULT",
     "opposition supporters"),
    ("Ugandan soldiers fired rubber bullets in a bid to scatter the marchers in Kampala.", "ASSAULT", "marchers"),
    ("Malawian troops fired warning shots and tear gas canisters to scatter a crowd of teachers in Lilongwe.", "THREATEN",
     "teachers"),
])
def test_pol16_force_used_to_drive_a_crowd_off_hits_the_crowd(nlp, text, event_type, hit):
    """Force used "in an effort" or "in a bid" to drive people off, or warning shots fired to
    disperse them: the people driven off are whom the act is aimed at."""
    event = only(events(nlp, text, DAY), event_type)
    assert any(hit in r for r in _sides(event)[1]), _sides(event)


def test_pol16_force_for_another_purpose_names_no_crowd(nlp):
    """Negative: an attempt to do something else names no one hit."""
    event = only(events(nlp, "Kenyan police used tear gas in an effort to restore order in Nairobi.", DAY),
                 "ASSAULT")
    assert _sides(event)[1] == []


@pytest.mark.parametrize("text", [
    "Incumbent Patrice Talon beat Lionel Zinsou by 200,000 votes to win the presidency of Benin.",
    "Adama Barrow defeated Yahya Jammeh in the presidential election in Gambia.",
    "Gustavo Petro beat Rodolfo Hernandez in a runoff in Colombia.",
    "The Democratic Party of Japan won 308 seats in the parliament of Japan.",
])
def test_pol16_an_election_won_is_no_act(nlp, text):
    """An election won, a rival beaten at the polls or seats won are the outcome of a vote, no act of force or
    cooperation between the candidates."""
    found = events(nlp, text, DAY)
    assert not {e.event_type for e in found} & {"ASSAULT", "COOPERATE"}, [(e.event_type, e.evidence[0].trigger)
                                                                        for e in found]


def test_pol16_forces_defeated_in_battle_still_fight(nlp):
    """Negative: forces defeated in a place are still an assault."""
    assert only(events(nlp, "Ethiopian troops defeated Tigrayan fighters in Mekelle.", DAY), "ASSAULT")


@pytest.mark.parametrize("text, asked", [
    ("Strikes in Omdurman grew into demands that President Bashir step down.", "RETREAT"),
    ("Sit-ins in Khartoum became demands that President Omar al-Bashir step down at once.", "RETREAT"),
])
def test_pol16_act_asked_in_a_demand_noun_is_no_act(nlp, text, asked):
    """What a demand or call asks ("demands that the president step down") is no act told (docs/annotation.md:
    the act an appeal or demand asks for is not an event)."""
    found = events(nlp, text, DAY)
    assert asked not in {e.event_type for e in found}, [(e.event_type, e.evidence[0].trigger) for e in found]


def test_pol16_act_reported_in_a_noun_clause_is_still_told(nlp):
    """Negative: a report's clause tells an act done ("reports that X resigned"), not one asked."""
    found = events(nlp, "Reports that Prime Minister Ariel Henry resigned spread in Haiti on Monday.", DAY)
    assert "RETREAT" in {e.event_type for e in found}


@pytest.mark.parametrize("text, author", [
    ("Ghana's electoral commission turned down demands by the opposition for a vote recount in Accra.", "opposition"),
    ("Malawi's high court rejected calls by the protesters for a fresh vote.", "protesters"),
])
def test_pol16_rejected_demand_is_aimed_at_its_author_named_by_a_common_noun(nlp, text, author):
    """A demand rejected is aimed at the party whose demand it was, also when a common noun names that party in
    its "by" phrase ("turned down calls by the protesters for new polls")."""
    event = only(events(nlp, text, DAY), "REJECT")
    assert any(author in r for r in _sides(event)[1]), _sides(event)


@pytest.mark.parametrize("text, event_type, actor, place", [
    ("Militants in Mozambique said they had seized the port of Mocimboa da Praia.", "COERCE", "Militants",
     "Mozambique"),
    ("Students in Bangladesh said they had blockaded the main highway to Dhaka.", "PROTEST", "Students",
     "Bangladesh"),
])
def test_pol16_pronoun_of_a_party_in_a_country_is_the_party(nlp, text, event_type, actor, place):
    """"X in <country> said it/they ...": the pronoun is the party noun that said it, not the country of its "in"
    phrase."""
    event = only(events(nlp, text, DAY), event_type)
    actors = _sides(event)[0]
    assert any(actor in a for a in actors) and place not in actors, actors


def test_pol16_pronoun_of_a_named_country_still_resolves(nlp):
    """Negative: a country that says "it" is still the country."""
    event = only(events(nlp, "Mozambique said it had seized the port of Mocimboa da Praia from militants.", DAY),
                 "COERCE")
    assert "Mozambique" in _sides(event)[0]


@pytest.mark.parametrize("text", [
    "Soldiers beat two reporters in Conakry, according to local media and witnesses who spoke to Human Rights Watch.",
    "Residents who talked to Reuters said soldiers in Conakry beat two reporters.",
])
def test_pol16_a_source_reached_is_no_talk(nlp, text):
    """How a report's source was reached ("witnesses who spoke to Human Rights Watch") is no talk between parties."""
    assert "CONSULT" not in {e.event_type for e in events(nlp, text, DAY)}


def test_pol16_a_talk_in_a_relative_clause_of_a_party_is_still_told(nlp):
    """Negative: a party that spoke to another, told in a relative clause of no source, still held talks."""
    found = events(nlp, "President Ruto, who spoke to President Museveni by phone on Monday, flew to Kampala.", DAY)
    assert "CONSULT" in {e.event_type for e in found}
