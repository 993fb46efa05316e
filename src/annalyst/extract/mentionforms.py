"""Forms of an actor mention (used by ``actors.ActorLinker``): the bounds of an entity without determiners,
possessives and quotes, its clean name, whether it reads as a proper name or as an organisation's own name, the
subjects an object pronoun cannot refer to, currency amounts that look like organisations, names the gazetteer
knows as places, and the context that says a name so spelt is a person's all the same."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..actors.names import lexicon
from .linkstate import particles

__all__ = ["QUOTES", "ORG_KINDS", "clause_subjects", "object_words", "own_name", "own_name_words", "modifies_following_noun",
           "opposed_name",
           "has_capital", "trim", "place_prepositions", "clean_name", "looks_like_name", "currency_amount",
           "is_known_place", "said_of_person"]

#: quotation marks trimmed off a mention
QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}


def clause_subjects(pronoun: Token) -> set[int]:
    """Token indices of the subject of the clause an object pronoun ("him", "them") is in: a non-reflexive object
    pronoun never refers to it (English binding); empty for subjects and possessors."""
    if pronoun.dep_ in ("dobj", "dative", "iobj", "obj"):
        verb = pronoun.head
    elif pronoun.dep_ == "pobj" and pronoun.head.dep_ in ("prep", "dative"):
        verb = pronoun.head.head
    else:
        return set()
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def phrase_clause_subjects(noun: Token) -> set[int]:
    """Token indices of the subject of the clause a definite noun phrase ("the country", "the group") is an object
    in, directly or inside the verb's object ("imposed sanctions against the country"): such a phrase, like an
    object pronoun, never names that subject. Empty for a subject."""
    tok = noun
    for _ in range(6):
        if tok.dep_ not in ("dobj", "obj", "dative", "iobj", "pobj", "prep") or tok.head.i == tok.i:
            return set()
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return {t.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return set()


def definite_start(noun: Token, modifiers: frozenset[str]) -> int | None:
    """The index of "the" before a noun that may refer back: "the group", or "the rebel group" with one of
    ``modifiers`` (``lexicon.json: coref_modifiers``: "the armed group", "the guerrilla movement"); else None."""
    doc, i = noun.doc, noun.i
    if i > 0 and doc[i - 1].lower_ == "the":
        return i - 1
    if i > 1 and doc[i - 1].lower_ in modifiers and doc[i - 1].head.i == i and doc[i - 2].lower_ == "the":
        return i - 2
    return None


def members_named(of: Token) -> bool:
    """An "of" phrase naming members ("the group of seven", "the group of experts", "of friends of X"), not the "of"
    of a charge hung on the noun ("blamed the armed group of the unrest", "accused the group of killing X")."""
    objs = [c for c in of.children if c.dep_ == "pobj"]
    return not objs or any(o.pos_ in ("NUM", "PROPN") or o.tag_ in ("NNS", "NNPS") for o in objs)


#: the dependents of a verb that hold its objects ("accused Iran of ...", "imposed sanctions on X")
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "iobj", "prep", "attr", "oprd", "xcomp"})


def object_words(pronoun: Token) -> set[int]:
    """Token indices of the objects after a subject pronoun that its verb (or a verb sharing its subject) takes: the
    pronoun never refers to a party named there (English binding: "it accused Iran of ... and imposed sanctions on
    Iranian officials" is not Iran's accusation); a source told after the clause ("It will respond, Iran said") is
    no object, and may be what the pronoun names. Empty for any other pronoun."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.pos_ not in ("VERB", "AUX"):
        return set()
    verbs = [pronoun.head, *(c for c in pronoun.head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                             and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
    return {t.i for v in verbs for c in v.children if c.dep_ in _OBJECT_DEPS and c.i > pronoun.i for t in c.subtree}


ORG_KINDS = frozenset({"armed_group", "organisation", "party", "igo", "media", "government", "military",
                        "judiciary", "legislature", "region", "group"})


def own_name(ent: Span) -> bool:
    """An organisation's name holding a capitalised word that makes it its own (``lexicon.json: own_name_words``,
    and the words of movements' names, ``group_name_words``: "Tehreek-e-Taliban Pakistan" is not Pakistan)."""
    words = own_name_words()
    return ent.label_ == "ORG" and any(t.lower_ in words and t.text[:1].isupper() for t in ent)


@lru_cache(maxsize=1)
def own_name_words() -> frozenset[str]:
    return frozenset(lexicon()["own_name_words"]) | frozenset(lexicon()["group_name_words"])


def modifies_following_noun(span: Span) -> bool:
    """"Russian military equipment": an alias ending in a lowercase word that modifies the noun after it."""
    last = span[-1]
    return last.is_lower and last.dep_ in ("amod", "compound", "nmod") and last.head.i >= span.end


def opposed_name(span: Span) -> bool:
    """"an anti-Taliban militia", "anti-Houthi forces": a name joined by a hyphen to a prefix of opposition
    (``lexicon.json: opposing_prefixes``) names the side a group is against, not a mention of that party."""
    doc, start = span.doc, span.start
    if start < 2 or doc[start - 1].text not in ("-", "‐", "–") or doc[start - 1].whitespace_ or \
            doc[start - 2].whitespace_:
        return False
    return doc[start - 2].lower_ in lexicon()["opposing_prefixes"]


def has_capital(text: str) -> bool:
    return any(ch.isupper() for ch in text) or not any(ch.isascii() and ch.isalpha() for ch in text)


def trim(ent: Span) -> tuple[int, int]:
    """Entity bounds without a leading determiner, a trailing possessive or quotes."""
    start, end = ent.start, ent.end
    doc = ent.doc
    preps = place_prepositions()
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].text in QUOTES
                           or ((doc[start].pos_ == "ADP" or doc[start].lower_ in preps) and start + 1 < end)):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'") or doc[end - 1].text in QUOTES):
        end -= 1
    return start, end


@lru_cache(maxsize=1)
def place_prepositions() -> frozenset[str]:
    return frozenset(lexicon()["place_prepositions"])


def clean_name(span: Span) -> str:
    return " ".join(t.text for t in span if t.text not in QUOTES and t.text != "*").strip()


def looks_like_name(span: Span) -> bool:
    """A proper name: every content word but name particles capitalised ("Doha Working Group", "Lashkar-e-Islam";
    not "Beslan school")."""
    small = particles()
    words = [t for t in span if t.is_alpha and not t.is_stop and t.lower_ not in small]
    return bool(words) and all(t.text[:1].isupper() for t in words)


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """ISO 4217 currency codes (pycountry)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def currency_amount(span: Span) -> bool:
    """``span`` is a currency code before an amount ("NOK 50 million", "SEK 30m"): money, not an organisation."""
    doc = span.doc
    return len(span) == 1 and span.text in _currency_codes() and span.end < len(doc) and doc[span.end].like_num


def is_known_place(text: str, label: str) -> bool:
    """An unknown organisation that the gazetteer knows as a site ("Crocus City Hall"), or a person or group name
    that is a city or province (the model tags "Raqqah" PERSON and "Aleppo" NORP): a place, not an actor."""
    from .places import gazetteer

    place = gazetteer().lookup(text)
    if place is None:
        return False
    return place.precision == "site" or (place.precision in ("city", "admin1") and label in ("PERSON", "NORP", "ORG"))


def said_of_person(span: Span) -> bool:
    """The context says the name ``span`` is a person's, though the gazetteer knows a town so spelt (many family
    names are also towns: "Ahmadi", "Jalali", "Bello"): it is the subject of a verb of saying ("Ahmadi said", "said
    Ahmadi"), a person noun stands in apposition to it ("Ahmadi, a spokesman for ..."), it owns a relative or a
    person ("Ahmadi's wife", "Bello's lawyer"), it is the source after "according to", or an age or a pronoun in brackets stands before it
    ("the 61-year-old Bello", "him (Bello)": ``personslots.person_slot``). A town does none of these:
    "officials in Ahmadi said" has the town after a preposition, not as the subject."""
    from .eventlex import claim_cues
    from .personnames import apposed_person_noun
    from .personslots import person_slot

    doc, root = span.doc, span.root
    lex = lexicon()
    persons = frozenset(lex["person_nouns"]) | frozenset(lex["kin_nouns"])
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in claim_cues()["report_verbs"]:
        return True
    if person_slot(doc, span.start, span.end):
        return True  # "65-year-old Shinde", "him (Bello)"
    if apposed_person_noun(doc, span.end) or span.start >= 2 and doc[span.start - 1].lower_ == "to" \
            and doc[span.start - 2].lower_ == "according":
        return True
    return span.end < len(doc) and doc[span.end].tag_ == "POS" and root.head.lemma_.lower() in persons
