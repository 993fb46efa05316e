"""Statements that judge an act: who a condemnation or a welcome is directed at.

A government statement often judges an act rather than a party: "The Foreign Office condemned the execution of four
activists by the Iranian authorities", "Canada welcomes the release of the journalists by Myanmar", "the Minister
welcomed the agreement between Armenia and Azerbaijan", "We condemn the bombings this weekend in Kabul". The
statement (ACCUSE/disapprove, SUPPORT) is directed at the act's author when the text names one: its possessor
("North Korea's launch"), its ``by`` agent, also inside a participle ("the attacks launched by Hamas", "one in
Baghdad claimed by Daesh"), a nationality adjective or a party-name modifier ("the Israeli raid"), the ``of`` phrase
of an act done by that party ("the gathering of the Syrian opposition"), or the subject of the news told ("welcome
the news that X has ..."). It is never directed at the act's victims ("the killing of two aid workers"), its place
("in Kabul"), its topic ("a resolution on Haiti") or the parties of a welcomed agreement ("between X and Y"): with
no author named, the statement has no recipient (``docs/annotation.md``: "condemn ... attacks this weekend in
Baghdad" has none).

A protest made by a state, a government body or an international organisation ("Poland formally protested against
the violation of its airspace", "the foreign ministry protested to Beijing") is an official complaint (CAMEO 114,
PLOVER ACCUSE), not a demonstration (PROTEST): ``official_protest``. A road or a door blocked by a state's own force
("police blocked the road to the airport", "troops blocked the main road") or by a state itself ("Kenyan authorities
blocked access to Facebook") is a blockade that restricts movement
(CAMEO 191, COERCE), not an obstruction in protest: ``protest_code`` gives the code either reading takes.

An appeal or demand for an act done to someone ("demanded the immediate release of X", "called for the release of
the detained aid workers") is addressed to whoever would do it when the text names them ("two journalists held by
Iran"), never to X.

A title that gives a speaker and a colon ("Foreign Secretary: Russia must withdraw its troops", "UK statement: all
parties must respect the ceasefire") tells what the speaker says, as "X said Y must ..." does: a demand by the
speaker of the subject of "must" (``colon_demand``).

An act noun a statement names with its author further out than its own modifiers ("the rocket attacks launched
by Hamas", "Russian missile strikes on Kyiv") is that author's act (``perpetrator``).

A rejection or denial of claims ("rejected the claims of interference in the Moldovan elections") is directed at
whoever made them ("Pakistan's allegations", "accusations made by Germany", "the remarks of Pakistan's foreign
minister"), never at what they are about.

The word lists are ``resources/events/statements.json``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from ..resources import load_word_lists
from .agents import agent_code, state_force
from .argwords import is_party_noun, names_people
from .eventargs import argument_words
from .eventlex import SYMMETRIC_TYPES
from .phrases import lemma as _lemma
from .phrases import free_relative_noun, is_passive, object_of
from .phrases import pobjs
from .phrases import TITLES

__all__ = ["evaluation_verbs", "judged_act", "act_authors", "course_of", "patient_of", "undergone_doer", "undergone_by_possessor", "official_protest", "protest_code", "colon_demand",
           "perpetrator"]

#: lexicon types whose act noun's "of" phrase is the party the act is done to ("the liberation of Tikrit")
_PATIENT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "CONCEDE"})
#: lexicon types whose act noun's modifiers name no author ("Syria sanctions listings": the target)
_TARGET_MODIFIED = frozenset({"SANCTION"})
#: prepositions of a violent act's victims and place ("attacks on Israel", "the killing of two guards in X")
_TARGET_PREPS = frozenset({"of", "on", "against", "in", "at", "near", "inside", "outside"})


#: prepositions of what a feeling is about ("concern over X", "outrage at X")
_FEELING_TOPIC = frozenset({"about", "over", "at", "regarding", "concerning", "by", "of", "for"})


def _words() -> dict[str, frozenset[str]]:
    """The word lists of ``resources/events/statements.json``."""
    return load_word_lists("events", "statements.json")


@lru_cache(maxsize=1)
def evaluation_verbs() -> frozenset[str]:
    """The verbs of approval and disapproval ("condemn", "welcome", "praise"; ``statements.json``)."""
    return _words()["evaluation_verbs"]


def judged_act(verb: Token, coder: Any, request: bool = False) -> Token | None:
    """The act noun a verb of judging ("condemn", "welcome") takes as its object, or None when the verb judges a
    party ("praised Ghana") or is no verb of judging. With ``request`` (the verb is a REQUEST's), the act asked for
    when it is done to someone ("demanded the release of X", "called for the release of X"): X is not asked to
    act. ``coder`` is the ``events.EventCoder`` (its noun triggers say which nouns are acts)."""
    if request:
        asked = [object_of(verb), *pobjs([verb], ("for",))]
        return next((n for n in asked if n is not None and n.pos_ == "NOUN" and patient_of(n, coder)), None)
    rebuttal = _lemma(verb) in _words()["rebuttal_verbs"]
    obj = object_of(verb)
    if obj is None and _lemma(verb) in _words()["evaluation_verbs"]:
        obj = free_relative_noun(verb)  # "condemned what appears to be an attack by X" (``phrases``)
    if _lemma(verb) not in _words()["evaluation_verbs"] and not rebuttal:
        obj = felt_topic(verb, obj)  # "expressed concern over Israel's expansion of settlements"
        if obj is None:
            return None
        if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children):
            return obj  # "concern about China's support for Russia": whatever the noun, China's
    if rebuttal:  # "rejected the claims of interference in X": the claims, not what they are about
        return obj if obj is not None and _lemma(obj) in _words()["claim_nouns"] else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        return None
    if obj.lower_ in _words()["act_nouns"] or _lemma(obj) in _words()["act_nouns"] or \
            _lemma(obj) in _words()["undergone_possessor_nouns"] or coder.noun_trigger(obj) is not None:
        return obj
    if _verb_agent(obj) is not None or any(_by_party(c) is not None for c in obj.children):
        return obj  # "condemned the storming of the compound by settlers": whatever the noun, done by its "by" party
    if _signed(obj, coder):
        return obj  # "welcomed the signing of the agreement between X and Y": the agreement's own event
    return None


def _signed(noun: Token, coder: Any) -> list[Token]:
    """The agreement of a noun's "of" phrase ("the signing of the peace agreement", "the conclusion of the deal")."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj" and (t := coder.noun_trigger(g)) is not None and t.event_type in SYMMETRIC_TYPES]


def felt_topic(verb: Token, obj: Token | None) -> Token | None:
    """The noun of what a feeling expressed is about ("expressed concern over Israel's expansion of settlements",
    "voiced outrage at the killing of X by Y": the expansion, the killing), in a topic phrase of the feeling or of
    the verb; None when the object is no feeling (``feeling_nouns``)."""
    if obj is None or _lemma(obj) not in _words()["feeling_nouns"]:
        return None
    return next(iter(pobjs((obj, verb), _FEELING_TOPIC)), None)


def own_feeling(head: Token, verb: Token) -> bool:
    """``head`` modifies the feeling noun ``verb`` expresses ("the minister expressed UK concerns about X", "voiced
    Britain's alarm at X"): it tells whose feeling it is, the speaker's own side, not the party the feeling is about."""
    noun = head.head
    return head.dep_ in ("compound", "amod", "nmod", "poss") and noun.head == verb and noun.dep_ in ("dobj", "obj") \
        and _lemma(noun) in _words()["feeling_nouns"]


def _stray_by(noun: Token) -> Token | None:
    """The doer of a "by" phrase of ``noun``, or of the verb whose object it is when the parser hung the phrase on
    the verb after the noun ("condemned X's overthrow by the guard"); None when there is none."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if noun.dep_ in ("dobj", "obj"):
        preps += [c for c in noun.head.children if c.dep_ in ("prep", "agent") and c.i > noun.i]
    return next((found for p in preps for found in [_by_party(p)] if found is not None), None)


def _person(tok: Token) -> bool:
    """``tok`` names a person: a person's name, a title or a personal pronoun ("President X's", "his")."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in ("his", "her") or any(
        c.dep_ == "compound" and c.lower_ in TITLES for c in tok.children) or _lemma(tok) in TITLES


def _by_party(prep: Token) -> Token | None:
    """The object of ``prep`` when it is a "by" that names a doer, not a deadline ("by Friday", "by the end of May")."""
    if prep.dep_ not in ("prep", "agent") or prep.lower_ != "by":
        return None
    return next((g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")), None)


def _verb_agent(obj: Token) -> Token | None:
    """The "by" party the parser hung on the active verb whose object is ``obj`` ("welcomed the handover of the
    hostages by Hamas": an active verb has no agent of its own, so it is the object's), else None."""
    verb = obj.head
    if obj.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or is_passive(verb):
        return None
    return next((g for c in verb.children if c.i > obj.i and (g := _by_party(c)) is not None), None)


def _author_participles() -> frozenset[str]:
    """Participles that name a judged act's author by their "by" phrase wherever they hang (``statements.json``)."""
    return _words()["perpetration_verbs"] | _words()["author_participles"]


def patient_of(noun: Token, coder: Any) -> bool:
    """The noun's "of" phrase names whom the act was done to ("the killing of two aid workers")."""
    trig = coder.noun_trigger(noun)
    return noun.lower_ in _words()["patient_of_nouns"] or _lemma(noun) in _words()["patient_of_nouns"] or (
        trig is not None and trig.event_type in _PATIENT_TYPES)


def undergone_doer(noun: Token) -> Token | None:
    """The doer of an act a person undergoes told by its possessor and a "by" phrase ("his detention by the coup
    plotters", "President X's overthrow by the guard"): the "by" party did it, the possessor underwent it; None when
    the noun is no such act or names no "by" party (then its possessor is its doer: "Russia's detention of X")."""
    if _lemma(noun) not in _words()["undergone_possessor_nouns"] or not any(c.dep_ == "poss" for c in noun.children):
        return None
    return _stray_by(noun)


def undergone_by_possessor(noun: Token, possessor: Token) -> bool:
    """The possessor of a noun of an act done to a person (``undergone_possessor_nouns``) is the one it was done
    to, not its doer, when the noun has no "of" phrase naming another ("his April arrest", "their detention",
    "Navalny's trial": done to them, by someone the phrase does not name; ``undergone_doer`` finds a "by" party); a
    state, nation or organisation keeps its act ("Germany's arrest of a senior executive", "the agency's arrests")."""
    if _lemma(noun) not in _words()["undergone_possessor_nouns"] or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return possessor.ent_type_ not in ("GPE", "NORP", "ORG") and possessor.lower_ not in ("its", "our")


def _np_tokens(head: Token) -> set[int]:
    """The noun phrase of ``head`` with its conjuncts and its "of" phrases ("the government of President X"), without
    its other prepositional phrases ("two aid workers" of "two aid workers in Somalia")."""
    out: set[int] = set()
    for tok in head.subtree:
        node = tok
        while node != head and (node.dep_ != "prep" or node.lower_ == "of"):
            node = node.head
        if node == head:
            out.add(tok.i)
    return out


def course_of(noun: Token, coder: Any) -> Token | None:
    """The act a noun of its course names in its "of" phrase ("the resumption of airstrikes", "a spate of attacks"),
    when no possessive or "by" phrase of the noun itself names who acts; else None."""
    if _lemma(noun) not in _words()["aspect_nouns"] or any(
            c.dep_ == "poss" or c.lower_ == "by" for c in noun.children):
        return None
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.pos_ == "NOUN" and coder.noun_trigger(g) is not None), None)


def act_authors(noun: Token, coder: Any, args: Any) -> tuple[list[Token], set[int]]:
    """Heads of the phrases naming who did the act ``noun`` names (see the module docstring), and the token indices
    of parties the judgement is not directed at: those the act was done to ("the killing of two aid workers"), the
    parties of a welcomed agreement ("between X and Y")."""
    inner = course_of(noun, coder)
    if inner is not None:  # "condemned the resumption of airstrikes in X's Y region": the airstrikes are judged
        return act_authors(inner, coder, args)
    for child in noun.children:
        if child.dep_ == "poss":
            doer = _stray_by(noun)
            if doer is not None:  # "President X's overthrow by the presidential guard": the guard did it to X
                return [doer], {child.i}
            if _lemma(noun) in _words()["undergone_possessor_nouns"] and _person(child):
                return [], {child.i}  # "the journalist's murder": done to the journalist, by someone unnamed
            return [child], set()
    # "the release of the journalists by Myanmar", "attacks launched by Hamas", "one in Baghdad claimed by Daesh"
    for tok in noun.subtree:
        if tok.lower_ == "by" and tok.dep_ in ("agent", "prep") and (
                tok.head == noun or (tok.head.dep_ in ("acl", "relcl") and (
                    tok.head.head == noun or _lemma(tok.head) in _author_participles()))):
            # the act's own participle, or one of doing, claiming, making or holding it however the parser hung it; not
            # another participle inside its target or place ("the attack on a convoy escorted by X")
            found = _by_party(tok)
            if found is not None:
                return [found], set()
    agent = _verb_agent(noun)
    if agent is not None:
        return [agent], set()
    trig = coder.noun_trigger(noun)
    # a measure's modifiers name its target ("new Syria sanctions listings"), unless a phrase of the noun names the
    # target: then they name who took it ("American sanctions against Cuba", "US sanctions on X")
    measure = trig is not None and trig.event_type in _TARGET_MODIFIED or noun.lower_ in (
        "sanctions", "listing", "listings", "designation", "designations")
    aimed = measure and any(c.dep_ == "prep" and c.lower_ in ("against", "on") and any(
        g.dep_ == "pobj" for g in c.children) for c in noun.children)
    target_modified = measure and not aimed
    modifiers = [t for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree
                 if t.dep_ in ("amod", "compound", "nmod")]
    if not target_modified:
        for child in modifiers:
            # "the Israeli raid", "Russian missile strikes": a party's adjective or name, not a place ("the Kabul
            # bombing"); a country that takes a measure aimed at another ("US sanctions on X") is its author
            if args.mentions.at(child) is not None and (aimed or child.ent_type_ not in ("GPE", "LOC", "FAC")):
                return [child], set()
    excluded: set[int] = set()
    if target_modified:  # "new Syria sanctions listings": the target
        excluded |= {t.i for c in modifiers for t in c.subtree}
    violent = trig is not None and trig.event_type == "ASSAULT" or _lemma(noun) in _words()["violent_nouns"]
    claim = _lemma(noun) in _words()["claim_nouns"]
    for child in noun.children:
        if child.dep_ != "prep":
            continue
        if claim and child.lower_ in ("of", "about", "over", "regarding", "concerning", "on"):
            said_by = [g for g in child.children if child.lower_ == "of" and _claimant(g, args)]
            if said_by:
                return said_by[:1], set()  # "the remarks of Pakistan's foreign minister": whoever made them
            excluded |= {t.i for t in child.subtree}  # "the claims of interference in the Moldovan elections"
        elif violent and child.lower_ in _TARGET_PREPS:
            # "rocket attacks on Israel", "the bombing of a school in Afghanistan": the victims and the place
            excluded |= {t.i for t in child.subtree}
        elif child.lower_ == "of" and (patient_of(noun, coder) or _lemma(noun) in _words()["undergone_possessor_nouns"]):
            # "the killing of", "the overthrow of President X": done to X (a demand for X's removal is made of X)
            excluded |= {i for c in child.children if c.dep_ == "pobj" for i in _np_tokens(c)}  # "the killing of"
    if trig is not None and trig.conditions.get("alone_cameo") and trig.event_type == "COOPERATE":
        # "condemned the joint drills between X and Y": the parties of a military exercise hold it; a show of force
        # judged is theirs (an agreement or talks "between" them stay an event of their own, below)
        held = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
                for g in c.children if g.dep_ == "pobj"]
        if held:
            return held, set()
    if trig is not None and trig.event_type in SYMMETRIC_TYPES or _signed(noun, coder):
        # "the agreement (on 2 December) between X and Y", "the signing of the peace agreement between X and Y":
        # the actors of the agreement, an event of its own
        excluded |= {t.i for p in noun.subtree if p.dep_ == "prep" and p.lower_ == "between" for t in p.subtree}
    return [], excluded


def _claimant(tok: Token, args: Any) -> bool:
    """``tok``, the object of "of" after a noun of what others say, names whoever said it: a party's name ("the
    remarks of Shehbaz Sharif") or people named with a party ("the remarks of Pakistan's foreign minister", "the
    claims of the Russian embassy"); not what the words are about ("the claims of interference", "reports of Afghan
    civilians killed in X": people a clause tells of)."""
    if tok.dep_ != "pobj" or any(c.dep_ in ("acl", "relcl") for c in tok.children):
        return False
    if args.mentions.at(tok) is not None:
        return True
    return names_people(tok) and any(args.mentions.at(t) is not None for t in tok.subtree if t != tok)


#: dictionary kinds of parties that speak for a state or an organisation of states
_OFFICIAL_KINDS = frozenset({"country", "government", "igo"})


def protest_code(verb: Token, mode: str | None, actors: list[Any], dictionary: Any) -> str | None:
    """The CAMEO code a protest ``verb`` of ``mode`` takes instead of its own: an official complaint (114,
    ``official_protest``), a state force's blockade (191: "police blocked the road"); None when it stays a
    protest."""
    if official_protest(verb, actors, dictionary) or advocacy_complaint(verb, actors, dictionary):
        return "114"
    return "191" if mode == "obstruct" and (state_force(actors) or _of_state(actors, dictionary)) else None


def _of_state(actors: list[Any], dictionary: Any) -> bool:
    """One of ``actors`` speaks for a state: a country or government the dictionary knows, named as the state or by
    an official noun ("Kenyan authorities blocked access to Facebook": the state restricts, no crowd obstructs);
    never a country's people ("young Tunisians blocked the roads", "Greek dock workers")."""
    official = _words()["official_nouns"] | frozenset(argument_words()["ruler_nouns"])
    for value in actors:
        tok = value.token
        if tok.dep_ in ("amod", "compound", "nmod") or tok.tag_ == "JJ":
            tok = tok.head
        if tok.ent_type_ != "GPE" and tok.lower_ not in official and _lemma(tok) not in official:
            continue
        actor_id = value.actor.actor_id or ""
        entry = dictionary.get(actor_id) if actor_id and not actor_id.startswith(("new:", "agent:")) else None
        codes = getattr(entry, "codes", {}) or {}
        if entry is not None and (getattr(entry, "kind", None) in ("country", "government") or
                                  str(codes.get("cameo", "")).endswith("GOV")):
            return True
    return False


def official_protest(verb: Token, actors: list[Any], dictionary: Any) -> bool:
    """``verb`` ("protested") is a complaint its actors lodge as a state, a government body, a state's official or
    an international organisation: their dictionary entry is one ("Poland", "the Foreign Office", "the EU"), or the
    name no dictionary knows has an official noun in it ("the Ministry of Foreign Affairs"); never a country's
    people ("Kenyans", "Iranian women")."""
    if not actors or _lemma(verb) not in _words()["official_protest_verbs"]:
        return False
    official = _words()["official_nouns"]
    for value in actors:
        tok = value.token
        if tok.dep_ in ("amod", "compound", "nmod") or tok.tag_ == "JJ":
            tok = tok.head  # "Iranian women", "the Japanese government": the noun says who
            if tok.lower_ not in official and _lemma(tok) not in official:
                return False
        if tok.tag_ in ("NNPS", "NNS") and tok.lower_ not in official and _lemma(tok) not in official:
            return False  # "Kenyans", "Palestinians": people of a country, not its state
        if _office_holder(tok):
            continue  # "Foreign Minister X strongly protested the remarks": the office protests
        actor_id = value.actor.actor_id or ""
        entry = dictionary.get(actor_id) if actor_id and not actor_id.startswith(("new:", "agent:")) else None
        if entry is not None:
            codes = getattr(entry, "codes", {}) or {}
            if getattr(entry, "kind", None) not in _OFFICIAL_KINDS and not str(codes.get("cameo", "")).endswith("GOV"):
                return False
        elif not set(value.actor.name.lower().split()) & official:
            return False
    return True


def advocacy_complaint(verb: Token, actors: list[Any], dictionary: Any) -> bool:
    """``verb`` ("protested the detentions") is a complaint a rights or press-freedom group lodges about an act: its
    object names what it protests, and every actor is such a group, by its dictionary entry (an NGO code), as
    "rights groups" (``agent:NGO``) or by a word of its name no dictionary knows ("the Committee to Protect
    Journalists": ``advocacy_name_words``). Without an object ("rights groups protested outside the embassy") it
    stays a demonstration."""
    if not actors or _lemma(verb) not in _words()["official_protest_verbs"] or \
            not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    names = _words()["advocacy_name_words"]
    for value in actors:
        actor_id = value.actor.actor_id or ""
        if actor_id == "agent:NGO":
            continue
        entry = dictionary.get(actor_id) if actor_id and not actor_id.startswith(("new:", "agent:")) else None
        if entry is not None:
            if not str((getattr(entry, "codes", {}) or {}).get("cameo", "")).startswith("NGO"):
                return False
        elif actor_id.startswith("agent:") or not set(value.actor.name.lower().split()) & names:
            return False
    return True


def _office_holder(tok: Token) -> bool:
    """``tok`` names a person by a state office held: a title before the name ("Foreign Minister Yoshimasa
    Hayashi") or beside it ("Hayashi, the foreign minister"), unless a word of the title names a body no state is
    ("Party secretary X", "student union president Y": ``_body_not_state``)."""
    titles = _words()["office_titles"]
    near = [c for c in tok.children if c.dep_ in ("compound", "appos")]
    if tok.dep_ == "appos":
        near.append(tok.head)
    held = [t for t in near if _lemma(t) in titles or t.lower_ in titles]
    words = [w for t in near for w in (t, *(c for c in t.children if c.dep_ in ("compound", "amod", "poss")))]
    return bool(held) and not any(_body_not_state(w) for w in words)


def _body_not_state(word: Token) -> bool:
    """``word`` names a body no state is: a party, a union, a company, students ("Party secretary X", "union
    president Y": the title is held in that body, no state office); a ministry, the government, the army or the
    police are the state's."""
    return is_party_noun(word) and word.lower_ not in _words()["official_nouns"] and \
        _lemma(word) not in _words()["official_nouns"] and agent_code(word) not in _STATE_SECTORS


#: agent sectors of the state's own services ("army spokesman", "police chief")
_STATE_SECTORS = frozenset({"MIL", "COP"})


#: how far into its sentence a title's colon may stand ("Minister for the Middle East Tobias Ellwood:")
_TITLE_SPAN = 8


def colon_demand(must: Token, args: Any) -> tuple[Token, list[Token]] | None:
    """For the "must" of a clause after a title's colon, the speaker named before the colon (a mention of a
    name or title, no verb before the colon) and the subjects the demand is made of; None otherwise."""
    clause = must.head
    if must.dep_ != "aux" or clause.pos_ not in ("VERB", "AUX"):
        return None
    sent = must.sent
    colon = next((t for t in sent if t.text == ":" and t.i < clause.i), None)
    if colon is None or colon.i - sent.start > _TITLE_SPAN or colon.i == sent.start:
        return None
    before = sent.doc[sent.start:colon.i]
    if any(t.pos_ in ("VERB", "AUX") and t.lower_ not in ("says",) for t in before):
        return None  # "The minister said: ...": the verb of saying has its own reading
    speaker = next((t for t in before if args.mentions.at(t) is not None), None)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if speaker is None or not subjects or any(s.i < colon.i for s in subjects):
        return None
    return speaker, subjects


def perpetrator(noun: Token, args: Any) -> list[Token]:
    """Who did the act ``noun`` names when a participle of doing it tells them ("the attacks launched by Hamas",
    "strikes carried out by Russia") or a party's adjective modifies the noun's own modifier ("Russian missile
    strikes"); empty otherwise. A participle of another verb ("the attack condemned by the UN") names no author.
    Only for the act a statement judges ("condemns the rocket attacks launched by Hamas"): elsewhere such a noun
    tells again the act of its clause ("were killed in a raid conducted by X")."""
    if noun.dep_ not in ("dobj", "obj") or _lemma(noun.head) not in _words()["evaluation_verbs"]:
        return []
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and _lemma(child) in _words()["perpetration_verbs"]:
            for by in child.children:
                if by.dep_ in ("agent", "prep") and by.lower_ == "by":
                    return [c for c in by.children if c.dep_ == "pobj"][:1]
    for child in noun.lefts:
        if child.dep_ != "compound":
            continue
        for tok in child.lefts:
            if tok.dep_ == "amod" and tok.ent_type_ == "NORP" and args.mentions.at(tok) is not None:
                return [tok]
    return []
