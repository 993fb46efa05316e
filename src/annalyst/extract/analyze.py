"""One article through the pipeline: ``analyze(article, nlp) -> ParseResult`` and ``analyze_many`` for batches.

The doc is made with ``nlp.make_doc`` and its extensions (article id, publication date, language) are set before
the components run, so every component sees them; ``nlp.pipe`` then runs the pipeline over the prepared docs.

* Non-English articles go to the native-language extractor (``extract.native``) for ru, ur, fa, ps, zh and ar, or,
  when a ``translator`` is given (``extract.translate``), through the English pipeline on a translation; other
  languages get the article and empty lists.
* Long texts are cut into pieces of at most ``MAX_CHUNK`` characters at paragraph, then sentence, then word
  boundaries (a 1 MB single-line text never reaches the parser whole); offsets are shifted back into the article.
* Event ids are ``stable_id(article id, trigger offset, event type)``: the same article gives the same ids on every
  run and machine.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Iterable, Iterator

from spacy.tokens import Doc

from ..models import Actor, Article, Event, Mention, ParseResult, Quote, TimeExpr, stable_id
from .pipeline import register_extensions

__all__ = ["analyze", "analyze_many", "EXTRACTOR_VERSION", "MAX_CHUNK", "chunks"]

#: recorded with every stored extraction; bump when the output of the same text changes
EXTRACTOR_VERSION = "annalyst-events/0.1"
#: largest piece of text given to the parser at once (characters)
MAX_CHUNK = 100_000

_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"(?<=[.!?…。])\s+"), re.compile(r"\s+"))
#: marks that are not words: footnote stars and daggers standing alone after a word ("the "Taliban" movement *",
#: the Russian press's mark of an organisation banned in Russia). The parser sees spaces in their place (same length,
#: so every offset holds); records quote the original text.
_MARKERS = re.compile(r"(?<=[\w\"”»)])(\s?)[*†‡]+(?=\s|[,.;:]|$)")


def parse_text(text: str) -> str:
    """``text`` as the parser should see it: marker characters blanked, length unchanged."""
    return _MARKERS.sub(lambda m: " " * len(m.group(0)), text)


def chunks(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """``[(offset, piece)]`` covering ``text`` with pieces of at most ``limit`` (default ``MAX_CHUNK``) characters,
    cut at paragraph, sentence or word boundaries when there is one."""
    limit = limit or MAX_CHUNK
    if len(text) <= limit:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text):
        end = min(pos + limit, len(text))
        if end < len(text):
            window = text[pos:end]
            cut = None
            for pattern in _BREAKS:
                hits = [m.end() for m in pattern.finditer(window) if m.end() > limit // 4]
                if hits:
                    cut = hits[-1]
                    break
            end = pos + (cut or limit)
        out.append((pos, text[pos:end]))
        pos = end
    return out


def _is_english(article: Article) -> bool:
    return (article.language or "en").split("-")[0].lower() == "en"


def _prepare(nlp: Any, article: Article, offset: int, text: str) -> Doc:
    register_extensions()
    doc = nlp.make_doc(parse_text(text))
    doc._.article_id = article.id
    doc._.published = article.published.date if article.published else None
    doc._.language = article.language or "en"
    return doc


def _collect(article: Article, parts: list[tuple[int, Doc]]) -> ParseResult:
    mentions: list[Mention] = []
    actors: dict[str, Actor] = {}
    times: list[TimeExpr] = []
    events: list[Event] = []
    quotes: list[Quote] = []
    for offset, doc in parts:
        if "mentions" in doc.spans:
            for span in doc.spans["mentions"]:
                start, end = span.start_char + offset, span.end_char + offset
                mentions.append(Mention(article_id=article.id, start=start, end=end, text=article.text[start:end],
                                        actor_id=span.kb_id_ or None, score=float(span._.score or 0.0)))
        actors.update(doc._.actors or {})
        for expr in doc._.time_exprs or []:
            times.append(replace(expr, start=None if expr.start is None else expr.start + offset,
                                 end=None if expr.end is None else expr.end + offset))
        for quote in doc._.quotes or []:
            quotes.append(replace(quote, start=quote.start + offset, end=quote.end + offset))
        for event in doc._.events or []:
            evidence = [replace(e, start=e.start + offset, end=e.end + offset,
                                sentence=article.text[e.start + offset:e.end + offset]) for e in event.evidence]
            event = replace(event, evidence=evidence)
            event.id = stable_id(article.id, event.id, str(offset), event.event_type) if offset else \
                stable_id(article.id, event.id, event.event_type)
            events.append(event)
    mentions.sort(key=lambda m: (m.start, m.end))
    return ParseResult(article=article, mentions=mentions, actors=actors, time_expressions=times, events=events,
                       quotes=quotes)


def analyze(article: Article, nlp: Any, translator: Any = None) -> ParseResult:
    """The analysis of one article (see the module docstring)."""
    return next(iter(analyze_many([article], nlp, translator=translator)))[1]


def _non_english(article: Article, nlp: Any, translator: Any) -> ParseResult:
    if _is_english(article) or not (article.text or "").strip():
        return ParseResult(article=article)
    if translator is not None:
        from .translate import translate_and_analyze

        return translate_and_analyze(article, translator, nlp)
    from .native import analyze_native, supports

    if not supports(article.language):
        return ParseResult(article=article)
    pipe = nlp.get_pipe("annalyst_actors") if "annalyst_actors" in getattr(nlp, "pipe_names", ()) else None
    return analyze_native(article, pipe.dictionary if pipe is not None else None)


def analyze_many(articles: Iterable[Article], nlp: Any, batch_size: int = 32,
                 translator: Any = None) -> Iterator[tuple[str, ParseResult]]:
    """``(article id, ParseResult)`` for each article, in order, parsing with ``nlp.pipe`` in batches."""
    def prepared(batch: list[Article]) -> Iterator[Doc]:
        for article in batch:
            for offset, text in chunks(article.text or ""):
                yield _prepare(nlp, article, offset, text)

    batch: list[Article] = []

    def flush() -> Iterator[tuple[str, ParseResult]]:
        english = [a for a in batch if _is_english(a) and (a.text or "").strip()]
        keep = {id(a) for a in english}
        docs = iter(nlp.pipe(prepared(english), batch_size=batch_size))
        for article in batch:
            if id(article) not in keep:
                yield article.id, _non_english(article, nlp, translator)
                continue
            parts = []
            for offset, _text in chunks(article.text or ""):
                parts.append((offset, next(docs)))
            yield article.id, _collect(article, parts)
        batch.clear()

    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()
