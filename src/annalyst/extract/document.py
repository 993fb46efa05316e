"""One article through the pipeline: ``analyze(article, nlp) -> ParseResult`` and ``analyze_many`` for batches.

The doc is made with ``nlp.make_doc`` and its extensions (article id, publication date, language) are set before
the components run, so every component sees them; ``nlp.pipe`` then runs the pipeline over the prepared docs.

* Non-English articles go to the native-language extractor (``extract.native``) for ru, ur, fa, ps, zh and ar, or,
  when a ``translator`` is given (``extract.translate``), through the English pipeline on a translation; other
  languages get the article and empty lists.
* Wire datelines and agency credits ("KABUL, March 3 (Reuters) -") are found on the text (``extract.datelines``),
  kept in ``doc._.datelines`` and blanked out of the text the parser sees: they are the report's place and source,
  never an actor mention or a party. So are the speaker labels of a briefing transcript ("MR PRICE:", "QUESTION:",
  ``extract.transcripts``), kept in ``doc._.turns``. The parser sees them as spaces, so an event's evidence span is
  trimmed of spaces, labels and datelines at its ends (its sentence is still ``article.text[start:end]``).
* Long texts are cut into pieces of at most ``MAX_CHUNK`` characters at paragraph, then sentence, then word
  boundaries (a 1 MB single-line text never reaches the parser whole); offsets are shifted back into the article.
* Event ids are ``stable_id(article id, trigger offset, event type)``: the same article gives the same ids on every
  run and machine.
"""

from __future__ import annotations

import contextlib
import logging
import math
import re
import signal
import threading
import time
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterable, Iterator

from spacy.tokens import Doc

from ..errors import ExtractionTimeout, ModelError
from ..models import Actor, Article, Event, EventActor, Mention, ParseResult, Quote, TimeExpr, stable_id
from .datelines import blank, find_datelines
from .transcripts import blank_labels, find_turns, mark_turns
from .pipeline import pipeline_dictionary, register_extensions
from .agents import agent_actor, author_name, is_agent, is_author

__all__ = ["analyze", "analyze_many", "EXTRACTOR_VERSION", "MAX_CHUNK", "PIPE_CHARS", "chunks", "ExtractFailure",
           "prepare", "time_limit"]

log = logging.getLogger(__name__)

#: recorded with every stored extraction; bump when the output of the same text changes
EXTRACTOR_VERSION = "annalyst-events/0.1"
#: largest piece of text given to the parser at once (characters)
MAX_CHUNK = 100_000
#: most characters parsed in one ``nlp.pipe`` group of short articles
PIPE_CHARS = 100_000

_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"(?<=[.!?…。])\s+"), re.compile(r"\s+"))
#: marks that are not words: footnote stars and daggers standing alone after a word ("the "Taliban" movement *",
#: the Russian press's mark of an organisation banned in Russia). The parser sees spaces in their place (same length,
#: so every offset holds); records quote the original text.
_MARKERS = re.compile(r"(?<=[\w\"”»)])(\s?)[*†‡]+(?=\s|[,.;:]|$)")

#: characters that are not seen but break a word from its neighbours for the tokenizer: the zero-width space, the
#: left-to-right and right-to-left marks, the word joiner, a stray byte-order mark and the bidirectional embeddings
#: and isolates that pages paste around names ("the liberation of Mosul" + U+200E). Blanked like the markers; the
#: zero-width non-joiner and joiner stay (they are part of Persian and Indic spelling).
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


#: runs the tokenizer would take quadratic time over (it strips one prefix or suffix at a time, rescanning the rest):
#: punctuation runs ("((((", '""""', ")))."), and very long runs without a space
_PUNCT_RUN = re.compile(r"[^\w\s]{%d,}" % 8)
_LONG_RUN = re.compile(r"\S{%d,}" % 400)


def _spaced(match: re.Match[str]) -> str:
    """A punctuation run with every second mark blanked: ``((((`` -> ``( ( ``, same length."""
    run = match.group(0)
    return "".join(c if i % 2 == 0 else " " for i, c in enumerate(run))


def _split_long(match: re.Match[str]) -> str:
    """A run of 400+ characters without a space, cut by a space every 200 (same length)."""
    run = match.group(0)
    return " ".join(run[i + (1 if i else 0):i + 200] for i in range(0, len(run), 200))


def parse_text(text: str) -> str:
    """``text`` as the parser should see it, length unchanged (every offset holds; records quote the original):
    marker characters and invisible format characters blanked, punctuation runs spaced out and space-free runs of
    400+ characters cut, so the tokenizer's time stays linear in the length of the text."""
    text = _MARKERS.sub(lambda m: " " * len(m.group(0)), text)
    text = _INVISIBLE.sub(" ", text)
    text = _PUNCT_RUN.sub(_spaced, text)
    return _LONG_RUN.sub(_split_long, text)


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


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[Callable[[], None]]:
    """Raise ``ExtractionTimeout`` in the block once ``seconds`` have passed (None: no limit). Yields a ``check()``
    to call between steps; on the main thread a timer signal also interrupts a step that runs too long (a worker
    thread, such as a Dask task's, has the checks between pieces only)."""
    if not seconds or not math.isfinite(seconds) or seconds <= 0:
        yield lambda: None
        return
    deadline = time.monotonic() + seconds

    def check() -> None:
        if time.monotonic() >= deadline:
            raise ExtractionTimeout(f"extraction took longer than {seconds:g} s")

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield check
        return

    def alarm(signum: int, frame: Any) -> None:
        raise ExtractionTimeout(f"extraction took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    outer = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield check
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer[0]:  # an enclosing timer keeps running, less the time spent here
            signal.setitimer(signal.ITIMER_REAL, max(outer[0] - (seconds - (deadline - time.monotonic())), 1e-3),
                             outer[1])


#: marks that close a sentence or a quote at the end of a paragraph ('... the death penalty."'): they stay with it
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})


def mark_paragraphs(doc: Doc) -> None:
    """Start a sentence at the first word after a blank line of the unparsed ``doc``: a paragraph never runs on into
    the next. A headline without a full stop ("Reporter killed while covering clashes") is no subject of the first
    sentence of the report under it, and a paragraph ending with a quote ('... penalty."') does not lend its
    speaker's verb to the next one. A paragraph ending with a colon ("The minister said:") introduces the next and
    runs on into it, as before, unless it is a heading of a few capitalised words ("Belarus:", "North Korea:"): a
    section's name, no subject of the paragraph under it. A closing quote or bracket that ends a paragraph stays in
    its sentence."""
    after_break = False
    start = 0  # the paragraph's first token
    for token in doc:
        if token.is_space:
            if token.text.count("\n") > 1:
                prev = doc[token.i - 1] if token.i > 0 else None
                # "The minister said:" opens what follows; a heading "Belarus:" does not
                after_break = prev is not None and (prev.text != ":" or _heading(doc[start:prev.i]))
                if prev is not None and prev.text in _CLOSERS and prev.i > 0 and not doc[prev.i - 1].is_space:
                    prev.is_sent_start = False
                start = token.i + 1
            continue
        if after_break:
            token.is_sent_start = True
            after_break = False


#: most words a section heading before a colon has ("Syria:", "Central African Republic:")
_HEADING_WORDS = 4


def _heading(tokens: Any) -> bool:
    """The tokens of a paragraph before its closing colon are a heading: one to four words, each capitalised, and
    nothing else but spaces and hyphens ("Belarus", "North Korea", "Guinea-Bissau"); a clause ("The minister
    said") has lower-case words."""
    words = [t for t in tokens if not t.is_space and t.text not in ("-", "–")]
    return 0 < len(words) <= _HEADING_WORDS and all(t.is_alpha and t.text[0].isupper() for t in words)


def _is_english(article: Article) -> bool:
    return (article.language or "en").split("-")[0].lower() == "en"


def prepare(nlp: Any, article: Article, offset: int, text: str) -> Doc:
    """The doc the parser reads for the piece ``text`` of ``article`` starting at ``offset``: datelines and speaker
    labels blanked (same length: every offset holds), a sentence started at every turn and paragraph, the article's
    id, date and language set. ``analyze_many`` runs ``nlp`` over it; the evaluations read mentions from it."""
    register_extensions()
    datelines = find_datelines(text)
    turns = find_turns(text)
    doc = nlp.make_doc(parse_text(blank_labels(blank(text, datelines), turns)))
    doc._.datelines = datelines
    doc._.turns = turns
    mark_turns(doc, turns)
    mark_paragraphs(doc)
    doc._.article_id = article.id
    doc._.published = article.published.date if article.published else None
    doc._.language = article.language or "en"
    return doc


def _trimmed(text: str, start: int, end: int, blanked: list[tuple[int, int]]) -> tuple[int, int]:
    """The evidence span ``[start, end)`` of ``text`` without the spaces, blanked speaker labels and datelines at its
    ends (the parser sees them as spaces, which stay with the sentence before: "Kyiv on Monday.\nQUESTION:")."""
    first, last = start, end
    moved = True
    while moved and start < end:
        moved = False
        while start < end and text[start].isspace():
            start, moved = start + 1, True
        while start < end and text[end - 1].isspace():
            end, moved = end - 1, True
        for label_start, label_end in blanked:
            if label_start <= start < label_end:
                start, moved = label_end, True
            if label_start < end <= label_end:
                end, moved = label_start, True
    return (start, end) if start < end else (first, last)


class _Collector:
    """An article's records gathered piece by piece: each parsed piece is read into records and then dropped, so
    only one piece's ``Doc`` is alive at a time however long the article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.mentions: list[Mention] = []
        self.actors: dict[str, Actor] = {}
        self.times: list[TimeExpr] = []
        self.events: list[Event] = []
        self.quotes: list[Quote] = []

    def add(self, offset: int, doc: Doc) -> None:
        article = self.article
        if "mentions" in doc.spans:
            for span in doc.spans["mentions"]:
                start, end = span.start_char + offset, span.end_char + offset
                self.mentions.append(Mention(article_id=article.id, start=start, end=end,
                                             text=article.text[start:end], actor_id=span.kb_id_ or None,
                                             score=float(span._.score or 0.0)))
        self.actors.update(doc._.actors or {})
        for expr in doc._.time_exprs or []:
            self.times.append(replace(expr, start=None if expr.start is None else expr.start + offset,
                                      end=None if expr.end is None else expr.end + offset))
        for quote in doc._.quotes or []:
            self.quotes.append(replace(quote, start=quote.start + offset, end=quote.end + offset))
        blanked = [(t.label_start + offset, t.label_end + offset) for t in doc._.turns or []] + \
            [(d.start + offset, d.end + offset) for d in doc._.datelines or []]
        for event in doc._.events or []:
            evidence = []
            for e in event.evidence:
                start, end = _trimmed(article.text, e.start + offset, e.end + offset, blanked)
                evidence.append(replace(e, start=start, end=end, sentence=article.text[start:end]))
            event = replace(event, evidence=evidence,
                            actor=[self._author(p) for p in event.actor],
                            recipient=[self._author(p) for p in event.recipient])
            for party in event.actor + event.recipient:
                if is_agent(party) and party.actor_id not in self.actors:
                    self.actors[party.actor_id] = agent_actor(party.actor_id)
            event.id = stable_id(article.id, event.id, str(offset), event.event_type) if offset else \
                stable_id(article.id, event.id, event.event_type)
            self.events.append(event)

    def _author(self, party: EventActor) -> EventActor:
        """The text's unnamed author named for this article (``agents.author_name``); any other party as it is."""
        return replace(party, name=author_name(self.article)) if is_author(party) else party

    def result(self) -> ParseResult:
        self.mentions.sort(key=lambda m: (m.start, m.end))
        return ParseResult(article=self.article, mentions=self.mentions, actors=self.actors,
                           time_expressions=self.times, events=self.events, quotes=self.quotes)


def _collect(article: Article, parts: list[tuple[int, Doc]]) -> ParseResult:
    collector = _Collector(article)
    for offset, doc in parts:
        collector.add(offset, doc)
    return collector.result()


def analyze(article: Article, nlp: Any, translator: Any = None) -> ParseResult:
    """The analysis of one article (see the module docstring)."""
    return next(iter(analyze_many([article], nlp, translator=translator)))[1]  # type: ignore[return-value]


def _non_english(article: Article, nlp: Any, translator: Any) -> ParseResult:
    if _is_english(article) or not (article.text or "").strip():
        return ParseResult(article=article)
    if translator is not None:
        from .translate import translate_and_analyze

        return translate_and_analyze(article, translator, nlp)
    from .native import analyze_native, supports

    if not supports(article.language):
        return ParseResult(article=article)
    return analyze_native(article, pipeline_dictionary(nlp))


@dataclass(frozen=True)
class ExtractFailure:
    """What ``analyze_many(..., failures=True)`` gives for an article whose extraction failed: why (picklable)."""

    reason: str


def _reason(exc: BaseException, timeout: float | None) -> str:
    if isinstance(exc, ExtractionTimeout):
        return f"timed out: extraction took longer than {timeout:g} s (setting extract_timeout)"
    text = " ".join(str(exc).split())[:300]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _english_one(article: Article, nlp: Any, timeout: float | None) -> ParseResult:
    """One English article parsed piece by piece under its time limit: one piece's ``Doc`` alive at a time."""
    collector = _Collector(article)
    with time_limit(timeout) as check:
        for offset, text in chunks(article.text or ""):
            check()
            collector.add(offset, nlp(prepare(nlp, article, offset, text)))
        check()
    return collector.result()


def _english_group(group: list[Article], nlp: Any, batch_size: int, timeout: float | None) -> list[ParseResult]:
    """Short English articles (one piece each, ``PIPE_CHARS`` in all) parsed together with ``nlp.pipe``."""
    with time_limit(timeout):
        docs = nlp.pipe((prepare(nlp, a, 0, a.text) for a in group), batch_size=batch_size)
        return [_collect(article, [(0, doc)]) for article, doc in zip(group, docs)]


def analyze_many(articles: Iterable[Article], nlp: Any, batch_size: int = 32, translator: Any = None, *,
                 timeout: float | None = None, failures: bool = False
                 ) -> Iterator[tuple[str, ParseResult | ExtractFailure]]:
    """``(article id, ParseResult)`` for each article, in order.

    Short English articles are parsed together with ``nlp.pipe`` in groups of at most ``batch_size`` articles and
    ``PIPE_CHARS`` characters; a longer one alone, piece by piece (``chunks``), each piece's records gathered before
    the next is parsed, so peak memory is the model plus one piece plus the records. ``timeout`` (seconds, None or 0:
    none) limits each article: a group that runs past it, or raises, is redone one article at a time. With
    ``failures`` an article that times out or raises gives an ``ExtractFailure`` and the rest go on; without, the
    error is raised. A ``ModelError`` (a model or resource that cannot be loaded) is always raised."""
    timeout = timeout if timeout and timeout > 0 else None

    def guarded(article: Article, work: Callable[[], ParseResult]) -> ParseResult | ExtractFailure:
        if not failures:
            return work()
        try:
            return work()
        except ModelError:
            raise  # a model or resource that cannot be loaded fails every article: the run stops, nothing is marked
        except Exception as exc:  # noqa: BLE001 - one article's failure is recorded and the batch goes on
            log.warning("extraction of article %s failed: %s", article.id, _reason(exc, timeout))
            return ExtractFailure(_reason(exc, timeout))

    group: list[Article] = []
    size = 0

    def flush() -> Iterator[tuple[str, ParseResult | ExtractFailure]]:
        nonlocal size
        if not group:
            return
        todo = list(group)
        group.clear()
        size = 0
        try:
            results = _english_group(todo, nlp, batch_size, timeout)
        except ModelError:
            raise
        except Exception:  # noqa: BLE001 - redone one by one below, so the failure lands on its own article
            if len(todo) == 1 and not failures:
                raise
            results = None
        if results is not None:
            yield from ((a.id, r) for a, r in zip(todo, results))
            return
        for article in todo:
            yield article.id, guarded(article, lambda a=article: _english_one(a, nlp, timeout))  # type: ignore[misc]

    for article in articles:
        text = article.text or ""
        if not (_is_english(article) and text.strip()):
            yield from flush()
            yield article.id, guarded(article, lambda a=article: _non_english(a, nlp, translator))  # type: ignore[misc]
        elif len(text) > min(MAX_CHUNK, PIPE_CHARS):
            yield from flush()
            yield article.id, guarded(article, lambda a=article: _english_one(a, nlp, timeout))  # type: ignore[misc]
        else:
            if group and (size + len(text) > PIPE_CHARS or len(group) >= batch_size):
                yield from flush()
            group.append(article)
            size += len(text)
    yield from flush()
