"""Phrase tests the argument extraction shares: a token's sentence and noun-phrase text, passives and objects, the
head of a chain of conjoined verbs, settings ("in X"), the author of a ruling, and the conjuncts one argument names
("X and Y", "the X and Y envoys", "the ministers of X and Y")."""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from typing import Collection, Iterable, Iterator

from spacy.attrs import LOWER, POS
from spacy.tokens import Doc, Span, Token

__all__ = ["DEATH_VERBS", "lemma", "doc_text", "preps_of", "pobjs", "path_up", "agent_heads", "sentence_of", "coordination", "co_members", "tokens_with", "tokens_of", "np_text", "is_passive", "object_of", "free_relative_noun", "conj_head", "SETTING_PREPS", "is_setting",
           "ruling_author", "expand", "explains_a_result", "COMPASS", "strip_det", "subjects_of", "fronted_participle", "visiting_object", "SUBJ_DEPS", "PASS_SUBJ_DEPS",
           "TITLES", "RULING_NOUNS", "FIRST_PERSON", "short_form", "addressed", "by_participle"]

SUBJ_DEPS = ("nsubj", "csubj")
PASS_SUBJ_DEPS = ("nsubjpass", "csubjpass")
TITLES = frozenset({"envoy", "minister", "president", "ambassador", "head", "chief", "leader", "spokesman",
                     "spokeswoman", "spokesperson", "secretary", "general", "commander", "representative", "director",
                     "adviser", "advisor", "consultant", "chairman", "chairwoman", "governor", "mayor", "premier",
                     "king", "queen", "prince", "emir", "foreign", "official", "deputy"})
#: the forms of the first person: the text's speaker or author ("we condemn", "our partners")
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours"})
#: nouns of an act done by issuing it: the author of "the court's ruling" is the one who acts
RULING_NOUNS = frozenset({"ruling", "decision", "order", "decree", "verdict", "judgment", "judgement", "resolution",
                          "directive", "edict", "instruction"})


def sentence_of(token: Token) -> Span:
    """The token's sentence (sentence bounds computed once per doc: ``Token.sent`` walks the doc every time)."""
    doc = token.doc
    bounds = doc.user_data.get("annalyst_sents")
    if bounds is None or bounds[0] != len(doc):
        starts = [s.start for s in doc.sents]
        bounds = (len(doc), starts)
        doc.user_data["annalyst_sents"] = bounds
    starts = bounds[1]
    k = bisect_right(starts, token.i) - 1
    start = starts[k] if k >= 0 else 0
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return doc[start:end]


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc (``Doc.text`` joins every token's text each time it is read)."""
    cached = doc.user_data.get("annalyst_text")
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data["annalyst_text"] = (len(doc), doc.text)
    return cached[1]


def strip_det(span: Span) -> str:
    tokens = list(span)
    while tokens and (tokens[0].dep_ == "det" or tokens[0].is_punct or tokens[0].lower_ == "the"):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return span.text
    return span.doc[tokens[0].i:tokens[-1].i + 1].text


def np_text(token: Token) -> str:
    """A noun phrase's text: the head with its left modifiers (no determiner, no clauses)."""
    left = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod", "nummod", "poss", "npadvmod") or
            (t.dep_ == "punct" and t.text == "-")]
    start = min([token.i] + [t.left_edge.i for t in left])
    tokens = [t for t in token.doc[start:token.i + 1] if t.dep_ != "det" and not (t.is_punct and t.text != "-")
              and not t.is_space]  # a blanked wire dateline before the subject is whitespace
    return " ".join(t.text for t in tokens).replace(" - ", "-") or token.text


def lemma(tok: Token) -> str:
    """The token's lemma in lower case."""
    return tok.lemma_.lower()


def path_up(token: Token, top: Token, limit: int = 12) -> Iterator[Token]:
    """``token`` and its heads up to ``top`` (``top`` and the root left out), at most ``limit`` of them."""
    node = token
    for _ in range(limit):
        if node == top or node.head == node:
            return
        yield node
        node = node.head


#: the dependencies that make a clause passive (a passive subject or auxiliary)
_PASSIVE_DEPS = frozenset({*PASS_SUBJ_DEPS, "auxpass"})


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in _PASSIVE_DEPS for c in verb.children)


def own_act(verb: Token) -> bool:
    """The clause of ``verb`` names no doer other than its speaker: a pronoun subject ("it shot down"), a subject
    owned by a pronoun ("its forces captured"), or a passive with no "by" phrase ("three of its soldiers were
    killed"); a claim of such an act is a report of the claimant's own acts or losses, not a charge (``claims``)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return all(s.dep_ == "nsubjpass" or s.pos_ == "PRON" or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in s.children) for s in subjects)


def by_participle(verb: Token) -> Token | None:
    """The "by" phrase (``agent``) of a participle that has no subject of its own: "travellers kidnapped by bandits",
    "persons held hostage by ISWAP", also when the parser took the participle for a finite verb ("children held
    hostage by the terrorists", tagged VBD): its object is the doer, whatever the clause it hangs from says."""
    if verb.tag_ not in ("VBN", "VBD") or is_passive(verb):
        return None
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    if by is None or any(c.dep_ in SUBJ_DEPS for c in verb.children):
        return None
    return by


def preps_of(holders: Iterable[Token]) -> dict[str, list[Token]]:
    """The objects of the prepositions (and "by" agents, datives) of ``holders``, by preposition:
    "put sanctions on Iran" -> {"on": [Iran]}."""
    out: dict[str, list[Token]] = {}
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("prep", "agent", "dative"):
                out.setdefault(child.lower_, []).extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
    return out


def pobjs(holders: Iterable[Token], preps: Collection[str], deps: Collection[str] = ("prep",),
          objects: Collection[str] = ("pobj",)) -> list[Token]:
    """The objects of the prepositions ``preps`` (by their lower-case form) of ``holders``, in order of holder and
    child ("put sanctions on Iran", ("on",) -> [Iran]); ``deps`` adds "agent" or "dative" phrases, ``objects`` the
    clauses a preposition takes ("pcomp": "for delaying the bills")."""
    return [g for h in holders for c in h.children if c.dep_ in deps and c.lower_ in preps
            for g in c.children if g.dep_ in objects]


def _relative(verb: Token, pronoun: Token) -> bool:
    """``pronoun`` is the relative "which" of the relative clause ``verb`` heads ("that" is left: the parser often
    reads a complementizer "that" as a relative pronoun)."""
    return verb.dep_ == "relcl" and pronoun.lower_ == "which" and verb.head.pos_ in ("NOUN", "PROPN")


def object_of(verb: Token) -> Token | None:
    """The verb's object: its direct object, or in a passive clause its subject; a relative pronoun stands for the
    noun its clause hangs on ("the new measures against X, which were approved by Y": the measures)."""
    passive_subject = None  # (the children are read once: a passive clause's subject is its object)
    for child in verb.children:
        dep = child.dep_
        if dep in ("dobj", "obj"):
            return verb.head if _relative(verb, child) else child
        if dep == "nsubjpass" and passive_subject is None:
            passive_subject = child
    if passive_subject is not None:
        return verb.head if _relative(verb, passive_subject) else passive_subject
    for child in verb.children:
        if child.dep_ == "prt":  # the parser's "was handing [over the seventh site]": the particle's object is the verb's
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    if verb.dep_ == "amod" and verb.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in verb.children):
        return verb.head  # the parser's "X hosted talks": a finite verb with its subject hung on its object
    if verb.dep_ == "amod" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "compound" and \
            verb.doc[verb.i - 1].head.i in (verb.i, verb.head.i) and verb.doc[verb.i - 1].pos_ == "NOUN":
        return verb.head  # the parser's "a [decree lifting sanctions]": a participle between a noun and its object
    return None


#: verbs through which a free relative names what it is ("what appears to be X", "what seems to have been X")
_SEEMING = frozenset({"appear", "seem", "prove", "turn"})
#: verbs of belief or report that may stand between a judging verb and a free relative ("what we believe was X")
_BELIEVING = frozenset({"believe", "think", "understand", "know", "consider", "assess", "judge", "suspect", "say",
                        "report", "fear"})


def free_relative_noun(verb: Token) -> Token | None:
    """The noun a free relative names when it stands as the verb's object ("condemned what appears to be a
    deliberate attack", "denounced what was clearly a strike by X", "condemned what we believe was the regime's
    attack on the hospital"): the parser hangs such a clause on the verb as a clause of its own, with "what" as its
    subject; the noun it says "what" is ("an attack") is the thing the verb acts on. None when the verb has a direct
    object, or the clause tells no noun ("condemned what happened in X")."""
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        inner = [clause]
        if lemma(clause) in _BELIEVING and not any(c.lower_ == "what" for c in clause.children):
            inner += [c for c in clause.children if c.dep_ == "ccomp"]  # "what we believe was X"
        for head in inner:
            if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "what" and c.tag_ == "WP" or
                       c.dep_ == "csubj" and any(t.lower_ == "what" and t.tag_ == "WP" for t in c.subtree)
                       for c in head.children):  # (the parser's "[what we are convinced] was X")
                continue
            node: Token | None = head
            for _ in range(3):  # "appears" -> "to be" / "to have been" -> the noun
                if node is None:
                    break
                attr = next((c for c in node.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
                if attr is not None:
                    return attr
                if lemma(node) not in _SEEMING | {"be"}:
                    break
                node = next((c for c in node.children if c.dep_ == "xcomp"), None)
    return None


#: verbs whose party helped may stand as the subject of a bare infinitive after them ("helped Lebanon rebuild")
HELP_LEMMAS = frozenset({"help", "assist"})
#: adjectives of intent beside the claims' cues ("Egypt ready to mediate", "Russia poised to strike")
_INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "poised", "set"})


def helped_party(verb: Token) -> Token | None:
    """The party of "help X do Y" as the parser reads it, the subject of a bare infinitive right after a verb of
    help ("helped Lebanon rebuild its army", "is ready to help Sudan hold elections"): the party helped, the verb's
    object. A finite clause after another verb is what was said or known ("warned Russia could attack",
    "recognized Russia had concerns"): its subject is no object of the verb."""
    if verb.lemma_.lower() not in HELP_LEMMAS:
        return None
    return next((s for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB" for s in c.children
                 if s.dep_ == "nsubj" and s.i == verb.i + 1), None)


def headline_subject(adj: Token) -> Token | None:
    """The subject of an adjective of intent in a headline written without its copula ("Egypt ready to mediate",
    "U.S. ready to help Lebanon rebuild army"): the noun the parser hangs the adjective on, or the noun before it
    when the adjective is the root; None in a sentence with its verb, and None for an adjective of likelihood or
    ability ("Russia unlikely to invade Finland -analysts": a forecast by others, no act of Russia's)."""
    from .intent import INTENT_CUES  # the claims' cues of intent (a late import: intent reads this module)

    if adj.lower_ not in INTENT_CUES | _INTENT_ADJECTIVES:
        return None
    if adj.dep_ == "amod" and adj.head.dep_ == "ROOT" and adj.head.pos_ in ("PROPN", "NOUN") and adj.head.i < adj.i:
        return adj.head
    if adj.dep_ == "ROOT":
        return next((c for c in adj.children if c.dep_ in ("nsubj", "npadvmod") and c.i < adj.i), None)
    return None


def infinitive_headline(verb: Token) -> bool:
    """A headline's act told by an infinitive after the name that does it ("Macron to visit Algeria next month",
    "Egypt, Qatar to host new round of Gaza talks"): the parser hangs the verb on the name as a relative clause.
    The name (a proper noun or a named person, state or organisation) is the root and comes first."""
    head = verb.head
    return head.dep_ == "ROOT" and head.i < verb.i and head.i == head.sent.start and (
        head.pos_ == "PROPN" or head.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")) and any(
        c.dep_ == "aux" and c.tag_ == "TO" and c.i < verb.i for c in verb.children)


def conj_head(verb: Token) -> Token:
    """The verb a conjunct is coordinated with. A finite conjunct the parser hangs on an infinitive ("said X would
    not allow any group to harm Y and welcomed Z": "welcomed" under "harm") is coordinated with the nearest
    ancestor of the same tense ("said")."""
    head = verb.head
    if verb.tag_ not in ("VBD", "VBZ") or head.tag_ != "VB":
        return head
    node = head
    for _ in range(6):
        if node.head == node:
            break
        node = node.head
        if node.tag_ == verb.tag_ and node.pos_ in ("VERB", "AUX"):
            return node
    return head


#: prepositions that open a fronted setting ("Near Raqqa, four strikes hit ..."); the small parser often tags the
#: capitalised preposition a proper noun and makes the place a second subject of the verb
#: the points of the compass, words that also open a place phrase ("West of X") or end a site's name
#: words of address before a name or title ("Madam President", "Mr. Secretary-General")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "madam", "madame", "sir", "dame", "dr", "excellency", "lord", "lady"})
COMPASS = frozenset({"south", "north", "east", "west", "southeast", "southwest", "northeast", "northwest"})
#: verbs of dying ("died", "succumbed to his injuries", "perished")
DEATH_VERBS = frozenset({"die", "succumb", "perish"})
SETTING_PREPS = frozenset({"near", "in", "at", "outside", "inside", "around", "across", "throughout", "within"}) | COMPASS


def is_setting(token: Token) -> bool:
    """``token`` heads a fronted place phrase misparsed as a subject: it starts with a setting preposition ("Near
    Raqqa", "In Aleppo") and a comma separates it from the rest of the clause."""
    first = token.left_edge
    if first.lower_ not in SETTING_PREPS or first.i == token.i:
        return False
    end = token.right_edge
    if end.text == ",":
        return True
    return end.i + 1 < len(token.doc) and token.doc[end.i + 1].text == ","


def subjects_of(verb: Token) -> list[Token]:
    """The verb's children, a fronted place phrase misparsed as a subject left out when a true subject remains: a
    place is where the act happened, not who did it; so is the person a speaker addresses ("Madam President, Russia
    has violated the ceasefire", ``_address``)."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in SUBJ_DEPS]
    if len(subjects) > 1 or (subjects and is_setting(subjects[0])):
        kept = [c for c in subjects if not is_setting(c) and not (len(subjects) > 1 and (
            _address(c, subjects) or fronted_participle(c, subjects)))]
        if kept:
            return [c for c in children if c.dep_ not in SUBJ_DEPS or c in kept]
        return [c for c in children if c.dep_ not in SUBJ_DEPS]
    return children


def ruling_author(verb: Token) -> Token | None:
    """The author of the ruling an agentless passive was done by: "according to / under / by the court's ruling",
    "following a decision of the council" -> the court, the council (None when the clause names no such act)."""
    node = verb
    chain = [verb]
    while node.dep_ == "conj" and node.head != node:
        node = node.head
        chain.append(node)
    for clause in chain:
        for prep in clause.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("according", "under", "by", "following", "per", "in"):
                continue
            for noun in prep.subtree:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in RULING_NOUNS:
                    continue
                for child in noun.children:
                    if child.dep_ == "poss" and child.pos_ != "PRON":
                        return child
                for child in noun.children:
                    if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
                        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                        if pobj is not None:
                            return pobj
    return None


@cache
def _office_words() -> dict[str, frozenset[str]]:
    from ..resources import load_word_lists

    words = load_word_lists("events", "argwords.json")
    return {k: frozenset(words[k]) for k in ("office_heads", "office_portfolios")}


def _modifier_list(token: Token) -> list[Token]:
    """A coordinated list parsed as a modifier of the head: "Arnor, Calenardhon and the evil Gondor" (Arnor an
    ``nmod`` of Gondor with a conjunct), "Eriadori and Calenardhon leaders"."""
    holders = [c for c in token.lefts if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"]
    # "the Indian and Pakistani advisers": coordinated capitalised adjectives; "the ministers of X and Y" (plural)
    holders += [c for c in token.lefts if c.dep_ == "amod" and c.text[:1].isupper() and
                (c.i > token.sent.start or c.ent_type_ in ("NORP", "GPE"))]
    if token.tag_ in ("NNS", "NNPS"):  # "the ministers of X and Y", "his counterparts from X, Y and Z"
        holders += [p for c in token.rights if c.dep_ == "prep" and c.lower_ in ("of", "from")
                    for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    if token.lemma_.lower().removesuffix("s") in _office_words()["office_heads"]:  # "the Foreign and Defence
        # Ministers of X": offices, not parties
        holders = [c for c in holders if c.lower_ not in _office_words()["office_portfolios"]]
    for child in holders:
        if any(c.dep_ == "conj" for c in child.children):
            return coordination(child)
    # "Egyptian and Sudanese military leaders": the second people's word parsed as a sibling modifier, not a conjunct
    peoples = [c for c in holders if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")]
    if len(peoples) >= 2 and any(c.dep_ == "cc" and c.lower_ == "and" for c in peoples[0].children):
        return peoples
    return []


def coordination(first: Token) -> list[Token]:
    """``first`` and every conjunct hanging below it ("A, B and C" from "A"), in the order the parse is walked."""
    members = [first]
    stack = [first]
    while stack:
        cur = stack.pop()
        for c in cur.children:
            if c.dep_ == "conj" and not _stray_modifier(c):
                members.append(c)
                stack.append(c)
    return members


def tokens_with(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens of ``doc`` whose lower-case form is one of ``words``, in text order (``tokens_of`` with no part of
    speech)."""
    return tokens_of(doc, (), words)


def tokens_of(doc: Doc, tags: Collection[str], words: Collection[str]) -> list[Token]:
    """The tokens of ``doc`` whose part of speech is one of ``tags`` or whose lower-case form is one of ``words``, in
    text order: found from the doc's arrays, so that no other token is built (for passes that look at a few words of
    every doc, or skip every other token)."""
    strings = doc.vocab.strings
    lowers = doc.to_array(LOWER).tolist()
    wanted = {h for h in set(lowers) if strings[h] in words}
    if not tags:
        return [doc[i] for i, h in enumerate(lowers) if h in wanted] if wanted else []
    wanted_pos = {strings[t] for t in tags}
    poses = doc.to_array(POS).tolist()
    return [doc[i] for i, (p, h) in enumerate(zip(poses, lowers)) if p in wanted_pos or h in wanted]


def co_members(tok: Token) -> list[Token]:
    """The other members of the coordination ``tok`` belongs to ("Tump and Mand", "A, B and C"); [] outside a list."""
    first = tok
    while first.dep_ == "conj" and first.head is not first and first.head.i < first.i:
        first = first.head
    members = coordination(first)
    return [m for m in members if m.i != tok.i] if len(members) > 1 else []


def expand(token: Token) -> list[Token]:
    """The token and its conjuncts (and list appositions of names): one argument, several actors."""
    listed = _modifier_list(token) if token.pos_ in ("PROPN", "NOUN") else []
    if listed:
        heads = listed + ([token] if token.pos_ == "PROPN" else [])
        return sorted({t.i: t for h in heads for t in _expand_one(h)}.values(), key=lambda t: t.i)
    return sorted({t.i: t for h in (token, *_headline_pair(token)) for t in _expand_one(h)}.values(),
                  key=lambda t: t.i)


_PAIR_DEPS = ("nsubj", "npadvmod")


#: participles that open a wire report's subject as a title does ("Visiting Chinese President X met Y")
_VISITING = frozenset({"visit", "tour"})


def fronted_participle(token: Token, subjects: list[Token]) -> bool:
    """``token`` is a bare participle that opens the subject's noun phrase, read by the parser as a clausal subject
    beside the true one ("Visiting Kenyan President X held talks with Y", "Visiting X and his counterpart Y met"):
    a clause has one subject, and a participle with no word of its own right before a nominal subject describes it."""
    return token.dep_ == "csubj" and token.tag_ == "VBG" and token.lemma_.lower() in _VISITING and \
        not any(True for _ in token.children) and any(
            o.dep_ == "nsubj" and o.left_edge.i == token.i + 1 and o.pos_ == "PROPN" for o in subjects)


def visiting_object(token: Token) -> Token | None:
    """The party a sentence-initial "Visiting ..." names, when the parser read the phrase as a gerund clause subject
    with the party as its object ("Visiting President X and his counterpart Y met here Monday"): the party is the
    subject of the clause (a gerund subject of an act is not how news tells one); None otherwise."""
    if token.dep_ != "csubj" or token.tag_ != "VBG" or token.i != token.sent.start or \
            token.lemma_.lower() not in _VISITING:
        return None
    return next((o for o in token.children if o.dep_ in ("dobj", "obj") and o.pos_ == "PROPN" and
                 (o.ent_type_ == "PERSON" or any(t.lower_ in TITLES for t in o.lefts))), None)


#: quotation marks that may open a quoted address
_OPENING_QUOTES = frozenset({'"', "“", "'", "‘", "«"})


def _address(token: Token, subjects: list[Token]) -> bool:
    """``token`` is the person a speaker addresses, read by the parser as a second subject: it opens the sentence
    and a comma alone parts it from the other subject, and it holds a title or honorific ("Mr. Secretary-General,
    Russia has again attacked Ukraine") or closes a full sentence ("John Kirby, Putin has threatened X."; a headline's
    pair of names is "Erdogan, Putin meet in Sochi"). A phrase that opens the sentence before a colon addresses the
    hearers ("My fellow Americans: on Tuesday X launched ...") when another subject follows the colon."""
    doc = token.doc
    opening = all(t.is_punct and t.text in _OPENING_QUOTES for t in doc[token.sent.start:token.left_edge.i])
    if opening and token.right_edge.i + 1 < token.sent.end and doc[token.right_edge.i + 1].text == ":" and \
            any(o.i > token.right_edge.i + 1 for o in subjects if o is not token):
        return True
    if token.left_edge.i != token.sent.start or token.right_edge.i + 1 >= token.sent.end or \
            token.doc[token.right_edge.i + 1].text != ",":
        return False
    if not any(o.i == token.right_edge.i + 2 or o.left_edge.i == token.right_edge.i + 2 for o in subjects):
        return False
    if any(t.lower_.rstrip(".") in _HONORIFICS or t.lower_ in TITLES or
           any(part in TITLES for part in t.lower_.split("-")) for t in token.subtree):
        return True
    last = next((t for t in reversed(token.sent) if not t.is_space), token)
    return last.text in (".", "?", "!")


@cache
def _address_words() -> frozenset[str]:
    from ..resources import load_json

    return frozenset(load_json("events", "transcripts.json")["address_words"])


#: the words of thanks a statement's form of address may follow ("Thank you, President, ...")
_THANKS = frozenset({"thank", "thanks", "you", "very", "much", "and"})


def addressed(token: Token) -> bool:
    """``token`` heads the form of address a statement opens with, read by the parser as the subject with the
    speaker's party in apposition ("Thank you, President, the United Kingdom welcomes ...", "Madam President, the
    United States calls on ..."): the one spoken to, never the speaker's party (as ``_address`` for a second
    subject). A bare address word (``transcripts.json`` ``address_words``, no determiner) at the start of its
    sentence or after words of thanks, followed by a comma; not "The President, Joe Biden, welcomed ..."."""
    if token.lemma_.lower() not in _address_words() and token.lower_ not in _address_words():
        return False
    if any(c.dep_ in ("det", "poss") for c in token.children):
        return False
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    before = [t for t in doc[token.sent.start:token.left_edge.i] if not t.is_punct]
    return all(t.lower_ in _THANKS for t in before)


def _headline_pair(token: Token) -> list[Token]:
    """The other party of a headline's pair of names joined by a comma ("Pakistan, India agree to resume talks",
    "Iran, Saudi Arabia restore ties"): the parser reads the first as a modifier or a second subject of the verb.
    Only two names (people, states, organisations) opening the clause before its root verb, one comma between."""
    verb = token.head
    if token.dep_ not in _PAIR_DEPS or token.pos_ != "PROPN" or verb.dep_ != "ROOT" or verb.i < token.i or \
            verb.pos_ not in ("VERB", "AUX"):
        return []
    last = next((t for t in reversed(token.sent) if not t.is_space), token)
    if last.text in (".", "?", "!"):
        return []  # a full sentence: "John Kirby, Putin has threatened X." names whom it is told to (``_address``)
    out = []
    for other in verb.children:
        if other is token or other.dep_ not in _PAIR_DEPS or other.pos_ != "PROPN" or other.i > verb.i or \
                other.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON"):
            continue
        first, second = (other, token) if other.i < token.i else (token, other)
        between = token.doc[first.right_edge.i + 1:second.left_edge.i]
        if [t.text for t in between] == [","] and first.left_edge.i == first.sent.start and not _address(
                first, [second]):
            out.append(other)  # "Mr President, Russia attacked X": an address, no pair
    return out


def _of_party(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _office_list(cur: Token, appos: Token) -> bool:
    """Whether ``appos`` is the second item of a list of offices ("the President of X, the Foreign Minister of Y and
    the Secretary-General of Z"), not an apposition: both are singular nouns with an "of" phrase and it has a
    conjunct."""
    return cur.tag_ in ("NN", "NNP") and appos.tag_ in ("NN", "NNP") and _of_party(cur) and _of_party(appos) and \
        any(c.dep_ == "conj" for c in appos.children)


def _nationals_list(cur: Token, appos: Token) -> bool:
    """Whether ``appos`` is the second item of a list of people or firms each named by its country's word ("a
    Syrian national, a Lebanese national and a Turkish firm"), not an apposition: both are singular nouns with a
    nationality modifier and it has a conjunct."""
    def national(tok: Token) -> bool:
        return tok.tag_ == "NN" and any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                                        for c in tok.children)
    return national(cur) and national(appos) and any(c.dep_ == "conj" for c in appos.children)


def _stray_modifier(conj: Token) -> bool:
    """Whether the conjunct ``conj`` is a nationality word the parser cut from its own title and name ("met Egyptian
    Foreign Minister X and Jordanian Foreign Minister Y": "Jordanian" read as a conjunct of X): an adjective
    followed by a compound word of a later head, so no party of its own. Not when that head is the noun the whole
    coordination modifies ("Chinese and Pakistani air forces": both forces)."""
    if conj.tag_ != "JJ" or conj.i + 1 >= len(conj.doc):
        return False
    nxt = conj.doc[conj.i + 1]
    first = conj
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    modified = first.head if first.dep_ == "amod" else None
    return nxt.dep_ == "compound" and nxt.head.i > nxt.i and nxt.head.i != conj.i and nxt.head != modified


def short_form(token: Token) -> bool:
    """A short form in parentheses right after a name ("the Special Operations Group (SOG)", "the Communist Party of
    India-Maoist (CPI-Maoist)"): one word of at least two capitals between brackets."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")" and \
        sum(ch.isupper() for ch in token.text) >= 2


def _expand_one(token: Token) -> list[Token]:
    out = [token]
    stack = [token]
    seen = {token.i}
    while stack:
        cur = stack.pop()
        for child in cur.children:
            if child.i in seen:
                continue
            if child.dep_ == "appos" and (_office_list(cur, child) or _nationals_list(cur, child)):
                seen.add(child.i)  # "met the President of X, the Foreign Minister of Y and the head of Z": a list
                out.append(child)  # the parser read as an apposition with a conjunct
                stack.append(child)
                continue
            if child.dep_ == "appos" and (cur.lower_ in TITLES or child.lower_ in TITLES):
                continue  # "Elrond, the Special Advisor", "the Foreign Minister, Elrond": one person, not two
            if child.dep_ == "conj" and _stray_modifier(child):
                continue
            if child.dep_ == "appos" and short_form(child):
                continue  # "the Special Operations Group (SOG)": its short form, the same party
            if child.dep_ == "conj" or (child.dep_ == "appos" and cur.pos_ == "PROPN" and child.pos_ == "PROPN"):
                seen.add(child.i)
                out.append(child)
                stack.append(child)
    return sorted(out, key=lambda t: t.i)


#: subordinators of a clause that tells what brought about its head's act ("were killed when gunmen attacked")
_RESULT_MARKS = frozenset({"when", "as", "after", "while"})


def explains_a_result(clause: Token) -> bool:
    """Whether ``clause`` is a "when/as/after/while" clause of its head ("three were killed when gunmen attacked a
    post": "attacked" explains "killed")."""
    return clause.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _RESULT_MARKS
                                          for c in clause.children)


def agent_heads(agent: Token) -> list[Token]:
    """The head of the ``by`` phrase of a passive (``agent``): its object, else a gerund of attack the parser read
    as a clause ("were killed by Russian shelling": the shelling; "wounded by Houthi shelling", parsed with "Houthi"
    as the gerund's subject: the Houthis); [] when there is neither or the gerund is an act with an object
    ("by firing rockets")."""
    for child in agent.children:
        if child.dep_ == "pobj":
            return [child]
    for child in agent.children:
        if child.dep_ == "pcomp" and child.tag_ == "VBG" and not any(g.dep_ in ("dobj", "obj") for g in child.children):
            return [g for g in child.children if g.dep_ == "nsubj"][:1] or [child]
    return []

