"""Acts stated as intents, threats and failures: the statement of intent an announced act becomes (PLOVER AGREE,
THREATEN, REJECT), the kind of threat by the act threatened, and verbs whose event gives way to the act they govern.

* ``as_intent``: a future act stated as the actor's own intent is that statement ("X is ready to visit Y": AGREE;
  "will strike Y": THREATEN; "will not accept": REJECT; "will no longer tolerate X": a warning, THREATEN; a meeting
  or visit announced or said for later, "X said it will visit Y", stays the meeting, predicted), unless a
  named state forecasts another party's act (``foreign_forecast``); verbal support said to go on ("reiterated that
  the UN will continue to support X") stays the statement of support (SUPPORT), as the guideline has it, and aid
  said to go on ("will continue to provide training to X") stays the aid, predicted;
* ``threat``/``threat_kinds``: a threat takes its CAMEO code from the act threatened ("threatened sanctions" 1312);
* ``governing_acts``: "failed to X" is a refusal only of a cooperative act; a pledge of a conflict act is the threat,
  a decision to impose a measure the measure.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from .claimparties import speaks_for
from .claims import Claim, claim_cues
from .cooperation import intent_code
from .demands import response_verb
from .eventargs import ArgValue, Args
from .eventlex import Trigger, intent_cues, plover_for_cameo, threat_code
from .phrases import lemma as _lemma
from .phrases import object_of
from .phrases import pobjs
from .triggering import CONFLICT_TYPES, Match

__all__ = ["announced", "scheduled", "INTENT_CUES", "COOPERATION", "CONFLICT", "as_intent", "foreign_forecast", "governing_acts", "threat",
           "threat_kinds"]

#: a future event announced by its own actor ("X will visit Y", "X is ready to send troops", "X said it would
#: boycott ...") is coded as what happened: a statement of intent (PLOVER AGREE / THREATEN; REJECT when negated)
INTENT_CUES = frozenset({"will", "shall", "would", "'ll", "wo", "willing", "ready", "prepared", "plan", "intend",
                         "pledge", "promise", "vow", "decide", "going", "set", "determined", "poised"})
COOPERATION = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
CONFLICT = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
#: verbs of saying that make a possible conflict act of the speaker's side a threat ("warned that it could strike")
_WARN_VERBS = frozenset({"warn", "threaten", "vow"})
#: measures a decision takes rather than promises ("decided to extend the arms embargo", "voted to lift sanctions"),
#: and aid a government decides to give ("decided to grant X a further 5 million dollars in relief"): the
#: grant is made by the decision, as an announced one is; "pledged" or "agreed to provide" stays intent (CAMEO 033);
#: and protests a party decides on ("decided to boycott the convention", "the union voted to strike"): the boycott or
#: strike is the act, as the measure is; "said it would boycott the vote" stays a threat (CAMEO 1312)
_DECIDED_MEASURES = frozenset({"SANCTION", "CONCEDE", "AID", "PROTEST"})
#: the CAMEO codes of sanctions or restrictions eased or lifted (081 administrative, 085 economic)
_EASED = frozenset({"081", "085"})
#: the protests a decision is: a boycott or a strike decided is the refusal or the stoppage itself; a march, rally or
#: sit-in decided on is still to be held ("farmers decided to rally outside parliament on Friday": an intent)
_DECIDED_PROTESTS = frozenset({"boycott", "strike"})
#: a state's restrictions a decision imposes as it does sanctions ("the cabinet decided to ban all rallies",
#: "decided to close the weekly": docs/annotation.md, a measure "decided" is the measure, asserted); a deportation
#: decided is the measure too, as an expulsion decided is ("decided to deport 40 migrants")
_DECIDED_RESTRICTIONS = frozenset({"restrict", "ban", "censor", "curfew", "martial-law", "deport"})
#: forces a government or commander decides to pull out ("decided to pull out of Mali", "decided to withdraw its
#: troops"): the decision orders the withdrawal, which is the act (RETREAT withdraw), as a measure decided is; a
#: withdrawal only said or promised ("said it will withdraw") stays the statement of intent below
_DECIDED_WITHDRAWALS = frozenset({"withdraw"})
#: nouns of a threat whose infinitive tells the act threatened ("a threat to use force against X")
_THREAT_NOUNS = frozenset({"threat", "warning", "ultimatum"})
#: verbal stances whose "cannot" is a refusal of what is put to the party ("could not accept the proposal")
_STANCES = frozenset({"AGREE", "SUPPORT"})
#: modals of ability: negated, a stance's refusal
_ABILITY = frozenset({"can", "could"})
#: bare future auxiliaries: with no verb of saying over them ("X will travel to Y on 16 November" in a release) they
#: schedule the act itself (PLOVER's auxiliary mode "future": the act's own type, status predicted); said by someone
#: ("X said it will ...") or with an intent word ("plans", "is ready to") they express intent (CAMEO 03: AGREE)
_SCHEDULING = frozenset({"will", "shall", "'ll", "set"})
#: what places a meeting or visit in the diary rather than in a party's wishes ("will visit", "would travel", "plans
#: to meet", "is going to host"): with no cue or a verb of telling over it, the meeting planned (CONSULT, predicted);
#: "is ready to", "is willing to", "pledged to" hold talks stay intent (CAMEO 036)
_PLANNED = _SCHEDULING | {"would", "plan", "going"}
#: deployments announced for a date or plan ("will deploy 4,000 more troops to X, the alliance said"): the
#: guideline's planned act, status predicted, even when someone says it; a deployment to a partner is no threat.
#: "is ready to send troops" and "warned it would deploy" stay intent and threat; an announced withdrawal or
#: release stays a statement of intent (AGREE), as PLOVER's gold records code "said they will release X"
_MOVES = frozenset({"MOBILIZE"})


def foreign_forecast(claim: Claim, actors: list[ArgValue], args: Args) -> bool:
    """A named state or organisation tells what another named party will do ("Pakistan warned that the Taliban
    would attack X"): its forecast, not that party's stated intent. A person or an unnamed source is taken to speak
    for the actor (their side is seldom known)."""
    if claim.source is None or not actors or not all(a.linked and a.actor.actor_id for a in actors):
        return False
    source = args.resolve(claim.source)
    if not isinstance(source, ArgValue) or not source.linked or not source.actor.actor_id:
        return False
    known = claim.source.doc._.actors or {}
    if any(getattr(known.get(v.actor.actor_id), "kind", "person") in ("person", "media") or
           (v.actor.actor_id or "").startswith(("new:", "agent:")) for v in (source, *actors)):
        return False
    return not speaks_for(claim.source, actors, args)


def _monitors_withdrawn(m: Match) -> bool:
    """A pull-out of one's own inspectors or observers ("will withdraw its inspectors"): a threat as it is used, not
    a measure; an ambassador withdrawn is one."""
    obj = object_of(m.token) if m.trigger.mode == "withdraw" else None
    return obj is not None and _lemma(obj) in intent_cues()["withdrawn_monitors"]


def _standing(act: Token) -> bool:
    """``act`` is governed by a verb of going on ("will continue to support", "would keep backing"), also as a later
    member of its infinitive's list ("will continue to press Tbilisi on reforms and support Georgia"): a standing
    position restated, not a new intent."""
    while act.dep_ == "conj" and act.head.pos_ in ("VERB", "AUX"):
        act = act.head
    return act.dep_ == "xcomp" and _lemma(act.head) in intent_cues()["standing_verbs"]


def _faulted(act: Token) -> bool:
    """``act`` is what a party is blamed for, the gerund of a "for" or "of" phrase of a verb ("rebuked X for not
    cooperating", "accused Y of not cooperating")."""
    return act.dep_ == "pcomp" and act.head.lower_ in ("for", "of") and act.head.head.pos_ == "VERB"


def _cannot(act: Token) -> bool:
    """``act`` is said to be impossible for its doer ("could not accept", "cannot support"): a party that says it
    cannot take what is put to it refuses it."""
    return any(c.dep_ == "aux" and c.lemma_.lower() in _ABILITY for c in act.children)


def as_intent(m: Match, claim: Claim, own: bool = True) -> tuple[Match, Claim]:
    """A future event stated as the actor's own intent becomes the statement: AGREE (cooperation), THREATEN
    (conflict), REJECT (a negated cooperative intent: "will not accept"), THREATEN for a negated intent of
    forbearance ("will no longer tolerate X", ``intents.json``); a sanctions measure announced ("said it will freeze
    the assets of X") stays the measure, predicted; a conflict act someone warns may happen
    ("warned that Pakistan could strike ... if the attacks continued") is a threat whatever the modal, when the
    warner's side would do it. Nothing changes when the intent is not the actor's own (``own`` False: "Pakistan
    warned that the Taliban would attack X" is Pakistan's forecast of an attack, no Taliban threat)."""
    base = m.trigger.event_type
    if claim.status == "negated" and base == "COOPERATE" and _faulted(m.token):
        # "censured X for not cooperating with the agency", "accused Y of not co-operating": the non-compliance the
        # party is faulted for, a refusal (the guideline's REJECT: "failed to co-operate"), not a joint act denied
        return replace(m, trigger=Trigger("REJECT", mode=None, context=m.trigger.context, cameo="120",
                                          source=m.trigger.source)), _stated(claim)
    if not own:
        return m, claim
    if base == "THREATEN" and claim.status in ("predicted", "hypothetical") and claim.cue is None and \
            response_verb(m.token):
        return m, _stated(claim)  # "Russia will retaliate against X": the warning is made now (``demands``)
    if claim.status == "negated" and base in _STANCES and _cannot(m.token):
        # "said it could not accept the proposal", "cannot support the draft": a refusal (CAMEO 120), not an
        # agreement denied
        return replace(m, trigger=Trigger("REJECT", mode=None, context=m.trigger.context, cameo="120",
                                          source=m.trigger.source)), _stated(claim)
    warned = claim.cue is not None and claim.cue.lemma_.lower() in _WARN_VERBS and base in CONFLICT and \
        claim.status in ("predicted", "hypothetical") and base != "THREATEN"
    if warned:  # "X warned that it could strike Y if ...": a threat, whatever the modal
        return replace(m, trigger=threat(m.trigger)), _stated(claim)
    if (base in _DECIDED_MEASURES and (base != "PROTEST" or m.trigger.mode in _DECIDED_PROTESTS) or
            base == "COERCE" and m.trigger.mode in _DECIDED_RESTRICTIONS or
            base == "RETREAT" and m.trigger.mode in _DECIDED_WITHDRAWALS) and \
            claim.status == "predicted" and claim.modal in intent_cues()["decision_verbs"]:
        return m, _stated(claim)  # "the Council decided to extend the embargo on X": the measure, taken; "decided to
        # boycott the talks": the boycott; "decided to pull out": the withdrawal
    if (base == "SANCTION" and not _monitors_withdrawn(m) or base == "CONCEDE" and m.trigger.cameo in _EASED) and \
            claim.status == "predicted" and claim.modal in _SCHEDULING | {"would"} and (
            claim.cue is None or _lemma(claim.cue) in intent_cues()["announcing_verbs"]):
        # "announced it would prohibit all aid to X", "said it will freeze the assets of Y": a measure of a sanctions
        # notice announced is the measure, predicted; a pull-out of one's own people announced ahead ("will withdraw
        # its inspectors") stays the threat it is used as; sanctions or restrictions to be lifted, announced ("announced
        # he would lift the sanctions on X"), are the concession, predicted, as measures to be imposed are
        return m, claim
    if base == "SUPPORT" and claim.status == "predicted" and _standing(m.token) and not (
            claim.cue is None and claim.modal in _SCHEDULING):
        return m, _stated(claim)  # "said the EU will continue to support the reforms": support stated
    if base == "AID" and claim.status == "predicted" and _standing(m.token):
        return m, claim  # "said he will continue to provide training to X", "will keep training X": aid that goes on,
        # the guideline's planned act ("will provide"), not a new statement of intent
    if claim.forecast or claim.modal not in INTENT_CUES or base in ("THREATEN", "REQUEST", "REJECT", "ACCUSE") or (
            base == "AGREE" and claim.status != "negated"):
        return m, claim
    if claim.status == "predicted" and claim.cue is None and claim.modal in _SCHEDULING:
        return m, claim  # announced or scheduled by the text itself: the act, status predicted
    if base == "CONSULT" and claim.status == "predicted" and claim.modal in _PLANNED and _telling(claim.cue):
        return m, claim  # "X and Y will reportedly meet in Geneva", "X will pay an official visit to Y, the
        # ministry announced", "said he plans to meet Y": the meeting or visit announced for later, predicted, as
        # the guideline's "will travel"; only a readiness or pledge ("is ready to hold talks") states intent (036)
    if claim.status == "predicted" and base in _MOVES and claim.modal in _SCHEDULING | {"would"}:
        return m, claim  # "will deploy two battalions to X, the ministry said": the planned move, predicted
    if base == "AID" and claim.modal in _SCHEDULING | {"would"} and announced(claim):
        return m, claim  # "announced it will provide $10 million in aid to X": the aid decided, predicted, as the
        # guideline's "announced ... 'will provide'" and as "announced $10 million in aid for X" is coded; said or
        # pledged, it stays the statement of intent (CAMEO 033, AGREE)
    if claim.status == "predicted" or (claim.status == "hypothetical" and claim.modal is not None):
        # an intent, also one on a condition ("will strike X if Y enriches uranium")
        new_type = "AGREE" if base in COOPERATION else "THREATEN" if base in CONFLICT else None
        cameo = intent_code(m.trigger.cameo) if new_type == "AGREE" else "130"  # "will provide aid": 033
    elif claim.status == "negated" and base in COOPERATION and _lemma(m.token) in intent_cues()["warning_verbs"]:
        new_type, cameo = "THREATEN", "130"  # "will no longer tolerate X": a warning (PLOVER THREATEN)
    elif claim.status == "negated" and base in COOPERATION:
        new_type, cameo = "REJECT", "120"  # "will not accept the proposal"
    else:
        return m, claim
    if new_type is None:
        return m, claim
    trig = threat(m.trigger) if cameo == "130" and base in CONFLICT else \
        Trigger(new_type, mode=None, context=m.trigger.context, cameo=cameo, source=m.trigger.source)
    return replace(m, trigger=trig), _stated(claim)


def _telling(cue: Token | None) -> bool:
    """No verb over a planned act, or one of telling or reporting ("announced", "said", "told reporters",
    "according to", "reportedly": ``announcing_verbs``, ``report_cues``), not one of hoping or offering."""
    if cue is None:
        return True
    cues = intent_cues()
    return _lemma(cue) in cues["announcing_verbs"] or cue.lower_ in cues["report_cues"] or \
        _lemma(cue) in cues["report_cues"]


def announced(claim: Claim) -> bool:
    """An act announced for the future by a verb of announcing ("announced it will provide $10 million in aid"): the
    decision is told, status predicted."""
    return claim.status == "predicted" and claim.cue is not None and \
        _lemma(claim.cue) in intent_cues()["decision_announcing_verbs"]


def scheduled(claim: Claim, event_type: str | None) -> bool:
    """Aid the text itself schedules with a bare future ("New Zealand will give NZ$2 million in aid", said by no one
    in the sentence): the guideline's planned act, status predicted, as "will provide" is. Other joint acts with no
    partner named ("Iraq will share information") stay no cooperation."""
    return event_type == "AID" and claim.status == "predicted" and claim.cue is None and claim.modal in _SCHEDULING


def _stated(claim: Claim) -> Claim:
    """The claim of a statement of intent: the statement happened (asserted, or attributed to its source)."""
    return Claim(status="attributed" if claim.source is not None else "asserted", source=claim.source,
                 source_text=claim.source_text, cue=claim.cue)


def threat(act: Trigger) -> Trigger:
    """A threat to do ``act``: CAMEO 13x by the act threatened ("threatened to impose sanctions" 1312, "warned it
    would cut ties" 1313), its PLOVER mode from that code; 130 when the act names no kind of threat."""
    code = threat_code(act.cameo) or "130"
    mode = (plover_for_cameo(code) or {}).get("mode") if code != "130" else None
    return Trigger("THREATEN", mode=mode, context=act.context, cameo=code, source=act.source)


def threat_kinds(found: list[Match], noun_trigger: Any) -> list[Match]:
    """A threat told by its verb with the act threatened as its infinitive ("threatened to expel the ambassador",
    "threatened to attack X") or as its object noun ("threatened sanctions against X", "threatened X with an
    embargo") takes its CAMEO code and mode from that act (``threat``), and the party that act is against as its
    recipient ("threatened a new offensive against X")."""
    acts = {m.anchor.i: m.trigger for m in found if (m.anchor == m.token or m.light) and not m.nominal}
    out = []
    for m in found:
        if m.trigger.event_type == "THREATEN" and m.trigger.cameo == "130" and not m.light and not m.nominal and \
                "xcomp" not in m.trigger.conditions:  # "vowed to retaliate": a threat by its vague infinitive
            told = [acts[x.i] for x in m.anchor.children if x.dep_ == "xcomp" and x.i in acts]
            nouns = [x for x in m.anchor.children if x.dep_ in ("dobj", "obj")] + [
                p for x in m.anchor.children if x.dep_ == "prep" and x.lower_ in ("with", "of")
                for p in x.children if p.dep_ == "pobj"]
            told += [t for t in map(noun_trigger, nouns) if t is not None and t.event_type]
            kind = threat(told[0]) if told else None
            if kind is not None and kind.cameo != "130":
                m = replace(m, trigger=replace(m.trigger, cameo=kind.cameo, mode=kind.mode))
        if m.trigger.event_type == "THREATEN" and not m.light and not m.nominal and m.recipients is None:
            nouns = [x for x in m.anchor.children if x.dep_ in ("dobj", "obj")]
            told_acts = [a for n in nouns if _lemma(n) in _THREAT_NOUNS for a in n.children if a.dep_ == "acl"]
            targets = pobjs([n for n in nouns if noun_trigger(n) is not None], ("against", "on")) or pobjs(
                told_acts + [o for a in told_acts for o in a.children if o.dep_ in ("dobj", "obj")], ("against", "on"))
            if targets:  # "threatened a new offensive against X", "issued a threat to use force against X": X
                m = replace(m, recipients=targets)
        out.append(m)
    return out


def governing_acts(found: list[Match]) -> list[Match]:
    """Verbs whose own event gives way to the act they govern: "failed to X" is a refusal (REJECT) only for a
    cooperative act not done ("failed to co-operate", "failed to provide aid"), any other act is that act, negated
    ("failed to capture the city"), and a bid to get something from another party that came to nothing ("failed to
    win a ceasefire pledge", "failed to secure a deal") is no refusal of the subject: no event; a pledge or intent to do a conflict act ("pledged to attack X", "intends to
    launch an offensive", "signalled its intention to strike X") is no agreement: the act, predicted, becomes the
    threat (``as_intent``)."""
    acts = {m.anchor.i: m.trigger.event_type for m in found if m.light or not m.nominal}
    cues = intent_cues()
    plans = claim_cues()["plan_nouns"]

    def governed(verb: Token) -> list[str | None]:
        told = [c for c in verb.children if c.dep_ == "xcomp"]
        told += [a for c in verb.children if c.dep_ in ("dobj", "obj") and _lemma(c) in plans
                 for a in c.children if a.dep_ == "acl"]
        return [acts.get(c.i) for c in told]

    drop = set()
    for m in found:
        if m.anchor != m.token:
            continue
        kind, lemma = m.trigger.event_type, _lemma(m.anchor)
        if kind == "REJECT" and lemma in cues["failure_verbs"] and (
                any(t not in (None, *COOPERATION) for t in governed(m.anchor)) or any(
                    c.dep_ == "xcomp" and _lemma(c) in cues["attainment_verbs"] for c in m.anchor.children)):
            drop.add(m.anchor.i)
        elif kind == "AGREE" and (lemma in cues["intent_verbs"] or any(
                c.dep_ in ("dobj", "obj") and _lemma(c) in plans for c in m.anchor.children)) and \
                any(t in CONFLICT_TYPES for t in governed(m.anchor)):
            drop.add(m.anchor.i)
        elif kind == "AGREE" and lemma in cues["decision_verbs"] and {"SANCTION", "REJECT"} & set(governed(m.anchor)):
            drop.add(m.anchor.i)  # "agreed to target firms that sell fuel to X": the measure decided; "voted to
            # revoke its ratification of the treaty", "decided to withdraw from the pact": the refusal decided
    codes = {m.anchor.i: m.trigger.cameo for m in found if (m.light or not m.nominal) and
             m.trigger.event_type in COOPERATION - {"AGREE"}}
    out = []
    for m in found:
        if m.anchor == m.token and m.anchor.i in drop:
            continue
        told = [codes[c.i] for c in m.anchor.children if c.dep_ == "xcomp" and c.i in codes] \
            if m.trigger.event_type == "AGREE" and m.trigger.cameo == "030" and m.anchor == m.token else []
        if told:  # "agreed to share intelligence" 0314, "pledged to resume talks" 036: the intent by its act
            m = replace(m, trigger=replace(m.trigger, cameo=intent_code(told[0])))
        out.append(m)
    return out
