"""Names the actor dictionary knows exactly, typed by the model against what they name.

The small English model types a name by its form and its neighbours: an armed group's name opening with the Arabic
article looks like a person's ("al Shabaab said", "al-Shabab fighters" tagged PERSON), a country alone before a
verb or a comma can look like one ("Niger" in a biography), and a minister's or leader's surname alone after a
quotation ("Lavrov said", "Ayrault stressed") or in a headline ("his US counterpart Blinken") is often typed an
organisation or a country. When the whole entity is, word for word, a name the actor dictionary holds for one kind
of actor only, that kind decides:

- a PERSON that the dictionary knows only as a group, organisation or party is an ORG, and as a country a GPE
  (a country only when the word is one name alone, no common given name, and no part of a person's full name in
  the same article: "Jordan" after "Vernon Jordan" stays a person);
- a one-word ORG, GPE or NORP that the dictionary knows only as a person (a strong alias, not a nickname) is that
  person, unless it stands in a place's position ("in Jordan") or is the gazetteer's place or a demonym.

A trailing possessive ("al Shabaab's") is left out of the retyped name.

A person entity that opens with the last word of a country's name begun before it ("Minister of Foreign Affairs
of the Russian Federation Sergey Lavrov": "Federation Sergey Lavrov" PERSON, as press releases write an office, its
country and the holder in one run), or with a one-word country after an office's "of" ("Foreign Minister of
Austria Karl Brandt"), is cut after that word: the country is a place, the rest the person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .entityset import EntitySet

if TYPE_CHECKING:  # pragma: no cover
    from ..actors.dictionary import ActorDictionary

_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_PERSON_LABELS_FROM = ("ORG", "GPE", "NORP")


def known_kind_names(doc: Doc, ents: EntitySet, d: ActorDictionary, given: frozenset[str]) -> None:
    """Retype the entities whose whole text the dictionary knows as one kind of actor only (see the module
    docstring). ``given``: the common given names."""
    from .entities import place_context
    from .places import gazetteer

    full_parts: set[str] | None = None
    for e in list(ents.spans.values()):
        if e.label_ == "PERSON" and len(e) >= 3 and e.start > 0 and _country_tail(doc, ents, d, e.start):
            continue
        if e.label_ == "PERSON":
            end = e.end - 1 if len(e) > 1 and e[-1].lower_ in _POSSESSIVES else e.end
            text = doc[e.start:end].text
            known = d.lookup_exact(text)
            if not known or any(a.kind == "person" for a in known):
                continue
            kinds = {a.kind for a in known}
            if kinds == {"country"}:
                if end - e.start != 1 or text.lower() in given:
                    continue
                if full_parts is None:
                    full_parts = {t.text for o in ents.spans.values() if o.label_ == "PERSON" and len(o) >= 2 for t in o}
                if text in full_parts:
                    continue
                ents.put(e.start, end, "GPE")
            elif "country" not in kinds:
                ents.put(e.start, end, "ORG")
        elif e.label_ in _PERSON_LABELS_FROM and len(e) == 1 and e[0].text[:1].isupper() and e[0].is_alpha:
            known = d.lookup_exact(e.text)
            if not known or any(a.kind != "person" for a in known) or any(d.is_weak(a.id, e.text) for a in known):
                continue
            if d.demonym(e.text) is not None or e.text in gazetteer() or place_context(doc, e.start, e.end):
                continue
            ents.put(e.start, e.end, "PERSON")


def _country_tail(doc: Doc, ents: EntitySet, d: ActorDictionary, start: int) -> bool:
    """Cut the person entity at ``start`` after its first word when that word ends a country's name begun before it
    (up to four words back, "the" left out) or is a country named after an office's "of" ("Minister of Foreign
    Affairs of Austria Karl Brandt"); True when cut."""
    first = doc[start]
    if not first.text[:1].isupper() or not doc[start + 1].text[:1].isupper():
        return False
    for k in range(5):
        lo = start - k
        if k and (lo < 0 or doc[lo].lower_ in ("of", "the", ",") or not doc[lo].text[:1].isupper()):
            return False
        if not k and not (start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].text[:1].isupper()):
            continue  # a one-word country opening the entity only after an office's "of" ("Minister of Austria")
        if d.country_code(doc[lo:start + 1].text) is not None:
            end = ents.spans[start].end
            ents.put(lo, start + 1, "GPE")
            ents.put(start + 1, end, "PERSON")
            return True
    return False
