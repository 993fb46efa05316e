"""The people an act of aid is for (issue 17, aid announcements).

Aid releases name whom the help is for after "to" or "for", often as people rather than a named party: "will
provide GBP 30 million in humanitarian aid to Syrian refugees in Jordan", "allocated 12 million euros to flood
victims in Pakistan", "gave 15 million crowns to UNICEF for children in Yemen". The annotation guideline
(docs/annotation.md) makes the recipient of AID the party helped: the people, not the host place in their phrase
nor an agency the aid goes through, and never the currency the parser took for the object ("GBP"). The word lists
are ``resources/events/beneficiaries.json`` (and a state's own people of ``demands.json``), read on first use.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..models import EventActor
from ..resources import load_word_lists
from .agents import AGENT_PREFIX, agent_code
from .eventargs import ArgValue, Args
from .phrases import np_text
from .phrases import pobjs

_TO_FOR = ("to", "for")
#: the nouns of "in support of X", "in aid of X": X is whom the help is for
_IN_AID_OF = frozenset({"support", "aid", "assistance"})
#: actor ids of international and non-governmental organisations (the actor dictionary's prefixes)
_AGENCIES = ("IGO-", "NGO-")


@cache
def _words() -> dict[str, frozenset[str]]:
    """The word lists: people (nouns naming people, or the institutions serving them, an aid act is for),
    generic (those of them that stand for the party of their "of" phrase, "the people of Venezuela": a state's own
    people of ``demands.json``) and currencies (codes and signs: never a party)."""
    lists = load_word_lists("events", "beneficiaries.json")
    own = load_word_lists("events", "demands.json")["own_people_nouns"]
    return {**lists, "generic": lists["people"] & own}


def _currency(token: Token) -> bool:
    return token.lower_ in _words()["currencies"] or token.ent_type_ == "MONEY"


def _pobjs(holder: Token, preps: tuple[str, ...]) -> list[Token]:
    return pobjs([holder], preps, ("prep", "dative"))


def _heads(verb: Token) -> list[Token]:
    """Noun phrases after "to"/"for" of the verb (and of its infinitive), of their objects and of the amount's "in"/"of" phrase ("$5 million
    in aid to X"), and the "for" phrase of such a phrase ("to UNICEF for children")."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "pledged to provide X to Y"
    objs = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "obj")]
    holders = [*verbs, *objs, *(p for o in objs for p in _pobjs(o, ("in", "of"))),
               *(p for v in verbs for p in _pobjs(v, ("in",)) if p.lemma_.lower() in _words()["aid_nouns"])]
    # "will provide 10 million pounds in humanitarian aid for the people of X": the "in" phrase parsed on the verb
    out: list[Token] = []
    for holder in holders:
        for pobj in _pobjs(holder, _TO_FOR):
            out.append(pobj)
            out.extend(_pobjs(pobj, ("for",)))
    # "provided air support in support of X": the partner the help is given to
    out.extend(p for v in verbs for s in _pobjs(v, ("in",)) if s.lemma_.lower() in _IN_AID_OF
               for p in _pobjs(s, ("of",)))
    return out


def _purposes(verb: Token) -> list[Token]:
    """The objects of a purpose infinitive of helping ("announced $8 million in aid to help those hit by the
    floods": those hit), of the verb or of its infinitive."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return [o for v in verbs for c in v.children if c.dep_ in ("advcl", "xcomp") and
            c.lemma_.lower() in _words()["helping_verbs"] and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
            for o in c.children if o.dep_ in ("dobj", "obj")]


def _donor(value: ArgValue) -> bool:
    """The party naming the aid noun as its giver ("UK aid for Yemen", "Japanese funding to Iraq"): a modifier of a
    noun that has its own "to"/"for" phrase, which names whom the aid is for."""
    tok = value.token
    return tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.pos_ == "NOUN" and \
        bool(_pobjs(tok.head, _TO_FOR))


def _people(token: Token, args: Args) -> bool:
    people = _words()["people"]
    if token.lower_ in _words()["gathering_pronouns"]:  # "those affected by the war", "those who fled", "those in need"
        return any(c.dep_ in ("acl", "relcl", "prep") for c in token.children)
    if args.mentions.at(token) is not None or (token.lemma_.lower() not in people and token.lower_ not in people):
        return False
    # "the people of Venezuela": the named party stands for its people
    return not (token.lemma_.lower() in _words()["generic"] and
                any(args.mentions.at(p) is not None for p in _pobjs(token, ("of",))))


def _within(inner: Token, outer: Token) -> bool:
    return outer.left_edge.i <= inner.i <= outer.right_edge.i


def _helped(value: ArgValue, verb: Token, args: Args, taken: frozenset[int]) -> ArgValue:
    """The party an agency's aid is for ("committed 10 million euros to the World Food Programme for Afghanistan":
    Afghanistan), else ``value``: aid given through an agency helps the party its "for" phrase names."""
    if not (value.actor.actor_id or "").startswith(_AGENCIES):
        return value
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    for pobj in [p for h in (value.token, verb, *objs) for p in _pobjs(h, ("for",))]:
        if pobj.i in taken or args.mentions.at(pobj) is None:
            continue
        hit = args.resolve(pobj, role="recipient", exclude=taken)
        if isinstance(hit, ArgValue) and hit.actor.actor_id != value.actor.actor_id:
            return hit
    return value


def aid_recipients(verb: Token, args: Args, taken: frozenset[int], current: list[ArgValue]) -> list[ArgValue]:
    """The recipients of an AID event (or a pledge of aid, CAMEO 033) told by ``verb``: ``current`` (found by the general rules) less currencies,
    replaced by the people the aid is for when no party was found or the party found is only the place or the
    agency of their phrase ("refugees in Jordan", "UNICEF for children")."""
    kept = [r for r in current if not _currency(r.token)]
    if kept and all(_donor(r) for r in kept):
        kept = []  # "£10 million of UK aid for Yemen": the UK gives it, Yemen gets it
    heads = [h for h in _heads(verb) + ([] if kept else _purposes(verb)) if h.i not in taken]  # a party the
    # general rules found in the purpose ("to support Syrian refugees": Syria) stays
    people = [h for h in heads if _people(h, args)]
    if not people and not kept:
        # "provide GBP 30 million in aid to X": X, read past the currency; "$50 million in support for X's energy
        # grid": X, the owner of what is helped
        owners = [o for h in heads for o in (h, *(c for c in h.children if c.dep_ == "poss"), *(
            _pobjs(h, ("of",)) if h.lemma_.lower() in _words()["generic"] else ()))]  # "the people of X": X
        named = (args.resolve(o, role="recipient", exclude=taken) for o in owners
                 if o.i not in taken and args.mentions.at(o) is not None)
        return [v for v in named if isinstance(v, ArgValue)][:1]
    if not people:
        return [_helped(r, verb, args, taken) for r in kept]
    first = people[0]
    if kept and not all(_within(r.token, first) or _within(first, r.token) for r in kept):
        return kept  # "gave $5 million to Jordan and to refugees": a party named on its own stands
    out: list[ArgValue] = []
    for tok in [first, *(c for c in first.conjuncts if c.i not in taken and _people(c, args))]:
        text = tok.doc[tok.i:tok.right_edge.i + 1].text if tok.lower_ in _words()["gathering_pronouns"] else np_text(tok)
        code = agent_code(tok)
        out.append(ArgValue(EventActor(actor_id=AGENT_PREFIX + code if code else None, name=text, text=text),
                            False, tok))
    return out
