"""Person-name corrections around the passes of ``entities.correct_entities``: names in lists, names cut short or
run together, names inside other names, names given a second time, roles without a name.

Read from the doc alone, each pass a class of evidence. Before the context passes (``split_person_names``):

1. **the dateline**: a town the gazetteer knows opening the article before a dash ("Harare - ...", "Lagos (Reuters)
   - ...") is a place, and an entity the model ran across the dash ("Harare - Zimbabwean" ORG, "Naypyitaw - Myanmar"
   PERSON) ends before it (``dateline`` also keeps the town a place in ``places``);
2. **listed names cut by a comma**: one entity holding plain names on both sides of a comma ("Machar, Pal Mai Deng"
   ORG in "a spokesman for Machar, Pal Mai Deng, said") is two, so the later passes type each on its own evidence;
3. **a holder's name inside a portfolio**: an organisation the model ran from an office's portfolio into the holder's
   name ("Minister of International Relations and Cooperation Ronald Lamola" ORG) ends before the name, which is a
   person (a common given name, or the words after the last portfolio word: ``person_names.json: portfolio_words``).

Before the name chaining (``cut_short_names``): a person's name the model cut short before untagged name words
("Aung San" + "Suu Kyi", "Constantino" + "Chiwenga"), after one or two untagged given names that modify it ("Mahsa"
+ "Rezaei, a spokeswoman for ...", "Mahamat Idriss" + "Deby") or on a name particle ("Ursula von der" + "Leyen") is
one person, so that "Chiwenga" alone is chained later; a name the model left untagged that opens with a common given
name or stands in apposition to a person noun ("Nairobi - William Ruto hosted", "his son, Sajeeb Wazed Joy,") is a
person (``not_name_words`` keep "William Street" a street).

After them (``correct_person_names``):

4. **cut and listed names**: a name cut into one-word entities and listed with a person ("with Bildad Kaggia and
   Paul Ngei"), two touching person entities ("Hassan Sheikh" + "Mohamud"), a name between commas after "a
   spokesman for X" or "the head of the UN mission" (no organisation's or movement's word in it) are persons;
5. **biographies**: a name before a lifespan ("Aung San (1915–1947) was") or after a kin noun and "of" ("the father
   of Aung San Suu Kyi") is a person;
6. **a group's members**: a name typed person that modifies a noun of a group's members ("Boko Haram fighters":
   ``member_nouns``) is the group's, unless the article names a person by it;
7. **names given a second time**: a nickname or alias introduced by ``nickname_cues`` ("known as", "alias",
   "nicknamed"; "called" and "dubbed" only in quotation marks) after a person's name or a person noun ("Pushpa Kamal
   Dahal, known as "Prachanda"", "Ahmad Shah Massoud (1953–2001), called the "Lion of Panjshir"") is that person;
8. **places and bodies named after a person**: a run of capitalised words ending in a word of ``named_after_heads``
   that holds a person's name ("Benazir Bhutto International Airport", "Jinnah Hospital") is an organisation
   (``named_after``: the actor linker lets the person's alias inside it yield).

``role_only`` tells a person named by a role alone ("the Foreign Secretary", "president of Ghana"), no named entity
for the names-only entity scoring (``evaluate.re3d.is_name``).
"""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..actors.names import lexicon
from ..resources import load_json

if TYPE_CHECKING:  # pragma: no cover
    from ..actors.dictionary import ActorDictionary
    from .entityset import EntitySet

__all__ = ["apposed_person_noun", "capitalised", "correct_person_names", "cut_short_names", "dateline", "named_after", "role_only", "split_person_names"]

_QUOTES = ('"', "“", "”", "'", "‘", "’")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    lex = lexicon()
    res = load_json("actors", "person_names.json")
    return {
        "heads": frozenset(res["named_after_heads"]),
        "modifiers": frozenset(res["named_after_modifiers"]),
        "person_nouns": frozenset(lex["person_nouns"]),
        "offices": frozenset(lex["office_titles"]),
        "particles": frozenset(lex["particles"]),
        "stop": frozenset(lex["name_stop_words"]),
        "portfolio": frozenset(res["portfolio_words"]),
        "titles": frozenset(lex["honorifics"]) | frozenset(lex["office_titles"]),
        "role_abbreviations": frozenset(res["role_abbreviations"]),
        "roles": frozenset(res["role_words"]),
        "role_heads": frozenset(res["role_heads"]),
        "members": frozenset(res["member_nouns"]),
        "kin": frozenset(lex["kin_nouns"]),
        "group": frozenset(lex["group_name_words"]),
        "things": frozenset(res["thing_heads"]),
        "identify": frozenset(res["identify_verbs"]),
        "identified": frozenset(res["identified_nouns"]) | frozenset(lex["person_nouns"]),
        "not_name": frozenset(res["not_name_words"]) | frozenset(lex["place_nouns"]) | frozenset(lex["admin_unit_nouns"])
        | frozenset(lex["place_kind_nouns"]),
    }


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(c) for c in load_json("actors", "person_names.json")["nickname_cues"])


@lru_cache(maxsize=1)
def _cue_starts() -> frozenset[str]:
    return frozenset(c[0] for c in _cues())


def capitalised(tok: Token) -> bool:
    """A capitalised word of letters ("Deng", "Quaid")."""
    return tok.text[:1].isupper() and tok.is_alpha


def _name_run(toks: Span) -> bool:
    """Capitalised name words, name particles allowed ("Pal Mai Deng", "Ahmed bin Saeed")."""
    particles = _words()["particles"]
    return len(toks) > 0 and capitalised(toks[0]) and all(capitalised(t) or t.lower_ in particles for t in toks) \
        and sum(capitalised(t) for t in toks) <= 4


def _plain_name(toks: Span) -> bool:
    """Name words with no title, portfolio or organisation word ("Pal Mai Deng"; not "Ms Akosua", "International
    Cooperation")."""
    w = _words()
    return _name_run(toks) and not any(t.lower_.rstrip(".") in w["titles"] or t.lower_ in w["portfolio"]
                                       or t.lower_ in w["stop"] for t in toks)


_DASHES = ("-", "–", "—", "--")


def _dateline(doc: Doc, ents: EntitySet, d: ActorDictionary | None) -> None:
    """A town the gazetteer knows opening the article before a dash ("Harare - Zimbabwean President ...", "Lagos
    (Reuters) - ...") is a place; an entity the model ran across the dash ("Harare - Zimbabwean" ORG, "Naypyitaw -
    Myanmar" PERSON) ends before it, and its other half is what the dictionary says (a nationality, a country)."""
    from .places import gazetteer

    dash = next((i for i in range(1, min(6, len(doc))) if doc[i].text in _DASHES and doc[i - 1].whitespace_), None)
    if dash is None:
        return
    end = dash
    if doc[end - 1].text == ")" and "(" in doc[:end].text:
        end = next(i for i in range(end - 1, -1, -1) if doc[i].text == "(")
    head = doc[0:end]
    if not head or not all(capitalised(t) or t.text.isupper() for t in head) or head.text.title() not in gazetteer() \
            and head.text not in gazetteer():
        return
    tail = None
    for i in range(dash + 1):
        old = ents.at(i)
        if old is not None and old.end > dash + 1 and old.label_ != "DATE":
            tail = (dash + 1, old.end)
    ents.put(0, end, "GPE")
    if tail is not None:
        text = doc[tail[0]:tail[1]].text.removesuffix("'s").removesuffix("’s")
        stop = tail[1] - (doc[tail[1] - 1].lower_ in ("'s", "’s"))
        if d is not None and d.demonym(text) is not None:
            ents.put(tail[0], stop, "NORP")
        elif d is not None and d.country_code(text) is not None:
            ents.put(tail[0], stop, "GPE")


def dateline(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start:end`` are the town of the article's dateline: they open it, before a dash or a news agency in
    brackets and a dash ("Harare - ...", "Lagos (Reuters) - ...")."""
    if start != 0 or end >= len(doc):
        return False
    if doc[end].text == "(":
        close = next((i for i in range(end + 1, min(end + 6, len(doc))) if doc[i].text == ")"), None)
        end = close + 1 if close is not None else end
    return end < len(doc) and doc[end].text in _DASHES and doc[end - 1].whitespace_ != ""


def _lifespan(doc: Doc, i: int) -> bool:
    """"(1915–1947)", "(born 1952)", "(c. 1897–1978)", "(1951–2003)" from token ``i``."""
    if i + 2 >= len(doc) or doc[i].text != "(":
        return False
    close = next((k for k in range(i + 1, min(i + 8, len(doc))) if doc[k].text == ")"), None)
    if close is None:
        return False
    inner = doc[i + 1:close]
    years = [t for t in inner if t.text[:4].isdigit() and len(t.text) >= 4]
    return bool(years) and all(t.text[:4].isdigit() or t.text in _DASHES or t.lower_ in ("born", "c.", "c", "died", "d.")
                               or t.is_punct for t in inner)


def _biographies(doc: Doc, ents: EntitySet) -> None:
    """A name before a lifespan ("Aung San (1915–1947) was", "X (born 1952) is") or after a kin noun and "of" ("the
    father of Aung San Suu Kyi", "on the orders of" is no kin) is a person's."""
    w = _words()
    for i in ents.having(("(", "of")):
        tok = doc[i]
        if tok.text == "(" and _lifespan(doc, tok.i) and tok.i > 0:
            old = ents.at(tok.i - 1)
            if old is not None and old.label_ != "PERSON" and old.end == tok.i and _name_run(old) \
                    and not any(t.lower_ in w["stop"] for t in old):
                ents.put(old.start, old.end, "PERSON")
        if tok.lower_ == "of" and tok.i > 0 and doc[tok.i - 1].lemma_.lower() in w["kin"] and tok.i + 1 < len(doc):
            old = ents.at(tok.i + 1)
            if old is not None and old.start == tok.i + 1 and old.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC") \
                    and _plain_name(old) and len(old) <= 4:
                ents.put(old.start, old.end, "PERSON")


def split_person_names(doc: Doc, ents: EntitySet, given: frozenset[str], d: ActorDictionary | None = None) -> None:
    """Passes 1 and 2 (before the context passes of ``correct_entities``), and the dateline's place."""
    _dateline(doc, ents, d)
    w = _words()
    for e in list(ents.spans.values()):
        if e.label_ not in ("ORG", "PERSON", "NORP"):
            continue
        commas = [t.i for t in e if t.text == ","]
        if len(commas) == 1 and _plain_name(doc[e.start:commas[0]]) and _plain_name(doc[commas[0] + 1:e.end]):
            ents.put(e.start, commas[0], e.label_)  # "Machar, Pal Mai Deng": two names listed
            ents.put(commas[0] + 1, e.end, e.label_)
            continue
        if e.label_ != "ORG" or len(e) < 4:
            continue
        office = e.start >= 2 and doc[e.start - 1].lower_ in ("of", "for") and doc[e.start - 2].lower_ in w["offices"] \
            or e[0].lower_ in w["offices"]
        if not office:
            continue
        for k in range(e.end - 2, max(e.start, e.end - 4), -1):
            prev = doc[k - 1].lower_
            if (doc[k].lower_ in given and prev not in given or prev in w["portfolio"]) and _name_run(doc[k:e.end]) \
                    and doc[k].lower_ not in w["portfolio"]:
                ents.put(e.start, k, "ORG")  # "International Relations and Cooperation" + "Ronald Lamola"
                ents.put(k, e.end, "PERSON")
                break


def _nickname_start(doc: Doc, i: int) -> int | None:
    """Token after the nickname cue that ends at ``i`` (a cue is matched from its first word)."""
    if doc[i].lower_ not in _cue_starts():
        return None
    for cue in _cues():
        end = i + len(cue)
        if end <= len(doc) and tuple(t.lower_ for t in doc[i:end]) == cue:
            return end
    return None


def _after_person(doc: Doc, ents: EntitySet, cue: Token) -> bool:
    """The cue describes a person: it hangs on a person's name or a person noun, or follows a person's name with
    nothing but punctuation, years or "also" between ("Jinnah (1876–1948), known as")."""
    head = cue.head
    held = ents.at(head.i)
    if held is not None and held.label_ == "PERSON" or head.lemma_.lower() in _words()["person_nouns"] and head.i < cue.i:
        return True
    i = cue.i - 1
    while i >= 0 and (doc[i].is_punct or any(ch.isdigit() for ch in doc[i].text) or doc[i].lower_ in ("also", "c.")) \
            and cue.i - i < 10:
        i -= 1
    before = ents.at(i) if i >= 0 else None
    return before is not None and before.label_ == "PERSON" and i < cue.i - 1 or (
        before is not None and before.label_ == "PERSON" and doc[i].head == cue)


def _nicknames(doc: Doc, ents: EntitySet) -> None:
    """Pass 3."""
    for i in ents.having(_cue_starts()):
        tok = doc[i]
        start = _nickname_start(doc, i)
        if start is None or start >= len(doc):
            continue
        quoted = doc[start].text in _QUOTES or (doc[start].lower_ == "the" and start + 1 < len(doc)
                                                 and doc[start + 1].text in _QUOTES)
        if tok.lower_ in ("called", "dubbed", "styled") and not quoted:
            continue
        if not _after_person(doc, ents, tok):
            continue
        if quoted:
            begin = start + 1 if doc[start].text in _QUOTES else start + 2
            end = begin
            while end < len(doc) and end - begin < 6 and doc[end].text not in _QUOTES:
                end += 1
            if end >= len(doc) or end == begin or end - begin >= 6:
                continue
            if doc[begin].lower_ == "the" and end - begin > 1:
                begin += 1  # "nicknamed "the Crocodile""
        else:
            begin = start
            old = ents.at(begin)
            if old is not None and old.start == begin:
                end = old.end
            else:
                end = begin
                while end < len(doc) and end - begin < 5 and (capitalised(doc[end]) or doc[end].text in ("-", "–")
                                                              and not doc[end].whitespace_ and end > begin):
                    end += 1
        span = doc[begin:end]
        if not span or not capitalised(span[0]) or any(t.text in (",", ".", ";") for t in span):
            continue
        if all((e := ents.at(t.i)) is not None and e.label_ == "PERSON" for t in span):
            continue
        if any((e := ents.at(t.i)) is not None and (e.start < begin or e.end > end) and not all(
                u.lower_ == "the" or u.text in _QUOTES for u in (*doc[e.start:begin], *doc[end:e.end])) for t in span):
            continue  # a longer entity across the quote: leave it ('the "Lion of Panjshir' is the nickname)
        for t in span:
            e = ents.at(t.i)
            if e is not None:
                ents.drop(e.start)
        ents.put(begin, end, "PERSON")


def _named_after(doc: Doc, ents: EntitySet) -> None:
    """Pass 4."""
    w = _words()
    surnames = {e[-1].text for e in ents.spans.values() if e.label_ == "PERSON" and len(e) >= 2}
    for i in ents.capitals():
        tok = doc[i]
        if tok.lower_ not in w["heads"] or not capitalised(tok) or tok.i == 0:
            continue
        start = tok.i
        while start > 0 and tok.i - start < 7:
            prev = doc[start - 1]
            if prev.lower_ in w["particles"] or prev.text in ("-", "–") and not prev.whitespace_ \
                    or capitalised(prev) and prev.lower_ not in w["stop"] and not prev.is_sent_start:
                start -= 1
            elif capitalised(prev) and prev.is_sent_start and prev.lower_ not in w["stop"] and not prev.is_stop:
                start -= 1
                break
            else:
                break
        if start == tok.i:
            continue
        run = doc[start:tok.i]
        person = any((e := ents.at(t.i)) is not None and e.label_ == "PERSON" and e.start >= start
                     for t in run) or any(t.text in surnames for t in run)
        if not person or any((e := ents.at(t.i)) is not None and e.start < start for t in run):
            continue
        if all(t.lower_ in w["modifiers"] or t.lower_ in w["heads"] for t in run):
            continue
        outer = ents.at(tok.i)
        end = outer.end if outer is not None and outer.start >= start else tok.i + 1
        ents.put(start, end, "ORG")


def named_after(ent: Span) -> bool:
    """An organisation's or building's name ending in a word of ``named_after_heads`` ("Benazir Bhutto International
    Airport", "Jinnah Hospital"): a person's name inside it names no person."""
    return ent.label_ in ("ORG", "FAC") and len(ent) >= 2 and capitalised(ent[-1]) and ent[-1].lower_ in _words()["heads"]


def _name_pieces(doc: Doc, ents: EntitySet, start: int) -> int:
    """End of a run of two or three name words from ``start``, each untagged or a one-word entity that is no person
    ("Bildad" GPE + "Kaggia" GPE), or ``start`` when there is none."""
    end = start
    while end < len(doc) and end - start < 3 and capitalised(doc[end]) and doc[end].pos_ == "PROPN" \
            and doc[end].lower_ not in _words()["stop"]:
        e = ents.at(end)
        if e is not None and (len(e) != 1 or e.label_ == "PERSON"):
            break
        end += 1
    return end if end - start >= 2 and not (end < len(doc) and capitalised(doc[end])) else start


def cut_short_names(doc: Doc, ents: EntitySet, given: frozenset[str] = frozenset()) -> None:
    """A person's name the model cut short before untagged name words ("Aung San" + "Suu Kyi", "Constantino" +
    "Chiwenga"), after untagged given names or on a name particle is one person, and an untagged name read as a
    person by ``_untagged_names`` (``given``: the common given names) is one (run before the name chaining of
    ``correct_entities``, so that it chains the parts)."""
    from .places import gazetteer

    for e in list(ents.spans.values()):
        if e.label_ == "PERSON" and 1 <= len(e) <= 3 and e.end < len(doc) and ents.at(e.end) is None \
                and capitalised(e[0]) and all(capitalised(t) for t in e):
            end = e.end
            while end < len(doc) and end - e.start < 4 and ents.at(end) is None and capitalised(doc[end]) \
                    and doc[end].pos_ == "PROPN" and doc[e.end - 1].whitespace_:
                end += 1
            if e.end < end < len(doc) and not capitalised(doc[end]) and doc[e.end:end].text not in gazetteer():
                ents.put(e.start, end, "PERSON")  # "Aung San" + "Suu Kyi"
    w = _words()
    for e in list(ents.spans.values()):  # "Mahsa" + "Rezaei, a spokeswoman": the given names left untagged before
        if e.label_ != "PERSON" or len(e) > 2 or e.start < 1 or ents.at(e.start - 1) is not None:
            continue
        k = e.start
        while k > 0 and e.start - k < 2 and ents.at(k - 1) is None and _given_before(doc[k - 1], k, e.end, w):
            k -= 1
        if k < e.start and (k == 0 or not capitalised(doc[k - 1])) and doc[k:e.start].text not in gazetteer():
            ents.put(k, e.end, "PERSON")  # "Mahamat Idriss" + "Deby"
    _particle_names(doc, ents)
    if given:
        _untagged_names(doc, ents, given, gazetteer())


def _given_before(first: Token, start: int, end: int, w: dict[str, frozenset[str]]) -> bool:
    """``first`` is an untagged given name that modifies the name at ``start:end`` (a capitalised proper noun, no
    title, no organisation word, no acronym)."""
    return first.pos_ == "PROPN" and first.dep_ == "compound" and start <= first.head.i < end and capitalised(first) \
        and not first.text.isupper() and first.lower_ not in w["titles"] and first.lower_ not in w["stop"]


def _particle_names(doc: Doc, ents: EntitySet) -> None:
    """A person's name the model ended on a name particle ("Ursula von der" + "Leyen" GPE, "Ahmed bin" + "Saeed")
    goes on to the name after it: a particle never ends a name, so the next one or two capitalised words, untagged
    or an entity of their own, are the rest of it. A surname with its particles given again, capitalised at the
    start of a sentence and typed otherwise ("Von der Leyen said" ORG), is the person named by the full name."""
    particles = _words()["particles"]
    for e in list(ents.spans.values()):
        if e.label_ != "PERSON" or e[-1].lower_ not in particles or not e[-1].is_lower or e.end >= len(doc) \
                or not capitalised(doc[e.end]) or not e[-1].whitespace_:
            continue
        nxt = ents.at(e.end)
        if nxt is not None:
            if nxt.start == e.end and len(nxt) <= 2 and nxt.label_ in ("PERSON", "GPE", "ORG", "LOC", "NORP"):
                ents.put(e.start, nxt.end, "PERSON")
            continue
        end = e.end
        while end < len(doc) and end - e.end < 2 and ents.at(end) is None and capitalised(doc[end]):
            end += 1
        ents.put(e.start, end, "PERSON")
    persons = [e for e in ents.ordered() if e.label_ == "PERSON" and any(t.lower_ in particles for t in e[1:-1])]
    for e in list(ents.spans.values()) if persons else ():
        if e.label_ == "PERSON" or e[0].lower_ not in particles or not capitalised(e[0]) or len(e) > 4:
            continue  # "Von der Leyen" ORG after "Ursula von der Leyen": the surname with its particles
        low = e.text.lower()
        if any(p.end <= e.start and p.text.lower().endswith(" " + low) for p in persons):
            ents.put(e.start, e.end, "PERSON")


def apposed_person_noun(doc: Doc, end: int) -> bool:
    """A person or kin noun stands in apposition right after the name ending at ``end``: a comma, at most three
    determiners, adjectives or proper nouns, then the noun ("Ahmadi, a spokesman for ...", "Hope Uzodimma, the
    governor of Imo State", "X, the group's political spokesman")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    w = _words()
    persons = w["person_nouns"] | w["kin"]
    k = end + 1
    while k < min(len(doc), end + 5) and (doc[k].pos_ in ("DET", "ADJ", "PROPN", "PART") or doc[k].tag_ == "POS") \
            and doc[k].lemma_.lower() not in persons:
        k += 1
    return k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in persons


def _thing_names(doc: Doc, ents: EntitySet) -> None:
    """A name typed person that ends in a capitalised head no family name is ("William Avenue", "Omar Bridge", "Camp
    David Accords": ``thing_heads``) names a street, a building or a document: a facility, no person."""
    things = _words()["things"]
    for e in list(ents.spans.values()):
        if e.label_ == "PERSON" and 2 <= len(e) <= 5 and e[-1].lower_ in things and capitalised(e[-1]):
            ents.put(e.start, e.end, "FAC")


def _title_entities(doc: Doc, ents: EntitySet) -> None:
    """An honorific the model typed a name of its own before a person's name, alone or with more title words ("Begum"
    ORG + "Nusrat Bhutto", "Amb" ORG + "." + "Masood Khalid") names no one: the entity is dropped, the person stays.
    A portfolio word ("Defence" of "Defence Minister") is left: it names the ministry."""
    titles = _words()["titles"]
    honorifics = titles - frozenset(lexicon()["title_non_heads"])  # "Defence", "Foreign": a ministry's name
    for e in list(ents.spans.values()):
        if e.label_ in ("ORG", "GPE", "NORP", "LOC", "FAC") and len(e) == 1 and e[0].lower_.rstrip(".") in honorifics:
            k = e.end
            while k < min(len(doc), e.end + 4) and (doc[k].text == "." or doc[k].lower_.rstrip(".") in titles):
                k += 1  # "Defence" ORG + "Minister" + the name
            nxt = ents.at(k)
            if nxt is not None and nxt.start == k and nxt.label_ == "PERSON":
                ents.drop(e.start)
    _bare_roles(doc, ents)


def _bare_roles(doc: Doc, ents: EntitySet) -> None:
    """A noun naming a person by a role, written with a capital and typed a name of its own with no name after it
    ("the Chief Security Officer" with "Officer" GPE, "the IG" ORG, "The PM will ..." PERSON; ``lexicon.json:
    person_nouns``, ``person_names.json: role_abbreviations``), names no one by name: the entity is dropped (the role
    is read by the title linker, not as an unknown organisation or place)."""
    w = _words()
    nouns = w["person_nouns"] | w["role_abbreviations"]
    for e in list(ents.spans.values()):
        if len(e) != 1 or e.label_ not in ("ORG", "GPE", "NORP", "LOC", "FAC", "PERSON"):
            continue
        low = e[0].lower_.rstrip(".")
        if low not in nouns or e.end < len(doc) and capitalised(doc[e.end]) and doc[e.end].pos_ == "PROPN":
            continue  # "General" + "Votel": a title before a name, read by the title passes
        ents.drop(e.start)


def _according_to(doc: Doc, ents: EntitySet, gazetteer: Container[str]) -> None:
    """"According to X": X is the source of what is said, a person or a body, never a place; a name of one to three
    words typed a place there that the gazetteer does not know ("according to Haqqani") is a person's."""
    for i in ents.having(("according",)):
        if i + 2 >= len(doc) or doc[i + 1].lower_ != "to":
            continue
        e = ents.at(i + 2)
        if e is not None and e.start == i + 2 and e.label_ in ("GPE", "LOC") and len(e) <= 3 and _plain_name(e) \
                and e.text not in gazetteer:
            ents.put(e.start, e.end, "PERSON")


def _identified_persons(doc: Doc, ents: EntitySet) -> None:
    """"Two militants, who were identified as Khalid and Imran", "a suspect identified as Tariq", "the victim was
    named as ...": the names a report gives for persons it has spoken of are persons', however the model typed
    them (a given name is often also a town's, so the gazetteer does not decide here). The identified one must be a
    person noun (``identified_nouns``: the subject, object or noun the verb describes), so that "the site was
    identified as Camp Alpha" is left alone; each name of the list after "as" (one to three capitalised words,
    typed a place, an organisation or nothing) is retyped."""
    w = _words()
    for i in ents.having(w["identify"]):
        verb = doc[i]
        k = i + 1
        if k < len(doc) and doc[k].lower_ in ("him", "her", "them"):
            k += 1
        if k + 1 >= len(doc) or doc[k].lower_ != "as" or not capitalised(doc[k + 1]):
            continue
        who = [verb.head] if verb.dep_ in ("acl", "relcl") else []
        who += [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")]
        if not any(t.lemma_.lower() in w["identified"] or t.lower_ in w["identified"] for t in who):
            continue
        j = k + 1
        while j < len(doc) and capitalised(doc[j]):
            end = j
            while end < len(doc) and end - j < 3 and capitalised(doc[end]) and doc[end].is_alpha:
                end += 1
            if end == j or (end < len(doc) and capitalised(doc[end])):
                break
            e = ents.at(j)
            if e is None and all(ents.at(m) is None for m in range(j, end)) or e is not None and e.start == j \
                    and e.end == end and e.label_ in ("GPE", "LOC", "ORG", "NORP", "FAC"):
                ents.put(j, end, "PERSON")
            if end + 1 < len(doc) and doc[end].lower_ in (",", "and") and capitalised(doc[end + 1]):
                j = end + 1
            elif end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "and":
                j = end + 2
            else:
                break


def _untagged_names(doc: Doc, ents: EntitySet, given: frozenset[str], gazetteer: Container[str]) -> None:
    """A person's name the model left untagged: a run of two to four capitalised proper nouns (name particles
    between them allowed), no entity's and no title's, organisation's or portfolio's word in it, that either opens
    with a common given name and is a party of its clause ("Nairobi - William Ruto hosted ...", "met Andres Manuel
    Lopez Obrador") or stands in apposition to a person or kin noun ("Hasina's son, Sajeeb Wazed Joy, said"). A run
    after or before another capitalised word is part of a longer name ("William Ruto Foundation") and is left."""
    w = _words()
    persons = w["person_nouns"] | w["kin"]
    for i in ents.capitals():
        tok = doc[i]
        if tok.pos_ != "PROPN" or not capitalised(tok) or ents.at(i) is not None \
                or i > 0 and (capitalised(doc[i - 1]) or doc[i - 1].lower_ in w["particles"]):
            continue
        end = i + 1
        while end < len(doc) and end - i < 6 and ents.at(end) is None and (
                capitalised(doc[end]) and doc[end].pos_ == "PROPN"
                or doc[end].lower_ in w["particles"] and end + 1 < len(doc) and capitalised(doc[end + 1])):
            end += 1
        run = doc[i:end]
        if not 2 <= sum(capitalised(t) for t in run) <= 4 or not capitalised(run[-1]) \
                or end < len(doc) and (capitalised(doc[end]) or doc[end].pos_ == "PROPN"):
            continue
        if any(t.lower_.rstrip(".") in w["titles"] or t.lower_ in w["stop"] or t.lower_ in w["portfolio"]
               or t.lower_ in w["heads"] or t.lower_ in w["group"] or t.lower_ in w["not_name"] for t in run) \
                or run.text in gazetteer:
            continue
        root = run.root
        appos = root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in persons \
            or apposed_person_noun(doc, end)
        party = tok.lower_ in given and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "poss")
        if appos or party:
            ents.put(i, end, "PERSON")


def _listed_pieces(doc: Doc, ents: EntitySet, gazetteer: Container[str]) -> None:
    """A name the model cut into one-word entities and listed with a person of two or more words ("with Bildad
    Kaggia and Paul Ngei") is one person."""
    for i in ents.capitals():
        tok = doc[i]
        if tok.pos_ != "PROPN" or not capitalised(tok) or tok.i > 0 and capitalised(doc[tok.i - 1]):
            continue
        if tok.i > 0 and (p := ents.at(tok.i - 1)) is not None and p.end > tok.i:
            continue
        end = _name_pieces(doc, ents, tok.i)
        if end == tok.i or all(ents.at(i) is None for i in range(tok.i, end)) or doc[tok.i:end].text in gazetteer:
            continue
        after = end + 1 if end < len(doc) and doc[end].lower_ in ("and", ",") else None
        if after is not None and (m := ents.at(after)) is not None and m.start == after and m.label_ == "PERSON" \
                and len(m) >= 2:
            ents.put(tok.i, end, "PERSON")


def _apposed_to_role(doc: Doc, ents: EntitySet) -> None:
    """"A spokesman for Machar, Pal Mai Deng, said", "the head of the UN mission, El-Ghassim Wane, in ...": a name of
    two or three words between commas after the person or the body a person noun is "for" or "of" is the holder of
    that role, a person."""
    w = _words()
    nouns, particles = w["person_nouns"], w["particles"]
    for e in list(ents.spans.values()):
        if e.label_ not in ("ORG", "NORP", "GPE", "FAC", "LOC") or not 2 <= len(e) <= 5 or e.start < 4 \
                or e.end >= len(doc) or doc[e.end].text != "," or doc[e.start - 1].text != ",":
            continue
        if not (_name_run(e) or capitalised(e[0]) and 2 <= sum(capitalised(t) for t in e) <= 3 and all(
                capitalised(t) or t.lower_ in particles or t.text == "-" and not t.whitespace_ for t in e)):
            continue  # "El-Ghassim Wane", "Hadi al-Amiri": a hyphen joins two halves of one name
        owner = ents.at(e.start - 2)
        if owner is not None and owner.label_ == "PERSON" and owner.start >= 2:
            if doc[owner.start - 1].lower_ in ("for", "of") and doc[owner.start - 2].lemma_.lower() in nouns:
                ents.put(e.start, e.end, "PERSON")
            continue
        body = doc[e.start - 2]  # "the head of the UN mission": the body's noun, object of "of" after a person noun
        if owner is None and body.is_lower and body.pos_ == "NOUN" and body.dep_ == "pobj" and not any(
                t.lower_ in w["stop"] or t.lower_ in w["group"] for t in e) \
                and body.head.lower_ in ("for", "of") and body.head.head.lemma_.lower() in nouns \
                and body.head.head.is_lower:
            ents.put(e.start, e.end, "PERSON")


def _touching_persons(doc: Doc, ents: EntitySet) -> None:
    """A person's name the model cut into two touching person entities ("Hassan Sheikh" + "Mohamud", an honorific
    alone + the name: "H.H. Sheikh" + "Abdullah bin Zayed Al Nahyan") is one person, and so is one cut at the
    hyphen of a double given name ("Karl" + "-" + "Heinz Brandt"; the first piece typed a person, or an organisation
    or place that the gazetteer does not know: not "Israel" + "-" + a name). A person entity the model ran over a
    line break ("... Karl-Heinz Brandt" + a new line "PRESS RELEASE") ends before it: a name never runs across lines."""
    from .places import gazetteer

    for e in ents.ordered():
        if e.start not in ents.spans:
            continue
        nxt = ents.spans.get(e.end + 1)
        if len(e) == 1 and e.label_ in ("PERSON", "ORG", "GPE", "NORP") and nxt is not None and nxt.label_ == "PERSON" \
                and doc[e.end].text in ("-", "–") and not doc[e.start].whitespace_ and not doc[e.end].whitespace_ \
                and capitalised(e[0]) and capitalised(nxt[0]) and len(nxt) <= 3 \
                and (e.label_ == "PERSON" or e.text not in gazetteer()):
            ents.put(e.start, nxt.end, "PERSON")
            continue
        if e.label_ != "PERSON":
            continue
        cut = next((t.i for t in e if t.is_space and "\n" in t.text), None)
        if cut is not None:
            ents.drop(e.start)
            if cut > e.start and capitalised(doc[cut - 1]):
                ents.put(e.start, cut, "PERSON")
            continue
        nxt = ents.spans.get(e.end)
        if nxt is not None and nxt.label_ == "PERSON" and doc[e.end - 1].whitespace_ and capitalised(nxt[0]) \
                and len(e) + len(nxt) <= 8:
            ents.put(e.start, nxt.end, "PERSON")


def _group_members(doc: Doc, ents: EntitySet) -> None:
    """A name typed person that modifies a noun of a group's members ("Boko Haram fighters", "Wagner gunmen") is the
    group's, unless the article names a person by it elsewhere."""
    for e in list(ents.spans.values()):
        if e.label_ != "PERSON" or e.end >= len(doc):
            continue
        nxt = doc[e.end]
        if nxt.lower_ not in _words()["members"] or nxt.pos_ != "NOUN" or e.root.head != nxt:
            continue
        if not any(o.label_ == "PERSON" and o.start != e.start and any(t.text == e[-1].text for t in o)
                   for o in ents.spans.values()):
            ents.put(e.start, e.end, "ORG")


def correct_person_names(doc: Doc, ents: EntitySet) -> None:
    """Passes 3 and 4 (after the context passes of ``correct_entities``)."""
    from .places import gazetteer

    _touching_persons(doc, ents)
    _biographies(doc, ents)
    _group_members(doc, ents)
    _listed_pieces(doc, ents, gazetteer())
    _apposed_to_role(doc, ents)
    _nicknames(doc, ents)
    _named_after(doc, ents)
    _according_to(doc, ents, gazetteer())
    _identified_persons(doc, ents)
    _thing_names(doc, ents)
    _title_entities(doc, ents)


def role_only(text: str) -> bool:
    """A person named by a role alone, no name in it ("the Foreign Secretary", "president of Ghana", "Nigeria's
    President", "the Emir of Qatar", "Crown Prince"): title and role words around at most one country or
    nationality ("the Minister of Foreign Affairs of the Kingdom of Saudi Arabia")."""
    from ..actors.dictionary import default_dictionary

    w = _words()
    words = [word.strip(".,;:()\"'").removesuffix("'s") for word in text.replace("’", "'").split()]
    lows = [word.lower().rstrip(".") for word in words]
    if not any(low in w["titles"] and low != "the" or low in w["role_heads"] for low in lows):
        return False
    kept = [i for i, low in enumerate(lows) if words[i] and low not in w["titles"] and low not in w["roles"]
            and low not in w["portfolio"] and low not in w["role_heads"]]
    if not kept:
        return True
    left = " ".join(words[kept[0]:kept[-1] + 1])
    if any(lows[i] not in ("of", "the", "and") for i in range(kept[0], kept[-1] + 1) if i not in kept):
        return False
    d = default_dictionary()
    return d.country_code(left) is not None or d.demonym(left) is not None
