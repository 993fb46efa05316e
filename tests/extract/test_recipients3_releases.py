"""Recipients of events as government releases tell them (issue 17, recipients in releases): the side an act is
done on behalf of is no recipient, aid told with its giver ("UK aid for X") goes to the party of its "for" phrase,
and help given "in support of" a partner goes to that partner. Every sentence was written for the project."""

from __future__ import annotations

import pytest

from ._fictional import countries, events, only

pytestmark = pytest.mark.slow


def ids(side):
    return [a.actor_id for a in side]


@pytest.mark.parametrize("text", [
    "The Ambassador signed the accord on behalf of the United States.",
    "The delegation signed the declaration on behalf of the Government of Canada.",
])
def test_the_side_acted_for_is_no_recipient(nlp, text):
    for e in events(nlp, text):
        assert "USA" not in ids(e.recipient) and "CAN" not in ids(e.recipient), (e.event_type, e.recipient)


@pytest.mark.parametrize("text, helped", [
    ("The Minister announced £10 million of UK aid for Yemen.", "YEM"),
    ("The Ambassador announced $3 million of American assistance for Haiti.", "HTI"),
])
def test_aid_named_with_its_giver_goes_to_the_party_it_is_for(nlp, text, helped):
    e = only(events(nlp, text), "AID")
    assert ids(e.recipient) == [helped]


def test_help_in_support_of_a_partner_goes_to_the_partner(nlp):
    e = only(events(nlp, "Coalition aircraft provided close air support in support of the Peshmerga near Erbil."),
             "AID")
    assert ids(e.recipient) == ["IRQ-PESHMERGA"]


def test_a_list_of_office_holders_is_every_counterpart(nlp):
    e = only(events(nlp, "The Secretary spoke with the Prime Minister of Italy, the Foreign Minister of Spain and the "
                         "President of Portugal."), "CONSULT")
    # an office the dictionary knows the holder of on the day is that person (Italy's prime minister), else the country
    assert countries(e.recipient) == ["ITA", "ESP", "PRT"]


def test_an_office_holder_is_the_country_of_its_of_phrase(nlp):
    e = only(events(nlp, "The Minister met the President of Ghana in Accra."), "CONSULT")
    assert ids(e.recipient) == ["GHA"]


def test_an_office_followed_by_its_holder_is_one_person(nlp):
    e = only(events(nlp, "The Minister met the President of Ghana, Kwame Asante."), "CONSULT")
    assert len(e.recipient) == 1


@pytest.mark.parametrize("text, kind, absent", [
    ("The Minister welcomed new EU listings that increase pressure on Lukashenko's regime.", "SUPPORT", "Lukashenko"),
    ("The Secretary praised the new budget law, which gives Somalia's regions more revenue.", "SUPPORT", "Somalia"),
])
def test_a_party_told_in_a_relative_clause_of_the_object_is_no_recipient(nlp, text, kind, absent):
    e = only(events(nlp, text), kind)
    assert not any(absent in a.name for a in e.recipient), e.recipient


def test_a_nationality_word_cut_from_its_title_is_no_extra_counterpart(nlp):
    e = only(events(nlp, "The Secretary met with Egyptian Foreign Minister Sameh Shoukry and Jordanian Foreign "
                         "Minister Ayman Safadi."), "CONSULT")
    assert [a.name for a in e.recipient] == ["Sameh Shoukry", "Ayman Safadi"]


def test_coordinated_nationality_words_stay_two_parties(nlp):
    e = only(events(nlp, "The Minister met Saudi and Emirati officials in Riyadh."), "CONSULT")
    assert ids(e.recipient) == ["SAU", "ARE"]


def test_a_visitor_received_is_the_counterpart_not_the_place(nlp):
    e = only(events(nlp, "The Deputy Secretary received the Foreign Minister of Armenia at the Department."),
             "CONSULT")
    assert ids(e.recipient) == ["ARM"]
