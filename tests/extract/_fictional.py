"""Helpers of the coder tests.

Grammar tests parse with the bare English model and mark fictional actors as mentions by hand (``parse``, ``code``),
so they exercise the event grammar without the actor dictionary (style.md: Arnor and Gondor test the grammar);
pipeline tests run the full English pipeline over a text (``run``, ``events``) or one article (``analyzed``). ``only`` and ``kinds`` read the
events either gives."""

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


def countries(side) -> list[str]:
    """An event side's countries: a country's own id, or the country the dictionary gives a person or body (an
    office named without its holder resolves to the holder on the article's day: "the Prime Minister of Italy")."""
    from annalyst.actors.dictionary import default_dictionary, is_state_code

    return [i if is_state_code(i) else default_dictionary().get(i).country for i in ids(side)]


def run(nlp, text: str, published: str = "2026-03-18") -> Doc:
    """``text`` through every component of ``nlp`` (the full pipeline of tests/conftest.py), published that day."""
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.language = "en"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def analyzed(nlp, text: str, published: str = "2025-07-12"):
    """``text`` as one English article published that day, through ``document.analyze``: its ``ParseResult``
    (wire datelines blanked, records built), as ingestion reads it."""
    from annalyst.extract.document import analyze
    from annalyst.models import Article, Published

    return analyze(Article(id="t", text=text, language="en", published=Published(date=published, source="given")),
                   nlp)


def events(nlp, text: str, published: str = "2026-03-18") -> list:
    """The events the full pipeline ``nlp`` codes in ``text``."""
    return run(nlp, text, published)._.events


def kinds(found) -> list[tuple[str, str]]:
    """(type, trigger) of each event, sorted."""
    return sorted((e.event_type, e.evidence[0].trigger) for e in found)


def only(found, event_type: str):
    """The one event of ``event_type`` among ``found`` (fails, listing them, when there is not exactly one)."""
    hits = [e for e in found if e.event_type == event_type]
    assert len(hits) == 1, [(e.event_type, e.evidence[0].trigger) for e in found]
    return hits[0]


def span_of(doc: Doc, needle: str, nth: int = 0) -> tuple[int, int]:
    """Character offsets of the ``nth`` occurrence of ``needle`` in ``doc``."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(needle, start + 1)
    return start, start + len(needle)


def mention_at(doc: Doc, needle: str, nth: int = 0) -> Span | None:
    """The actor mention overlapping the ``nth`` occurrence of ``needle`` (None if there is none)."""
    start, end = span_of(doc, needle, nth)
    found = [m for m in doc.spans["mentions"] if m.start_char < end and start < m.end_char]
    return found[0] if found else None


def kind_at(doc: Doc, needle: str, nth: int = 0) -> str | None:
    """The kind of the actor mentioned at the ``nth`` occurrence of ``needle`` (None if no mention is there)."""
    m = mention_at(doc, needle, nth)
    return None if m is None else doc._.actors[m.kb_id_].kind


def place_at(doc: Doc, needle: str, nth: int = 0) -> str | None:
    """The text of the place mention overlapping the ``nth`` occurrence of ``needle`` (None if there is none)."""
    start, end = span_of(doc, needle, nth)
    found = [p.text for p in doc.spans["places"] if p.start_char < end and start < p.end_char]
    return found[0] if found else None
