"""The invented event corpus (``resources/events/invented_events.jsonl``), training data of the learned type model:
it loads with the gold loader and is well-formed (offsets inside the sentence, types and modes of PLOVER, marks
that are what they say), and it covers every type and sentences with no event."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from annalyst.evaluate.re3d_events import INVENTED_PATH, load_gold
from annalyst.models import STATUSES
from annalyst.resources import load_json

ROOT = Path(__file__).resolve().parents[2]


def test_corpus_has_a_source_header_and_loads_with_the_gold_loader():
    first = json.loads(INVENTED_PATH.read_text(encoding="utf-8").splitlines()[0])
    assert "invented for annalyst" in first["_source"].lower()
    rows = load_gold(INVENTED_PATH)
    assert len(rows) >= 16 * 25 + 120
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)  # no sentence twice
    assert {r["split"] for r in rows} == {"train"}  # never mixed into dev or test


def test_every_mark_is_inside_its_sentence_and_of_a_valid_type_and_mode():
    plover = load_json("events", "plover.json")["types"]
    for r in load_gold(INVENTED_PATH):
        text = r["text"]
        assert (r["doc"], r["start"], r["end"]) == (r["id"], 0, len(text)), r["id"]
        assert text == text.strip() and not any(c in text for c in "<>[]{}"), r["id"]
        for e in r["events"]:
            assert e["type"] in plover, (r["id"], e["type"])
            assert e["mode"] is None or e["mode"] in plover[e["type"]]["modes"], (r["id"], e["mode"])
            assert e["status"] in STATUSES, r["id"]
            spans = [e["trigger"], *e["actor"], *e["recipient"]]
            for b, end in spans:
                assert 0 <= b < end <= len(text), (r["id"], b, end)
                piece = text[b:end]
                # a mark holds whole words and no surrounding space
                assert piece == piece.strip() and (b == 0 or not text[b - 1].isalnum()), (r["id"], piece)
                assert end == len(text) or not text[end].isalnum(), (r["id"], piece)
            tb, te = e["trigger"]
            for b, end in e["actor"] + e["recipient"]:
                assert end <= tb or b >= te, (r["id"], "an argument overlaps the trigger")


def test_corpus_covers_every_type_with_25_sentences_and_120_without_an_event():
    rows = load_gold(INVENTED_PATH)
    per_type = Counter(e["type"] for r in rows for e in r["events"])
    assert set(per_type) == set(load_json("events", "plover.json")["types"])
    assert min(per_type.values()) >= 25, per_type
    assert sum(not r["events"] for r in rows) >= 120


def test_builder_turns_marks_into_offsets(tmp_path):
    """tools/invented_events.py: the marks give the offsets of the words they enclose, the header comes first."""
    src = tmp_path / "m.txt"
    src.write_text("# a comment\nASSAULT/aerial | [Harbin jets] <strafed> {a convoy} near Velbor.\n"
                   "- | The ministry declined to comment.\n"
                   "AGREE ; CONSULT@predicted | [1:Ostria] <1:signed> a pact and <2:will meet> [2:Velm] later.\n",
                   encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "invented_events.py"), str(src)], check=True,
                         capture_output=True, text=True).stdout.splitlines()
    header, first, none, both = (json.loads(line) for line in out)
    assert "_source" in header
    text = first["text"]
    assert text == "Harbin jets strafed a convoy near Velbor."
    event = first["events"][0]
    assert (event["type"], event["mode"], event["status"]) == ("ASSAULT", "aerial", "asserted")
    assert text[slice(*event["trigger"])] == "strafed"
    assert [text[slice(*s)] for s in event["actor"]] == ["Harbin jets"]
    assert [text[slice(*s)] for s in event["recipient"]] == ["a convoy"]
    assert none["events"] == [] and none["id"] == "i0002"
    agree, consult = both["events"]
    assert both["text"][slice(*consult["trigger"])] == "will meet" and consult["status"] == "predicted"
    assert [both["text"][slice(*s)] for s in agree["actor"]] == ["Ostria"]
