"""Joint statements and communiqués: who "we" and "they" are when several parties speak as one, and a joint
statement adopted.

* "We, the Foreign Ministers of X, met ..." names the statement's authors once: its "we", and the demands it makes
  with a bare "must", are theirs (``agents.signatories``, ``eventargs.Args.group``, ``obligations.unspoken``), not
  an unnamed author's;
* "ASEAN ministers met ... They urged ..." and "The leaders of X met ... They ...": "they" are the body whose members
  the previous subject names (``eventargs``, the previous sentence's subject);
* "adopted a joint statement" is an agreement (``triggers.json``, "adopt"), as a declaration adopted is;
* '"We welcome X," they said': the speaker "they" is never a party named inside the quote (``quotes``,
  ``eventargs``).

Sentences written for the project; the full English pipeline."""

from __future__ import annotations

from ._fictional import events, kinds, only

DAY = "2026-12-06"


def _names(side) -> list[str]:
    return sorted(a.name for a in side)


def test_cmq18_we_of_ministers_of_a_body_is_the_body(nlp):
    text = ("We, the Foreign Ministers of the Organization of American States, met in Panama City on Friday. "
            "We call on Nicaragua to free the detained bishops.")
    found = events(nlp, text, DAY)
    appeal = only(found, "REQUEST")
    assert _names(appeal.actor) == ["Organization of American States"]
    assert _names(appeal.recipient) == ["Nicaragua"]


def test_cmq18_bare_must_in_a_signed_statement_is_the_signatories_demand(nlp):
    text = ("We, the leaders of the African Union, gathered in Malabo this week. "
            "Chad must hand power to a civilian government within a year.")
    demand = only(events(nlp, text, DAY), "REQUEST")
    assert _names(demand.actor) == ["African Union"]
    assert _names(demand.recipient) == ["Chad"]


def test_cmq18_we_of_ministers_of_listed_states_is_each_state(nlp):
    text = "We, the Governments of Kenya, Uganda and Tanzania, condemn the raid on the Dadaab camp by al-Shabaab."
    accusation = only(events(nlp, text, DAY), "ACCUSE")
    assert _names(accusation.actor) == ["Kenya", "Tanzania", "Uganda"]


def test_cmq18_we_with_no_named_signatory_stays_the_author(nlp):
    # negative: an apposition that names no party leaves the unnamed author
    text = "We, the undersigned organisations, urge Egypt to release the jailed bloggers."
    appeal = only(events(nlp, text, DAY), "REQUEST")
    assert [a.name for a in appeal.actor] == ["the author"]


def test_cmq18_plain_we_stays_the_author(nlp):
    # negative: no apposition at all
    appeal = only(events(nlp, "We call on Serbia to pull its police out of the north.", DAY), "REQUEST")
    assert [a.name for a in appeal.actor] == ["the author"]


def test_cmq18_quoted_we_stays_the_speaker(nlp):
    # negative: a named speaker's quoted "we" is the speaker, even after a signed apposition elsewhere
    text = ("We, the Foreign Ministers of the Organization of American States, met in Panama City on Friday. "
            "\"We condemn the blockade of the port,\" the Cuban foreign minister said.")
    accusation = only(events(nlp, text, DAY), "ACCUSE")
    assert "Organization of American States" not in _names(accusation.actor)


def test_cmq18_they_after_ministers_named_by_their_body(nlp):
    text = "ASEAN ministers met in Vientiane on Monday. They urged Myanmar to free the detained lawmakers."
    appeal = only(events(nlp, text, DAY), "REQUEST")
    assert _names(appeal.actor) == ["Association of Southeast Asian Nations"]
    assert _names(appeal.recipient) == ["Myanmar"]


def test_cmq18_they_after_leaders_of_a_body(nlp):
    text = "The leaders of the Arab League met in Manama. They condemned Israel for the blockade of Gaza."
    accusation = only(events(nlp, text, DAY), "ACCUSE")
    assert _names(accusation.actor) == ["Arab League"]


def test_cmq18_he_after_ministers_named_by_their_body_is_not_the_body(nlp):
    # negative: a person pronoun agrees with no members' subject
    text = "ASEAN ministers met in Vientiane on Monday. He urged Myanmar to free the detained lawmakers."
    assert all(_names(e.actor) != ["Association of Southeast Asian Nations"]
               for e in events(nlp, text, DAY) if e.event_type == "REQUEST")


def test_cmq18_joint_statement_adopted_is_an_agreement(nlp):
    agreement = only(events(nlp, "Peru and Ecuador adopted a joint statement on river fishing rights.", DAY), "AGREE")
    assert _names(agreement.actor) == ["Ecuador", "Peru"]


def test_cmq18_stance_adopted_is_no_agreement(nlp):
    # negative: a stance adopted is no statement
    assert kinds(events(nlp, "Peru adopted a tougher stance toward Ecuador on fishing.", DAY)) == []


def test_cmq18_they_speaking_a_quote_are_the_body_not_a_party_it_names(nlp):
    text = ("The Mercosur ministers met in Asuncion. "
            "\"We welcome the resumption of trade talks with Canada,\" they said on Friday.")
    support = only(events(nlp, text, DAY), "SUPPORT")
    assert _names(support.actor) == ["Mercosur"] and _names(support.recipient) == ["Canada"]


def test_cmq18_it_speaking_a_quote_is_the_host_named_before(nlp):
    text = "Kenya hosted the border talks in Nairobi. \"Somalia must withdraw its maritime claim,\" it said."
    demand = only(events(nlp, text, DAY), "REQUEST")
    assert _names(demand.actor) == ["Kenya"] and _names(demand.recipient) == ["Somalia"]


def test_cmq18_named_speaker_of_a_quote_unchanged(nlp):
    # negative: a speaker named after the quote stays the speaker
    text = "\"We will not negotiate with Hamas,\" Israel said on Monday."
    refusal = only(events(nlp, text, DAY), "REJECT")
    assert _names(refusal.actor) == ["Israel"] and _names(refusal.recipient) == ["Hamas"]


def test_cmq18_possessive_apostrophe_is_no_quotation(nlp):
    # a possessive's apostrophe ("ISIS' attacks") leaves the sentence the signatories' own
    text = "We, the Ministers of the Global Coalition, met in Rome. We condemn ISIS' raids on Yazidi villages."
    accusation = only(events(nlp, text, DAY), "ACCUSE")
    assert _names(accusation.actor) == ["Global Coalition to Defeat ISIS"]


def test_cmq18_they_after_leaders_of_a_body_s_member_states(nlp):
    text = ("The foreign ministers of the ASEAN member states met in Hanoi. "
            "They called on Myanmar's generals to stop bombing villages.")
    appeal = only(events(nlp, text, DAY), "REQUEST")
    assert _names(appeal.actor) == ["Association of Southeast Asian Nations"]


def test_cmq18_they_after_ministers_of_a_body_the_dictionary_lacks(nlp):
    text = "The Kestrel Group ministers met in Tallinn. They urged Belarus to free the detained journalists."
    appeal = only(events(nlp, text, DAY), "REQUEST")
    assert _names(appeal.actor) == ["Kestrel Group"] and _names(appeal.recipient) == ["Belarus"]


def test_cmq18_signatories_aim_no_act_at_themselves(nlp):
    text = ("We, the Ministers of the Global Coalition, met in Rome. "
            "We renew our support for the Coalition's founding principles.")
    support = only(events(nlp, text, DAY), "SUPPORT")
    assert _names(support.actor) == ["Global Coalition to Defeat ISIS"] and support.recipient == []


def test_cmq18_meeting_taken_part_in_is_a_meeting(nlp):
    found = events(nlp, "Egypt participated in the summit in Algiers on Thursday.", DAY)
    assert _names(only(found, "CONSULT").actor) == ["Egypt"]
    found = events(nlp, "Morocco took part in the consultations on Western Sahara in Geneva.", DAY)
    assert _names(only(found, "CONSULT").actor) == ["Morocco"]


def test_cmq18_other_things_taken_part_in_are_no_meeting(nlp):
    # negative: a contest or a press conference taken part in is no meeting
    assert kinds(events(nlp, "Chile participated in the Pan American Games in Lima.", DAY)) == []
    assert kinds(events(nlp, "Chile took part in a press conference in Lima.", DAY)) == []


def test_cmq18_coordinated_portfolios_are_offices_not_parties(nlp):
    text = "The Foreign and Defence Ministers of Portugal met their Moroccan counterparts in Rabat."
    meeting = only(events(nlp, text, DAY), "CONSULT")
    assert _names(meeting.actor) == ["Portugal"] and _names(meeting.recipient) == ["Morocco"]


def test_cmq18_coordinated_peoples_before_ministers_stay_parties(nlp):
    # negative: two peoples' words before the office noun are two parties
    meeting = only(events(nlp, "The Kenyan and Ugandan foreign ministers met in Kampala.", DAY), "CONSULT")
    assert _names(meeting.actor) == ["Kenya", "Uganda"]


def test_cmq18_it_after_a_body_s_statement_is_the_body(nlp):
    text = ("The Gulf Cooperation Council statement also criticised Iran. "
            "\"We condemn the seizure of the tanker by Iran,\" it said.")
    accusations = [e for e in events(nlp, text, DAY) if e.event_type == "ACCUSE"]
    assert len(accusations) == 2 and all(_names(e.actor) == ["Gulf Cooperation Council"] for e in accusations)


def test_cmq18_it_after_a_person_is_not_a_paper_s_body(nlp):
    # negative: a person's pronoun is no paper's issuer
    text = "The Gulf Cooperation Council statement also criticised Iran. He called on Iran to free the crew."
    assert all("Gulf Cooperation Council" not in _names(e.actor) for e in events(nlp, text, DAY)
               if e.event_type == "REQUEST")


def test_cmq18_a_body_named_after_the_listed_states_is_one_signatory_among_them(nlp):
    """"We, the Ministers of A, B and C, and the EU's foreign policy chief": the states and the union sign together;
    the union, named last, is not the statement's one author."""
    text = ("We, the Foreign Ministers of Chile, Peru and Colombia, and the foreign policy chief of the European "
            "Union, condemn the attack on the port of Arica.")
    found = events(nlp, text, DAY)
    condemnation = only(found, "ACCUSE")
    assert _names(condemnation.actor) == ["Chile", "Colombia", "European Union", "Peru"]


def test_cmq18_ministers_of_a_country_in_the_plural_are_that_countrys_people(nlp):
    """"The Foreign Ministers of Egypt, Jordan and Iraq met": the first country is no unknown person named
    "Foreign Ministers of Egypt"; a single office keeps its holder or candidate as before."""
    meeting = only(events(nlp, "The Foreign Ministers of Egypt, Jordan and Iraq met in Cairo on Monday.", DAY),
                   "CONSULT")
    assert _names(meeting.actor) == ["Egypt", "Iraq", "Jordan"]
    single = only(events(nlp, "The Minister of Foreign Affairs of Chile met the Peruvian envoy.", DAY), "CONSULT")
    assert [a.actor_id for a in single.actor] != ["CHL"]
