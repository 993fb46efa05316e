"""CAMEO verb patterns matched against a verb's context: the word forms before the verb in its sentence and after it
(its object and phrases, not other clauses), and the ordered-elements match of a pattern (``resources/events/
cameo_verbs.json``) against them. Used by the event coder (``events.EventCoder``) to pick a verb's CAMEO code."""

from __future__ import annotations

from spacy.tokens import Token

from .eventargs import sentence_of

__all__ = ["word_forms", "pattern_contexts", "match_elements"]

_CLAUSAL = frozenset({"ccomp", "advcl", "relcl", "parataxis", "acl", "csubj"})


def word_forms(tok: Token) -> frozenset[str]:
    low = tok.lower_
    out = {low, tok.lemma_.lower()}
    if low.endswith("s") and len(low) > 3:
        out.add(low[:-1])
    return frozenset(out)


def pattern_contexts(verb: Token) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Word forms before the verb (its sentence up to it) and after it (its object and phrases, not other clauses)."""
    sent = sentence_of(verb)
    before = [word_forms(t) for t in verb.doc[max(sent.start, verb.i - 12):verb.i]]
    skip: set[int] = set()
    for child in verb.children:
        if child.i > verb.i and (child.dep_ in _CLAUSAL or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"))):
            skip.update(t.i for t in child.subtree)
    after = [word_forms(t) for t in verb.subtree if t.i > verb.i and t.i not in skip]
    return before, after


def match_elements(elements: list[list[str]], forms: list[frozenset[str]], compound: bool = False) -> int | None:
    """Words matched when every element matches, in order (gaps allowed between elements); else None. The element
    ``["%"]`` matches when the subject is a compound (``compound``)."""
    pos = score = 0
    for alternatives in elements:
        if alternatives == ["%"]:
            if not compound:
                return None
            score += 1
            continue
        found: tuple[int, int] | None = None
        for alt in alternatives:
            parts = alt.split()
            for start in range(pos, len(forms) - len(parts) + 1):
                if all(part in forms[start + k] for k, part in enumerate(parts)):
                    if found is None or start + len(parts) < found[0]:
                        found = (start + len(parts), len(parts))
                    break
        if found is None:
            return None
        pos = found[0]
        score += found[1]
    return score
