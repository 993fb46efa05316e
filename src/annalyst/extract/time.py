"""Time expressions in the pipeline: the ``annalyst_time`` component and the date that governs an event.

The component runs the resolver of ``annalyst.extract.timeres`` over ``doc.text`` (anchored on ``doc._.published``,
in ``doc._.language``) and sets ``doc._.time_exprs`` and ``doc.spans["time"]`` (``span._.time`` is the TimeExpr).

``governing_time(doc, token)`` picks the date of an event whose trigger is ``token``, in this order
(docs/time.md has the details):

1. an expression in the trigger's own clause (dependency tree: the expression hangs from the trigger or from a
   word of its clause without crossing into another clause), the lowest clause level first, then the nearest;
2. else the sentence's expression with the fewest clause boundaries between it and the trigger (two expressions
   in coordinated clauses, "proclaimed in 1996 and ended in 2001", give the interval covering both);
3. else, for a future-tense trigger ("will support"), publication to a year after it; for a reporting verb in the
   present or present perfect ("says", "has said"), the publication day;
4. else the paragraph's narrative time: the latest earlier sentence of the same paragraph (paragraphs are separated
   by blank lines) whose main clause carries an expression ("In 2018, ..."), until another such sentence; else the
   date of the wire dateline that opens the paragraph ("MOSCOW, Nov 5 (Xinhua) --": ``datelines.dateline_time``);
5. else, for a present-perfect trigger ("has requested"), the week before publication;
6. else None: never the publication date by default.

Expressions that only modify a noun before it ("the 2004 Beslan school siege") date that noun alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..models import TimeExpr
from ..resources import load_json
from .datelines import dateline_time
from .phrases import doc_text
from .pipeline import register_extensions
from .timeres import calendar as cal
from .timeres.engine import find, parse_published, reanchor, resolve, resolve_expression
from .timeres.grammar import LANGUAGES

__all__ = ["TimeComponent", "make_time_component", "governing_time", "time_spans", "resolve",
           "resolve_expression", "reanchor", "RECENT_PAST_DAYS", "FUTURE_DAYS", "REPORTING_VERBS", "is_present",
           "is_present_perfect"]

#: how far back a present-perfect event with no other date may lie ("has requested")
RECENT_PAST_DAYS = 7
#: how far ahead a future-tense event with no other date may lie ("will support")
FUTURE_DAYS = 365
#: lemmas of reporting verbs dated by publication when in the present tense ("says", "has said")
REPORTING_VERBS = frozenset({
    "say", "tell", "state", "report", "announce", "claim", "declare", "confirm", "add", "note", "write", "insist",
    "warn", "argue", "allege", "deny", "accuse", "stress", "emphasize", "emphasise", "urge", "call", "reiterate",
})

_CLAUSAL = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis", "pcomp"})
_PREMODIFIER = frozenset({"nummod", "compound", "amod", "poss", "nmod", "quantmod"})
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


class TimeComponent:
    """Finds and resolves the time expressions of a doc (``doc._.time_exprs``, ``doc.spans["time"]``)."""

    def __init__(self, default_language: str = "en") -> None:
        self.default_language = default_language

    def __call__(self, doc: Doc) -> Doc:
        lang = doc._.language or self.default_language
        if lang not in LANGUAGES:
            lang = "en"
        exprs = resolve(doc_text(doc), doc._.published, lang)
        titles: list[TimeExpr] = []
        doc.spans["time"] = _spans(doc, exprs, titles)
        exprs = [t for t in exprs if not any(t is x for x in titles)]  # a name is no time
        doc._.time_exprs = _with_datelines(doc, exprs)
        return doc


def _with_datelines(doc: Doc, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """``exprs`` with the dates of the doc's datelines (blanked out of ``doc.text``, so not among them), each resolved
    against the publication date and kept in its ``Dateline.time``; in text order."""
    added = False
    for dateline in doc._.datelines or []:
        if not dateline.date or dateline.date_start is None:
            continue
        found = resolve(dateline.date, doc._.published, "en")
        if not found or found[0].value_start is None:
            continue
        dateline.time = replace(found[0], start=dateline.date_start, end=dateline.date_start + len(dateline.date))
        exprs.append(dateline.time)
        added = True
    if added:
        exprs.sort(key=lambda t: (t.start if t.start is not None else -1))
    return exprs


@Language.factory(
    "annalyst_time",
    requires=["doc._.published"],
    assigns=["doc._.time_exprs", "doc.spans"],
    default_config={"default_language": "en"},
)
def make_time_component(nlp: Language, name: str, default_language: str) -> TimeComponent:
    register_extensions()
    return TimeComponent(default_language)


def _spans(doc: Doc, exprs: list[TimeExpr], titles: list[TimeExpr] | None = None) -> list[Span]:
    """The spans of ``exprs`` in ``doc``; an expression inside a name ("The Sunday Times") is left out (and added
    to ``titles`` when given)."""
    out: list[Span] = []
    for t in exprs:
        if t.start is None or t.end is None:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if _in_a_title(span):
            if titles is not None:
                titles.append(t)
            continue
        span._.time = t
        out.append(span)
    return out


def _in_a_title(span: Span) -> bool:
    """A date word that is part of a newspaper's or a work's name ("Today's Zaman", "The Sunday Times", "the Morning
    Star reported"): no time expression."""
    if any(t.ent_type_ in ("ORG", "WORK_OF_ART") for t in span):
        return True
    last = span[-1]
    if last.dep_ == "poss" and last.head.pos_ == "PROPN" and any(c.dep_ == "case" for c in last.children):
        return True
    # a publication whose name holds a date word ("reports The News on Sunday", "Daily Times said")
    doc = span.doc
    around = doc[max(0, span.start - _TITLE_REACH):min(len(doc), span.end + _TITLE_REACH)]  # the names are short
    start, end = span.start_char - around.start_char, span.end_char - around.start_char
    return any(m.start() <= start and end <= m.end() for m in _titles().finditer(around.text))


#: tokens on each side of a time expression searched for a publication name holding it
_TITLE_REACH = 6


@lru_cache(maxsize=1)
def _titles() -> re.Pattern[str]:
    """Publication names holding a date word (``resources/time/titles.json``), their capitalised words kept
    capitalised ("The News on Sunday", not "the news on Sunday")."""
    def word(w: str) -> str:
        if w.lower() in ("on", "of", "the"):
            return f"(?i:{re.escape(w)})"
        return re.escape(w)
    names = sorted(load_json("time", "titles.json")["titles"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(word(w) for w in n.split()) for n in names) + r")\b")


def time_spans(doc: Doc) -> list[Span]:
    """``doc.spans["time"]``, computed on the spot when the component has not run."""
    register_extensions()
    if "time" in doc.spans:
        return list(doc.spans["time"])
    lang = doc._.language if doc._.language in LANGUAGES else "en"
    exprs = resolve(doc_text(doc), doc._.published, lang)
    if doc._.time_exprs is None:
        doc._.time_exprs = exprs
    spans = _spans(doc, exprs)
    doc.spans["time"] = spans
    return spans


# ------------------------------------------------------------------------------------------ dependencies


def _is_clause_head(tok: Token) -> bool:
    return tok.dep_ in _CLAUSAL or (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"))


def _ancestors(tok: Token) -> list[tuple[Token, int]]:
    """``tok`` and its heads up to the root, each with the clause boundaries crossed to reach it."""
    out = [(tok, 0)]
    crossed = 0
    cur = tok
    seen = {tok.i}
    while cur.head.i != cur.i and cur.head.i not in seen:
        if _is_clause_head(cur):
            crossed += 1
        cur = cur.head
        seen.add(cur.i)
        out.append((cur, crossed))
    return out


def _distance(trigger_up: dict[int, int], span: Span, trigger: Token | None = None) -> tuple[int, int] | None:
    """(levels climbed from the trigger to the meeting point, boundaries from the expression to it), or None when
    the expression lies in a relative clause that describes another participant ("the Emirate, which was declared
    after it retook Kabul in 2021": 2021 dates the declaring, not the recognising of the Emirate). A reduced
    participial clause ("the Emirate, proclaimed in 1996 and ended in 2001, was recognized by ...") still dates the
    event: it gives the span in which the participant existed."""
    for anc, crossed in _ancestors(span.root):
        if anc.i in trigger_up:
            return trigger_up[anc.i], crossed
        if anc.dep_ == "relcl" and anc.pos_ in ("VERB", "AUX") and trigger is not None \
                and anc.head.i != trigger.i and anc.head.i not in trigger_up:
            return None
    return None


def _premodifies_other(span: Span, trigger: Token) -> bool:
    """The expression qualifies another noun ("the Monday meeting"), not a part of its own day ("on Monday evening",
    "Tuesday morning": the model's TIME or DATE word after it)."""
    root = span.root
    return root.dep_ in _PREMODIFIER and root.head.i != trigger.i and root.head.pos_ in ("NOUN", "PROPN") \
        and not (span.start <= root.head.i < span.end) and root.head.ent_type_ not in ("DATE", "TIME")


def _usable(span: Span) -> bool:
    t = span._.time
    return t is not None and t.value_start is not None and t.value_end is not None


def _clause_head(span: Span) -> Token:
    for anc, crossed in _ancestors(span.root):
        if _is_clause_head(anc) and anc.i != span.root.i or anc.dep_ == "ROOT":
            return anc
    return span.root


def _hull(doc: Doc, parts: list[tuple[Span, TimeExpr]]) -> TimeExpr:
    parts = sorted(parts, key=lambda p: p[0].start_char)
    times = [t for _, t in parts]
    start = min(t.value_start for t in times if t.value_start)
    end = max(t.value_end for t in times if t.value_end)
    anchor = next((t.anchor for t in times if t.anchor), None)
    first, last = parts[0][0], parts[-1][0]
    return TimeExpr(text=doc_text(doc)[first.start_char:last.end_char], start=first.start_char, end=last.end_char,
                    value_start=start, value_end=end, granularity="interval", anchor=anchor)


# ------------------------------------------------------------------------------------------------ tense


def _aux_words(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("aux", "auxpass")]


def _is_future(tok: Token) -> bool:
    words = [a.lower_ for a in _aux_words(tok)]
    if any(w in ("will", "shall", "'ll", "wo") for w in words):
        return True
    # "is going to sign": going/xcomp chain
    return tok.dep_ == "xcomp" and tok.head.lower_ == "going" and any(a.lemma_ == "be" for a in _aux_words(tok.head))


def is_present_perfect(tok: Token) -> bool:
    """A past participle with "has/have" ("has requested", "that's fired"): the present perfect."""
    auxes = _aux_words(tok)
    return tok.tag_ == "VBN" and any(a.lower_ in ("has", "have", "'s", "'ve") for a in auxes)


def is_present(tok: Token) -> bool:
    """A simple present with no auxiliary ("controls", "supports")."""
    return tok.tag_ in ("VBZ", "VBP") and not _aux_words(tok)


def _verb_group(tok: Token) -> tuple[int, int, str]:
    toks = sorted([tok, *_aux_words(tok)], key=lambda t: t.i)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return start, end, doc_text(tok.doc)[start:end]


def _tense_time(tok: Token, pub: date, kind: str) -> TimeExpr:
    start, end, text = _verb_group(tok)
    if kind == "future":
        s, e = pub, pub + timedelta(days=FUTURE_DAYS)
        gran = "interval"
    elif kind == "recent":
        s, e = pub - timedelta(days=RECENT_PAST_DAYS), pub
        gran = "interval"
    else:
        s = e = pub
        gran = "day"
    return TimeExpr(text=text, start=start, end=end, value_start=s.isoformat(), value_end=e.isoformat(),
                    granularity=gran, anchor="published")


# -------------------------------------------------------------------------------------------- narrative


def paragraph_start(text: str, offset: int) -> int:
    """The offset where the paragraph holding ``offset`` starts (after the last paragraph break before it)."""
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text, 0, offset):
        start = m.end()
    return start


class _TimeIndex:
    """What ``governing_time`` looks up for every event of a doc, built once per doc (so each event costs its own
    sentence, not the whole doc): the time spans, the sentences, the spans of each sentence, the paragraph starts
    and each sentence's narrative time."""

    def __init__(self, doc: Doc, spans: list[Span]) -> None:
        self.key = (len(doc), len(spans))
        self.spans = spans
        self.has_parse = doc.has_annotation("DEP")  # (a scan of every token: asked once, not per event)
        self.sents = list(doc.sents) if self.has_parse or doc.has_annotation("SENT_START") else []
        self.starts = [s.start for s in self.sents]
        self.by_sent: dict[int, list[Span]] = {}
        for span in spans:
            k = bisect_right(self.starts, span.start) - 1
            if k >= 0 and span.end <= self.sents[k].end:
                self.by_sent.setdefault(k, []).append(span)
        self.breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(doc_text(doc))]
        self._narrative: dict[int, Span | None] = {}

    def sentence(self, i: int) -> int:
        """The index of the sentence holding token ``i``."""
        return max(0, bisect_right(self.starts, i) - 1)

    def _paragraph(self, k: int) -> int:
        """Where the paragraph of sentence ``k`` starts (a character offset)."""
        offset = self.sents[k].start_char
        j = bisect_right(self.breaks, offset) - 1
        return self.breaks[j] if j >= 0 else 0

    def narrative_before(self, k: int) -> Span | None:
        """The main-clause expression of the latest earlier sentence of sentence ``k``'s paragraph that has one
        (memoised: a paragraph is walked once however many events it holds)."""
        chain: list[int] = []
        j = k
        found: Span | None = None
        while True:
            if j in self._narrative:
                found = self._narrative[j]
                break
            chain.append(j)
            if j == 0 or self.sents[j - 1].start_char < self._paragraph(j):
                break
            found = _main_clause_time(self.sents[j - 1], self.by_sent.get(j - 1, []))
            if found is not None:
                break
            j -= 1
        for i in chain:
            self._narrative[i] = found
        return found


def _time_index(doc: Doc) -> _TimeIndex:
    spans = doc.spans["time"] if "time" in doc.spans else None
    index = doc.user_data.get("annalyst_time_index")
    if index is None or spans is None or index.key != (len(doc), len(spans)):
        index = _TimeIndex(doc, time_spans(doc))
        doc.user_data["annalyst_time_index"] = index
    return index


def _main_clause_time(sent: Span, spans: list[Span]) -> Span | None:
    """The expression attached to the main clause of ``sent`` (the one that sets the narrative time)."""
    root_up = {sent.root.i: 0}
    best: Span | None = None
    for span in spans:
        if not _usable(span) or _premodifies_other(span, sent.root):
            continue
        dist = _distance(root_up, span)
        if dist is not None and dist[1] == 0 and (best is None or span.start < best.start):
            best = span
    return best


def _narrative(doc: Doc, sent: Span, spans: list[Span]) -> Span | None:
    index = _time_index(doc)
    if not index.sents:  # no sentence boundaries, no story so far
        return None
    k = index.sentence(sent.start)
    if index.sents and index.sents[k].start == sent.start and index.sents[k].end == sent.end:
        return index.narrative_before(k)
    para_start = paragraph_start(doc_text(doc), sent.start_char)  # not one of the doc's sentences: walk as before
    earlier = [s for s in doc.sents if para_start <= s.start_char and s.end <= sent.start]
    for prev in reversed(earlier):
        inside = [sp for sp in spans if prev.start <= sp.start and sp.end <= prev.end]
        found = _main_clause_time(prev, inside)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=4096)
def _anaphor_of(text: str, lang: str) -> tuple[str, int] | None:
    """The (unit, shift) of an anaphoric expression ("the following year": year, +1); None for any other."""
    return next((f.value.anaphor for f in find(text, None, lang) if f.value.anaphor), None)


def _anaphor(doc: Doc, span: Span, spans: list[Span]) -> TimeExpr | None:
    """"the following year" resolved on the paragraph's narrative time before it."""
    t: TimeExpr = span._.time
    lang = doc._.language if doc._.language in LANGUAGES else "en"
    info = _anaphor_of(t.text, lang)
    if info is None:
        return None
    base = _narrative(doc, span.sent, spans) if span.sent.start < span.start else None
    if base is None:
        before = [s for s in spans if s.end <= span.start and _usable(s)]
        base = before[-1] if before else None
    if base is None or not _usable(base):
        return None
    unit, n = info
    bt: TimeExpr = base._.time
    d = cal.shift_unit(unit, date.fromisoformat(bt.value_start), n)  # type: ignore[arg-type]
    s, e = cal.unit_containing(unit, d)
    return replace(t, value_start=s.isoformat(), value_end=e.isoformat(), anchor=f"event:{bt.text}")


#: last words of an anchored duration told with no anchor of its own ("a day earlier", "two days later")
_BARE_OFFSET_WORDS = frozenset({"earlier", "later", "before", "after"})
_ANCHOR_POS = frozenset({"DET", "NOUN", "PROPN", "NUM", "PRON", "ADJ"})


def _offset_from_story(doc: Doc, span: Span, spans: list[Span]) -> TimeExpr | None:
    """"A day earlier, militants had ...", "two days later": a duration with no anchor of its own counts from the
    paragraph's narrative time (the date an earlier sentence set), as "the previous day" does; None when the
    duration has an anchor after it ("a day before the vote") or the paragraph has told no date."""
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.pos_ in _ANCHOR_POS or nxt.tag_ in ("IN", "WRB")):
        return None
    base = _narrative(doc, span.sent, spans)
    if base is None or not _usable(base):
        return None
    bt: TimeExpr = base._.time
    assert bt.value_start is not None and bt.value_end is not None
    return reanchor(span._.time, bt.value_start, bt.value_end, bt.text)


# ------------------------------------------------------------------------------------------------- main


def governing_time(doc: Doc, token: Token) -> TimeExpr | None:
    """The date of the event whose trigger is ``token`` (see the module docstring), or None."""
    index = _time_index(doc)
    spans = index.spans
    has_parse = index.has_parse
    if index.sents:
        k = index.sentence(token.i)
        sent, candidates = index.sents[k], index.by_sent.get(k, [])
    else:
        sent, candidates = doc[:], spans
    trigger_up = {anc.i: crossed for anc, crossed in _ancestors(token)}
    scored: list[tuple[int, int, int, Span, TimeExpr]] = []
    for span in candidates:
        if not (sent.start <= span.start and span.end <= sent.end) or _premodifies_other(span, token):
            continue
        value: TimeExpr | None = span._.time if _usable(span) else _anaphor(doc, span, spans)
        if value is None:
            continue
        if value.anchor == "published" and span[-1].lower_ in _BARE_OFFSET_WORDS:
            value = _offset_from_story(doc, span, spans) or value
        # without a parse every expression of the sentence is one boundary away: the nearest wins
        dist = _distance(trigger_up, span, token) if has_parse else (0, 1)
        if dist is None:
            continue
        level, crossed = dist
        near = min(abs(span.start - token.i), abs(span.end - 1 - token.i))
        scored.append((crossed, level, near, span, value))
    clause = [x for x in scored if x[0] == 0]
    if clause:
        return min(clause, key=lambda x: (x[1], x[2]))[4]
    if scored and not has_parse:
        return min(scored, key=lambda x: x[2])[4]
    if scored:
        best = min(scored, key=lambda x: (x[0] + x[1], x[2]))
        head = _clause_head(best[3])
        partners = [x for x in scored if x[3] is not best[3] and x[0] + x[1] <= best[0] + best[1] + 1
                    and _coordinated(head, _clause_head(x[3]))]
        if partners:
            return _hull(doc, [(best[3], best[4]), *((x[3], x[4]) for x in partners)])
        return best[4]
    pub = _published(doc)
    if token.pos_ in ("VERB", "AUX") and pub is not None:
        if _is_future(token):
            return _tense_time(token, pub, "future")
        if token.lemma_ in REPORTING_VERBS and (is_present(token) or is_present_perfect(token)):
            return _tense_time(token, pub, "report")
    narrative = _narrative(doc, sent, spans)
    if narrative is not None:
        return narrative._.time
    reported = dateline_time(doc, token)
    if reported is not None:
        return reported
    if token.pos_ in ("VERB", "AUX") and pub is not None and is_present_perfect(token):
        return _tense_time(token, pub, "recent")
    return None


def _coordinated(a: Token, b: Token) -> bool:
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)


def _published(doc: Doc) -> date | None:
    value: Any = doc._.published
    try:
        return parse_published(value)
    except Exception:  # noqa: BLE001 - a malformed publication date simply gives no tense defaults
        return None
