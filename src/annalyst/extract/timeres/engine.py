"""Find the time expressions of a text and resolve them: ``resolve``, ``resolve_expression``, ``reanchor``.

Pure functions over strings (no spaCy): every grammar rule of the language is run over the text, the longest
non-overlapping matches are kept, then combinators join ranges ("between 2018 and 2020", "from March to May 2024"),
deadlines ("by the end of the year") and openings ("since 2021"), and an anchored duration followed closely by a
date ("just days before X, earlier this month") is resolved on that date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from ...errors import InputError
from ...models import TimeExpr
from .actions import ACTIONS, Ctx, Value
from .grammar import LANGUAGES, Grammar, Rule, load_grammar, normalize

__all__ = ["resolve", "resolve_expression", "reanchor", "parse_published", "find", "Found", "grammar_for"]

#: how many characters of context the "anchored on the following date" rule looks across
_ANCHOR_GAP = 80


@dataclass
class Found:
    """One expression found in a text: its span, its value and the rule that matched (internal)."""

    start: int
    end: int
    value: Value
    order: int
    action: str
    groups: dict[str, str | None]
    text: str = ""

    def to_time(self, original: str) -> TimeExpr:
        v = self.value
        return TimeExpr(
            text=original[self.start:self.end], start=self.start, end=self.end,
            value_start=v.start.isoformat() if v.start else None, value_end=v.end.isoformat() if v.end else None,
            granularity=v.granularity, anchor=v.anchor,
        )


def parse_published(published: str | date | None) -> date | None:
    """The publication date as a ``date`` (ISO ``YYYY-MM-DD``, a longer ISO timestamp is cut); InputError if bad."""
    if published is None or published == "":
        return None
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError as exc:
        raise InputError("published", f"not an ISO date (YYYY-MM-DD): {published!r}") from exc


def grammar_for(lang: str | None) -> Grammar:
    """The grammar of ``lang`` ("en-US" -> en); languages without one use the English grammar."""
    code = (lang or "en").lower().replace("_", "-").split("-")[0]
    if code == "prs":  # Dari is written Persian
        code = "fa"
    return load_grammar(code if code in LANGUAGES else "en")


def find(text: str, published: str | date | None, lang: str = "en") -> list[Found]:
    """The resolved expressions of ``text`` in text order, with their internal values."""
    pub = parse_published(published)
    g = grammar_for(lang)
    norm = normalize(text, g.lang)
    cands: list[Found] = []
    cues = _Cues(norm, g) if g.trigger else None
    for rule in g.rules:
        action = ACTIONS[rule.action]
        for m in _matches(rule, norm, cues):
            groups = m.groupdict()
            if groups.get("core") is not None:
                start, end = m.span("core")
            else:
                start, end = m.span()
            if end <= start:
                continue
            ctx = Ctx(g, groups, pub, norm, text, start, end)
            value = action(ctx, *rule.args)
            if value is not None:
                cands.append(Found(start, end, value, rule.order, rule.action, groups))
    chosen = _select(cands)
    chosen = [_trim_period(f, norm) for f in chosen]
    chosen = _borrow_year(chosen, norm, g)
    chosen = _combine(chosen, norm, g, pub)
    chosen = _anchor_on_following(chosen, text, norm)
    for f in chosen:
        f.text = text[f.start:f.end]
    return chosen


#: characters around a cue word within which a rule's match must lie
_WINDOW = 48
#: the guard that opens the grammar's scans: no letter right before the match
_NO_LETTER_BEFORE = r"(?<![^\W\d_])"


@lru_cache(maxsize=4096)
def _unguarded(scan: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """``scan`` without its opening guard, and the guard alone, when the rest of the pattern is one sequence (no
    alternative at its top level): searching for the rest lets the regex engine skip to the words' first letters
    (a pattern opening with a look-behind is tried at every position), the guard then checked at each hit."""
    if not scan.pattern.startswith(_NO_LETTER_BEFORE):
        return None
    rest = scan.pattern[len(_NO_LETTER_BEFORE):]
    depth, i, in_class = 0, 0, False
    while i < len(rest):
        ch = rest[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            i += 1
            if rest[i:i + 1] == "^":
                i += 1
            if rest[i:i + 1] == "]":
                i += 1  # "[]...]": a bracket first in a class is a literal one
            in_class = True
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return None
        i += 1
    if not rest or rest[0] in "*+?{":
        return None
    return re.compile(rest, scan.flags), re.compile(_NO_LETTER_BEFORE, scan.flags)


def scan_spans(scan: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    """The spans of ``scan.finditer(text, pos, endpos)``, found faster for a scan that opens with the guard."""
    end = len(text) if endpos is None else endpos
    split = _unguarded(scan)
    if split is None:
        return [m.span() for m in scan.finditer(text, pos, end)]
    rest, guard = split
    out: list[tuple[int, int]] = []
    at = pos
    while at <= end:
        m = rest.search(text, at, end)
        if m is None:
            break
        start, stop = m.span()
        if stop == start:  # an empty match: finditer's own stepping decides the rest
            return [m.span() for m in scan.finditer(text, pos, end)]
        if guard.match(text, start) is None:
            at = start + 1
            continue
        out.append((start, stop))
        at = stop
    return out


class _Cues:
    """Where the grammar's cue words occur in a text, and the windows around them that each rule runs in.

    A rule runs only around the cues of the classes its matches contain, each class's hits merged into windows on
    their own: a rule of durations ("three years later") reads the text near unit words, not every span that some
    number or month word happens to widen.
    """

    def __init__(self, norm: str, g: Grammar) -> None:
        self.norm = norm
        self.lower = norm.lower()
        #: lower-casing kept every offset (not so for a dotted capital I), so rules may scan the lower-cased text
        self.aligned = len(self.lower) == len(norm)
        self.hits = {cls: (scan_spans(scan, self.lower) if self.aligned and scan is not None
                           else [m.span() for m in regex.finditer(norm)])
                     for cls, regex in g.trigger.items() for scan in [g.trigger_scan.get(cls)]}
        self._windows: dict[frozenset[str], list[tuple[int, int]]] = {}
        self._present: dict[str, bool] = {}

    def has(self, word: str) -> bool:
        """``word`` occurs somewhere in the lower-cased text (a rule needing a word the text lacks matches nowhere)."""
        found = self._present.get(word)
        if found is None:
            found = self._present[word] = self.lower.find(word) >= 0
        return found

    def windows(self, classes: frozenset[str]) -> list[tuple[int, int]]:
        """Merged spans of ``_WINDOW`` characters around every hit of any class of ``classes``."""
        out = self._windows.get(classes)
        if out is not None:
            return out
        hits = sorted(h for cls in classes for h in self.hits.get(cls, ()))
        out = []
        n = len(self.norm)
        for h_start, h_end in hits:
            s, e = max(0, h_start - _WINDOW), min(n, h_end + _WINDOW)
            if out and s <= out[-1][1]:
                if e > out[-1][1]:
                    out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        self._windows[classes] = out
        return out

    def rule_windows(self, rule: Rule) -> list[tuple[int, int]]:
        """Where ``rule`` may match: around its rarest mandatory class when it has some (every match holds one of
        each), else around any class it may hold."""
        if rule.all_of:
            rarest = min(rule.all_of, key=lambda cls: len(self.hits.get(cls, ())))
            return self.windows(frozenset((rarest,)))
        return self.windows(rule.needs)


def _matches(rule: Rule, norm: str, cues: _Cues | None):
    """The matches of ``rule`` in ``norm`` (within its windows when there are cues). A rule without capitals is
    scanned case-sensitively over the lower-cased text (much faster than IGNORECASE), then each hit is matched again
    on ``norm`` at the same place, so groups keep their case."""
    if cues is None:
        yield from rule.regex.finditer(norm)
        return
    lower = cues.lower
    if not rule.needs:
        spans = [(0, len(norm))]
    elif not all(cues.has(w) for w in rule.literals):
        return
    else:
        spans = [(s, e) for s, e in cues.rule_windows(rule) if all(lower.find(w, s, e) >= 0 for w in rule.literals)]
    for s, e in spans:
        if rule.scan is None or not cues.aligned:
            yield from rule.regex.finditer(norm, s, e)
            continue
        for start, _ in scan_spans(rule.scan, lower, s, e):
            m = rule.regex.match(norm, start, e)
            if m is not None:
                yield m


def _select(cands: list[Found]) -> list[Found]:
    """Longest first (then the earlier rule), without overlaps; returned in text order.

    Candidates are split into clusters of mutually overlapping spans first, so the work stays linear in the text.
    """
    cands.sort(key=lambda f: (f.start, f.end))
    out: list[Found] = []
    cluster: list[Found] = []
    reach = -1
    for f in cands:
        if cluster and f.start >= reach:
            out.extend(_select_cluster(cluster))
            cluster = []
        cluster.append(f)
        reach = max(reach, f.end) if len(cluster) > 1 else f.end
    if cluster:
        out.extend(_select_cluster(cluster))
    out.sort(key=lambda f: f.start)
    return out


def _select_cluster(cands: list[Found]) -> list[Found]:
    cands.sort(key=lambda f: (-(f.end - f.start), f.order, f.start))
    taken: list[Found] = []
    for f in cands:
        if not any(f.start < t.end and t.start < f.end for t in taken):
            taken.append(f)
    return taken


_SPACES = re.compile(r"\s*")
_LAST_WORD = re.compile(r"([^\W\d_]+)\.$")
#: how far back a year-less date looks for the explicit year it shares ("on August 15, 2021 ... on Aug. 30")
_YEAR_REACH = 250


def _trim_period(f: Found, norm: str) -> Found:
    """"on 5 June." ends the sentence: the period belongs to an abbreviation ("Aug.") only."""
    m = _LAST_WORD.search(norm, f.start, f.end)
    if m is not None and (len(m.group(1)) > 4 or m.group(1).lower() in ("june", "july", "may")):
        return replace(f, end=f.end - 1)
    return f


def _borrow_year(found: list[Found], norm: str, g: Grammar) -> list[Found]:
    """A day or month without a year takes the year of the explicitly dated day or month just before it."""
    for i, f in enumerate(found):
        if f.value.explicit_year or f.action != "date" or f.value.granularity not in ("day", "month"):
            continue
        prev = next((p for p in reversed(found[:i]) if p.value.explicit_year and p.value.start is not None
                     and p.value.granularity in ("day", "month", "interval")), None)
        if prev is None or f.start - prev.end > _YEAR_REACH or "\n\n" in norm[prev.end:f.start]:
            continue
        assert prev.value.start is not None
        groups = dict(f.groups)
        groups["y"] = str(prev.value.start.year)
        redone = ACTIONS["date"](Ctx(g, groups, None, norm, norm, f.start, f.end))
        if redone is not None and redone.start is not None and redone.start >= prev.value.start:
            found[i] = replace(f, value=redone)
    return found


def _word_before(norm: str, start: int, regex: re.Pattern[str] | None) -> int | None:
    """Start of a combinator word that ends right before ``start`` (spaces between), else None."""
    if regex is None:
        return None
    window = norm[max(0, start - 40):start]
    offset = max(0, start - 40)
    best = None
    for m in regex.finditer(window):
        tail = window[m.end():]
        if tail.strip() == "" and (m.start() == 0 or not window[m.start() - 1].isalnum()):
            if best is None or m.start() < best:
                best = m.start()
    return None if best is None else offset + best


def _starts_with(norm: str, f: Found, regex: re.Pattern[str] | None) -> bool:
    if regex is None:
        return False
    m = regex.match(norm, f.start)
    return bool(m)


def _combine(found: list[Found], norm: str, g: Grammar, pub: date | None) -> list[Found]:
    out: list[Found] = []
    i = 0
    sep_re = g.combinators.get("range_sep")
    open_re = g.combinators.get("range_open")
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and a.value.start and b.value.start and a.value.end and b.value.end:
            merged = _range(a, b, norm, g, sep_re, open_re)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    if pub is not None:
        out = [_deadline(f, norm, g, pub) for f in out]
    return out


def _range(a: Found, b: Found, norm: str, g: Grammar, sep_re: re.Pattern[str] | None,
           open_re: re.Pattern[str] | None) -> Found | None:
    between = norm[a.end:b.start]
    if len(between) > 20:
        return None
    stripped = between.strip()
    opener = _word_before(norm, a.start, open_re)
    opened = opener is not None or _starts_with(norm, a, open_re)
    if stripped in ("-", "–", "—"):
        pass
    elif sep_re is not None and sep_re.fullmatch(stripped):
        if stripped.lower() in ("and", "و", "и") and not opened:
            return None
        if not opened and a.value.granularity == b.value.granularity == "year" and stripped.lower() != "to":
            return None
    else:
        return None
    av = a.value
    if not av.explicit_year and b.value.explicit_year and a.action == "date" and b.value.start:
        groups = dict(a.groups)
        y = b.value.start.year
        groups["y"] = str(y)
        redone = ACTIONS["date"](Ctx(g, groups, None, norm, norm, a.start, a.end))
        if redone is not None and redone.start is not None:
            if redone.start > b.value.start:
                groups["y"] = str(y - 1)
                redone = ACTIONS["date"](Ctx(g, groups, None, norm, norm, a.start, a.end))
            if redone is not None:
                av = redone
    if av.start is None or b.value.end is None or av.start > b.value.end:
        return None
    anchor = av.anchor or b.value.anchor
    start = opener if opener is not None else a.start
    value = Value(av.start, b.value.end, "interval", anchor, explicit_year=b.value.explicit_year)
    return Found(start, b.end, value, min(a.order, b.order), "range", {})


def _deadline(f: Found, norm: str, g: Grammar, pub: date) -> Found:
    v = f.value
    if v.start is None or v.end is None or v.offset is not None:
        return f
    by = _word_before(norm, f.start, g.combinators.get("by"))
    if by is not None and v.end >= pub:
        return Found(by, f.end, Value(pub, v.end, "interval", "published"), f.order, "by", f.groups)
    since = _word_before(norm, f.start, g.combinators.get("since"))
    if since is not None and v.start <= pub and v.granularity != "interval":
        return Found(since, f.end, Value(v.start, pub, "interval", "published"), f.order, "since", f.groups)
    return f


_SENTENCE_END = re.compile(r"[.!?;:\n]|[,،]\s*\S")


def _anchor_on_following(found: list[Found], text: str, norm: str) -> list[Found]:
    """An anchored duration closely followed by a dated anchor ("two weeks after the March 3 attack") uses it."""
    for i, f in enumerate(found[:-1]):
        off = f.value.offset
        nxt = found[i + 1]
        if off is None or nxt.value.start is None or nxt.value.end is None or nxt.value.offset is not None:
            continue
        gap = norm[f.end:nxt.start]
        core = gap.rstrip().rstrip(",،").rstrip()
        if len(gap) > _ANCHOR_GAP or _SENTENCE_END.search(core):
            continue
        name = text[f.end:f.end + len(core)].strip(" ,،\u200c\u200f") or text[nxt.start:nxt.end]
        found[i] = replace(f, value=_shift(f.value, nxt.value.start, nxt.value.end, f"event:{name}"))
    return found


def _shift(v: Value, a_start: date, a_end: date, anchor: str) -> Value:
    assert v.offset is not None
    direction, lo, hi = v.offset
    if direction == "after":
        s, e = a_start + timedelta(days=lo), a_end + timedelta(days=hi)
    else:
        s, e = a_start - timedelta(days=hi), a_end - timedelta(days=lo)
    return replace(v, start=s, end=e, anchor=anchor)


# --------------------------------------------------------------------------------------------- public API


def resolve(text: str, published: str | None, lang: str = "en") -> list[TimeExpr]:
    """Find and resolve every time expression of ``text`` (offsets into ``text``), in text order.

    ``published`` (ISO date or None) anchors the relative expressions; without it they keep null values.
    """
    return [f.to_time(text) for f in find(text, published, lang)]


def resolve_expression(expr: str, published: str | None, lang: str = "en") -> TimeExpr:
    """``expr`` as one expression (the CLI's view): nulls where it cannot be resolved.

    Several expressions in ``expr`` ("proclaimed in 1996 and ended in 2001") give the interval covering them all.
    Strings the grammar does not know are handed to dateparser.
    """
    found = find(expr, published, lang)
    whole = TimeExpr(text=expr, start=0, end=len(expr), value_start=None, value_end=None, granularity=None)
    if len(found) == 1:
        t = found[0].to_time(expr)
        return replace(t, text=expr, start=0, end=len(expr))
    resolved = [f for f in found if f.value.start is not None and f.value.end is not None]
    if len(found) > 1 and resolved:
        start = min(f.value.start for f in resolved if f.value.start)
        end = max(f.value.end for f in resolved if f.value.end)
        anchor = "published" if any(f.value.anchor for f in resolved) else None
        return replace(whole, value_start=start.isoformat(), value_end=end.isoformat(), granularity="interval",
                       anchor=anchor)
    if found:
        return replace(whole, granularity=found[0].value.granularity)
    return _dateparser_fallback(expr, parse_published(published), grammar_for(lang).lang) or whole


_PERIOD_GRAN = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _dateparser_fallback(expr: str, pub: date | None, lang: str) -> TimeExpr | None:
    text = expr.strip()
    # a bare number with a sign ("$2018", "2,000") is not a date even if dateparser makes one of it
    if not text or len(text) > 80 or not re.search(r"[^\W\d_]|\d[./-]\d", text):
        return None
    result = _dateparser_parse(text, pub.isoformat() if pub else None, lang)
    if result is None:
        return None
    day_iso, period, relative = result
    if relative and pub is None:
        return None
    d = date.fromisoformat(day_iso)
    from . import calendar as cal

    gran = _PERIOD_GRAN.get(period, "day")
    s, e = cal.unit_containing(gran, d)
    return TimeExpr(text=expr, start=0, end=len(expr), value_start=s.isoformat(), value_end=e.isoformat(),
                    granularity=gran, anchor="published" if relative else None)


@lru_cache(maxsize=4096)
def _dateparser_parse(text: str, pub_iso: str | None, lang: str) -> tuple[str, str, bool] | None:
    """dateparser on one candidate string: (ISO day, period, whether it needed the publication date)."""
    import datetime as _dt
    import warnings

    from dateparser.date import DateDataParser

    base = _dt.datetime.fromisoformat(pub_iso) if pub_iso else _dt.datetime(2000, 1, 1)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
                "RETURN_TIME_AS_PERIOD": True}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            languages: list[str] | None = [lang]
            data = DateDataParser(languages=languages, settings=settings).get_date_data(text)
            if data.date_obj is None:  # written in another language than the article's
                languages = None
                data = DateDataParser(settings=settings).get_date_data(text)
            other = DateDataParser(languages=languages, settings={**settings, "RELATIVE_BASE": _dt.datetime(1990, 6, 15)}
                                   ).get_date_data(text) if data.date_obj else None
        except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd strings; odd strings have no date
            return None
    if data.date_obj is None:
        return None
    relative = other is None or other.date_obj is None or other.date_obj.date() != data.date_obj.date()
    return data.date_obj.date().isoformat(), data.period or "day", relative


def offset_of(text: str) -> tuple[str, int, int] | None:
    """The (direction, fewest days, most days) of an anchored duration written in ``text``, in any known language."""
    for lang in LANGUAGES:
        for f in find(text, None, lang):
            if f.value.offset is not None:
                return f.value.offset
    return None


def reanchor(expr: TimeExpr, anchor_start: str, anchor_end: str, anchor_name: str) -> TimeExpr:
    """``expr`` resolved again on its anchor event's dates ("nearly a week after" + the recognition's date).

    Expressions that are not anchored durations come back unchanged.
    """
    offset = offset_of(expr.text)
    if offset is None:
        return expr
    a_start, a_end = parse_published(anchor_start), parse_published(anchor_end)
    if a_start is None or a_end is None:
        return expr
    v = _shift(Value(None, None, expr.granularity, offset=offset), a_start, a_end, f"event:{anchor_name}")
    assert v.start is not None and v.end is not None
    return replace(expr, value_start=v.start.isoformat(), value_end=v.end.isoformat(), anchor=v.anchor)
