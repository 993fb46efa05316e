"""What a noun phrase is as an argument: party nouns, quantities, equipment, places, relational nouns ...

The word classes and predicates ``eventargs.Args`` and the modules that place an event's parties (``parties``,
``triggering``, ``directed``, ``appeals``, ``frames``, ``events``) use to decide whether a noun can name a party:

* ``is_party_noun``: a common noun that names a party when no mention does: the party nouns ("soldiers", "the
  government") and nouns naming people by what they do ("shoppers", "militants"), not things, acts or ideas;
* ``counted``: what a quantity noun counts ("dozens of villages" -> villages);
* ``is_equipment``: a weapon or vehicle named by its acronym ("VBIED"), never a party;
* ``is_place_head``, ``facility_name``, ``in_place``: a noun or proper name that names a place or a site, where
  something happened, never who did it;
* ``is_relational``: a noun whose possessor is the other side ("his Chinese counterpart");
* ``is_topic_verb``, ``undergo_verb``, ``undergoer``: verbs whose object is a topic, not a party ("discussed the next
  steps"), and verbs whose subject undergoes the act its object names ("civilians faced shelling");
* ``other_side``: the other side of another act told deep inside a noun phrase ("the fight against X");
* ``text_title``: a word of the title of a signed text ("a Memorandum of Understanding (MOU)"), never a party;
  ``treaty_name``: a treaty's acronym or the last word of its proper name ("the JCPOA", "the INF Treaty");
  ``own_undertaking``: a party's ratification of or obligations under a treaty, and their possessor;
* ``split_subject``: the second half of a coordinated subject the parser split in two ("the Minister of Foreign
  Affairs of Chile Ms. A and the Minister of Foreign Affairs of Peru Mr. B met").

The word lists are data: ``resources/events/argwords.json`` (noun classes) and ``resources/events/arguments.json``
(``argument_words``); endings of nouns of doers and of abstract nouns are rules and stay here.
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

from ..resources import load_json, load_word_lists
from .phrases import COMPASS, TITLES, by_participle, path_up
from .phrases import SUBJ_DEPS as _SUBJ

__all__ = ["ABSTRACT_ENDINGS", "AGENT_THINGS", "BORDER_NOUNS", "border_side", "DOCUMENT_NOUNS", "MEASURE_NOUNS", "PARTY_NOUNS",
           "PAYMENT_NOUNS", "QUANTITY_NOUNS", "TRADE_HEADS", "MOVING_PARTICIPLES",
           "SIDE_PREPS", "TIME_WORDS", "argument_words", "counted", "facility_name", "in_place", "is_equipment",
           "captor", "done_to_people", "fight_taken_part_in", "is_party_noun", "is_place_head", "is_relational",
           "held_captive", "is_topic_verb", "manner_modifier", "operation_author", "other_side", "people_participle",
           "split_subject",
           "own_undertaking", "sponsor_modifier", "supported_partner", "text_title", "treaty_name", "undergo_verb",
           "undergoer"]

_WORDS = load_word_lists("events", "argwords.json")
#: payments a demand asks for, whose "for" phrase is what is paid for ("a ransom for the hostages"), no party asked
PAYMENT_NOUNS = _WORDS["payment_nouns"]
#: common nouns that name a party when no mention is found (for unknown entities in object position)
PARTY_NOUNS = _WORDS["party_nouns"]
#: nouns of a frontier: "on the X border" says where, X is no party ("seized a town on the Lebanese border")
BORDER_NOUNS = _WORDS["border_nouns"]
#: nouns of people that can act as an unknown actor, but as a recipient are too vague to name a party
_PEOPLE_NOUNS = _WORDS["people_nouns"]
#: nouns of people whose compound tells their trade ("aid workers"), never the thing a verb acts on
TRADE_HEADS = frozenset(_WORDS["trade_heads"])
#: verbs whose active participle before a noun tells the noun's party moving ("retreating forces"): the noun acts
MOVING_PARTICIPLES = frozenset(_WORDS["moving_participles"])
#: agentive-looking nouns that name things or acts ("order", "border", "water", "agreement", "statement")
_NOT_AGENTIVE = _WORDS["not_agentive_nouns"]
#: participles of belonging or service ("backed by", "sent by"): the "by" party is the people's own
_AFFILIATION = load_word_lists("events", "arguments.json")["affiliation_participles"]
#: nouns of a quantity whose "of" phrase is what is counted ("dozens of villages", "the body of a shopkeeper")
QUANTITY_NOUNS = _WORDS["quantity_nouns"]
#: days, months and other words of time: never a party
TIME_WORDS = _WORDS["time_words"]
#: documents that speak for their author ("a declaration demanding ...", "a statement saying ...")
DOCUMENT_NOUNS = _WORDS["document_nouns"]
#: things that act in reports of violence ("a roadside bombing killed ...", "a device exploded", "gunfire hit ...")
AGENT_THINGS = _WORDS["agent_things"]
#: measures imposed "on" a party "for" an act: the party did the act ("sanctions on X for supplying drones")
MEASURE_NOUNS = _WORDS["measure_nouns"]
#: verbs whose "into" phrase is what a thing is made into ("converting the mission into a larger force"), no party
CONVERSION_VERBS = frozenset(_WORDS["conversion_verbs"])
#: place heads that also end the names of organisations ("Islamic State Khorasan Province"): no sign of a place name
_ORG_PLACE_HEADS = _WORDS["org_place_heads"]
#: nouns of a signed text named by a title ("Memorandum of ...", "Declaration of ..."), the words of that title's
#: "of" phrase ("Understanding", "Principles", "Intent") and the short forms of such titles ("MOU", "LOI")
_TITLE_HEADS = _WORDS["text_title_heads"]
_TITLE_WORDS = _WORDS["text_title_words"]
_TITLE_SHORT = _WORDS["text_short_forms"]
#: acronyms of treaties ("JCPOA", "NPT", "New START") and the last words of treaties' proper names ("... Treaty")
_TREATY_SHORT = _WORDS["treaty_short_forms"]
_AGREEMENT_HEADS = _WORDS["agreement_title_heads"]

#: endings of nouns that name people by what they do ("shoppers", "farmers", "militants", "activists", "gunmen")
_AGENTIVE = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents", "ian", "ians", "man", "men",
             "ee", "ees", "ary", "aries")
#: endings of abstract nouns (acts, states, qualities)
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ity", "ism", "ness", "ship")
#: prepositions that name the other side of another act told deep inside a noun phrase ("their efforts in the
#: fight against X", "sanctions imposed against X"): that side, not a party of the act the phrase is object of (the
#: parties of ties "between X and Y" a speaker welcomes are its recipients, as CAMEO codes them)
SIDE_PREPS = frozenset({"against"})


def argument_words() -> dict:
    """The word lists of ``resources/events/arguments.json`` (what can be a party, a place, a means)."""
    return load_json("events", "arguments.json")


def counted(token: Token) -> Token:
    """What a quantity noun counts ("dozens of villages" -> villages, "hundreds of civilians" -> civilians); the
    token itself otherwise."""
    for _ in range(3):
        if token.lemma_.lower() not in QUANTITY_NOUNS and token.pos_ != "NUM":
            break
        pobj = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"), None)
        if pobj is None:
            break
        token = pobj
    return token


def is_equipment(text: str) -> bool:
    """A weapon or vehicle named by its acronym ("VBIED", "UAVs", "RPG"), or spelled out in capitals with a weapon's
    or vehicle's last word ("Improvised Explosive Device", "Vehicle-Borne Improvised Explosive Devices"): a thing,
    never a party ("All Progressives Congress" is no "APC": its last word is no equipment's)."""
    words = argument_words()
    acronyms = words["equipment_acronyms"]
    text = text.strip()
    if text.upper() in acronyms:
        return True
    parts = [w for w in text.replace("-", " ").split() if w[:1].isupper()]
    if len(parts) < 2 or parts[-1].lower() not in words["equipment_heads"]:
        return False
    return "".join(w[0] for w in parts).upper() in acronyms


def is_relational(token: Token) -> bool:
    """A noun of a relation whose possessor is the other side ("his Chinese counterpart", "her opposite number")."""
    words = argument_words()["relational_nouns"]
    lemma = token.lemma_.lower()
    if token.lower_ in words or lemma in words:
        return True
    return any(c.dep_ == "amod" and f"{c.lower_} {token.lower_}" in words for c in token.children)


def name_after_comma(token: Token) -> Token | None:
    """The last word of a person's name that opens right after a comma behind a relational noun ("spoke with his
    Chinese counterpart, Wang Yi, on Tuesday to discuss X"), or right after it behind the words of a title ("met his
    Turkish counterpart Foreign Minister X in Ankara"): readouts name the counterpart in an apposition, which the
    parser hangs elsewhere when a clause follows or a title comes first; the name is whom the noun means. None when
    no person's name opens there."""
    doc = token.doc
    if not is_relational(token) or token.i + 2 >= len(doc):
        return None
    start = token.i + 2 if doc[token.i + 1].text == "," else token.i + 1
    if start == token.i + 1:  # no comma: only the capitalised words of a title may come between
        while start < min(len(doc) - 1, token.i + 5) and doc[start].ent_type_ != "PERSON" and \
                doc[start].is_title and doc[start].dep_ in ("compound", "appos"):
            start += 1
        if start == token.i + 1:
            return None
    if doc[start].ent_type_ != "PERSON" or doc[start].ent_iob_ != "B":
        return None
    end = start
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and doc[end + 1].ent_type_ == "PERSON":
        end += 1
    return doc[end]


def sanctions_list(token: Token) -> bool:
    """``token`` heads the list a measure puts its party on ("placed X on its sanctions list", "put Y on the
    blacklist", "added Z to the entity list"): the list, never the party (its owner is the body that keeps it)."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("on", "onto", "to"):
        return False
    listed = argument_words()["sanctions_list_words"]
    return any(t.lemma_.lower() in listed or t.lower_ in listed
               for t in (token, *(c for c in token.children if c.dep_ in ("compound", "amod", "nmod"))))


def is_place_head(token: Token) -> bool:
    """A noun that names a place ("the Al-Sinek neighborhood", "the district", "a market"): where something
    happened, never who did it."""
    return token.lemma_.lower() in argument_words()["place_heads"] or token.lower_ in argument_words()["place_heads"]


def is_topic_verb(token: Token) -> bool:
    """A verb whose object is what is talked about, not a party ("discussed the next steps", "reviewed X's
    cooperation"): its party comes from its "with" phrase only."""
    return token.lemma_.lower() in argument_words()["topic_verbs"]


def undergo_verb(token: Token) -> Token | None:
    """The verb by which its subject undergoes the act ``token`` names ("civilians are facing shelling and
    airstrikes", "the convoy came under fire", "guards lost their lives in a raid"), or None."""
    node = token
    while node.dep_ == "conj" and node.head != node:
        if node.head.lemma_.lower() in argument_words()["undergo_verbs"] and node.pos_ == "NOUN":
            return node.head  # "civilians are facing shelling and airstrikes", the nouns parsed as verb conjuncts
        node = node.head
    head = node.head
    if node.dep_ in ("dobj", "obj", "xcomp") and head.lemma_.lower() in argument_words()["undergo_verbs"]:
        return head
    if node.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() == "come":
        return head.head
    if node.dep_ == "pobj" and head.lower_ == "in" and _died(head.head):
        return head.head  # "four guards lost their lives in a raid by X", "two guards died in the attack"
    return None


def _died(verb: Token) -> bool:
    """``verb`` tells its subject's death: "died", "perished", "lost their lives"."""
    lemma = verb.lemma_.lower()
    return lemma in ("die", "perish") or lemma == "lose" and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("life", "lives") for c in verb.children)


def undergoer(token: Token) -> list[Token]:
    """The subject of the verb by which it undergoes the act ``token`` names: the act's recipient; [] otherwise."""
    verb = undergo_verb(token)
    return [c for c in verb.children if c.dep_ in _SUBJ][:1] if verb is not None else []


def is_party_noun(token: Token) -> bool:
    """A common noun that can name a party when no mention does: the party nouns ("soldiers", "government"), and
    nouns naming people by what they do ("shoppers", "farmers", "militants"); not things, acts or ideas ("trade",
    "the planned railway", "recognition", "designations")."""
    lemma, low = token.lemma_.lower(), token.lower_
    if lemma in PARTY_NOUNS or low in PARTY_NOUNS or lemma in _PEOPLE_NOUNS:
        return True
    if lemma in _NOT_AGENTIVE or low in _NOT_AGENTIVE or lemma.endswith(("ment", "ion")):
        return False
    return any(low.endswith(end) or lemma.endswith(end) for end in _AGENTIVE) and len(lemma) > 3


def done_to_people(participle: Token, noun: Token) -> bool:
    """``participle`` (with a "by" phrase, after ``noun``) tells what the party of its "by" phrase did to the people
    ``noun`` names ("rescued travellers kidnapped by bandits", "freed persons held hostage by ISWAP", "prisoners held
    by the Taliban"): that party is the doer, never the people's own party; a participle of belonging or service
    ("militias backed by Iran", "troops sent by Russia": ``affiliation_participles``) keeps it theirs, and so does a
    thing ("vehicles seized by ISIS" are ISIS-held)."""
    return participle.lower_ not in _AFFILIATION and participle.lemma_.lower() not in _AFFILIATION and \
        names_people(noun)


def circumstance_phrase(participle: Token, noun: Token, prep: Token) -> bool:
    """``prep`` is a phrase of a participle that tells what was done to the people ``noun`` names ("praised the
    officers killed in the ambush for their bravery", "met the sailors released after talks"): it tells when, where
    or why it was done to them, never their own party; only an "of" or "with" phrase tells what they are held to
    have done ("men accused of financing X", "suspects charged with aiding Y")."""
    return prep.lower_ not in ("of", "with") and done_to_people(participle, noun)


def told_people(noun: Token) -> bool:
    """``noun`` names people by a participle of what was done to them ("met the sailors released by X", "visited
    the families displaced by the floods", "praised the officers killed in Y"): the people themselves are whom an
    act on them is aimed at, even when no name says whose they are."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "acl" and c.tag_ == "VBN" and done_to_people(c, noun)
                                       for c in noun.children)


def people_participle(verb: Token) -> Token | None:
    """The people a participle with a "by" phrase and no subject of its own tells as undergoing its act ("rescued
    travellers kidnapped by bandits", "persons held hostage by ISWAP", also a participle the parser took for a finite
    verb: "women and children held hostage by the terrorists"): the noun it follows (``done_to_people``), else None.
    The "by" phrase names its doer (``eventargs``), the people its patient."""
    if by_participle(verb) is None:
        return None
    doc = verb.doc
    noun = verb.head if verb.dep_ == "acl" else doc[verb.i - 1] if verb.i > 0 and doc[verb.i - 1].pos_ == "NOUN" else None
    return noun if noun is not None and noun.i < verb.i and done_to_people(verb, noun) else None


def held_captive(verb: Token) -> list[Token]:
    """The subject a verb of holding or taking tells as held with its bare captive word ("three aid workers held
    hostage in Mali", the parser's finite "held" for the participle; "the journalists kept captive"): they are held,
    not holders; their captor is only a "by" phrase (``eventargs``). "Gunmen held hostages", "held a hostage" and
    "held three workers hostage" keep their subject the holder."""
    if verb.lemma_.lower() not in _WORDS["captive_verbs"]:
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "oprd", "acomp")]
    if len(objects) != 1 or objects[0].lower_ not in _WORDS["captive_words"] or \
            any(c.dep_ in ("det", "compound", "nummod", "amod", "poss") for c in objects[0].children):
        return []
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]  # "seven drivers held hostage by militants"
    return [c for c in verb.children if c.dep_ == "nsubj"][:1]


def captor(token: Token, verb: Token) -> bool:
    """``token`` is the "by" party of another verb's participle on people ("rescued travellers abducted by X": X,
    for "rescued"): the doer of the act done to them, not whom ``verb``'s act is aimed at."""
    node = token
    for _ in range(6):
        if node.head == node or node == verb:
            return False
        if node.dep_ == "agent":
            return node.head != verb and people_participle(node.head) is not None
        node = node.head
    return False


#: prepositions of the operation a passive's act was done in ("as a result of", "during", "in")
_OPERATION_PREPS = frozenset({"as", "during", "in", "through", "following", "after", "amid", "under"})


def operation_author(verb: Token) -> Token | None:
    """Who did an agentless passive, told by the "by" phrase of the operation it was done in ("two cell leaders were
    arrested as a result of a raid by the Counter-Terrorism Service", "smugglers were seized in a cordon-and-search
    operation by the border police": ``operation_nouns``); None when no such phrase names a party."""
    nouns = argument_words()["operation_nouns"]
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OPERATION_PREPS:
            continue
        for noun in prep.subtree:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
                continue
            for child in noun.children:
                if child.dep_ in ("prep", "agent") and child.lower_ == "by":
                    pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                    if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") and pobj.ent_type_ not in ("DATE", "TIME"):
                        return pobj
    return None


def fight_taken_part_in(verb: Token) -> Token | None:
    """The fight a passive of taking part puts its subject in ("gunmen were engaged in a firefight with border
    guards", "were locked in clashes with X": ``taking_part_participles``): the noun of its "in" phrase, whose "with"
    party is fought; None for a passive of attack ("a patrol was engaged by militants") or with a "by" phrase."""
    words = argument_words()["taking_part_participles"]
    if verb.lemma_.lower() not in words and verb.lower_ not in words or \
            not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or \
            any(c.dep_ == "agent" for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)


def supported_partner(verb: Token) -> Token | None:
    """The partner a support phrase names right before a participle the parser hung on the main verb ("flew sorties,
    providing close support to the Afghan National Army (ANA) retaking Kunduz", "strikes in support of local forces
    advancing on X"), or on the noun of support: the partner does what the participle tells, not the supporter nor
    the support. Only with no comma between (a short form in parentheses aside) and the partner the object of "to"
    after a noun of support (``partner_nouns``) or of "in support of"."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc, i = verb.doc, verb.i - 1
    if i > 2 and doc[i].text == ")" and doc[i - 2].text == "(":
        i -= 3  # "the Afghan National Army (ANA) retaking ..."
    prev = doc[i] if i >= 0 else None
    if prev is None or prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ != "pobj":
        return None
    prep, nouns = prev.head, argument_words()["partner_nouns"]
    if prep.lower_ == "of" and prep.head.lemma_.lower() in nouns:
        return prev  # "in support of X"
    if prep.lower_ == "to" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in nouns for c in prep.head.children):
        return prev  # "provided support to X"
    return None


def names_people(token: Token) -> bool:
    """A noun that names people themselves, so that a country or nationality word on it ("Sudan's finance minister",
    "two peacekeepers from Chad") only says whose they are: a party noun, a noun of people, a title, or a plural
    noun of a doer ("refugees", "officers"); not a thing named like a doer ("an offer")."""
    lemma = token.lemma_.lower()
    if lemma in PARTY_NOUNS or lemma in _PEOPLE_NOUNS or lemma in TITLES:
        return True
    return token.tag_ in ("NNS", "NNPS") and is_party_noun(token)


def facility_name(tokens: Iterable[Token]) -> bool:
    """A proper name ending in a capitalised place noun, a compass word aside ("Qayyarah Airfield West", "Tiyas
    Military Airfield", "Camp Taji" is not: its place noun comes first): a site, never a party."""
    words = [t for t in tokens if not t.is_punct and t.pos_ != "DET"]
    while words and words[-1].lower_ in COMPASS:
        words.pop()
    if len(words) < 2 or not words[-1].text[:1].isupper() or words[0].pos_ != "PROPN":
        return False
    last = words[-1]
    return is_place_head(last) and last.lemma_.lower() not in _ORG_PLACE_HEADS and \
        last.lower_ not in _ORG_PLACE_HEADS


def other_side(token: Token, top: Token) -> bool:
    """``token`` is the other side of another act told inside the phrase headed by ``top``: a ``SIDE_PREPS`` phrase
    lies on its way up to ``top`` ("support their efforts in the fight against X")."""
    return any(node.dep_ == "prep" and node.lower_ in SIDE_PREPS for node in path_up(token, top))


_MANNER = frozenset(_WORDS["manner_words"]) | frozenset(_WORDS["flag_words"]) | frozenset(_WORDS["seat_words"])
_FORMER_RULE = frozenset(_WORDS["former_rule_nouns"])


def manner_modifier(token: Token) -> bool:
    """``token`` (or the name it opens: "Marshall Islands") is hyphened to a word of style, origin, flag or seat ("a
    Spanish-style resort", "Russian-made missiles", "a French-built frigate", "a Panama-flagged tanker", "Sudan-based
    rebels"), or says who once ruled a place ("the former British colony", "the ex-Soviet republic"): it tells how a
    thing is made, styled or registered, where a party sits, or whose a place was, not a party the act is directed at
    nor its doer (``manner_words``, ``flag_words``, ``seat_words``, ``former_rule_nouns``)."""
    doc = token.doc
    end = token.i
    while end + 1 < len(doc) and end - token.i < 3 and doc[end].dep_ == "compound" and doc[end].head.i > end:
        end += 1  # "Marshall Islands-flagged": the hyphen follows the name's last word
    if end + 2 < len(doc) and doc[end + 1].text == "-" and doc[end + 2].lower_ in _MANNER:
        return True
    if token.head.lemma_.lower() not in _FORMER_RULE or token.head.i <= token.i:
        return False
    before = doc[token.i - 2:token.i]
    return (len(before) > 0 and before[-1].lower_ in ("former", "onetime", "one-time")) or (
        len(before) == 2 and before[-1].text == "-" and before[0].lower_ == "ex")


def sponsor_modifier(token: Token, end: int, country: bool = False) -> bool:
    """A party name ending before ``end`` is hyphened to a participle of leading or backing ("US-led coalition troops",
    "Iran-backed militias": ``sponsor_words``; after a ``country`` also of affiliation, "Iranian-affiliated groups":
    ``state_sponsor_words``): it names the sponsor of the force, which is the party that acts."""
    doc = token.doc
    if end + 1 >= len(doc) or doc[end].text != "-":
        return False
    word = doc[end + 1].lower_
    return word in _WORDS["sponsor_words"] or country and word in _WORDS["state_sponsor_words"]


def in_place(token: Token) -> bool:
    """``token`` is inside a place mention (``doc.spans["places"]``)."""
    return any(p.start <= token.i < p.end for p in token.doc.spans.get("places", ()))


def signed_instrument(verb: Token) -> Token | None:
    """The object noun of a verb of signing or issuing whose participle tells the measure the instrument takes ("X
    signed a decree lifting sanctions on Y", "issued an order easing restrictions"): the instrument (or, as the parser
    reads "a [decree lifting] sanctions", the noun the participle modifies), whose verb's subject does the measure."""
    nouns = argument_words()["document_nouns"]
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in nouns:
        held = head
    elif verb.dep_ == "amod" and verb.i > 0 and (prev := verb.doc[verb.i - 1]).dep_ == "compound" and \
            prev.head.i in (verb.i, head.i) and prev.lemma_.lower() in nouns:
        held = head
    else:
        return None
    return held if held.dep_ in ("dobj", "obj") and held.head.pos_ in ("VERB", "AUX") else None


def text_title(token: Token) -> bool:
    """``token`` is a word of the title of a signed text, never a party: its short form ("signed an MOU", "a
    Memorandum of Understanding (MOU)") or the word of the title's "of" phrase ("Understanding" in "a Memorandum of
    Understanding", "Principles" in "the Declaration of Principles"). The tagger often reads these capitalised words
    as the name of an organisation, and a signing would then be directed at its own text."""
    low = token.lower_
    if low in _TITLE_SHORT or treaty_name(token):
        return True
    return low in _TITLE_WORDS and token.dep_ == "pobj" and token.head.lower_ == "of" and \
        token.head.head.lemma_.lower() in _TITLE_HEADS


def treaty_name(token: Token) -> bool:
    """``token`` names a treaty: its acronym written in capitals ("withdrew from the JCPOA", "the NPT", "New START")
    or the capitalised last word of its proper name ("the Intermediate-Range Nuclear Forces Treaty", "the Rome
    Statute"). A text, never a party; the lower-case word ("a start", "the deal") is no name."""
    text = token.text
    if len(text) < 2 or not text[0].isupper():
        return False
    low = token.lower_
    if low in _TREATY_SHORT:
        return text.isupper()
    return low in _AGREEMENT_HEADS and token.pos_ == "PROPN" and token.i > token.sent.start


def own_undertaking(token: Token) -> bool:
    """``token`` is a party's own undertaking under a treaty ("its ratification", "its obligations",
    ``own_undertakings``) or that undertaking's possessor ("revoked Russia's ratification of the treaty"): the party
    that revokes or suspends it, never the party the act is aimed at."""
    words = argument_words()["own_undertakings"]
    return token.lemma_.lower() in words or token.dep_ == "poss" and token.head.lemma_.lower() in words


def split_subject(verb: Token, first: Token) -> list[Token]:
    """The second subject of ``verb`` when the parser split a long coordinated subject in two ("The Minister of
    Foreign Affairs of Chile Ms. Ana Lopez and the Minister of Foreign Affairs of Peru Mr. Juan Soto met": "Minister"
    and "Soto" both its subjects, the "and" inside the first one's phrase): both are the actors; [] otherwise."""
    if first.dep_ != "nsubj" or first.i > verb.i or not any(t.dep_ == "cc" and t.lower_ == "and" for t in first.subtree):
        return []
    rest = [c for c in verb.children if c.dep_ == "nsubj" and first.i < c.i < verb.i]
    if len(rest) == 1:
        return rest
    names = [c for c in first.children if c.dep_ == "appos"]
    # "The Minister of Trade of Kenya Mr. A and the Minister of Trade of Uganda Ms. B met": both names hung on the
    # first title, whose holder is read from the end of its phrase (B); A is the other actor
    return names[:-1] if len(names) >= 2 and first.lemma_.lower() in TITLES else []


def border_side(token: Token) -> bool:
    """``token`` names the country beside a frontier in a phrase of where ("a village on the Afghan border", "near
    the Nigerien frontier"): no party to the act."""
    return token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in BORDER_NOUNS and \
        token.head.dep_ == "pobj"


#: prepositions inside the phrase of a place taken that name the place or where it is ("the town of X", "districts
#: in X"); any other names a party ("seized X from Y", "broke relations with Y")
_PLACE_PHRASE_PREPS = frozenset({"of", "in", "inside", "near", "around", "across", "outside", "along"})


def seized_place(token: Token, verb: Token, whole: bool = True) -> bool:
    """``token`` names the place a seizure of ``verb`` takes ("captured the town of X", "overran districts in X",
    "took control of the Syrian city", "Christian towns were freed"): a place, its name, its country or the people
    that describe it say where the act is, not whom it is done to (docs/annotation.md: a place is a recipient only
    when it is the target itself). The party it is taken from ("from the rebels") is not in the place's phrase;
    a party that holds it ("rebel-held areas") is read before (``parties.holding_party``). With ``whole`` False only
    a name inside the phrase of a place noun is such a place ("left a town in X"; not "left X", the country left)."""
    if token.dep_ == "poss" or token.dep_ in ("compound", "nmod", "amod") and is_place_head(token.head) and not (
            token.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or token.pos_ == "ADJ"):
        return False  # "seized the group's stronghold", "cleared Taliban hideouts": the holder
        # (``parties.holding_party``); "the Syrian city", "Christian towns" describe the place
    place = whole and (token.ent_type_ in ("GPE", "LOC", "FAC") or is_place_head(token) or in_place(token))
    last = token
    for node in path_up(token, verb):
        if node.dep_ in ("prep", "agent") and node.lower_ not in _PLACE_PHRASE_PREPS:
            return False
        if node.dep_ in ("relcl", "acl", "ccomp", "advcl"):
            return False  # a clause inside the object tells another act
        place = place or (node.pos_ in ("NOUN", "PROPN") and is_place_head(node))
        last = node
    # what is taken: the object, the passive subject, a noun's "of" phrase ("the capture of X"); not a party the
    # verb's own phrase names ("broke with X")
    taken = last.dep_ in ("dobj", "obj", "nsubjpass") or last.dep_ == "prep" and last.lower_ == "of"
    return place and taken and last.head == verb and not names_people(token)
