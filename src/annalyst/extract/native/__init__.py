"""Native-language extraction for Russian, Urdu, Persian/Dari, Pashto, Chinese and Arabic, with no model download.

``analyze_native(article, dictionary)`` gives the same ``ParseResult`` as the English pipeline, from a shallower
analysis: sentences and tokens suited to the script (``tokenize``), actor mentions by native-script aliases of the
actor dictionary, capitals, demonyms and places (``mentions``), time expressions from the project's resolver
(``extract.timeres``, which has grammars for these languages), and events from per-language trigger lexicons
(``resources/native/<lang>.json``) with arguments found by markers and word order (``args``) and claim status from
per-language cues (``coder``). Evidence offsets are offsets in the original text.

Because there is no parse, every event's ``confidence`` is between 0.4 and 0.6 (0.4, plus 0.1 for each side linked
to a known actor), below the English pipeline's. Events need a linked actor or recipient, an actor (attacks
excepted: "14 people were killed" has victims and a place), and a recipient where PLOVER requires one.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from ...models import Actor, Article, Event, EventActor, EventDate, Evidence, Mention, ParseResult, TimeExpr, stable_id
from ..eventlex import plover_table, score_for
from .args import Frame, Group, build_frame
from .coder import Found, code_sentence, resolve_rejects
from .lexicon import LANGUAGES, native_lexicon
from .mentions import Unit, mention_finder
from .sentence import Sentence, make_sentence
from .tokenize import sentences

__all__ = ["analyze_native", "LANGUAGES", "NATIVE_VERSION", "supports"]

log = logging.getLogger(__name__)

#: recorded with stored extractions made by this coder
NATIVE_VERSION = "annalyst-native/0.1"


def supports(language: str | None) -> bool:
    """True when ``analyze_native`` has a lexicon for ``language`` ("fa-AF" and "prs" count as Persian)."""
    return _lang(language) in LANGUAGES


def _lang(language: str | None) -> str:
    code = (language or "").split("-")[0].split("_")[0].lower()
    return {"prs": "fa", "pes": "fa", "pbt": "ps", "pbu": "ps", "cmn": "zh", "arb": "ar", "urd": "ur"}.get(code, code)


def analyze_native(article: Article, dictionary=None) -> ParseResult:  # noqa: ANN001 - ActorDictionary
    """Mentions, time expressions and events of a non-English article (an empty result for an unsupported
    language). ``dictionary`` is the actor dictionary to link against (default: the packaged one)."""
    lang = _lang(article.language)
    text = article.text or ""
    if lang not in LANGUAGES or not text.strip():
        return ParseResult(article=article)
    if dictionary is None:
        from ...actors.dictionary import default_dictionary

        dictionary = default_dictionary()
    lex = native_lexicon(lang)
    finder = mention_finder(dictionary, lang)
    day = article.published.date if article.published else None
    times = _times(text, day, lang)
    named: set[str] = set()
    parsed: list[tuple[Sentence, Frame, list[Unit], list[Found]]] = []
    for start, end in sentences(text, lang):
        sent = make_sentence(text, start, end, lex)
        units = finder.find(sent, day, named)
        frame = build_frame(sent, units)
        parsed.append((sent, frame, units, code_sentence(sent, frame)))
    resolve_rejects([p[3] for p in parsed])
    mentions: list[Mention] = []
    actors: dict[str, Actor] = {}
    events: list[Event] = []
    for sent, frame, units, found in parsed:
        for u in units:
            if u.actor is None:
                continue
            s, e = sent.char_span(u.start, u.end)
            mentions.append(Mention(article_id=article.id, start=s, end=e, text=text[s:e], actor_id=u.actor.id,
                                    score=0.9 if not u.weak else 0.7))
            actors[u.actor.id] = u.actor
        for f in found:
            event = _event(article, sent, frame, f, times, dictionary)
            if event is not None:
                events.append(event)
                for side in (event.actor, event.recipient):
                    for ea in side:
                        if ea.actor_id and ea.actor_id not in actors:
                            found_actor = dictionary.find(ea.actor_id)
                            if found_actor is not None:
                                actors[ea.actor_id] = found_actor
    return ParseResult(article=article, mentions=mentions, actors=actors, time_expressions=times, events=events)


def _times(text: str, day: str | None, lang: str) -> list[TimeExpr]:
    try:
        from ..timeres import resolve

        return resolve(text, day, lang)
    except Exception as exc:  # noqa: BLE001 - a bad date in one article must not stop extraction
        log.debug("time resolution failed: %s", exc)
        return []


def _side(sent: Sentence, g: Group | None, dictionary) -> list[EventActor]:  # noqa: ANN001
    if g is None:
        return []
    out: list[EventActor] = []
    seen: set[str] = set()
    for u in g.units:
        s, e = sent.char_span(u.start, u.end)
        surface = sent.text[s - sent.start:e - sent.start]
        actor = u.actor
        if actor is None and u.place is not None and u.place.country:
            actor = dictionary.find(u.place.country)
        if actor is None or actor.id in seen:
            continue
        seen.add(actor.id)
        out.append(EventActor(actor_id=actor.id, name=actor.name, text=surface))
    return out


def _event(article: Article, sent: Sentence, frame: Frame, f: Found, times: list[TimeExpr],
           dictionary) -> Event | None:  # noqa: ANN001
    entry = f.entry
    actor = _side(sent, f.actor, dictionary)
    recipient = _side(sent, f.recipient, dictionary)
    if not actor and entry.event_type != "ASSAULT":
        return None
    if not actor and not recipient:
        return None
    if not any(a.actor_id for a in actor + recipient):
        return None
    info = plover_table()["types"].get(entry.event_type, {})
    if (entry.needs_recipient or info.get("recipient_required")) and not recipient:
        return None
    mode, context, cameo = entry.mode, list(entry.context), entry.cameo
    if entry.event_type == "AID" and _weapons(sent, frame, f):
        context, cameo = ["military"], "072"
    score, quad = score_for(entry.event_type, mode)
    trig_start, _ = sent.char_span(f.start, f.end)
    linked_actor = any(a.actor_id for a in actor)
    linked_recipient = any(a.actor_id for a in recipient)
    confidence = 0.4 + 0.1 * linked_actor + 0.1 * linked_recipient
    place = next((u.place for u in frame.places if u.place is not None), None)
    return Event(
        id=stable_id(article.id, str(trig_start), entry.event_type),
        article_id=article.id,
        event_type=entry.event_type,
        mode=mode,
        context=context,
        actor=actor,
        recipient=recipient,
        date=_date(sent, trig_start, f.status, times, article.published.date if article.published else None),
        location=place,
        status=f.status,
        attributed_to=_name(f.attributed_to),
        denied_by=[n for n in (_name(g) for g in f.denied_by) if n],
        score=score,
        quad_class=quad,
        cameo=cameo,
        confidence=round(confidence, 2),
        evidence=[Evidence(article_id=article.id, start=sent.start, end=sent.end, sentence=sent.text,
                           trigger=f.trigger_text)],
    )


def _name(g: Group | None) -> str | None:
    if g is None:
        return None
    for u in g.units:
        if u.actor is not None:
            return u.actor.name
    return None


def _weapons(sent: Sentence, frame: Frame, f: Found) -> bool:
    c = frame.clauses[f.clause]
    return any(c.start <= h.start < c.end for h in sent.find(frame.lex.weapons))


def _date(sent: Sentence, offset: int, status: str, times: list[TimeExpr], published: str | None) -> EventDate:
    inside = [t for t in times if t.start is not None and sent.start <= t.start < sent.end and t.value_start]
    if inside:
        best = min(inside, key=lambda t: abs((t.start or 0) - offset))
        return EventDate(start=best.value_start, end=best.value_end, granularity=best.granularity, text=best.text,
                         anchor=best.anchor)
    if status == "predicted" and published:
        try:
            pub = date.fromisoformat(published[:10])
        except ValueError:
            return EventDate()
        return EventDate(start=pub.isoformat(), end=(pub + timedelta(days=365)).isoformat(), granularity="interval",
                         anchor="published")
    return EventDate()
