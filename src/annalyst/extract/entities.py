"""Entity labels of the English model, corrected from the article's own context before actors and places read them.

The small English model tags names one at a time, without a gazetteer or the rest of the article: a surname alone
after the full name becomes an organisation or a country ("Maria Zakharova ... Zakharova added" ORG, "Michael
Jordan ... Jordan said" a country), an unfamiliar town becomes a person ("in Lashkar Gah", "Near Tal Afar", "the
town of Tel Kharaba"), a name after a title is often not tagged at all ("Special Envoy Thornbury"). ``correct_entities``
rewrites ``doc.ents`` in these passes, each a class of evidence (after the corrections read from the form of a name
alone, ``nameforms.correct_name_forms``: linked movement names, organisation heads, names cut in two, honorifics,
towns the gazetteer knows):

0. **organisations by their words**: a PERSON holding a word only organisations' names have ("... Liberation Front",
   "Lashkar-e-Islam") is an ORG; "the Communist Party" + "of Vietnam" is one ORG; "the Ministry in Accra" is the ORG
   and the town;
1. **titled names**: capitalised proper nouns right after a person's title ("Mr", "President", "General", "Foreign
   Minister"; ``lexicon.json: honorifics`` less ``title_non_heads``, or an office word in any case, or the
   capitalised portfolio after an office: "State Minister for Foreign Affairs X") are a person
   (up to three words; name particles and hyphenated surnames count for none: "Ms Adwoa Serwaa Mensah-Bonsu");
   an earlier or later two- or three-word name ending in the same surname that the model typed otherwise ("Knox
   Thames" ORG before "Special Advisor Thames") is the same person;
2. **places**: a name ending in a capitalised administrative unit ("Kursk Oblast", "Dhanusha District": ``lexicon.json:
   admin_unit_nouns``) is a place; a name typed PERSON (or an unknown single organisation name) whose surroundings
   say place is a GPE: a place noun after it ("Nad Ali district", "Hasakah Province", "Mir Ali tehsil"), "the
   town/village/province of" or "residents of" before it, a locative preposition before it ("in", "near", "outside",
   skipping "northern", "the"), "to/from" after a movement verb ("fled to X"), "X-based", a later conjunct of such a
   name ("in Kafrum, Tallun and Sarmadin"), a name listed with a known place ("Rylsk and Sudzha") or as what "towns
   include", the subject of "is a tehsil / the capital of / one of its districts"; a proper name typed DATE there
   ("near Turbat") too; untagged proper nouns in the strongest of these positions become GPEs;
3. **person cues**: a short name typed as an organisation or a place that starts with a common given name
   (``given_names.txt``: "Shireen Mazari"), stands in apposition with a person noun ("Mohsin Dawar, a lawmaker") or
   right after one ("opposition leader X"), owns a relative ("X's husband"), is listed with persons, or follows a
   person noun inside the entity ("Lawyer Mehmet Emin Aktar"); two such names joined by "and" are two persons;
4. **name chaining**: a later given or family name alone that is part of an earlier full person name ("Ghani" after
   "Ashraf Ghani"; the one name word of a titled name: "Fazlullah" after "Mullah Fazlullah"), or two of its words
   ("Coy Granados"), is a person, whatever the model said, unless the context says place ("in Jordan"); an untagged
   hyphenated surname is chained whole ("Kasa-Vubu"); a surname typed ORG before its full name comes is the person;
   a lone name word the article never gives in full is a person when the slot it fills says so (an age before it,
   a pronoun before it in brackets, listed with persons, the subject of an arrest or a resignation:
   ``personslots.lone_person_names``);
5. a demonym the model tagged PERSON ("Pashtun") is a NORP;
6. **rulers**: a name before "regime", "government", "administration" that the actor dictionary knows as a person's
   ("the Asad regime", tagged ORG) is that person.

A titled name and a chained name are never retyped as places; a name the actor dictionary knows as a person is left
a person. Everything is read from the doc; nothing is remembered across docs.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..actors.names import lexicon
from ..resources import load_json
from .nameforms import correct_name_forms, named_drills, vessel_names
from .personslots import lone_person_names
from .personnames import correct_person_names, cut_short_names, split_person_names
from .phrases import co_members
from .entityset import EntitySet
from .portfolios import portfolio_names
from .knownnames import known_kind_names
from .namecues import CALENDAR_WORDS, acronym_persons, apposed_places, base_names, cut_of_names, described_as_place, describes_place_noun, ground_object, headline_names, initials, linked_places, opening_modifiers, outlet_names, staff_outlets

if TYPE_CHECKING:  # pragma: no cover
    from ..actors.dictionary import ActorDictionary

__all__ = ["EntitySet", "correct_entities", "named_place", "place_context", "titled"]

_RETYPABLE = ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    lex = lexicon()
    ctx = load_json("places", "context.json")
    offices = frozenset(lex["office_titles"])
    titles = frozenset(lex["honorifics"]) | offices
    return {
        "titles": titles,
        "heads": titles - frozenset(lex["title_non_heads"]),
        "offices": offices,
        "stop": frozenset(lex["name_stop_words"]) | frozenset(ctx["organisation_words"]),
        "place_nouns": frozenset(lex["place_nouns"]),
        "of_nouns": frozenset(ctx["of_nouns"]),
        "preps": frozenset(lex["place_only_prepositions"]),
        "moves": frozenset(lex["movement_verbs"]),
        "directions": frozenset(lex["place_modifiers"]),
        "particles": frozenset(lex["particles"]),
        "not_place_heads": frozenset(lex["not_place_heads"]),
        "rule_nouns": frozenset(lex["person_rule_nouns"]),
        "person_nouns": frozenset(lex["person_nouns"]),
        "given": _given_names(),
        "units": frozenset(lex["admin_unit_nouns"]),
        "own_name": frozenset(lex["own_name_words"]),
        "firms": frozenset(lex["firm_name_words"]),
        "place_kinds": frozenset(lex["place_kind_nouns"]),
        "kin": frozenset(lex["kin_nouns"]),
        "group_words": frozenset(lex["group_name_words"]),
        "org_only": frozenset(ctx["organisation_words"]) - {"court", "post", "press", "state", "school", "bank", "office",
                                                             "college", "news", "times", "radio", "tv", "police"},
        "calendar": CALENDAR_WORDS,
    }


def _given_names() -> frozenset[str]:
    from importlib import resources

    from ..errors import ModelError

    try:
        text = resources.files("annalyst.extract").joinpath("resources/actors/given_names.txt").read_text("utf-8")
    except OSError as exc:
        raise ModelError(f"cannot read resources/actors/given_names.txt: {exc}") from exc
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _bare(tok: Token) -> str:
    return tok.lower_.rstrip(".")


def _is_title(tok: Token) -> bool:
    w = _words()
    return _bare(tok) in w["titles"] and (tok.text[:1].isupper() or _bare(tok) in w["offices"])


def titled(doc: Doc, start: int) -> bool:
    """A person's title right before token ``start`` ("Mr Ghani", "President Ghani", "Gen. Votel", "foreign
    minister Lavrov")."""
    i = start - 1
    if i >= 0 and doc[i].text == ".":
        i -= 1
    if i < 0:
        return False
    w = _words()
    tok = doc[i]
    return _bare(tok) in w["heads"] and (tok.text[:1].isupper() or _bare(tok) in w["offices"]) or (
        _bare(tok) in w["titles"] and tok.text[:1].isupper() and i > 0 and _is_title(doc[i - 1])) or _portfolio(doc, i)


def _portfolio(doc: Doc, i: int) -> bool:
    """Token ``i`` ends the capitalised portfolio of an office ("State Minister for Foreign Affairs", "Minister of
    State for Defence", "Secretary of Homeland Security"): a capitalised office word opens it within eight tokens,
    with only capitalised words, "of", "for", "and", "the" between."""
    offices = _words()["offices"]
    if not (doc[i].text[:1].isupper() and doc[i].is_alpha) or _bare(doc[i]) in offices:
        return False
    j, seen_link = i - 1, False
    while j >= 0 and i - j <= 8:
        t = doc[j]
        if t.text[:1].isupper() and _bare(t) in offices:
            return seen_link
        if t.lower_ in ("of", "for", "and", "the") or t.text[:1].isupper() and t.is_alpha:
            seen_link = seen_link or t.lower_ in ("of", "for")
            j -= 1
            continue
        return False
    return False


def place_context(doc: Doc, start: int, end: int) -> bool:
    """The name at ``start:end`` stands where a place stands (see the module docstring, pass 2)."""
    w = _words()
    if end < len(doc):
        nxt = doc[end]
        if _place_noun(nxt) and not (
                end + 1 < len(doc) and doc[end + 1].lower_ == "of"):
            return True
        if nxt.text in ("-", "–") and end + 1 < len(doc) and doc[end + 1].lower_ == "based":
            return True
        if nxt.lower_.endswith("-based"):
            return True
        if nxt.lower_ in ("'s", "’s"):
            return False  # "in Ghani's office": a possessor, person or place
        if _place_noun(nxt) and nxt.is_lower and describes_place_noun(doc, start, end):
            return False  # "in the Kurdish town of Qamishli": a word describing the town, the town is named after "of"
    i = start - 1
    while i >= 0 and doc[i].lower_ in w["directions"]:
        i -= 1
    if i < 0:
        return False
    before = doc[i]
    if before.lower_ in w["preps"]:
        return before.head.lemma_.lower() not in w["not_place_heads"]  # not "confidence in X", "invested in X"
    if before.lower_ == "of" and i > 0 and doc[i - 1].lower_ in w["of_nouns"] and (
            doc[i - 1].is_lower or doc[i - 1].is_sent_start):  # "Residents of X" opening a sentence too
        return True  # "the town of X", "the outskirts of X"
    if before.lower_ in ("to", "from", "into", "towards", "toward") and before.head.lemma_ in w["moves"]:
        return True
    return ground_object(doc, start, end) and doc[start].lower_ not in w["given"]  # "recaptured Maarat al-Numan"


def _person_noun(tok: Token) -> bool:
    """A lowercase noun naming a person ("leader", "lawmaker", "activist": ``lexicon.json: person_nouns``)."""
    return tok.is_lower and tok.pos_ == "NOUN" and tok.lemma_ in _words()["person_nouns"]


def _place_noun(tok: Token) -> bool:
    """A noun that names a kind of place ("district", "tehsil", "oblast"; not "state"), or a lowercase natural
    feature after a name ("Imrali island", "the Amu Darya river"; not a "port" or "settlement", which follow firms
    too: "the Shell port", "the Exxon settlement")."""
    w = _words()
    return tok.lower_ in w["place_nouns"] or tok.lower_ in w["units"] and tok.lower_ != "state" or (
        tok.is_lower and tok.lower_ in w["place_kinds"] and tok.lower_ in _NATURAL_PLACES)


#: kinds of place that only a place's name stands before (``_place_noun``)
_NATURAL_PLACES = frozenset({"archipelago", "island", "lake", "mountain", "oasis", "peninsula", "plateau", "river"})


def _name_token(tok: Token) -> bool:
    w = _words()
    return tok.text[:1].isupper() and tok.is_alpha and tok.pos_ in ("PROPN", "NOUN", "ADJ") and not tok.is_stop \
        and _bare(tok) not in w["stop"] and _bare(tok) not in w["titles"]


def _name_end(doc: Doc, start: int) -> tuple[int, int]:
    """End of the personal name opening at ``start`` and its number of words (at most four are read): name particles
    ("bin", "al") count for no word, a hyphenated surname ("Mensah-Bonsu", "al-Jaafari", in three tokens) for one."""
    particles = _words()["particles"]
    end, words = start, 0
    while end < len(doc) and words < 4:
        t = doc[end]
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        if _name_token(t):
            words += 1
            end += 1
        elif t.text in ("-", "–") and end > start and nxt is not None and _name_token(nxt) \
                and not doc[end - 1].whitespace_ and not t.whitespace_:
            end += 2  # the second half of a hyphenated name: no new word
        elif t.lower_ in particles and nxt is not None and (_name_token(nxt) or nxt.text in ("-", "–")):
            end += 1
        else:
            break
    return end, words


def _titled_names(doc: Doc, ents: EntitySet, d: ActorDictionary | None) -> set[int]:
    """Pass 1: names after a title. Returns the start tokens of the titled persons."""
    found: set[int] = set()
    surnames: dict[str, int] = {}
    for i in ents.capitals():
        tok = doc[i]
        if not _name_token(tok) or not titled(doc, i):  # the cheap test first
            continue
        owner = ents.at(tok.i - 1)
        t = tok.i - 2 if doc[tok.i - 1].text == "." else tok.i - 1  # the title word
        if owner is not None and owner.label_ != "PERSON" and owner.end > tok.i and t - 1 > owner.start \
                and doc[t - 1].text == "," and doc[t].text[:1].isupper():
            ents.put(owner.start, t - 1, owner.label_)  # "International Cooperation, Ms Akosua" ORG: cut at the comma
            owner = None
        if owner is not None and owner.label_ not in ("PERSON",) and owner.end > tok.i:
            continue  # "the UN General Assembly": the title word is inside an organisation's name
        end, words = _name_end(doc, tok.i)
        if words > 3 or end < len(doc) and doc[end].text[:1].isupper() and _bare(doc[end]) in _words()["stop"]:
            continue  # "Prince Sultan Air Base": the title opens the name of a thing
        if end < len(doc) and doc[end].is_lower and _place_noun(doc[end]):
            continue  # "Mir Ali tehsil": an honorific-like word opening a place's name
        text = doc[tok.i:end].text
        if d is not None and any(a.kind != "person" for a in d.lookup_exact(text)) and \
                not any(a.kind == "person" for a in d.lookup_exact(text)):
            continue  # "President Trump" is a person, "Secretary Kerry" too; "Minister Pakistan" is no name
        old = ents.at(tok.i)
        if old is not None and old.label_ == "PERSON" and old.end >= end:
            found.add(old.start)
            surnames.setdefault(doc[end - 1].text, old.start)
            continue
        if any((e := ents.at(i)) is not None and (e.start < tok.i - 2 or e.end > end) for i in range(tok.i, end)):
            continue  # an entity reaching beyond the name: leave it
        ents.put(tok.i, end, "PERSON")
        found.add(tok.i)
        surnames.setdefault(doc[end - 1].text, tok.i)
    # "Knox Thames" (ORG) before "Special Advisor Thames": a short name ending in the titled surname
    for e in list(ents.spans.values()):
        if e.label_ == "PERSON" or e.start in found or not 2 <= len(e) <= 3 or e[-1].text not in surnames:
            continue
        if all(_name_token(t) for t in e) and (d is None or not d.lookup_exact(e.text)):
            ents.put(e.start, e.end, "PERSON")
    return found


def _full_name_parts(doc: Doc, ents: EntitySet, place_free: bool) -> dict[str, int]:
    """Name word -> end of the first person name of two or more words holding it (``place_free``: only names that
    stand in no place's position, so that "Lashkar Gah" lends no part)."""
    w = _words()
    parts: dict[str, int] = {}
    for e in ents.ordered():
        if e.label_ != "PERSON" or (place_free and place_context(doc, e.start, e.end) and not titled(doc, e.start)):
            continue
        words = [t for t in e if _name_token(t) and t.lower_ not in w["particles"] and len(t) > 2]
        if len(words) == 1 and len(e) == 2 and all(_name_token(t) and t.lower_ not in w["particles"] and t.text.istitle()
                                                   for t in e):
            words = list(e)  # "Wang Yi", "Xi Jinping": a name word of two letters
        if len(words) == 1 and len(words[0]) > 3 and (titled(doc, words[0].i) or titled(doc, e.start)):
            parts.setdefault(words[0].text, e.end)  # "Mullah Fazlullah", "Prince Faisal": the one name word
        elif len(words) >= 2:
            for t in words:
                parts.setdefault(t.text, e.end)
    return parts


def _listed_with_places(doc: Doc, ents: EntitySet, e: Span) -> bool:
    """"in Kafrum, Tallun and Sarmadin": a later conjunct of a name in a place's position; not a name of two or more
    words opening with a common given name ("born in Ashe County ..., the son of X and Nancy Thurlow")."""
    root = e.root
    if root.dep_ != "conj" or len(e) >= 2 and e[0].lower_ in _words()["given"]:
        return False
    first = root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    ent = ents.at(first.i)
    start, end = (ent.start, ent.end) if ent is not None else (first.i, first.i + 1)
    return first.i < e.start and (ent is None or ent.label_ in ("GPE", "LOC", "PERSON", "ORG", "NORP")) and \
        place_context(doc, start, end)


def _unit_word(tok: Token) -> bool:
    """A word of the name before an administrative unit ("Kursk" of "Kursk Oblast", "Novohrad-Volynskyi")."""
    w = _words()
    return tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text) and tok.pos_ in ("PROPN", "NOUN", "ADJ") \
        and not tok.is_stop and _bare(tok) not in w["stop"] and _bare(tok) not in w["titles"]


def _unit_places(doc: Doc, ents: EntitySet, d: ActorDictionary | None, keep: set[int]) -> set[int]:
    """Pass 2a: a name ending in a capitalised administrative unit ("Vladimir Oblast" PERSON, "Dhanusha District"
    PERSON, "Kursk" + "Oblast", an untagged "Anambra State") is a place, the unit word included. Not a titled name,
    not a name the dictionary knows as something else ("Islamic State"), not "Secretary of State". Returns the
    starts of those places."""
    w = _words()
    found: set[int] = set()
    for i in ents.capitals():
        tok = doc[i]
        if tok.lower_ not in w["units"] or tok.is_sent_start:
            continue
        start = tok.i
        while start > 0 and tok.i - start < 5 and doc[start - 1].i not in keep and (_unit_word(doc[start - 1]) or (
                doc[start - 1].text in ("-", "–") and start > 1 and not doc[start - 1].whitespace_
                and _unit_word(doc[start - 2]) and start < tok.i)):
            start -= 1  # "Kursk Oblast", "Jalal-Abad Region" (a hyphenated name in three tokens)
        if start == tok.i or titled(doc, start) or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"):
            continue
        if any(i in keep for i in range(start, tok.i)):
            continue
        if d is not None and any(a.kind not in ("country", "region") for a in d.lookup_exact(doc[start:tok.i + 1].text)):
            continue  # "Islamic State": an organisation's name
        end = tok.i + 1
        outer = [e for i in range(start, end) if (e := ents.at(i)) is not None]
        if any(e.label_ in ("GPE", "LOC") and e.start <= start and e.end >= end for e in outer):
            found.add(start)
            continue  # already a place
        if any(e.start < start - 1 or e.end > end or e.start == start - 1 and doc[e.start].lower_ != "the"
               for e in outer):
            continue  # inside a longer name: "the Ministry of ... "
        ents.put(start, end, "GPE")
        found.add(start)
    return found


def named_place(doc: Doc, start: int, end: int) -> bool:
    """The name at ``start:end`` says by its form that it is a place, whatever its syntax: it ends in a capitalised
    administrative unit or kind of place ("Zhytomyr Oblast", "the Kunar River") or it is the subject of "is a
    district/town ..." (pass 2a)."""
    last = doc[end - 1]
    w = _words()
    return end - start >= 2 and last.text[:1].isupper() and (last.lower_ in w["units"] or last.lower_ in w["place_kinds"]) \
        or _is_said_to_be_place(doc[start:end])


def _is_said_to_be_place(e: Span) -> bool:
    """"Panjgur is a tehsil of ...", "Zhytomyr Oblast is an oblast in ...", "X is one of its districts", "Gilgit is
    the capital of ...": the subject of a copula whose predicate is a place noun (``lexicon.json``: place_nouns,
    admin_unit_nouns, place_kind_nouns; of_nouns of ``places/context.json``)."""
    w = _words()
    root = e.root
    if described_as_place(e):
        return True  # "Anefis, a village between Gao and Kidal"
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    nouns = w["place_nouns"] | w["of_nouns"] | w["units"] | w["place_kinds"]
    for c in root.head.children:
        if c.dep_ != "attr":
            continue
        if c.lemma_.lower() in nouns:
            return True
        if c.lower_ == "one" and any(p.lower_ == "of" and any(o.lemma_.lower() in nouns for o in p.children)
                                     for p in c.children):
            return True  # "Yakawlang is one of its districts"
    return False


def _listed_place(doc: Doc, ents: EntitySet, e: Span) -> bool:
    """A name of one or two words, none a given name, listed with a known place ("Rylsk and Sudzha"; for two words
    only with places: "Nova Kakhovka, Skadovsk and Hola Prystan") or listed as what "towns/districts ... include"."""
    w = _words()
    if len(e) > 2 or any(t.lower_ in w["given"] for t in e):
        return False
    members = co_members(e.root)
    if e.start > 0 and _person_noun(doc[e.start - 1]):
        return False  # "opposition leader Kalonzo Musyoka": described as a person
    known = [_known_place(doc, ents, m) for m in members]
    if known and (len(known) >= 2 and all(known) if len(e) == 2 else any(known)):
        return True  # a name of two words needs every other member to be a place: "Kalonzo Musyoka and David Maraga"
    first = min([e.root, *members], key=lambda t: t.i)
    verb = first.head
    return first.dep_ == "dobj" and verb.lemma_ == "include" and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in w["place_nouns"] or c.lemma_.lower() in w["of_nouns"])
        for c in verb.children)  # "other towns include Sui, Pir Koh and Phelawagh"


def _known_place(doc: Doc, ents: EntitySet, tok: Token) -> bool:
    """``tok`` belongs to a name that is a place: one the model or a correction typed GPE, a LOC the gazetteer
    knows or that stands in a place's position, or a name of another type that the gazetteer knows as a town or
    province."""
    from .places import gazetteer

    e = ents.at(tok.i)
    if e is None or e.label_ not in ("GPE", "LOC", "PERSON", "NORP", "ORG"):
        return False
    start = e.start + 1 if e[0].lower_ == "the" and len(e) > 1 else e.start
    text = doc[start:e.end].text
    if e.label_ not in ("GPE", "LOC"):  # "Rylsk" NORP, "Batken" PERSON: a town the gazetteer knows
        loc = gazetteer().lookup(text)
        return loc is not None and loc.precision in ("city", "admin1")
    return e.label_ == "GPE" or text in gazetteer() or place_context(doc, start, e.end)


def _place_names(doc: Doc, ents: EntitySet, d: ActorDictionary | None, keep: set[int]) -> set[int]:
    """Pass 2: a person or unknown organisation in a place's position is a place; untagged names there too.
    Returns the starts of the names it made places."""
    made: set[int] = set()
    w = _words()
    parts = _full_name_parts(doc, ents, place_free=True)
    for e in list(ents.spans.values()):
        if e.start in keep or e.label_ not in ("PERSON", "ORG", "NORP", "LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT",
                                               "LAW") and not (
                e.label_ in ("DATE", "TIME") and all(t.pos_ == "PROPN" and t.is_alpha and t.lower_ not in w["calendar"]
                                                     for t in e)):
            continue  # "near Turbat" tagged a DATE: a proper name that is no month or weekday
        if all(parts.get(t.text, len(doc) + 1) <= t.i for t in e if _name_token(t)):
            continue  # "confidence in Ghani" after "Ashraf Ghani": the person again
        start = e.start + 1 if e[0].lower_ in ("the", "near") and len(e) > 1 else e.start
        if len(e) == 3 and e[1].lower_ == "and" and _name_token(e[0]) and _name_token(e[2]) and (
                place_context(doc, e.start, e.start + 1) or _listed_place(doc, ents, e[0:1])):
            ents.put(e.start, e.start + 1, "GPE")  # "Mastuj and Torkhow" as one entity in a list of towns
            ents.put(e.end - 1, e.end, "GPE")
            made.update((e.start, e.end - 1))
            continue
        if len(e) >= 2 and e[-1].is_lower and _place_noun(e[-1]) and start < e.end - 1:
            ents.put(start, e.end - 1, "GPE")  # "Mir Ali tehsil" tagged PERSON as a whole
            made.add(start)
            continue
        if not (place_context(doc, start, e.end) or _listed_with_places(doc, ents, e) or _is_said_to_be_place(e)
                or _listed_place(doc, ents, e)) or titled(doc, start):
            continue
        text = doc[start:e.end].text
        known = d.lookup_exact(text) if d is not None else []
        if e.label_ == "PERSON" and any(a.kind == "person" for a in known):
            continue
        words = _name_words(doc[start:e.end])  # "Gash-Barka" counts one word
        if e.label_ != "PERSON" and (known or words is None or len(words) > 3 or any(
                t.text.isupper() and len(t) > 1 for t in e)):
            continue  # "in NATO", "in the Taliban": a known or organisational name
        ents.put(start, e.end, "GPE")
        made.add(start)
    for k in ents.capitals():
        tok = doc[k]
        if ents.at(k) is not None or not _name_token(tok) or tok.pos_ != "PROPN":
            continue
        if tok.i > 0 and _name_token(doc[tok.i - 1]) and ents.at(tok.i - 1) is None:
            continue  # not the first word of the name
        end = tok.i
        while end < len(doc) and end - tok.i < 3 and _name_token(doc[end]) and ents.at(end) is None:
            end += 1
        strong = end < len(doc) and _place_noun(doc[end]) and doc[end].pos_ in ("NOUN", "PROPN") \
            and not describes_place_noun(doc, tok.i, end)  # not "the Pashtun village of X"
        i = tok.i - 1
        strong = strong or (i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in w["of_nouns"])
        strong = strong or end - tok.i <= 2 and _listed_place(doc, ents, doc[tok.i:end])  # "visited Batken and Osh"
        strong = strong or ground_object(doc, tok.i, end) and tok.lower_ not in w["given"]  # "overran Tessit"
        if strong and not titled(doc, tok.i):
            ents.put(tok.i, end, "GPE")
            made.add(tok.i)
    return made


def _name_words(toks: Span) -> list[Token] | None:
    """The words of a name, a hyphen between two of them joining them ("Adeyemi-Bankole" in three tokens), or None
    when a token is no name word."""
    words: list[Token] = []
    for t in toks:
        if t.text in ("-", "–") and words and t.i + 1 < toks.end:
            continue
        if not (_name_token(t) or "-" in t.text and t.text[:1].isupper() or initials(t) and t.i == toks.start):
            return None  # "R.R. Swain": initials open a name
        if not (t.i > toks.start and toks.doc[t.i - 1].text in ("-", "–")):
            words.append(t)
    return words


def _person_cues(doc: Doc, ents: EntitySet, d: ActorDictionary | None, places: set[int]) -> None:
    """Pass 3: a short name the model typed as an organisation or a place is a person when it starts with a common
    given name ("Shireen Mazari" ORG, "Vikram" ORG before an untagged "Misri"; not an organisation that ends in a
    word of a firm's name: "Philip Morris International", ``firm_name_words``), stands in apposition with a person
    noun ("Mohsin Dawar, a lawmaker") or right after one ("opposition leader Kalonzo Musyoka" GPE), owns a
    relative ("Narges Mohammadi's husband"), follows a capitalised person noun inside the entity ("Lawyer Mehmet Emin
    Aktar" ORG) or is listed with a person ("Ibrahim Hassan and Olumide Adeyemi-Bankole"); two such names joined by
    "and" in one entity are two persons ("Babajide Sanwo-Olu and Umaru Fintiri" ORG)."""
    from .places import gazetteer

    w = _words()
    for e in list(ents.spans.values()):
        if e.label_ not in ("ORG", "GPE", "NORP", "LOC", "FAC", "PERSON") or e.start in places:
            continue
        if e.label_ != "PERSON" and _two_persons(doc, ents, e, d):
            continue
        start = e.start
        if e[0].text[:1].isupper() and e[0].lower_ in w["person_nouns"] and len(e) >= 3:
            start += 1  # "Lawyer Mehmet Emin Aktar": the person noun opens the sentence and the entity
        end = e.end
        if e[0].lower_ in w["given"]:  # "Vikram" ORG, "Misri" untagged
            while end < len(doc) and end - start < 3 and ents.at(end) is None and _name_token(doc[end]) \
                    and doc[end].pos_ == "PROPN":
                end += 1
        if e.label_ == "PERSON":
            if end > e.end:
                ents.put(start, end, "PERSON")
            continue
        words = _name_words(doc[start:end])
        if words is None or len(words) > 3:
            continue
        # the cues first, the costlier checks against places and the dictionary only for a name that has one
        root = e.root
        apposed = root.dep_ == "appos" and root.head.lemma_.lower() in w["person_nouns"] and root.head.i < e.start or \
            any(c.dep_ == "appos" and c.lemma_.lower() in w["person_nouns"] for c in root.children)
        kin = end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") and doc[end + 1].lower_ in w["kin"]
        described = start > 0 and _person_noun(doc[start - 1])
        given = len(words) >= 2 and words[0].lower_ in w["given"] and not (
            e.label_ == "ORG" and words[-1].lower_ in w["firms"])  # "Philip Morris International": the firm
        if not (apposed or described or kin or start > e.start or given
                or len(words) >= 2 and not any(t.text.isupper() for t in words) and any(
                    (m := ents.at(c.i)) is not None and m.label_ == "PERSON" and len(m) >= 2
                    for c in co_members(root))):  # listed with a person
            continue
        text = doc[start:end].text
        if place_context(doc, start, end) or text in gazetteer():
            continue
        known = d.lookup_exact(text) if d is not None else []
        if any(a.kind != "person" for a in known) or (d is not None and d.demonym(text) is not None):
            continue
        ents.put(start, end, "PERSON")
    for i in ents.capitals():  # "with Leymah Gbowee and Tawakkol Karman": an untagged name listed with persons
        tok = doc[i]
        if ents.at(i) is not None or tok.pos_ != "PROPN" or not _name_token(tok) or (
                tok.i > 0 and ents.at(tok.i - 1) is None and _name_token(doc[tok.i - 1])):
            continue
        end = tok.i
        while end < len(doc) and end - tok.i < 3 and ents.at(end) is None and doc[end].pos_ == "PROPN" \
                and _name_token(doc[end]):
            end += 1
        span = doc[tok.i:end]
        if len(span) < 2 or (end < len(doc) and _name_token(doc[end])) or span.text in gazetteer() or (
                d is not None and d.lookup_exact(span.text)):
            continue
        if any((m := ents.at(c.i)) is not None and m.label_ == "PERSON" and len(m) >= 2
               for c in co_members(span.root)):
            ents.put(tok.i, end, "PERSON")


def _two_persons(doc: Doc, ents: EntitySet, e: Span, d: ActorDictionary | None) -> bool:
    """"Babajide Sanwo-Olu and Umaru Fintiri" in one entity: two names of two or three words joined by "and", one
    of them starting with a given name, neither known to the dictionary as anything but a person."""
    w = _words()
    cut = next((t.i for t in e if t.lower_ == "and"), None)
    if cut is None or d is not None and d.lookup_exact(e.text):
        return False
    left, right = _name_words(doc[e.start:cut]), _name_words(doc[cut + 1:e.end])
    if not left or not right or not (2 <= len(left) <= 3 and 2 <= len(right) <= 3):
        return False
    if not (left[0].lower_ in w["given"] or right[0].lower_ in w["given"]):
        return False
    ents.put(e.start, cut, "PERSON")
    ents.put(cut + 1, e.end, "PERSON")
    return True


def _of_country_names(doc: Doc, ents: EntitySet) -> None:
    """Pass 0: "the Communist Party" ORG + "of" + "Vietnam" GPE is one organisation's name when its head word makes
    the name its own (``lexicon.json: own_name_words``: "Party", "University", "Bank"; not "Ministry", "Government",
    whose "of X" says whose they are)."""
    w = _words()
    for e in list(ents.spans.values()):
        end = e.end
        if e.label_ != "ORG" or not e[-1].text[:1].isupper() or e[-1].lower_ not in w["own_name"]:
            continue
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            continue
        nxt = ents.at(end + 1)
        if nxt is None or nxt.start != end + 1 or nxt.label_ != "GPE" or (
                nxt.end < len(doc) and doc[nxt.end].text[:1].isupper() and doc[nxt.end].is_alpha):
            continue
        ents.put(e.start, nxt.end, "ORG")


def _seated_organisations(doc: Doc, ents: EntitySet) -> None:
    """Pass 0: "the Ministry in Accra", "the Embassy in Kabul" as one ORG entity: the organisation, then the town or
    country the gazetteer knows, after "in"."""
    from .places import gazetteer

    for e in list(ents.spans.values()):
        if e.label_ != "ORG" or len(e) < 3:
            continue
        cut = next((t.i for t in e[1:-1] if t.lower_ == "in"), None)
        if cut is None or not all(t.text[:1].isupper() for t in doc[cut + 1:e.end]):
            continue
        loc = gazetteer().lookup(doc[cut + 1:e.end].text)
        if loc is None or loc.precision not in ("city", "admin1", "country"):
            continue
        ents.put(e.start, cut, "ORG")
        ents.put(cut + 1, e.end, "GPE")


def _organisation_persons(doc: Doc, ents: EntitySet, keep: set[int]) -> None:
    """Pass 0: a name of two or more words the model typed PERSON that holds a word only an organisation's name has
    ("the Tigray People's Liberation Front", "... Movement", "... Party"; "Lashkar-e-Islam": ``lexicon.json:
    group_name_words``) is an organisation; never a titled name.
    Words that are also family names ("Court", "Bank", "Post", "Press") do not count."""
    w = _words()
    for e in list(ents.spans.values()):
        if e.label_ == "PERSON" and len(e) >= 2 and e.start not in keep and (any(
                t.text[:1].isupper() and t.lower_ in w["org_only"] for t in e[1:]) or any(
                t.text[:1].isupper() and t.lower_ in w["group_words"] for t in e)):
            ents.put(e.start, e.end, "ORG")


def _institution_places(doc: Doc, ents: EntitySet) -> set[int]:
    """Pass 0: a name of two or more words the model typed a place that ends in a word an institution's own name
    ends in ("Pellworth Academy", "Ravensby College", "Kabul University": ``lexicon.json: own_name_words``) is an
    organisation, unless the gazetteer knows it as a place ("the West Bank"). Returns their starts (no later pass
    makes them places: "entered Pellworth Academy" is no town entered)."""
    from .places import gazetteer

    w = _words()
    made: set[int] = set()
    for e in list(ents.spans.values()):
        if e.label_ in ("GPE", "LOC", "FAC", "ORG") and len(e) >= 2 and e[-1].text[:1].isupper() \
                and e[-1].lower_ in w["own_name"] and e[0].lower_ not in w["directions"]:
            start = e.start + (e[0].lower_ == "the")
            if doc[start:e.end].text not in gazetteer():
                if e.label_ != "ORG":
                    ents.put(e.start, e.end, "ORG")
                made.add(e.start)
    return made


def _title_pieces(doc: Doc, ents: EntitySet, d: ActorDictionary) -> None:
    """Pass 0: the last words of a title the model typed a name of their own ("Secretary of [State]", "Minister of
    [Defence]", "Head of [State]": a title of the dictionary's ``titles.tsv`` ending with the entity) name no body; a
    place the gazetteer knows stays ("the Amir of [Qatar]": the title names the country's ruler, the country is named)."""
    from .places import gazetteer

    variants = d.title_variants()
    for e in list(ents.spans.values()):
        if e.label_ not in ("ORG", "GPE", "LOC", "NORP") or len(e) > 2 or e.start < 2 or doc[e.start - 1].lower_ != "of":
            continue
        if any(doc[k:e.end].text.lower() in variants for k in range(max(0, e.start - 3), e.start - 1)) and \
                e.text not in gazetteer():
            ents.drop(e.start)


def _chained_names(doc: Doc, ents: EntitySet, d: ActorDictionary | None) -> set[int]:
    """Pass 3: a given or family name alone after the full name, or two of its words ("Coy Granados" after
    "Francisco José Coy Granados"); a surname alone typed ORG before the full name comes. Returns the starts of
    the chained names."""
    parts = _full_name_parts(doc, ents, place_free=False)
    chained: set[int] = set()
    if not parts:
        return chained
    later: dict[str, int] = {}
    for e in ents.ordered():
        if e.label_ == "PERSON" and len(e) >= 2 and all(_name_token(t) for t in e[-2:]):
            later.setdefault(e[-1].text, e.start)
    for e in list(ents.spans.values()):  # "Musyoka accused Kindiki of ..." before "Kithure Kindiki, the deputy"
        if e.label_ == "ORG" and len(e) == 1 and later.get(e.text, -1) > e.start and _name_token(e[0]) \
                and not place_context(doc, e.start, e.end) and (d is None or not d.lookup_exact(e.text)):
            ents.put(e.start, e.end, "PERSON")
            chained.add(e.start)
    for i in ents.capitals():
        tok = doc[i]
        if parts.get(tok.text, len(doc) + 1) > i:
            continue
        old = ents.at(tok.i)
        if old is not None and old.start == tok.i and 2 <= len(old) <= 3 and old.label_ in ("ORG", "NORP", "FAC") \
                and all(parts.get(t.text, len(doc) + 1) <= t.i for t in old if t.text not in ("-", "–")) \
                and not titled(doc, tok.i):
            ents.put(old.start, old.end, "PERSON")  # "Coy Granados" ORG after "Francisco José Coy Granados", "Dlamini-Zuma"
            chained.add(tok.i)
            continue
        if old is not None and (old.label_ == "PERSON" or len(old) != 1 or old.label_ not in _RETYPABLE):
            continue
        if old is None and tok.pos_ != "PROPN" and not (
                tok.pos_ in ("NOUN", "VERB", "ADJ") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")):
            continue  # "Will" in "Will the talks ..." after "Will Somers"; not "Townsend added" (tagged a verb)
        if place_context(doc, tok.i, tok.i + 1) or (tok.i > 0 and doc[tok.i - 1].lower_ == "the"):
            continue  # "in Jordan", "the Jordan valley"
        if tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.pos_ == "NOUN" and not (
                d is not None and tok.head.lower_ in ("government", "administration", "regime", "campaign")):
            continue  # "Jordan border": a modifier, not a person
        end = tok.i + 1
        while end + 1 < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and ents.at(end + 1) is None and parts.get(doc[end + 1].text, len(doc)) <= end:
            end += 2  # "Kasa-Vubu" untagged after "Joseph Kasa-Vubu": one name, not "Kasa" and "Vubu"
        ents.put(tok.i, end, "PERSON")
        chained.add(tok.i)
    return chained


def _ruling_names(doc: Doc, ents: EntitySet, d: ActorDictionary, threshold: float) -> None:
    """Pass 5: "the Asad regime", "the Maduro government": a name before a word of rule that the dictionary knows
    as a person's (never a country, demonym or organisation) is that person."""
    w = _words()
    for e in list(ents.spans.values()):
        if e.label_ not in ("ORG", "NORP", "GPE", "LOC") or len(e) > 3:
            continue
        toks = [t for t in e if t.lower_ not in ("the", "'s", "’s")]
        nxt = doc[e.end] if e.end < len(doc) else None
        if toks and toks[-1].lower_ in w["rule_nouns"]:
            toks = toks[:-1]
        elif nxt is None or nxt.lower_ not in w["rule_nouns"]:
            continue
        if not toks or not all(_name_token(t) for t in toks):
            continue
        text = " ".join(t.text for t in toks)
        if d.demonym(text) is not None or d.country_code(text) or d.lookup_exact(text) and not any(
                a.kind == "person" for a in d.lookup_exact(text)):
            continue
        found = d.candidates(text, {"person"}, limit=2, min_score=threshold)
        if found and (len(found) == 1 or found[1][1] < found[0][1] - 0.02):
            ents.put(toks[0].i, toks[-1].i + 1, "PERSON")


def correct_entities(doc: Doc, dictionary: ActorDictionary | None = None, threshold: float = 0.86) -> None:
    """Rewrite ``doc.ents`` by the passes of the module docstring (in place; a doc without entities to correct is
    left as it is). ``threshold``: the link score a ruler's name ("the Asad regime") needs to be taken for a known
    person."""
    ents = EntitySet(doc)
    correct_name_forms(doc, ents, dictionary, _words()["given"])
    cut_of_names(doc, ents)
    outlet_names(doc, ents, dictionary)
    staff_outlets(doc, ents, dictionary)
    linked_places(doc, ents)
    apposed_places(doc, ents)
    base_names(doc, ents)
    split_person_names(doc, ents, _words()["given"], dictionary)
    keep = portfolio_names(doc, ents, _words(), dictionary) | _titled_names(doc, ents, dictionary)
    _organisation_persons(doc, ents, keep)
    if dictionary is not None:
        _title_pieces(doc, ents, dictionary)
    keep |= _institution_places(doc, ents)
    _of_country_names(doc, ents)
    _seated_organisations(doc, ents)
    units = _unit_places(doc, ents, dictionary, keep)
    places = _place_names(doc, ents, dictionary, keep | units)
    _person_cues(doc, ents, dictionary, units | places)
    cut_short_names(doc, ents, _words()["given"])
    _chained_names(doc, ents, dictionary)
    lone_person_names(doc, ents, dictionary)
    if dictionary is not None:
        _ruling_names(doc, ents, dictionary, threshold)
    correct_person_names(doc, ents)
    headline_names(doc, ents, dictionary)
    acronym_persons(doc, ents)
    opening_modifiers(doc, ents)
    if dictionary is not None:
        known_kind_names(doc, ents, dictionary, _words()["given"])
        for e in list(ents.spans.values()):
            if e.label_ == "PERSON" and len(e) == 1 and dictionary.demonym(e.text) is not None:
                ents.put(e.start, e.end, "NORP")
    vessel_names(doc, ents)
    named_drills(doc, ents)
    if ents.changed:
        new = ents.ordered()
        if [(e.start, e.end, e.label_) for e in new] != [(e.start, e.end, e.label_) for e in doc.ents]:
            doc.ents = new
