"""A helper for grammar tests: parse with the bare English model and mark fictional actors as mentions by hand, so
the tests exercise the event grammar without the actor dictionary (style.md: Arnor and Gondor test the grammar)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

NAMES = ("Minas Tirith", "Arnor", "Gondor", "Rohan", "Mordor", "Eriador", "Elrond", "Faramir")
PEOPLE = frozenset({"Elrond", "Faramir"})


def mark(doc: Doc, names: tuple[str, ...] = NAMES) -> Doc:
    spans = []
    i = 0
    while i < len(doc):
        hit = None
        for name in names:
            words = name.split()
            if [t.text for t in doc[i:i + len(words)]] == words:
                hit = Span(doc, i, i + len(words), label="person" if name in PEOPLE else "country",
                           kb_id=name[:3].upper())
                break
        if hit is not None:
            spans.append(hit)
            i = hit.end
        else:
            i += 1
    doc.spans["mentions"] = spans
    doc._.actors = {}
    return doc


def parse(base_nlp, text: str, published: str | None = "2025-07-12") -> Doc:
    doc = base_nlp(text)
    doc._.published = published
    doc._.language = "en"
    return mark(doc)


def code(base_nlp, coder, text: str) -> list:
    """The events ``coder`` (the ``coder`` fixture of tests/extract/conftest.py) finds in ``text``."""
    return coder(parse(base_nlp, text))


def ids(side) -> list[str]:
    """An event side's actor ids (its text for an actor with none)."""
    return [a.actor_id or a.text for a in side]
