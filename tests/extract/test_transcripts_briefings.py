"""Briefing and press-conference transcripts: speaker labels ("MR ALDEN:", "QUESTION:", "Q:") open turns; a label
is never a party, a reporter's question asserts nothing and a reporter's statement is told by the press; the
answers' "we" is the government that publishes the transcript. Transcripts written for the project."""

from __future__ import annotations

import pytest

from annalyst.extract.agents import is_author
from annalyst.extract.transcripts import blank_labels, find_turns
from ._fictional import analyzed, only


def _labels(text: str) -> list[tuple[str, bool]]:
    return [(t.label, t.asker) for t in find_turns(text)]


def test_labels_open_turns_at_line_starts_and_after_a_sentence() -> None:
    text = ("MR ALDEN: Good afternoon. I have one item at the top.\nQUESTION: Thanks. On Chad? "
            "SECRETARY BRANDT: We are watching closely.\nQ: And Niger?\nGENERAL MARLOW-VANCE: Nothing today.")
    assert _labels(text) == [("MR ALDEN", False), ("QUESTION", True), ("SECRETARY BRANDT", False), ("Q", True),
                             ("GENERAL MARLOW-VANCE", False)]
    turns = find_turns(text)
    assert turns[1].end == turns[2].label_start and turns[-1].end == len(text)
    blanked = blank_labels(text, turns)
    assert len(blanked) == len(text) and "ALDEN" not in blanked and "QUESTION" not in blanked
    assert "Good afternoon." in blanked and "Nothing today." in blanked


def test_labels_with_a_parenthetical_and_the_bare_q_of_white_house_transcripts() -> None:
    text = ("MS. ALDEN:  Good afternoon.\nQ    Thank you. Did Russia strike the dam?\n"
            "PRESIDENT DUVAL (as interpreted): We agreed on the next steps.")
    assert _labels(text) == [("MS. ALDEN", False), ("Q", True), ("PRESIDENT DUVAL", False)]
    assert "interpreted" not in blank_labels(text, find_turns(text))
    assert find_turns("The Q  score was high.\nQuestions remain.") == []


def test_a_bare_q_turn_is_the_reporters(nlp) -> None:
    text = ("MS. ALDEN:  Good afternoon.\nQ    The Maduro government arrested two opposition leaders on Sunday. "
            "Any comment?\nMS. ALDEN:  We are looking into it.")
    assert only(analyzed(nlp, text).events, "COERCE").status == "attributed"


@pytest.mark.parametrize("text", [
    "WASHINGTON: The talks will resume on Monday.",  # a dateline in capitals
    "NOTE: The briefing was moved to the afternoon.",
    "The minister said: We will not accept this.",
    "Secretary Brandt: a profile of the new envoy.",  # title case in running text
    "The schedule was as follows. 10:30 arrival.",
    # a byline or an opening question in mixed case is no transcript: one label, no answer
    "Reporter: Lena Marsh\n\nArnor shelled the port of Dol Amroth on Monday.",
    "Press: Northern Radio\nArnor troops shelled the border posts on Tuesday.",
    "Question: who pays for the war? Arnor shelled the port overnight, the army said.",
    "QUESTION: who pays for the war? Arnor shelled the port overnight, the army said.",
    "The ministry said so. Official: the talks failed.",  # mixed case after a sentence
    "Staff: The ministry said the talks failed.",
    # a capitals heading that starts with a title word is no speaker label: the words after it are no name
    "GENERAL ELECTION: Labour wins.\nThe vote was held on Thursday.",
    "MAJOR ATTACK: Troops shelled the port on Tuesday.",
    "MINISTER RESIGNS: The cabinet met on Friday.",
    "CAPTAIN AMERICA: the film opened on Friday.",
    "DIRECTOR GENERAL: The agency published its report.",
    "PRESIDENT ELECTED: The count ended on Sunday.",
])
def test_text_that_is_no_transcript_has_no_turns(text: str) -> None:
    assert find_turns(text) == []


def test_mixed_case_labels_open_turns_at_line_starts_of_a_dialogue() -> None:
    text = "Question: Will Arnor reopen the crossing?\nAnswer: We have nothing to announce today."
    assert _labels(text) == [("Question", True), ("Answer", False)]
    assert _labels("Q: Will Arnor reopen the crossing? A: Nothing to announce.") == [("Q", True), ("A", False)]
    # after "MR" or "MS." any word is a name, even one that is also a heading word
    assert _labels("MS. HAIL: Good afternoon.\nQ: On Chad?") == [("MS. HAIL", False), ("Q", True)]


def test_a_byline_or_opening_question_leaves_the_article_asserted(nlp) -> None:
    for text in ("Reporter: Lena Marsh\n\nRussia attacked Kyiv on Monday.",
                 "Question: who pays for the war? Russia shelled Kharkiv overnight."):
        assert only(analyzed(nlp, text).events, "ASSAULT").status == "asserted", text


def test_no_evidence_sentence_holds_a_speaker_label(nlp) -> None:
    text = ("MR ALDEN: Good afternoon. Russia attacked Kyiv on Monday.\nQUESTION: Will the United States "
            "sanction China?\nMR ALDEN: We condemn Russia's attack on Kyiv.\nQUESTION: Thank you.")
    result = analyzed(nlp, text)
    assert result.events
    for event in result.events:
        for ev in event.evidence:
            assert ev.sentence == text[ev.start:ev.end]
            assert ev.sentence == ev.sentence.strip()
            assert "ALDEN" not in ev.sentence and "QUESTION" not in ev.sentence, ev.sentence
    assert any(ev.sentence == "Russia attacked Kyiv on Monday." for e in result.events for ev in e.evidence)


def test_a_speaker_label_is_never_a_party(nlp) -> None:
    result = analyzed(nlp, "MR ALDEN: The Houthis fired three anti-ship missiles at a cargo ship in the Red Sea.")
    event = only(result.events, "ASSAULT")
    assert [a.actor_id for a in event.actor] == ["YEM-HOUTHIS"]
    assert not any("ALDEN" in m.text for m in result.mentions)
    result = analyzed(nlp, "GENERAL MARLOW: Iranian-backed militias attacked a convoy near Erbil on Sunday.")
    assert not any("MARLOW" in a.text for e in result.events for a in e.actor + e.recipient)


def test_a_reporters_question_asserts_nothing(nlp) -> None:
    text = ("QUESTION: Did Russia shell the dam in Kherson yesterday?\n"
            "MR ALDEN: I'm not going to get ahead of the investigation.")
    assert not [e for e in analyzed(nlp, text).events if e.event_type == "ASSAULT"]
    text = "Q: Has Egypt agreed to open the crossing?\nMR ALDEN: I don't have anything to announce."
    assert not [e for e in analyzed(nlp, text).events if e.event_type == "AGREE"]


def test_a_reporters_statement_is_told_not_asserted(nlp) -> None:
    text = ("QUESTION: On Venezuela, the Maduro government arrested two opposition leaders on Sunday. "
            "Do you have any comment?\nMR ALDEN: We are following those reports closely.")
    event = only(analyzed(nlp, text).events, "COERCE")
    assert event.status == "attributed"


def test_a_reporters_own_we_is_not_the_publisher(nlp) -> None:
    text = "QUESTION: We call on Russia to release our colleague. Will you raise his case?\nMR ALDEN: We will."
    assert not [e for e in analyzed(nlp, text).events if e.event_type == "REQUEST"]


def test_the_officials_answer_is_the_publishers_assertion(nlp) -> None:
    text = ("QUESTION: What is your reaction to the missile launch?\n"
            "MR ALDEN: We condemn the launch by North Korea in the strongest terms.")
    event = only(analyzed(nlp, text).events, "ACCUSE")
    assert event.status == "asserted" and [a.actor_id for a in event.recipient] == ["PRK"]
    assert [a.text for a in event.actor] == ["We"] and all(is_author(a) or a.name.startswith("the author")
                                                         for a in event.actor)


@pytest.mark.parametrize("noun", ["that attack", "the attack", "this attack", "the bombing"])
def test_an_answer_condemns_the_attack_the_question_told(nlp, noun: str) -> None:
    """"that attack" refers back to the latest earlier attack: the condemnation is addressed to its author."""
    text = (f"QUESTION: Hamas shelled Ashkelon this morning. What is your reaction?\n"
            f"MR ALDEN: We condemn {noun} in the strongest terms.")
    event = only(analyzed(nlp, text).events, "ACCUSE")
    assert event.status == "asserted" and [a.actor_id for a in event.recipient] == ["PSE-HAMAS"]


@pytest.mark.parametrize("text", [
    "MR ALDEN: I don't want to speculate on whether Israel will strike Rafah.",
    "MR ALDEN: I'm not going to get ahead of the President on whether he will send troops to Niger.",
    "MR ALDEN: We have no comment about whether Russia attacked the convoy.",
])
def test_a_hedged_answer_on_whether_asserts_nothing(nlp, text: str) -> None:
    assert analyzed(nlp, text).events == []


def test_a_named_speakers_i_is_the_speaker_and_we_his_government(nlp) -> None:
    """The label names the speaker: a person the dictionary holds is the "I" of the turn, and the "we" is his
    country (the foreign minister of a joint press conference speaks for his own government)."""
    text = "SECRETARY BLINKEN: I met with Foreign Minister Wang Yi in Vientiane this morning."
    assert [a.actor_id for a in only(analyzed(nlp, text).events, "CONSULT").actor] == ["P-ANTONY-BLINKEN"]
    text = "QUESTION: Thank you.\nFOREIGN MINISTER LAVROV (as interpreted): We reject the demands of the West."
    event = only(analyzed(nlp, text).events, "REJECT")
    assert [(a.actor_id, a.text) for a in event.actor] == [("RUS", "We")]


def test_a_speaker_the_dictionary_does_not_know_stays_the_author(nlp) -> None:
    text = "SECRETARY ALDEN: I met with Foreign Minister Wang Yi in Vientiane this morning."
    event = only(analyzed(nlp, text).events, "CONSULT")
    assert [a.text for a in event.actor] == ["I"] and event.actor[0].name.startswith("the author")


def test_an_evidence_sentence_holds_no_wire_dateline_either(nlp) -> None:
    """A dateline is blanked like a label: the evidence starts at the report's first word."""
    text = "KYIV, March 3 (Reuters) - Russian forces shelled Kharkiv on Tuesday, officials said."
    ev = only(analyzed(nlp, text).events, "ASSAULT").evidence[0]
    assert ev.sentence == text[ev.start:ev.end] and ev.sentence.startswith("Russian forces shelled")
