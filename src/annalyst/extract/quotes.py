"""The ``annalyst_quotes`` component: quoted speech with its speaker.

A quote is text between straight (``"``) or curly (“ ”, „ “) double quotes or « » guillemets. Its speaker is the subject of the verb of saying the quote depends on: X stated that "...", X
emphasized that "...", X believes that "...", He referred to the Taliban as "objective allies", "...", X said. A quote with no such verb (a scare quote: the "implicit" challenge) is not kept. The speaker is
the actor id when the speaker's mention is linked, else the speaker's text; ``speaker_text`` keeps the text.

A statement introduced by a colon after a verb of saying ("The Foreign Secretary said:" and the paragraphs after it,
as government releases print it) is quoted speech too: one quote per paragraph, up to the next paragraph that
introduces a speaker of its own (at most ``_COLON_PARAGRAPHS``), so "I"/"we" in it are the speaker.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..models import Quote
from .eventargs import ArgValue, Args, Mentions, sentence_of
from .eventlex import claim_cues
from .phrases import doc_text
from .pipeline import register_extensions

__all__ = ["find_quotes", "make_quote_finder", "SPEECH_VERBS"]

_QUOTE = re.compile(r"\"([^\"\n]{1,2000})\"|“([^”\n]{1,2000})”|«([^»\n]{1,2000})»|„([^“”\n]{1,2000})[“”]")
#: verbs that introduce speech besides the reporting verbs of claims.json
SPEECH_VERBS = frozenset({"refer", "call", "describe", "term", "label", "dub", "brand", "ask", "reply", "respond",
                          "answer", "urge", "promise", "vow", "threaten", "propose", "deny", "allege", "claim",
                          "accuse", "tell", "write", "quote", "believe", "think", "insist", "emphasize"})


def _speech_verb(token: Token) -> Token | None:
    cues = claim_cues()
    verbs = cues["report_verbs"] | cues["allege_verbs"] | cues["propose_verbs"] | cues["deny_verbs"] | SPEECH_VERBS
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in verbs and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return node
        if node.head == node:
            break
        node = node.head
    # '"...," X said': the verb of saying is the root and the quote its ccomp, or a parataxis beside it
    root = sentence_of(token).root
    for child in root.children:
        if child.dep_ == "parataxis" and child.lemma_.lower() in verbs:
            return child
    return None


def find_quotes(doc: Doc, args: Args | None = None) -> list[Quote]:
    """Quotes of a parsed doc with their speakers."""
    if not len(doc):
        return []
    args = args or Args(doc, Mentions(doc))
    out: list[Quote] = []
    for match in _QUOTE.finditer(doc_text(doc)):
        g = next(i for i in range(1, 5) if match.group(i) is not None)
        start, end = match.start(g), match.end(g)
        raw = match.group(g)
        text = raw.strip().rstrip(",.;:")
        start += len(raw) - len(raw.lstrip())
        end = start + len(text)
        if not text or len(text.split()) < 1:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        inside = {t.i for t in span}
        heads = [t for t in span if t.head.i not in inside or t.head == t]
        verb = None
        for head in heads:
            verb = _speech_verb(head.head if head.head.i not in inside else head)
            if verb is not None and verb.i not in inside:
                break
            verb = None
        if verb is None:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
        if subject is None:
            continue
        hit = args.resolve(subject, exclude=frozenset(inside))  # '"We condemn X's raid," it said': "it" is
        # never a party the quote names
        if not isinstance(hit, ArgValue):
            continue
        speaker = (hit.actor.actor_id if hit.linked else None) or hit.actor.name
        out.append(Quote(speaker=speaker, text=text, start=start, end=end, speaker_text=hit.actor.text))
    out.extend(_colon_quotes(doc, args, [(q.start, q.end) for q in out]))
    return out


#: paragraphs a colon-introduced statement runs to at most
_COLON_PARAGRAPHS = 6
_COLON_INTRO = re.compile(r"\b(?:said|says|stated|states|added|adds|declared|commented|wrote|continued):[ \t]*")


def _colon_quotes(doc: Doc, args: Args, taken: list[tuple[int, int]]) -> list[Quote]:
    """Quotes of statements introduced by "X said:" (see the module docstring)."""
    out: list[Quote] = []
    text = doc_text(doc)
    for match in _COLON_INTRO.finditer(text):
        verb_span = doc.char_span(match.start(), match.start() + len(match.group().split(":")[0]),
                                  alignment_mode="expand")
        if verb_span is None or not len(verb_span):
            continue
        verb = verb_span[-1]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        hit = args.resolve(subject) if subject is not None else None
        if not isinstance(hit, ArgValue):
            continue
        pos = match.end()
        for _ in range(_COLON_PARAGRAPHS):
            while pos < len(text) and text[pos] in " \t\r\n":
                pos += 1
            if pos >= len(text):
                break
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            para = text[pos:end].rstrip()
            if _COLON_INTRO.search(para) or not para:
                break
            start, stop = pos, pos + len(para)
            if not any(b < stop and start < e for b, e in taken):
                out.append(Quote(speaker=(hit.actor.actor_id if hit.linked else None) or hit.actor.name, text=para, start=start, end=stop,
                                 speaker_text=hit.actor.text))
            pos = end
    return out


class _Component:
    def __call__(self, doc: Doc) -> Doc:
        register_extensions()
        doc._.quotes = find_quotes(doc) if doc.has_annotation("DEP") else []
        return doc


@Language.factory("annalyst_quotes", requires=["token.dep", "doc.spans"], assigns=["doc._.quotes"])
def make_quote_finder(nlp: Language, name: str) -> Any:
    register_extensions()
    return _Component()
