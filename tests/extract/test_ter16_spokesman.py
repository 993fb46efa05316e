"""A group's spokesperson quoted in an incident report: "we" in the quote is the group the speaker speaks for, and
its acts told in a quote of several sentences are attributed to the speaker. Invented sentences with real names;
the full English pipeline."""

from __future__ import annotations

import pytest

from ._fictional import events

DAY = "2026-11-30"


@pytest.mark.parametrize("text, group", [
    ('"We overran the army post at Tessit and killed eleven soldiers," Abu Talha, a spokesman for Jama\'at Nusrat '
     'al-Islam wal-Muslimin, told Reuters.', "Jama'at Nusrat al-Islam wal-Muslimin"),
    ('Ali Dhere, al-Shabaab\'s military spokesman, told Reuters: "We captured the town of Balcad this morning."',
     "Al-Shabaab"),
    ('"We captured the town of Balcad this morning," said Ali Dhere, the spokesman of al-Shabaab.', "Al-Shabaab"),
])
def test_ter16_spokesmans_we_is_the_group(nlp, text, group):
    """The spokesperson's "we" is the group; the person only speaks for it."""
    found = events(nlp, text, DAY)
    assert found and all([a.name for a in e.actor] == [group] for e in found)
    assert all(e.status == "attributed" for e in found)


def test_ter16_officials_we_stays_the_official(nlp):
    """Negative: a police chief is no spokesperson of a named group; his "we" stays as resolved before."""
    found = events(nlp, '"We arrested nine suspects in Peshawar," police chief Karim Durrani told reporters.', DAY)
    assert [(e.event_type, [a.name for a in e.actor]) for e in found] == [("COERCE", ["Karim Durrani"])]


def test_ter16_spokesmans_acts_in_a_quote_of_several_sentences_are_attributed(nlp):
    """An act told in the first sentence of a quote whose speaker is named after its last sentence is the group's
    claim, attributed, as the act in the last sentence is."""
    found = events(nlp, '"We captured the base. We destroyed four army trucks," Ali Dhere, al-Shabaab\'s military '
                   'spokesman, told Reuters.', DAY)
    assert [(e.event_type, e.status) for e in found] == [("COERCE", "attributed"), ("ASSAULT", "attributed")]
    assert all([a.name for a in e.actor] == ["Al-Shabaab"] for e in found)


def test_ter16_they_in_a_direct_quote_is_not_the_speaker(nlp):
    """In a direct quote "they" are others than the speaker: the general who reports an attack is not its actor."""
    found = events(nlp, '"They attacked our positions at dawn," General Yusuf Ali told reporters.', DAY)
    assert not any(a.name == "Yusuf Ali" for e in found for a in e.actor)


def test_ter16_they_in_reported_speech_is_still_the_speaker(nlp):
    """Negative: in reported speech "police said they had arrested X" the police arrested."""
    found = events(nlp, "Police said they had arrested three Taliban suspects in Quetta.", DAY)
    assert [(e.event_type, [a.text for a in e.actor]) for e in found] == [("COERCE", ["Police"])]
