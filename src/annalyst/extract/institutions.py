"""National institutions named bare, with no country ("the Foreign Office said", "the Foreign Ministry", "the army
said", "the president", "the cabinet", "parliament"): the institution of the country the report is about.

A demanding reader takes such a name as the institution of the report's own country (docs/annotation.md, parties):
the same institution named earlier with its country ("the Turkish Foreign Ministry ... the Foreign Ministry said"),
else the country of the report's dateline ("ISLAMABAD: The Foreign Office said": Pakistan's, though the British
ministry bears the same name), else the country the text sets up as the speaker, the state that is the subject of
its first statement ("Pakistan rejected remarks by Kabul. The Foreign Office said": Pakistan's, never the last
country named, which here is the other side). When the text sets up no country the name keeps what the linker gave
it. The words, their kinds and how a name is written with its country come from ``actors/institutions.json``;
"the government" and "the authorities" are resolved by the place of the act (``events``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from ..actors.names import norm_key
from ..models import Actor, EventActor
from ..resources import load_json
from .agents import agent_code
from .eventargs import ArgValue

__all__ = ["bare_institution", "home_country", "institution_here"]

_PRONOUNS = frozenset({"it", "its", "they", "their", "we", "our"})
_SUBJECTS = frozenset({"nsubj"})
_STATE_KINDS = frozenset({"country", "government"})
#: per dictionary, (kind, country) -> the country's own actor; held weakly so that a dictionary's answers die with it
#: (an id() key could be reused by a later dictionary and answer for it)
_FOUND: WeakKeyDictionary[Any, dict[tuple[str, str], Actor | None]] = WeakKeyDictionary()


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    data = load_json("actors", "institutions.json")
    return {"names": dict(data["names"]), "article": frozenset(data["lowercase_needs_article"]),
            "government": frozenset(data["government_kinds"]), "forms": tuple(data["forms"]),
            "heads": frozenset(n.split()[-1] if " of " not in n else n.split()[0] for n in data["names"])}


def _phrase(token: Token) -> str | None:
    """The words of the noun phrase ``token`` heads, without its article, when they are exactly an institution's
    name ("Foreign Office", "Ministry of Foreign Affairs", "army"); None for any other phrase ("Pakistan's Foreign
    Office", "the Turkish Foreign Ministry", "the president of France", "army gunfire")."""
    table = _table()
    if token.lower_ not in table["heads"] or token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "amod"):
        return None
    words: list[Token] = []
    for c in token.lefts:
        if c.is_space:
            continue  # a wire dateline blanked before parsing
        if c.dep_ in ("det", "punct"):
            if c.dep_ == "det" and c.lower_ != "the":
                return None  # "a president", "this army"
            continue
        words.extend(c.subtree)
    words.append(token)
    for c in token.rights:
        if c.is_space:
            continue
        if c.dep_ == "prep" and c.lower_ == "of":
            words.extend(c.subtree)
        elif c.dep_ not in ("punct", "appos", "relcl", "acl", "prep", "advmod", "cc", "conj", "npadvmod"):
            return None
    text = " ".join(w.lower_ for w in sorted(words, key=lambda w: w.i))
    if text not in table["names"]:
        return None
    if text in table["article"] and not token.text[:1].isupper() and not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.lefts):
        return None  # "army officers", lowercase "parliament" with no article: no one institution
    return text


def bare_institution(value: ArgValue) -> str | None:
    """The institution's name when ``value`` names a national institution bare ("the Foreign Office", or "it" or "the
    ministry" referring back to it), else None. A name linked to a person (a title the article gave a named holder) is no longer
    bare."""
    actor_id = value.actor.actor_id or ""
    if actor_id.startswith("P-") or actor_id.startswith("phx:"):
        return None
    tok = value.token
    if tok.lower_ in _PRONOUNS or tok.lower_ == "ministry" and all(c.dep_ == "det" for c in tok.lefts) and \
            not any(c.dep_ == "prep" for c in tok.rights):  # "it", "the ministry": what it refers back to
        if actor_id:  # the nearest mention of it before, else the speaker named after a quotation ("'We ...,' the
            # Foreign Ministry said")
            named = [m for m in tok.doc.spans.get("mentions", []) if m.kb_id_ == actor_id and
                     m.root.lower_ != tok.lower_ and not m.start <= tok.i < m.end]
            before = [m for m in named if m.end <= tok.i]
            ante = before[-1] if before else next(iter(named), None)
            return _phrase(ante.root) if ante is not None else None
        if tok.lower_ != "ministry":
            return None
        # "the Foreign Ministry said ... The ministry also summoned": a name the dictionary does not know
        for m in reversed([m for m in tok.doc.spans.get("mentions", []) if m.end <= tok.i]):
            name = _phrase(m.root)
            if name is not None and _table()["names"][name] in _table()["government"]:
                return name
        return None
    return _phrase(tok)


def _country_of(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.id if actor.kind == "country" else actor.country


def _mention_country(doc: Doc, span: Span, dictionary: Any) -> str | None:
    actor = (getattr(doc._, "actors", None) or {}).get(span.kb_id_)
    return _country_of(actor if actor is not None else dictionary.find(span.kb_id_))


def _speaker(doc: Doc, span: Span, dictionary: Any) -> str | None:
    """The country of a mention that is a state speaking or acting as the subject of a clause ("Pakistan rejected",
    "Russia's Foreign Ministry said"), not a party named by its nationality ("Palestinian gunmen attacked")."""
    root = span.root
    if root.dep_ not in _SUBJECTS or root.head.dep_ != "ROOT" or agent_code(root) is not None or \
            _phrase(root) is not None:
        return None  # (the subject of a reported clause is spoken of: "India broke the treaty, the FO said")
    if any(c.dep_ == "conj" for c in root.children):
        return None  # "Pakistan and India exchanged fire": two sides, neither set up as the speaker
    actor = (getattr(doc._, "actors", None) or {}).get(span.kb_id_) or dictionary.find(span.kb_id_)
    if actor is None or actor.kind not in _STATE_KINDS and not (actor.kind == "person" and actor.country):
        return None
    return _country_of(actor)


def home_country(doc: Doc, token: Token, name: str, dictionary: Any, avoid: frozenset[str] = frozenset()
                 ) -> str | None:
    """The country whose institution a bare ``name`` at ``token`` is (module docstring), or None. The speaker the
    text sets up is never a country in ``avoid``, the other side of the act ("India accused Pakistan. The Foreign
    Office rejected the charge against Pakistan" is not India's office)."""
    mentions = [m for m in doc.spans.get("mentions", []) if m.end_char <= token.idx]
    for m in reversed(mentions):  # the same institution named with its country before
        words = norm_key(m.text)
        if words != name and words.endswith(" " + name) and (iso := _mention_country(doc, m, dictionary)):
            return iso
    for line in getattr(doc._, "datelines", None) or []:
        if not line.credit_only and line.location is not None and line.location.country:
            return str(line.location.country)
    for m in mentions:
        iso = _speaker(doc, m, dictionary)
        if iso and iso not in avoid:
            return iso
    return None


def _lookup(kind: str, iso: str, dictionary: Any) -> Actor | None:
    """The dictionary's own actor for a country's institution of ``kind`` ("Pakistan Foreign Office": PAK-FO)."""
    known = _FOUND.setdefault(dictionary, {})
    key = (kind, iso)
    if key in known:
        return known[key]
    table = _table()
    country = dictionary.find(iso)
    countries = [country.name] + [a.text for a in country.aliases if a.lang == "en"] if country is not None else []
    demonyms = list(dictionary.demonyms_of(iso))
    found = None
    for name in (n for n, k in table["names"].items() if k == kind):
        for form in table["forms"]:
            fills = demonyms if "{demonym}" in form else countries
            for fill in fills:
                text = form.format(country=fill, demonym=fill, name=name)
                hits = [a for a in dictionary.lookup_exact(text) if a.kind != "country" and _country_of(a) == iso]
                if hits:
                    found = hits[0]
                    break
            if found:
                break
        if found:
            break
    known[key] = found
    return found


def institution_here(doc: Doc, value: ArgValue, dictionary: Any, day: str | None,
                     others: list[ArgValue] | tuple[ArgValue, ...] = ()) -> ArgValue:
    """``value`` re-linked to its country's institution when it names one bare and the text sets up that country;
    else ``value`` unchanged. ``others``: the parties on the act's other side."""
    name = bare_institution(value)
    if name is None:
        return value
    avoid = frozenset(iso for v in others if v.actor.actor_id and
                      (iso := _country_of(dictionary.find(v.actor.actor_id))))
    iso = home_country(doc, value.token, name, dictionary, avoid)
    if iso is None:
        return value
    table = _table()
    kind = table["names"][name]
    day = str(day)[:10] if day else None
    actor: Actor | None = None
    if kind == "title":
        holders = dictionary.office_holders(name, iso, None, day)
        actor = holders[0][0] if holders else None
    else:
        actor = _lookup(kind, iso, dictionary)
        if actor is None and kind in table["government"]:
            actor = dictionary.government_of(iso, day)
    if actor is None:
        actor = dictionary.find(iso)
    if actor is None:
        return value
    return ArgValue(EventActor(actor_id=actor.id, name=actor.name, text=value.actor.text), True, value.token)
