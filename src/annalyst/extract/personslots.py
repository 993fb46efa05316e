"""A name of one word that the article never gives in full, read as a person from a slot only a person fills.

Pieces of news and releases often name a person by the surname alone, with no full name before it in the same text
("Mensah told reporters ...", "65-year-old Adeyemi, a former minister, ..."). The small English model types such a
word as it would a town or an organisation ("Qaderi" GPE, "Novak" ORG, "Ilunga" NORP), and the name chaining of
``entities`` finds no full name to chain it to. A lone name word is a person when the sentence puts it where only a
person stands:

1. **an age before it**: "the 54-year-old Kamau" ("N-year-old" right before the name);
2. **a name after a personal pronoun in brackets**: "we detained him (Rahimi)" names the man the pronoun is;
3. **one word listed with persons**: in "Ali Karimi, Reza Nouri, Bahrami and Saeed Javadi" the one-word member of a
   list whose other members are all names of persons of two or more words is a person too;
4. **the subject of a person's act**: the subject of a verb of a person's life (``lexicon.json:
   person_subject_verbs``: "resigned", "died") or the passive subject of an arrest, an election, a birth
   (``person_passive_verbs``: "was arrested", "was elected"), which no organisation is, when the model reads the
   word as a singular proper noun (not "Operations ... died" in a run of capitalised words);
5. **a speaker the model took for a place**: a name the model typed a place or a people (GPE, NORP, LOC) that is
   the subject of a verb of saying (``claims.json: report_verbs``: "told", "said") and that no place the gazetteer
   knows is so spelt ("Qaderi told reporters"; "Kabul said" is left a place). A name typed an organisation or left
   untagged is no speaker by this cue: companies and agencies say and tell as often ("Safaricom said").

The word must stand alone (no name word on either side, no article before it), not in capitals ("NDLEA said"),
and not be a country's or a people's name. Once a word is read as a person, its other lone uses in the article
are that person too (unless they stand where a place stands). Called by ``entities.correct_entities`` after the
name chaining, so a name the article gives in full is chained there first.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..actors.names import lexicon
from .entityset import EntitySet
from .phrases import co_members

if TYPE_CHECKING:  # pragma: no cover
    from ..actors.dictionary import ActorDictionary

__all__ = ["lone_person_names", "person_slot"]

_RETYPED = ("ORG", "GPE", "NORP", "LOC", "FAC")
_PRONOUNS = frozenset({"him", "her", "he", "she"})


@lru_cache(maxsize=1)
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    lex = lexicon()
    return frozenset(lex["person_subject_verbs"]), frozenset(lex["person_passive_verbs"])


def _word(tok: Token) -> bool:
    """A capitalised name word that is no acronym ("Mensah", "Sanwo-Olu"'s first part)."""
    return tok.text[:1].isupper() and tok.is_alpha and not (tok.text.isupper() and len(tok) > 1)


def _lone_end(doc: Doc, ents: EntitySet, i: int) -> int | None:
    """End of the lone name opening at ``i`` (a hyphenated name in three tokens counts as one word), or None when
    the word is not a lone name: a person already, part of a longer entity or of a run of name words, after "the"."""
    tok = doc[i]
    if not _word(tok) or tok.pos_ not in ("PROPN", "NOUN") or tok.is_sent_start and tok.pos_ != "PROPN":
        return None
    end = i + 1
    if end + 1 < len(doc) and doc[end].text in ("-", "–") and not tok.whitespace_ and not doc[end].whitespace_ \
            and _word(doc[end + 1]):
        end += 2  # "Sanwo-Olu"
    e = ents.at(i)
    if e is not None and (e.label_ not in _RETYPED or e.start != i or e.end != end):
        return None
    if any(ents.at(k) is not None and ents.at(k) is not e for k in range(i, end)):
        return None
    if i > 0 and (doc[i - 1].lower_ == "the" or _word(doc[i - 1]) and doc[i - 1].pos_ == "PROPN"):
        return None
    if end < len(doc) and _word(doc[end]) and doc[end].pos_ == "PROPN":
        return None
    return end


def _aged(doc: Doc, i: int) -> bool:
    """"65-year-old Shinde": an age right before the name."""
    if i < 1:
        return False
    prev = doc[i - 1].lower_
    if prev.endswith(("year-old", "years-old")):
        return True
    return prev == "old" and i >= 3 and doc[i - 2].text in ("-", "–") and doc[i - 3].lower_ in ("year", "years")


def _bracketed(doc: Doc, i: int, end: int) -> bool:
    """"him (Rahimi)": the name alone in brackets right after a personal pronoun."""
    return i >= 2 and doc[i - 1].text == "(" and doc[i - 2].lower_ in _PRONOUNS and end < len(doc) \
        and doc[end].text == ")"


def _listed_with_persons(doc: Doc, ents: EntitySet, tok: Token) -> bool:
    """The other members of the list ``tok`` belongs to are two or more persons' names of two or more words."""
    others = co_members(tok)
    return len(others) >= 2 and all(
        (m := ents.at(o.i)) is not None and m.label_ == "PERSON" and len(m) >= 2 for o in others)


def _person_subject(doc: Doc, start: int, end: int) -> bool:
    """The subject of a verb of a person's life ("Novak resigned"), or the passive subject of an arrest, an
    election, a birth ("Okafor was arrested", "Novak was elected")."""
    active, passive = _verbs()
    return any(t.dep_ == "nsubj" and t.head.lemma_.lower() in active or t.dep_ == "nsubjpass"
               and t.head.lemma_.lower() in passive for t in doc[start:end])


def _placed_speaker(doc: Doc, ents: EntitySet, start: int, end: int) -> bool:
    """A name the model typed a place or a people that is the subject of a verb of saying ("Qaderi" GPE + "told")."""
    from .eventlex import claim_cues

    e = ents.at(start)
    if e is None or e.label_ not in ("GPE", "NORP", "LOC"):
        return False
    verbs = claim_cues()["report_verbs"]
    return any(t.dep_ == "nsubj" and t.head.lemma_.lower() in verbs for t in doc[start:end])


def person_slot(doc: Doc, start: int, end: int) -> bool:
    """The name at ``start:end`` stands where only a person stands by the strong cues of the module docstring (an
    age before it, a pronoun before it in brackets, a person's act it is the subject of): the actor linker reads a
    name the gazetteer also knows as a town as the person there."""
    return _aged(doc, start) or _bracketed(doc, start, end) or (
        doc[start].tag_ == "NNP" and _person_subject(doc, start, end))


def _unknown(text: str, d: ActorDictionary | None, place_too: bool) -> bool:
    """Nothing the actor dictionary knows as other than a person, no country or people; with ``place_too``, no
    place the gazetteer knows either."""
    if d is not None and (d.country_code(text) or d.demonym(text) is not None or any(
            a.kind != "person" for a in d.lookup_exact(text))):
        return False
    if place_too:
        from .places import gazetteer

        return text not in gazetteer()
    return True


def lone_person_names(doc: Doc, ents: EntitySet, d: ActorDictionary | None) -> None:
    """Retype (or tag) as PERSON the lone name words the slots of the module docstring read as persons, and the
    other lone uses of the same words."""
    from .entities import place_context

    found: set[str] = set()
    for i in ents.capitals():
        end = _lone_end(doc, ents, i)
        if end is None:
            continue
        tok = doc[i]
        strong = person_slot(doc, i, end) or _listed_with_persons(doc, ents, tok)
        if not strong and not _placed_speaker(doc, ents, i, end):
            continue  # the cheap cues first
        text = doc[i:end].text
        if not _unknown(text, d, place_too=not strong) or place_context(doc, i, end):
            continue
        ents.put(i, end, "PERSON")
        found.add(text)
    if not found:
        return
    for i in ents.capitals():
        if doc[i].text not in {t.split("-")[0] for t in found}:
            continue
        end = _lone_end(doc, ents, i)
        if end is None or doc[i:end].text not in found or place_context(doc, i, end):
            continue
        if ents.at(i) is None and doc[i].pos_ != "PROPN":
            continue
        ents.put(i, end, "PERSON")
