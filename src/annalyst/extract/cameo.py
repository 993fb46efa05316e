"""Readers for the CAMEO/PETRARCH verb dictionary format and the CAMEO -> PLOVER conversion table.

Both are sources of *facts* (a verb or a verb + object pattern -> a CAMEO code; a CAMEO code -> PLOVER type, mode,
context). ``tools/build_event_lexicon.py`` uses them to write ``resources/events/cameo_verbs.json`` and
``resources/events/cameo_plover.json``; ``annalyst evaluate --gold petrarch`` uses them to read the validation
verb dictionary at run time.

Verb dictionary format (PETRARCH 1.0): a block starts ``---  NAME   [code]  ---``; verb lines follow (``WORD``,
``WORD {FORM FORM}``, ``+MULTI_WORD {...}``, optionally ``WORD [code]``), then pattern lines
``- <words before> * <words after> [code] # VERB``; ``&NAME`` blocks define synonym sets (``+MEMBER`` lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

__all__ = ["VerbPattern", "VerbEntry", "parse_verb_dictionary", "parse_cameo_plover", "plover_for_code", "cameo_patterns"]

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---")
_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass
class VerbPattern:
    """Words around the verb: ``before`` and ``after`` are lists of elements, each a list of alternative phrases
    (words joined by spaces must be consecutive; elements appear in order, with gaps allowed between them)."""

    code: str
    before: list[list[str]] = field(default_factory=list)
    after: list[list[str]] = field(default_factory=list)
    phrase: str = ""

    @property
    def words(self) -> list[str]:
        return [alt for element in self.after for alt in element[:1]]


@dataclass
class VerbEntry:
    lemma: str  # lowercase, multiword verbs with spaces ("carry out")
    code: str | None
    forms: list[str] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)


def _clean_word(word: str) -> str:
    return word.strip("+$%^_").replace("_", " ").lower().strip()


def _read_synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            current = line.split()[0]
            synsets[current] = []
        elif current and line.startswith("+"):
            synsets[current].append(line[1:].strip())
        elif not line.strip():
            continue
        else:
            current = None
    return synsets


def _expand(token: str, synsets: dict[str, list[str]], depth: int = 0) -> list[str]:
    if token.startswith("&") and depth < 3:
        name = token.split("_")[0] if token not in synsets else token
        out: list[str] = []
        for member in synsets.get(name, synsets.get(token, [])):
            out.extend(_expand(member, synsets, depth + 1))
        return out
    word = _clean_word(token)
    return [word] if word else []


#: the element of a pattern that stands for a compound subject ("%" in the dictionary)
COMPOUND_SUBJECT = "%"
_MARKERS = frozenset({"+", "$", "%", "^", ""})
#: most alternatives kept for one element (synonym sets of weapons or currencies run to hundreds)
MAX_ALTERNATIVES = 300


def _elements(text: str, synsets: dict[str, list[str]]) -> list[list[str]]:
    """One side of a pattern as elements (see ``VerbPattern``)."""
    out: list[list[str]] = []
    for part in re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", text):
        if part.startswith("{"):
            words = [w for w in (_clean_word(x) for x in part.strip("{}").split()) if w]
            if words:
                out.append([" ".join(words)])
            continue
        if part.startswith("("):
            out.extend(_elements(part.strip("()"), synsets))
            continue
        alts = [""]
        for piece in part.split("_"):
            if piece in _MARKERS:
                continue
            members = _expand(piece, synsets) if piece.startswith("&") else [_clean_word(piece)]
            members = [" ".join(m.split()) for m in members if m.strip()]
            if not members:
                continue
            alts = [f"{a} {m}".strip() for a in alts for m in members][:MAX_ALTERNATIVES]
        alts = sorted({a for a in alts if a})
        if alts:
            out.append(alts)
    return out


def _code(text: str) -> str | None:
    code = text.strip()
    if not code or code.startswith("---") or code.startswith(":"):
        return None  # no code, or a code for the reversed dyad only
    code = code.split(":")[0].strip()
    return code or None


def parse_verb_dictionary(text: str) -> dict[str, VerbEntry]:
    """Verb entries by lemma (lowercase; multiword verbs joined by spaces)."""
    lines = text.splitlines()
    synsets = _read_synsets(lines)
    entries: dict[str, VerbEntry] = {}
    block_code: str | None = None
    block_verbs: list[VerbEntry] = []
    in_block = False
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        comment = raw.split("#", 1)[1] if "#" in raw else ""
        if not line.strip():
            continue
        m = _BLOCK.match(line)
        if m:
            in_block = True
            block_code = _code(m.group(2))
            block_verbs = []
            continue
        if line.startswith("&"):
            in_block = False
            continue
        if not in_block:
            continue
        if line.startswith("-"):
            pm = _CODE.search(line)
            if not pm:
                continue
            code = _code(pm.group(1))
            if not code:
                continue
            body = line[1:pm.start()].strip()
            if "*" not in body:
                continue
            before_text, after_text = body.split("*", 1)
            before = _elements(before_text, synsets)
            if "%" in before_text.split():
                before = [[COMPOUND_SUBJECT], *before]  # "% *": the subject is a compound (Gondor and Arnor)
            pattern = VerbPattern(code=code, before=before, after=_elements(after_text, synsets), phrase=body)
            if not pattern.before and not pattern.after:
                continue
            named = {_clean_word(v) for v in re.split(r"[ ,]+", comment) if v.strip()} if line.startswith("-") else set()
            targets = [e for e in block_verbs if e.lemma in named or any(f in named for f in e.forms)] or block_verbs
            for entry in targets:
                entry.patterns.append(pattern)
            continue
        # a verb line
        own = _CODE.search(line)
        head = line[:own.start()] if own else line
        head = re.sub(r"\{[^}]*\}", "", head).strip()
        forms = re.findall(r"\{([^}]*)\}", line)
        if not head or " " in head.strip():
            continue
        lemma = _clean_word(head)
        if not lemma or not re.match(r"^[a-z][a-z \-']*$", lemma):
            continue
        code = _code(own.group(1)) if own else block_code
        entry = entries.get(lemma)  # type: ignore[assignment]
        if entry is None:
            entry = VerbEntry(lemma=lemma, code=code)
            entries[lemma] = entry
        elif entry.code is None:
            entry.code = code
        if forms:
            entry.forms.extend(_clean_word(f) for f in forms[0].split() if _clean_word(f))
        block_verbs.append(entry)
    return entries


def cameo_patterns(entry: VerbEntry) -> list[list]:
    """An entry's patterns as JSON-ready ``[before, after, code]`` lists (duplicates dropped, order kept)."""
    out: list[list] = []
    seen: set[str] = set()
    for p in entry.patterns:
        key = repr((p.before, p.after, p.code))
        if key not in seen:
            seen.add(key)
            out.append([p.before, p.after, p.code])
    return out


def parse_cameo_plover(text: str) -> dict[str, dict]:
    """CAMEO code -> ``{"event_type", "mode", "context": [...], "label"}`` from CAMEO2PLOVER-2021.txt."""
    out: dict[str, dict] = {}
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#") or raw.startswith("~"):
            continue
        label = raw.split("#", 1)[1].strip() if "#" in raw else ""
        line = raw.split("#", 1)[0]
        if ":" not in line:
            continue
        code, rest = line.split(":", 1)
        fields = [f.strip() for f in rest.split(",")]
        if not fields or not fields[0]:
            continue
        mode = fields[1] if len(fields) > 1 and fields[1] else None
        context = [c.strip() for c in fields[2].split(";") if c.strip()] if len(fields) > 2 else []
        out[code.strip()] = {"event_type": fields[0].upper(), "mode": mode, "context": context, "label": label}
    return out


def plover_for_code(code: str | None, table: dict[str, dict]) -> dict | None:
    """The PLOVER entry for a CAMEO code: the code itself, else its ancestors (4 -> 3 -> 2 digits)."""
    if not code:
        return None
    code = code.strip()
    for n in range(len(code), 1, -1):
        hit = table.get(code[:n])
        if hit and (n == len(code) or n >= 2):
            if n < len(code) and len(code[:n]) == 2:
                # a root: its "0" child is the generic entry when present
                return table.get(code[:2] + "0", hit)
            return hit
    return None


def codes_in(text: str) -> Iterable[str]:  # pragma: no cover - small helper for tools
    return (_code(m) or "" for m in _CODE.findall(text))
