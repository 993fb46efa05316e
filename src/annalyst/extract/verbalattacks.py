"""Words of force used for words: an attack of speech between parties is a criticism, not an assault.

Political news tells a war of words with the verbs and nouns of force ("attacked the prime minister over his
remarks", "targeted the finance minister in a speech", "fired back at Canberra, calling the report a fabrication",
"launched a blistering attack on the opposition", "Erdogan's attacks on German lawmakers for voting ..."). Such an
act is disapproval (PLOVER ACCUSE, CAMEO 111 criticize or denounce: docs/annotation.md, ACCUSE is condemnation and
criticism), never ASSAULT. The construction says which sense is meant, not the verb:

* what is attacked is a statement, a policy, a decision or a text ("attacked India's statement on Kashmir",
  "attacked the budget"): words and measures are criticised, never struck; the author (the possessor) is the one
  criticised;
* the act has a reason of speech or conduct ("over his remarks", "for delaying the bills", "for her silence");
* the act is told in a medium of speech ("in a speech", "in an interview", "on social media", "at a press
  conference", "in an opinion piece");
* a manner only speech has ("sharply attacked", "publicly attacked"), or an attack noun only words make ("a
  blistering attack", "personal attacks");
* the same subject goes on speaking ("fired back at X, calling the report a fabrication", "targeted X over her
  remarks and said ...");
* the subject is a speaker that wields no force of its own (a spokesperson, a ministry, an embassy, a lawmaker, a
  party, a newspaper) and what it attacks is a party, not a thing, a place or an armed party ("the ministry struck
  energy facilities" stays an assault), or a named person who attacks or targets another known person (not a
  country, a town or a unit: "Putin attacked Ukraine" stays an assault; nor an armed or unnamed person, "attacked a
  police officer", "attacked a woman"; and a person shot, struck or assaulted with no cue of speech is of force).

A weapon or means told with the act ("with batons", "fired shells at", "fired missiles at") keeps the material
sense, and so does a passive ("the senator was attacked outside his home"). "Militants attacked a convoy", "the
army fired shells at rebel positions", "gunmen attacked a police station" have none of these cues and stay ASSAULT.

The idiom "take aim / a swipe / a jab at X" is the same criticism (a class of ``verb_classes.json``).

Other words of conflict tell no act between parties at all (``no_conflict``): a campaign, crackdown or war
launched against no party ("a campaign against graft", "a crackdown on fake news"), an electorate targeted
("targeting young voters"), a threat to resign one's post, a plan or a sum "sanctioned" (approved), a seat or
control of a chamber won at the polls ("wrested the seat from X"), a refusal to rule something out, a measure
abused ("for abusing tariffs"). Each keeps its event when a party is named ("a crackdown on protesters",
"threatened to quit the coalition", "sanctioned three banks") or a force or crowd acts ("soldiers seized control
of parliament").

The word lists are ``resources/events/verbalattacks.json`` (with the statement and policy nouns of
``nonevents.json``'s ``idea_objects``, ``statements.json``'s ``claim_nouns``, ``argwords.json``'s
``document_nouns`` and ``measure_nouns``, ``claims.json``'s ``report_verbs`` and ``label_verbs``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..resources import load_json
from .agents import agent_code
from .argwords import is_party_noun
from .phrases import lemma as _lemma
from .phrases import pobjs

__all__ = ["verbal_attack", "no_conflict"]

_OWN = load_json("events/verbalattacks.json")
#: the verbs and nouns of force whose figurative sense is speech
_FORCE_WORDS = frozenset(_OWN["force_words"])
#: the material means of an attack: a "with" phrase or an object naming one keeps the ordinary sense
_MEANS = frozenset(_OWN["means_words"])


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    own = _OWN
    non = load_json("events/nonevents.json")
    stm = load_json("events/statements.json")
    arg = load_json("events/argwords.json")
    clm = load_json("events/claims.json")
    w = {k: frozenset(v) for k, v in own.items() if not k.startswith("_")}
    w["said_things"] = frozenset(non["idea_objects"]) | frozenset(stm["claim_nouns"]) | \
        frozenset(arg["document_nouns"]) | frozenset(arg["measure_nouns"]) | w["policy_things"]
    w["sense_objects"] = frozenset(non["sense_objects"])
    w["saying_verbs"] = frozenset(clm["report_verbs"]) | frozenset(clm["label_verbs"]) | frozenset(
        arg["accuse_of_verbs"]) | w["speech_verbs"]
    return w


def _kids(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return pobjs([tok], preps, objects=("pobj", "pcomp"))


def _material(tok: Token) -> bool:
    """A weapon or means told with the act ("with batons", "fired shells at"): the ordinary sense."""
    things = _pobjs(tok, ("with",)) + _kids(tok, ("dobj", "obj"))
    return any(_lemma(t) in _MEANS or t.lower_ in _MEANS for t in things)


def _speech_reason(tok: Token, w: dict[str, frozenset[str]]) -> bool:
    """A reason of speech or conduct: "over his remarks", "for her silence", "for delaying the bills"."""
    for p in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("over", "for")):
        for o in p.children:
            if o.dep_ == "pcomp" and o.tag_ == "VBG" and p.lower_ == "for":
                return True
            if o.dep_ == "pobj" and (_lemma(o) in w["said_things"] or _lemma(o) in w["conduct_nouns"]):
                return True
    return False


def _medium(tok: Token, w: dict[str, frozenset[str]]) -> bool:
    """Told in a medium of speech: "in a speech", "on social media", "at a press conference", "on Twitter"; not
    "during a speech", which tells when, and a man who "attacked the mayor during a speech" struck him."""
    for o in _pobjs(tok, ("in", "on", "at", "via", "through")):
        if _lemma(o) in w["medium_nouns"] or o.lower_ in w["medium_nouns"] or \
                (o.ent_type_ in ("ORG", "PRODUCT") and o.text in ("Twitter", "X", "Facebook", "Telegram")):
            return True
    return False


def _saying_goes_on(tok: Token, w: dict[str, frozenset[str]]) -> bool:
    """The subject goes on speaking: "fired back at X, calling the report a fabrication", "... and said"."""
    return any(_lemma(c) in w["saying_verbs"] and c.pos_ == "VERB" and not _kids(c, ("nsubj",))
               for c in tok.children if c.dep_ in ("advcl", "conj", "xcomp"))


def _head_of_subject(tok: Token) -> Token | None:
    if tok.pos_ == "NOUN" or tok.pos_ == "PROPN":
        owners = _kids(tok, ("poss",))
        return owners[0] if owners else None
    subj = _kids(tok, ("nsubj",))
    if subj:
        return subj[0]
    if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.pos_ == "VERB":
        return _head_of_subject(tok.head)
    return None


#: agent sectors of armed forces and groups, whose attacks and clashes are of force
_ARMED = frozenset({"MIL", "COP", "REB", "UAF", "SEP", "RAD", "SPY"})


def _force_or_crowd(doer: Token, w: dict[str, frozenset[str]]) -> bool:
    """The doer is a force ("police", "gunmen", "troops") or a crowd ("protesters", "a mob"), whose acts of
    force are material whatever they are over; an opposition leader or a lawmaker is neither."""
    code = agent_code(doer)
    return code in _ARMED or (code is not None and _lemma(doer) in w["crowd_nouns"])


def _person(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in tok.children if c.dep_ == "compound")


def _speaker(subj: Token | None, w: dict[str, frozenset[str]]) -> bool:
    """``subj`` speaks and wields no force of its own ("the ministry", "Finance Minister X"); a ministry, department
    or office of force ("the Interior Ministry", "the Defence Department": ``force_offices``) commands police or
    troops, no speaker."""
    if subj is None or any(c.lower_ in w["force_offices"] for c in subj.children if c.dep_ in ("compound", "amod")):
        return False
    return any(_lemma(t) in w["speaker_heads"] or t.lower_ in w["speaker_heads"]
               for t in (subj, *(c for c in subj.children if c.dep_ == "compound")))  # "Finance Minister X"


def _targets(tok: Token) -> list[Token]:
    """What the act is aimed at: the object, or the "at", "on", "against" phrase."""
    objs = [o for o in _kids(tok, ("dobj", "obj")) if _lemma(o) not in _FORCE_WORDS]
    return objs or _pobjs(tok, ("at", "on", "against", "upon", "with"))


#: the words of force whose bare use by one person on another is of force ("shot X", "assaulted X", "struck X"):
#: only a cue of speech makes them words
_BODILY = frozenset(_OWN["bodily_words"])


#: verbs whose subject, an attack noun, did bodily harm ("the attack left him blind", "the attack killed two")
_HARM_VERBS = frozenset(_OWN["harm_verbs"])


def _armed(t: Token) -> bool:
    """``t`` names an armed party or a thing of one ("soldiers", "a police officer", "an army post")."""
    return agent_code(t) in _ARMED or agent_code(t, owner=True) in _ARMED


def _person_target(targets: list[Token]) -> bool:
    """Every target is a person, named or by a common noun of one; not an armed one ("a police officer", "the
    soldier") nor a stranger counted or indefinite ("a woman", "two passers-by"): a war of words is with a known
    figure."""
    return bool(targets) and all(_person(t) or (t.ent_type_ == "" and is_party_noun(t) and t.lower_ not in (
        "convoy", "base", "post", "station", "position", "positions") and not _armed(t) and not any(
            (c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "nummod" for c in t.children) and
            t.lower_ not in _words()["struck_people"])  # not "civilians", "villagers": struck, no known figure
        for t in targets) and not any(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP") for t in targets)


def _party_targets(targets: list[Token]) -> bool:
    """No target is a thing or a place ("struck energy facilities", "attacked the party's offices", "struck three
    boats") nor an armed party: a speaker's words are aimed at parties."""
    return all((t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (t.ent_type_ == "" and is_party_noun(t)))
               and not _armed(t) for t in targets)


def verbal_attack(anchor: Token, noun: Token | None = None) -> bool:
    """The ASSAULT candidate of ``anchor`` (the verb, or the light verb of ``noun``, an attack noun) tells an
    attack of words (see the module docstring): the coder codes it as a criticism."""
    tok = noun if noun is not None else anchor
    undergone = noun is None and any(_lemma(o) in _FORCE_WORDS for o in _pobjs(anchor, ("under",)))
    if _lemma(tok) not in _FORCE_WORDS and tok.lower_ not in _FORCE_WORDS and not undergone:
        return False
    w = _words()
    if _material(tok) or (noun is not None and anchor is not noun and _material(anchor)):
        return False
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "under":
        anchor, undergone = noun.head.head, True  # "came under attack from X over the farm laws"
    if undergone:
        return _speech_reason(anchor, w) or _medium(anchor, w)
    if noun is None and any(c.dep_ in ("nsubjpass", "auxpass") for c in anchor.children):
        # "was attacked by the BJP over his remarks": only what the clause says of speech tells the sense
        agents = [g for c in anchor.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return not any(_force_or_crowd(a, w) for a in agents) and (
            _speech_reason(anchor, w) or _medium(anchor, w) or any(
                _lemma(c) in w["speaking_manners"] for c in _kids(anchor, ("advmod",))))
    if noun is None and _electoral_target(anchor, w):
        return False  # "the opposition is targeting young voters": votes sought, no words of attack (no_conflict)
    doer = _head_of_subject(tok) or (_head_of_subject(anchor) if noun is not None else None)
    if doer is not None and _force_or_crowd(doer, w):
        return False  # "police attacked the protesters over ...", "protesters clashed with police over the bill"
    if _lemma(tok) == "clash" and any(agent_code(t) in _ARMED for t in _pobjs(tok, ("with",))):
        return False  # "taxi drivers clashed with police over the fuel policy": a fight with a force
    here = [tok] if noun is None or anchor is noun else [tok, anchor]
    objects = _kids(tok, ("dobj", "obj")) if noun is None else []
    if objects and all(_lemma(o) in w["sense_objects"] for o in objects):
        return False  # "struck a cautious tone", "hit a note": the verb's other sense, no act (othersenses)
    targets = _targets(tok) if noun is None else _pobjs(tok, ("on", "against", "at"))
    if targets and _lemma(tok) not in _BODILY and all(_lemma(t) in w["said_things"] and t.ent_type_ == "" and not any(
            c.lower_ in w["armament_modifiers"] for c in t.children if c.dep_ in ("amod", "compound")) for t in targets):
        return True  # "attacked India's statement", "attacked the budget"; not "struck Iran's nuclear programme"
    retort = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in anchor.children)
    bodily = _lemma(tok) in _BODILY and not retort  # "struck Iran over its programme": a reason of a strike too
    if any((_speech_reason(t, w) and not bodily) or _medium(t, w) or _saying_goes_on(t, w) for t in here):
        return True
    if _lemma(tok) == "clash" and not _pobjs(tok, ("with",)):
        return False  # a clash of words is with a party ("clashed with X over the budget")
    if noun is None and any(_lemma(c) in w["speaking_manners"] for c in _kids(anchor, ("advmod",))):
        return True
    if noun is None and _lemma(anchor) == "hit" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in anchor.children) and not _kids(anchor, ("dobj", "obj")):
        return True  # "hit back against X": the retort the lexicon codes for "hit back at X"
    if noun is not None and any(_lemma(c) in w["speaking_modifiers"] or c.lower_ in w["speaking_modifiers"]
                                for c in _kids(noun, ("amod", "compound"))):
        return True
    subj = _head_of_subject(tok) if noun is None or anchor is noun else (
        _head_of_subject(noun) or _head_of_subject(anchor))
    if noun is not None and anchor is not noun and noun.dep_ not in ("dobj", "obj"):
        subj = _head_of_subject(noun)
    if _speaker(subj, w) and _party_targets(targets):
        return True
    if noun is not None and noun.dep_ in ("nsubj", "nsubjpass") and _lemma(noun.head) in _HARM_VERBS:
        return False  # "X's attack on Y left him blind", "... killed two": a harm told, of force
    return subj is not None and _person(subj) and _person_target(targets) and _lemma(tok) not in _BODILY


#: the parties' named entity types: a campaign, a target or a sanction aimed at one is an act between parties
_PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _names_party(tok: Token) -> bool:
    """``tok`` names a party: a named entity of a party, a party noun ("protesters", "the opposition"), or a noun a
    party's name qualifies ("three Russian banks", "Wagner fighters")."""
    return tok.ent_type_ in _PARTY_ENTS or is_party_noun(tok) or any(
        c.ent_type_ in _PARTY_ENTS for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod"))


def _campaign_on_thing(anchor: Token, tok: Token, w: dict[str, frozenset[str]]) -> bool:
    """A campaign, crackdown or war declared on no party ("launched a campaign against graft", "a crackdown on fake
    news", "declared war on corruption"): a policy against an ill, no act between parties (docs/annotation.md,
    acts aimed at an abstract ill). "a crackdown on protesters", "on protests", "a campaign against the Houthis", a
    campaign of force ("an air campaign") and one a force launches stay."""
    if _lemma(anchor) not in w["campaign_verbs"]:
        return False  # "condemned an attack on X": a judgement of an act, no campaign of the speaker's
    nouns = [tok] if tok is not anchor else [o for o in _kids(anchor, ("dobj", "obj"))]
    nouns = [n for n in nouns if _lemma(n) in w["campaign_nouns"]]
    if not nouns or any(_names_party(o) for o in _kids(anchor, ("dobj", "obj")) if o not in nouns):
        return False
    if any(_lemma(c) in w["force_modifiers"] or c.lower_ in w["force_modifiers"] for n in nouns
           for c in _kids(n, ("amod", "compound"))):
        return False  # "an air campaign against military targets", "a bombing campaign": of force
    doer = _head_of_subject(anchor)
    if doer is not None and _force_or_crowd(doer, w):
        return False  # "security forces launched a crackdown on ...": the force's act on whoever it is aimed at
    aimed = [o for n in nouns for o in _pobjs(n, ("against", "on", "upon")) if o.ent_type_ not in ("DATE", "TIME")]
    return bool(aimed) and not any(_names_party(a) or _lemma(a) in w["protest_nouns"] or any(
        _names_party(c) or _lemma(c) in w["protest_nouns"] for c in a.conjuncts) for a in aimed)  # "on protests": on
    # the protesters


def _electoral_target(anchor: Token, w: dict[str, frozenset[str]]) -> bool:
    """"target" whose object is an electorate ("is targeting young voters", "targeted swing districts with new
    advertisements"): a campaign seeks their votes, no one is struck. A force or crowd that targets voters
    ("gunmen targeted voters at a polling station") keeps the attack."""
    if _lemma(anchor) != "target":
        return False
    objs = _kids(anchor, ("dobj", "obj"))
    doer = _head_of_subject(anchor)
    if not objs or not all(_lemma(o) in w["electorate_nouns"] for o in objs) or _material(anchor) or \
            (doer is not None and _force_or_crowd(doer, w)):
        return False
    # the kind of voter sought ("young voters", "swing districts"), the means of persuasion ("with new
    # advertisements") or a speaker as the doer: a bare "targeted voters at a polling station" may be an attack; a
    # place or a set of homes ("the southern regions", "border districts") is a voters' place only by its kind
    return all(any(c.dep_ in ("amod", "compound") and (_lemma(o) not in w["electorate_places"] or
                                                       c.lower_ in w["electorate_place_modifiers"])
                   for c in o.children) for o in objs) or \
        bool(_pobjs(anchor, ("with",))) or _speaker(doer, w)


def _resignation_threat(anchor: Token, event_type: str, w: dict[str, frozenset[str]]) -> bool:
    """A threat to resign or quit one's post ("threatened to resign if the bill passed", "threatened to quit over
    the spending cuts"): the speaker's own departure, no act against a party. "threatened to quit the coalition"
    names what is left and stays a threat."""
    if event_type != "THREATEN":
        return False
    acts = [c for c in anchor.children if c.dep_ == "xcomp" and _lemma(c) in w["leaving_office_verbs"] and (
        _lemma(c) not in ("step", "stand") or any(g.dep_ in ("prt", "advmod") and g.lower_ in ("down", "aside")
                                                  for g in c.children))]  # "step down", not "step up"
    return bool(acts) and all(not any(o.lemma_.lower() not in w["office_nouns"] for o in _kids(a, ("dobj", "obj")))
                              for a in acts)


def _approval_sanction(anchor: Token, tok: Token, event_type: str) -> bool:
    """"sanction" in its sense of approving ("the cabinet sanctioned the plan", "sanctioned Rs 500 crore for the
    project"): its object is a plan, a sum or a project, no party; "the EU sanctioned three Russian banks" stays a
    sanction."""
    if event_type != "SANCTION" or tok is not anchor or _lemma(anchor) != "sanction":
        return False
    objs = _kids(anchor, ("dobj", "obj"))
    w = _words()
    return bool(objs) and all(o.pos_ != "PROPN" and not _names_party(o) and (
        _lemma(o) in w["said_things"] or _lemma(o) in w["approved_things"] or o.ent_type_ == "MONEY")
        for o in objs) and not _pobjs(anchor, ("against", "on"))


def _electoral_win(anchor: Token, event_type: str, w: dict[str, frozenset[str]]) -> bool:
    """A seizure whose object is what an election gives ("wrested the Amethi seat from the Congress", "captured
    40 seats", "seized control of the Senate"): a party won it at the polls, no one was coerced. A force or a
    crowd that seizes a chamber ("soldiers seized control of parliament") keeps the seizure, and so does any
    other object ("captured the town of Kidal")."""
    if event_type != "COERCE" or anchor.pos_ != "VERB":
        return False
    objs = _kids(anchor, ("dobj", "obj"))
    doer = _head_of_subject(anchor)
    if not objs or (doer is not None and _force_or_crowd(doer, w)):
        return False
    forums = w["forum_nouns"]
    return all(_lemma(o) in w["electoral_things"] or (
        _lemma(o) == "control" and any(_lemma(f) in forums for f in _pobjs(o, ("of", "over")))) for o in objs)


def _not_ruling_out(anchor: Token, event_type: str) -> bool:
    """A refusal to rule something out ("refused to rule out early elections", "declined to rule out a run"):
    the option is kept open, nothing a party asked for is refused."""
    if event_type != "REJECT":
        return False
    return any(c.dep_ == "xcomp" and (_lemma(c) == "exclude" or (_lemma(c) == "rule" and any(
        g.dep_ == "prt" and g.lower_ == "out" for g in c.children))) for c in anchor.children)


def _misused_thing(anchor: Token, event_type: str) -> bool:
    """"abuse" or "misuse" of a thing, no person ("for abusing tariffs", "abused export controls"): misconduct with
    a measure or a power, no one harmed. "Guards abused the prisoners" stays an assault."""
    if event_type != "ASSAULT" or _lemma(anchor) not in ("abuse", "misuse"):
        return False
    objs = _kids(anchor, ("dobj", "obj"))
    return bool(objs) and not any(_names_party(o) for o in objs)


def no_conflict(anchor: Token, tok: Token, event_type: str | None) -> bool:
    """The candidate at ``anchor`` (``tok`` its trigger word, an event noun of a light verb, or the verb) uses a word
    of conflict for no act between parties: a campaign against an ill, an electorate targeted, a threat to resign,
    a plan sanctioned (approved), a seat won at the polls, an option not ruled out, a measure abused."""
    if event_type is None:
        return False
    w = _words()
    if event_type == "ASSAULT" and tok is anchor and _electoral_target(anchor, w):
        return True
    if tok is anchor and (_electoral_win(anchor, event_type, w) or _not_ruling_out(anchor, event_type) or
                          _misused_thing(anchor, event_type)):
        return True
    return _campaign_on_thing(anchor, tok, w) or _resignation_threat(anchor, event_type, w) or \
        _approval_sanction(anchor, tok, event_type)
