"""Turn marked-up invented sentences into lines of the invented event corpus (``invented_events.jsonl``).

Usage: ``python tools/invented_events.py [--first N] MARKUP.txt [more.txt ...] > events.jsonl`` (the header line of
the corpus file is written first; ids run ``i0001`` ... in input order, or from ``N`` to extend the corpus: then
append the lines after the header to the corpus file).

One sentence a line: ``LABEL | sentence``. ``LABEL`` is ``-`` for a sentence with no event, else
``TYPE[/mode][@status]`` (status ``attributed`` when the sentence reports a source, "said", "according to",
"told reporters", ..., else ``asserted``, unless given; several events: labels separated by `` ; ``). In the
sentence, ``<...>`` marks the trigger, ``[...]`` an actor and ``{...}`` a recipient; with several events each mark
starts with the event's number and a colon (``<2:shelled>``). Lines starting with ``#`` and blank lines are skipped.
The output has the shape of the re3d event gold (``docs/annotation.md``): each sentence is its own document, its
text is stored in ``text`` and its offsets start at 0.
"""

from __future__ import annotations

import json
import re
import sys

HEADER = {"_source": "Invented for annalyst: every sentence was written for the project (no sentence copied from "
                     "anywhere; names of real countries, groups and places, invented events). Training data of the "
                     "learned type model (extract/typemodel.py); shape of the re3d event gold (docs/annotation.md), "
                     "each sentence its own document with its text in `text`. Made with tools/invented_events.py."}
_MARK = re.compile(r"([<\[{])(?:(\d+):)?([^>\]}]*)([>\]}])")
_ROLE = {"<": "trigger", "[": "actor", "{": "recipient"}
_SOURCE = re.compile(r"\b(said|told reporters|according to|showed|the report found|mediators said)\b")


def convert(line: str, ident: str) -> dict:
    """One corpus record from one marked-up line."""
    label, _, marked = line.partition(" | ")
    events = []
    if label.strip() != "-":
        for part in label.split(";"):
            kind, _, status = part.strip().partition("@")
            etype, _, mode = kind.partition("/")
            events.append({"type": etype, "mode": mode or None, "status": status or None, "trigger": None,
                           "actor": [], "recipient": []})
    text, pos = [], 0
    for m in _MARK.finditer(marked):
        opening, number, inner, closing = m.groups()
        if "<[{".index(opening) != ">]}".index(closing):
            raise ValueError(f"{ident}: unbalanced mark {m.group(0)!r}")
        text.append(marked[pos:m.start()])
        start = sum(len(t) for t in text)
        text.append(inner)
        span = [start, start + len(inner)]
        event = events[int(number or 1) - 1]
        if _ROLE[opening] == "trigger":
            event["trigger"] = span
        else:
            event[_ROLE[opening]].append(span)
        pos = m.end()
    text.append(marked[pos:])
    sentence = "".join(text)
    if any(c in sentence for c in "<>[]{}"):
        raise ValueError(f"{ident}: stray mark in {sentence!r}")
    if any(e["trigger"] is None for e in events):
        raise ValueError(f"{ident}: an event without a trigger")
    for event in events:
        if event["status"] is None:
            event["status"] = "attributed" if _SOURCE.search(sentence) else "asserted"
    return {"id": ident, "doc": ident, "start": 0, "end": len(sentence), "split": "train", "text": sentence,
            "events": events}


def main(paths: list[str]) -> None:
    first = 1
    if paths[:1] == ["--first"]:
        first, paths = int(paths[1]), paths[2:]
    print(json.dumps(HEADER, ensure_ascii=False))
    n = first - 1
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                n += 1
                print(json.dumps(convert(line, f"i{n:04d}"), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
