"""Derive ``extract/resources/events/wordnet_verbs.json`` from Princeton WordNet 3.0's verb files.

The coder's trigger lists are closed: a verb none of them names makes no event. WordNet files every English verb
sense under a more general one ("bombard" under "attack", "airlift" under "transport"), so a verb the lists lack
can be read as the nearest more general verb they know. This script keeps, for each verb lemma, its three most
frequent senses, and for each synset reached from them its lexicographer file (body, communication,
competition, ...), its first lemmas and its hypernyms. The output is data (facts about English words), not
WordNet's glosses or examples.

Run where WordNet's database files are installed (Debian: ``apt-get install wordnet-base``)::

    python tools/wordnet_verbs.py /usr/share/wordnet > src/annalyst/extract/resources/events/wordnet_verbs.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SENSES = 3  # most frequent senses kept per lemma (WordNet orders a lemma's senses by tagged frequency)
LEMMAS = 4  # lemmas kept per synset (the synset's first, most common words)
LEXFILES = {29: "body", 30: "change", 31: "cognition", 32: "communication", 33: "competition", 34: "consumption",
            35: "contact", 36: "creation", 37: "emotion", 38: "motion", 39: "perception", 40: "possession",
            41: "social", 42: "stative", 43: "weather"}


def _synsets(folder: Path) -> dict[str, tuple[int, list[str], list[str]]]:
    """Offset -> (lexicographer file number, lemmas, hypernym offsets) for every verb synset."""
    out: dict[str, tuple[int, list[str], list[str]]] = {}
    for line in (folder / "data.verb").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # licence header
        fields = line.split(" | ")[0].split()
        offset, lexfile, count = fields[0], int(fields[1]), int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers = int(fields[at])
        hypernyms = [fields[at + 1 + 4 * i + 1] for i in range(pointers)
                     if fields[at + 1 + 4 * i] == "@" and fields[at + 1 + 4 * i + 2] == "v"]
        out[offset] = (lexfile, words, hypernyms)
    return out


def _senses(folder: Path) -> dict[str, list[str]]:
    """Lemma -> its synset offsets, most frequent first."""
    out: dict[str, list[str]] = {}
    for line in (folder / "index.verb").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, synset_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
        offsets = fields[4 + pointer_count + 2:]
        assert len(offsets) == synset_count, lemma
        out[lemma] = offsets[:SENSES]
    return out


def _licence(folder: Path) -> str:
    """WordNet's licence notice, which its terms require on every copy of the database or of a modification of it:
    the numbered header lines of ``data.verb``."""
    lines = []
    for line in (folder / "data.verb").read_text(encoding="utf-8").splitlines():
        if not line.startswith("  "):
            break
        lines.append(line.strip().split(" ", 1)[1].strip() if " " in line.strip() else "")
    return " ".join(x for x in lines if x)


def build(folder: Path) -> dict:
    synsets = _synsets(folder)
    senses = _senses(folder)
    index: dict[str, int] = {}
    table: list[list] = []

    def visit(offset: str) -> int:
        if offset in index:
            return index[offset]
        index[offset] = len(table)
        row: list = []
        table.append(row)
        lexfile, words, hypernyms = synsets[offset]
        row.extend([LEXFILES[lexfile], [w.replace("_", " ") for w in words[:LEMMAS]],
                    [visit(h) for h in hypernyms]])
        return index[offset]

    lemmas = {lemma.replace("_", " "): [visit(o) for o in offsets] for lemma, offsets in sorted(senses.items())}
    return {
        "_licence": _licence(folder),
        "_source": "Derived by tools/wordnet_verbs.py from Princeton WordNet 3.0 (verb index and data files; WordNet "
                   "licence, Princeton University): per verb lemma its three most frequent senses; per synset its "
                   "lexicographer file, first four lemmas and hypernyms. No glosses or examples.",
        "senses": lemmas,
        "synsets": table,
    }


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    data = build(folder)
    sys.stdout.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
