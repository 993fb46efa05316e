"""Words of force and of conflict used for words or for no act between parties, as political news writes a war of
words: an attack of speech is a criticism (ACCUSE), a campaign against an ill, an electorate targeted, a threat to
resign and a plan sanctioned (approved) are no events; the same words in their material sense stay. Invented
sentences with real names; the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-25"  # a Wednesday


def _typed(found, event_type):
    return [e for e in found if e.event_type == event_type]


@pytest.mark.parametrize("text, actor, recipient", [
    # the object is a statement, a policy or a decision: words are criticised, their author is the recipient
    ("Pakistan's foreign office attacked India's statement on Kashmir as baseless.", "foreign office", "India"),
    # a reason of speech or conduct
    ("Senator Elizabeth Warren attacked President Trump over his remarks on trade.", "Warren", "Trump"),
    ("Chief Minister Stalin attacked Governor Ravi for delaying the bills.", "Stalin", "Ravi"),
    # a medium of speech
    ("Former president Jacob Zuma attacked his successor Cyril Ramaphosa on social media.", "Zuma", "Ramaphosa"),
    ("President Ruto fired shots at his deputy Rigathi Gachagua in a televised address.", "Ruto", "Gachagua"),
    # a manner only speech has
    ("Erdogan sharply attacked the Dutch government on Sunday.", "Erdogan", "Dutch government"),
    # the subject goes on speaking
    ("The Chinese embassy fired back at Canberra, calling the report a fabrication.", "Chinese", "Canberra"),
    # a speaker that wields no force of its own
    ("Finance Minister Nirmala Sitharaman fired a broadside at the Reserve Bank of India.", "Sitharaman",
     "Reserve Bank"),
    # an attack noun only words make, and a named person's attacks on another person
    ("The ANC launched a blistering attack on the Democratic Alliance at a rally in Durban.", "ANC",
     "Democratic Alliance"),
    ("Trump's attacks on Justin Trudeau drew condemnation from Ottawa.", "Trump", "Trudeau"),
    # the retort the lexicon codes for "hit back at", and a clash of words over a bill
    ("Moscow hit back against Warsaw on Tuesday.", "Moscow", "Warsaw"),
    ("Prime Minister Orban clashed with Ursula von der Leyen over the budget.", "Orban", "von der Leyen"),
    # a passive, or an attack undergone, told with its reason of speech
    ("Rahul Gandhi was attacked by the BJP over his remarks on China.", "BJP", "Rahul Gandhi"),
    ("Modi came under attack from the Congress over the new farm laws.", "Congress", "Modi"),
])
def test_fig15_attack_of_words_is_a_criticism(nlp, text, actor, recipient):
    """A word of force told with a statement or policy object, a reason of speech, a medium of speech, a manner or
    modifier only speech has, a saying that goes on, or a speaker subject is an attack of words: a criticism
    (ACCUSE, CAMEO 111 criticize or denounce), never an ASSAULT; the one criticised is the recipient."""
    found = events(nlp, text, DAY)
    assert not _typed(found, "ASSAULT"), found
    accuse = [e for e in _typed(found, "ACCUSE") if e.cameo == "111"]
    assert accuse, found
    assert any(actor.lower() in " ".join(a.text for a in e.actor).lower() and
               recipient.lower() in " ".join(a.text for a in e.recipient).lower() for e in accuse), accuse


@pytest.mark.parametrize("text", [
    "The White House took aim at Senator Ted Cruz over his comments on the budget.",
    "Macron took a swipe at Viktor Orban in an interview with Le Monde.",
])
def test_fig15_taking_aim_at_a_party_is_a_criticism(nlp, text):
    """The idiom "take aim / a swipe at X" is a criticism of X (ACCUSE disapprove), no shot."""
    found = events(nlp, text, DAY)
    assert [e.mode for e in _typed(found, "ACCUSE")] == ["disapprove"], found
    assert not _typed(found, "ASSAULT")


def test_fig15_slamming_a_decision_criticises_its_author(nlp):
    """A verb of verbal attack whose object is a decision or a resolution criticises the author (the possessor),
    as "criticised Washington's decision" does."""
    found = events(nlp, "Beijing slammed Washington's decision to sell arms to Taiwan.", DAY)
    accuse = _typed(found, "ACCUSE")
    assert [(a.text, r.text) for e in accuse for a in e.actor for r in e.recipient] == [("Beijing", "Washington")]


def test_fig15_an_olive_branch_is_an_offer_to_settle(nlp):
    """An olive branch extended to a party is an offer to settle a dispute (CAMEO 037, AGREE), the party it is
    held out to the recipient."""
    found = events(nlp, "Prime Minister Modi extended an olive branch to Pakistan.", DAY)
    agree = _typed(found, "AGREE")
    assert [e.cameo for e in agree] == ["037"]
    assert [r.text for r in agree[0].recipient] == ["Pakistan"]


@pytest.mark.parametrize("text", [
    "President Tinubu launched a campaign against graft.",
    "The Philippine government launched a campaign against drug trafficking.",
    "Indonesia's communications ministry launched a crackdown on fake news.",
    "The BJP is targeting young voters in the northern states.",
    "Senator Manchin threatened to resign if the bill passed.",
    "Finance Minister Christian Lindner threatened to quit over the spending cuts.",
    "The cabinet of Narendra Modi sanctioned the plan to build a new airport.",
])
def test_fig15_words_of_conflict_for_no_act_between_parties(nlp, text):
    """A campaign or crackdown against no party, an electorate targeted for votes, a threat to resign one's post
    and a plan sanctioned in the sense of approved are no act between parties: no event (docs/annotation.md, acts
    aimed at an abstract ill)."""
    assert events(nlp, text, DAY) == []


@pytest.mark.parametrize("text, event_type, recipient", [
    ("Militants attacked a convoy of peacekeepers near Gao.", "ASSAULT", "peacekeepers"),
    ("Russian forces attacked Ukrainian positions in the Donetsk region.", "ASSAULT", "Ukrainian"),
    ("Kenyan police attacked the protesters with batons.", "ASSAULT", "protesters"),
    ("Police attacked protesters over the new tax bill.", "ASSAULT", "protesters"),
    ("Unknown assailants attacked the opposition leader's convoy in Harare.", "ASSAULT", "opposition leader"),
    ("The Taliban targeted voters at a polling station in Kabul.", "ASSAULT", "voters"),
    ("Putin attacked Ukraine in February 2022.", "ASSAULT", "Ukraine"),
    ("Armed men clashed with police in Lagos.", "ASSAULT", "police"),
    ("Israel launched a campaign against Hamas in Gaza.", None, "Hamas"),
    ("Senator Warren threatened to quit the coalition.", "THREATEN", "coalition"),
    ("The EU sanctioned three Russian banks.", "SANCTION", "Russian banks"),
    ("The journalist was attacked by a mob over a land dispute.", "ASSAULT", "journalist"),
    ("Kyiv came under attack from Russian drones overnight.", "ASSAULT", "Kyiv"),
])
def test_fig15_material_senses_stay(nlp, text, event_type, recipient):
    """The same words in their material sense, or aimed at a party, keep their event: an attack by a force, a
    crowd, or on a country; a campaign against a named party; a threat to leave a coalition; a sanction on banks."""
    found = events(nlp, text, DAY)
    assert found, text
    hits = [e for e in found if (event_type is None or e.event_type == event_type) and
            recipient.lower() in " ".join(a.text for a in e.recipient).lower()]
    assert hits, found
    if event_type == "ASSAULT":
        assert not _typed(found, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The BJP wrested the Amethi seat from the Congress.",
    "Labour captured 40 seats from the Conservatives in the local elections.",
    "The opposition seized control of the Senate from President Ruto's party.",
    "Netanyahu refused to rule out early elections.",
])
def test_fig15_seats_won_and_options_kept_open_are_no_events(nlp, text):
    """A seat, a majority or control of a chamber "wrested", "captured" or "seized" by a party is won at the polls,
    no seizure (COERCE); a refusal to rule something out keeps an option open and refuses nothing a party asked
    (no REJECT)."""
    assert events(nlp, text, DAY) == []


@pytest.mark.parametrize("text, event_type", [
    ("Soldiers seized control of parliament in Niamey.", "COERCE"),
    ("Troops captured the town of Kidal from the rebels.", "COERCE"),
    ("The Taliban captured two districts in Kunduz province.", "COERCE"),
    ("Government forces shelled rebel-held districts of Idlib.", "ASSAULT"),
    ("Hamas refused to release the hostages.", "REJECT"),
])
def test_fig15_seizures_and_refusals_stay(nlp, text, event_type):
    """A chamber seized by soldiers, a town captured and a refusal to do what is asked keep their events."""
    assert _typed(events(nlp, text, DAY), event_type)


def test_fig15_abusing_a_measure_is_no_assault(nlp):
    """"abusing tariffs" in the reason of a criticism is misconduct with a measure, no assault; the criticism
    stays, and abused prisoners stay an assault."""
    found = events(nlp, "China condemned the US for abusing tariffs.", DAY)
    assert not _typed(found, "ASSAULT") and _typed(found, "ACCUSE")
    assert _typed(events(nlp, "Guards abused the prisoners at the Abu Ghraib prison.", DAY), "ASSAULT")
