"""Score actor and place mentions against the re3d entity gold (dstl/re3d public subsets).

re3d gives, per subset folder, ``documents.json`` (one JSON object a line: ``_id``, ``text``) and ``entities.json``
(``documentId``, ``begin``, ``end`` character offsets, ``type``, ``value``, ``confidence``). We score the four types
that correspond to our output:

==============  ==========================================================================================
re3d type       our prediction
==============  ==========================================================================================
Person          a mention whose actor is a person (linked, candidate or pronoun coreference)
Organisation    a mention of any other actor; a government phrase; a plural of nationals ("Iraqis")
Nationality     a singular nationality adjective ("Syrian") or an unknown group adjective ("Yazidi")
Location        a place mention (``doc.spans["places"]``), and a country named without an article
==============  ==========================================================================================

A person named by a role ("president of Afghanistan", "the Emir of Qatar") is a Person and the country named
inside it one more entity, as re3d nests them ("the UK Special Representative for Syria" holds "Syria").

**Matching rule**: a prediction matches a gold entity of the same type when their character ranges overlap (re3d
spans include determiners and titles inconsistently: "the Iraqi Foreign Minister", "Prime Minister Abadi");
each gold entity and each prediction is used at most once, the largest overlaps first. Precision = matched
predictions / predictions, recall = matched gold / gold, F1 their harmonic mean; ``overall`` is micro-averaged over
the four types. Gold entities below ``min_confidence`` are left out (re3d's confidence is annotator agreement; some
zero-confidence entries are noise such as "deny" or "April" typed Person).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError

__all__ = ["TYPES", "load_re3d", "predictions", "score", "evaluate_re3d", "is_name"]

TYPES = ("Person", "Organisation", "Location", "Nationality")
_NATIONALITY_KINDS = frozenset({"group"})


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    text = text.strip()
    if text.startswith("["):
        return json.loads(text)
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except ValueError as exc:
                raise InputError(f"{path}:{lineno}", f"not JSON: {exc}") from exc
    return out


def load_re3d(root: Path) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """``({document id: text}, [gold entity])`` from every subset folder under ``root`` (or ``root`` itself)."""
    root = Path(root)
    folders = [root] if (root / "documents.json").is_file() else sorted(p for p in root.iterdir() if (p / "documents.json").is_file())
    if not folders:
        raise InputError(str(root), "no re3d documents.json found")
    docs: dict[str, str] = {}
    gold: list[dict[str, Any]] = []
    for folder in folders:
        for d in _read_jsonl(folder / "documents.json"):
            docs[d["_id"]] = d["text"]
        for e in _read_jsonl(folder / "entities.json"):
            if e.get("type") in TYPES:
                gold.append(e)
    return docs, gold


def predictions(doc) -> list[tuple[int, int, str]]:
    """``(begin, end, re3d type)`` for a processed spaCy doc (see the table in the module docstring).

    re3d types a country named bare mostly as a Location ("in Iraq", "Iraq faces ...", "The UK has supported" is
    one of many exceptions) and with an article mostly as an Organisation ("the United States"); we follow that: a
    country named with "the" or as a modifier ("U.S. forces") is an Organisation, otherwise a Location; a singular
    nationality adjective ("Syrian") is a Nationality; a government phrase or plural ("the Government of Iraq",
    "Iraqis") an Organisation.
    """
    from ..actors.dictionary import default_dictionary
    from ..extract.nameforms import is_vessel

    d = default_dictionary()
    actors = doc._.actors or {}
    places = list(doc.spans.get("places", []))
    out: dict[tuple[int, int], str] = {(p.start_char, p.end_char): "Location" for p in places}
    for m in doc.spans.get("mentions", []):
        if is_vessel(m):
            continue  # a ship acting for its state ("HMS Corrib"): a vessel, none of the four types
        actor = actors.get(m.kb_id_)
        kind = actor.kind if actor is not None else m.label_
        key = (m.start_char, m.end_char)
        first = doc[m.start]
        if m.end - m.start > 1 and d.demonym(first.text) is not None and not first.text.endswith("s"):
            # "Iraqi forces", "Iraqi Prime Minister X": the nationality adjective inside an organisation or a
            # person's title (re3d nests the two)
            out.setdefault((first.idx, first.idx + len(first.text)), "Nationality")
        if kind == "person":
            out[key] = "Person"
            continue
        if kind == "country":
            iso = d.demonym(m.text)
            if iso is not None:
                out[key] = "Organisation" if m.text.endswith("s") else "Nationality"
            elif actor is not None and d.country_code(m.text) == actor.id:
                determined = m.start > 0 and doc[m.start - 1].lower_ == "the"
                modifier = m.root.dep_ in ("compound", "amod", "nmod") and m.root.head.i >= m.end
                out[key] = "Organisation" if determined or modifier else out.get(key, "Location")
            else:
                out[key] = "Organisation"
        elif kind in _NATIONALITY_KINDS:
            out[key] = "Organisation" if m.text.endswith("s") else "Nationality"
        else:
            out[key] = "Organisation"
    _nested_in_roles(doc, out)
    return [(b, e, t) for (b, e), t in out.items()]


def _nested_in_roles(doc, out: dict[tuple[int, int], str]) -> None:
    """A country the model found inside a person's role mention ("president of Afghanistan", "Emir of Qatar") is its
    own entity: a Location named bare, an Organisation with "the" ("of the Kingdom of Saudi Arabia")."""
    roles = [(m.start, m.end) for m in doc.spans.get("mentions", []) if out.get((m.start_char, m.end_char)) == "Person"]
    for ent in doc.ents:
        if ent.label_ != "GPE" or not any(b < ent.start and ent.end <= e for b, e in roles):
            continue
        first = ent.start + (doc[ent.start].lower_ == "the")
        key = (doc[first].idx, ent.end_char)
        if first < ent.end and key not in out:
            determined = first > 0 and doc[first - 1].lower_ == "the"
            out[key] = "Organisation" if determined else "Location"


def score(pred: Iterable[tuple[str, int, int, str]], gold: Iterable[tuple[str, int, int, str]]) -> dict[str, Any]:
    """P/R/F1 by type and overall for ``(doc id, begin, end, type)`` tuples, by the overlap rule."""
    by_key: dict[tuple[str, str], tuple[list, list]] = defaultdict(lambda: ([], []))
    for doc_id, b, e, t in pred:
        by_key[(doc_id, t)][0].append((b, e))
    for doc_id, b, e, t in gold:
        by_key[(doc_id, t)][1].append((b, e))
    counts = {t: {"tp": 0, "fp": 0, "fn": 0} for t in TYPES}
    for (_doc_id, t), (ps, gs) in by_key.items():
        pairs = []
        for i, (pb, pe) in enumerate(ps):
            for j, (gb, ge) in enumerate(gs):
                overlap = min(pe, ge) - max(pb, gb)
                if overlap > 0:
                    pairs.append((overlap, i, j))
        pairs.sort(reverse=True)
        used_p: set[int] = set()
        used_g: set[int] = set()
        for _, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
        c = counts.setdefault(t, {"tp": 0, "fp": 0, "fn": 0})
        c["tp"] += len(used_p)
        c["fp"] += len(ps) - len(used_p)
        c["fn"] += len(gs) - len(used_g)
    result: dict[str, Any] = {"by_type": {}}
    total = {"tp": 0, "fp": 0, "fn": 0}
    for t, c in counts.items():
        result["by_type"][t] = _prf(c)
        for k in total:
            total[k] += c[k]
    result["overall"] = _prf(total)
    return result


def _prf(c: dict[str, int]) -> dict[str, float | int]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), **c}


_PRONOUNS = frozenset({
    "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "he", "him", "his", "she", "her", "hers", "it",
    "its", "they", "them", "their", "theirs", "who", "whom", "which", "this", "that", "itself", "themselves",
})


def is_name(text: str, etype: str = "Person") -> bool:
    """A named mention: some letter is upper case, it is not a pronoun ("We", "I"; a word of two or more capitals is an
    acronym, "US", not "us") and, for a Person (``etype``), not a role alone ("the Foreign Secretary", "president of
    Ghana": ``extract.personnames.role_only``)."""
    from ..extract.personnames import role_only

    bare = text.strip()
    pronoun = bare.lower() in _PRONOUNS and not (len(bare) > 1 and bare.isupper())
    return any(ch.isupper() for ch in text) and not pronoun and not (etype == "Person" and role_only(text))


def evaluate_re3d(root: Path, nlp, min_confidence: float = 0.0, names_only: bool = False) -> dict[str, Any]:
    """Run ``nlp`` (with ``annalyst_actors`` and ``annalyst_places``) over re3d's documents and score its mentions.

    ``names_only`` scores named mentions only (``is_name``), on both sides: re3d also marks pronouns ("we", "I")
    and common-noun phrases ("the camp", "civilians"), which these components do not set out to find.
    Returns ``{"overall": {precision, recall, f1, tp, fp, fn}, "by_type": {type: ...}, "documents": n,
    "gold": n, "min_confidence": x, "names_only": bool, "rule": "overlap"}``.
    """
    from ..extract.document import prepare
    from ..models import Article

    docs, gold_entities = load_re3d(root)
    gold = [(e["documentId"], int(e["begin"]), int(e["end"]), e["type"]) for e in gold_entities
            if float(e.get("confidence", 1.0)) >= min_confidence and e["documentId"] in docs
            and (not names_only or is_name(e["value"], e["type"]))]
    ids = list(docs)
    pred: list[tuple[str, int, int, str]] = []
    # each document read as the product reads an article (``document.prepare``: datelines and speaker labels
    # blanked, a sentence started at every turn and paragraph), so the mentions scored are those users see
    articles = [Article(id=i, text=docs[i], language="en") for i in ids]
    for doc_id, doc in zip(ids, nlp.pipe(prepare(nlp, a, 0, a.text) for a in articles)):
        pred.extend((doc_id, b, e, t) for b, e, t in predictions(doc)
                    if not names_only or is_name(docs[doc_id][b:e], t))
    result = score(pred, gold)
    result.update({"documents": len(ids), "gold": len(gold), "min_confidence": min_confidence,
                   "names_only": names_only, "rule": "overlap"})
    return result
