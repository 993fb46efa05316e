"""A person's name after the portfolio of an office, for ``entities``.

Releases name an office by its portfolio before the holder's name: "Minister of State for the Middle East Hamish
Falconer", "Special Envoy for the Horn of Africa Mike Hammer", "Deputy Chief of Mission Ahmed Rahimi". The model
reads the portfolio's last words and the name as one entity, typed a place ("the Middle East Hamish Falconer" LOC)
or an organisation, or a person that begins with a word of the portfolio ("Mission Ahmed Rahimi"); the person is
then lost to the actor linker and to name chaining.

``portfolio_names`` cuts such an entity in two: the portfolio's words (kept as a place when the model typed the
whole a place, otherwise untagged) and the holder's name, a person of two or three words at its end (name particles
and hyphenated surnames count for none). It applies only to an entity right after "for" or "of" (and "the") that
ends the portfolio of a capitalised office word or title within eight tokens (``lexicon.json``: honorifics,
office_titles), and only when the name is a person's by its form: it opens with a common given name
(``given_names.txt``), or the model typed the whole a person, or its words are proper nouns no organisation's name
has and the dictionary knows no other thing by that name ("the Islamic Revolutionary Guard Corps" stays whole).
It runs after ``personnames.split_person_names``, which cuts the organisations of four words or more that open with
an office word or follow one ("Minister of International Relations and Cooperation Ronald Lamola" ORG), and takes
what that pass leaves: a place's or a person's entity, a shorter one, a title that is no office word ("Deputy Chief").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

if TYPE_CHECKING:  # pragma: no cover
    from ..actors.dictionary import ActorDictionary
    from .entityset import EntitySet

__all__ = ["portfolio_names"]

_LINKS = frozenset({"of", "for", "and", "the", "&"})


def _office_before(doc: Doc, start: int, titles: frozenset[str]) -> bool:
    """The entity at ``start`` follows "for"/"of" (and "the") that ends the portfolio of a capitalised title word
    within eight tokens ("Minister of State for [the Middle East ...]", "Deputy Chief of [Mission ...]")."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in ("for", "of"):
        return False
    j = i - 1
    while j >= 0 and i - j <= 8:
        t = doc[j]
        if t.text[:1].isupper() and t.lower_.rstrip(".") in titles:
            return True
        if t.lower_ in _LINKS or t.text[:1].isupper() and t.is_alpha:
            j -= 1
            continue
        return False
    return False


def _tail_name(e: Span, particles: frozenset[str], stop: frozenset[str], given: frozenset[str]) -> int | None:
    """The start of the name of two words at the end of ``e``, or three when the first of them is a given name
    ("Mohammed Shia al-Sudani"); None when its end holds no such name or the name would begin inside a hyphenated
    word ("the Indo-Pacific ...")."""
    doc = e.doc
    starts: list[int] = []
    k = e.end
    while k > e.start and len(starts) < 3:
        t = doc[k - 1]
        if t.text in ("-", "–") and k - 2 > e.start and not t.whitespace_ and not doc[k - 2].whitespace_ and starts:
            k -= 1  # the first half of a hyphenated surname follows
            continue
        if t.lower_ in particles and starts:
            k -= 1
            continue
        if not (t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in stop):
            break
        k -= 1
        starts.append(k)
    if len(starts) < 2:
        return None
    k = starts[2] if len(starts) == 3 and doc[starts[2]].lower_ in given else starts[1]
    if k <= e.start or doc[k - 1].text in ("-", "–") and not doc[k - 1].whitespace_:
        return None
    return k


def portfolio_names(doc: Doc, ents: EntitySet, words: dict[str, frozenset[str]],
                    dictionary: ActorDictionary | None) -> set[int]:
    """Cut the holder's name off the portfolio the model joined it to (see the module docstring). Returns the starts
    of the persons made."""
    from .places import gazetteer

    found: set[int] = set()
    for e in list(ents.spans.values()):
        if e.label_ not in ("PERSON", "ORG", "LOC", "GPE", "NORP", "FAC") or len(e) < 3:
            continue
        if e.end < len(doc) and (doc[e.end].text[:1].isupper() or doc[e.end].lower_ in ("of", "'s", "’s")):
            continue
        start = e.start + 1 if e[0].lower_ == "the" else e.start
        if not _office_before(doc, start, words["titles"]):
            continue
        k = _tail_name(e, words["particles"], words["stop"] | words["titles"], words["given"])
        if k is None:
            continue
        name = doc[k:e.end]
        given = doc[k].lower_ in words["given"]
        if not given and e.label_ != "PERSON":
            if not all(t.pos_ == "PROPN" for t in name if t.is_alpha) or name.text in gazetteer() or (
                    dictionary is not None and any(a.kind != "person" for a in dictionary.lookup_exact(name.text))):
                continue
        head = doc[start:k]
        ents.drop(e.start)
        if e.label_ in ("LOC", "GPE") and head.text[:1].isupper():
            ents.put(start, k, e.label_)
        ents.put(k, e.end, "PERSON")
        found.add(k)
    return found
