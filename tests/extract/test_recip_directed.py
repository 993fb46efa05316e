"""Whom an act is directed at, in wire constructions (``extract.directed``): an envoy, ambassador or president the
dictionary does not know stands for the country named before the office, never the place after it ("Germany's
ambassador to Iraq" is Germany); a complaint lodged with a body against a party is directed at the party; an act on
a document named by its author ("a UN resolution on X") is directed at the author, its "on" phrase is its topic.
Sentences written for the project (real country names, invented events)."""

from __future__ import annotations

import pytest

from ._fictional import events, ids, kinds, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, event_type, actor, recipient", [
    ("Germany's ambassador to Iraq met Prime Minister al-Sudani in Baghdad on Monday.", "CONSULT", "DEU", None),
    ("China's special envoy for the Middle East held talks with Egyptian officials in Cairo.", "CONSULT", "CHN",
     "EGY"),
    ("France's envoy to Lebanon met Hezbollah officials.", "CONSULT", "FRA", None),
])
def test_an_envoy_acts_for_the_country_named_before_the_office(nlp, text: str, event_type: str, actor: str,
                                                               recipient: str | None) -> None:
    event = only(events(nlp, text, "2024-05-01"), event_type)
    assert ids(event.actor) == [actor]
    assert event.actor[0].text.endswith(("ambassador to Iraq", "envoy", "envoy to Lebanon"))  # the text is kept
    if recipient is not None:
        assert ids(event.recipient) == [recipient]


@pytest.mark.parametrize("text, recipient, not_recipient", [
    ("The foreign minister of Chile met Iraq's ambassador to Germany on Monday.", "IRQ", "DEU"),
    ("The Brazilian delegation met the Chinese ambassador to India.", "CHN", "IND"),
])
def test_an_ambassador_met_is_the_country_sending_him(nlp, text: str, recipient: str, not_recipient: str) -> None:
    event = only(events(nlp, text, "2024-05-01"), "CONSULT")
    assert recipient in ids(event.recipient)
    assert not_recipient not in ids(event.recipient)


def test_a_named_person_is_not_replaced_by_his_country(nlp) -> None:
    event = only(events(nlp, "Kenya's president William Ruto spoke with Tanzania's president by phone.",
                        "2024-05-01"), "CONSULT")
    assert "KEN" not in ids(event.actor)


@pytest.mark.parametrize("text, target, body", [
    ("Lebanon filed a complaint with the UN Security Council against Israel.", "ISR", "IGO-UNSC"),
    ("Venezuela lodged a protest with the United Nations against Guyana.", "GUY", "IGO-UN"),
    ("Iran complained to the IAEA about Israel.", "ISR", "IGO-IAEA"),
])
def test_a_complaint_is_directed_at_the_party_complained_against(nlp, text: str, target: str, body: str) -> None:
    event = only(events(nlp, text, "2024-05-01"), "ACCUSE")
    assert ids(event.recipient) == [target]


def test_a_complaint_lodged_with_a_party_alone_is_directed_at_it(nlp) -> None:
    event = only(events(nlp, "Japan lodged a protest with China over the buoy.", "2024-05-01"), "ACCUSE")
    assert ids(event.recipient) == ["CHN"]


@pytest.mark.parametrize("text, author, topic", [
    ("Russia vetoed a UN resolution on Syria.", "IGO-UN", "SYR"),
    ("China rejected the G7 statement on Taiwan.", "IGO-G7", "TWN"),
])
def test_an_act_on_a_document_is_directed_at_its_author_not_its_topic(nlp, text: str, author: str,
                                                                     topic: str) -> None:
    event = only(events(nlp, text, "2024-05-01"), "REJECT")
    assert ids(event.recipient) == [author]


def test_sanctions_on_a_party_still_fall_on_it(nlp) -> None:
    event = only(events(nlp, "The EU imposed new sanctions on Russia over the war.", "2024-05-01"), "SANCTION")
    assert ids(event.recipient) == ["RUS"]


def test_an_envoy_of_an_organisation_acts_for_it(nlp) -> None:
    event = only(events(nlp, "The UN envoy for Yemen met Houthi leaders in Sanaa.", "2024-05-01"), "CONSULT")
    assert ids(event.actor) == ["IGO-UN"]


@pytest.mark.parametrize("text, actor, victims", [
    ("Civilians were killed by Russian shelling in Kherson.", "Russian", "Civilians"),
    ("Two soldiers were wounded by Houthi shelling near the border.", "Houthi", "soldiers"),
])
def test_people_hit_by_a_party_s_shelling_are_its_recipients(nlp, text: str, actor: str, victims: str) -> None:
    """The parser reads "by Russian shelling" as a clause (a gerund): the attack is the party's, on those hit."""
    found = [e for e in events(nlp, text, "2024-05-01") if e.event_type == "ASSAULT" and e.recipient]
    assert found, "no attack with its victims"
    assert [r.text for r in found[0].recipient][0].endswith(victims)
    assert actor in " ".join(a.text for a in found[0].actor)


@pytest.mark.parametrize("text, addressee, third", [
    ("The Secretary of State called on Russia to use its influence with the Asad regime to halt the bombing.",
     "RUS", "Asad"),
    ("Germany appealed to China to use its leverage with Russia.", "CHN", "Russia"),
])
def test_an_appeal_is_directed_at_whom_it_addresses_not_the_party_of_the_act_asked(
        nlp, text: str, addressee: str, third: str) -> None:
    event = only(events(nlp, text, "2024-05-01"), "REQUEST")
    assert ids(event.recipient) == [addressee]
    assert not [r for r in event.recipient if third in r.text]


def test_talks_called_for_between_two_parties_stay_theirs(nlp) -> None:
    event = only(events(nlp, "Egypt called for talks between Israel and Hamas.", "2024-05-01"), "REQUEST")
    assert ids(event.recipient) == ["ISR", "PSE-HAMAS"]


@pytest.mark.parametrize("text, author", [
    ("The United States condemns in the strongest terms the regime's use of chemical weapons against its own "
     "people.", "regime"),
    ("Britain condemned Iran's interference in Iraq.", "Iran"),
    ("China criticised the Philippines' provocations in the South China Sea.", "Philippines"),
])
def test_a_condemned_conduct_is_its_author_s(nlp, text: str, author: str) -> None:
    event = only(events(nlp, text, "2024-05-01"), "ACCUSE")
    assert [r.text for r in event.recipient] == [author]


def test_the_victims_of_a_condemned_use_of_force_are_not_condemned(nlp) -> None:
    event = only(events(nlp, "Egypt condemned the use of force against protesters.", "2024-05-01"), "ACCUSE")
    assert event.recipient == []


@pytest.mark.parametrize("text, event_type, broker", [
    ("Israel and Hamas agreed to a ceasefire brokered by Qatar.", "AGREE", "QAT"),
    ("Sudan signed a peace deal with rebel groups brokered by South Sudan.", "AGREE", "SSD"),
])
def test_the_broker_of_a_deal_is_not_whom_it_is_directed_at(nlp, text: str, event_type: str, broker: str) -> None:
    event = only(events(nlp, text, "2024-05-01"), event_type)
    assert broker not in ids(event.recipient) + ids(event.actor)


@pytest.mark.parametrize("text, event_type, party", [
    ("Iran warned its enemies against any attack on its territory.", "THREATEN", "its enemies"),
    ("Japan thanked its allies for their support.", "SUPPORT", "its allies"),
    ("North Korea threatened its neighbours with missile strikes.", "THREATEN", "its neighbours"),
])
def test_a_party_named_by_its_relation_is_a_recipient(nlp, text: str, event_type: str, party: str) -> None:
    event = only(events(nlp, text, "2024-05-01"), event_type)
    assert [r.text for r in event.recipient] == [party]


@pytest.mark.parametrize("text, event_type, partner", [
    ("Spain discussed the issue of border security with Morocco.", "CONSULT", "MAR"),
    ("Chile discussed ways to expand trade with Peru.", "CONSULT", "PER"),
])
def test_talk_is_with_the_party_of_a_with_phrase_hung_inside_its_topic(nlp, text: str, event_type: str,
                                                                       partner: str) -> None:
    event = only(events(nlp, text, "2024-05-01"), event_type)
    assert ids(event.recipient) == [partner]


def test_a_topic_with_no_with_phrase_names_no_partner(nlp) -> None:
    event = only(events(nlp, "Spain discussed the situation in Morocco.", "2024-05-01"), "CONSULT")
    assert event.recipient == []


@pytest.mark.parametrize("text, event_type, actor, speaker", [
    ("Russia said NATO was threatening it.", "THREATEN", "IGO-NATO", "RUS"),
    ("China said the United States was provoking it over Taiwan.", "PROTEST", "USA", "CHN"),
])
def test_it_as_the_object_of_a_reported_act_is_the_party_reporting_it(nlp, text: str, event_type: str, actor: str,
                                                                      speaker: str) -> None:
    event = only(events(nlp, text, "2024-05-01"), event_type)
    assert ids(event.actor) == [actor]
    assert ids(event.recipient) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Britain said Iran had seized a tanker and would not release it.", "GBR"),
    ("Turkey said the strikes had hit PKK militants and destroyed them.", "TUR"),
])
def test_it_after_a_thing_of_the_clause_is_not_the_speaker(nlp, text: str, speaker: str) -> None:
    found = events(nlp, text, "2024-05-01")
    assert found
    assert all(speaker not in ids(e.recipient) for e in found), kinds(found)


@pytest.mark.parametrize("text, event_type, people", [
    ("Turkish jets bombed Kurdish militants in northern Iraq.", "ASSAULT", "Kurdish militants"),
    ("Turkey said it would retaliate against Kurdish fighters.", "THREATEN", "Kurdish fighters"),
])
def test_an_unknown_group_word_on_people_is_told_by_the_phrase(nlp, text: str, event_type: str, people: str) -> None:
    event = only(events(nlp, text, "2024-05-01"), event_type)
    assert [r.text for r in event.recipient] == [people]
