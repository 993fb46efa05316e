"""Wire constructions of diplomatic disputes that the verb lexicon cannot tell by a verb and its object alone.

* Summoning an envoy ("Poland summoned Russia's ambassador over the drone incursion", "the ministry called in the
  Iranian charge d'affaires") is an official protest (CAMEO 114, PLOVER ACCUSE) to the state the envoy represents,
  not a consultation with the envoy.
* A measure taken through an envoy ("recalled its ambassador to France", "ordered the French ambassador to leave",
  "expelled Russia's envoy") is directed at the state the envoy represents or is posted to, not at the envoy as a
  new party (``envoy_states``).
* A deadline given to a party ("the militants gave the government 48 hours to release their commander", "set a
  deadline for Hamas to ...", "gave Belgrade until Friday to ...") is an ultimatum (CAMEO 139, PLOVER THREATEN) to
  that party.
* A judgement given of another's words or act ("Beijing called Tokyo's remarks unacceptable", "described the move
  as a provocation", "branded the vote illegal") is a criticism (CAMEO 111, ACCUSE disapprove) of their author;
  said of a charge ("called the accusations baseless", "dismissed the report as fabricated") it rejects the charge
  (CAMEO 120, REJECT), directed at whoever made it.
* A denial of a part in an act or of a charge ("China denied any role in the cyberattack", "the army denied the
  report") is a rejection (REJECT 120) by the denier, directed at the accuser when the text names one ("denied
  Kyiv's accusations"). When the act denied is coded on its own ("denied supplying drones"), that event takes the
  status denied and the deny verb is consumed by it (``claims``), as before.
* "X said the allegations were baseless" rejects the charge, as "called the allegations baseless" does.
* A warning a state gives its own people ("warned its citizens against travelling to Lebanon") is no threat; a
  proposal or request named as what a verb rejects ("rejected Iran's request for talks") is no event of its own
  (``keeps``).
* A rejection of a proposal, offer or draft is directed at its author ("rejected Kyiv's peace proposal"), never at
  its topic ("vetoed a resolution on Syria" has no recipient) (``with_proposal_author``).
* A conditional warning of the speaker's response is a threat (CAMEO 130) aimed at the party the response is against,
  the party of the "if" clause or the party warned ("said it would take countermeasures against X", "would respond
  firmly if X ...", "X would face consequences", "vowed a resolute response to X's controls"); a response aimed at
  no party ("would respond swiftly to the outbreak") is none, unless it is retaliation.
* Blame is an accusation (CAMEO 112): "holds X responsible", "said X bears responsibility".
* Officials of a foreign party banned from entering a country are a travel ban (SANCTION 163); walking out of or
  pulling out of talks halts them (164) with the other party; a foreign mission ordered closed reduces relations
  (161).
* A rejection of a charge whose accuser is named ("rejected allegations by Rwanda that ...") answers that accuser
  (``answers_accuser``), while the act denied keeps the status denied.

The word lists are ``resources/events/demands.json``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .verdicts import ordering_court
from ..resources import load_word_lists
from .eventargs import ArgValue, Args, is_party_noun, is_passive
from .appeals import asked_that, press_request
from .claimparties import cooperative_claim
from .envoys import envoy_after_date, envoy_states, with_envoy_states
from .envoys import is_envoy as _is_envoy
from .envoys import is_party as _party
from .envoys import named_envoy as _named_envoy
from .envoys import state_of as _country
from .eventlex import Trigger, lexicon
from .obligations import asked_act, asked_content, asked_in_noun, stressed_need
from .phrases import lemma as _lemma
from .phrases import object_of
from .phrases import pobjs
from .tradebans import barred_goods

if TYPE_CHECKING:
    from .triggering import Match

__all__ = ["match", "answers_accuser", "response_verb", "envoy_states", "keeps", "labels_object", "with_envoy_states", "with_proposal_author"]

#: verbs of labelling whose object's modifier may be the judgement (the parser's "called [X's unacceptable remarks]")
_NAMING = frozenset({"call", "term", "brand", "label", "deem", "consider"})


def _words() -> dict[str, frozenset[str]]:
    return load_word_lists("events", "demands.json")


def _trigger(code: str) -> Trigger:
    trig = lexicon().trigger_for_code(code, "curated")
    assert trig is not None, code
    return trig


def with_proposal_author(m: Match, args: Args) -> Match:
    """A rejection of a proposal, offer or draft directed at its author when the text names one ("rejected Kyiv's
    peace proposal"), else at no one ("vetoed a resolution on Syria": Syria is its topic); any other match
    unchanged."""
    if m.nominal or m.light or m.recipients is not None or m.trigger.event_type not in ("REJECT", "AGREE") or \
            m.token != m.anchor:
        return m
    obj = object_of(m.anchor)
    if obj is None or _lemma(obj) not in _words()["proposal_nouns"] | _words()["charge_nouns"]:
        return m
    authors = _judged_author(obj, args)
    if not authors and (_lemma(obj) in _words()["charge_nouns"] or pobjs((m.anchor, obj), ("with",))):
        return m  # "signed a deal with Ethiopia": the party the deal is made with, told as with any agreement
    return replace(m, recipients=authors) if authors else replace(m, recipients=[], parties=[])


def answers_accuser(verb: Token, args: Args) -> bool:
    """True when the deny verb ``verb`` rejects a charge whose maker the text names ("denied Rwanda's allegations
    that ...", "dismissed claims by Kyiv that ..."): a rejection directed at the accuser, coded besides the act
    denied (which takes the denial as its status); a charge of no one named is only that act's status."""
    obj = object_of(verb)
    return obj is not None and _lemma(obj) in _words()["charge_nouns"] and any(
        a.pos_ != "PRON" and a.i != obj.i for a in _judged_author(obj, args))


def _charged(noun: Token) -> bool:
    """An accusation or criticism told as a noun names its author and its target ("Ukraine's accusations against
    Hungary", "Beijing's criticism of the Dutch export rules") and is not what a verb takes ("rejected Kyiv's
    accusations": the rejection is the news)."""
    if noun.dep_ in ("dobj", "obj"):
        return False
    author = any((c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ in ("amod", "compound") and c.ent_type_ in (
        "GPE", "NORP", "ORG")) for c in noun.children)
    target = any(c.dep_ == "prep" and c.lower_ in ("against", "of", "at") and any(
        t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in c.subtree) for c in noun.children)
    return author and target


def _threat_condition(m: Match, found: list[Match]) -> bool:
    """The act of a threat's condition ("threatened to flatten Beirut if Hezbollah fired more rockets", "warned of
    serious consequences if Finland joined NATO", "warned that it would strike back if India attacked its posts"):
    what the threat hangs on, not an act the text tells."""
    anchor = m.anchor
    while anchor.dep_ in ("xcomp", "conj") and anchor.head is not anchor:
        anchor = anchor.head  # "all options are on the table if Apple refuses to comply": the clause of "comply"
    if anchor.dep_ != "advcl" or not _conditional(anchor):
        return False
    up = anchor.head.head
    heads = [anchor.head, *([up] if anchor.head.dep_ in ("xcomp", "ccomp", "csubj") or (
        anchor.head.dep_ == "advcl" and up == _made_clear(up.head)) else [])]
    if heads[-1] == _made_clear(heads[-1].head):
        heads.append(heads[-1].head)  # "made clear that there would be consequences if X ...": the warning's verb
    if any(_lemma(h) in _words()["threat_verbs"] for h in heads):
        return True  # "warned that it would strike back if India attacked its posts"
    return any(o is not m and o.trigger.event_type == "THREATEN" and (o.anchor in heads or o.token.head in heads)
               for o in found)  # "said all options are on the table if X ...": the threat's "options" is on "are"


def _conditional(clause: Token) -> bool:
    """A clause a threat or a promised response hangs on: marked "if", "unless" or "should"."""
    return any(c.dep_ == "mark" and c.lower_ in _words()["threat_condition_marks"] for c in clause.children)


def _condition_parties(verb: Token, args: Args) -> list[Token]:
    """The parties named as subjects of the conditions of ``verb`` ("... if Finland joined NATO"): who a warning
    hanging on them is aimed at."""
    return [s for c in verb.children if c.dep_ == "advcl" and _conditional(c)
            for s in args.subject_heads(c) if _party(s, args) and s.pos_ != "PRON"]


def keeps(m: Match, found: list[Match]) -> bool:
    """False for a match that is no event of its own: a warning a state gives its own people ("warned its citizens
    against travelling to Lebanon": a travel advice, no threat), and a proposal, offer or request named as what a
    verb rejects ("rejected Iran's request for talks": the rejection is the news, as "eased its blockade" is), an
    agreement a measure ends ("suspended its pact with X"), the act an appeal asks to end ("called for a halt to
    attacks") and the act of a threat's condition (``_threat_condition``), and the act an appeal, demand, agreement or
    talk asks, agrees on or weighs (``obligations.asked_content``); a court's order is done (``verdicts``)."""
    if not m.nominal and ordering_court(m.anchor, m.trigger.event_type, m.trigger.mode) is not None:
        return True  # "the court ordered to freeze the accounts": the court's act, not one asked of another
    if m.trigger.event_type == "THREATEN" and not m.nominal and _lemma(m.anchor) == "warn":
        obj = object_of(m.anchor)
        if obj is not None and _lemma(obj) in _words()["own_people_nouns"] and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
            return False
    if _lemma(m.anchor) == "regret" and m.anchor.dep_ == "ccomp" and any(
            o.anchor == m.anchor.head and o.trigger.event_type == "THREATEN" for o in found):
        return False  # "said Israel would regret any attack": the warning is the event, no regret told
    stop = m.anchor.head
    if m.anchor.dep_ == "pcomp" and stop.dep_ == "prep" and stop.lower_ == "from":
        stop = stop.head  # "called on X to refrain from attacking the plants"
    if m.anchor.dep_ in ("xcomp", "pcomp") and _lemma(stop) in _words()["stop_verbs"] and stop.dep_ in (
            "xcomp", "ccomp") and any(o.anchor == stop.head and o.trigger.event_type in ("REQUEST", "THREATEN")
                                      for o in found if o is not m):
        return False  # "called on Moscow to stop shelling the plant": the act asked to end is no act told
    if m.nominal and _asked_to_end(m.token, [o.anchor for o in found if o is not m and
                                             o.trigger.event_type == "REQUEST"]):
        return False  # "called for an immediate halt to attacks on civilians": the appeal is the event
    if press_request(m) or cooperative_claim(m, found):
        return False  # "declined a request for comment" (``appeals``); "claimed that X had sought talks" (``claims``)
    if _threat_condition(m, found):
        return False  # "threatened to flatten X if Y fired more rockets": the condition, no act told
    if not m.nominal and asked_in_noun(m.anchor):
        return False  # "turned into demands that the president step down": the act asked, no act told
    if asked_act(m.anchor, [o.token for o in found if o.trigger.event_type == "REQUEST"]) or asked_content(m, found):
        return False  # "it is essential that the regime provide access", "urged X to ... and to allow access",
        # "agreed that the two countries would intensify cooperation": the act asked or agreed (``obligations``)
    if m.nominal and m.token.dep_ in ("dobj", "obj") and _lemma(m.token.head) in _words()["stop_verbs"] and \
            asked_content(m, found, m.token.head):
        return False  # "urged X to halt its attacks", "X must halt its attacks": asked to end, no attack told
    if m.nominal and _lemma(m.token) in ("accusation", "criticism"):
        return _charged(m.token)
    if m.nominal and m.trigger.event_type == "AGREE" and m.token.dep_ in ("dobj", "obj") and any(
            o.anchor == m.token.head and o.trigger.event_type == "SANCTION" and not o.nominal for o in found):
        return False  # "revoked its military agreement with X": the measure is the news, not an agreement anew
    if m.nominal and m.token.dep_ in ("dobj", "obj") and _lemma(m.token) in _words()["proposal_nouns"]:
        return not any(o.anchor == m.token.head and o.trigger.event_type == "REJECT" and not o.nominal for o in found)
    if (m.anchor.dep_ in ("acl", "ccomp") or m.anchor.dep_ == "relcl" and any(
            c.lower_ == "that" and c.tag_ == "IN" for c in m.anchor.children)) and \
            m.anchor.head.pos_ == "NOUN" and _lemma(m.anchor.head) in _words()["proposal_nouns"] and any(
            o.anchor == m.anchor.head.head and o.trigger.event_type == "REJECT" for o in found):
        return False  # "rejected the demand that it disarm" ("that" a conjunction, even when the parser reads a
        # relative clause): what a rejected demand asks for is no act told
    return True


def _asked_to_end(noun: Token, requests: list[Token]) -> bool:
    """An event noun after a noun of ending that an appeal or demand asks for ("called for an end to attacks on
    civilians", "urged an immediate halt to the shelling", "demanded a cessation of the bombing"): the act is named
    as what is to end, not told as done (``stop_nouns``)."""
    if not requests or noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "of"):
        return False
    stop, nouns = noun.head.head, _words()["stop_nouns"]
    if stop.pos_ == "VERB":  # "urged a stop to the shelling": the parser hangs "to" on the verb
        stop = next((c for c in stop.children if c.dep_ in ("dobj", "obj") and _lemma(c) in nouns), stop)
    if _lemma(stop) not in nouns:
        return False
    verb = stop.head.head if stop.dep_ == "pobj" and stop.head.lower_ == "for" else stop.head
    return stop.dep_ in ("dobj", "obj", "pobj") and verb in requests


def _summon(verb: Token, lemma: str, args: Args) -> Match | None:
    phrase = _phrase(verb)
    envoy = object_of(verb) or envoy_after_date(verb)  # "summoned on Monday the envoy X": the parser's "on"
    if envoy is None and lemma == "call":  # "called in the Chinese ambassador": the parser's preposition
        envoy = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                      if g.dep_ == "pobj"), None)
        phrase = "call in"
    summoners = None
    if is_passive(verb):  # "Russia's envoy was summoned to the foreign ministry in Warsaw"
        envoy = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        summoners = _summoners(verb, args)
        if not summoners:
            return None  # no one named who summoned: an agentless report
    if envoy is None or phrase not in _words()["summon_verbs"] or not (_is_envoy(envoy) or _named_envoy(envoy)) or any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in envoy.children):
        return None  # "summoned to court", "summoned a meeting", "summoned all its ambassadors to Berlin"
    if not _is_envoy(envoy):  # a named envoy or a mission's member: the recipient found by the general rules
        return _match(verb, _trigger("114"), recipients=None)
    states = envoy_states(envoy, args, summoners or args.subject_heads(verb))
    found = _match(verb, _trigger("114"), recipients=[] if states else None)
    found.parties = states or None
    found.actors = summoners
    return found


def _summoners(verb: Token, args: Args) -> list[Token]:
    """Who summoned an envoy told in the passive: the "by" agent, else the ministry the envoy was summoned to, by
    its country modifier or its "in" place ("to the Polish foreign ministry", "to the foreign ministry in Warsaw")."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents:
        return agents
    for office in (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                   if g.dep_ == "pobj"):
        named = [t for t in office.subtree if t.i != office.i and _party(t, args) and _country(t, args) is not None]
        if named:
            return named[:1]
    return []


def _ultimatum(verb: Token, args: Args) -> Match | None:
    words = _words()["deadline_nouns"]
    times = [c for c in verb.children if (c.dep_ in ("npadvmod", "dobj", "obj") and _lemma(c) in words) or
             (c.dep_ == "prep" and c.lower_ == "until")]
    if not times:
        return None
    holders = [verb, *times]
    infinitive = any(c.dep_ in ("advcl", "xcomp", "acl", "relcl") and
                     any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                     for h in holders for c in h.children)
    if not infinitive:
        return None  # "gave three days of talks": no act is asked by the deadline
    given = [c for c in verb.children if c.dep_ == "dative" or (c.dep_ in ("dobj", "obj") and c not in times)] + [
        g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
        if g.dep_ == "pobj"]
    given = [g for g in given if _party(g, args) or _lemma(g) in _words()["ultimatum_parties"]]
    # "gave candidates until Friday to submit their papers", "gave the defence two weeks": a deadline, no ultimatum
    return _match(verb, _trigger("139"), recipients=given) if given else None


def _judged_author(obj: Token, args: Args) -> list[Token]:
    """Who made the words or did the act a judgement is given of: the object itself when it is a party ("called
    Russia irresponsible"), its possessor, its "by" agent (also a party named by a common noun: "rejected demands
    by the protesters for new polls") or its "of" phrase."""
    if _party(obj, args):
        return [obj]
    owners = [c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    found: list[Token] = []
    # "a demand for talks by X", "an offer of talks from X": the parser hangs the author on the talks proposed
    talks = [g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children
             if g.dep_ == "pobj" and _lemma(g) in _words()["talks_nouns"]] \
        if _lemma(obj) in _words()["proposal_nouns"] else []
    for holder in (obj, *(c for c in obj.children if c.dep_ == "acl"), *talks):
        found += [p for c in holder.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of", "from")
                  for g in c.children if g.dep_ == "pobj"
                  for p in ([g] if _party(g, args) else [t for t in g.lefts if t.dep_ == "compound" and
                                                          _party(t, args)][:1] or  # "by [Uganda baseless]"
                            [t for t in g.rights if t.dep_ == "appos" and _party(t, args)][:1] or  # "the group X"
                            ([g] if c.lower_ == "by" and is_party_noun(g) else []))]  # "calls by the protesters"
    # a party modifier names the author unless a "by" phrase does ("the Security Council resolution drafted by
    # Albania": the council is the forum, Albania the author)
    modifiers = [c for c in obj.lefts if c.dep_ in ("amod", "compound") and _party(c, args)]
    by = any(a.head.lower_ == "by" for a in found)
    return owners + found if by else owners + modifiers + found


def _judgement(verb: Token, obj: Token, lemma: str) -> set[str]:
    words = _words()
    judged = words["disapproval_words"] | words["falsity_words"]
    said: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "ccomp", "xcomp"):
            said |= {w for t in child.subtree for w in (_lemma(t), t.lower_)}  # "unjustified": its lemma misread
        if child.dep_ == "prep" and child.lower_ == "as":
            said |= {_lemma(t) for t in child.subtree}
    phrases: list[str] = []
    for child in obj.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            said |= {_lemma(t) for t in child.subtree}
            phrases.append(" ".join(t.lower_ for t in child.subtree))
        if lemma in _NAMING and child.dep_ in ("amod", "oprd") and child.i > obj.i - 2:
            said.add(_lemma(child))  # "called [Tokyo's unacceptable] remarks": the parser's amod after the object
        if lemma in _NAMING and child.dep_ in ("dobj", "appos", "oprd", "attr", "npadvmod", "acl") and child.i > obj.i:
            # "called [the senator's visit [a serious provocation]]": the judgement parsed inside the object
            said |= {_lemma(t) for t in child.subtree}
            phrases.append(" ".join(t.lower_ for t in child.subtree))
    if lemma in _NAMING:  # "called [the allegations by [Congo baseless]]": the parser hangs the judgement in a phrase
        said |= {_lemma(t) for t in obj.subtree if t.i > obj.i and t.dep_ in ("pobj", "appos") and (
            t.pos_ == "ADJ" or (t.i == obj.right_edge.i and t.lower_ in words["falsity_words"]))}
    phrases += [" ".join(t.lower_ for t in c.subtree) for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp",
                                                                                          "xcomp")]
    found = said & judged
    if any(p in text for p in words["disapproval_phrases"] for text in phrases):
        found.add("unacceptable")  # "called the resolution politically motivated"
    return found


def labels_object(verb: Token) -> bool:
    """A verb of naming that gives its object a label ("called the sanctions unreasonable", "called the strike on X a
    success", "termed the truce a trick"): a judgement of the act named, not the act called or done anew (the light
    verb "call" of "called a strike", "called a ceasefire"). The label is a predicative complement after the object,
    or, as the parser reads "called [the truce offer] [a trick]", a second noun phrase after it."""
    if _lemma(verb) not in _NAMING or any(c.dep_ == "prt" for c in verb.children):
        return False
    obj = object_of(verb)
    if obj is None:
        return False
    return any(c.dep_ in ("oprd", "acomp") and c.i > obj.i for c in verb.children) or any(
        c.dep_ in ("dobj", "dep") and c.i > obj.i and c.i != obj.i for c in verb.children)


def _labelling(verb: Token, lemma: str, args: Args) -> Match | None:
    if lemma not in _words()["labelling_verbs"]:
        return None
    obj = object_of(verb)
    if obj is None and lemma in _NAMING:  # "considers [the Swedish decision a violation]": the parser's small clause
        obj = next((s for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ")
                    for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    if obj is None or any(c.dep_ == "prt" for c in verb.children):
        return None  # "called on", "called off"
    said = _judgement(verb, obj, lemma)
    if not said:
        return None
    authors = _judged_author(obj, args)
    words = _words()
    if said & words["falsity_words"] and (_lemma(obj) in words["charge_nouns"] | {"accusation", "allegation"}):
        return _match(verb, _trigger("120"), recipients=authors or None)
    if lemma == "dismiss" or not authors:
        return None  # "called the situation dangerous": no party judged
    return _match(verb, _trigger("111"), recipients=authors)


def _false_charge(verb: Token, args: Args) -> Match | None:
    """"Moscow said the allegations were baseless": the speaker rejects the charge, directed at whoever made it;
    "Beijing said Manila's deployment of a vessel was unacceptable": the speaker criticises the measure's author;
    "Beijing said Manila was irresponsible": the party judged."""
    words = _words()
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        charges = [c for c in subjects if _lemma(c) in words["charge_nouns"]]
        predicates = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        judged = {_lemma(t) for c in predicates for t in c.subtree}
        if charges and judged & words["falsity_words"]:
            return _match(verb, _trigger("120"), recipients=_judged_author(charges[0], args))
        text = " ".join(" ".join(t.lower_ for t in c.subtree) for c in predicates)
        if _lemma(clause) == "be" and subjects and not charges and (judged & words["disapproval_words"] or any(
                p in text for p in words["disapproval_phrases"])):
            if _party(subjects[0], args):
                # "Beijing said Manila was irresponsible": the party judged as a whole is the one criticised (not
                # the speaker itself, nor a pronoun: "said it was unacceptable" judges something said before)
                speakers = {s.i for s in args.subject_heads(verb)}
                if subjects[0].pos_ != "PRON" and subjects[0].i not in speakers:
                    return _match(verb, _trigger("111"), recipients=[subjects[0]])
                continue
            authors = [a for a in _judged_author(subjects[0], args) if a.pos_ != "PRON"]
            if authors:
                return _match(verb, _trigger("111"), recipients=authors)
    return None


def _held_responsible(verb: Token, args: Args) -> Match | None:
    """"Iran holds the United States responsible for the strikes" (the parser's small clause or second object):
    an accusation (CAMEO 112) of the party held to account."""
    words = _words()
    for adj in (c for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")):
        if _lemma(adj) not in words["blame_words"]:
            continue
        held = [c for c in adj.children if c.dep_ in ("nsubj", "nsubjpass")] or [
            c for c in verb.children if c.dep_ in ("dobj", "obj")]
        held = [h for h in held if h.pos_ != "PRON" and _party(h, args)]
        return _match(verb, _trigger("112"), recipients=held) if held else None
    return None


def _blamed_in_clause(verb: Token, args: Args) -> Match | None:
    """"Egypt said Israel bears full responsibility for the catastrophe", "said the responsibility lies with X": the
    speaker accuses (112) the party it says bears the responsibility."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if _lemma(clause) not in ("bear", "carry") or not any(
                _lemma(c) in ("responsibility", "blame") for c in clause.children if c.dep_ in ("dobj", "obj")):
            continue
        held = [s for s in args.subject_heads(clause) if s.pos_ != "PRON" and _party(s, args)]
        if held:
            return _match(verb, _trigger("112"), recipients=held)
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and _lemma(c) in ("lie", "rest")):
        # "said the blame rests wholly with Hanoi": the party it rests with
        if any(_lemma(s) in ("responsibility", "blame", "fault") for s in clause.children if s.dep_ == "nsubj"):
            held = [g for g in pobjs([clause], ("with", "on", "upon")) if g.pos_ != "PRON" and _party(g, args)]
            if held:
                return _match(verb, _trigger("112"), recipients=held)
    return None


def _phrase(verb: Token) -> str:
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{_lemma(verb)} {particle}" if particle else _lemma(verb)


def response_verb(verb: Token) -> bool:
    """``verb`` is a verb of responding ("respond", "retaliate", "hit back": ``response_verbs``), whose future told
    with no verb of saying is a warning (``_bare_response``)."""
    return _phrase(verb) in _words()["response_verbs"]


def _will(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children)


def _may_face_measures(verb: Token) -> bool:
    """"could face sanctions", "may consider penalties": a possible measure told with "could", "may" or "might"
    warns as "would" does."""
    obj = object_of(verb)
    return obj is not None and _punitive(obj) and (_phrase(verb) == "face" or _phrase(verb) in _words()[
        "weighing_verbs"]) and any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might") for c in verb.children)


def _against(tok: Token, args: Args) -> list[Token]:
    """The parties of an "against" phrase of the verb, of its object, or hung by the parse on a noun of one of its
    phrases ("will adopt countermeasures in accordance with the law against two Dutch suppliers")."""
    found = [g for h in (tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj"))) for c in h.children
             if c.dep_ == "prep" and c.lower_ == "against" for g in c.children if g.dep_ == "pobj" and _party(g, args)]
    if found:
        return found
    return [g for c in tok.children if c.dep_ == "prep" for t in c.subtree if t.dep_ == "prep" and t.lower_ == "against"
            and t.head.pos_ == "NOUN" for g in t.children if g.dep_ == "pobj" and _party(g, args)]


def _response(act: Token, speakers: list[Token], args: Args) -> list[Token] | None:
    """The parties a promised response is aimed at (maybe none) when ``act`` tells one ("take countermeasures
    against X", "respond firmly if X ...", "X would face consequences", "retaliate"), else None."""
    words = _words()
    lemma, obj = _phrase(act), object_of(act)
    if lemma == "hesitate" and any(c.dep_ == "neg" for c in act.children):  # "would not hesitate to take measures"
        inner = next((c for c in act.children if c.dep_ == "xcomp"), None)
        return _response(inner, speakers, args) if inner is not None else None
    against = _against(act, args)
    conditions = _condition_parties(act, args)
    objs = {t for t in (obj.subtree if obj is not None else ())}
    told = {_lemma(t) for t in objs}
    if lemma == "be" and any(c.dep_ == "expl" for c in act.children):  # "there would be consequences for X"
        held = [c for c in act.children if c.dep_ in ("attr", "nsubj") and _lemma(c) in words["consequence_nouns"]]
        return [g for c in held for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "against")
                for g in p.children if g.dep_ == "pobj" and _party(g, args)] + conditions if held else None
    if lemma == "meet" and is_passive(act) and any(_lemma(g) in words["consequence_nouns"] for c in act.children
                                                  if c.dep_ == "prep" and c.lower_ == "with" for g in c.children):
        # "any Israeli attack would be met with a strong response": aimed at the attack's author
        return [a for s in act.children if s.dep_ == "nsubjpass" for a in _judged_author(s, args)] + conditions
    if lemma in words["weighing_verbs"] and obj is not None and _punitive(obj):
        # "warned it would weigh new sanctions against X": the sanctions weighed are aimed at X
        return against or _on_parties(obj, args) or conditions
    if lemma in ("face", "pay", "suffer") and told & (words["consequence_nouns"] | words["sanction_nouns"]) or \
            lemma == "regret" and obj:
        # "X would face consequences", "X will regret any attack on our soil": a warning to X
        faced = [s for s in args.subject_heads(act) if s.pos_ != "PRON" and s.i not in {x.i for x in speakers}]
        return against or faced or conditions
    if lemma in words["drawing_verbs"] and obj is not None and _lemma(obj) in words["consequence_nouns"] and any(
            c.dep_ == "amod" and _lemma(c) in words["response_adjectives"] for c in obj.children) and any(
            _lemma(h) in words["hostile_acts"] | words["action_nouns"] for h in args.subject_heads(act)):
        # "any attack on our territory will receive a decisive response": aimed at whoever would do it
        return [a for h in args.subject_heads(act) for a in _judged_author(h, args)] + conditions
    if lemma in {"have", "bring", "carry", "entail", *words["drawing_verbs"]} and obj is not None and \
            _lemma(obj) in words["consequence_nouns"]:
        # "any further expansion of X would have consequences": aimed at the author of the act, when one is named
        authors = [a for h in args.subject_heads(act) if h.pos_ != "PRON" for a in _judged_author(h, args)
                   if a.pos_ != "PRON"]
        if authors:
            return authors + conditions
    if lemma in ("take", "adopt", "impose") and (told & set(words["response_measures"]) or (
            told & set(words["action_nouns"]) and (against or conditions))):
        return against or conditions
    if lemma in words["response_verbs"]:
        to = pobjs([act], ("to",))
        answered = {_lemma(t) for g in to for t in g.subtree}
        against = against or [a for g in to for a in _judged_author(g, args) if a.pos_ != "PRON"]  # "any provocation by X"
        manner = {_lemma(t) for c in act.children if c.dep_ in ("advmod", "prep", "npadvmod") for t in c.subtree}
        if lemma in words["retaliation_verbs"] or conditions or manner & set(words["response_manners"]) or \
                answered & (words["disapproval_words"] | words["hostile_acts"]):
            return against or conditions
    return None


def _punitive(noun: Token) -> bool:
    """The noun names sanctions or penalties ("further sanctions", "penalties"), or measures, actions or steps of a
    punitive kind or a response's firmness ("strong and swift economic actions", "tough steps")."""
    words = _words()
    if _lemma(noun) in words["sanction_nouns"]:
        return True
    return _lemma(noun) in words["action_nouns"] and any(
        c.dep_ in ("amod", "compound") and _lemma(c) in words["punitive_kinds"] | words["response_measures"]
        for c in noun.children)


def _on_parties(noun: Token, args: Args) -> list[Token]:
    """The parties of the noun's "on" phrase ("sanctions on Managua")."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
            if g.dep_ == "pobj" and _party(g, args)]


def _promised_response(verb: Token, args: Args) -> Match | None:
    """"China vowed a resolute response to the new American export controls", "warned Lithuania of a firm
    response": a threat (130) aimed at the party warned, the author of what is answered or the party it is
    against; so are measures named as a response ("warned of retaliatory measures if X ...", "vowed reciprocal
    measures against Y"), unless announced (then taken)."""
    words = _words()
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + pobjs([verb], ("of",))
    hostile = words["disapproval_words"] | words["hostile_acts"]
    measures = {n for n in nouns if _lemma(verb) != "announce" and _punitive(n)}
    # "warned of retaliatory measures if X ...", "promised swift economic actions if ...", "warned of sanctions if ..."
    nouns = [n for n in nouns if n in measures or _lemma(n) in words["consequence_nouns"] and _lemma(n) != "force" and (
        _lemma(n) not in ("response", "answer") or _lemma(verb) in words["threat_verbs"] or any(
            # "promised a response to the letter": a reply, no threat
            c.dep_ == "amod" and _lemma(c) in words["response_adjectives"] for c in n.children) or any(
            _lemma(t) in hostile for c in n.children if c.dep_ == "prep" and c.lower_ == "to" for t in c.subtree))]
    if not nouns or is_passive(verb):
        return None
    warned = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative") and _party(c, args)]
    aimed = [a for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in ("to", "against", "for", "on")
             for g in c.children if g.dep_ == "pobj"
             for a in ([g] if _party(g, args) else _judged_author(g, args)) if a.pos_ != "PRON"]
    conditions = _condition_parties(verb, args)  # "... if Finland joined NATO"
    if not (warned or aimed or conditions or any(c.dep_ == "advcl" and _conditional(c) for c in verb.children)):
        return None  # "vowed a swift response to the floods", "warned of the consequences of the drought"; a
        # response hanging on a condition ("vowed a crushing response if any drones cross its border") threatens
    return _match(verb, _trigger("130"), recipients=warned or aimed or conditions)


def _warning(verb: Token, args: Args) -> Match | None:
    """"Russia said it would take countermeasures against Finland", "China warned that it would respond firmly if
    Japan ...": a conditional warning (THREATEN 130) by the speaker, directed at the party the response is aimed at;
    "warned Iran that it would face consequences" keeps the warned party."""
    if is_passive(verb):
        return None
    speakers = args.subject_heads(verb)
    for clause in (a for c in _said_clauses(verb) for a in (c, *c.conjuncts)):
        act = clause  # "said Beijing rejects the listing and will take countermeasures against X": the conjunct too
        if not (_will(act) or _may_face_measures(act)):
            continue
        aimed = _response(act, speakers, args)
        if aimed is None:
            continue
        warned = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative") and _party(c, args)]
        if not (warned or aimed) and _phrase(act) not in _words()["retaliation_verbs"] | _words()["drawing_verbs"] and \
                not any(_lemma(s) in _words()["hostile_acts"] for s in act.children if s.dep_ == "nsubjpass") and \
                not pobjs([act], ("against",)):
            continue  # "would respond swiftly to the cholera outbreak": a response aimed at no party is no threat;
            # "any attack on our sites would be met with a crushing response" answers whoever attacks, "would
            # respond against the airfields" hits a target: threats
        return _match(verb, _trigger("130"), recipients=warned or aimed or [])
    return None


def _made_clear(verb: Token) -> Token | None:
    """The "clear" of "made (it) clear that ..." (or "plain"), a verb of saying by its phrase; else None."""
    if _lemma(verb) != "make":
        return None
    return next((c for c in verb.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.lower_ in (
        "clear", "plain")), None)


def _said_clauses(verb: Token) -> list[Token]:
    """The clauses ``verb`` says: its that-clauses, and for "made clear that ..." the clause the parser hangs on
    "clear" as well ("made clear that there would be consequences if X ...")."""
    clear = _made_clear(verb)
    said = [c for c in verb.children if c.dep_ == "ccomp" and c != clear]
    if clear is not None:
        said += [c for c in clear.children if c.dep_ in ("ccomp", "csubj", "advcl") and c.pos_ in ("VERB", "AUX")
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return said


def _bare_response(verb: Token, args: Args) -> Match | None:
    """"Russia will retaliate against any deployment of US missiles", "Ankara will respond to any provocation by X"
    told with no verb of saying: the subject's warning of a response (THREATEN 130), aimed at the party it is
    against or the author of what it answers, as ``_warning`` reads it after "said"; a response aimed at no party
    ("will respond to the floods") is none."""
    aimed = _response(verb, args.subject_heads(verb), args)
    if aimed is None or not aimed and _phrase(verb) not in _words()["retaliation_verbs"]:
        return None
    if not aimed:  # "will retaliate against any deployment of US missiles": the author of what is answered
        aimed = [a for g in pobjs([verb], ("against",)) for a in _judged_author(g, args) if a.pos_ != "PRON"]
    return _match(verb, _trigger("130"), recipients=aimed)


def _reserved_response(verb: Token, args: Args) -> Match | None:
    """"Moscow reserves the right to respond", "said it reserved the right to retaliate against X": a warning of a
    response (THREATEN 130) by the subject, aimed at the party it is against or the author of what it answers."""
    obj = object_of(verb)
    if obj is None or _lemma(obj) != "right" or is_passive(verb):
        return None
    acts = [t for t in obj.subtree if t.pos_ == "VERB" and _phrase(t) in _words()["response_verbs"]]
    if not acts:
        return None
    aimed = _against(acts[0], args) + [a for g in pobjs([acts[0]], ("to",)) for a in (
        [g] if _party(g, args) else _judged_author(g, args)) if a.pos_ != "PRON"]
    return _match(verb, _trigger("130"), recipients=aimed)


def _denial(verb: Token, args: Args) -> Match | None:
    obj = object_of(verb)
    words = _words()
    if obj is None and any(c.dep_ == "ccomp" for c in verb.children) and not is_passive(verb):
        # "denied that Hezbollah stores weapons at the airport": a denial of what others say; when the act denied is
        # coded on its own, that event takes the denial as its status and this match is consumed (``claims``)
        return _match(verb, _trigger("120"), recipients=[])
    if obj is None or _lemma(obj) not in words["role_nouns"] | words["charge_nouns"]:
        return None
    accusers = _judged_author(obj, args) if _lemma(obj) in words["charge_nouns"] else []
    return _match(verb, _trigger("120"), recipients=accusers or [])


def _travel_ban(verb: Token, args: Args) -> Match | None:
    """"Moscow banned 50 British officials from entering Russia": a travel ban (SANCTION 163) on the party the
    people belong to, when it is not the actor's own."""
    obj = object_of(verb)
    if obj is None or not any(_lemma(g) in _words()["entry_verbs"] or g.dep_ == "pobj" and _lemma(g) in _words()[
            "entry_places"] for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children):
        return None  # "from entering Russia", "from the country"
    states = envoy_states(obj, args, args.subject_heads(verb)) or (
        [v] if _party(obj, args) and isinstance(v := args.resolve(obj, role="recipient"), ArgValue) else [])
    if not states:
        return None  # "banned residents from entering the flooded zone": a restriction at home (COERCE 172)
    found = _match(verb, _trigger("163"), recipients=[])
    found.parties = states
    return found


def _talks_quit(verb: Token, args: Args) -> Match | None:
    """"Hamas pulled out of the ceasefire negotiations with Israel", "walked out of the talks", "withdrew from the
    dialogue with X": talks halted (SANCTION 164), directed at the party they were with."""
    words = _words()
    direct = [g for c in verb.children if c.dep_ in ("dobj", "obj") for g in [c]] if _lemma(verb) in (
        "quit", "leave", "exit") else []
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("out", "from", "of")] + [
        g for c in verb.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out"
        for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
    talks = [t for t in direct + [g for p in preps for g in p.children if g.dep_ == "pobj"]
             if _lemma(t) in words["talks_nouns"]]
    if not talks:
        return None
    partners = [g for c in talks[0].children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                if g.dep_ == "pobj"]
    trig = lexicon().trigger_for_code("164", "curated") or Trigger("SANCTION", mode="withdraw", cameo="164")
    return _match(verb, trig, recipients=partners or [])


def _mission_closed(verb: Token, args: Args) -> Match | None:
    """"Riga ordered the closure of the Russian consulate in Daugavpils": a mission closed reduces diplomatic
    relations (SANCTION 161) with the state it belongs to."""
    obj = object_of(verb)
    if obj is None or _lemma(obj) not in ("closure", "closing", "shutdown"):
        return None
    missions = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj" and _lemma(g) in _words()["mission_nouns"]]
    states = envoy_states(missions[0], args, args.subject_heads(verb)) if missions else []
    if not states:
        return None
    found = _match(verb, _trigger("161"), recipients=[])
    found.parties = states
    return found


def _match(verb: Token, trig: Trigger, recipients: list[Token] | None) -> Match:
    from .triggering import Match as Found

    return Found(verb, trig, verb, recipients=recipients)


def match(tok: Token, args: Args) -> Match | None:
    """The match of one of this module's constructions headed by the verb ``tok``, or None."""
    if tok.pos_ != "VERB":
        return None
    lemma = _lemma(tok)
    if lemma in ("summon", "call", "convoke"):
        found = _summon(tok, lemma, args)
        if found is not None:
            return found
    if lemma in _words()["deadline_verbs"]:
        found = _ultimatum(tok, args)
        if found is not None:
            return found
    if lemma == "deny":
        return _denial(tok, args)
    if lemma == "ask" and (found := asked_that(tok, args)) is not None:
        return found  # "asked that Serbia recognise ..." (``appeals``)
    if (obliged := stressed_need(tok, args)) is not None:  # "stressed the need for X to ..." (``obligations``)
        return _match(tok, Trigger("REQUEST", mode="demand", cameo="100", source="curated"), obliged)
    if lemma in ("ban", "bar", "prohibit"):
        return _travel_ban(tok, args) or barred_goods(tok, args)  # a trade ban (``tradebans``)
    if lemma in ("order", "announce", "decide"):
        found = _mission_closed(tok, args)
        if found is not None:
            return found
    if lemma in _words()["quit_verbs"]:
        return _talks_quit(tok, args)
    if _phrase(tok) in _words()["warning_verbs"] or lemma in _words()["promise_verbs"] or _made_clear(tok) is not None:
        found = _warning(tok, args) or _promised_response(tok, args)
        if found is not None:
            return found
    if lemma in _words()["reserving_verbs"]:
        return _reserved_response(tok, args)
    if _phrase(tok) in _words()["response_verbs"] and _will(tok) and tok.dep_ in ("ROOT", "conj"):
        return _bare_response(tok, args)
    if lemma == "hold":
        return _held_responsible(tok, args)
    if lemma in _words()["saying_verbs"]:
        return _false_charge(tok, args) or _blamed_in_clause(tok, args)
    return _labelling(tok, lemma, args)
