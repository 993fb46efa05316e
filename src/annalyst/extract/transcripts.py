"""Briefing and press-conference transcripts: speaker labels and the turns they open.

Governments publish briefings as turns, each opened by an upper-case speaker label and a colon ("MR PRICE:",
"SECRETARY KERRY:", "GENERAL VOTEL:", "QUESTION:", "Q:", "MODERATOR:"), at the start of a line or after the end of
the previous turn's sentence. The label names who speaks; it is not part of what is said:

* ``find_turns(text)`` finds the labels (``resources/events/transcripts.json``: a label is a title followed by an
  upper-case name, or one of the listed role labels; an upper-case dateline or heading such as "WASHINGTON:" is
  neither, nor is a heading that starts with a title word when the words after it are no name: "GENERAL ELECTION:",
  "MINISTER RESIGNS:") and the turns they open. A label in mixed case ("Question:", "Answer:") counts only at the
  start of a line, and only a dialogue has turns: a text with one label, or with reporters' labels only (a byline
  "Reporter: ...", an opening "Question: ..."), keeps at most a lone official's label in capitals ("MR PRICE:");
* ``blank_labels(text, turns)`` gives the text as the parser should see it, every label replaced by spaces (same
  length, like a wire dateline): a label is never an actor mention or a party, and it no longer glues the end of
  one turn to the start of the next into one sentence (``mark_turns`` starts a sentence at every turn);
* ``transcript_events(doc, events)`` settles the events of a reporter's turn ("QUESTION:", "Q:"): the reporter
  asks, the government does not assert. Its questions are no events already (``oneact.direct_question``); an event
  the reporter tells as fact ("The army says it killed a commander. Can you comment?") is ``attributed`` (told by
  the press), and an event of the reporter's own "we" / "I" is no event of the publisher's.

The answers' "we" and "I" are the text's author (``agents.author_party``), the government that publishes the
transcript (``docs/annotation.md``), unless the turn's label names a person the actor dictionary holds
("SECRETARY BLINKEN:", "FOREIGN MINISTER LAVROV (as interpreted):", ``speaker_of``): then "I" is that person and
"we" the speaker's country (the foreign minister of a joint press conference speaks for his own government).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

__all__ = ["Turn", "find_turns", "blank_labels", "mark_turns", "transcript_events", "turn_at", "speaker_of"]

#: a candidate label: up to six capitalised words before a colon, at the start of a line or after a sentence's end
_LABEL = re.compile(r"(?:^|(?<=\n)|(?<=[.?!]\s)|(?<=[.?!][\"”’]\s))[ \t]*"
                    r"(?:(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,5})(?:[ \t]*\([^()\n]{1,40}\))?:"
                    r"(?=[ \t]|\r?\n|$)|(?<![^\n])(?P<bare>Q)(?=[ \t]{2,}\S))")
#: (a label may carry a parenthetical, "PRESIDENT MACRON (as interpreted):"; a reporter's turn may open with a bare
#: "Q" and two spaces at the start of a line, as White House transcripts print it)


#: the score at which a label's name is taken for a known person (the actor linker's default ``link_threshold``)
_LINK_SCORE = 0.86


@dataclass(frozen=True)
class Turn:
    """One turn of a transcript: its label's and its speech's character offsets, and whether a reporter speaks."""

    label: str
    label_start: int
    label_end: int  # after the colon
    end: int  # where the next label starts, or the end of the text
    asker: bool


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from ..resources import resource_path

    data = json.loads(resource_path("events", "transcripts.json").read_text(encoding="utf-8"))
    return frozenset(data["titles"]), frozenset(data["asker_labels"]), frozenset(data["role_labels"])


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words that are no name after a title: the listed heading words, the event trigger words and the words of the
    titles themselves ("DIRECTOR GENERAL:")."""
    from ..resources import resource_path

    data = json.loads(resource_path("events", "transcripts.json").read_text(encoding="utf-8"))
    triggers = json.loads(resource_path("events", "triggers.json").read_text(encoding="utf-8"))
    words = set(data["not_names"]) | {w for title in data["titles"] for w in title.split()}
    return frozenset(words | {w for key in ("verbs", "nouns") for w in triggers[key] if " " not in w})


#: titles that only ever come before a name
_HONORIFICS = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr."})
#: endings of common nouns that are no surnames ("ELECTION", "INVASION", "AGREEMENT", "CRISIS" is listed)
_NOUN_ENDING = re.compile(r"(?:[ts]ions?|ments?|ness|ities|ity|isms?)$")


def _name_like(words: list[str]) -> bool:
    """Whether the upper-case words after a title look like a name: none is a heading word, an event word (also
    inflected: "RESIGNS", "ATTACKED"), a title word or a common noun by its ending."""
    stop = _not_names()
    for word in words:
        low = word.lower().strip(".'’")
        stems = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith(("es", "ed")) else low,
                 low[:-1] if low.endswith("d") else low}
        if not low or stems & stop or (len(low) > 5 and _NOUN_ENDING.search(low)):
            return False
    return True


def _kind(label: str) -> str | None:
    """``"asker"``, ``"speaker"`` or None (no speaker label) for the words before a colon."""
    titles, askers, roles = _lexicon()
    low = " ".join(label.lower().split())
    if low in askers:
        return "asker"
    if low in roles and (label.isupper() or len(low) > 1):
        return "speaker"
    words = label.split()
    if len(words) < 2 or not all(w.isupper() for w in words):
        return None  # "Secretary Kerry:" in running text, "WASHINGTON:": no label
    lows = low.split()
    for size in (3, 2, 1):
        if len(words) > size and " ".join(lows[:size]) in titles:
            if lows[0] in _HONORIFICS or _name_like(words[size:]):  # "MR PRICE:", "MR BAN:" are names
                return "speaker"
            return None  # "GENERAL ELECTION:", "MINISTER RESIGNS:"
    return None


def find_turns(text: str) -> list[Turn]:
    """The turns of ``text`` opened by speaker labels, in text order (none for a text that is no transcript)."""
    if ":" not in text and "Q  " not in text and "Q\t" not in text:
        return []
    found: list[tuple[str, int, int, bool]] = []
    for match in _LABEL.finditer(text):
        label = match.group("label") or match.group("bare")
        kind = _kind(label)
        start = match.start("label" if match.group("label") else "bare")
        if kind is not None and (label.isupper() or not text[:start].strip(" \t") or text[:start].rstrip(" \t")
                                 .endswith("\n")):  # "Question:" in mixed case only at the start of a line
            found.append((label, start, match.end(), kind == "asker"))
    if len(found) < 2 or all(asker for _, _, _, asker in found):
        # no dialogue: a byline ("Reporter: ..."), an opening question or a lone role label opens no turn; a lone
        # official's label in capitals ("MR ALDEN:", "SECRETARY BLINKEN:") still does
        found = [f for f in found if not f[3] and f[0].isupper() and len(f[0]) > 1]
    return [Turn(label, start, end, found[i + 1][1] if i + 1 < len(found) else len(text), asker)
            for i, (label, start, end, asker) in enumerate(found)]


def blank_labels(text: str, turns: list[Turn]) -> str:
    """``text`` with every speaker label and its colon replaced by spaces (same length)."""
    if not turns:
        return text
    chars = list(text)
    for turn in turns:
        chars[turn.label_start:turn.label_end] = " " * (turn.label_end - turn.label_start)
    return "".join(chars)


def mark_turns(doc: Any, turns: list[Turn]) -> None:
    """Start a sentence at the first word of every turn of the unparsed ``doc`` (its label blanked): the parser keeps
    a set boundary, so a reporter's question and the answer after it are never one sentence."""
    if not turns:
        return
    starts = sorted(t.label_end for t in turns)
    at = 0  # the next label end not yet reached
    words = False
    for token in doc:
        if token.idx >= starts[at] and not token.is_space:
            if words:  # (the first turn of the text starts its first sentence anyway)
                token.is_sent_start = True
            while at < len(starts) and starts[at] <= token.idx:
                at += 1
            if at == len(starts):
                break
        words = words or not token.is_space


def turn_at(turns: list[Turn], char: int) -> Turn | None:
    """The turn the character offset ``char`` lies in, or None (before the first label, or no transcript)."""
    hit = None
    for turn in turns:
        if turn.label_start > char:
            break
        hit = turn
    return hit if hit is not None and char < hit.end else None


def speaker_of(turn: Turn, dictionary: Any) -> Any | None:
    """The dictionary's one person the label of an official's turn names ("SECRETARY BLINKEN",
    "FOREIGN MINISTER LAVROV (as interpreted)": the name after the title, or a surname that links to one known person,
    "SECRETARY KERRY"), or None (a role label, a name the dictionary does not hold or holds for several people)."""
    if turn.asker or dictionary is None:
        return None
    titles = _lexicon()[0]
    words = turn.label.split()
    lows = [w.lower() for w in words]
    for size in (3, 2, 1):
        if len(words) > size and " ".join(lows[:size]) in titles:
            words = words[size:]
            break
    else:
        return None
    name = " ".join(words)
    hits = [a for a in dictionary.lookup_exact(name) if a.kind == "person"]
    if hits:
        return hits[0] if len(hits) == 1 else None
    # a surname the dictionary holds only in a longer name ("SECRETARY KERRY", "GEN. AUSTIN"): the one person it
    # names as the actor linker would link it in running text ("Secretary Kerry said"), never one of several
    found = dictionary.candidates(name, {"person"}, limit=2, min_score=_LINK_SCORE)
    if found and (len(found) == 1 or found[1][1] < found[0][1] - 0.02) and \
            _fold(found[0][0].name.split()[-1]) == _fold(words[-1]):  # the surname itself, not a near spelling
        return found[0][0]
    return None


def _fold(word: str) -> str:
    """A name word without case and accents ("Guterres" for "GUTERRES", "Antonio" for "António")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _as_speaker(party: Any, speaker: Any, dictionary: Any) -> Any:
    """The author's "I" as the labelled speaker, its "we" as the speaker's country (``docs/annotation.md``: the
    speaker's government); any other party as it is."""
    from ..models import EventActor
    from .agents import is_author

    if not is_author(party):
        return party
    if party.text.lower() in ("i", "me"):
        return EventActor(actor_id=speaker.id, name=speaker.name, text=party.text)
    country = dictionary.find(speaker.country) if speaker.country else None
    if country is None:
        return party
    return EventActor(actor_id=country.id, name=country.name, text=party.text)


def transcript_events(doc: Any, events: list[Any], dictionary: Any = None) -> list[Any]:
    """``events`` with those of reporters' turns settled and the first person of a named official's turn made the
    speaker (see the module docstring)."""
    from .agents import is_author

    turns = getattr(doc._, "turns", None) or []
    if not turns:
        return events
    out = []
    speakers: dict[int, Any] = {}
    for event in events:
        char = event.evidence[0].start if event.evidence else None
        turn = turn_at(turns, char) if char is not None else None
        if turn is None:
            out.append(event)
        elif not turn.asker:
            if turn.label_start not in speakers:
                speakers[turn.label_start] = speaker_of(turn, dictionary)
            speaker = speakers[turn.label_start]
            if speaker is not None and any(is_author(p) for p in event.actor + event.recipient):
                event = replace(event, actor=[_as_speaker(p, speaker, dictionary) for p in event.actor],
                                recipient=[_as_speaker(p, speaker, dictionary) for p in event.recipient])
            out.append(event)
        elif any(is_author(p) for p in event.actor):
            continue  # "QUESTION: We have seen reports that ...": the reporter's own "we"
        elif event.status == "asserted":
            out.append(replace(event, status="attributed"))
        else:
            out.append(event)
    return out
